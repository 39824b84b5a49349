package governance

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
)

// TestEvaluateHandComputed checks every figure of the test round against
// figures computed by hand (see testFramework and testRound):
//
//	r1: a1 5→100, a2 2→25 reversed 75, A 87.5; b1 n/a; m 100, 0, and m3
//	    100 withheld (its only answer) → M 50, maturity 1 (level 2 is a
//	    gap); overall (3·87.5 + 50)/4 = 78.125
//	r2: a1 3→50, a2 4→75 reversed 25, A 37.5; b1 4→75 but b1 has one
//	    board answer (< 2), so b1 and B are withheld; m 100, 100, n/a →
//	    M 100, maturity 2; overall (3·37.5 + 100)/4 = 53.125
//	s1: staff has one respondent (< 2): withheld everywhere.
func TestEvaluateHandComputed(t *testing.T) {
	fw := testFramework(t)
	ev, err := Evaluate(fw, testRound(t), Options{})
	require.NoError(t, err)
	assert.Equal(t, []GroupCount{{Group: Board, Respondents: 2}}, ev.Groups)

	r1 := (3*87.5 + 50) / 4
	tests := []struct {
		id             string
		mean, min, max float64
		band           string
		maturity       *Stats
		withheld       bool
	}{
		{id: "", mean: (r1 + 53.125) / 2, min: 53.125, max: r1, band: "mid"},
		{id: "A", mean: 62.5, min: 37.5, max: 87.5, band: "mid"},
		{id: "a1", mean: 75, min: 50, max: 100, band: "mid"},
		{id: "a2", mean: 50, min: 25, max: 75, band: "mid"},
		{id: "B", withheld: true},
		{id: "b1", withheld: true},
		{id: "M", mean: 75, min: 50, max: 100, band: "mid",
			maturity: &Stats{N: 2, Mean: 1.5, Min: 1, Max: 2, SD: math.Sqrt(0.5)}},
		{id: "m1", mean: 100, min: 100, max: 100, band: "high"},
		{id: "m2", mean: 50, min: 0, max: 100, band: "mid"},
		{id: "m3", withheld: true},
	}
	for _, tt := range tests {
		t.Run("criterion "+tt.id, func(t *testing.T) {
			cs, ok := ev.Criterion(tt.id)
			require.True(t, ok)
			if tt.withheld {
				assert.Nil(t, cs.All)
				assert.Empty(t, cs.Groups)
				return
			}
			require.NotNil(t, cs.All)
			assert.InDelta(t, tt.mean, cs.All.Mean, 1e-9)
			assert.InDelta(t, tt.min, cs.All.Min, 1e-9)
			assert.InDelta(t, tt.max, cs.All.Max, 1e-9)
			assert.InDelta(t, math.Abs(tt.max-tt.min)/math.Sqrt2, cs.All.SD, 1e-9, "two values: SD = |x−y|/√2")
			assert.Equal(t, tt.band, cs.All.Band)
			if tt.maturity != nil {
				require.NotNil(t, cs.All.Maturity)
				assert.Equal(t, tt.maturity.N, cs.All.Maturity.N)
				assert.InDelta(t, tt.maturity.Mean, cs.All.Maturity.Mean, 1e-9)
				assert.InDelta(t, tt.maturity.SD, cs.All.Maturity.SD, 1e-9)
			}
			board, ok := cs.Group(Board)
			require.True(t, ok)
			assert.Equal(t, cs.All.Stats, board.Stats, "one group shown: all groups are the board")
		})
	}
	codes := findingCodes(ev.Findings)
	assert.Contains(t, codes, CodeGroupWithheld)
	assert.Contains(t, codes, CodeFiguresWithheld)
	for _, f := range ev.Findings {
		if f.Code == CodeFiguresWithheld {
			assert.Equal(t, auhl.Int(2), f.Params["count"], "b1 and m3; B has no answer once b1 is withheld")
		}
	}
}

