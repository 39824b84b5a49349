package afwijkend

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
)

func TestEmbeddedProcedureRulesAreStrictlyValid(t *testing.T) {
	s, err := DecodeRules(rulesData)
	require.NoError(t, err)
	assert.Equal(t, Default(), s)
	for _, y := range []string{testkit.Y24, testkit.Y25, testkit.Y26} {
		r, err := s.For(testkit.Year(y))
		require.NoError(t, err, y)
		var days []auhl.MonthDay
		for _, w := range r.Windows {
			days = append(days, w.Deadline)
		}
		assert.Equal(t, []string{"05-15", "08-25", "09-19"}, []string{days[0].String(), days[1].String(), days[2].String()}, y)
		assert.True(t, r.Windows[0].Recommended)
		g := r.ground(GroundMedicalPsychSocial)
		assert.True(t, g.Unconfirmed, "the 21 + EEA detail is [?]")
		assert.Equal(t, 21, g.MinAge)
	}
	_, err = s.For(testkit.Year(testkit.Y27))
	testkit.AssertProblem(t, err, "/", rules.CodePeriodUnknown)
}

func TestParseProcedureRulesProblems(t *testing.T) {
	var doc map[string]any
	require.NoError(t, json.Unmarshal(rulesData, &doc))
	years := doc["years"].([]any)
	y0 := years[0].(map[string]any)
	afw := y0
	afw["windows"].([]any)[0].(map[string]any)["deadline"] = "02-30"
	afw["grounds"] = afw["grounds"].([]any)[:2]
	afw["dossier"].(map[string]any)["source"] = "nowhere"
	years[1].(map[string]any)["academicYear"] = testkit.Y24
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	_, err = DecodeRules(b)
	require.Error(t, err)
	assert.ErrorIs(t, err, auhl.ErrInvalid)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	got := map[string]string{}
	for _, p := range ve.Problems {
		got[p.Path] = p.Code
	}
	assert.Equal(t, map[string]string{
		"/years/0/windows/0/deadline": auhl.CodeMonthDayFormat,
		"/years/0/grounds":            rules.CodeEntryMissing,
		"/years/0/dossier/source":     rules.CodeSourceUnknown,
		"/years/1/academicYear":       rules.CodePeriodDuplicate,
	}, got)
}

// assertProblem checks that err is a *auhl.ValidationError with a problem
// of code at path ("/" for any path).
var fullDossier = Dossier{CV: true, MotivationLetter: true, Reflection: true, Evidence: true}

