package report

import (
	"math"
	"strconv"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/governance"
	"github.com/auhl/auhl-go/auhl/i18n"
)

// Document is what a report is rendered from: the report, the framework
// it scores (for the names of its bands) and the plan its actions belong
// to (for the names of its themes; nil for none).
type Document struct {
	// Report is the report.
	Report *governance.Report
	// Framework is the framework of the report's evaluation.
	Framework *governance.Framework
	// Plan is the plan of the report's actions; nil for none.
	Plan *governance.Plan
}

// check returns a *auhl.ValidationError when d lacks its report, the
// report's evaluation or the framework.
func (d Document) check() error {
	path := ""
	switch {
	case d.Report == nil:
		path = "/report"
	case d.Report.Evaluation == nil:
		path = "/report/evaluation"
	case d.Framework == nil:
		path = "/framework"
	default:
		return nil
	}
	return &auhl.ValidationError{Problems: []auhl.Problem{{Path: path, Code: auhl.CodeRequired}}}
}

// view is a report with every text rendered in one language, which the
// text and the HTML renderings share.
type view struct {
	Lang                     auhl.Lang
	Title, Subtitle, Summary string
	OverallLabel, Overall    string
	Respondents              []string
	MinSize                  string

	CriteriaHeading string
	Criteria        table
	CriteriaChart   chart

	GroupsHeading string
	Groups        table
	GroupsChart   chart

	TrendHeading string
	NoPrevious   string
	Trend        table
	TrendChart   chart
	Changes      []string
	Tested       string

	StrengthsHeading, ImprovementsHeading string
	Strengths, Improvements               []string
	None                                  string

	ActionsHeading string
	Actions        table

	FindingsHeading string
	Findings        []string
}

// table is a table of figures: its caption, headers and rows.
type table struct {
	Caption string
	Headers []string
	Rows    []row
}

// row is a table row: its label (indented by Depth) and cells.
type row struct {
	Label string
	Depth int
	Cells []string
}

// chart is a bar chart: rows of labelled bars, one per series, from 0 to
// 100.
type chart struct {
	ID, Title, Desc string
	Series          []string
	Rows            []chartRow
	Legend          string
}

// chartRow is one row of a chart: a label and one value per series (NaN
// for none).
type chartRow struct {
	Label  string
	Values []float64
}

// newView renders every text of d in lang.
func newView(lang auhl.Lang, d Document) *view {
	r, ev := d.Report, d.Report.Evaluation
	v := &view{Lang: lang, None: msg(lang, "none", nil)}
	v.Title = msg(lang, "title", auhl.Params{"framework": auhl.Txt(ev.Title)})
	v.Subtitle = msg(lang, "subtitle", auhl.Params{"year": auhl.Str(ev.AcademicYear.String()), "on": auhl.Str(r.On.String())})
	v.Summary = msg(lang, "summary", nil)
	v.OverallLabel = msg(lang, "overall", nil)
	v.Overall = "–"
	if all := ev.Overall.All; all != nil {
		v.Overall = pct(lang, all.Mean) + " %" + bandSuffix(lang, d.Framework, all.Band)
		if d.Framework.Weighting == governance.Points {
			v.Overall += " · " + num(lang, all.Points, 0) + " / " + num(lang, d.Framework.Total, 0)
		}
	}
	for _, g := range ev.Groups {
		v.Respondents = append(v.Respondents, msg(lang, "respondents", auhl.Params{"group": auhl.Str(g.Group.Label()), "count": auhl.Int(g.Respondents)}))
	}
	v.MinSize = msg(lang, "min-size", auhl.Params{"min": auhl.Int(ev.MinGroupSize)})
	v.criteria(lang, d)
	v.groups(lang, d)
	v.trend(lang, d)
	v.StrengthsHeading, v.ImprovementsHeading = msg(lang, "strengths", nil), msg(lang, "improvements", nil)
	for _, h := range r.Strengths {
		v.Strengths = append(v.Strengths, h.Title.In(lang)+" ("+pct(lang, h.Score)+" %"+bandSuffix(lang, d.Framework, h.Band)+")")
	}
	for _, h := range r.Improvements {
		v.Improvements = append(v.Improvements, h.Title.In(lang)+" ("+pct(lang, h.Score)+" %"+bandSuffix(lang, d.Framework, h.Band)+")")
	}
	v.actions(lang, d)
	v.FindingsHeading = msg(lang, "findings", nil)
	for _, f := range ev.Findings {
		v.Findings = append(v.Findings, i18n.Render(lang, f))
	}
	return v
}

