package procedures

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
)

func TestEmbeddedProcedureRulesAreStrictlyValid(t *testing.T) {
	s, err := ParseProcedureRules(proceduresData)
	require.NoError(t, err)
	assert.Equal(t, DefaultProcedureRules(), s)
	for _, y := range []string{y24, y25, y26} {
		r, err := s.For(year(y))
		require.NoError(t, err, y)
		var days []MonthDay
		for _, w := range r.Afwijkend.Windows {
			days = append(days, w.Deadline)
		}
		assert.Equal(t, []MonthDay{"05-15", "08-25", "09-19"}, days, y)
		assert.True(t, r.Afwijkend.Windows[0].Recommended)
		g := r.Afwijkend.ground(GroundMedicalPsychSocial)
		assert.True(t, g.Unconfirmed, "the 21 + EEA detail is [?]")
		assert.Equal(t, 21, g.MinAge)
		assert.Equal(t, 3, r.EVC.Assessors.Count)
		assert.Equal(t, 7, r.EVC.Appeal.Days)
		assert.Equal(t, 5, r.EVC.Actualisation.Years)
		for _, w := range r.EVC.IntakeWindows {
			assert.True(t, w.Unconfirmed, "AUHL is only very likely analogous to AUHA")
		}
	}
	_, err = s.For(year(y27))
	assertProblem(t, err, "/", CodeProceduresYearUnknown)
}

func TestParseProcedureRulesProblems(t *testing.T) {
	var doc map[string]any
	require.NoError(t, json.Unmarshal(proceduresData, &doc))
	years := doc["years"].([]any)
	y0 := years[0].(map[string]any)
	afw := y0["afwijkend"].(map[string]any)
	afw["windows"].([]any)[0].(map[string]any)["deadline"] = "02-30"
	afw["grounds"] = afw["grounds"].([]any)[:2]
	afw["dossier"].(map[string]any)["source"] = "nowhere"
	evc := y0["evc"].(map[string]any)
	evc["assessors"].(map[string]any)["count"] = 0
	years[1].(map[string]any)["academicYear"] = y24
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	_, err = ParseProcedureRules(b)
	require.Error(t, err)
	assert.ErrorIs(t, err, auhl.ErrInvalid)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	got := map[string]string{}
	for _, p := range ve.Problems {
		got[p.Path] = p.Code
	}
	assert.Equal(t, map[string]string{
		"/years/0/afwijkend/windows/0/deadline": CodeMonthDayFormat,
		"/years/0/afwijkend/grounds":            CodeRulesMissingEntry,
		"/years/0/afwijkend/dossier/source":     CodeRulesUnknownSource,
		"/years/0/evc/assessors/count":          auhl.CodeNumberRange,
		"/years/1/academicYear":                 CodeRulesDuplicateYear,
	}, got)
}

// assertProblem checks that err is a *auhl.ValidationError with a problem
// of code at path ("/" for any path).
func assertProblem(t *testing.T, err error, path, code string) {
	t.Helper()
	require.Error(t, err)
	assert.ErrorIs(t, err, auhl.ErrInvalid)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	for _, p := range ve.Problems {
		if p.Code == code && (path == "/" || p.Path == path) {
			return
		}
	}
	t.Errorf("no problem %s at %s in %v", code, path, ve.Problems)
}

var fullDossier = Dossier{CV: true, MotivationLetter: true, Reflection: true, Evidence: true}

func codes(fs []auhl.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Code
	}
	return out
}