func TestAssessCase(t *testing.T) {
	general := Case{AcademicYear: testkit.Year(testkit.Y26), Institution: auhl.PXL, Ground: GroundGeneralLevel}
	with := func(c Case, f func(*Case)) Case { f(&c); return c }
	tests := []struct {
		name     string
		c        Case
		on       auhl.Date
		stage    Stage
		missing  []DossierPart
		deadline auhl.Date
		codes    []string
	}{
		{
			name: "nothing ready in March: all parts missing, the recommended 15 May next",
			c:    general, on: testkit.Day("2026-03-01"), stage: StageDossier,
			missing:  []DossierPart{PartCV, PartMotivationLetter, PartReflection, PartEvidence},
			deadline: testkit.Day("2026-05-15"),
			codes:    []string{CodeGround, CodeMissing, CodeMissing, CodeMissing, CodeMissing, CodeNextDeadlineRecommended},
		},
		{
			name: "15 May itself is still in time",
			c:    with(general, func(c *Case) { c.Dossier = fullDossier }), on: testkit.Day("2026-05-15"), stage: StageDossier,
			deadline: testkit.Day("2026-05-15"),
			codes:    []string{CodeGround, CodeNextDeadlineRecommended},
		},
		{
			name: "June: the recommended period is over, 25 August next",
			c:    with(general, func(c *Case) { c.Dossier = Dossier{CV: true, MotivationLetter: true, Reflection: true} }), on: testkit.Day("2026-06-10"), stage: StageDossier,
			missing: []DossierPart{PartEvidence}, deadline: testkit.Day("2026-08-25"),
			codes: []string{CodeGround, CodeMissing, CodeRecommendedPassed, CodeNextDeadline},
		},
		{
			name: "early September: 19 September next",
			c:    with(general, func(c *Case) { c.Dossier = fullDossier }), on: testkit.Day("2026-09-01"), stage: StageDossier,
			deadline: testkit.Day("2026-09-19"),
			codes:    []string{CodeGround, CodeRecommendedPassed, CodeNextDeadline},
		},
		{
			name: "after 19 September: too late for the year",
			c:    with(general, func(c *Case) { c.Dossier = fullDossier }), on: testkit.Day("2026-09-20"), stage: StageClosed,
			codes: []string{CodeGround, CodeRecommendedPassed, CodeTooLate},
		},
		{
			name: "submitted in the first window: the assessment follows (its criteria unconfirmed)",
			c:    with(general, func(c *Case) { c.Dossier = fullDossier; c.Submitted = testkit.Day("2026-05-02") }), on: testkit.Day("2026-05-20"), stage: StageAssessment,
			codes: []string{CodeGround, CodeSubmitted, CodeAssessmentNext, CodeUnconfirmed},
		},
		{
			name: "submitted after the last deadline",
			c:    with(general, func(c *Case) { c.Dossier = fullDossier; c.Submitted = testkit.Day("2026-09-25") }), on: testkit.Day("2026-10-01"), stage: StageClosed,
			codes: []string{CodeGround, CodeSubmittedLate},
		},
		{
			name: "passed: a toelatingsbewijs",
			c: with(general, func(c *Case) {
				c.Dossier = fullDossier
				c.Submitted = testkit.Day("2026-05-02")
				c.Assessment = AssessmentPassed
			}), on: testkit.Day("2026-06-20"), stage: StageAdmitted,
			codes: []string{CodeGround, CodeAdmitted},
		},
		{
			name: "failed: next attempt for a later year",
			c: with(general, func(c *Case) {
				c.Dossier = fullDossier
				c.Submitted = testkit.Day("2026-05-02")
				c.Assessment = AssessmentFailed
			}), on: testkit.Day("2026-06-20"), stage: StageNotAdmitted,
			codes: []string{CodeGround, CodeNotAdmitted},
		},
		{
			name: "an earlier attempt for the same year uses the one attempt",
			c: with(general, func(c *Case) {
				c.EarlierAttempts = []Attempt{{testkit.Year(testkit.Y25), AssessmentFailed}, {testkit.Year(testkit.Y26), AssessmentFailed}}
			}), on: testkit.Day("2026-07-01"), stage: StageClosed,
			codes: []string{CodeGround, CodeAttemptUsed},
		},
		{
			name: "an attempt of an earlier year does not count",
			c: with(general, func(c *Case) {
				c.Dossier = fullDossier
				c.EarlierAttempts = []Attempt{{testkit.Year(testkit.Y25), AssessmentFailed}}
			}), on: testkit.Day("2026-04-01"), stage: StageDossier,
			deadline: testkit.Day("2026-05-15"),
			codes:    []string{CodeGround, CodeNextDeadlineRecommended},
		},
		{
			name: "medical ground, 22 and EEA: conditions met but unconfirmed",
			c: with(general, func(c *Case) {
				c.Ground, c.Age, c.EEANationality, c.Dossier = GroundMedicalPsychSocial, 22, true, fullDossier
			}), on: testkit.Day("2026-04-01"), stage: StageDossier, deadline: testkit.Day("2026-05-15"),
			codes: []string{CodeGround, CodeUnconfirmed, CodeNextDeadlineRecommended},
		},
		{
			name: "medical ground, 19 without EEA nationality: closed, and the condition is unconfirmed",
			c: with(general, func(c *Case) {
				c.Ground, c.Age, c.Dossier = GroundMedicalPsychSocial, 19, fullDossier
			}), on: testkit.Day("2026-04-01"), stage: StageClosed,
			codes: []string{CodeGround, CodeUnconfirmed, CodeGroundAge, CodeGroundNationality},
		},
		{
			name: "medical ground without an age: it is needed, the case stays open",
			c: with(general, func(c *Case) {
				c.Ground, c.EEANationality, c.Dossier = GroundMedicalPsychSocial, true, fullDossier
			}), on: testkit.Day("2026-04-01"), stage: StageDossier, deadline: testkit.Day("2026-05-15"),
			codes: []string{CodeGround, CodeUnconfirmed, CodeGroundAgeUnknown, CodeNextDeadlineRecommended},
		},
		{
			name: "humanitarian ground in 2024-2025",
			c:    Case{AcademicYear: testkit.Year(testkit.Y24), Ground: GroundHumanitarian, Dossier: fullDossier}, on: testkit.Day("2024-08-01"), stage: StageDossier,
			deadline: testkit.Day("2024-08-25"),
			codes:    []string{CodeGround, CodeRecommendedPassed, CodeNextDeadline},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := Decide(tt.c, tt.on)
			require.NoError(t, err)
			assert.Equal(t, tt.stage, st.Stage)
			assert.Equal(t, tt.missing, st.Missing)
			assert.Equal(t, tt.deadline, st.NextDeadline)
			assert.Equal(t, tt.codes, testkit.Codes(st.Findings))
			for _, f := range st.Findings {
				assert.NotEmpty(t, f.Source.URL, f.Code)
				for _, l := range auhl.Langs() {
					assert.NotContains(t, i18n.Render(l, f), "{", f.Code)
				}
			}
		})
	}
}

