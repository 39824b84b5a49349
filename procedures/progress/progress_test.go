package progress

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
)

const (
	py22 = "2022-2023"
	py23 = "2023-2024"
)

// progressSourcesWithoutURL are the sources the notes give without an address.
var progressSourcesWithoutURL = map[string]bool{"hln-weyts": true, "pxl-oefenprogramma": true}

// TestEmbeddedProgressRulesAreStrictlyValid reads the embedded file the
// strict way and checks the facts of the notes in every year.
func TestEmbeddedProgressRulesAreStrictlyValid(t *testing.T) {
	s, err := DecodeRules(rulesData)
	require.NoError(t, err)
	assert.Equal(t, Default(), s)
	var years []string
	for _, r := range s.Years {
		years = append(years, r.AcademicYear.String())
	}
	assert.Equal(t, []string{testkit.Y24, testkit.Y25, testkit.Y26}, years, "the years the issue asks for, no fallback")
	for id, src := range s.Sources {
		if !progressSourcesWithoutURL[id] {
			assert.True(t, strings.HasPrefix(src.URL, "https://"), "source %s has no URL", id)
		}
	}
	for _, y := range years {
		r, err := s.For(testkit.Year(y))
		require.NoError(t, err, y)
		d := r.Decree
		assert.Equal(t, testkit.Year(py23), d.Cohort.From, "cohorts from 2023-2024")
		assert.Equal(t, 60, d.Drempelpakket.Credits)
		assert.Equal(t, 2, d.Drempelpakket.Enrolments, "by the end of the second enrolment")
		assert.Equal(t, 6, d.Refusal.Years)
		assert.True(t, d.Refusal.Unconfirmed, "the 6 years are [?]")
		assert.False(t, d.Drempelpakket.Unconfirmed)
		assert.False(t, d.Exception.Unconfirmed)

		u := r.UHasselt
		require.NotNil(t, u.Refusal)
		assert.Equal(t, 30, u.Refusal.Below)
		assert.Equal(t, 2, u.Refusal.Years)
		assert.Equal(t, 60, u.Conditions.Below)
		assert.Equal(t, []auhl.Credits{45, 60}, u.Conditions.MaxCredits)
		assert.Equal(t, 70, u.Conditions.SameProgrammeRate)
		assert.Equal(t, 60, u.Conditions.NewProgrammeRate)
		assert.Equal(t, 2, u.Conditions.RefusalYears)
		require.NotNil(t, u.Courses)
		assert.Equal(t, courseEnrolmentRule{Max: 2, RefusalYears: 2, UnlessRate: 70, Never: 4, Basis: u.Courses.Basis}, *u.Courses)
		require.NotNil(t, u.MaxCredits)
		assert.Equal(t, 72, u.MaxCredits.Credits)
		assert.True(t, u.Combination.Unconfirmed, "how UHasselt merges the decree is [?]")
		for _, b := range []rules.Basis{u.Refusal.Basis, u.Conditions.Basis, u.Courses.Basis, u.MaxCredits.Basis} {
			assert.False(t, b.Unconfirmed)
		}

		p := r.PXL
		assert.Nil(t, p.Refusal, "no PXL rule below 30% is known")
		assert.Nil(t, p.Courses, "no PXL limit per course unit is known")
		assert.Nil(t, p.MaxCredits, "no PXL credit limit is known")
		assert.Equal(t, 60, p.Conditions.Below)
		assert.Empty(t, p.Conditions.MaxCredits, "the terms of PXL's conditions are not known")
		assert.Zero(t, p.Conditions.SameProgrammeRate)
		assert.Zero(t, p.Conditions.RefusalYears)
		assert.True(t, p.Conditions.Unconfirmed)
		assert.True(t, p.Combination.Unconfirmed)
	}
	_, err = s.For(testkit.Year(testkit.Y27))
	testkit.AssertProblem(t, err, "", rules.CodePeriodUnknown)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "2024-2025, 2025-2026, 2026-2027", ve.Problems[0].Params["known"].String())
	_, err = s.For(auhl.AcademicYear{})
	assert.ErrorIs(t, err, auhl.ErrInvalid)
}

// TestProgressRulesSameEveryYear: the notes give no change between the
// years, so the three years hold the same rules.
func TestProgressRulesSameEveryYear(t *testing.T) {
	s := Default()
	first, err := json.Marshal(s.Years[0])
	require.NoError(t, err)
	for _, r := range s.Years[1:] {
		r.AcademicYear = s.Years[0].AcademicYear
		got, err := json.Marshal(r)
		require.NoError(t, err)
		assert.JSONEq(t, string(first), string(got))
	}
}

