package progress

import (
	_ "embed"
	"strconv"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

//go:embed data/progress.json
var rulesData []byte

// RulesFile is a rules file of studievoortgang (study progress): the
// Flemish rules of the decree of 15 July 2022 (the drempelpakket, the
// model path at a first enrolment, the third model path, the right to at
// least 45 credits), the study-progress measures of UHasselt and PXL, and
// the thresholds of family allowance and for students from outside the
// EEA, per academic year, each rule with the source it rests on. The embedded file (Default)
// covers 2024-2025 to 2026-2027; DecodeRules reads a newer one of
// the same format.
type RulesFile struct {
	rules.File[auhl.AcademicYear, Rules]
}

// Rules are the study-progress rules of one academic year: the
// year a student asks to enrol in.
type Rules struct {
	// AcademicYear is the academic year of the enrolment decided on.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Decree is the Flemish drempelpakket rule, which binds every Flemish
	// institution, and the rest of the decree of 15 July 2022.
	Decree decreeRules `json:"decree"`
	// Student are the thresholds outside study progress that a plan of
	// credits meets: family allowance, and the rules for students from
	// outside the EEA.
	Student studentRules `json:"student"`
	// UHasselt are UHasselt's own measures (OER art. 2.4 and 2.5).
	UHasselt institutionRules `json:"uhasselt"`
	// PXL are Hogeschool PXL's own measures.
	PXL institutionRules `json:"pxl"`
}

// decreeRules is the drempelpakket rule of the Flemish decree of
// 15 July 2022 on the inflow and study efficiency in higher education.
type decreeRules struct {
	// Cohort is the first academic year of first enrolment in higher
	// education the rule applies to (2023-2024); students who started
	// earlier are not affected.
	Cohort cohortRule `json:"cohort"`
	// ModelPath is the rule that a first enrolment in higher education is
	// for a model path, with its exemptions.
	ModelPath modelPathRule `json:"modelPath"`
	// Drempelpakket is the threshold package: the first modeltraject of
	// 60 credits, to be acquired by the end of the second enrolment in the
	// same programme.
	Drempelpakket drempelpakketRule `json:"drempelpakket"`
	// ThirdModelPath is the rule that the course units of the third model
	// path can be taken only once the drempelpakket is complete.
	ThirdModelPath rules.Basis `json:"thirdModelPath"`
	// Refusal is how many academic years the following enrolment in the
	// same programme is refused, at any Flemish institution.
	Refusal yearsRule `json:"refusal"`
	// Exception is the rule that an institution may deviate for force
	// majeure or special individual circumstances, and decides on it
	// itself.
	Exception rules.Basis `json:"exception"`
	// MinimumCredits is the right to take at least this many credits a
	// year, whatever the progress (45).
	MinimumCredits creditsRule `json:"minimumCredits"`
}

// modelPathRule is the compulsory model path at a first enrolment.
type modelPathRule struct {
	// Exemptions are the grounds on which a first enrolment need not be a
	// model path.
	Exemptions []Exemption `json:"exemptions"`
	rules.Basis
}

// studentRules are thresholds a year's plan of credits meets outside
// study progress.
type studentRules struct {
	// FamilyAllowance is the least credits that keep the Groeipakket
	// (family allowance) of a student under an age.
	FamilyAllowance familyAllowanceRule `json:"familyAllowance"`
	// NonEEA is the least credits a year for a student from outside the
	// EEA, except in the graduation year.
	NonEEA creditsRule `json:"nonEEA"`
	// Residence are the credits a bachelor student from outside the EEA
	// must have earned after a number of enrolments to renew the
	// residence permit.
	Residence residenceRule `json:"residence"`
}

// familyAllowanceRule is the credits threshold of the Groeipakket.
type familyAllowanceRule struct {
	// Credits is the least credits taken up over the year (27).
	Credits int `json:"credits"`
	// UnderAge is the age from which on the allowance ends anyway (25).
	UnderAge int `json:"underAge"`
	rules.Basis
}

// residenceRule are the steps of earned credits for the renewal of a
// residence permit.
type residenceRule struct {
	// Steps are the credits to have earned after a number of enrolments,
	// fewest enrolments first.
	Steps []residenceStep `json:"steps"`
	rules.Basis
}

// residenceStep is one step of a residenceRule.
type residenceStep struct {
	// Enrolments is the number of academic years of enrolment.
	Enrolments int `json:"enrolments"`
	// Credits are the credits to have earned after them.
	Credits int `json:"credits"`
}

// cohortRule names the first cohort a rule applies to.
type cohortRule struct {
	// From is the academic year of first enrolment in higher education
	// from which on the rule applies.
	From auhl.AcademicYear `json:"from"`
	rules.Basis
}

// drempelpakketRule is the drempelpakket (threshold package) of the
// decree.
type drempelpakketRule struct {
	// Credits is the size of the package: the first 60 credits of the
	// model path.
	Credits int `json:"credits"`
	// Enrolments is the enrolment in the same programme by whose end the
	// package must be acquired (the second).
	Enrolments int `json:"enrolments"`
	rules.Basis
}

// institutionRules are an institution's own study-progress
// measures. A part the institution is not known to have is left out.
type institutionRules struct {
	// Refusal is the refusal of the same programme after a low success
	// rate; nil when not known.
	Refusal *rateRefusalRule `json:"refusal,omitempty"`
	// Conditions are the binding conditions a success rate below a
	// threshold may bring, and what failing them means.
	Conditions conditionsRule `json:"conditions"`
	// Courses is the limit on the enrolments per course unit; nil when not
	// known.
	Courses *courseEnrolmentRule `json:"courses,omitempty"`
	// MaxCredits is the most credits a year without the exam board's
	// approval; nil when not known.
	MaxCredits *creditsRule `json:"maxCredits,omitempty"`
	// Combination is how the institution's own measures combine with the
	// decree's drempelpakket rule.
	Combination rules.Basis `json:"combination"`
}

// rateRefusalRule refuses the same programme after a success rate below a
// threshold.
type rateRefusalRule struct {
	// Below is the threshold in percent: a success rate under it refuses.
	Below int `json:"below"`
	// Years is how many academic years the refusal lasts.
	Years int `json:"years"`
	rules.Basis
}

// conditionsRule is the bindende voorwaarden (binding conditions) rule.
// A number the sources do not give is 0.
type conditionsRule struct {
	// Below is the threshold in percent: a success rate under it (and, at
	// an institution with a rateRefusalRule, at or above that rule's
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
	rules.Basis
}

// courseEnrolmentRule limits the enrolments per course unit.
type courseEnrolmentRule struct {
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
	rules.Basis
}

// yearsRule is a rule that is a number of years.
type yearsRule struct {
	// Years is the number of years.
	Years int `json:"years"`
	rules.Basis
}

// creditsRule is a rule that is a number of credits.
type creditsRule struct {
	// Credits is the number of credits.
	Credits int `json:"credits"`
	rules.Basis
}

// format is the format of the study-progress rules file.
var format = rules.Format[*RulesFile]{
	Name: "procedures/progress/data/progress.json", LabelPrefix: "procedures.progress.rule",
	Check: func(c *rules.Checker, s *RulesFile) { s.Each(c, (*Rules).check) },
}

var defaultRules = format.Embedded(rulesData, new(RulesFile))

// Default returns the embedded study-progress rules, parsed
// once and shared: treat them as read-only.
func Default() *RulesFile { return defaultRules() }

// DecodeRules reads and checks a rules file of the embedded file's
// format: every year once, every source cited present, every rate a
// percentage, every count in range. It returns a *auhl.ValidationError
// listing every problem.
func DecodeRules(data []byte) (*RulesFile, error) {
	return format.Parse(data, new(RulesFile))
}

// institution returns the rules of institution i (UHasselt or PXL).
func (r *Rules) institution(i auhl.Institution) *institutionRules {
	if i == auhl.PXL {
		return &r.PXL
	}
	return &r.UHasselt
}

// check checks one year's rules.
func (r *Rules) check(c *rules.Checker) {
	d := &r.Decree
	c.Require("/decree/cohort/from", !d.Cohort.From.IsZero())
	c.Range("/decree/drempelpakket/credits", d.Drempelpakket.Credits, 1, MaxCredits)
	// The second enrolment, or later: the messages count it in the plural.
	c.Range("/decree/drempelpakket/enrolments", d.Drempelpakket.Enrolments, 2, 10)
	c.Range("/decree/refusal/years", d.Refusal.Years, 1, 50)
	c.Range("/decree/minimumCredits/credits", d.MinimumCredits.Credits, 1, MaxCredits)
	seen := make(rules.Entries)
	for i, e := range d.ModelPath.Exemptions {
		p := auhl.Index("/decree/modelPath/exemptions", i)
		c.Require(p, e.Valid())
		if e.Valid() {
			seen.Once(c, p, string(e))
		}
	}
	st := &r.Student
	c.Range("/student/familyAllowance/credits", st.FamilyAllowance.Credits, 1, MaxCredits)
	c.Range("/student/familyAllowance/underAge", st.FamilyAllowance.UnderAge, 1, maxAge)
	c.Range("/student/nonEEA/credits", st.NonEEA.Credits, 1, MaxCredits)
	for i, step := range st.Residence.Steps {
		p := auhl.Index("/student/residence/steps", i)
		c.Range(p+"/enrolments", step.Enrolments, 1, maxProgressYears)
		c.Range(p+"/credits", step.Credits, 1, MaxCredits*maxProgressYears)
		if i > 0 && step.Enrolments <= st.Residence.Steps[i-1].Enrolments {
			c.Add(p+"/enrolments", rules.CodeEntryDuplicate, auhl.Params{"value": auhl.Str(strconv.Itoa(step.Enrolments))})
		}
	}
	r.UHasselt.check(c.At("/uhasselt"))
	r.PXL.check(c.At("/pxl"))
}

// check checks an institution's rules.
func (r *institutionRules) check(c *rules.Checker) {
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
		c.Range(p, int(m), 1, MaxCredits)
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
		c.Range("/maxCredits/credits", m.Credits, 1, MaxCredits)
	}
}