func TestAssessCase(t *testing.T) {
	general := Case{AcademicYear: year(y26), Institution: auhl.PXL, Ground: GroundGeneralLevel}
	with := func(c Case, f func(*Case)) Case { f(&c); return c }
	tests := []struct {
		name     string
		c        Case
		on       Date
		stage    CaseStage
		missing  []DossierPart
		deadline Date
		codes    []string
	}{
		{
			name: "nothing ready in March: all parts missing, the recommended 15 May next",
			c:    general, on: "2026-03-01", stage: StageDossier,
			missing:  []DossierPart{PartCV, PartMotivationLetter, PartReflection, PartEvidence},
			deadline: "2026-05-15",
			codes:    []string{CodeAfwijkendGround, CodeAfwijkendMissing, CodeAfwijkendMissing, CodeAfwijkendMissing, CodeAfwijkendMissing, CodeAfwijkendNextDeadlineRecommended},
		},
		{
			name: "15 May itself is still in time",
			c:    with(general, func(c *Case) { c.Dossier = fullDossier }), on: "2026-05-15", stage: StageDossier,
			deadline: "2026-05-15",
			codes:    []string{CodeAfwijkendGround, CodeAfwijkendNextDeadlineRecommended},
		},
		{
			name: "June: the recommended period is over, 25 August next",
			c:    with(general, func(c *Case) { c.Dossier = Dossier{CV: true, MotivationLetter: true, Reflection: true} }), on: "2026-06-10", stage: StageDossier,
			missing: []DossierPart{PartEvidence}, deadline: "2026-08-25",
			codes: []string{CodeAfwijkendGround, CodeAfwijkendMissing, CodeAfwijkendRecommendedPassed, CodeAfwijkendNextDeadline},
		},
		{
			name: "early September: 19 September next",
			c:    with(general, func(c *Case) { c.Dossier = fullDossier }), on: "2026-09-01", stage: StageDossier,
			deadline: "2026-09-19",
			codes:    []string{CodeAfwijkendGround, CodeAfwijkendRecommendedPassed, CodeAfwijkendNextDeadline},
		},
		{
			name: "after 19 September: too late for the year",
			c:    with(general, func(c *Case) { c.Dossier = fullDossier }), on: "2026-09-20", stage: StageClosed,
			codes: []string{CodeAfwijkendGround, CodeAfwijkendRecommendedPassed, CodeAfwijkendTooLate},
		},
		{
			name: "submitted in the first window: the assessment follows (its criteria unconfirmed)",
			c:    with(general, func(c *Case) { c.Dossier = fullDossier; c.Submitted = "2026-05-02" }), on: "2026-05-20", stage: StageAssessment,
			codes: []string{CodeAfwijkendGround, CodeAfwijkendSubmitted, CodeAfwijkendAssessmentNext, CodeAfwijkendUnconfirmed},
		},
		{
			name: "submitted after the last deadline",
			c:    with(general, func(c *Case) { c.Dossier = fullDossier; c.Submitted = "2026-09-25" }), on: "2026-10-01", stage: StageClosed,
			codes: []string{CodeAfwijkendGround, CodeAfwijkendSubmittedLate},
		},
		{
			name: "passed: a toelatingsbewijs",
			c:    with(general, func(c *Case) { c.Dossier = fullDossier; c.Submitted = "2026-05-02"; c.Assessment = AssessmentPassed }), on: "2026-06-20", stage: StageAdmitted,
			codes: []string{CodeAfwijkendGround, CodeAfwijkendAdmitted},
		},
		{
			name: "failed: next attempt for a later year",
			c:    with(general, func(c *Case) { c.Dossier = fullDossier; c.Submitted = "2026-05-02"; c.Assessment = AssessmentFailed }), on: "2026-06-20", stage: StageNotAdmitted,
			codes: []string{CodeAfwijkendGround, CodeAfwijkendNotAdmitted},
		},
		{
			name: "an earlier attempt for the same year uses the one attempt",
			c: with(general, func(c *Case) {
				c.EarlierAttempts = []Attempt{{year(y25), AssessmentFailed}, {year(y26), AssessmentFailed}}
			}), on: "2026-07-01", stage: StageClosed,
			codes: []string{CodeAfwijkendGround, CodeAfwijkendAttemptUsed},
		},
		{
			name: "an attempt of an earlier year does not count",
			c:    with(general, func(c *Case) { c.Dossier = fullDossier; c.EarlierAttempts = []Attempt{{year(y25), AssessmentFailed}} }), on: "2026-04-01", stage: StageDossier,
			deadline: "2026-05-15",
			codes:    []string{CodeAfwijkendGround, CodeAfwijkendNextDeadlineRecommended},
		},
		{
			name: "medical ground, 22 and EEA: conditions met but unconfirmed",
			c: with(general, func(c *Case) {
				c.Ground, c.Age, c.EEANationality, c.Dossier = GroundMedicalPsychSocial, 22, true, fullDossier
			}), on: "2026-04-01", stage: StageDossier, deadline: "2026-05-15",
			codes: []string{CodeAfwijkendGround, CodeAfwijkendUnconfirmed, CodeAfwijkendNextDeadlineRecommended},
		},
		{
			name: "medical ground, 19 without EEA nationality: closed, and the condition is unconfirmed",
			c: with(general, func(c *Case) {
				c.Ground, c.Age, c.Dossier = GroundMedicalPsychSocial, 19, fullDossier
			}), on: "2026-04-01", stage: StageClosed,
			codes: []string{CodeAfwijkendGround, CodeAfwijkendUnconfirmed, CodeAfwijkendGroundAge, CodeAfwijkendGroundNationality},
		},
		{
			name: "medical ground without an age: it is needed, the case stays open",
			c: with(general, func(c *Case) {
				c.Ground, c.EEANationality, c.Dossier = GroundMedicalPsychSocial, true, fullDossier
			}), on: "2026-04-01", stage: StageDossier, deadline: "2026-05-15",
			codes: []string{CodeAfwijkendGround, CodeAfwijkendUnconfirmed, CodeAfwijkendGroundAgeUnknown, CodeAfwijkendNextDeadlineRecommended},
		},
		{
			name: "humanitarian ground in 2024-2025",
			c:    Case{AcademicYear: year(y24), Ground: GroundHumanitarian, Dossier: fullDossier}, on: "2024-08-01", stage: StageDossier,
			deadline: "2024-08-25",
			codes:    []string{CodeAfwijkendGround, CodeAfwijkendRecommendedPassed, CodeAfwijkendNextDeadline},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := AssessCase(tt.c, tt.on)
			require.NoError(t, err)
			assert.Equal(t, tt.stage, st.Stage)
			assert.Equal(t, tt.missing, st.Missing)
			assert.Equal(t, tt.deadline, st.NextDeadline)
			assert.Equal(t, tt.codes, codes(st.Findings))
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
	ok := Case{AcademicYear: year(y26), Ground: GroundGeneralLevel, Dossier: fullDossier}
	tests := []struct {
		name       string
		c          Case
		on         Date
		path, code string
	}{
		{"no year", Case{Ground: GroundGeneralLevel}, "2026-03-01", "/academicYear", auhl.CodeRequired},
		{"no ground", Case{AcademicYear: year(y26)}, "2026-03-01", "/ground", auhl.CodeRequired},
		{"unknown year", Case{AcademicYear: year(y30), Ground: GroundGeneralLevel}, "2026-03-01", "/academicYear", CodeProceduresYearUnknown},
		{"bad day", ok, "2026-13-01", "", CodeDateFormat},
		{"submitted after the day", Case{AcademicYear: year(y26), Ground: GroundGeneralLevel, Dossier: fullDossier, Submitted: "2026-05-10"}, "2026-05-01", "/submitted", CodeDateAfterOn},
		{"submitted incomplete", Case{AcademicYear: year(y26), Ground: GroundGeneralLevel, Submitted: "2026-05-10"}, "2026-05-11", "/submitted", CodeAfwijkendSubmittedIncomplete},
		{"assessment without submission", Case{AcademicYear: year(y26), Ground: GroundGeneralLevel, Assessment: AssessmentPassed}, "2026-05-11", "/assessment", CodeAfwijkendAssessmentWithoutSubmission},
		{"attempt after the year", Case{AcademicYear: year(y25), Ground: GroundGeneralLevel, EarlierAttempts: []Attempt{{year(y26), AssessmentPassed}}}, "2025-05-11", "/earlierAttempts/0/academicYear", CodeAfwijkendAttemptAfterYear},
		{"age out of range", Case{AcademicYear: year(y26), Ground: GroundGeneralLevel, Age: -1}, "2026-05-11", "/age", auhl.CodeNumberRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := AssessCase(tt.c, tt.on)
			assertProblem(t, err, tt.path, tt.code)
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
	assert.Equal(t, Date("2026-05-02"), c.Submitted)

	for _, tt := range []struct{ doc, path, code string }{
		{`{"academicYear": "2026-2027", "ground": "bribery", "dossier": {}}`, "/ground", auhl.CodeEnum},
		{`{"academicYear": "2026-2027", "ground": "general-level", "dossier": {"photo": true}}`, "/dossier/photo", auhl.CodeJSONUnknownField},
		{`{"academicYear": "2026-2027", "ground": "general-level", "dossier": {}, "submitted": "15 May"}`, "/submitted", CodeDateFormat},
		{`{"academicYear": "2026-2027", "ground": "general-level", "dossier": {}, "assessment": "maybe"}`, "/assessment", auhl.CodeEnum},
		{`{"academicYear": "2026", "ground": "general-level", "dossier": {}}`, "/academicYear", auhl.CodeYearFormat},
	} {
		_, err := DecodeCase([]byte(tt.doc))
		assertProblem(t, err, tt.path, tt.code)
	}
	_, err = DecodeCase(make([]byte, MaxCaseBytes+1))
	assertProblem(t, err, "", auhl.CodeJSONTooLarge)
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
		st, err := AssessCase(c, Date(on))
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
	c := Case{AcademicYear: year(y26), Ground: GroundMedicalPsychSocial, Age: 24, EEANationality: true,
		Dossier: Dossier{CV: true, Reflection: true}, EarlierAttempts: []Attempt{{year(y24), AssessmentFailed}}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := AssessCase(c, "2026-06-10"); err != nil {
			b.Fatal(err)
		}
	}
}
