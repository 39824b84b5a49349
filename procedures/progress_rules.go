package procedures

import (
	_ "embed"
	"strconv"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

//go:embed data/progress.json
var progressData []byte

// ProgressRuleSet is a rules file of studievoortgang (study progress): the
// Flemish drempelpakket rule of the decree of 15 July 2022 and the
// study-progress measures of UHasselt and PXL, per academic year, each rule
// with the source it rests on. The embedded file (DefaultProgressRules)
// covers 2024-2025 to 2026-2027; ParseProgressRules reads a newer one of
// the same format.
type ProgressRuleSet struct {
	rules.File[auhl.AcademicYear, ProgressRules]
}

// ProgressRules are the study-progress rules of one academic year: the
// year a student asks to enrol in.
type ProgressRules struct {
	// AcademicYear is the academic year of the enrolment decided on.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Decree is the Flemish drempelpakket rule, which binds every Flemish
	// institution.
	Decree DecreeProgressRules `json:"decree"`
	// UHasselt are UHasselt's own measures (OER art. 2.4 and 2.5).
	UHasselt InstitutionProgressRules `json:"uhasselt"`
	// PXL are Hogeschool PXL's own measures.
	PXL InstitutionProgressRules `json:"pxl"`
}

// DecreeProgressRules is the drempelpakket rule of the Flemish decree of
// 15 July 2022 on the inflow and study efficiency in higher education.
type DecreeProgressRules struct {
	// Cohort is the first academic year of first enrolment in higher
	// education the rule applies to (2023-2024); students who started
	// earlier are not affected.
	Cohort CohortRule `json:"cohort"`
	// Drempelpakket is the threshold package: the first modeltraject of
	// 60 credits, to be acquired by the end of the second enrolment in the
	// same programme.
	Drempelpakket DrempelpakketRule `json:"drempelpakket"`
	// Refusal is how many academic years the following enrolment in the
	// same programme is refused, at any Flemish institution.
	Refusal YearsRule `json:"refusal"`
	// Exception is the rule that an institution may deviate for force
	// majeure or special individual circumstances, and decides on it
	// itself.
	Exception Basis `json:"exception"`
}

// CohortRule names the first cohort a rule applies to.
type CohortRule struct {
	// From is the academic year of first enrolment in higher education
	// from which on the rule applies.
	From auhl.AcademicYear `json:"from"`
	Basis
}

// DrempelpakketRule is the drempelpakket (threshold package) of the
// decree.
type DrempelpakketRule struct {
	// Credits is the size of the package: the first 60 credits of the
	// model path.
	Credits int `json:"credits"`
	// Enrolments is the enrolment in the same programme by whose end the
	// package must be acquired (the second).
	Enrolments int `json:"enrolments"`
	Basis
}

// InstitutionProgressRules are an institution's own study-progress
// measures. A part the institution is not known to have is left out.
type InstitutionProgressRules struct {
	// Refusal is the refusal of the same programme after a low success
	// rate; nil when not known.
	Refusal *RateRefusalRule `json:"refusal,omitempty"`
	// Conditions are the binding conditions a success rate below a
	// threshold may bring, and what failing them means.
	Conditions ConditionsRule `json:"conditions"`
	// Courses is the limit on the enrolments per course unit; nil when not
	// known.
	Courses *CourseEnrolmentRule `json:"courses,omitempty"`
	// MaxCredits is the most credits a year without the exam board's
	// approval; nil when not known.
	MaxCredits *CreditsRule `json:"maxCredits,omitempty"`
	// Combination is how the institution's own measures combine with the
	// decree's drempelpakket rule.
	Combination Basis `json:"combination"`
}

// RateRefusalRule refuses the same programme after a success rate below a
// threshold.
type RateRefusalRule struct {
	// Below is the threshold in percent: a success rate under it refuses.
	Below int `json:"below"`
	// Years is how many academic years the refusal lasts.
	Years int `json:"years"`
	Basis
}

// ConditionsRule is the bindende voorwaarden (binding conditions) rule.
// A number the sources do not give is 0.
type ConditionsRule struct {
	// Below is the threshold in percent: a success rate under it (and, at
	// an institution with a RateRefusalRule, at or above that rule's
	// threshold) allows binding conditions.
	Below int `json:"below"`
	// MaxCredits are the caps on the credits of the next year the exam
	// board may set (45 or 60), lowest first.
	MaxCredits []auhl.Credits `json:"maxCredits,omitempty"`
	// SameProgrammeRate is the success rate in percent to reach next year
	// in the same programme.
	SameProgrammeRate int `json:"sameProgrammeRate,omitempty"`
	// NewProgrammeRate is the success rate in percent to reach next year
	// in a new programme.
	NewProgrammeRate int `json:"newProgrammeRate,omitempty"`
	// RefusalYears is how many academic years failing the conditions
	// refuses the programme; 0 when not known.
	RefusalYears int `json:"refusalYears,omitempty"`
	// RescueRate is a success rate in percent that lets a student who
	// failed the conditions enrol after all; 0 for none.
	RescueRate int `json:"rescueRate,omitempty"`
	// RescueAdvice says that a positive advice of the exam board lets a
	// student who failed the conditions enrol after all.
	RescueAdvice bool `json:"rescueAdvice,omitempty"`
	Basis
}

// CourseEnrolmentRule limits the enrolments per course unit.
type CourseEnrolmentRule struct {
	// Max is the number of enrolments after which a course unit without a
	// credit refuses the programme (2).
	Max int `json:"max"`
	// RefusalYears is how many academic years that refusal lasts.
	RefusalYears int `json:"refusalYears"`
	// UnlessRate is the success rate in percent, in the year of the last
	// enrolment, that lifts the refusal (70).
	UnlessRate int `json:"unlessRate"`
	// Never is the enrolment in a course unit that is never allowed (the
	// fourth).
	Never int `json:"never"`
	Basis
}

// progressFormat is the format of the study-progress rules file.
var progressFormat = rules.Format[*ProgressRuleSet]{
	Name: "procedures/data/progress.json", LabelPrefix: "procedures.progress.rule",
	Check: func(c *rules.Checker, s *ProgressRuleSet) { s.Each(c, (*ProgressRules).check) },
}

var defaultProgressRules = progressFormat.Embedded(progressData, new(ProgressRuleSet))

// DefaultProgressRules returns the embedded study-progress rules, parsed
// once and shared: treat them as read-only.
func DefaultProgressRules() *ProgressRuleSet { return defaultProgressRules() }

// ParseProgressRules reads and checks a rules file of the embedded file's
// format: every year once, every source cited present, every rate a
// percentage, every count in range. It returns a *auhl.ValidationError
// listing every problem.
func ParseProgressRules(data []byte) (*ProgressRuleSet, error) {
	return progressFormat.Parse(data, new(ProgressRuleSet))
}

// institution returns the rules of institution i (UHasselt or PXL).
func (r *ProgressRules) institution(i auhl.Institution) *InstitutionProgressRules {
	if i == auhl.PXL {
		return &r.PXL
	}
	return &r.UHasselt
}

// check checks one year's rules.
func (r *ProgressRules) check(c *rules.Checker) {
	d := &r.Decree
	c.Require("/decree/cohort/from", !d.Cohort.From.IsZero())
	c.Range("/decree/drempelpakket/credits", d.Drempelpakket.Credits, 1, MaxProgressCredits)
	// The second enrolment, or later: the messages count it in the plural.
	c.Range("/decree/drempelpakket/enrolments", d.Drempelpakket.Enrolments, 2, 10)
	c.Range("/decree/refusal/years", d.Refusal.Years, 1, 50)
	r.UHasselt.check(c.At("/uhasselt"))
	r.PXL.check(c.At("/pxl"))
}

// check checks an institution's rules.
func (r *InstitutionProgressRules) check(c *rules.Checker) {
	if f := r.Refusal; f != nil {
		c.Range("/refusal/below", f.Below, 1, 100)
		c.Range("/refusal/years", f.Years, 1, 50)
	}
	k := &r.Conditions
	lo := 1
	if r.Refusal != nil {
		lo = r.Refusal.Below
	}
	c.Range("/conditions/below", k.Below, lo, 100)
	for i, m := range k.MaxCredits {
		p := auhl.Index("/conditions/maxCredits", i)
		c.Range(p, int(m), 1, MaxProgressCredits)
		if i > 0 && m <= k.MaxCredits[i-1] {
			c.Add(p, rules.CodeEntryDuplicate, auhl.Params{"value": auhl.Str(strconv.Itoa(int(m)))})
		}
	}
	c.Range("/conditions/sameProgrammeRate", k.SameProgrammeRate, 0, 100)
	c.Range("/conditions/newProgrammeRate", k.NewProgrammeRate, 0, 100)
	c.Range("/conditions/refusalYears", k.RefusalYears, 0, 50)
	c.Range("/conditions/rescueRate", k.RescueRate, 0, 100)
	if ce := r.Courses; ce != nil {
		// Two or more, as the messages count them in the plural.
		c.Range("/courses/max", ce.Max, 2, maxCourseEnrolments)
		c.Range("/courses/refusalYears", ce.RefusalYears, 1, 50)
		c.Range("/courses/unlessRate", ce.UnlessRate, 0, 100)
		c.Range("/courses/never", ce.Never, ce.Max+1, maxCourseEnrolments+1)
	}
	if m := r.MaxCredits; m != nil {
		c.Range("/maxCredits/credits", m.Credits, 1, MaxProgressCredits)
	}
}