// criteria fills the table and chart of every criterion.
func (v *view) criteria(lang auhl.Lang, d Document) {
	ev, fw := d.Report.Evaluation, d.Framework
	v.CriteriaHeading = msg(lang, "criteria", nil)
	h := []string{msg(lang, "col-criterion", nil), msg(lang, "col-n", nil), msg(lang, "col-mean", nil), msg(lang, "col-min", nil), msg(lang, "col-max", nil), msg(lang, "col-sd", nil)}
	if len(fw.Bands) > 0 {
		h = append(h, msg(lang, "col-band", nil))
	}
	if fw.Weighting == governance.Points {
		h = append(h, msg(lang, "col-points", nil))
	}
	maturity := false
	for _, c := range fw.Criteria {
		maturity = maturity || c.Maturity
	}
	if maturity {
		h = append(h, msg(lang, "col-maturity", nil))
	}
	v.Criteria = table{Caption: v.CriteriaHeading, Headers: h}
	items := 0
	for _, cs := range ev.Criteria {
		if cs.Item {
			items++
		}
	}
	v.CriteriaChart = chart{ID: "chart-criteria", Title: v.CriteriaHeading, Desc: msg(lang, "chart-criteria", nil), Series: []string{i18n.Message(lang, "governance.group.all", nil)}}
	for _, cs := range append([]governance.CriterionScore{ev.Overall}, ev.Criteria...) {
		label := title(lang, cs)
		if cs.ID == "" {
			label = v.OverallLabel
		}
		cells := []string{"–", "–", "–", "–", "–"}
		mean := math.NaN()
		if c := cs.All; c != nil {
			mean = c.Mean
			cells = []string{strconv.Itoa(c.N), pct(lang, c.Mean), pct(lang, c.Min), pct(lang, c.Max), pct(lang, c.SD)}
		}
		if len(fw.Bands) > 0 {
			cells = append(cells, band(lang, fw, cs.All))
		}
		if fw.Weighting == governance.Points {
			cells = append(cells, points(lang, cs.All))
		}
		if maturity {
			m := ""
			if cs.All != nil && cs.All.Maturity != nil {
				m = num(lang, cs.All.Maturity.Mean, 1)
			}
			cells = append(cells, m)
		}
		depth := cs.Depth
		if cs.ID == "" {
			depth = 0
		} else {
			depth++
		}
		v.Criteria.Rows = append(v.Criteria.Rows, row{Label: label, Depth: depth, Cells: cells})
		// Long statements are in the table only; the chart keeps the
		// criteria, and the items of a framework of few.
		if !cs.Item || items <= 12 {
			v.CriteriaChart.Rows = append(v.CriteriaChart.Rows, chartRow{Label: label, Values: []float64{mean}})
		}
	}
}

// mains returns the figures of the whole framework and of its roots.
func mains(ev *governance.Evaluation) []governance.CriterionScore {
	out := []governance.CriterionScore{ev.Overall}
	for _, cs := range ev.Criteria {
		if cs.Depth == 0 {
			out = append(out, cs)
		}
	}
	return out
}

// groups fills the table and chart of the main criteria per group.
func (v *view) groups(lang auhl.Lang, d Document) {
	ev := d.Report.Evaluation
	v.GroupsHeading = msg(lang, "groups", nil)
	v.Groups = table{Caption: v.GroupsHeading, Headers: []string{msg(lang, "col-criterion", nil)}}
	v.GroupsChart = chart{ID: "chart-groups", Title: v.GroupsHeading, Desc: msg(lang, "chart-groups", nil)}
	for _, g := range ev.Groups {
		name := i18n.Message(lang, g.Group.Label(), nil)
		v.Groups.Headers = append(v.Groups.Headers, name)
		v.GroupsChart.Series = append(v.GroupsChart.Series, name)
	}
	for _, cs := range mains(ev) {
		label := title(lang, cs)
		if cs.ID == "" {
			label = v.OverallLabel
		}
		r := row{Label: label}
		cr := chartRow{Label: label}
		for _, g := range ev.Groups {
			if c, ok := cs.Group(g.Group); ok {
				r.Cells = append(r.Cells, pct(lang, c.Mean)+" (n = "+strconv.Itoa(c.N)+", sd "+pct(lang, c.SD)+")")
				cr.Values = append(cr.Values, c.Mean)
			} else {
				r.Cells = append(r.Cells, "–")
				cr.Values = append(cr.Values, math.NaN())
			}
		}
		v.Groups.Rows = append(v.Groups.Rows, r)
		v.GroupsChart.Rows = append(v.GroupsChart.Rows, cr)
	}
}