func TestAssessCaseInvalid(t *testing.T) {
	ok := Case{AcademicYear: testkit.Year(testkit.Y26), Ground: GroundGeneralLevel, Dossier: fullDossier}
	tests := []struct {
		name       string
		c          Case
		on         auhl.Date
		path, code string
	}{
		{"no year", Case{Ground: GroundGeneralLevel}, testkit.Day("2026-03-01"), "/academicYear", auhl.CodeRequired},
		{"no ground", Case{AcademicYear: testkit.Year(testkit.Y26)}, testkit.Day("2026-03-01"), "/ground", auhl.CodeRequired},
		{"unknown year", Case{AcademicYear: testkit.Year(testkit.Y30), Ground: GroundGeneralLevel}, testkit.Day("2026-03-01"), "/academicYear", rules.CodePeriodUnknown},
		{"no day", ok, auhl.Date{}, "", auhl.CodeRequired},
		{"submitted after the day", Case{AcademicYear: testkit.Year(testkit.Y26), Ground: GroundGeneralLevel, Dossier: fullDossier, Submitted: testkit.Day("2026-05-10")}, testkit.Day("2026-05-01"), "/submitted", CodeDateAfterOn},
		{"submitted incomplete", Case{AcademicYear: testkit.Year(testkit.Y26), Ground: GroundGeneralLevel, Submitted: testkit.Day("2026-05-10")}, testkit.Day("2026-05-11"), "/submitted", CodeSubmittedIncomplete},
		{"assessment without submission", Case{AcademicYear: testkit.Year(testkit.Y26), Ground: GroundGeneralLevel, Assessment: AssessmentPassed}, testkit.Day("2026-05-11"), "/assessment", CodeAssessmentWithoutSubmission},
		{"attempt after the year", Case{AcademicYear: testkit.Year(testkit.Y25), Ground: GroundGeneralLevel, EarlierAttempts: []Attempt{{testkit.Year(testkit.Y26), AssessmentPassed}}}, testkit.Day("2025-05-11"), "/earlierAttempts/0/academicYear", CodeAttemptAfterYear},
		{"age out of range", Case{AcademicYear: testkit.Year(testkit.Y26), Ground: GroundGeneralLevel, Age: -1}, testkit.Day("2026-05-11"), "/age", auhl.CodeNumberRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := Decide(tt.c, tt.on)
			testkit.AssertProblem(t, err, tt.path, tt.code)
			assert.Zero(t, st)
		})
	}
}

