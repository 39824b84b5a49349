package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/studychoice"
)

// Report is an advice arranged for reading in one language: every finding
// rendered, the programmes that are not excluded in order, each block with
// its heading. Front ends lay it out; they do not compose sentences.
// Every string is plain text, never markup.
type Report struct {
	// Lang is the language of every text.
	Lang auhl.Lang `json:"lang"`
	// Level answers "hogeschool of universiteit?".
	Level LevelReport `json:"level"`
	// Interests is the interest profile.
	Interests InterestReport `json:"interests"`
	// Programmes are the best-fitting programmes.
	Programmes ProgrammeList `json:"programmes"`
	// Routes are the other ways in (afwijkende toelating, EVC, …); it has
	// no lines when none applies.
	Routes Block `json:"routes"`
	// NextSteps are what to do next.
	NextSteps Block `json:"nextSteps"`
	// Disclaimer says what the advice is and is not.
	Disclaimer []Line `json:"disclaimer"`
	// Versions names the catalogue and the questionnaire the advice used.
	Versions string `json:"versions"`
}

// Line is one rendered finding.
type Line struct {
	// Text is the finding in words.
	Text string `json:"text"`
	// URL is the page it rests on, if any.
	URL string `json:"url,omitempty"`
	// Warning marks a finding the reader should not miss.
	Warning bool `json:"warning,omitempty"`
}

// LevelReport is the level advice.
type LevelReport struct {
	// Heading names the block.
	Heading string `json:"heading"`
	// Recommended names the recommended level.
	Recommended string `json:"recommended"`
	// Lines are the recommendation in a sentence, then its reasons.
	Lines []Line `json:"lines"`
}

// Block is a heading with its lines.
type Block struct {
	// Heading names the block.
	Heading string `json:"heading"`
	// Lines are its findings.
	Lines []Line `json:"lines"`
}

// InterestReport is the interest profile in words and numbers.
type InterestReport struct {
	// Heading names the block.
	Heading string `json:"heading"`
	// Lines are the interest findings.
	Lines []Line `json:"lines"`
	// Code is the Holland code, such as "IAS"; empty for a flat profile.
	Code string `json:"code,omitempty"`
	// CodeText says the code in a sentence; empty without a code.
	CodeText string `json:"codeText,omitempty"`
	// Scales are the scale scores in the questionnaire's order.
	Scales []ScaleScore `json:"scales"`
}

// ScaleScore is the score of one interest scale.
type ScaleScore struct {
	// ID is the scale, such as "I".
	ID studychoice.ScaleID `json:"id"`
	// Name is its name.
	Name string `json:"name"`
	// Score is the rounded score, from 0 to Max.
	Score int `json:"score"`
	// Max is the highest score.
	Max int `json:"max"`
}

// ProgrammeList is the best-fitting programmes.
type ProgrammeList struct {
	// Heading names the block.
	Heading string `json:"heading"`
	// Empty says why there are none; empty when there are.
	Empty string `json:"empty,omitempty"`
	// Items are the programmes, best first.
	Items []ProgrammeReport `json:"items"`
}

// ProgrammeReport is one programme of the advice.
type ProgrammeReport struct {
	// ID is the catalogue's identifier.
	ID string `json:"id"`
	// Name is the programme's name.
	Name string `json:"name"`
	// Institution is the institution that offers it.
	Institution auhl.Institution `json:"institution"`
	// InstitutionName is its name.
	InstitutionName string `json:"institutionName"`
	// Level is the programme's level in words.
	Level string `json:"level"`
	// URL is its official page.
	URL string `json:"url,omitempty"`
	// Overall is the overall fit from 0 to 100.
	Overall int `json:"overall"`
	// Summary gives the interest fit, the preparation and the overall fit
	// in one line.
	Summary string `json:"summary"`
	// Reasons explain the fit.
	Reasons []Line `json:"reasons"`
	// Flags are what to know about the programme (its language, facts
	// still to be confirmed).
	Flags []Line `json:"flags"`
}

