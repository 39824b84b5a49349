package combination

import (
	_ "embed" // for the embedded rules

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog/units"
	"github.com/auhl/auhl-go/auhl/rules"
)

//go:embed data/combination.json
var rulesData []byte

// RulesFile is the rules file of course combinations: per academic year the
// load limits of each institution, the binding conditions, the enrolment
// deadlines, prerequisites, exam-contract exclusions, units at the partner
// institution, clashes and bridging programmes, each rule with its source.
// The embedded file (Default) covers 2024-2025 and 2025-2026;
// DecodeRules reads a newer one of the same format.
type RulesFile struct {
	rules.File[auhl.AcademicYear, Rules]
}

// Rules are the combination rules of one academic year.
type Rules struct {
	// AcademicYear is the year the rules are in force.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Load are the load limits of each institution that has them.
	Load []loadRule `json:"load"`
	// Binding are the credit limits binding conditions set (45 or 60).
	Binding bindingRule `json:"binding"`
	// Deadlines are the enrolment deadlines.
	Deadlines deadlineRules `json:"deadlines"`
	// Prerequisite is the rule that an individual programme follows the
	// sequence of its units (volgtijdelijkheid).
	Prerequisite rules.Basis `json:"prerequisite"`
	// ExamContract is the rule that units needing attendance may be
	// excluded from an exam contract.
	ExamContract rules.Basis `json:"examContract"`
	// Partner is the rule that a unit at the partner institution needs an
	// agreement between the institutions.
	Partner rules.Basis `json:"partner"`
	// Regulation is the rule that the agreement decides which
	// institution's education and exam regulation applies.
	Regulation rules.Basis `json:"regulation"`
	// Clash is the rule that a student cannot take a unit whose classes or
	// exams clash with another's.
	Clash rules.Basis `json:"clash"`
	// Bridging are the rules of bridging programmes.
	Bridging bridgingRules `json:"bridging"`
	// Reorientation are the rules of a change of programme during the
	// first year.
	Reorientation reorientationRules `json:"reorientation"`
}

// loadRule are the load limits of one institution, in credits per
// academic year; a limit of 0 is one no source gives.
type loadRule struct {
	// Institution is the institution whose students the limits bind.
	Institution auhl.Institution `json:"institution"`
	// Max is the most credits a year (72 at UHasselt).
	Max creditsRule `json:"max"`
	// Standard is the standard load, above which a plan gets a warning
	// (60).
	Standard creditsRule `json:"standard"`
	// VisaMin is the least a student-visa holder takes outside the
	// graduation year (54).
	VisaMin creditsRule `json:"visaMin"`
	// ExchangeSemesterMin is the least an exchange student takes in a
	// semester (18).
	ExchangeSemesterMin creditsRule `json:"exchangeSemesterMin"`
}

// creditsRule is a rule that is a number of credits.
type creditsRule struct {
	// Credits is the number; 0 for none given.
	Credits auhl.Credits `json:"credits,omitempty"`
	rules.Basis
}

// bindingRule lists the credit limits binding conditions set.
type bindingRule struct {
	// Credits are the limits an examination board can set, such as 45
	// and 60.
	Credits []auhl.Credits `json:"credits"`
	rules.Basis
}

// deadlineRules are the enrolment deadlines of one academic year.
type deadlineRules struct {
	// Programme is the last day to enrol in a programme (1 October).
	Programme dayRule `json:"programme"`
	// Unit is the rule that a unit under a diploma or credit contract is
	// taken before its teaching starts.
	Unit rules.Basis `json:"unit"`
	// ExamContract is how many days before the unit's first exam period
	// an exam contract is made at the latest (14).
	ExamContract daysRule `json:"examContract"`
	// Late is the rule that a later enrolment needs the decision of the
	// chair of the examination board: what an override of a deadline
	// records.
	Late rules.Basis `json:"late"`
}

// dayRule is a rule that is a day of every year.
type dayRule struct {
	// Day is the day, "10-01" for 1 October.
	Day auhl.MonthDay `json:"day"`
	rules.Basis
}

// daysRule is a rule that is a number of calendar days.
type daysRule struct {
	// Days is the number of days.
	Days int `json:"days"`
	rules.Basis
}

// bridgingRules are the rules of bridging programmes (schakelprogramma's).
type bridgingRules struct {
	// Size is the range of a bridging programme's size (45 to 90).
	Size rangeRule `json:"size"`
	// Reduced is the least size after a reduction for prior learning
	// (EVC/EVK) or an aptitude test (30).
	Reduced minRule `json:"reduced"`
	// Scientific is the rule that only proven scientific background
	// allows a size below Reduced.
	Scientific rules.Basis `json:"scientific"`
	// Target is the rule that a bridging programme leads to one master.
	Target rules.Basis `json:"target"`
	// Combine is the rule that remaining bridging units may be combined
	// with master units once a threshold is met; the threshold comes with
	// each programme (Bridging.Combine).
	Combine rules.Basis `json:"combine"`
}

