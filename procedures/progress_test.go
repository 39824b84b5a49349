package procedures

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
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
	s, err := ParseProgressRules(progressData)
	require.NoError(t, err)
	assert.Equal(t, DefaultProgressRules(), s)
	var years []string
	for _, r := range s.Years {
		years = append(years, r.AcademicYear.String())
	}
	assert.Equal(t, []string{y24, y25, y26}, years, "the years the issue asks for, no fallback")
	for id, src := range s.Sources {
		if !progressSourcesWithoutURL[id] {
			assert.True(t, strings.HasPrefix(src.URL, "https://"), "source %s has no URL", id)
		}
	}
	for _, y := range years {
		r, err := s.For(year(y))
		require.NoError(t, err, y)
		d := r.Decree
		assert.Equal(t, year(py23), d.Cohort.From, "cohorts from 2023-2024")
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
		assert.Equal(t, CourseEnrolmentRule{Max: 2, RefusalYears: 2, UnlessRate: 70, Never: 4, Basis: u.Courses.Basis}, *u.Courses)
		require.NotNil(t, u.MaxCredits)
		assert.Equal(t, 72, u.MaxCredits.Credits)
		assert.True(t, u.Combination.Unconfirmed, "how UHasselt merges the decree is [?]")
		for _, b := range []Basis{u.Refusal.Basis, u.Conditions.Basis, u.Courses.Basis, u.MaxCredits.Basis} {
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
	_, err = s.For(year(y27))
	assertProblem(t, err, "", CodeProceduresYearUnknown)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "2024-2025, 2025-2026, 2026-2027", ve.Problems[0].Params["known"].String())
	_, err = s.For(auhl.AcademicYear{})
	assert.ErrorIs(t, err, auhl.ErrInvalid)
}

// TestProgressRulesSameEveryYear: the notes give no change between the
// years, so the three years hold the same rules.
func TestProgressRulesSameEveryYear(t *testing.T) {
	s := DefaultProgressRules()
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
	require.NoError(t, json.Unmarshal(progressData, &doc))
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
	years[1].(map[string]any)["academicYear"] = y24
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	_, err = ParseProgressRules(b)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	got := map[string]string{}
	for _, p := range ve.Problems {
		got[p.Path] = p.Code
	}
	assert.Equal(t, map[string]string{
		"/years/0/decree/drempelpakket/credits":     auhl.CodeNumberRange,
		"/years/0/decree/exception/source":          CodeRulesUnknownSource,
		"/years/0/uhasselt/conditions/below":        auhl.CodeNumberRange,
		"/years/0/uhasselt/conditions/maxCredits/1": CodeRulesDuplicateEntry,
		"/years/0/uhasselt/courses/never":           auhl.CodeNumberRange,
		"/years/0/pxl/conditions/sameProgrammeRate": auhl.CodeNumberRange,
		"/years/1/academicYear":                     CodeRulesDuplicateYear,
	}, got)
}

// progressYear is an enrolment of year y with enrolled and earned credits.
func progressYear(y string, enrolled, earned int) ProgressEnrolment {
	return ProgressEnrolment{AcademicYear: year(y), Enrolled: auhl.Credits(enrolled), Earned: auhl.Credits(earned)}
}

// progressOpen sets the drempelpakket credits still open.
func progressOpen(e ProgressEnrolment, open int) ProgressEnrolment {
	e.DrempelpakketOpen = auhl.Credits(open)
	return e
}

// progressRecord is a record at institution i of the cohort, with enrolments.
func progressRecord(i auhl.Institution, cohort string, es ...ProgressEnrolment) ProgressRecord {
	return ProgressRecord{Institution: i, Programme: "bachelor-informatica", Cohort: year(cohort), Enrolments: es}
}

const (
	pcSR   = CodeProgressSuccessRate
	pcUnc  = CodeProgressUnconfirmed
	pcNot  = CodeProgressDecreeNotApplicable
	pcApp  = CodeProgressDecreeApplies
	pcSuff = CodeProgressRateSufficient
	pcCond = CodeProgressRateConditions
	pcMax  = CodeProgressConditionsMaxCredits
)