// trend fills the table, chart and changes of the trend.
func (v *view) trend(lang auhl.Lang, d Document) {
	r := d.Report
	if r.Previous == nil || r.Trend == nil {
		v.TrendHeading = msg(lang, "trend", auhl.Params{"from": auhl.Str(r.Evaluation.AcademicYear.Prev().String())})
		v.NoPrevious = msg(lang, "no-previous", nil)
		return
	}
	tr := r.Trend
	v.TrendHeading = msg(lang, "trend", auhl.Params{"from": auhl.Str(tr.From.String())})
	from, to := msg(lang, "previous", auhl.Params{"year": auhl.Str(tr.From.String())}), msg(lang, "previous", auhl.Params{"year": auhl.Str(tr.To.String())})
	v.Trend = table{Caption: v.TrendHeading, Headers: []string{msg(lang, "col-criterion", nil), msg(lang, "col-from", nil), msg(lang, "col-to", nil), msg(lang, "col-change", nil), "p"}}
	v.TrendChart = chart{ID: "chart-trend", Title: v.TrendHeading, Desc: msg(lang, "chart-trend", nil), Series: []string{from, to}}
	for _, cs := range mains(r.Evaluation) {
		for _, c := range tr.Changes {
			if c.Criterion != cs.ID || c.Group != "" {
				continue
			}
			label := c.Title.In(lang)
			if c.Criterion == "" {
				label = v.OverallLabel
			}
			p := "–"
			if c.Test.Name != "" {
				p = num(lang, c.Test.P, 3)
			}
			sign := ""
			if c.Delta > 0 {
				sign = "+"
			}
			v.Trend.Rows = append(v.Trend.Rows, row{Label: label, Cells: []string{pct(lang, c.From.Mean), pct(lang, c.To.Mean), sign + pct(lang, c.Delta), p}})
			v.TrendChart.Rows = append(v.TrendChart.Rows, chartRow{Label: label, Values: []float64{c.From.Mean, c.To.Mean}})
		}
	}
	for _, f := range tr.Findings {
		v.Changes = append(v.Changes, i18n.Render(lang, f))
	}
	if len(v.Changes) == 0 {
		v.Changes = []string{msg(lang, "no-change", nil)}
	}
	v.Tested = msg(lang, "tested", auhl.Params{"test": auhl.Str("governance.test." + governance.TestWelch), "alpha": auhl.Num(governance.DefaultAlpha)})
}

// actions fills the table of actions.
func (v *view) actions(lang auhl.Lang, d Document) {
	v.ActionsHeading = msg(lang, "actions", nil)
	v.Actions = table{Caption: v.ActionsHeading, Headers: []string{msg(lang, "col-action", nil), msg(lang, "col-owners", nil), msg(lang, "col-status", nil)}}
	theme := -1
	for _, a := range d.Report.Actions {
		if a.Theme != theme {
			theme = a.Theme
			label := msg(lang, "no-theme", nil)
			if d.Plan != nil {
				if t, ok := d.Plan.Theme(a.Theme); ok {
					label = msg(lang, "theme", auhl.Params{"number": auhl.Int(t.Number), "title": auhl.Txt(t.Title)})
				}
			}
			v.Actions.Rows = append(v.Actions.Rows, row{Label: label, Cells: nil})
		}
		name := a.Action.Title.In(lang)
		if a.Action.Criterion != "" {
			c, _ := d.Framework.Criterion(a.Action.Criterion)
			t := a.Action.Criterion
			if c != nil && !c.Title.IsZero() {
				t = c.Title.In(lang)
			}
			name = msg(lang, "proposed", auhl.Params{"criterion": auhl.Txt(auhl.Text{NL: t, EN: t})})
		}
		var owners []string
		for _, o := range a.Action.Owners {
			owners = append(owners, o.Name().In(lang))
		}
		status := i18n.Message(lang, a.Status.Label(), nil)
		if a.Proposed {
			status = msg(lang, "proposed-mark", nil)
		}
		v.Actions.Rows = append(v.Actions.Rows, row{Label: name, Depth: 1, Cells: []string{orDash(strings.Join(owners, ", ")), status}})
	}
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// title returns a criterion's title in lang, or its ID when the sources
// give none.
func title(lang auhl.Lang, cs governance.CriterionScore) string {
	if cs.Title.IsZero() {
		return cs.ID
	}
	return cs.Title.In(lang)
}

// band returns the name of a cell's band.
func band(lang auhl.Lang, fw *governance.Framework, c *governance.Cell) string {
	if c == nil {
		return "–"
	}
	for _, b := range fw.Bands {
		if b.ID == c.Band {
			return b.Label.In(lang)
		}
	}
	return "–"
}

// bandSuffix returns ", band" for a band id, or "".
func bandSuffix(lang auhl.Lang, fw *governance.Framework, id string) string {
	if id == "" {
		return ""
	}
	return ", " + band(lang, fw, &governance.Cell{Band: id})
}

// points returns a cell's points.
func points(lang auhl.Lang, c *governance.Cell) string {
	if c == nil {
		return "–"
	}
	return num(lang, c.Points, 0)
}

// pct writes a percentage with one decimal.
func pct(lang auhl.Lang, x float64) string { return num(lang, x, 1) }

// num writes x with prec decimals and the decimal separator of lang.
func num(lang auhl.Lang, x float64, prec int) string {
	s := strconv.FormatFloat(x, 'f', prec, 64)
	if lang == auhl.Dutch {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