func findingCodes(fs []auhl.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Code)
	}
	return out
}

// TestScoringRules checks each rule on a single item, by hand.
func TestScoringRules(t *testing.T) {
	fw := testFramework(t)
	tests := []struct {
		name    string
		answers [][]Answer // one list per board member
		id      string
		mean    float64
		n       int
		level   float64 // the mean maturity level, for M
	}{
		{"lowest is 0", [][]Answer{{v("a1", 1)}, {v("a1", 1)}}, "a1", 0, 2, 0},
		{"highest is 100", [][]Answer{{v("a1", 5)}, {v("a1", 5)}}, "a1", 100, 2, 0},
		{"a reverse item's highest is 0", [][]Answer{{v("a2", 5)}, {v("a2", 5)}}, "a2", 0, 2, 0},
		{"a reverse item's 2 is 75", [][]Answer{{v("a2", 2)}, {v("a2", 2)}}, "a2", 75, 2, 0},
		{"not applicable is left out", [][]Answer{{v("a1", 4)}, {v("a1", 2)}, {na("a1")}}, "a1", 50, 2, 0},
		{"weights: A counts 3, B 1", [][]Answer{{v("a1", 5), v("a2", 1), v("b1", 1)}, {v("a1", 5), v("a2", 1), v("b1", 1)}}, "", 75, 2, 0},
		{"a child without answers is left out of the mean", [][]Answer{{v("b1", 3)}, {v("b1", 3)}}, "", 50, 2, 0},
		// a1: 100, 50, 0 (mean 50); a2: n/a, 75, 25 (mean 50); A per
		// member: (100 + 50)/2, (50 + 75)/2, (0 + 25)/2 = 75, 62.5, 12.5,
		// mean 50 = (50 + 50)/2, where leaving a2 out of the first
		// member's score would give (100 + 62.5 + 12.5)/3 = 58.33.
		{"a child the member did not answer counts at the group's mean", [][]Answer{
			{v("a1", 5), na("a2")}, {v("a1", 3), v("a2", 2)}, {v("a1", 1), v("a2", 4)},
		}, "A", 50, 3, 0},
		{"maturity: the highest level with no gap below", [][]Answer{
			{lv("m1", "yes"), lv("m2", "yes"), lv("m3", "yes")},
			{lv("m1", "yes"), lv("m2", "no"), lv("m3", "yes")},
		}, "M", 500.0 / 6, 2, 2}, // levels 3 and 1
		{"maturity: not applicable is no gap", [][]Answer{
			{lv("m1", "yes"), na("m2"), lv("m3", "yes")},
			{na("m1"), lv("m2", "yes"), lv("m3", "yes")},
		}, "M", 100, 2, 3},
		{"maturity: nothing reached is level 0", [][]Answer{
			{lv("m1", "no"), lv("m2", "yes")}, {lv("m1", "no"), lv("m2", "yes")},
		}, "M", 50, 2, 0},
		{"minimum size: one answer is withheld", [][]Answer{{v("a1", 5)}, {na("a1")}}, "a1", -1, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Round{Framework: "t", Edition: "1", AcademicYear: year(t, "2025-2026"), MinGroupSize: 2}
			for i, as := range tt.answers {
				r.Respondents = append(r.Respondents, resp(string(rune('a'+i)), Board, as...))
			}
			ev, err := Evaluate(fw, r, Options{})
			require.NoError(t, err)
			cs, ok := ev.Criterion(tt.id)
			require.True(t, ok)
			if tt.n == 0 {
				assert.Nil(t, cs.All)
				return
			}
			require.NotNil(t, cs.All)
			assert.Equal(t, tt.n, cs.All.N)
			assert.InDelta(t, tt.mean, cs.All.Mean, 1e-9)
			if cs.All.Maturity != nil {
				assert.InDelta(t, tt.level, cs.All.Maturity.Mean, 1e-9)
			}
		})
	}
}