// New arranges advice a for reading in language l, with at most top
// programmes (0 or less means every programme that is not excluded). qn is
// the questionnaire the advice scored (nil means the default), for the
// names of the scales.
func New(l auhl.Lang, qn *studychoice.Questionnaire, a studychoice.Advice, top int) Report {
	if qn == nil {
		qn = studychoice.DefaultQuestionnaire()
	}
	if !l.Valid() {
		l = auhl.Dutch
	}
	r := Report{
		Lang:       l,
		Level:      LevelReport{Heading: text.LevelHeading.In(l), Lines: lines(l, a.Level.Reasons)},
		Interests:  InterestReport{Heading: text.InterestHeading.In(l), Lines: []Line{}, Scales: []ScaleScore{}},
		Programmes: ProgrammeList{Heading: text.ProgrammesHeading.In(l), Items: []ProgrammeReport{}},
		Routes:     Block{Heading: text.RoutesHeading.In(l), Lines: []Line{}},
		NextSteps:  Block{Heading: text.StepsHeading.In(l), Lines: lines(l, a.NextSteps)},
		Disclaimer: []Line{},
		Versions:   fmt.Sprintf(text.Versions.In(l), a.Catalog, a.Questionnaire),
	}
	if a.Level.Recommended != "" {
		r.Level.Recommended = a.Level.Recommended.Name().In(l)
	}
	for _, f := range a.Findings {
		switch {
		case f.Code == studychoice.CodeDisclaimer:
			r.Disclaimer = append(r.Disclaimer, line(l, f))
		case strings.HasPrefix(f.Code, "studychoice.interest."):
			r.Interests.Lines = append(r.Interests.Lines, line(l, f))
		default:
			r.Routes.Lines = append(r.Routes.Lines, line(l, f))
		}
	}
	if a.Interests.Code != "" {
		r.Interests.Code = string(a.Interests.Code)
		r.Interests.CodeText = fmt.Sprintf(text.HollandCode.In(l), a.Interests.Code)
	}
	for _, s := range qn.Scales {
		if score, ok := a.Interests.Scores[s.ID]; ok {
			r.Interests.Scales = append(r.Interests.Scales, ScaleScore{ID: s.ID, Name: s.Name.In(l),
				Score: int(math.Round(math.Max(0, math.Min(40, score)))), Max: 40})
		}
	}
	for _, p := range a.Programmes {
		if p.Excluded {
			continue
		}
		if top > 0 && len(r.Programmes.Items) == top {
			break
		}
		summary := fmt.Sprintf(text.Fit.In(l), p.InterestFit, bandLabel[p.Preparation].In(l), p.Overall)
		if p.PreferenceFit < 100 {
			summary += " · " + fmt.Sprintf(text.PreferenceFit.In(l), p.PreferenceFit)
		}
		r.Programmes.Items = append(r.Programmes.Items, ProgrammeReport{
			ID: p.ID, Name: p.Name.In(l), Institution: p.Institution, InstitutionName: p.Institution.Name().In(l),
			Level: p.Level.Name().In(l), URL: p.URL, Overall: p.Overall, Summary: summary,
			Reasons: lines(l, p.Reasons), Flags: lines(l, p.Flags),
		})
	}
	if len(r.Programmes.Items) == 0 {
		r.Programmes.Empty = text.NoProgrammes.In(l)
	}
	return r
}

func line(l auhl.Lang, f auhl.Finding) Line {
	return Line{Text: i18n.Render(l, f), URL: f.Source.URL, Warning: f.Severity == auhl.Warning || f.Severity == auhl.Error}
}

func lines(l auhl.Lang, fs []auhl.Finding) []Line {
	out := make([]Line, 0, len(fs))
	for _, f := range fs {
		out = append(out, line(l, f))
	}
	return out
}

// BandLabel names a preparation band for a reader.
func BandLabel(b studychoice.Band) auhl.Text { return bandLabel[b] }

var bandLabel = map[studychoice.Band]auhl.Text{
	studychoice.BandSolid:   {NL: "goed voorbereid", EN: "well prepared"},
	studychoice.BandFair:    {NL: "grotendeels voorbereid", EN: "mostly prepared"},
	studychoice.BandExtra:   {NL: "extra voorbereiding aanbevolen", EN: "extra preparation recommended"},
	studychoice.BandUnknown: {NL: "niet in te schatten", EN: "cannot tell"},
}
