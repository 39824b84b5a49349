package mobility

import (
	_ "embed"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/mobility/ewp"
)

//go:embed data/rules.json
var rulesData []byte

// RuleSet is a mobility rules file: the eligibility and duration rules of
// each Erasmus+ call year it covers, each with the source it rests on.
// The embedded file (Default) covers the calls of 2024 and 2025;
// DecodeRules reads a newer one of the same format.
type RuleSet struct {
	rules.File[CallYear, Rules]
}

// Rules are the eligibility and duration rules of one call year.
type Rules struct {
	// CallYear is the call the rules belong to.
	CallYear CallYear `json:"callYear"`
	// Durations give, per activity, the shortest and longest mobility.
	Durations []DurationRule `json:"durations"`
	// CycleCap is the most a student may spend abroad per study cycle,
	// across all of the student's long-term mobilities.
	CycleCap CycleRule `json:"cycleCap"`
	// ShortTermCredits is the least a short-term mobility must give in
	// ECTS credits.
	ShortTermCredits ShortTermCreditsRule `json:"shortTermCredits"`
	// TeachingHours is the least a teaching mobility must teach a week.
	TeachingHours TeachingHoursRule `json:"teachingHours"`
	// RecentGraduates is the rule for a traineeship after graduation.
	RecentGraduates GraduateRule `json:"recentGraduates"`
	// Destination is the rule that the destination differs from the
	// sending country and from the participant's country of residence.
	Destination rules.Basis `json:"destination"`
	// Institutions are the conditions of UHasselt and PXL of their own,
	// where the sources give any.
	Institutions []InstitutionRule `json:"institutions"`
}

// Unit is the unit a duration rule counts in: "months" or "days".
type Unit string

// The units of a duration rule.
const (
	// Months: whole months and days at 1/30 (see Duration).
	Months Unit = "months"
	// Days: calendar days, both ends included.
	Days Unit = "days"
)

// Enum lists the values of Unit.
func (Unit) Enum() []string { return []string{string(Months), string(Days)} }

// DurationRule is the shortest and longest mobility of one activity.
type DurationRule struct {
	// Activity is the activity the rule is about.
	Activity Activity `json:"activity"`
	// Unit is what Min and Max count.
	Unit Unit `json:"unit"`
	// Min is the shortest mobility, in Unit.
	Min int `json:"min"`
	// Max is the longest mobility, in Unit.
	Max int `json:"max"`
	rules.Basis
}

// CycleRule is the most a student may spend abroad per study cycle.
type CycleRule struct {
	// Months is the cap, in months.
	Months int `json:"months"`
	rules.Basis
}

// ShortTermCreditsRule is the least number of ECTS credits a short-term
// mobility of the listed activities must give.
type ShortTermCreditsRule struct {
	// Minimum is the least number of credits.
	Minimum ewp.Decimal `json:"minimum"`
	// Activities are the activities the rule binds.
	Activities []Activity `json:"activities"`
	rules.Basis
}

// TeachingHoursRule is the least number of teaching hours a week of a
// teaching mobility, pro rata for an incomplete week.
type TeachingHoursRule struct {
	// PerWeek is the number of hours a week.
	PerWeek ewp.Decimal `json:"perWeek"`
	rules.Basis
}

// GraduateRule lets a recent graduate do a traineeship: one that ends
// within Months of graduating, applied for during the final year of
// studies.
type GraduateRule struct {
	// Months is how long after graduating the traineeship may last, in
	// months.
	Months int `json:"months"`
	rules.Basis
}

// InstitutionRule holds the conditions of one institution of the
// association for its outgoing students; a condition the sources do not
// give is absent.
type InstitutionRule struct {
	// Institution is the home institution.
	Institution auhl.Institution `json:"institution"`
	// MinimumEarnedCredits is the least number of credits a student must
	// have earned before an exchange.
	MinimumEarnedCredits *CreditsRule `json:"minimumEarnedCredits,omitempty"`
	// ApplicationDeadline is the day of the year by which a student
	// applies at home for an exchange.
	ApplicationDeadline *DeadlineRule `json:"applicationDeadline,omitempty"`
}