func TestParseProgressRulesProblems(t *testing.T) {
	var doc map[string]any
	require.NoError(t, json.Unmarshal(rulesData, &doc))
	years := doc["years"].([]any)
	y0 := years[0].(map[string]any)
	dec := y0["decree"].(map[string]any)
	dec["drempelpakket"].(map[string]any)["credits"] = 0
	dec["exception"].(map[string]any)["source"] = "nowhere"
	uh := y0["uhasselt"].(map[string]any)
	uh["conditions"].(map[string]any)["below"] = 20
	uh["conditions"].(map[string]any)["maxCredits"] = []any{60, 45}
	uh["courses"].(map[string]any)["never"] = 2
	y0["pxl"].(map[string]any)["conditions"].(map[string]any)["sameProgrammeRate"] = 101
	years[1].(map[string]any)["academicYear"] = testkit.Y24
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	_, err = DecodeRules(b)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	got := map[string]string{}
	for _, p := range ve.Problems {
		got[p.Path] = p.Code
	}
	assert.Equal(t, map[string]string{
		"/years/0/decree/drempelpakket/credits":     auhl.CodeNumberRange,
		"/years/0/decree/exception/source":          rules.CodeSourceUnknown,
		"/years/0/uhasselt/conditions/below":        auhl.CodeNumberRange,
		"/years/0/uhasselt/conditions/maxCredits/1": rules.CodeEntryDuplicate,
		"/years/0/uhasselt/courses/never":           auhl.CodeNumberRange,
		"/years/0/pxl/conditions/sameProgrammeRate": auhl.CodeNumberRange,
		"/years/1/academicYear":                     rules.CodePeriodDuplicate,
	}, got)
}

// progressYear is an enrolment of year y with enrolled and earned credits.
func progressYear(y string, enrolled, earned int) Enrolment {
	return Enrolment{AcademicYear: testkit.Year(y), Enrolled: auhl.Credits(enrolled), Earned: auhl.Credits(earned)}
}

// progressOpen sets the drempelpakket credits still open.
func progressOpen(e Enrolment, open int) Enrolment {
	e.DrempelpakketOpen = auhl.Credits(open)
	return e
}

// progressRecord is a record at institution i of the cohort, with enrolments.
func progressRecord(i auhl.Institution, cohort string, es ...Enrolment) Record {
	return Record{Institution: i, Programme: "bachelor-informatica", Cohort: testkit.Year(cohort), Enrolments: es}
}

const (
	pcSR   = CodeSuccessRate
	pcUnc  = CodeUnconfirmed
	pcNot  = CodeDecreeNotApplicable
	pcApp  = CodeDecreeApplies
	pcSuff = CodeRateSufficient
	pcCond = CodeRateConditions
	pcMax  = CodeConditionsMaxCredits
)

