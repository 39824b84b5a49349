package governance

import (
	"math"
	"slices"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// Edition is the edition of a framework, such as "2020" for the EFQM
// Model 2020 or "2015" for the ESG: the period a framework file keys its
// versions by (a rules.Period). Its JSON encoding is the string.
type Edition string

// String returns the edition as the file writes it.
func (e Edition) String() string { return string(e) }

// IsZero reports whether the edition is empty.
func (e Edition) IsZero() bool { return strings.TrimSpace(string(e)) == "" }

// Compare orders editions as strings, which orders years and
// "2025.1"-style versions of the same width.
func (e Edition) Compare(o Edition) int { return strings.Compare(string(e), string(o)) }

// FrameworkFile is a framework as data: its versions by edition, each a
// Framework, with the sources they cite. The file's periods are editions,
// listed under the rules kernel's key "years". Read one with
// ParseFramework, or take a preset with Preset.
type FrameworkFile struct {
	rules.File[Edition, Framework]
}

// Latest returns the framework of the latest edition the file holds.
func (f *FrameworkFile) Latest() *Framework {
	var best *Framework
	for i := range f.Years {
		if best == nil || f.Years[i].Edition.Compare(best.Edition) > 0 {
			best = &f.Years[i]
		}
	}
	return best
}

// Weighting says how the scores of a criterion's children add up to its
// own. Its JSON encoding is "equal", "relative" or "points".
type Weighting string

// The ways of weighting.
const (
	// Equal weighs every child the same; criteria give no weight.
	Equal Weighting = "equal"
	// Relative weighs children by their weight, a positive number, with
	// no sum required.
	Relative Weighting = "relative"
	// Points gives every criterion its points: the roots add up to the
	// framework's Total and the children of a criterion to its points,
	// as in EFQM (1000 points) and Baldrige.
	Points Weighting = "points"
)

var weightings = []Weighting{Equal, Relative, Points}

// Enum lists every valid Weighting.
func (Weighting) Enum() []string { return auhl.Strings(weightings) }

// Valid reports whether w is a known weighting.
func (w Weighting) Valid() bool { return slices.Contains(weightings, w) }

// Framework is one edition of an evaluation framework: criteria in a tree
// with weights or points, the scales its items are answered on, the bands
// that name a score, and, where the framework defines one, the rule of a
// review-like verdict. Every part embeds a rules.Basis: a part the sources
// do not confirm is marked unconfirmed, and every figure that rests on it
// carries a warning saying so.
type Framework struct {
	// Edition is the framework's edition.
	Edition Edition `json:"edition"`
	// ID identifies the framework, such as "efqm" or "auhl-board".
	ID string `json:"id"`
	// Title is the framework's name.
	Title auhl.Text `json:"title"`
	// Weighting says how children's scores add up to their parent's.
	Weighting Weighting `json:"weighting"`
	// Total is the points of the whole framework (1000 for EFQM), for
	// Points weighting only.
	Total float64 `json:"total,omitempty"`
	// Scales are the scales the items are answered on.
	Scales []Scale `json:"scales"`
	// Criteria are the criteria, a tree given as a flat list: a criterion
	// names its parent; one without a parent is a root. A criterion
	// without children is an item that respondents answer.
	Criteria []Criterion `json:"criteria"`
	// Bands name a score (a percentage): each band runs from its From up
	// to the next band's From. Empty when the framework names none.
	Bands []Band `json:"bands,omitempty"`
	// Verdict is the rule of a review-like verdict (positive, positive
	// with conditions, negative); nil where the framework defines none.
	Verdict *VerdictRule `json:"verdict,omitempty"`
	rules.Basis
}

// Scale is a scale items are answered on: whole numbers from Min to Max,
// or ordered Levels, lowest first. An answer scores (value − lowest) ÷
// (highest − lowest) as a percentage, reversed for a reverse-scored item.
type Scale struct {
	// ID identifies the scale within its framework.
	ID string `json:"id"`
	// Title names the scale.
	Title auhl.Text `json:"title"`
	// Min is the lowest value of a numeric scale.
	Min int `json:"min,omitempty"`
	// Max is the highest value of a numeric scale.
	Max int `json:"max,omitempty"`
	// Levels are the levels of an ordinal scale, lowest first; empty for
	// a numeric one.
	Levels []ScaleLevel `json:"levels,omitempty"`
	// NotApplicable allows the answer "not applicable", left out of every
	// mean.
	NotApplicable bool `json:"notApplicable,omitempty"`
	rules.Basis
}

// ScaleLevel is one level of an ordinal scale.
type ScaleLevel struct {
	// ID identifies the level in answers, such as "substantial".
	ID string `json:"id"`
	// Label names the level.
	Label auhl.Text `json:"label"`
}

// Criterion is one node of a framework's tree: a group of criteria, or an
// item answered on a scale.
type Criterion struct {
	// ID identifies the criterion within its framework.
	ID string `json:"id"`
	// Parent is the ID of the criterion it belongs to; empty for a root.
	Parent string `json:"parent,omitempty"`
	// Title names the criterion. It may be empty only when the criterion
	// is unconfirmed: the sources give a criterion there but not its name.
	Title auhl.Text `json:"title"`
	// Weight is the criterion's relative weight (Relative) or its points
	// (Points); empty for Equal weighting.
	Weight float64 `json:"weight,omitempty"`
	// Scale is the ID of the scale an item is answered on; empty for a
	// criterion with children.
	Scale string `json:"scale,omitempty"`
	// Reverse marks an item worded negatively: its score is reversed.
	Reverse bool `json:"reverse,omitempty"`
	// Maturity makes the criterion apply the maturity rule to its items:
	// the level reached is the highest whose items, and those of every
	// level below, are all answered at the top of their scale ("highest
	// level reached with no gap below it").
	Maturity bool `json:"maturity,omitempty"`
	// Level is the maturity level of an item of a Maturity criterion,
	// from 1.
	Level int `json:"level,omitempty"`
	// Theme is the number of the policy-plan theme an improvement of the
	// criterion belongs to; 0 for none.
	Theme int `json:"theme,omitempty"`
	rules.Basis
}

// Band names the scores from From (a percentage) up to the next band's
// From, such as RADAR's "ability" from 40 %.
type Band struct {
	// ID identifies the band, such as "ability".
	ID string `json:"id"`
	// From is the lowest score of the band, 0 to 100.
	From float64 `json:"from"`
	// Label names the band.
	Label auhl.Text `json:"label"`
	rules.Basis
}

// VerdictRule derives a review-like verdict from the bands of the root
// criteria: positive when every root reaches the band Positive, positive
// with conditions when every root reaches Conditions, negative otherwise.
type VerdictRule struct {
	// Positive is the ID of the band every root must reach for a
	// positive verdict.
	Positive string `json:"positive"`
	// Conditions is the ID of the band every root must reach for a
	// positive verdict with conditions.
	Conditions string `json:"conditions"`
	rules.Basis
}

// maxFrameworkSize bounds a framework's criteria, scales and bands,
// against hostile files; the presets have a few dozen.
const maxFrameworkSize = 10000

// maxLevel bounds a maturity level.
const maxLevel = 100

// frameworkFormat is the format of a framework file.
var frameworkFormat = rules.Format[*FrameworkFile]{
	Name:        "governance framework",
	LabelPrefix: "governance.framework.rule",
	Check:       func(c *rules.Checker, f *FrameworkFile) { f.Each(c, (*Framework).check) },
}

// ParseFramework reads and checks a framework file from outside, strictly
// (auhl.DecodeAndCheck): every edition once, every source cited listed,
// ids given once, every parent known and no cycle in the criteria tree,
// every item on a known scale and every group on none, weights that add
// up where the weighting asks it, bands rising from 0, maturity levels
// from 1 without a gap. It returns a *auhl.ValidationError listing every
// problem with its path.
func ParseFramework(data []byte) (*FrameworkFile, error) {
	return frameworkFormat.Parse(data, new(FrameworkFile))
}

// check checks one edition.
func (f *Framework) check(c *rules.Checker) {
	c.Text("/id", f.ID)
	text(c, "/title", f.Title)
	if !f.Weighting.Valid() {
		c.Enum("/weighting", string(f.Weighting), f.Weighting.Enum()...)
	}
	if len(f.Scales)+len(f.Criteria)+len(f.Bands) > maxFrameworkSize {
		c.Add("/criteria", CodeTooLarge, auhl.Params{"limit": auhl.Int(maxFrameworkSize)})
		return
	}
	scales := make(rules.Entries)
	for i, s := range f.Scales {
		p := auhl.Index("/scales", i)
		c.Text(p+"/id", s.ID)
		scales.Once(c, p+"/id", s.ID)
		text(c, p+"/title", s.Title)
		if len(s.Levels) == 0 {
			if s.Max <= s.Min {
				c.Add(p+"/max", CodeScaleEmpty, nil)
			}
			continue
		}
		if s.Min != 0 || s.Max != 0 {
			c.Add(p, CodeScaleMixed, nil)
		}
		if len(s.Levels) < 2 {
			c.Add(p+"/levels", CodeScaleEmpty, nil)
		}
		levels := make(rules.Entries)
		for j, l := range s.Levels {
			lp := auhl.Index(p+"/levels", j)
			c.Text(lp+"/id", l.ID)
			levels.Once(c, lp+"/id", l.ID)
			text(c, lp+"/label", l.Label)
		}
	}
	f.checkCriteria(c, scales)
	for i, b := range f.Bands {
		p := auhl.Index("/bands", i)
		c.Text(p+"/id", b.ID)
		text(c, p+"/label", b.Label)
		c.RangeNum(p+"/from", b.From, 0, 100)
		switch {
		case i == 0 && b.From != 0:
			c.Add(p+"/from", CodeBandsStart, nil)
		case i > 0 && b.From <= f.Bands[i-1].From:
			c.Add(p+"/from", CodeBandsOrder, nil)
		}
	}
	if v := f.Verdict; v != nil {
		for _, x := range []struct{ path, id string }{{"/verdict/positive", v.Positive}, {"/verdict/conditions", v.Conditions}} {
			if f.bandIndex(x.id) < 0 {
				c.Add(x.path, CodeBandUnknown, auhl.Params{"id": auhl.Str(auhl.Clip(x.id))})
			}
		}
		if p, q := f.bandIndex(v.Positive), f.bandIndex(v.Conditions); p >= 0 && q >= 0 && p < q {
			c.Add("/verdict/conditions", CodeBandsOrder, nil)
		}
	}
}

// text records a CodeTextMissing problem for each language t lacks.
func text(c *rules.Checker, path string, t auhl.Text) {
	if strings.TrimSpace(t.NL) == "" {
		c.Add(path, auhl.CodeTextMissing, auhl.Params{"lang": auhl.Str("nl")})
	}
	if strings.TrimSpace(t.EN) == "" {
		c.Add(path, auhl.CodeTextMissing, auhl.Params{"lang": auhl.Str("en")})
	}
}

// checkCriteria checks the tree: ids, parents, cycles, scales, weights,
// maturity levels.
func (f *Framework) checkCriteria(c *rules.Checker, scales rules.Entries) {
	c.Require("/criteria", len(f.Criteria) > 0)
	index := make(map[string]int, len(f.Criteria))
	for i, cr := range f.Criteria {
		p := auhl.Index("/criteria", i)
		c.Text(p+"/id", cr.ID)
		if _, dup := index[cr.ID]; dup {
			c.Add(p+"/id", rules.CodeEntryDuplicate, auhl.Params{"value": auhl.Str(auhl.Clip(cr.ID))})
			continue
		}
		index[cr.ID] = i
	}
	children := make([]int, len(f.Criteria))
	for i, cr := range f.Criteria {
		p := auhl.Index("/criteria", i)
		if cr.Parent == "" {
			continue
		}
		j, ok := index[cr.Parent]
		if !ok {
			c.Add(p+"/parent", CodeParentUnknown, auhl.Params{"id": auhl.Str(auhl.Clip(cr.Parent))})
			continue
		}
		children[j]++
	}
	f.checkCycles(c, index)
	var rootSum float64
	sums := make([]float64, len(f.Criteria))
	for i, cr := range f.Criteria {
		p := auhl.Index("/criteria", i)
		if !cr.Unconfirmed || !cr.Title.IsZero() {
			text(c, p+"/title", cr.Title)
		}
		leaf := children[i] == 0
		switch {
		case leaf && cr.Scale == "":
			c.Add(p+"/scale", auhl.CodeRequired, nil)
		case leaf && !scales[cr.Scale]:
			c.Add(p+"/scale", CodeScaleUnknown, auhl.Params{"id": auhl.Str(auhl.Clip(cr.Scale))})
		case !leaf && cr.Scale != "":
			c.Add(p+"/scale", CodeScaleOnGroup, nil)
		}
		if !leaf && cr.Reverse {
			c.Add(p+"/reverse", CodeScaleOnGroup, nil)
		}
		switch f.Weighting {
		case Equal:
			if cr.Weight != 0 {
				c.Add(p+"/weight", CodeWeightUnused, nil)
			}
		case Relative, Points:
			if !(cr.Weight > 0) || math.IsInf(cr.Weight, 0) {
				c.Add(p+"/weight", CodeWeightPositive, nil)
			}
		}
		if j, ok := index[cr.Parent]; ok && cr.Parent != "" {
			sums[j] += cr.Weight
		} else if cr.Parent == "" {
			rootSum += cr.Weight
		}
		c.Range(p+"/theme", cr.Theme, 0, 99)
		parentMaturity := false
		if j, ok := index[cr.Parent]; ok && cr.Parent != "" {
			parentMaturity = f.Criteria[j].Maturity
		}
		switch {
		case parentMaturity:
			c.Range(p+"/level", cr.Level, 1, maxLevel)
		case cr.Level != 0:
			c.Add(p+"/level", CodeLevelOutsideMaturity, nil)
		}
		if cr.Maturity && leaf {
			c.Add(p+"/maturity", CodeMaturityWithoutItems, nil)
		}
	}
	if f.Weighting == Points {
		if !(f.Total > 0) {
			c.Add("/total", CodeWeightPositive, nil)
		} else if !near(rootSum, f.Total) {
			c.Add("/criteria", CodeWeightsSum, auhl.Params{"sum": auhl.Num(rootSum), "want": auhl.Num(f.Total)})
		}
		for i, cr := range f.Criteria {
			if children[i] > 0 && !near(sums[i], cr.Weight) {
				c.Add(auhl.Index("/criteria", i)+"/weight", CodeWeightsSum, auhl.Params{"sum": auhl.Num(sums[i]), "want": auhl.Num(cr.Weight)})
			}
		}
	} else if f.Total != 0 {
		c.Add("/total", CodeWeightUnused, nil)
	}
	f.checkMaturityLevels(c, index)
}

// near reports whether two sums of weights are equal but for rounding.
func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// checkCycles records a CodeCycle problem at the first criterion of every
// cycle of parents, in time linear in the number of criteria.
func (f *Framework) checkCycles(c *rules.Checker, index map[string]int) {
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]int8, len(f.Criteria))
	for start := range f.Criteria {
		var path []int
		i := start
		for i >= 0 && state[i] == unseen {
			state[i] = onPath
			path = append(path, i)
			j, ok := index[f.Criteria[i].Parent]
			if !ok || f.Criteria[i].Parent == "" {
				j = -1
			}
			i = j
		}
		if i >= 0 && state[i] == onPath {
			c.Add(auhl.Index("/criteria", i)+"/parent", CodeCycle, auhl.Params{"id": auhl.Str(auhl.Clip(f.Criteria[i].ID))})
		}
		for _, k := range path {
			state[k] = done
		}
	}
}