// CreditsRule is a rule that is a number of credits.
type CreditsRule struct {
	// Credits is the number of credits.
	Credits int `json:"credits"`
	rules.Basis
}

// DeadlineRule is a rule that is a day of the year.
type DeadlineRule struct {
	// Date is the day, "02-20".
	Date auhl.MonthDay `json:"date"`
	rules.Basis
}

// Maximum values a rules file may give, against typos.
const (
	maxMonths = 120
	maxDays   = 3650
	maxCredit = 1000
)

// format is the format of the mobility rules file.
var format = rules.Format[*RuleSet]{
	Name: "mobility/data/rules.json", LabelPrefix: "mobility.rule",
	Check: func(c *rules.Checker, s *RuleSet) { s.Each(c, (*Rules).check) },
}

var defaultRules = format.Embedded(rulesData, new(RuleSet))

// Default returns the embedded mobility rules, parsed once and shared:
// treat them as read-only.
func Default() *RuleSet { return defaultRules() }

// DecodeRules reads and checks a mobility rules file of the embedded
// file's format: every call year once and of four digits, every activity
// given one duration rule, every source cited present, every number in
// range. It returns a *auhl.ValidationError listing every problem.
func DecodeRules(data []byte) (*RuleSet, error) {
	return format.Parse(data, new(RuleSet))
}

// check checks one call year's rules.
func (r *Rules) check(c *rules.Checker) {
	c.Require("/callYear", r.CallYear.Valid())
	seen := make(rules.Entries)
	for i, d := range r.Durations {
		p := auhl.Index("/durations", i)
		c.Require(p+"/activity", d.Activity.Valid())
		if d.Activity.Valid() {
			seen.Once(c, p+"/activity", string(d.Activity))
		}
		c.Enum(p+"/unit", string(d.Unit), Unit("").Enum()...)
		hi := maxDays
		if d.Unit == Months {
			hi = maxMonths
		}
		c.Range(p+"/min", d.Min, 1, hi)
		c.Range(p+"/max", d.Max, d.Min, hi)
	}
	seen.All(c, "/durations", auhl.Strings(Activities())...)
	c.Range("/cycleCap/months", r.CycleCap.Months, 1, maxMonths)
	c.Require("/shortTermCredits/minimum", r.ShortTermCredits.Minimum.Sign() > 0)
	for i, a := range r.ShortTermCredits.Activities {
		c.Require(auhl.Index("/shortTermCredits/activities", i), a.ShortTerm())
	}
	c.Require("/teachingHours/perWeek", r.TeachingHours.PerWeek.Sign() > 0)
	c.Range("/recentGraduates/months", r.RecentGraduates.Months, 1, maxMonths)
	insts := make(rules.Entries)
	for i, in := range r.Institutions {
		p := auhl.Index("/institutions", i)
		c.Require(p+"/institution", in.Institution.Valid())
		insts.Once(c, p+"/institution", string(in.Institution))
		if m := in.MinimumEarnedCredits; m != nil {
			c.Range(p+"/minimumEarnedCredits/credits", m.Credits, 0, maxCredit)
		}
		if d := in.ApplicationDeadline; d != nil {
			c.Require(p+"/applicationDeadline/date", !d.Date.IsZero())
		}
	}
}

// Duration returns the duration rule of activity a; every checked rule
// set has one per activity.
func (r *Rules) Duration(a Activity) (DurationRule, bool) {
	for _, d := range r.Durations {
		if d.Activity == a {
			return d, true
		}
	}
	return DurationRule{}, false
}

// Institution returns the conditions of institution i, and false when the
// file gives none.
func (r *Rules) Institution(i auhl.Institution) (InstitutionRule, bool) {
	for _, in := range r.Institutions {
		if in.Institution == i {
			return in, true
		}
	}
	return InstitutionRule{}, false
}

// bindsCredits reports whether the short-term credits rule binds a.
func (r *Rules) bindsCredits(a Activity) bool {
	for _, x := range r.ShortTermCredits.Activities {
		if x == a {
			return true
		}
	}
	return false
}