// TestPoints checks points against figures by hand on the EFQM preset:
// every criterion at 50 % is 500 of 1000 points, criterion 4 (200 points)
// at 70 % is 140.
func TestPoints(t *testing.T) {
	f, err := Preset(PresetEFQM)
	require.NoError(t, err)
	fw := f.Latest()
	r := &Round{Framework: "efqm", Edition: "2020", AcademicYear: year(t, "2025-2026"), MinGroupSize: 2}
	for _, id := range []string{"x", "y"} {
		var as []Answer
		for _, c := range []string{"c1", "c2", "c3", "c5", "c6", "c7"} {
			as = append(as, v(c, 50))
		}
		r.Respondents = append(r.Respondents, resp(id, Board, append(as, v("c4", 50))...))
	}
	ev, err := Evaluate(fw, r, Options{})
	require.NoError(t, err)
	assert.InDelta(t, 500, ev.Overall.All.Points, 1e-9)
	assert.Equal(t, "ability", ev.Overall.All.Band)
	r.Respondents[0].Answers[6].Value, r.Respondents[1].Answers[6].Value = 70, 70
	ev, err = Evaluate(fw, r, Options{})
	require.NoError(t, err)
	c4, _ := ev.Criterion("c4")
	assert.InDelta(t, 140, c4.All.Points, 1e-9)
	assert.Equal(t, "comprehensive", c4.All.Band)
	assert.InDelta(t, 540, ev.Overall.All.Points, 1e-9)
	exe, _ := ev.Criterion("execution")
	assert.InDelta(t, 50+140+50, exe.All.Points, 1e-9)
}