func TestDecideProgress(t *testing.T) {
	with := func(r Record, f func(*Record)) Record { f(&r); return r }
	lastConditions := func(c BindingConditions) func(*Record) {
		return func(r *Record) { r.Enrolments[len(r.Enrolments)-1].Conditions = &c }
	}
	courses := func(cs ...Course) func(*Record) {
		return func(r *Record) { r.Courses = cs }
	}
	uhCond := &Conditions{MaxCredits: []auhl.Credits{45, 60}, TargetRate: 70}
	tests := []struct {
		name       string
		rec        Record
		outcome    Outcome
		until      string
		open       bool
		rate       float64
		conditions *Conditions
		codes      []string
	}{
		// The decree's drempelpakket rule.
		{
			name:    "cohort 2022-2023: the decree does not apply, even with the drempelpakket open after two enrolments",
			rec:     progressRecord(auhl.UHasselt, py22, progressOpen(progressYear(py22, 60, 40), 20), progressOpen(progressYear(py23, 60, 50), 10)),
			outcome: Allowed, rate: 83.3,
			codes: []string{pcSR, pcNot, pcSuff},
		},
		{
			name:    "cohort 2023-2024: drempelpakket open after the second enrolment refuses for 6 (unconfirmed) years",
			rec:     progressRecord(auhl.UHasselt, py23, progressOpen(progressYear(py23, 60, 40), 20), progressOpen(progressYear(testkit.Y24, 60, 50), 10)),
			outcome: Refused, until: "2030-2031", rate: 83.3,
			codes: []string{pcSR, pcApp, pcUnc, CodeDrempelpakketRefused, pcUnc},
		},
		{
			name:    "a later cohort is bound too",
			rec:     progressRecord(auhl.UHasselt, testkit.Y24, progressOpen(progressYear(testkit.Y24, 60, 40), 20), progressOpen(progressYear(testkit.Y25, 60, 50), 10)),
			outcome: Refused, until: "2031-2032", rate: 83.3,
			codes: []string{pcSR, pcApp, pcUnc, CodeDrempelpakketRefused, pcUnc},
		},
		{
			name:    "drempelpakket open after the first enrolment: allowed, complete it by the end of the next",
			rec:     progressRecord(auhl.UHasselt, testkit.Y25, progressOpen(progressYear(testkit.Y25, 60, 45), 15)),
			outcome: Allowed, rate: 75,
			codes: []string{pcSR, pcApp, pcUnc, CodeDrempelpakketOpen, CodeThirdModelPathWaits, pcSuff},
		},
		{
			name:    "exception granted by the institution: allowed",
			rec:     with(progressRecord(auhl.UHasselt, py23, progressOpen(progressYear(py23, 60, 40), 20), progressOpen(progressYear(testkit.Y24, 60, 50), 10)), func(r *Record) { r.Exception = true }),
			outcome: Allowed, rate: 83.3,
			codes: []string{pcSR, pcApp, pcUnc, CodeDrempelpakketException, pcSuff},
		},
		{
			name:    "drempelpakket complete after two enrolments",
			rec:     progressRecord(auhl.UHasselt, py23, progressOpen(progressYear(py23, 60, 40), 20), progressYear(testkit.Y24, 60, 60)),
			outcome: Allowed, rate: 100,
			codes: []string{pcSR, pcApp, pcUnc, CodeDrempelpakketComplete, pcSuff},
		},
		{
			name: "an enrolment elsewhere counts as one in the same programme",
			rec: progressRecord(auhl.UHasselt, py23, func() Enrolment {
				e := progressOpen(progressYear(py23, 60, 40), 20)
				e.Elsewhere = true
				return e
			}(), progressOpen(progressYear(testkit.Y24, 60, 50), 10)),
			outcome: Refused, until: "2030-2031", rate: 83.3,
			codes: []string{pcSR, pcApp, pcUnc, CodeDrempelpakketRefused, pcUnc},
		},

		// UHasselt's success-rate thresholds.
		{
			name:    "SR 29.9%: refused for two academic years",
			rec:     progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 137, 41)),
			outcome: Refused, until: testkit.Y26, rate: 29.9,
			codes: []string{pcSR, pcNot, CodeRateRefused},
		},
		{
			name:    "SR 30% exactly: binding conditions possible",
			rec:     progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 18)),
			outcome: AllowedWithConditions, rate: 30, conditions: uhCond,
			codes: []string{pcSR, pcNot, pcCond, pcMax},
		},
		{
			name:    "SR 59%: binding conditions possible",
			rec:     progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 100, 59)),
			outcome: AllowedWithConditions, rate: 59, conditions: uhCond,
			codes: []string{pcSR, pcNot, pcCond, pcMax},
		},
		{
			name:    "SR 59.7%: rounded down, still conditions",
			rec:     progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 149, 89)),
			outcome: AllowedWithConditions, rate: 59.7, conditions: uhCond,
			codes: []string{pcSR, pcNot, pcCond, pcMax},
		},
		{
			name:    "SR 60%: allowed",
			rec:     progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 36)),
			outcome: Allowed, rate: 60,
			codes: []string{pcSR, pcNot, pcSuff},
		},
		{
			name:    "SR under 30% at another Flemish institution in the same programme",
			rec:     progressRecord(auhl.UHasselt, py22, func() Enrolment { e := progressYear(testkit.Y24, 60, 12); e.Elsewhere = true; return e }()),
			outcome: Refused, until: testkit.Y26, rate: 20,
			codes: []string{pcSR, pcNot, CodeRateRefusedElsewhere},
		},
		{
			name:    "SR under 30% on a contract of only the final master year: no refusal, conditions possible",
			rec:     progressRecord(auhl.UHasselt, py22, func() Enrolment { e := progressYear(testkit.Y24, 60, 12); e.FinalMasterYearOnly = true; return e }()),
			outcome: AllowedWithConditions, rate: 20, conditions: uhCond,
			codes: []string{pcSR, pcNot, CodeRateFinalMasterYear, pcCond, pcMax},
		},
		{
			name:    "SR under 30% and a new programme: the refusal is a warning, the new programme asks 60%",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 12)), func(r *Record) { r.NewProgramme = true }),
			outcome: AllowedWithConditions, rate: 20, conditions: &Conditions{MaxCredits: []auhl.Credits{45, 60}, TargetRate: 60},
			codes: []string{pcSR, CodeNewProgramme, pcNot, CodeRateRefused, pcCond, pcMax},
		},
		{
			name:    "SR 50% and a new programme: 60% in the new programme",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 30)), func(r *Record) { r.NewProgramme = true }),
			outcome: AllowedWithConditions, rate: 50, conditions: &Conditions{MaxCredits: []auhl.Credits{45, 60}, TargetRate: 60},
			codes: []string{pcSR, CodeNewProgramme, pcNot, pcCond, pcMax},
		},

		// Binding conditions imposed for the last year.
		{
			name:    "binding conditions met (45 credits, 70%): allowed",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(py23, 60, 25), progressYear(testkit.Y24, 45, 32)), lastConditions(BindingConditions{MaxCredits: 45, TargetRate: 70})),
			outcome: Allowed, rate: 71.1,
			codes: []string{pcSR, pcNot, CodeConditionsMet, pcSuff},
		},
		{
			name:    "binding conditions: 70% exactly is met",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 42)), lastConditions(BindingConditions{TargetRate: 70})),
			outcome: Allowed, rate: 70,
			codes: []string{pcSR, pcNot, CodeConditionsMet, pcSuff},
		},
		{
			name:    "binding conditions: 68.3% misses 70%: refused for two years",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 41)), lastConditions(BindingConditions{TargetRate: 70})),
			outcome: Refused, until: testkit.Y26, rate: 68.3,
			codes: []string{pcSR, pcNot, CodeConditionsRateMissed, CodeConditionsRefused},
		},
		{
			name:    "binding conditions: more credits than allowed",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 60)), lastConditions(BindingConditions{MaxCredits: 45})),
			outcome: Refused, until: testkit.Y26, rate: 100,
			codes: []string{pcSR, pcNot, CodeConditionsCreditsExceeded, CodeConditionsRefused},
		},
		{
			name:    "binding conditions of a new programme: 60% is met",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 36)), lastConditions(BindingConditions{TargetRate: 60})),
			outcome: Allowed, rate: 60,
			codes: []string{pcSR, pcNot, CodeConditionsMet, pcSuff},
		},
		{
			name:    "binding conditions failed, asking for another programme: a warning",
			rec:     with(with(progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 36)), lastConditions(BindingConditions{TargetRate: 70})), func(r *Record) { r.NewProgramme = true }),
			outcome: Allowed, rate: 60,
			codes: []string{pcSR, CodeNewProgramme, pcNot, CodeConditionsRateMissed, CodeConditionsRefused, pcSuff},
		},

		// Enrolments per course unit.
		{
			name:    "a course unit not passed after two enrolments, SR 68.3%: refused for two years",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 41)), courses(Course{ID: "wiskunde-1", Enrolments: 2}, Course{ID: "fysica", Enrolments: 2, Passed: true})),
			outcome: Refused, until: testkit.Y26, rate: 68.3,
			codes: []string{pcSR, pcNot, CodeCourseRefused},
		},
		{
			name:    "a course unit not passed after two enrolments, SR 70%: allowed",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 42)), courses(Course{ID: "wiskunde-1", Enrolments: 2})),
			outcome: Allowed, rate: 70,
			codes: []string{pcSR, pcNot, CodeCourseRescued, pcSuff},
		},
		{
			name:    "a course unit not passed after one enrolment: nothing",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 30)), courses(Course{ID: "wiskunde-1", Enrolments: 1})),
			outcome: AllowedWithConditions, rate: 50, conditions: uhCond,
			codes: []string{pcSR, pcNot, pcCond, pcMax},
		},
		{
			name:    "a course unit not passed after three enrolments: a fourth is never allowed, even at SR 100%",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 6, 6)), courses(Course{ID: "wiskunde-1", Enrolments: 3})),
			outcome: Refused, open: true, rate: 100,
			codes: []string{pcSR, pcNot, CodeCourseNever},
		},
		{
			name:    "a course unit passed at the third enrolment: allowed",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 60)), courses(Course{ID: "wiskunde-1", Enrolments: 3, Passed: true})),
			outcome: Allowed, rate: 100,
			codes: []string{pcSR, pcNot, pcSuff},
		},
		{
			name: "refusals add up: the longest known one and the open one",
			rec: with(progressRecord(auhl.UHasselt, py23, progressOpen(progressYear(py23, 60, 40), 20), progressOpen(progressYear(testkit.Y24, 60, 10), 10)),
				courses(Course{ID: "a", Enrolments: 2}, Course{ID: "b", Enrolments: 3})),
			outcome: Refused, until: "2030-2031", open: true, rate: 16.6,
			codes: []string{pcSR, pcApp, pcUnc, CodeDrempelpakketRefused, pcUnc, CodeRateRefused, CodeCourseRefused, CodeCourseNever},
		},

		// The 72-credit limit.
		{
			name:    "72 planned credits: no approval needed",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 60)), func(r *Record) { r.PlannedCredits = 72 }),
			outcome: Allowed, rate: 100,
			codes: []string{pcSR, pcNot, pcSuff},
		},
		{
			name:    "73 planned credits: the exam board must approve",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y24, 60, 60)), func(r *Record) { r.PlannedCredits = 73 }),
			outcome: Allowed, rate: 100,
			codes: []string{pcSR, pcNot, pcSuff, CodeCreditsOverMax},
		},

		// PXL: every own rule is unconfirmed.
		{
			name:    "PXL, SR 50%: binding conditions with unknown terms, unconfirmed",
			rec:     progressRecord(auhl.PXL, py22, progressYear(testkit.Y24, 60, 30)),
			outcome: AllowedWithConditions, rate: 50, conditions: &Conditions{},
			codes: []string{pcSR, pcUnc, pcNot, pcCond},
		},
		{
			name:    "PXL, SR 60%: allowed, unconfirmed",
			rec:     progressRecord(auhl.PXL, py22, progressYear(testkit.Y24, 60, 36)),
			outcome: Allowed, rate: 60,
			codes: []string{pcSR, pcUnc, pcNot, pcSuff},
		},
		{
			name:    "PXL, SR 20%: no refusal below 30% is known, conditions",
			rec:     with(progressRecord(auhl.PXL, py22, progressYear(testkit.Y24, 60, 12)), courses(Course{ID: "java", Enrolments: 3})),
			outcome: AllowedWithConditions, rate: 20, conditions: &Conditions{},
			codes: []string{pcSR, pcUnc, pcNot, pcCond},
		},
		{
			name:    "PXL, conditions failed, no advice, SR 50%: refused for an unknown time",
			rec:     with(progressRecord(auhl.PXL, py22, progressYear(testkit.Y24, 60, 30)), lastConditions(BindingConditions{TargetRate: 70})),
			outcome: Refused, open: true, rate: 50,
			codes: []string{pcSR, pcUnc, pcNot, CodeConditionsRateMissed, CodeConditionsRefusedOpen},
		},
		{
			name:    "PXL, conditions failed with a positive advice of the exam board",
			rec:     with(progressRecord(auhl.PXL, py22, progressYear(testkit.Y24, 60, 30)), lastConditions(BindingConditions{TargetRate: 70, PositiveAdvice: true})),
			outcome: AllowedWithConditions, rate: 50, conditions: &Conditions{},
			codes: []string{pcSR, pcUnc, pcNot, CodeConditionsRateMissed, CodeConditionsAdvice, pcCond},
		},
		{
			name:    "PXL, conditions failed but SR 60%",
			rec:     with(progressRecord(auhl.PXL, py22, progressYear(testkit.Y24, 60, 36)), lastConditions(BindingConditions{TargetRate: 70})),
			outcome: Allowed, rate: 60,
			codes: []string{pcSR, pcUnc, pcNot, CodeConditionsRateMissed, CodeConditionsRescued, pcSuff},
		},
		{
			name:    "PXL, cohort 2023-2024: the decree applies there too, combined in an unconfirmed way",
			rec:     progressRecord(auhl.PXL, py23, progressOpen(progressYear(py23, 60, 40), 20), progressOpen(progressYear(testkit.Y24, 60, 50), 10)),
			outcome: Refused, until: "2030-2031", rate: 83.3,
			codes: []string{pcSR, pcUnc, pcApp, pcUnc, CodeDrempelpakketRefused, pcUnc},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NoError(t, tt.rec.Validate())
			dec, err := Decide(tt.rec)
			require.NoError(t, err)
			assert.Equal(t, tt.outcome, dec.Outcome)
			assert.Equal(t, tt.codes, testkit.Codes(dec.Findings))
			assert.InDelta(t, tt.rate, dec.SuccessRate, 1e-9)
			assert.Equal(t, tt.open, dec.RefusalOpen)
			if tt.until == "" {
				assert.True(t, dec.RefusedUntil.IsZero(), "refused until %s", dec.RefusedUntil)
			} else {
				assert.Equal(t, testkit.Year(tt.until), dec.RefusedUntil)
			}
			assert.Equal(t, tt.conditions, dec.Conditions)
			last := tt.rec.Enrolments[len(tt.rec.Enrolments)-1]
			assert.Equal(t, last.AcademicYear.Next(), dec.Year)
			assert.Equal(t, last.Earned, dec.Earned)
			assert.Equal(t, last.Enrolled, dec.Enrolled)
			checkProgressFindings(t, tt.rec, dec)
		})
	}
}

