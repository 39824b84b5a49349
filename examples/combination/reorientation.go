package main

import (
	"fmt"
	"io"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/procedures/combination"
	"github.com/auhl/auhl-go/procedures/leerkrediet"
	"github.com/auhl/auhl-go/procedures/progress"
)

// february is a first-year student of the bachelor handelsingenieur (648)
// who changes to the bachelor in de toegepaste economische wetenschappen
// (625) on 10 February 2025, after the first semester's exams. The units
// are real units of the 2024-2025 study guide; the student, the results,
// the equivalence and the chair's consent are made up.
func february() combination.Reorientation {
	y, _ := auhl.ParseAcademicYear("2024-2025")
	d := auhl.MustParseDate
	unit := func(code string, s combination.Standing) combination.TakenUnit {
		return combination.TakenUnit{Code: code, Result: s}
	}
	passed, failed, open := combination.StandingPassed, combination.StandingFailed, combination.StandingNotExamined
	return combination.Reorientation{
		AcademicYear: y, Date: d("2025-02-10"), Contract: combination.Diploma,
		From: combination.ProgrammeRef{Institution: auhl.UHasselt, Code: "648"},
		To:   combination.ProgrammeRef{Institution: auhl.UHasselt, Code: "625"},
		Units: []combination.TakenUnit{
			unit("3872", passed), // Financial accounting
			unit("1312", passed), // Marketing, also in 625
			unit("1178", passed), // Business English 1, also in 625
			unit("3874", passed), // Academisch Nederlands: schrijf- en presentatietechnieken
			unit("3877", passed), // Psychologie en groepsdynamica
			unit("3873", failed), // Macro-economie
			unit("1536", failed), // Hogere wiskunde 1
			unit("1356", open),   // Hogere wiskunde 2
			unit("1352", open),   // Business English 2
			unit("3725", open),   // Programmeren en algoritmisch denken
			unit("1537", open),   // Natuurkunde en technologie
			unit("3875", open),   // Financiële markten en producten
		},
		Equivalences: []combination.Equivalence{
			{Unit: "3872", Target: "1170", By: "bureau examencommissie", Date: d("2025-02-07")}, // Financial accounting of 625
		},
		Planned: []combination.PlannedUnit{
			{Code: "1352"}, // Business English 2
			{Code: "3505"}, // Financiële markten en producten
			{Code: "1309"}, // Micro-economie
			{Code: "1535"}, // Management informatiesystemen
			{Code: "3507"}, // Beginselen van het recht
		},
		Overrides: []combination.Override{{Finding: combination.CodeLateProgramme, By: "voorzitter examencommissie",
			Reason: "heroriëntering na het eerste semester", Date: d("2025-02-07")}},
	}
}

// reorientationOutput is the JSON the command prints for a change of
// programme: the result, each finding with its message.
type reorientationOutput struct {
	combination.ReorientationResult
	Findings    []message         `json:"findings"`
	Leerkrediet leerkredietOutput `json:"leerkrediet"`
	Back        decisionOutput    `json:"back"`
	Onward      decisionOutput    `json:"onward"`
	Plan        *output           `json:"plan,omitempty"`
}

// leerkredietOutput is a leerkrediet result with its messages.
type leerkredietOutput struct {
	leerkrediet.Result
	Findings []message `json:"findings"`
}

// decisionOutput is a study-progress decision with its messages.
type decisionOutput struct {
	progress.Decision
	Findings []message `json:"findings"`
}

// reorient says what the change in file name means, as JSON.
func reorient(v combination.Validator, name string, lang auhl.Lang, stdout, stderr io.Writer) int {
	data, err := term.ReadFile(name, combination.MaxReorientationBytes)
	var res combination.ReorientationResult
	if err == nil {
		var r combination.Reorientation
		if r, err = combination.DecodeReorientation(data); err == nil {
			res, err = v.Reorient(r)
		}
	}
	if err != nil {
		term.Failed(stderr, lang, ui.InvalidReorientation, name, err)
		return 2
	}
	out := reorientationOutput{ReorientationResult: res, Findings: messages(lang, res.Findings),
		Leerkrediet: leerkredietOutput{Result: res.Leerkrediet, Findings: messages(lang, res.Leerkrediet.Findings)},
		Back:        decisionOutput{Decision: res.Back, Findings: messages(lang, res.Back.Findings)},
		Onward:      decisionOutput{Decision: res.Onward, Findings: messages(lang, res.Onward.Findings)}}
	if res.Plan != nil {
		p := render(lang, res.Plan.Result)
		out.Plan = &p
	}
	if err := term.WriteJSON(stdout, out); err != nil {
		return 2
	}
	if res.Plan != nil && res.Plan.Blocked {
		return 1
	}
	return 0
}

// explainReorientation writes what a change means in words: the change's
// own findings, the way back and the way on, and the what-if audit of the
// units planned in the new programme.
func explainReorientation(w io.Writer, lang auhl.Lang, res combination.ReorientationResult) {
	list(w, lang, res.Findings)
	fmt.Fprintln(w, ui.Leerkrediet.In(lang))
	list(w, lang, res.Leerkrediet.Findings)
	fmt.Fprintln(w, ui.Back.In(lang))
	list(w, lang, res.Back.Findings)
	if res.Plan != nil {
		fmt.Fprintln(w, ui.WhatIf.In(lang))
		explain(w, lang, res.Plan.Blocked, res.Plan.Findings)
	}
}