// reorientationRules are the rules of a change of programme
// (heroriëntering) during a student's first year, besides those of
// leerkrediet and study progress, which their packages hold.
type reorientationRules struct {
	// Credit is the rule that a unit passed gives a credit certificate
	// (creditbewijs) that counts as an exemption for the same unit.
	Credit rules.Basis `json:"credit"`
	// Acquired is the rule that only credits acquired (at least 10/20)
	// give an exemption.
	Acquired rules.Basis `json:"acquired"`
	// Exemption is the rule that the examination board grants an
	// exemption on a credit certificate, asked for at the latest at the
	// enrolment, at the institutions it lists.
	Exemption institutionsRule `json:"exemption"`
	// Correspondence is the rule that a unit and the unit it exempts
	// correspond, their credits included.
	Correspondence rules.Basis `json:"correspondence"`
	// Drempelpakket is the size of the first model path (60 credits), the
	// most credits of the programme left that can be open.
	Drempelpakket creditsRule `json:"drempelpakket"`
	// Rate is how the success rate of the programme left is read at the
	// change.
	Rate rules.Basis `json:"rate"`
	// NewProgramme is the rule that the enrolment from the change on is
	// the first in the new programme, for its drempelpakket.
	NewProgramme rules.Basis `json:"newProgramme"`
}

// institutionsRule is a rule of the institutions it lists.
type institutionsRule struct {
	// Institutions are the institutions whose rule it is.
	Institutions []auhl.Institution `json:"institutions"`
	rules.Basis
}

// rangeRule is a rule that is a range of credits.
type rangeRule struct {
	// Min is the least.
	Min auhl.Credits `json:"min"`
	// Max is the most.
	Max auhl.Credits `json:"max"`
	rules.Basis
}

// minRule is a rule that is a least number of credits.
type minRule struct {
	// Min is the least.
	Min auhl.Credits `json:"min"`
	rules.Basis
}

// ruleFormat is the format of the rules file.
var ruleFormat = rules.Format[*RulesFile]{
	Name: "procedures/combination/data/combination.json", LabelPrefix: "combination.rule",
	Check: func(c *rules.Checker, s *RulesFile) { s.Each(c, (*Rules).check) },
}

var defaultRules = ruleFormat.Embedded(rulesData, new(RulesFile))

// Default returns the embedded combination rules, parsed once and
// shared: treat them as read-only.
func Default() *RulesFile { return defaultRules() }

// DecodeRules reads and checks a rules file of the embedded file's format:
// every year once, every source cited present, every number in range, an
// institution's load limits once. It returns a *auhl.ValidationError
// listing every problem.
func DecodeRules(data []byte) (*RulesFile, error) {
	return ruleFormat.Parse(data, new(RulesFile))
}

// check checks one year's rules.
func (r *Rules) check(c *rules.Checker) {
	insts := make(rules.Entries)
	for i, l := range r.Load {
		p := auhl.Index("/load", i)
		c.Require(p+"/institution", l.Institution != "")
		insts.Once(c, p+"/institution", string(l.Institution))
		for _, x := range []struct {
			name string
			v    auhl.Credits
		}{{"max", l.Max.Credits}, {"standard", l.Standard.Credits}, {"visaMin", l.VisaMin.Credits}, {"exchangeSemesterMin", l.ExchangeSemesterMin.Credits}} {
			c.Range(p+"/"+x.name+"/credits", int(x.v), 0, units.MaxCredits)
		}
	}
	c.Require("/binding/credits", len(r.Binding.Credits) > 0)
	for i, v := range r.Binding.Credits {
		c.Range(auhl.Index("/binding/credits", i), int(v), 1, units.MaxCredits)
	}
	c.Require("/deadlines/programme/day", !r.Deadlines.Programme.Day.IsZero())
	c.Range("/deadlines/examContract/days", r.Deadlines.ExamContract.Days, 0, 365)
	b := &r.Bridging
	c.Range("/bridging/size/min", int(b.Size.Min), 1, units.MaxCredits)
	c.Range("/bridging/size/max", int(b.Size.Max), int(b.Size.Min), units.MaxCredits)
	c.Range("/bridging/reduced/min", int(b.Reduced.Min), 1, int(b.Size.Min))
	c.Range("/reorientation/drempelpakket/credits", int(r.Reorientation.Drempelpakket.Credits), 1, units.MaxCredits)
	for i, inst := range r.Reorientation.Exemption.Institutions {
		teaching(c, auhl.Index("/reorientation/exemption/institutions", i), inst)
	}
}

// load returns the load limits of inst, and whether the rules give them.
func (r *Rules) load(inst auhl.Institution) (loadRule, bool) {
	for _, l := range r.Load {
		if l.Institution == inst {
			return l, true
		}
	}
	return loadRule{}, false
}
