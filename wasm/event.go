package wasm

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/studychoice"
)

// topProgrammes is how many programmes the widget shows.
const topProgrammes = 8

// Event is the detail of the auhl-advice event the element dispatches for
// the host page: what was advised, never what the student answered.
type Event struct {
	// Lang is the language of the advice.
	Lang auhl.Lang `json:"lang"`
	// Questionnaire is the questionnaire's version.
	Questionnaire string `json:"questionnaire"`
	// Catalog is the catalogue's version.
	Catalog string `json:"catalog"`
	// Level is the level advice.
	Level EventLevel `json:"level"`
	// HollandCode is the interest code; empty for a flat profile.
	HollandCode string `json:"hollandCode,omitempty"`
	// Programmes are the programmes shown, best first.
	Programmes []EventProgramme `json:"programmes"`
}

// EventLevel is the level advice in codes.
type EventLevel struct {
	// Recommended is the recommended level.
	Recommended auhl.Level `json:"recommended"`
	// Runner is the runner-up.
	Runner auhl.Level `json:"runner,omitempty"`
	// Clarity says how clear the advice is.
	Clarity studychoice.Clarity `json:"clarity"`
}

// EventProgramme is one programme shown.
type EventProgramme struct {
	// ID is the catalogue's identifier.
	ID string `json:"id"`
	// Institution offers it.
	Institution auhl.Institution `json:"institution"`
	// Level is its level.
	Level auhl.Level `json:"level"`
	// Overall is the overall fit from 0 to 100.
	Overall int `json:"overall"`
}

func newEvent(l auhl.Lang, a studychoice.Advice) Event {
	ev := Event{Lang: l, Questionnaire: a.Questionnaire, Catalog: a.Catalog, HollandCode: string(a.Interests.Code),
		Level:      EventLevel{Recommended: a.Level.Recommended, Runner: a.Level.Runner, Clarity: a.Level.Clarity},
		Programmes: []EventProgramme{}}
	for _, p := range a.Programmes {
		if p.Excluded {
			continue
		}
		if len(ev.Programmes) == topProgrammes {
			break
		}
		ev.Programmes = append(ev.Programmes, EventProgramme{ID: p.ID, Institution: p.Institution, Level: p.Level, Overall: p.Overall})
	}
	return ev
}