// checkProgressFindings checks what every decision holds true: an error
// finding exactly when refused, an unconfirmed warning for PXL, every
// finding with a source and rendered in both languages.
func checkProgressFindings(t *testing.T, rec Record, dec Decision) {
	t.Helper()
	hasError, hasUnconfirmed := false, false
	for _, f := range dec.Findings {
		hasError = hasError || f.Severity == auhl.Error
		hasUnconfirmed = hasUnconfirmed || f.Code == CodeUnconfirmed
		assert.NotEmpty(t, f.Source.Title, f.Code)
		if f.Source.URL == "" {
			assert.True(t, f.Source.Title == Default().Sources["hln-weyts"].Title ||
				f.Source.Title == Default().Sources["pxl-oefenprogramma"].Title, "%s has no URL", f.Code)
		}
		assert.Equal(t, dec.Year.String(), f.Params["year"].String(), f.Code)
		for _, l := range auhl.Langs() {
			s := i18n.Render(l, f)
			assert.NotContains(t, s, "{", f.Code)
			assert.NotContains(t, s, "–", "%s: a parameter is missing in %q", f.Code, s)
		}
	}
	assert.Equal(t, dec.Outcome == Refused, hasError, "an error finding exactly when refused")
	if rec.Institution == auhl.PXL {
		assert.True(t, hasUnconfirmed, "a PXL decision says that PXL's rules are unconfirmed")
	}
}

