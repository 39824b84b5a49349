package governance

import (
	"math"
	"slices"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// Options tune an evaluation and a comparison of rounds. The zero value
// is ready to use.
type Options struct {
	// Alpha is the significance level under which a difference between
	// groups or rounds is worth mentioning; 0 means DefaultAlpha.
	Alpha float64
}

func (o Options) alpha() float64 {
	if o.Alpha > 0 && o.Alpha < 1 {
		return o.Alpha
	}
	return DefaultAlpha
}

// Cell is a criterion's figure for one group, or for all groups together:
// the dispersion of the respondents' scores (percentages), its band, its
// points, and for a Maturity criterion the dispersion of the maturity
// levels the respondents reached.
type Cell struct {
	Stats
	// Band is the ID of the band of the mean; empty when the framework
	// names none.
	Band string `json:"band,omitempty"`
	// Points are the mean's share of the criterion's points, for Points
	// weighting.
	Points float64 `json:"points,omitempty"`
	// Maturity is the dispersion of the maturity levels reached (0 for
	// none), for a Maturity criterion.
	Maturity *Stats `json:"maturity,omitempty"`
}

// GroupCell is a Cell of one stakeholder group.
type GroupCell struct {
	// Group is the stakeholder group.
	Group Group `json:"group"`
	Cell
}

// CriterionScore is the figures of one criterion, or of the whole
// framework (an empty ID): all groups together, then every group shown.
type CriterionScore struct {
	// ID is the criterion's ID; empty for the whole framework.
	ID string `json:"id"`
	// Parent is the ID of its parent.
	Parent string `json:"parent,omitempty"`
	// Title names the criterion.
	Title auhl.Text `json:"title"`
	// Depth is 0 for a root, 1 for its children, and so on.
	Depth int `json:"depth"`
	// Item is true for an item, which respondents answer.
	Item bool `json:"item,omitempty"`
	// All is the figure of all groups shown, together; nil when no group
	// has enough answers.
	All *Cell `json:"all,omitempty"`
	// Groups are the figures of every group with enough answers, in the
	// order of Groups().
	Groups []GroupCell `json:"groups,omitempty"`
}

// Group returns the cell of group g, if shown.
func (c *CriterionScore) Group(g Group) (Cell, bool) {
	for _, gc := range c.Groups {
		if gc.Group == g {
			return gc.Cell, true
		}
	}
	return Cell{}, false
}

// GroupCount is the number of respondents of a group shown.
type GroupCount struct {
	// Group is the stakeholder group.
	Group Group `json:"group"`
	// Respondents is the number of its respondents.
	Respondents int `json:"respondents"`
}

// Outcome is a review-like verdict. Its JSON encoding is "positive",
// "conditional" or "negative".
type Outcome string

// The verdicts.
const (
	// Positive is a positive verdict.
	Positive Outcome = "positive"
	// Conditional is a positive verdict with conditions.
	Conditional Outcome = "conditional"
	// Negative is a negative verdict.
	Negative Outcome = "negative"
)

var outcomes = []Outcome{Positive, Conditional, Negative}

// Enum lists every valid Outcome.
func (Outcome) Enum() []string { return auhl.Strings(outcomes) }

// Disagreement is a criterion on which two groups differ enough to
// mention: the highest and the lowest group, and the test.
type Disagreement struct {
	// Criterion is the criterion's ID; empty for the whole framework.
	Criterion string `json:"criterion"`
	// High is the group with the higher mean.
	High Group `json:"high"`
	// Low is the group with the lower mean.
	Low Group `json:"low"`
	// Difference is High's mean minus Low's, in percentage points.
	Difference float64 `json:"difference"`
	// Test is the test that found the difference.
	Test Test `json:"test"`
}

// Evaluation is the scored round: per criterion and overall, for all
// groups together and per group, with the dispersion, bands, points and
// maturity levels, where groups disagree, the verdict where the framework
// defines one, and findings. A group, or a group's figure of one
// criterion, that rests on fewer answers than the round's MinGroupSize is
// left out of every figure, those of all groups together included, so
// that nothing shown depends on its answers.
type Evaluation struct {
	// Framework is the framework's ID.
	Framework string `json:"framework"`
	// Title is the framework's name.
	Title auhl.Text `json:"title"`
	// Edition is the framework's edition.
	Edition Edition `json:"edition"`
	// AcademicYear is the year of the round.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// MinGroupSize is the round's minimum number of answers of a figure.
	MinGroupSize int `json:"minGroupSize"`
	// Groups are the groups shown and their respondents.
	Groups []GroupCount `json:"groups"`
	// Overall is the figure of the whole framework.
	Overall CriterionScore `json:"overall"`
	// Criteria are the figures of every criterion, depth first in the
	// framework's order.
	Criteria []CriterionScore `json:"criteria"`
	// Disagreements are the criteria on which groups differ enough to
	// mention.
	Disagreements []Disagreement `json:"disagreements,omitempty"`
	// Verdict is the review-like verdict, where the framework defines
	// one and every root has a figure.
	Verdict Outcome `json:"verdict,omitempty"`
	// Findings explain the figures: groups withheld, disagreements, the
	// verdict, and every unconfirmed part of the framework they rest on.
	Findings []auhl.Finding `json:"findings"`
}

// Criterion returns the figures of criterion id; "" gives Overall.
func (e *Evaluation) Criterion(id string) (*CriterionScore, bool) {
	if id == "" {
		return &e.Overall, true
	}
	for i := range e.Criteria {
		if e.Criteria[i].ID == id {
			return &e.Criteria[i], true
		}
	}
	return nil, false
}

// tree is a framework's criteria arranged for scoring.
type tree struct {
	fw *Framework
	// children lists every node's children; node n (len(fw.Criteria)) is
	// the virtual root, the whole framework.
	children [][]int
	// post lists the nodes children first, the virtual root last.
	post []int
	// pre lists the criteria depth first, with their depth.
	pre   []int
	depth []int
	// scales are the items' scales, nil for a group.
	scales []*Scale
}

func newTree(fw *Framework) *tree {
	n := len(fw.Criteria)
	t := &tree{fw: fw, children: make([][]int, n+1), depth: make([]int, n), scales: make([]*Scale, n)}
	index := make(map[string]int, n)
	for i, c := range fw.Criteria {
		index[c.ID] = i
	}
	for i, c := range fw.Criteria {
		p, ok := index[c.Parent]
		if c.Parent == "" || !ok {
			p = n
		}
		t.children[p] = append(t.children[p], i)
	}
	var visit func(i, d int)
	visit = func(i, d int) {
		if i < n {
			t.pre = append(t.pre, i)
			t.depth[i] = d
		}
		for _, c := range t.children[i] {
			visit(c, d+1)
		}
		t.post = append(t.post, i)
	}
	visit(n, -1)
	for i := range fw.Criteria {
		if len(t.children[i]) == 0 {
			t.scales[i], _ = fw.Scale(fw.Criteria[i].Scale)
		}
	}
	return t
}

// weight is node i's weight in its parent's mean.
func (t *tree) weight(i int) float64 {
	if t.fw.Weighting == Equal {
		return 1
	}
	return t.fw.Criteria[i].Weight
}

// groupScores are the respondents' scores of one group, per node, with
// the figures that did not reach the minimum cleared.
type groupScores struct {
	group Group
	// score[r][n] is respondent r's score at node n; NaN for none.
	score [][]float64
	// level[r][n] is respondent r's maturity level at a Maturity node; -1
	// for none.
	level [][]int
	// shown[n] is true when node n's figure has enough answers.
	shown []bool
	// count[n] is the number of answers node n's figure had before it
	// was cleared.
	count []int
}

// Evaluate scores a round on its framework. It checks the round first
// (see Round.Check) and returns a *auhl.ValidationError when it is
// invalid, or nil. The result does not depend on the order of the
// respondents.
func Evaluate(fw *Framework, r *Round, opts Options) (*Evaluation, error) {
	if r == nil {
		return nil, required("/round")
	}
	if err := r.Check(fw); err != nil {
		return nil, err
	}
	t := newTree(fw)
	ev := &Evaluation{
		Framework: fw.ID, Title: fw.Title, Edition: fw.Edition, AcademicYear: r.AcademicYear,
		MinGroupSize: r.MinGroupSize, Groups: []GroupCount{}, Findings: []auhl.Finding{},
	}
	var scored []*groupScores
	for _, g := range groups {
		var members []*Respondent
		for i := range r.Respondents {
			if r.Respondents[i].Group == g {
				members = append(members, &r.Respondents[i])
			}
		}
		if len(members) == 0 {
			continue
		}
		if len(members) < r.MinGroupSize {
			ev.Findings = append(ev.Findings, auhl.Finding{Code: CodeGroupWithheld, Severity: auhl.Info, Params: auhl.Params{
				"group": auhl.Str(g.Label()), "min": auhl.Int(r.MinGroupSize),
			}})
			continue
		}
		// The same figures whatever the order of the respondents.
		slices.SortFunc(members, func(a, b *Respondent) int { return strings.Compare(a.ID, b.ID) })
		gs := t.score(g, members, r.MinGroupSize)
		scored = append(scored, gs)
		ev.Groups = append(ev.Groups, GroupCount{Group: g, Respondents: len(members)})
		withheld := 0
		for i := range fw.Criteria {
			if !gs.shown[i] && gs.count[i] > 0 {
				withheld++
			}
		}
		if withheld > 0 {
			ev.Findings = append(ev.Findings, auhl.Finding{Code: CodeFiguresWithheld, Severity: auhl.Info, Params: auhl.Params{
				"group": auhl.Str(g.Label()), "count": auhl.Int(withheld), "min": auhl.Int(r.MinGroupSize),
			}})
		}
	}
	n := len(fw.Criteria)
	ev.Overall = t.criterionScore(n, scored)
	for _, i := range t.pre {
		ev.Criteria = append(ev.Criteria, t.criterionScore(i, scored))
	}
	alpha := opts.alpha()
	for _, cs := range append([]CriterionScore{ev.Overall}, ev.Criteria...) {
		if d, ok := disagreement(cs, alpha); ok {
			ev.Disagreements = append(ev.Disagreements, d)
			ev.Findings = append(ev.Findings, auhl.Finding{Code: CodeGroupsDisagree, Severity: auhl.Info, Params: auhl.Params{
				"criterion": auhl.Txt(titleOf(cs)), "high": auhl.Str(d.High.Label()), "low": auhl.Str(d.Low.Label()),
				"difference": auhl.Num(round1(d.Difference)), "p": auhl.Num(round3(d.Test.P)), "test": auhl.Str(testLabel(d.Test.Name)),
			}})
		}
	}
	t.verdict(ev)
	ev.Findings = append(ev.Findings, t.unconfirmed(ev)...)
	return ev, nil
}

// score computes one group's scores, bottom up, clearing every figure
// with fewer than min answers so that the figures above it leave it out.
func (t *tree) score(g Group, members []*Respondent, min int) *groupScores {
	n := len(t.fw.Criteria)
	gs := &groupScores{group: g, score: make([][]float64, len(members)), level: make([][]int, len(members)), shown: make([]bool, n+1), count: make([]int, n+1)}
	index := make(map[string]int, n)
	for i, c := range t.fw.Criteria {
		index[c.ID] = i
	}
	for r, m := range members {
		row := make([]float64, n+1)
		for i := range row {
			row[i] = math.NaN()
		}
		for _, a := range m.Answers {
			i, ok := index[a.Criterion]
			if !ok || t.scales[i] == nil {
				continue
			}
			s := t.scales[i]
			v, counts := a.value(s)
			if !counts {
				continue
			}
			x := 100 * float64(v-s.bottom()) / float64(s.top()-s.bottom())
			if t.fw.Criteria[i].Reverse {
				x = 100 - x
			}
			row[i] = x
		}
		gs.score[r] = row
		lv := make([]int, n)
		for i := range lv {
			lv[i] = -1
		}
		gs.level[r] = lv
	}
	// mean[c] is the group's mean score at node c once c is done; NaN
	// when c's figure is withheld.
	mean := make([]float64, n+1)
	for _, i := range t.post {
		if len(t.children[i]) > 0 {
			for r := range members {
				sum, wsum, own := 0.0, 0.0, false
				for _, c := range t.children[i] {
					if !gs.shown[c] {
						continue
					}
					x := gs.score[r][c]
					if math.IsNaN(x) {
						// No score of this member here: the group's mean
						// stands in, so that the criterion's mean is the
						// weighted mean of its children's means.
						x = mean[c]
					} else {
						own = true
					}
					w := t.weight(c)
					sum += w * x
					wsum += w
				}
				if own {
					gs.score[r][i] = sum / wsum
				}
				if i < n && t.fw.Criteria[i].Maturity {
					gs.level[r][i] = t.maturity(i, gs.score[r])
				}
			}
		}
		count, sum := 0, 0.0
		for r := range members {
			if x := gs.score[r][i]; !math.IsNaN(x) {
				count++
				sum += x
			}
		}
		gs.shown[i], gs.count[i] = count >= min, count
		mean[i] = sum / float64(max(count, 1))
		if !gs.shown[i] {
			mean[i] = math.NaN()
			for r := range members {
				gs.score[r][i] = math.NaN()
				if i < n {
					gs.level[r][i] = -1
				}
			}
		}
	}
	return gs
}

// maturity returns the maturity level a respondent reached at node i from
// the scores of its items (NaN for none): the highest level with an item
// at the top of its scale such that every item answered at that level and
// below is at the top; 0 for none, -1 when no item counts.
func (t *tree) maturity(i int, row []float64) int {
	top := 0
	for _, c := range t.children[i] {
		top = max(top, t.fw.Criteria[c].Level)
	}
	met := make([]bool, top+1)
	gap := make([]bool, top+1)
	counted := false
	for _, c := range t.children[i] {
		x := row[c]
		if math.IsNaN(x) {
			continue
		}
		counted = true
		l := t.fw.Criteria[c].Level
		if x >= 100 {
			met[l] = true
		} else {
			gap[l] = true
		}
	}
	if !counted {
		return -1
	}
	reached := 0
	for l := 1; l <= top; l++ {
		if gap[l] {
			break
		}
		if met[l] {
			reached = l
		}
	}
	return reached
}

// criterionScore gathers the figures of node i over the groups scored.
func (t *tree) criterionScore(i int, scored []*groupScores) CriterionScore {
	n := len(t.fw.Criteria)
	cs := CriterionScore{Title: t.fw.Title}
	if i < n {
		c := &t.fw.Criteria[i]
		cs = CriterionScore{ID: c.ID, Parent: c.Parent, Title: c.Title, Depth: t.depth[i], Item: len(t.children[i]) == 0}
	}
	var all, allLevels []float64
	for _, gs := range scored {
		if !gs.shown[i] {
			continue
		}
		var xs, levels []float64
		for r := range gs.score {
			if x := gs.score[r][i]; !math.IsNaN(x) {
				xs = append(xs, x)
			}
			if i < n && gs.level[r][i] >= 0 {
				levels = append(levels, float64(gs.level[r][i]))
			}
		}
		all = append(all, xs...)
		allLevels = append(allLevels, levels...)
		cs.Groups = append(cs.Groups, GroupCell{Group: gs.group, Cell: t.cell(i, xs, levels)})
	}
	if len(all) > 0 {
		c := t.cell(i, all, allLevels)
		cs.All = &c
	}
	return cs
}

// cell makes the Cell of node i from the scores and maturity levels.
func (t *tree) cell(i int, xs, levels []float64) Cell {
	c := Cell{Stats: statsOf(xs)}
	if k := t.fw.band(c.Mean); k >= 0 {
		c.Band = t.fw.Bands[k].ID
	}
	if t.fw.Weighting == Points {
		w := t.fw.Total
		if i < len(t.fw.Criteria) {
			w = t.fw.Criteria[i].Weight
		}
		c.Points = c.Mean * w / 100
	}
	if i < len(t.fw.Criteria) && t.fw.Criteria[i].Maturity && len(levels) > 0 {
		s := statsOf(levels)
		c.Maturity = &s
	}
	return c
}

// disagreement finds the two groups whose means differ most at a
// criterion, and returns them when Welch's test finds the difference
// significant at alpha.
func disagreement(cs CriterionScore, alpha float64) (Disagreement, bool) {
	if len(cs.Groups) < 2 {
		return Disagreement{}, false
	}
	hi, lo := 0, 0
	for k, g := range cs.Groups {
		if g.Mean > cs.Groups[hi].Mean {
			hi = k
		}
		if g.Mean < cs.Groups[lo].Mean {
			lo = k
		}
	}
	if hi == lo {
		return Disagreement{}, false
	}
	test, ok := welch(cs.Groups[hi].Stats, cs.Groups[lo].Stats)
	if !ok || test.P >= alpha {
		return Disagreement{}, false
	}
	return Disagreement{
		Criterion: cs.ID, High: cs.Groups[hi].Group, Low: cs.Groups[lo].Group,
		Difference: cs.Groups[hi].Mean - cs.Groups[lo].Mean, Test: test,
	}, true
}

// verdict sets the verdict where the framework defines one.
func (t *tree) verdict(ev *Evaluation) {
	v := t.fw.Verdict
	if v == nil {
		return
	}
	pos, cond := t.fw.bandIndex(v.Positive), t.fw.bandIndex(v.Conditions)
	outcome := Positive
	for _, root := range t.children[len(t.fw.Criteria)] {
		cs, _ := ev.Criterion(t.fw.Criteria[root].ID)
		if cs.All == nil {
			ev.Findings = append(ev.Findings, auhl.Finding{Code: CodeVerdictWithheld, Severity: auhl.Info})
			return
		}
		switch b := t.fw.bandIndex(cs.All.Band); {
		case b < cond:
			outcome = Negative
		case b < pos && outcome == Positive:
			outcome = Conditional
		}
	}
	ev.Verdict = outcome
	ev.Findings = append(ev.Findings, auhl.Finding{Code: CodeVerdict, Severity: auhl.Info, Params: auhl.Params{
		"outcome": auhl.Str("governance.outcome." + string(outcome)),
	}, Source: v.Cited()})
}

// unconfirmed returns a warning for every unconfirmed part of the
// framework that a figure shown rests on: the framework itself, a
// criterion with a figure and the scales of its items, a band named, the
// verdict's rule.
func (t *tree) unconfirmed(ev *Evaluation) []auhl.Finding {
	var (
		w   rules.Warnings
		out []auhl.Finding
	)
	warn := func(b rules.Basis) {
		if w.First(b) {
			out = append(out, rules.Warning(CodeUnconfirmed, b, nil))
		}
	}
	fw := t.fw
	warn(fw.Basis)
	bands := map[string]bool{}
	for _, cs := range append([]CriterionScore{ev.Overall}, ev.Criteria...) {
		if cs.All == nil {
			continue
		}
		bands[cs.All.Band] = true
		for _, g := range cs.Groups {
			bands[g.Band] = true
		}
		if cs.ID == "" {
			continue
		}
		c, _ := fw.Criterion(cs.ID)
		if c.Unconfirmed && w.First(c.Basis) {
			out = append(out, rules.Warning(CodeCriterionUnconfirmed, c.Basis, auhl.Params{"criterion": auhl.Txt(c.Title), "id": auhl.Str(c.ID)}))
		}
		if s, ok := fw.Scale(c.Scale); ok {
			warn(s.Basis)
		}
	}
	for _, b := range fw.Bands {
		if bands[b.ID] {
			warn(b.Basis)
		}
	}
	if ev.Verdict != "" {
		warn(fw.Verdict.Basis)
	}
	return out
}

// titleOf returns a criterion's title, or the criterion's ID when the
// sources give no title.
func titleOf(cs CriterionScore) auhl.Text {
	if cs.Title.IsZero() {
		return auhl.Text{NL: cs.ID, EN: cs.ID}
	}
	return cs.Title
}

// round1 rounds to one decimal, for a finding's parameter.
func round1(x float64) float64 { return math.Round(x*10) / 10 }

// round3 rounds to three decimals, for a p-value.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
