package afwijkend

import (
	_ "embed" // for the rules file
	"sort"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

//go:embed data/afwijkend.json
var rulesData []byte

// RulesFile is the rules file of afwijkende toelating: its rules per
// academic year (Rules), each rule with the source it rests on. The
// embedded file (Default) covers 2024-2025 to 2026-2027; DecodeRules reads
// a newer one of the same format.
type RulesFile struct {
	rules.File[auhl.AcademicYear, Rules]
}

// Rules are the rules of afwijkende toelating (admission without the
// usual diploma) of one academic year.
type Rules struct {
	// AcademicYear is the year the rules are in force: the year the
	// candidate wants to enrol in.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Windows are the submission deadlines of the studieoriënteringsdossier
	// (study-orientation dossier), earliest first: 15 May, 25 August and
	// 19 September. They fall in the first calendar year of the academic
	// year, before or just after its start.
	Windows []submissionWindow `json:"windows"`
	// Grounds are the legal grounds, with the conditions of each.
	Grounds []groundRule `json:"grounds"`
	// Dossier is the rule that the dossier holds a structured CV, a
	// motivation letter, a reflection and supporting evidence.
	Dossier rules.Basis `json:"dossier"`
	// Assessment is the beoordeling algemeen niveau (assessment of general
	// level) that follows the submission.
	Assessment rules.Basis `json:"assessment"`
	// OneAttempt is the rule of one admission test per academic year.
	OneAttempt rules.Basis `json:"oneAttempt"`
	// Outcome is the rule that a pass gives a toelatingsbewijs (admission
	// certificate), not a diploma of secondary education.
	Outcome rules.Basis `json:"outcome"`
}

// submissionWindow is a deadline of the dossier of afwijkende toelating.
type submissionWindow struct {
	// Deadline is the last day of the window, "05-15" for 15 May.
	Deadline auhl.MonthDay `json:"deadline"`
	// Recommended marks the window candidates are strongly recommended to
	// use (the first, to start in September).
	Recommended bool `json:"recommended,omitempty"`
	rules.Basis
}

// groundRule is a legal ground of afwijkende toelating and its conditions.
type groundRule struct {
	// Ground is the ground.
	Ground Ground `json:"ground"`
	// MinAge is the age the candidate must have reached in the calendar
	// year the studies start; 0 for none.
	MinAge int `json:"minAge,omitempty"`
	// EEANationality says that the candidate must have the nationality of a
	// state of the European Economic Area.
	EEANationality bool `json:"eeaNationality,omitempty"`
	rules.Basis
}

// format is the format of the rules file of afwijkende toelating.
var format = rules.Format[*RulesFile]{
	Name: "procedures/afwijkend/data/afwijkend.json", LabelPrefix: "procedures.afwijkend.rule",
	Check: func(c *rules.Checker, s *RulesFile) { s.Each(c, (*Rules).check) },
	// Each year's windows in calendar order.
	Index: func(s *RulesFile) {
		for i := range s.Years {
			w := s.Years[i].Windows
			sort.SliceStable(w, func(a, b int) bool { return w[a].Deadline.Compare(w[b].Deadline) < 0 })
		}
	},
}

var defaultRules = format.Embedded(rulesData, new(RulesFile))

// Default returns the embedded rules of afwijkende toelating, read once
// and shared: treat them as read-only.
func Default() *RulesFile { return defaultRules() }

// DecodeRules reads and checks a rules file of the embedded file's
// format: every year once, every source cited present, every number in
// range, the days real days, every ground once. It returns a
// *auhl.ValidationError listing every problem.
func DecodeRules(data []byte) (*RulesFile, error) {
	return format.Parse(data, new(RulesFile))
}

// check checks one year's rules.
func (r *Rules) check(c *rules.Checker) {
	c.Require("/windows", len(r.Windows) > 0)
	for i, w := range r.Windows {
		c.Require(auhl.Index("/windows", i)+"/deadline", !w.Deadline.IsZero())
	}
	grounds := make(rules.Entries)
	for i, g := range r.Grounds {
		p := auhl.Index("/grounds", i)
		c.Require(p+"/ground", g.Ground.Valid())
		if g.Ground.Valid() {
			grounds.Once(c, p+"/ground", string(g.Ground))
		}
		c.Range(p+"/minAge", g.MinAge, 0, 120)
	}
	grounds.All(c, "/grounds", auhl.Strings(allGrounds)...)
}

// ground returns the rule of ground g; every checked rules file has one.
func (r *Rules) ground(g Ground) groundRule {
	for _, gr := range r.Grounds {
		if gr.Ground == g {
			return gr
		}
	}
	return groundRule{Ground: g}
}
