package procedures

import (
	"errors"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/admission"
	"github.com/auhl/auhl-go/procedures/afwijkend"
	"github.com/auhl/auhl-go/procedures/evc"
	"github.com/auhl/auhl-go/procedures/language"
	"github.com/auhl/auhl-go/procedures/leerkrediet"
	"github.com/auhl/auhl-go/procedures/progress"
)

// YearRules are the rules of every procedure in force in one academic
// year: admission, the language requirements and the language test,
// afwijkende toelating, EVC, leerkrediet and study progress, each from the
// embedded rules file of its package and with its sources. ForYear
// returns them; treat them as read-only. Each package's RulesFile holds
// one procedure's rules across the years instead.
type YearRules struct {
	// AcademicYear is the year the rules are in force.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Admission are the admission rules.
	Admission *admission.Rules `json:"admission"`
	// Language are the language requirements, proofs and language test.
	Language *language.Rules `json:"language"`
	// Afwijkend are the rules of afwijkende toelating.
	Afwijkend *afwijkend.Rules `json:"afwijkend"`
	// EVC are the rules of the EVC procedure.
	EVC *evc.Rules `json:"evc"`
	// Leerkrediet are the leerkrediet rules.
	Leerkrediet *leerkrediet.Rules `json:"leerkrediet"`
	// Progress are the study-progress rules.
	Progress *progress.Rules `json:"progress"`
}

// The areas of YearRules, as UnconfirmedRule.Area names them.
const (
	AreaAdmission   = "admission"
	AreaLanguage    = "language"
	AreaAfwijkend   = "afwijkend"
	AreaEVC         = "evc"
	AreaLeerkrediet = "leerkrediet"
	AreaProgress    = "progress"
)

// ForYear returns the rules of every procedure in force in academic year
// y, from the embedded rules files. A year that any of them does not cover
// is a *auhl.ValidationError with one rules.CodePeriodUnknown problem per
// file that lacks it (its path names the area), never a fallback to
// another year.
func ForYear(y auhl.AcademicYear) (*YearRules, error) {
	var ve auhl.ValidationError
	add := func(area string, err error) {
		var v *auhl.ValidationError
		if errors.As(err, &v) {
			for _, p := range v.Problems {
				p.Path = "/" + area
				ve.Append(p)
			}
		}
	}
	a, err := admission.Default().For(y)
	add(AreaAdmission, err)
	l, err := language.Default().For(y)
	add(AreaLanguage, err)
	w, err := afwijkend.Default().For(y)
	add(AreaAfwijkend, err)
	e, err := evc.Default().For(y)
	add(AreaEVC, err)
	k, err := leerkrediet.Default().For(y)
	add(AreaLeerkrediet, err)
	g, err := progress.Default().For(y)
	add(AreaProgress, err)
	if err := ve.Err(); err != nil {
		return nil, err
	}
	return &YearRules{AcademicYear: y, Admission: a, Language: l, Afwijkend: w, EVC: e, Leerkrediet: k, Progress: g}, nil
}

// UnconfirmedRule is a rule of YearRules that the domain notes could not
// confirm for the year ([?], or derived, or from a weak source).
type UnconfirmedRule struct {
	// Area is the rules file: admission, language, afwijkend, evc,
	// leerkrediet or progress.
	Area string `json:"area"`
	// Path is the JSON Pointer of the rule within the year's rules of its
	// area, such as "/secondary/bachelor".
	Path string `json:"path"`
	// Label is the message code of the rule's name, such as
	// "procedures.admission.rule.secondary.bachelor"; auhl/i18n renders
	// it.
	Label string `json:"label"`
	// Note says why it is unconfirmed.
	Note string `json:"note,omitempty"`
	// Source is what the rule rests on so far.
	Source auhl.Source `json:"source"`
}

// Unconfirmed lists every rule of the set marked unconfirmed, by area in
// the order of YearRules' fields, then in the order of the rules file.
func (r *YearRules) Unconfirmed() []UnconfirmedRule {
	var out []UnconfirmedRule
	for _, a := range []struct {
		area  string
		rules any
	}{
		{AreaAdmission, r.Admission}, {AreaLanguage, r.Language}, {AreaAfwijkend, r.Afwijkend},
		{AreaEVC, r.EVC}, {AreaLeerkrediet, r.Leerkrediet}, {AreaProgress, r.Progress},
	} {
		rules.Walk(a.rules, func(path string, b *rules.Basis) {
			if b.Unconfirmed {
				out = append(out, UnconfirmedRule{Area: a.area, Path: path, Label: b.Label(), Note: b.Note, Source: b.Cited()})
			}
		})
	}
	return out
}