// randomRound is a round of n respondents of random groups on fw, with
// random answers (some not applicable).
func randomRound(rng *rand.Rand, fw *Framework, n, minSize int) *Round {
	r := &Round{Framework: fw.ID, Edition: fw.Edition, AcademicYear: auhl.AcademicYear{}, MinGroupSize: minSize}
	y, _ := auhl.ParseAcademicYear("2025-2026")
	r.AcademicYear = y
	items := itemsOf(fw)
	for i := range n {
		rp := Respondent{ID: "r" + itoa(i), Group: groups[rng.IntN(len(groups))]}
		for _, c := range items {
			s, _ := fw.Scale(c.Scale)
			switch {
			case rng.IntN(10) == 0 && s.NotApplicable:
				rp.Answers = append(rp.Answers, na(c.ID))
			case rng.IntN(12) == 0:
				// left unanswered
			case len(s.Levels) > 0:
				rp.Answers = append(rp.Answers, lv(c.ID, s.Levels[rng.IntN(len(s.Levels))].ID))
			default:
				rp.Answers = append(rp.Answers, v(c.ID, s.Min+rng.IntN(s.Max-s.Min+1)))
			}
		}
		r.Respondents = append(r.Respondents, rp)
	}
	return r
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

func itemsOf(fw *Framework) []*Criterion {
	parents := map[string]bool{}
	for _, c := range fw.Criteria {
		parents[c.Parent] = true
	}
	var out []*Criterion
	for i := range fw.Criteria {
		if !parents[fw.Criteria[i].ID] {
			out = append(out, &fw.Criteria[i])
		}
	}
	return out
}

func mustJSON(t testing.TB, v any) string {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// TestRaisingAnAnswerNeverLowersItsCriterion raises one answer at a time
// (lowers it, for a reverse item) in random rounds: the scores of its
// item and of every criterion above it never go down.
func TestRaisingAnAnswerNeverLowersItsCriterion(t *testing.T) {
	board, err := Preset(PresetAUHLBoard)
	require.NoError(t, err)
	for _, fw := range []*Framework{testFramework(t), board.Latest()} {
		rng := rand.New(rand.NewPCG(1, 2))
		for range 40 {
			r := randomRound(rng, fw, 30, 2)
			before, err := Evaluate(fw, r, Options{})
			require.NoError(t, err)
			ri := rng.IntN(len(r.Respondents))
			rp := &r.Respondents[ri]
			if len(rp.Answers) == 0 {
				continue
			}
			ai := rng.IntN(len(rp.Answers))
			a := &rp.Answers[ai]
			c, _ := fw.Criterion(a.Criterion)
			s, _ := fw.Scale(c.Scale)
			if a.NotApplicable {
				continue
			}
			better := func(x int) int { // one step better, within the scale
				if c.Reverse {
					return max(x-1, s.bottom())
				}
				return min(x+1, s.top())
			}
			if len(s.Levels) > 0 {
				a.Level = s.Levels[better(s.level(a.Level))-1].ID
			} else {
				a.Value = better(a.Value)
			}
			after, err := Evaluate(fw, r, Options{})
			require.NoError(t, err)
			for id := a.Criterion; ; {
				b, _ := before.Criterion(id)
				x, _ := after.Criterion(id)
				if bc, ok := b.Group(rp.Group); ok {
					xc, ok := x.Group(rp.Group)
					require.True(t, ok)
					assert.GreaterOrEqual(t, xc.Mean, bc.Mean-1e-9, "criterion %q, group %s", id, rp.Group)
				}
				if b.All != nil {
					assert.GreaterOrEqual(t, x.All.Mean, b.All.Mean-1e-9, "criterion %q, all groups", id)
				}
				if id == "" {
					break
				}
				id = b.Parent
			}
		}
	}
}

// TestOrderOfRespondentsChangesNothing shuffles the respondents of random
// rounds: the evaluation is the same, to the last bit.
func TestOrderOfRespondentsChangesNothing(t *testing.T) {
	fw := testFramework(t)
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20 {
		r := randomRound(rng, fw, 40, 3)
		want, err := Evaluate(fw, r, Options{})
		require.NoError(t, err)
		rng.Shuffle(len(r.Respondents), func(i, j int) { r.Respondents[i], r.Respondents[j] = r.Respondents[j], r.Respondents[i] })
		got, err := Evaluate(fw, r, Options{})
		require.NoError(t, err)
		assert.Equal(t, mustJSON(t, want), mustJSON(t, got))
	}
}

// TestWithheldAnswersChangeNoOutput is the promise that no one can be
// singled out: a group under the minimum size, and a group's figure of a
// criterion with fewer answers than the minimum, leave every output as it
// would be without them. Whatever those answers are, the evaluation, the
// report and the trend are the same to the last bit; so no figure shown,
// nor any difference of two figures shown (a group and all groups, a
// criterion and its parent, two years), depends on them.
func TestWithheldAnswersChangeNoOutput(t *testing.T) {
	fw := testFramework(t)
	rng := rand.New(rand.NewPCG(5, 6))
	base := testRound(t)
	prevRound := testRound(t)
	prevRound.AcademicYear = year(t, "2024-2025")
	prev, err := Evaluate(fw, prevRound, Options{})
	require.NoError(t, err)
	outputs := func(r *Round) string {
		ev, err := Evaluate(fw, r, Options{})
		require.NoError(t, err)
		rep, err := NewReport(fw, ev, prev, nil, auhl.MustParseDate("2026-06-30"), ReportOptions{})
		require.NoError(t, err)
		return mustJSON(t, rep)
	}
	want := outputs(base)
	for range 200 {
		r := testRound(t)
		// The one member of staff (a group under the minimum) answers
		// anything; the board's lone answer to b1 (a figure under the
		// minimum) and r1's m3 (whose figure has one answer) too.
		staff := &r.Respondents[2]
		for i := range staff.Answers {
			a := &staff.Answers[i]
			if a.Level != "" {
				a.Level = []string{"no", "yes"}[rng.IntN(2)]
			} else {
				a.Value = 1 + rng.IntN(5)
			}
		}
		r.Respondents[1].Answers[2].Value = 1 + rng.IntN(5)
		r.Respondents[0].Answers[5].Level = []string{"no", "yes"}[rng.IntN(2)]
		assert.Equal(t, want, outputs(r))
	}
	// Without the member of staff at all, only the finding that a group
	// is withheld goes.
	r := testRound(t)
	r.Respondents = r.Respondents[:2]
	ev, err := Evaluate(fw, r, Options{})
	require.NoError(t, err)
	full, err := Evaluate(fw, base, Options{})
	require.NoError(t, err)
	full.Findings = slices.DeleteFunc(full.Findings, func(f auhl.Finding) bool { return f.Code == CodeGroupWithheld })
	assert.Equal(t, mustJSON(t, ev), mustJSON(t, full))
}

// TestWithheldGroupAppearsNowhere checks that the name of a withheld
// group appears in no figure of any output, only in the finding that
// says it is withheld.
func TestWithheldGroupAppearsNowhere(t *testing.T) {
	fw := testFramework(t)
	ev, err := Evaluate(fw, testRound(t), Options{})
	require.NoError(t, err)
	findings := ev.Findings
	ev.Findings = nil
	assert.NotContains(t, mustJSON(t, ev), `"staff"`)
	for _, f := range findings {
		if f.Code != CodeGroupWithheld {
			assert.NotContains(t, mustJSON(t, f), "staff")
		}
	}
}

func TestDisagreement(t *testing.T) {
	fw := testFramework(t)
	r := &Round{Framework: "t", Edition: "1", AcademicYear: year(t, "2025-2026"), MinGroupSize: 3}
	for i, x := range []int{5, 5, 4, 5, 4} {
		r.Respondents = append(r.Respondents, resp("b"+itoa(i), Board, v("a1", x)))
	}
	for i, x := range []int{1, 2, 1, 2, 1} {
		r.Respondents = append(r.Respondents, resp("s"+itoa(i), Staff, v("a1", x)))
	}
	for i, x := range []int{4, 2, 3} {
		r.Respondents = append(r.Respondents, resp("p"+itoa(i), Partners, v("a1", x)))
	}
	ev, err := Evaluate(fw, r, Options{})
	require.NoError(t, err)
	require.NotEmpty(t, ev.Disagreements)
	d := ev.Disagreements[0]
	assert.Equal(t, "", d.Criterion, "the whole framework first")
	assert.Equal(t, Board, d.High)
	assert.Equal(t, Staff, d.Low)
	assert.InDelta(t, 90-10, d.Difference, 1e-9) // 100, 100, 75, 100, 75 against 0, 25, 0, 25, 0
	assert.Equal(t, TestWelch, d.Test.Name)
	assert.Less(t, d.Test.P, 0.001)
	assert.Contains(t, findingCodes(ev.Findings), CodeGroupsDisagree)
}

func TestEvaluateRefusesAnInvalidRound(t *testing.T) {
	fw := testFramework(t)
	r := testRound(t)
	r.MinGroupSize = 1
	_, err := Evaluate(fw, r, Options{})
	require.ErrorIs(t, err, auhl.ErrInvalid)
}

// TestNoAnswerFollowsFromCriterionAndItems is the attack of subtracting
// figures of one group: four board members answer a1, three of them a2
// (the fourth answers "not applicable"), under a minimum of 3. Every
// figure rests on 3 or 4 answers. Were a member's score of A the mean of
// the items they answered, A's sum would be the fourth member's a1 plus
// the mean of a1 and a2 for the other three, and 2·sum(A) − sum(a1) −
// sum(a2) would give the fourth member's a1 away. A's mean is instead the
// weighted mean of the means of a1 and a2, so that it follows from the
// items' figures alone: swapping the fourth member's a1 with another's
// changes no mean and no count.
func TestNoAnswerFollowsFromCriterionAndItems(t *testing.T) {
	fw := testFramework(t)
	round := func(a1 ...int) *Round {
		r := &Round{Framework: "t", Edition: "1", AcademicYear: year(t, "2025-2026"), MinGroupSize: 3}
		a2 := []int{2, 4, 5}
		for i, x := range a1 {
			second := na("a2")
			if i < len(a2) {
				second = v("a2", a2[i])
			}
			r.Respondents = append(r.Respondents, resp("b"+itoa(i), Board, v("a1", x), second))
		}
		return r
	}
	sums := func(ev *Evaluation) (a, a1, a2 float64) {
		get := func(id string) float64 {
			cs, ok := ev.Criterion(id)
			require.True(t, ok)
			require.NotNil(t, cs.All, id)
			return cs.All.Mean * float64(cs.All.N)
		}
		return get("A"), get("a1"), get("a2")
	}
	tests := []struct {
		name string
		a1   []int
	}{
		{"fourth answers 1", []int{5, 4, 3, 1}},
		{"fourth answers 5", []int{1, 4, 3, 5}}, // the same answers to a1, the first and the fourth swapped
	}
	var means []string
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := Evaluate(fw, round(tt.a1...), Options{})
			require.NoError(t, err)
			a, a1, a2 := sums(ev)
			fourth := 100 * float64(tt.a1[3]-1) / 4
			assert.NotEqual(t, fourth, 2*a-a1-a2, "the fourth member's a1 does not follow from the sums")
			A, _ := ev.Criterion("A")
			i1, _ := ev.Criterion("a1")
			i2, _ := ev.Criterion("a2")
			assert.InDelta(t, (i1.All.Mean+i2.All.Mean)/2, A.All.Mean, 1e-9, "A's mean is the mean of its items' means")
			assert.Equal(t, 4, A.All.N)
			var ms []float64
			for _, cs := range append([]CriterionScore{ev.Overall}, ev.Criteria...) {
				if cs.All != nil {
					// Rounded: the order of a sum moves the last bit.
					ms = append(ms, math.Round(cs.All.Mean*1e9)/1e9, float64(cs.All.N))
				}
			}
			means = append(means, mustJSON(t, ms))
		})
	}
	require.Len(t, means, 2)
	assert.Equal(t, means[0], means[1], "swapping two members' answers to a1 changes no mean and no count")
}