// TestProgressRefusalOfOneYear: a newer rules file may give a refusal of
// one academic year; the messages say so in the singular.
func TestProgressRefusalOfOneYear(t *testing.T) {
	f := auhl.Finding{Code: CodeRateRefused, Params: auhl.Params{"year": auhl.Str(testkit.Y25), "rate": auhl.Num(12.5),
		"threshold": auhl.Int(30), "years": auhl.Int(1), "until": auhl.Str(testkit.Y25)}}
	assert.Contains(t, i18n.Render(auhl.Dutch, f), "geldt 1 academiejaar, tot en met 2025-2026")
	assert.Contains(t, i18n.Render(auhl.English, f), "for 1 academic year, up to and including 2025-2026")
	assert.Contains(t, i18n.Render(auhl.Dutch, f), "(12,5%)")
}

// TestDecideProgressEveryYear: the three years decide the same, and a
// year after them is an error, not a fallback.
func TestDecideProgressEveryYear(t *testing.T) {
	for _, y := range []auhl.AcademicYear{testkit.Year(testkit.Y24), testkit.Year(testkit.Y25), testkit.Year(testkit.Y26)} {
		for _, rec := range []Record{
			{Institution: auhl.UHasselt, Cohort: testkit.Year(py22), Enrolments: []Enrolment{{AcademicYear: y.Prev(), Enrolled: 60, Earned: 30}},
				Courses: []Course{{ID: "x", Enrolments: 2}}},
			{Institution: auhl.PXL, Cohort: testkit.Year(py22), Enrolments: []Enrolment{{AcademicYear: y.Prev(), Enrolled: 60, Earned: 30}}},
		} {
			dec, err := Decide(rec)
			require.NoError(t, err, y)
			assert.Equal(t, y, dec.Year)
			got := append(testkit.Codes(dec.Findings), string(dec.Outcome))
			if rec.Institution == auhl.UHasselt {
				assert.Equal(t, []string{pcSR, pcNot, CodeCourseRefused, string(Refused)}, got, y)
				assert.Equal(t, y.Next(), dec.RefusedUntil, "two academic years from %s", y)
			} else {
				assert.Equal(t, []string{pcSR, pcUnc, pcNot, pcCond, string(AllowedWithConditions)}, got, y)
			}
		}
	}
	rec := progressRecord(auhl.UHasselt, py22, progressYear(testkit.Y26, 60, 60))
	_, err := Decide(rec)
	testkit.AssertProblem(t, err, "/enrolments/0/academicYear", rules.CodePeriodUnknown)
	rec = progressRecord(auhl.UHasselt, py22, progressYear(py22, 60, 60))
	_, err = Decide(rec)
	testkit.AssertProblem(t, err, "/enrolments/0/academicYear", rules.CodePeriodUnknown)
}

