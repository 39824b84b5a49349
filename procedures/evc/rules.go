package evc

import (
	_ "embed" // for the rules file

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

//go:embed data/evc.json
var rulesData []byte

// RulesFile is the rules file of the EVC procedure: its rules per academic
// year (Rules), each rule with the source it rests on. The embedded file
// (Default) covers 2024-2025 to 2026-2027; DecodeRules reads a newer one
// of the same format.
type RulesFile struct {
	rules.File[auhl.AcademicYear, Rules]
}

// Rules are the rules of the EVC procedure (erkenning van eerder
// verworven competenties, recognition of prior learning) of one academic
// year.
type Rules struct {
	// AcademicYear is the year the rules are in force: the year a step of
	// the procedure falls in.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// intakeWindows are the days before which an intake must be requested
	// for each procedure: 1 February (spring), 1 September (autumn).
	IntakeWindows []intakeWindow `json:"intakeWindows"`
	// Assessors is the size of the assessment commission (3).
	Assessors countRule `json:"assessors"`
	// GuideNotAssessor is the rule that the guide (begeleider) may not
	// also assess.
	GuideNotAssessor rules.Basis `json:"guideNotAssessor"`
	// Appeal is the appeal term in calendar days after the decision (7).
	Appeal daysRule `json:"appeal"`
	// Certificate is the rule that a positive decision gives a bewijs van
	// bekwaamheid (certificate of competence).
	Certificate rules.Basis `json:"certificate"`
	// Exemption is the rule that exemptions are asked from the
	// institution, outside the EVC procedure.
	Exemption rules.Basis `json:"exemption"`
	// Actualisation is the age in calendar years from which an
	// actualiseringsprogramma can be imposed on a proof (5).
	Actualisation yearsRule `json:"actualisation"`
}

// intakeWindow is the day before which an intake for one EVC procedure
// must be requested.
type intakeWindow struct {
	// Window is the procedure.
	Window Window `json:"window"`
	// Before is the day before which the request must come, "02-01".
	Before auhl.MonthDay `json:"before"`
	rules.Basis
}

// countRule is a rule that is a number of people.
type countRule struct {
	// Count is the number.
	Count int `json:"count"`
	rules.Basis
}

// daysRule is a rule that is a number of calendar days.
type daysRule struct {
	// Days is the number of calendar days.
	Days int `json:"days"`
	rules.Basis
}

// yearsRule is a rule that is a number of calendar years.
type yearsRule struct {
	// Years is the number of calendar years.
	Years int `json:"years"`
	rules.Basis
}

// maxRuleCount bounds the counts of the rules file, against typos.
const maxRuleCount = 400

// format is the format of the rules file of the EVC procedure.
var format = rules.Format[*RulesFile]{
	Name: "procedures/evc/data/evc.json", LabelPrefix: "procedures.evc.rule",
	Check: func(c *rules.Checker, s *RulesFile) { s.Each(c, (*Rules).check) },
}

var defaultRules = format.Embedded(rulesData, new(RulesFile))

// Default returns the embedded rules of the EVC procedure, read once and
// shared: treat them as read-only.
func Default() *RulesFile { return defaultRules() }

// DecodeRules reads and checks a rules file of the embedded file's
// format: every year once, every source cited present, every number in
// range, the days real days, every window once. It returns a
// *auhl.ValidationError listing every problem.
func DecodeRules(data []byte) (*RulesFile, error) {
	return format.Parse(data, new(RulesFile))
}

// check checks one year's rules.
func (r *Rules) check(c *rules.Checker) {
	windows := make(rules.Entries)
	for i, w := range r.IntakeWindows {
		p := auhl.Index("/intakeWindows", i)
		c.Require(p+"/window", w.Window.Valid())
		if w.Window.Valid() {
			windows.Once(c, p+"/window", string(w.Window))
		}
		c.Require(p+"/before", !w.Before.IsZero())
	}
	c.Require("/intakeWindows", len(r.IntakeWindows) > 0)
	c.Range("/assessors/count", r.Assessors.Count, 1, maxRuleCount)
	c.Range("/appeal/days", r.Appeal.Days, 1, maxRuleCount)
	c.Range("/actualisation/years", r.Actualisation.Years, 1, maxRuleCount)
}
