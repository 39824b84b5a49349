package procedures

import (
	"errors"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// RuleSet gathers every procedures rule in force in one academic year:
// admission, the language requirements and the language test, afwijkende
// toelating, EVC, leerkrediet and study progress, each from its embedded
// rules file and with its sources. Rules returns it; treat it as read-only.
type RuleSet struct {
	// AcademicYear is the year the rules are in force.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Admission are the admission rules.
	Admission *AdmissionRules `json:"admission"`
	// Language are the language requirements, proofs and language test.
	Language *LanguageRules `json:"language"`
	// Afwijkend are the rules of afwijkende toelating.
	Afwijkend *AfwijkendRules `json:"afwijkend"`
	// EVC are the rules of the EVC procedure.
	EVC *EVCRules `json:"evc"`
	// Leerkrediet are the leerkrediet rules.
	Leerkrediet *LeerkredietRules `json:"leerkrediet"`
	// Progress are the study-progress rules.
	Progress *ProgressRules `json:"progress"`
}

// The areas of a RuleSet, as UnconfirmedRule.Area names them.
const (
	AreaAdmission   = "admission"
	AreaLanguage    = "language"
	AreaAfwijkend   = "afwijkend"
	AreaEVC         = "evc"
	AreaLeerkrediet = "leerkrediet"
	AreaProgress    = "progress"
)

// Rules returns every procedures rule in force in academic year y, from
// the embedded rules files. A year that any of them does not cover is a
// *auhl.ValidationError with one CodeProceduresYearUnknown problem per
// file that lacks it, never a fallback to another year.
func Rules(y auhl.AcademicYear) (*RuleSet, error) {
	adm, lang, proc, lk, prog := DefaultAdmissionRules(), DefaultLanguageRules(), DefaultProcedureRules(), DefaultLeerkredietRules(), DefaultProgressRules()
	var ve auhl.ValidationError
	add := func(area string, err error) {
		if err == nil {
			return
		}
		var v *auhl.ValidationError
		if errors.As(err, &v) {
			for _, p := range v.Problems {
				p.Path = "/" + area
				ve.Problems = append(ve.Problems, p)
			}
		}
	}
	a, err := adm.For(y)
	add(AreaAdmission, err)
	l, err := lang.For(y)
	add(AreaLanguage, err)
	p, err := proc.For(y)
	add(AreaAfwijkend, err)
	k, err := lk.For(y)
	add(AreaLeerkrediet, err)
	g, err := prog.For(y)
	add(AreaProgress, err)
	if err := ve.Err(); err != nil {
		return nil, err
	}
	return &RuleSet{AcademicYear: y, Admission: a, Language: l, Afwijkend: &p.Afwijkend, EVC: &p.EVC, Leerkrediet: k, Progress: g}, nil
}

// UnconfirmedRule is a rule of a RuleSet that the domain notes could not
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
// the order of the RuleSet's fields, then in the order of the rules file.
func (r *RuleSet) Unconfirmed() []UnconfirmedRule {
	var out []UnconfirmedRule
	for _, a := range []struct {
		area  string
		rules any
	}{
		{AreaAdmission, r.Admission}, {AreaLanguage, r.Language}, {AreaAfwijkend, r.Afwijkend},
		{AreaEVC, r.EVC}, {AreaLeerkrediet, r.Leerkrediet}, {AreaProgress, r.Progress},
	} {
		rules.Walk(a.rules, func(path string, b *Basis) {
			if b.Unconfirmed {
				out = append(out, UnconfirmedRule{Area: a.area, Path: path, Label: b.Label(), Note: b.Note, Source: b.Cited()})
			}
		})
	}
	return out
}

// warningSet is rules.Warnings, for the functions whose rules variable
// hides the package name.
type warningSet = rules.Warnings

// unconfirmedWarning is rules.Warning, for the functions whose rules
// variable hides the package name.
func unconfirmedWarning(code string, b Basis, params auhl.Params) auhl.Finding {
	return rules.Warning(code, b, params)
}
