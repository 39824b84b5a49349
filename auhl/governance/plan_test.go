package governance

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
)

func TestDefaultPlan(t *testing.T) {
	f := DefaultPlan()
	p2025, err := NewPlanPeriod(2025, 2028)
	require.NoError(t, err)
	plan, err := f.For(p2025)
	require.NoError(t, err)
	require.Len(t, plan.Themes, 10)
	ten, ok := plan.Theme(10)
	require.True(t, ok)
	assert.Equal(t, "Good governance", ten.Title.EN)
	var ids []string
	for _, a := range ten.Actions {
		ids = append(ids, a.ID)
		assert.Empty(t, a.Indicators, "the plan names no indicator: none invented")
	}
	assert.Contains(t, ids, "t10-evaluation")
	one, _ := plan.Theme(1)
	assert.Equal(t, []auhl.Institution{auhl.AUHL}, one.Actions[0].Owners)
	_, err = f.For(PlanPeriod{})
	assert.ErrorIs(t, err, auhl.ErrInvalid)
	_, ok = plan.Theme(11)
	assert.False(t, ok)
}

func TestPlanPeriod(t *testing.T) {
	var p PlanPeriod
	require.NoError(t, json.Unmarshal([]byte(`"2025-2028"`), &p))
	assert.Equal(t, "2025-2028", p.String())
	assert.Equal(t, 2025, p.From())
	assert.Equal(t, 2028, p.To())
	for _, bad := range []string{`"2028-2025"`, `"25-28"`, `"2025"`, `"abcd-efgh"`} {
		assert.Error(t, json.Unmarshal([]byte(bad), &p), bad)
	}
	q, _ := NewPlanPeriod(2029, 2032)
	assert.Equal(t, -1, p.Compare(q))
	assert.Equal(t, 1, q.Compare(p))
	assert.Equal(t, 0, p.Compare(p))
}

func f64(x float64) *float64 { return &x }

func TestActionStatus(t *testing.T) {
	d := auhl.MustParseDate
	a := Action{ID: "x", Due: d("2026-12-31"),
		Indicators: []Indicator{{ID: "i", Direction: Increase, Baseline: f64(10), Target: f64(20), Current: f64(15)}},
		CheckIns: []CheckIn{
			{Date: d("2026-03-01"), Confidence: High},
			{Date: d("2026-09-01"), Confidence: Medium},
			{Date: d("2026-06-01"), Confidence: Low},
		},
	}
	tests := []struct {
		on   string
		want Status
		last string
	}{
		{"2026-01-01", NoCheckIn, ""},
		{"2026-03-01", OnTrack, "2026-03-01"},
		{"2026-07-01", OffTrack, "2026-06-01"},
		{"2026-10-01", AtRisk, "2026-09-01"},
		{"2027-01-01", OffTrack, "2026-09-01"}, // past due, target not reached
	}
	for _, tt := range tests {
		t.Run(tt.on, func(t *testing.T) {
			got, last := a.StatusOn(d(tt.on))
			assert.Equal(t, tt.want, got)
			if tt.last == "" {
				assert.Nil(t, last)
			} else {
				assert.Equal(t, d(tt.last), last.Date)
			}
		})
	}
	a.Indicators[0].Current = f64(20)
	got, _ := a.StatusOn(d("2027-01-01"))
	assert.Equal(t, AtRisk, got, "past due with the target reached: the check-in decides")
	a.Indicators[0].Direction, a.Indicators[0].Current = Decrease, f64(25)
	got, _ = a.StatusOn(d("2027-01-01"))
	assert.Equal(t, OffTrack, got)
}

func TestInvalidPlans(t *testing.T) {
	data := []byte(`{"version":"1","sources":{"s":{"title":"t"}},"years":[{"period":"2025-2028","title":{"nl":"p","en":"p"},"source":"s",
		"themes":[{"number":2,"title":{"nl":"t","en":"t"},"question":{"nl":"q","en":""},"source":"s","actions":[
			{"id":"a","title":{"nl":"a","en":"a"},"owners":["kuleuven"],"source":"s"},
			{"id":"a","title":{"nl":"a","en":"a"},"start":"2026-02-30","due":"2025-01-01","source":"s",
			 "indicators":[{"id":"i","title":{"nl":"i","en":"i"},"direction":"up"}],
			 "checkIns":[{"date":"2026-01-01","confidence":"sure"}]}]}]}]}`)
	_, err := ParsePlan(data)
	require.ErrorIs(t, err, auhl.ErrInvalid)
	assert.ElementsMatch(t, []string{
		"/years/0/themes/0/actions/0/owners/0 " + auhl.CodeEnum,
		"/years/0/themes/0/number " + auhl.CodeNumberRange,
		"/years/0/themes/0/question " + auhl.CodeTextMissing,
		"/years/0/themes/0/actions/1/id rules.entry-duplicate",
		"/years/0/themes/0/actions/1/start " + auhl.CodeDateFormat,
		"/years/0/themes/0/actions/1/indicators/0/direction " + auhl.CodeEnum,
		"/years/0/themes/0/actions/1/checkIns/0/confidence " + auhl.CodeEnum,
	}, problems(t, err))
}

