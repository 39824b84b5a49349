package procedures

import (
	_ "embed"
	"strconv"
	"sync"

	"github.com/auhl/auhl-go/auhl"
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
	// Version is the release of the data, such as "2025.1".
	Version string `json:"version"`
	// Note says where the data comes from.
	Note string `json:"note,omitempty"`
	// Sources are the sources the rules cite, by id.
	Sources map[string]auhl.Source `json:"sources"`
	// Years are the rules of each academic year.
	Years []ProgressRules `json:"years"`
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

var defaultProgressRules = sync.OnceValues(func() (*ProgressRuleSet, error) {
	return decodeRules[ProgressRuleSet](progressData, true)
})

// DefaultProgressRules returns the embedded study-progress rules, parsed
// once and shared: treat them as read-only.
func DefaultProgressRules() *ProgressRuleSet {
	s, err := defaultProgressRules()
	if err != nil {
		// The embedded file is checked by the package's tests.
		panic("procedures: the embedded progress rules are invalid: " + err.Error())
	}
	return s
}

// ParseProgressRules reads and checks a rules file of the embedded file's
// format: every year once, every source cited present, every rate a
// percentage, every count in range. It returns a *auhl.ValidationError
// listing every problem.
func ParseProgressRules(data []byte) (*ProgressRuleSet, error) {
	return decodeRules[ProgressRuleSet](data, false)
}

func (r ProgressRules) academicYear() auhl.AcademicYear { return r.AcademicYear }

// index sorts the years.
func (s *ProgressRuleSet) index() {
	sortYears(s.Years)
}

// For returns the rules in force in academic year y. A year the rule set
// does not cover is a *auhl.ValidationError with a CodeProceduresYearUnknown
// problem: there is no fallback to another year.
func (s *ProgressRuleSet) For(y auhl.AcademicYear) (*ProgressRules, error) {
	return forYear(CodeProceduresYearUnknown, s.Years, y)
}

func (s *ProgressRuleSet) find(y auhl.AcademicYear) *ProgressRules {
	return findYear(s.Years, y)
}

func (s *ProgressRuleSet) unknownYear(path string, y auhl.AcademicYear) auhl.Problem {
	return yearUnknown(CodeProceduresYearUnknown, path, s.Years, y)
}

// institution returns the rules of institution i (UHasselt or PXL).
func (r *ProgressRules) institution(i auhl.Institution) *InstitutionProgressRules {
	if i == auhl.PXL {
		return &r.PXL
	}
	return &r.UHasselt
}

// check validates the rule set.
func (s *ProgressRuleSet) check() *auhl.ValidationError {
	var ve auhl.ValidationError
	checkHeader(&ve, s.Version, s.Sources, s.Years)
	for i := range s.Years {
		s.Years[i].check(&ve, auhl.Index("/years", i), s.Sources)
	}
	return &ve
}

// ruleChecker checks the parts of one year's rules.
type ruleChecker struct {
	ve      *auhl.ValidationError
	sources map[string]auhl.Source
}

func (c ruleChecker) basis(p string, b Basis) {
	if _, ok := c.sources[b.Source]; !ok {
		c.ve.Add(p+"/source", CodeRulesUnknownSource, auhl.Params{"id": auhl.Str(auhl.Clip(b.Source))})
	}
}

// between checks that n lies in [lo, hi].
func (c ruleChecker) between(p string, n, lo, hi int) {
	if n < lo || n > hi {
		c.ve.Add(p, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(n), "min": auhl.Int(lo), "max": auhl.Int(hi)})
	}
}

// check validates one year's rules at path.
func (r *ProgressRules) check(ve *auhl.ValidationError, path string, sources map[string]auhl.Source) {
	c := ruleChecker{ve: ve, sources: sources}
	d, dp := &r.Decree, path+"/decree"
	if d.Cohort.From.IsZero() {
		ve.Add(dp+"/cohort/from", auhl.CodeRequired, nil)
	}
	c.basis(dp+"/cohort", d.Cohort.Basis)
	c.between(dp+"/drempelpakket/credits", d.Drempelpakket.Credits, 1, MaxProgressCredits)
	// The second enrolment, or later: the messages count it in the plural.
	c.between(dp+"/drempelpakket/enrolments", d.Drempelpakket.Enrolments, 2, 10)
	c.basis(dp+"/drempelpakket", d.Drempelpakket.Basis)
	c.between(dp+"/refusal/years", d.Refusal.Years, 1, 50)
	c.basis(dp+"/refusal", d.Refusal.Basis)
	c.basis(dp+"/exception", d.Exception)
	r.UHasselt.check(c, path+"/uhasselt")
	r.PXL.check(c, path+"/pxl")
}

// check validates an institution's rules at path.
func (r *InstitutionProgressRules) check(c ruleChecker, path string) {
	if f := r.Refusal; f != nil {
		c.between(path+"/refusal/below", f.Below, 1, 100)
		c.between(path+"/refusal/years", f.Years, 1, 50)
		c.basis(path+"/refusal", f.Basis)
	}
	k, kp := &r.Conditions, path+"/conditions"
	lo := 1
	if r.Refusal != nil {
		lo = r.Refusal.Below
	}
	c.between(kp+"/below", k.Below, lo, 100)
	for i, m := range k.MaxCredits {
		c.between(auhl.Index(kp+"/maxCredits", i), int(m), 1, MaxProgressCredits)
		if i > 0 && m <= k.MaxCredits[i-1] {
			c.ve.Add(auhl.Index(kp+"/maxCredits", i), CodeRulesDuplicateEntry, auhl.Params{"value": auhl.Str(strconv.Itoa(int(m)))})
		}
	}
	c.between(kp+"/sameProgrammeRate", k.SameProgrammeRate, 0, 100)
	c.between(kp+"/newProgrammeRate", k.NewProgrammeRate, 0, 100)
	c.between(kp+"/refusalYears", k.RefusalYears, 0, 50)
	c.between(kp+"/rescueRate", k.RescueRate, 0, 100)
	c.basis(kp, k.Basis)
	if ce := r.Courses; ce != nil {
		cp := path + "/courses"
		// Two or more, as the messages count them in the plural.
		c.between(cp+"/max", ce.Max, 2, maxCourseEnrolments)
		c.between(cp+"/refusalYears", ce.RefusalYears, 1, 50)
		c.between(cp+"/unlessRate", ce.UnlessRate, 0, 100)
		c.between(cp+"/never", ce.Never, ce.Max+1, maxCourseEnrolments+1)
		c.basis(cp, ce.Basis)
	}
	if m := r.MaxCredits; m != nil {
		c.between(path+"/maxCredits/credits", m.Credits, 1, MaxProgressCredits)
		c.basis(path+"/maxCredits", m.Basis)
	}
	c.basis(path+"/combination", r.Combination)
}