func TestDecideProgressInvalid(t *testing.T) {
	ok := progressRecord(auhl.UHasselt, py23, progressOpen(progressYear(py23, 60, 40), 20), progressOpen(progressYear(testkit.Y24, 60, 50), 10))
	with := func(f func(*Record)) Record {
		r := ok
		r.Enrolments = append([]Enrolment(nil), ok.Enrolments...)
		f(&r)
		return r
	}
	tests := []struct {
		name       string
		rec        Record
		path, code string
	}{
		{"no institution", with(func(r *Record) { r.Institution = "" }), "/institution", auhl.CodeRequired},
		{"the association", with(func(r *Record) { r.Institution = auhl.AUHL }), "/institution", auhl.CodeEnum},
		{"no cohort", with(func(r *Record) { r.Cohort = auhl.AcademicYear{} }), "/cohort", auhl.CodeRequired},
		{"no enrolments", with(func(r *Record) { r.Enrolments = nil }), "/enrolments", auhl.CodeRequired},
		{"earned more than enrolled", with(func(r *Record) { r.Enrolments[1].Earned = 61 }), "/enrolments/1/earned", CodeEarnedExceeds},
		{"nothing enrolled", with(func(r *Record) { r.Enrolments[1].Enrolled = 0; r.Enrolments[1].Earned = 0 }), "/enrolments/1/enrolled", auhl.CodeNumberRange},
		{"negative earned", with(func(r *Record) { r.Enrolments[1].Earned = -1 }), "/enrolments/1/earned", auhl.CodeNumberRange},
		{"years out of order", with(func(r *Record) { r.Enrolments[1].AcademicYear = testkit.Year(py22) }), "/enrolments/1/academicYear", CodeYearOrder},
		{"a year twice", with(func(r *Record) { r.Enrolments[1].AcademicYear = testkit.Year(py23) }), "/enrolments/1/academicYear", CodeYearDuplicate},
		{"before the cohort", with(func(r *Record) { r.Cohort = testkit.Year(testkit.Y24) }), "/enrolments/0/academicYear", CodeBeforeCohort},
		{"drempelpakket grew", with(func(r *Record) { r.Enrolments[1].DrempelpakketOpen = 30 }), "/enrolments/1/drempelpakketOpen", CodeDrempelpakketGrew},
		{"drempelpakket over 60", with(func(r *Record) {
			r.Enrolments[0].DrempelpakketOpen = 61
			r.Enrolments[1].DrempelpakketOpen = 61
		}), "/enrolments/0/drempelpakketOpen", CodeDrempelpakketExceeds},
		{"empty conditions", with(func(r *Record) { r.Enrolments[1].Conditions = &BindingConditions{PositiveAdvice: true} }), "/enrolments/1/conditions", CodeConditionsEmpty},
		{"target over 100%", with(func(r *Record) { r.Enrolments[1].Conditions = &BindingConditions{TargetRate: 101} }), "/enrolments/1/conditions/targetRate", auhl.CodeNumberRange},
		{"a course twice", with(func(r *Record) {
			r.Courses = []Course{{ID: "a", Enrolments: 1}, {ID: "a", Enrolments: 2}}
		}), "/courses/1/id", CodeCourseDuplicate},
		{"a course without id", with(func(r *Record) { r.Courses = []Course{{ID: " ", Enrolments: 1}} }), "/courses/0/id", auhl.CodeRequired},
		{"a fifth course enrolment", with(func(r *Record) { r.Courses = []Course{{ID: "a", Enrolments: 5}} }), "/courses/0/enrolments", auhl.CodeNumberRange},
		{"no course enrolment", with(func(r *Record) { r.Courses = []Course{{ID: "a"}} }), "/courses/0/enrolments", auhl.CodeNumberRange},
		{"a long programme id", with(func(r *Record) { r.Programme = strings.Repeat("x", 101) }), "/programme", CodeTooLong},
		{"too many planned credits", with(func(r *Record) { r.PlannedCredits = 241 }), "/plannedCredits", auhl.CodeNumberRange},
		{"an unknown year", progressRecord(auhl.UHasselt, py22, progressYear("2029-2030", 60, 60)), "/enrolments/0/academicYear", rules.CodePeriodUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec, err := Decide(tt.rec)
			testkit.AssertProblem(t, err, tt.path, tt.code)
			assert.Zero(t, dec)
			for _, l := range auhl.Langs() {
				for _, line := range i18n.Errors(l, err) {
					assert.NotContains(t, line, "{", line)
				}
			}
		})
	}
}