func TestCompare(t *testing.T) {
	fw := testFramework(t)
	round := func(y string, xs ...int) *Evaluation {
		r := &Round{Framework: "t", Edition: "1", AcademicYear: year(t, y), MinGroupSize: 3}
		for i, x := range xs {
			r.Respondents = append(r.Respondents, resp("b"+itoa(i), Board, v("a1", x), v("b1", 3)))
		}
		ev, err := Evaluate(fw, r, Options{})
		require.NoError(t, err)
		return ev
	}
	from := round("2024-2025", 2, 2, 3, 2, 1)
	to := round("2025-2026", 5, 4, 5, 4, 5)
	tr, err := Compare(from, to, Options{})
	require.NoError(t, err)
	var a1 []Change
	for _, c := range tr.Changes {
		if c.Criterion == "a1" {
			a1 = append(a1, c)
		}
	}
	require.Len(t, a1, 2, "all groups and the board")
	assert.InDelta(t, 90-25, a1[0].Delta, 1e-9)
	assert.True(t, a1[0].Significant)
	assert.Equal(t, TestWelch, a1[0].Test.Name)
	assert.Contains(t, findingCodes(tr.Findings), CodeTrendUp)
	for _, c := range tr.Changes {
		if c.Criterion == "b1" {
			assert.False(t, c.Significant, "no change at all")
			assert.Equal(t, 1.0, c.Test.P)
		}
	}
	_, err = Compare(to, from, Options{})
	assert.Equal(t, []string{"/academicYear " + CodeRoundsOrder}, problems(t, err))
	// Welch's t against a figure by hand: means 90 and 25, SDs 13.693
	// and 17.678, n 5 and 5: t = 65 / √(37.5 + 62.5) = 6.5.
	assert.InDelta(t, 6.5, a1[0].Test.T, 1e-9)
	assert.InDelta(t, 7.52, a1[0].Test.DF, 0.01)
	assert.InDelta(t, 0.00024, a1[0].Test.P, 0.00005)
}

func TestStudentP(t *testing.T) {
	// Two-sided p-values of Student's t from tables.
	tests := []struct{ t, df, p float64 }{
		{2.228, 10, 0.05},
		{1.96, 1e6, 0.05},
		{3.169, 10, 0.01},
		{0, 5, 1},
	}
	for _, tt := range tests {
		assert.InDelta(t, tt.p, studentP(tt.t, tt.df), 5e-4)
	}
}

func TestRegister(t *testing.T) {
	f, err := Preset(PresetCharter)
	require.NoError(t, err)
	fw := f.Latest()
	reg := Register{Framework: "charter", Edition: "2013", Entries: []RegisterEntry{
		{Criterion: "p1", Applied: true},
		{Criterion: "p2", Explanation: auhl.Text{NL: "De vzw volgt eigen statuten.", EN: "The association follows its own statutes."}},
	}}
	fs, err := reg.Review(fw)
	require.NoError(t, err)
	require.Len(t, fs, 6)
	assert.Equal(t, CodePrincipleApplied, fs[0].Code)
	assert.Equal(t, CodePrincipleExplained, fs[1].Code)
	assert.Equal(t, CodePrincipleMissing, fs[2].Code)
	assert.Equal(t, "p3: het register zegt niet of dit principe wordt toegepast.", i18nRender(fs[2]))

	reg.Entries = append(reg.Entries, RegisterEntry{Criterion: "p3"}, RegisterEntry{Criterion: "p1", Applied: true}, RegisterEntry{Criterion: "p9", Applied: true})
	_, err = reg.Review(fw)
	assert.Equal(t, []string{"/entries/2/explanation " + auhl.CodeRequired, "/entries/3/criterion " + CodeAnswerDuplicate, "/entries/4/criterion " + CodeItemUnknown}, problems(t, err))
}