func TestDecodeCase(t *testing.T) {
	c, err := DecodeCase([]byte(`{"academicYear": "2026-2027", "institution": "uhasselt", "ground": "general-level",
		"dossier": {"cv": true, "motivationLetter": true, "reflection": true, "evidence": true},
		"submitted": "2026-05-02", "earlierAttempts": [{"academicYear": "2025-2026", "result": "failed"}]}`))
	require.NoError(t, err)
	assert.Equal(t, GroundGeneralLevel, c.Ground)
	assert.Equal(t, testkit.Day("2026-05-02"), c.Submitted)

	for _, tt := range []struct{ doc, path, code string }{
		{`{"academicYear": "2026-2027", "ground": "bribery", "dossier": {}}`, "/ground", auhl.CodeEnum},
		{`{"academicYear": "2026-2027", "ground": "general-level", "dossier": {"photo": true}}`, "/dossier/photo", auhl.CodeJSONUnknownField},
		{`{"academicYear": "2026-2027", "ground": "general-level", "dossier": {}, "submitted": "15 May"}`, "/submitted", auhl.CodeDateFormat},
		{`{"academicYear": "2026-2027", "ground": "general-level", "dossier": {}, "assessment": "maybe"}`, "/assessment", auhl.CodeEnum},
		{`{"academicYear": "2026", "ground": "general-level", "dossier": {}}`, "/academicYear", auhl.CodeYearFormat},
	} {
		_, err := DecodeCase([]byte(tt.doc))
		testkit.AssertProblem(t, err, tt.path, tt.code)
	}
	_, err = DecodeCase(make([]byte, MaxCaseBytes+1))
	testkit.AssertProblem(t, err, "", auhl.CodeJSONTooLarge)
}

func FuzzDecodeCase(f *testing.F) {
	for _, s := range []string{
		`{"academicYear": "2026-2027", "ground": "general-level", "dossier": {"cv": true}}`,
		`{"academicYear": "2026-2027", "institution": "pxl", "ground": "medical-psychological-social", "age": 21, "eeaNationality": true, "dossier": {"cv": true, "motivationLetter": true, "reflection": true, "evidence": true}, "submitted": "2026-08-20", "assessment": "passed"}`,
		`{"academicYear": "2025-2026", "ground": "humanitarian", "dossier": {}, "earlierAttempts": [{"academicYear": "2025-2026", "result": "failed"}]}`,
		`{"academicYear": "2030-2031", "ground": "humanitarian", "dossier": {}}`,
		`[]`, `null`,
	} {
		f.Add([]byte(s), "2026-05-01")
	}
	f.Fuzz(func(t *testing.T, data []byte, on string) {
		c, err := DecodeCase(data)
		if err != nil {
			if !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("DecodeCase: an error that is not ErrInvalid: %v", err)
			}
			return
		}
		day, _ := auhl.ParseDate(on) // no date when on is none
		st, err := Decide(c, day)
		if err != nil {
			if !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("AssessCase: an error that is not ErrInvalid: %v", err)
			}
			return
		}
		require.NotEmpty(t, st.Findings)
		again, err := json.Marshal(c)
		require.NoError(t, err)
		c2, err := DecodeCase(again)
		require.NoError(t, err, "a valid case encodes to a valid case")
		assert.Equal(t, c, c2)
	})
}

// BenchmarkAssessCase assesses a case on the medical ground (with its
// unconfirmed conditions) whose dossier lacks two parts, after the
// recommended first window.
func BenchmarkAssessCase(b *testing.B) {
	c := Case{AcademicYear: testkit.Year(testkit.Y26), Ground: GroundMedicalPsychSocial, Age: 24, EEANationality: true,
		Dossier: Dossier{CV: true, Reflection: true}, EarlierAttempts: []Attempt{{testkit.Year(testkit.Y24), AssessmentFailed}}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decide(c, testkit.Day("2026-06-10")); err != nil {
			b.Fatal(err)
		}
	}
}