// checkMaturityLevels checks that the items of every Maturity criterion
// cover the levels from 1 without a gap.
func (f *Framework) checkMaturityLevels(c *rules.Checker, index map[string]int) {
	levels := map[int][]bool{}
	for _, cr := range f.Criteria {
		j, ok := index[cr.Parent]
		if !ok || cr.Parent == "" || !f.Criteria[j].Maturity || cr.Level < 1 || cr.Level > maxLevel {
			continue
		}
		if levels[j] == nil {
			levels[j] = make([]bool, maxLevel+1)
		}
		levels[j][cr.Level] = true
	}
	for j, has := range levels {
		top := 0
		for l := 1; l <= maxLevel; l++ {
			if has[l] {
				top = l
			}
		}
		for l := 1; l < top; l++ {
			if !has[l] {
				c.Add(auhl.Index("/criteria", j)+"/maturity", CodeLevelGap, auhl.Params{"level": auhl.Int(l)})
				break
			}
		}
	}
}

// bandIndex returns the index of the band id, or -1.
func (f *Framework) bandIndex(id string) int {
	for i, b := range f.Bands {
		if b.ID == id {
			return i
		}
	}
	return -1
}

// band returns the index of the band of a score, or -1 when the framework
// names no band.
func (f *Framework) band(score float64) int {
	k := -1
	for i, b := range f.Bands {
		if score >= b.From {
			k = i
		}
	}
	return k
}

// Criterion returns the criterion id.
func (f *Framework) Criterion(id string) (*Criterion, bool) {
	for i := range f.Criteria {
		if f.Criteria[i].ID == id {
			return &f.Criteria[i], true
		}
	}
	return nil, false
}

// Scale returns the scale id.
func (f *Framework) Scale(id string) (*Scale, bool) {
	for i := range f.Scales {
		if f.Scales[i].ID == id {
			return &f.Scales[i], true
		}
	}
	return nil, false
}

// top returns the highest value of the scale: Max, or the number of
// levels.
func (s *Scale) top() int {
	if len(s.Levels) > 0 {
		return len(s.Levels)
	}
	return s.Max
}

// bottom returns the lowest value: Min, or 1 for the first level.
func (s *Scale) bottom() int {
	if len(s.Levels) > 0 {
		return 1
	}
	return s.Min
}

// level returns the value of the level id (1 for the first), or 0.
func (s *Scale) level(id string) int {
	for i, l := range s.Levels {
		if l.ID == id {
			return i + 1
		}
	}
	return 0
}