func TestDecideProgress(t *testing.T) {
	with := func(r ProgressRecord, f func(*ProgressRecord)) ProgressRecord { f(&r); return r }
	lastConditions := func(c BindingConditions) func(*ProgressRecord) {
		return func(r *ProgressRecord) { r.Enrolments[len(r.Enrolments)-1].Conditions = &c }
	}
	courses := func(cs ...CourseProgress) func(*ProgressRecord) {
		return func(r *ProgressRecord) { r.Courses = cs }
	}
	uhCond := &ProgressConditions{MaxCredits: []auhl.Credits{45, 60}, TargetRate: 70}
	tests := []struct {
		name       string
		rec        ProgressRecord
		outcome    ProgressOutcome
		until      string
		open       bool
		rate       float64
		conditions *ProgressConditions
		codes      []string
	}{
		// The decree's drempelpakket rule.
		{
			name:    "cohort 2022-2023: the decree does not apply, even with the drempelpakket open after two enrolments",
			rec:     progressRecord(auhl.UHasselt, py22, progressOpen(progressYear(py22, 60, 40), 20), progressOpen(progressYear(py23, 60, 50), 10)),
			outcome: ProgressAllowed, rate: 83.3,
			codes: []string{pcSR, pcNot, pcSuff},
		},
		{
			name:    "cohort 2023-2024: drempelpakket open after the second enrolment refuses for 6 (unconfirmed) years",
			rec:     progressRecord(auhl.UHasselt, py23, progressOpen(progressYear(py23, 60, 40), 20), progressOpen(progressYear(y24, 60, 50), 10)),
			outcome: ProgressRefused, until: "2030-2031", rate: 83.3,
			codes: []string{pcSR, pcApp, pcUnc, CodeProgressDrempelpakketRefused, pcUnc},
		},
		{
			name:    "a later cohort is bound too",
			rec:     progressRecord(auhl.UHasselt, y24, progressOpen(progressYear(y24, 60, 40), 20), progressOpen(progressYear(y25, 60, 50), 10)),
			outcome: ProgressRefused, until: "2031-2032", rate: 83.3,
			codes: []string{pcSR, pcApp, pcUnc, CodeProgressDrempelpakketRefused, pcUnc},
		},
		{
			name:    "drempelpakket open after the first enrolment: allowed, complete it by the end of the next",
			rec:     progressRecord(auhl.UHasselt, y25, progressOpen(progressYear(y25, 60, 45), 15)),
			outcome: ProgressAllowed, rate: 75,
			codes: []string{pcSR, pcApp, pcUnc, CodeProgressDrempelpakketOpen, pcSuff},
		},
		{
			name:    "exception granted by the institution: allowed",
			rec:     with(progressRecord(auhl.UHasselt, py23, progressOpen(progressYear(py23, 60, 40), 20), progressOpen(progressYear(y24, 60, 50), 10)), func(r *ProgressRecord) { r.Exception = true }),
			outcome: ProgressAllowed, rate: 83.3,
			codes: []string{pcSR, pcApp, pcUnc, CodeProgressDrempelpakketException, pcSuff},
		},
		{
			name:    "drempelpakket complete after two enrolments",
			rec:     progressRecord(auhl.UHasselt, py23, progressOpen(progressYear(py23, 60, 40), 20), progressYear(y24, 60, 60)),
			outcome: ProgressAllowed, rate: 100,
			codes: []string{pcSR, pcApp, pcUnc, CodeProgressDrempelpakketComplete, pcSuff},
		},
		{
			name: "an enrolment elsewhere counts as one in the same programme",
			rec: progressRecord(auhl.UHasselt, py23, func() ProgressEnrolment {
				e := progressOpen(progressYear(py23, 60, 40), 20)
				e.Elsewhere = true
				return e
			}(), progressOpen(progressYear(y24, 60, 50), 10)),
			outcome: ProgressRefused, until: "2030-2031", rate: 83.3,
			codes: []string{pcSR, pcApp, pcUnc, CodeProgressDrempelpakketRefused, pcUnc},
		},

		// UHasselt's success-rate thresholds.
		{
			name:    "SR 29.9%: refused for two academic years",
			rec:     progressRecord(auhl.UHasselt, py22, progressYear(y24, 137, 41)),
			outcome: ProgressRefused, until: y26, rate: 29.9,
			codes: []string{pcSR, pcNot, CodeProgressRateRefused},
		},
		{
			name:    "SR 30% exactly: binding conditions possible",
			rec:     progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 18)),
			outcome: ProgressAllowedWithConditions, rate: 30, conditions: uhCond,
			codes: []string{pcSR, pcNot, pcCond, pcMax},
		},
		{
			name:    "SR 59%: binding conditions possible",
			rec:     progressRecord(auhl.UHasselt, py22, progressYear(y24, 100, 59)),
			outcome: ProgressAllowedWithConditions, rate: 59, conditions: uhCond,
			codes: []string{pcSR, pcNot, pcCond, pcMax},
		},
		{
			name:    "SR 59.7%: rounded down, still conditions",
			rec:     progressRecord(auhl.UHasselt, py22, progressYear(y24, 149, 89)),
			outcome: ProgressAllowedWithConditions, rate: 59.7, conditions: uhCond,
			codes: []string{pcSR, pcNot, pcCond, pcMax},
		},
		{
			name:    "SR 60%: allowed",
			rec:     progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 36)),
			outcome: ProgressAllowed, rate: 60,
			codes: []string{pcSR, pcNot, pcSuff},
		},
		{
			name:    "SR under 30% at another Flemish institution in the same programme",
			rec:     progressRecord(auhl.UHasselt, py22, func() ProgressEnrolment { e := progressYear(y24, 60, 12); e.Elsewhere = true; return e }()),
			outcome: ProgressRefused, until: y26, rate: 20,
			codes: []string{pcSR, pcNot, CodeProgressRateRefusedElsewhere},
		},
		{
			name:    "SR under 30% on a contract of only the final master year: no refusal, conditions possible",
			rec:     progressRecord(auhl.UHasselt, py22, func() ProgressEnrolment { e := progressYear(y24, 60, 12); e.FinalMasterYearOnly = true; return e }()),
			outcome: ProgressAllowedWithConditions, rate: 20, conditions: uhCond,
			codes: []string{pcSR, pcNot, CodeProgressRateFinalMasterYear, pcCond, pcMax},
		},
		{
			name:    "SR under 30% and a new programme: the refusal is a warning, the new programme asks 60%",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 12)), func(r *ProgressRecord) { r.NewProgramme = true }),
			outcome: ProgressAllowedWithConditions, rate: 20, conditions: &ProgressConditions{MaxCredits: []auhl.Credits{45, 60}, TargetRate: 60},
			codes: []string{pcSR, CodeProgressNewProgramme, pcNot, CodeProgressRateRefused, pcCond, pcMax},
		},
		{
			name:    "SR 50% and a new programme: 60% in the new programme",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 30)), func(r *ProgressRecord) { r.NewProgramme = true }),
			outcome: ProgressAllowedWithConditions, rate: 50, conditions: &ProgressConditions{MaxCredits: []auhl.Credits{45, 60}, TargetRate: 60},
			codes: []string{pcSR, CodeProgressNewProgramme, pcNot, pcCond, pcMax},
		},

		// Binding conditions imposed for the last year.
		{
			name:    "binding conditions met (45 credits, 70%): allowed",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(py23, 60, 25), progressYear(y24, 45, 32)), lastConditions(BindingConditions{MaxCredits: 45, TargetRate: 70})),
			outcome: ProgressAllowed, rate: 71.1,
			codes: []string{pcSR, pcNot, CodeProgressConditionsMet, pcSuff},
		},
		{
			name:    "binding conditions: 70% exactly is met",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 42)), lastConditions(BindingConditions{TargetRate: 70})),
			outcome: ProgressAllowed, rate: 70,
			codes: []string{pcSR, pcNot, CodeProgressConditionsMet, pcSuff},
		},
		{
			name:    "binding conditions: 68.3% misses 70%: refused for two years",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 41)), lastConditions(BindingConditions{TargetRate: 70})),
			outcome: ProgressRefused, until: y26, rate: 68.3,
			codes: []string{pcSR, pcNot, CodeProgressConditionsRateMissed, CodeProgressConditionsRefused},
		},
		{
			name:    "binding conditions: more credits than allowed",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 60)), lastConditions(BindingConditions{MaxCredits: 45})),
			outcome: ProgressRefused, until: y26, rate: 100,
			codes: []string{pcSR, pcNot, CodeProgressConditionsCreditsExceeded, CodeProgressConditionsRefused},
		},
		{
			name:    "binding conditions of a new programme: 60% is met",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 36)), lastConditions(BindingConditions{TargetRate: 60})),
			outcome: ProgressAllowed, rate: 60,
			codes: []string{pcSR, pcNot, CodeProgressConditionsMet, pcSuff},
		},
		{
			name:    "binding conditions failed, asking for another programme: a warning",
			rec:     with(with(progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 36)), lastConditions(BindingConditions{TargetRate: 70})), func(r *ProgressRecord) { r.NewProgramme = true }),
			outcome: ProgressAllowed, rate: 60,
			codes: []string{pcSR, CodeProgressNewProgramme, pcNot, CodeProgressConditionsRateMissed, CodeProgressConditionsRefused, pcSuff},
		},

		// Enrolments per course unit.
		{
			name:    "a course unit not passed after two enrolments, SR 68.3%: refused for two years",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 41)), courses(CourseProgress{ID: "wiskunde-1", Enrolments: 2}, CourseProgress{ID: "fysica", Enrolments: 2, Passed: true})),
			outcome: ProgressRefused, until: y26, rate: 68.3,
			codes: []string{pcSR, pcNot, CodeProgressCourseRefused},
		},
		{
			name:    "a course unit not passed after two enrolments, SR 70%: allowed",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 42)), courses(CourseProgress{ID: "wiskunde-1", Enrolments: 2})),
			outcome: ProgressAllowed, rate: 70,
			codes: []string{pcSR, pcNot, CodeProgressCourseRescued, pcSuff},
		},
		{
			name:    "a course unit not passed after one enrolment: nothing",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 30)), courses(CourseProgress{ID: "wiskunde-1", Enrolments: 1})),
			outcome: ProgressAllowedWithConditions, rate: 50, conditions: uhCond,
			codes: []string{pcSR, pcNot, pcCond, pcMax},
		},
		{
			name:    "a course unit not passed after three enrolments: a fourth is never allowed, even at SR 100%",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(y24, 6, 6)), courses(CourseProgress{ID: "wiskunde-1", Enrolments: 3})),
			outcome: ProgressRefused, open: true, rate: 100,
			codes: []string{pcSR, pcNot, CodeProgressCourseNever},
		},
		{
			name:    "a course unit passed at the third enrolment: allowed",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 60)), courses(CourseProgress{ID: "wiskunde-1", Enrolments: 3, Passed: true})),
			outcome: ProgressAllowed, rate: 100,
			codes: []string{pcSR, pcNot, pcSuff},
		},
		{
			name: "refusals add up: the longest known one and the open one",
			rec: with(progressRecord(auhl.UHasselt, py23, progressOpen(progressYear(py23, 60, 40), 20), progressOpen(progressYear(y24, 60, 10), 10)),
				courses(CourseProgress{ID: "a", Enrolments: 2}, CourseProgress{ID: "b", Enrolments: 3})),
			outcome: ProgressRefused, until: "2030-2031", open: true, rate: 16.6,
			codes: []string{pcSR, pcApp, pcUnc, CodeProgressDrempelpakketRefused, pcUnc, CodeProgressRateRefused, CodeProgressCourseRefused, CodeProgressCourseNever},
		},

		// The 72-credit limit.
		{
			name:    "72 planned credits: no approval needed",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 60)), func(r *ProgressRecord) { r.PlannedCredits = 72 }),
			outcome: ProgressAllowed, rate: 100,
			codes: []string{pcSR, pcNot, pcSuff},
		},
		{
			name:    "73 planned credits: the exam board must approve",
			rec:     with(progressRecord(auhl.UHasselt, py22, progressYear(y24, 60, 60)), func(r *ProgressRecord) { r.PlannedCredits = 73 }),
			outcome: ProgressAllowed, rate: 100,
			codes: []string{pcSR, pcNot, pcSuff, CodeProgressCreditsOverMax},
		},

		// PXL: every own rule is unconfirmed.
		{
			name:    "PXL, SR 50%: binding conditions with unknown terms, unconfirmed",
			rec:     progressRecord(auhl.PXL, py22, progressYear(y24, 60, 30)),
			outcome: ProgressAllowedWithConditions, rate: 50, conditions: &ProgressConditions{},
			codes: []string{pcSR, pcUnc, pcNot, pcCond},
		},
		{
			name:    "PXL, SR 60%: allowed, unconfirmed",
			rec:     progressRecord(auhl.PXL, py22, progressYear(y24, 60, 36)),
			outcome: ProgressAllowed, rate: 60,
			codes: []string{pcSR, pcUnc, pcNot, pcSuff},
		},
		{
			name:    "PXL, SR 20%: no refusal below 30% is known, conditions",
			rec:     with(progressRecord(auhl.PXL, py22, progressYear(y24, 60, 12)), courses(CourseProgress{ID: "java", Enrolments: 3})),
			outcome: ProgressAllowedWithConditions, rate: 20, conditions: &ProgressConditions{},
			codes: []string{pcSR, pcUnc, pcNot, pcCond},
		},
		{
			name:    "PXL, conditions failed, no advice, SR 50%: refused for an unknown time",
			rec:     with(progressRecord(auhl.PXL, py22, progressYear(y24, 60, 30)), lastConditions(BindingConditions{TargetRate: 70})),
			outcome: ProgressRefused, open: true, rate: 50,
			codes: []string{pcSR, pcUnc, pcNot, CodeProgressConditionsRateMissed, CodeProgressConditionsRefusedOpen},
		},
		{
			name:    "PXL, conditions failed with a positive advice of the exam board",
			rec:     with(progressRecord(auhl.PXL, py22, progressYear(y24, 60, 30)), lastConditions(BindingConditions{TargetRate: 70, PositiveAdvice: true})),
			outcome: ProgressAllowedWithConditions, rate: 50, conditions: &ProgressConditions{},
			codes: []string{pcSR, pcUnc, pcNot, CodeProgressConditionsRateMissed, CodeProgressConditionsAdvice, pcCond},
		},
		{
			name:    "PXL, conditions failed but SR 60%",
			rec:     with(progressRecord(auhl.PXL, py22, progressYear(y24, 60, 36)), lastConditions(BindingConditions{TargetRate: 70})),
			outcome: ProgressAllowed, rate: 60,
			codes: []string{pcSR, pcUnc, pcNot, CodeProgressConditionsRateMissed, CodeProgressConditionsRescued, pcSuff},
		},
		{
			name:    "PXL, cohort 2023-2024: the decree applies there too, combined in an unconfirmed way",
			rec:     progressRecord(auhl.PXL, py23, progressOpen(progressYear(py23, 60, 40), 20), progressOpen(progressYear(y24, 60, 50), 10)),
			outcome: ProgressRefused, until: "2030-2031", rate: 83.3,
			codes: []string{pcSR, pcUnc, pcApp, pcUnc, CodeProgressDrempelpakketRefused, pcUnc},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NoError(t, tt.rec.Validate())
			dec, err := DecideProgress(tt.rec)
			require.NoError(t, err)
			assert.Equal(t, tt.outcome, dec.Outcome)
			assert.Equal(t, tt.codes, codes(dec.Findings))
			assert.InDelta(t, tt.rate, dec.SuccessRate, 1e-9)
			assert.Equal(t, tt.open, dec.RefusalOpen)
			if tt.until == "" {
				assert.True(t, dec.RefusedUntil.IsZero(), "refused until %s", dec.RefusedUntil)
			} else {
				assert.Equal(t, year(tt.until), dec.RefusedUntil)
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
func checkProgressFindings(t *testing.T, rec ProgressRecord, dec ProgressDecision) {
	t.Helper()
	hasError, hasUnconfirmed := false, false
	for _, f := range dec.Findings {
		hasError = hasError || f.Severity == auhl.Error
		hasUnconfirmed = hasUnconfirmed || f.Code == CodeProgressUnconfirmed
		assert.NotEmpty(t, f.Source.Title, f.Code)
		if f.Source.URL == "" {
			assert.True(t, f.Source.Title == DefaultProgressRules().Sources["hln-weyts"].Title ||
				f.Source.Title == DefaultProgressRules().Sources["pxl-oefenprogramma"].Title, "%s has no URL", f.Code)
		}
		assert.Equal(t, dec.Year.String(), f.Params["year"].String(), f.Code)
		for _, l := range auhl.Langs() {
			s := i18n.Render(l, f)
			assert.NotContains(t, s, "{", f.Code)
			assert.NotContains(t, s, "–", "%s: a parameter is missing in %q", f.Code, s)
		}
	}
	assert.Equal(t, dec.Outcome == ProgressRefused, hasError, "an error finding exactly when refused")
	if rec.Institution == auhl.PXL {
		assert.True(t, hasUnconfirmed, "a PXL decision says that PXL's rules are unconfirmed")
	}
}

// TestProgressRefusalOfOneYear: a newer rules file may give a refusal of
// one academic year; the messages say so in the singular.
func TestProgressRefusalOfOneYear(t *testing.T) {
	f := auhl.Finding{Code: CodeProgressRateRefused, Params: auhl.Params{"year": auhl.Str(y25), "rate": auhl.Num(12.5),
		"threshold": auhl.Int(30), "years": auhl.Int(1), "until": auhl.Str(y25)}}
	assert.Contains(t, i18n.Render(auhl.Dutch, f), "geldt 1 academiejaar, tot en met 2025-2026")
	assert.Contains(t, i18n.Render(auhl.English, f), "for 1 academic year, up to and including 2025-2026")
	assert.Contains(t, i18n.Render(auhl.Dutch, f), "(12,5%)")
}

// TestDecideProgressEveryYear: the three years decide the same, and a
// year after them is an error, not a fallback.
func TestDecideProgressEveryYear(t *testing.T) {
	for _, y := range []auhl.AcademicYear{year(y24), year(y25), year(y26)} {
		for _, rec := range []ProgressRecord{
			{Institution: auhl.UHasselt, Cohort: year(py22), Enrolments: []ProgressEnrolment{{AcademicYear: y.Prev(), Enrolled: 60, Earned: 30}},
				Courses: []CourseProgress{{ID: "x", Enrolments: 2}}},
			{Institution: auhl.PXL, Cohort: year(py22), Enrolments: []ProgressEnrolment{{AcademicYear: y.Prev(), Enrolled: 60, Earned: 30}}},
		} {
			dec, err := DecideProgress(rec)
			require.NoError(t, err, y)
			assert.Equal(t, y, dec.Year)
			got := append(codes(dec.Findings), string(dec.Outcome))
			if rec.Institution == auhl.UHasselt {
				assert.Equal(t, []string{pcSR, pcNot, CodeProgressCourseRefused, string(ProgressRefused)}, got, y)
				assert.Equal(t, y.Next(), dec.RefusedUntil, "two academic years from %s", y)
			} else {
				assert.Equal(t, []string{pcSR, pcUnc, pcNot, pcCond, string(ProgressAllowedWithConditions)}, got, y)
			}
		}
	}
	rec := progressRecord(auhl.UHasselt, py22, progressYear(y26, 60, 60))
	_, err := DecideProgress(rec)
	assertProblem(t, err, "/enrolments/0/academicYear", CodeProceduresYearUnknown)
	rec = progressRecord(auhl.UHasselt, py22, progressYear(py22, 60, 60))
	_, err = DecideProgress(rec)
	assertProblem(t, err, "/enrolments/0/academicYear", CodeProceduresYearUnknown)
}

func TestDecideProgressInvalid(t *testing.T) {
	ok := progressRecord(auhl.UHasselt, py23, progressOpen(progressYear(py23, 60, 40), 20), progressOpen(progressYear(y24, 60, 50), 10))
	with := func(f func(*ProgressRecord)) ProgressRecord {
		r := ok
		r.Enrolments = append([]ProgressEnrolment(nil), ok.Enrolments...)
		f(&r)
		return r
	}
	tests := []struct {
		name       string
		rec        ProgressRecord
		path, code string
	}{
		{"no institution", with(func(r *ProgressRecord) { r.Institution = "" }), "/institution", auhl.CodeRequired},
		{"the association", with(func(r *ProgressRecord) { r.Institution = auhl.AUHL }), "/institution", auhl.CodeEnum},
		{"no cohort", with(func(r *ProgressRecord) { r.Cohort = auhl.AcademicYear{} }), "/cohort", auhl.CodeRequired},
		{"no enrolments", with(func(r *ProgressRecord) { r.Enrolments = nil }), "/enrolments", auhl.CodeRequired},
		{"earned more than enrolled", with(func(r *ProgressRecord) { r.Enrolments[1].Earned = 61 }), "/enrolments/1/earned", CodeProgressEarnedExceeds},
		{"nothing enrolled", with(func(r *ProgressRecord) { r.Enrolments[1].Enrolled = 0; r.Enrolments[1].Earned = 0 }), "/enrolments/1/enrolled", auhl.CodeNumberRange},
		{"negative earned", with(func(r *ProgressRecord) { r.Enrolments[1].Earned = -1 }), "/enrolments/1/earned", auhl.CodeNumberRange},
		{"years out of order", with(func(r *ProgressRecord) { r.Enrolments[1].AcademicYear = year(py22) }), "/enrolments/1/academicYear", CodeProgressYearOrder},
		{"a year twice", with(func(r *ProgressRecord) { r.Enrolments[1].AcademicYear = year(py23) }), "/enrolments/1/academicYear", CodeProgressYearDuplicate},
		{"before the cohort", with(func(r *ProgressRecord) { r.Cohort = year(y24) }), "/enrolments/0/academicYear", CodeProgressBeforeCohort},
		{"drempelpakket grew", with(func(r *ProgressRecord) { r.Enrolments[1].DrempelpakketOpen = 30 }), "/enrolments/1/drempelpakketOpen", CodeProgressDrempelpakketGrew},
		{"drempelpakket over 60", with(func(r *ProgressRecord) {
			r.Enrolments[0].DrempelpakketOpen = 61
			r.Enrolments[1].DrempelpakketOpen = 61
		}), "/enrolments/0/drempelpakketOpen", CodeProgressDrempelpakketExceeds},
		{"empty conditions", with(func(r *ProgressRecord) { r.Enrolments[1].Conditions = &BindingConditions{PositiveAdvice: true} }), "/enrolments/1/conditions", CodeProgressConditionsEmpty},
		{"target over 100%", with(func(r *ProgressRecord) { r.Enrolments[1].Conditions = &BindingConditions{TargetRate: 101} }), "/enrolments/1/conditions/targetRate", auhl.CodeNumberRange},
		{"a course twice", with(func(r *ProgressRecord) {
			r.Courses = []CourseProgress{{ID: "a", Enrolments: 1}, {ID: "a", Enrolments: 2}}
		}), "/courses/1/id", CodeProgressCourseDuplicate},
		{"a course without id", with(func(r *ProgressRecord) { r.Courses = []CourseProgress{{ID: " ", Enrolments: 1}} }), "/courses/0/id", auhl.CodeRequired},
		{"a fifth course enrolment", with(func(r *ProgressRecord) { r.Courses = []CourseProgress{{ID: "a", Enrolments: 5}} }), "/courses/0/enrolments", auhl.CodeNumberRange},
		{"no course enrolment", with(func(r *ProgressRecord) { r.Courses = []CourseProgress{{ID: "a"}} }), "/courses/0/enrolments", auhl.CodeNumberRange},
		{"a long programme id", with(func(r *ProgressRecord) { r.Programme = strings.Repeat("x", 101) }), "/programme", CodeProgressTooLong},
		{"too many planned credits", with(func(r *ProgressRecord) { r.PlannedCredits = 241 }), "/plannedCredits", auhl.CodeNumberRange},
		{"an unknown year", progressRecord(auhl.UHasselt, py22, progressYear("2029-2030", 60, 60)), "/enrolments/0/academicYear", CodeProceduresYearUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dec, err := DecideProgress(tt.rec)
			assertProblem(t, err, tt.path, tt.code)
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
	r, err := DecodeProgressRecord([]byte(`{"institution": "uhasselt", "programme": "bachelor-informatica", "cohort": "2023-2024",
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
		{`{"institution": "pxl", "cohort": "2023-2024", "enrolments": [{"academicYear": "2023-2024", "enrolled": 60, "earned": 70}]}`, "/enrolments/0/earned", CodeProgressEarnedExceeds},
	} {
		_, err := DecodeProgressRecord([]byte(tt.doc))
		assertProblem(t, err, tt.path, tt.code)
	}
	_, err = DecodeProgressRecord(make([]byte, MaxProgressBytes+1))
	assertProblem(t, err, "", auhl.CodeJSONTooLarge)
}

func TestProgressOutcomeEnum(t *testing.T) {
	assert.Equal(t, []string{"allowed", "allowed-with-conditions", "refused"}, ProgressOutcome("").Enum())
	var o ProgressOutcome
	require.NoError(t, o.UnmarshalText([]byte("refused")))
	assert.True(t, o.Valid())
	assert.ErrorIs(t, o.UnmarshalText([]byte("maybe")), auhl.ErrInvalid)
	assert.False(t, ProgressOutcome("maybe").Valid())

	b, err := json.Marshal(ProgressDecision{Outcome: ProgressAllowed, Year: year(y25)})
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
		r, err := DecodeProgressRecord(data)
		if err != nil {
			if !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("DecodeProgressRecord: an error that is not ErrInvalid: %v", err)
			}
			return
		}
		again, err := json.Marshal(r)
		require.NoError(t, err)
		r2, err := DecodeProgressRecord(again)
		require.NoError(t, err, "a valid progressRecord encodes to a valid progressRecord")
		assert.Equal(t, r, r2)
		dec, err := DecideProgress(r)
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
	rec := progressRecord(auhl.UHasselt, py23, progressOpen(progressYear(py23, 60, 30), 30), progressOpen(progressYear(y24, 45, 32), 6))
	rec.Enrolments[1].Conditions = &BindingConditions{MaxCredits: 45, TargetRate: 70}
	rec.Courses = []CourseProgress{{ID: "a", Enrolments: 2}, {ID: "b", Enrolments: 2, Passed: true}, {ID: "c", Enrolments: 1}}
	rec.PlannedCredits = 75
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecideProgress(rec); err != nil {
			b.Fatal(err)
		}
	}
}