func TestDecodeProgressRecord(t *testing.T) {
	r, err := DecodeRecord([]byte(`{"institution": "uhasselt", "programme": "bachelor-informatica", "cohort": "2023-2024",
		"enrolments": [
			{"academicYear": "2023-2024", "enrolled": 60, "earned": 40, "drempelpakketOpen": 20},
			{"academicYear": "2024-2025", "enrolled": 45, "earned": 45, "conditions": {"maxCredits": 45, "targetRate": 70}}
		],
		"courses": [{"id": "wiskunde-1", "enrolments": 2, "passed": true}], "plannedCredits": 60}`))
	require.NoError(t, err)
	assert.Equal(t, auhl.UHasselt, r.Institution)
	require.Len(t, r.Enrolments, 2)
	assert.Equal(t, &BindingConditions{MaxCredits: 45, TargetRate: 70}, r.Enrolments[1].Conditions)

	for _, tt := range []struct{ doc, path, code string }{
		{`{"institution": "kuleuven", "cohort": "2023-2024", "enrolments": [{"academicYear": "2023-2024", "enrolled": 60, "earned": 0}]}`, "/institution", auhl.CodeEnum},
		{`{"institution": "pxl", "cohort": "2023-2024", "enrolments": [{"academicYear": "2023-2024", "enrolled": 60, "earned": 0, "grade": 12}]}`, "/enrolments/0/grade", auhl.CodeJSONUnknownField},
		{`{"institution": "pxl", "cohort": "2023", "enrolments": [{"academicYear": "2023-2024", "enrolled": 60, "earned": 0}]}`, "/cohort", auhl.CodeYearFormat},
		{`{"institution": "pxl", "cohort": "2023-2024", "enrolments": [{"academicYear": "2023-2024", "enrolled": "60", "earned": 0}]}`, "/enrolments/0/enrolled", auhl.CodeJSONType},
		{`{"institution": "pxl", "cohort": "2023-2024", "enrolments": [{"academicYear": "2023-2024", "enrolled": 60, "earned": 70}]}`, "/enrolments/0/earned", CodeEarnedExceeds},
	} {
		_, err := DecodeRecord([]byte(tt.doc))
		testkit.AssertProblem(t, err, tt.path, tt.code)
	}
	_, err = DecodeRecord(make([]byte, MaxRecordBytes+1))
	testkit.AssertProblem(t, err, "", auhl.CodeJSONTooLarge)
}