// TestCriterionMeanFollowsFromItsChildren checks, on random rounds with
// answers left out and "not applicable", that every group's mean of a
// criterion with children is the weighted mean of that group's means of
// the children shown: nothing in it that the children's figures do not
// already show.
func TestCriterionMeanFollowsFromItsChildren(t *testing.T) {
	board, err := Preset(PresetAUHLBoard)
	require.NoError(t, err)
	efqm, err := Preset(PresetEFQM)
	require.NoError(t, err)
	for _, fw := range []*Framework{testFramework(t), board.Latest(), efqm.Latest()} {
		tr := newTree(fw)
		rng := rand.New(rand.NewPCG(9, 10))
		for range 20 {
			ev, err := Evaluate(fw, randomRound(rng, fw, 25, 3), Options{})
			require.NoError(t, err)
			for i := range len(fw.Criteria) + 1 {
				if len(tr.children[i]) == 0 {
					continue
				}
				id := ""
				if i < len(fw.Criteria) {
					id = fw.Criteria[i].ID
				}
				cs, _ := ev.Criterion(id)
				for _, gc := range cs.Groups {
					sum, wsum := 0.0, 0.0
					for _, c := range tr.children[i] {
						child, _ := ev.Criterion(fw.Criteria[c].ID)
						if x, ok := child.Group(gc.Group); ok {
							sum += tr.weight(c) * x.Mean
							wsum += tr.weight(c)
						}
					}
					require.Positive(t, wsum, "%s %q", fw.ID, id)
					assert.InDelta(t, sum/wsum, gc.Mean, 1e-9, "%s %q %s", fw.ID, id, gc.Group)
				}
			}
		}
	}
}