func TestProgressOutcomeEnum(t *testing.T) {
	assert.Equal(t, []string{"allowed", "allowed-with-conditions", "refused"}, Outcome("").Enum())
	var o Outcome
	require.NoError(t, o.UnmarshalText([]byte("refused")))
	assert.True(t, o.Valid())
	assert.ErrorIs(t, o.UnmarshalText([]byte("maybe")), auhl.ErrInvalid)
	assert.False(t, Outcome("maybe").Valid())

	b, err := json.Marshal(Decision{Outcome: Allowed, Year: testkit.Year(testkit.Y25)})
	require.NoError(t, err)
	assert.NotContains(t, string(b), "refusedUntil", "an empty year is left out")
}

func FuzzDecodeProgressRecord(f *testing.F) {
	for _, s := range []string{
		`{"institution": "uhasselt", "cohort": "2023-2024", "enrolments": [{"academicYear": "2023-2024", "enrolled": 60, "earned": 40, "drempelpakketOpen": 20}, {"academicYear": "2024-2025", "enrolled": 60, "earned": 50, "drempelpakketOpen": 10}]}`,
		`{"institution": "uhasselt", "cohort": "2022-2023", "enrolments": [{"academicYear": "2024-2025", "enrolled": 45, "earned": 30, "conditions": {"maxCredits": 45, "targetRate": 70}}], "courses": [{"id": "a", "enrolments": 3}], "plannedCredits": 80, "newProgramme": true}`,
		`{"institution": "pxl", "programme": "x", "cohort": "2022-2023", "exception": true, "enrolments": [{"academicYear": "2025-2026", "enrolled": 60, "earned": 30, "elsewhere": true, "finalMasterYearOnly": true, "conditions": {"targetRate": 60, "positiveAdvice": true}}]}`,
		`{"institution": "pxl", "cohort": "2022-2023", "enrolments": [{"academicYear": "2030-2031", "enrolled": 60, "earned": 30}]}`,
		`{"institution": "pxl", "cohort": "2022-2023", "enrolments": []}`,
		`[]`, `null`, `{}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeRecord(data)
		if err != nil {
			if !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("DecodeProgressRecord: an error that is not ErrInvalid: %v", err)
			}
			return
		}
		again, err := json.Marshal(r)
		require.NoError(t, err)
		r2, err := DecodeRecord(again)
		require.NoError(t, err, "a valid progressRecord encodes to a valid progressRecord")
		assert.Equal(t, r, r2)
		dec, err := Decide(r)
		if err != nil {
			if !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("DecideProgress: an error that is not ErrInvalid: %v", err)
			}
			return
		}
		require.NotEmpty(t, dec.Findings)
		require.True(t, dec.Outcome.Valid())
	})
}

// BenchmarkDecideProgress decides on a UHasselt progressRecord of the 2023-2024
// cohort with two enrolments, binding conditions, the drempelpakket open
// and course units at their limits.
func BenchmarkDecideProgress(b *testing.B) {
	rec := progressRecord(auhl.UHasselt, py23, progressOpen(progressYear(py23, 60, 30), 30), progressOpen(progressYear(testkit.Y24, 45, 32), 6))
	rec.Enrolments[1].Conditions = &BindingConditions{MaxCredits: 45, TargetRate: 70}
	rec.Courses = []Course{{ID: "a", Enrolments: 2}, {ID: "b", Enrolments: 2, Passed: true}, {ID: "c", Enrolments: 1}}
	rec.PlannedCredits = 75
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decide(rec); err != nil {
			b.Fatal(err)
		}
	}
}
