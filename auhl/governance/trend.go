package governance

import "github.com/auhl/auhl-go/auhl"

// Change is how one criterion's figure, for all groups together or for
// one group, moved from one round to the next.
type Change struct {
	// Criterion is the criterion's ID; empty for the whole framework.
	Criterion string `json:"criterion"`
	// Title names the criterion.
	Title auhl.Text `json:"title"`
	// Group is the group; empty for all groups together.
	Group Group `json:"group,omitempty"`
	// From is the figure of the earlier round.
	From Stats `json:"from"`
	// To is the figure of the later round.
	To Stats `json:"to"`
	// Delta is To's mean minus From's, in percentage points.
	Delta float64 `json:"delta"`
	// Test is the test of the difference; its Name is empty when a round
	// has too few respondents for one.
	Test Test `json:"test"`
	// Significant is true when the test finds the change worth
	// mentioning, at the options' Alpha.
	Significant bool `json:"significant"`
}

// Trend is the comparison of two rounds of one framework edition.
type Trend struct {
	// From is the academic year of the earlier round.
	From auhl.AcademicYear `json:"from"`
	// To is the academic year of the later round.
	To auhl.AcademicYear `json:"to"`
	// Changes are the changes of every criterion (and of the whole
	// framework, first) shown in both rounds, for all groups together and
	// for each group shown in both.
	Changes []Change `json:"changes"`
	// Findings name the changes worth mentioning, with the test used.
	Findings []auhl.Finding `json:"findings"`
}

// Compare compares two evaluations of the same framework edition, the
// earlier first, from their figures alone (means, standard deviations,
// sizes): the raw answers are not needed, and a figure withheld in either
// round is not compared. A change is worth mentioning when Welch's t-test
// finds it significant at opts.Alpha. Evaluations of different frameworks
// or editions, or not in order of their years, are a *auhl.ValidationError;
// so is a nil one.
func Compare(from, to *Evaluation, opts Options) (*Trend, error) {
	if from == nil || to == nil {
		return nil, required("/evaluation")
	}
	ve := &auhl.ValidationError{}
	if from.Framework != to.Framework || from.Edition != to.Edition {
		ve.Add("/framework", CodeFrameworkMismatch, auhl.Params{"value": auhl.Str(auhl.Clip(to.Framework + " " + string(to.Edition))), "want": auhl.Str(auhl.Clip(from.Framework + " " + string(from.Edition)))})
	}
	if from.AcademicYear.Compare(to.AcademicYear) >= 0 {
		ve.Add("/academicYear", CodeRoundsOrder, auhl.Params{"from": auhl.Str(from.AcademicYear.String()), "to": auhl.Str(to.AcademicYear.String())})
	}
	if err := ve.Err(); err != nil {
		return nil, err
	}
	alpha := opts.alpha()
	tr := &Trend{From: from.AcademicYear, To: to.AcademicYear, Changes: []Change{}, Findings: []auhl.Finding{}}
	for _, b := range append([]CriterionScore{to.Overall}, to.Criteria...) {
		a, ok := from.Criterion(b.ID)
		if !ok || a.All == nil || b.All == nil {
			continue
		}
		tr.add(b, "", a.All.Stats, b.All.Stats, alpha)
		for _, gb := range b.Groups {
			if ga, ok := a.Group(gb.Group); ok {
				tr.add(b, gb.Group, ga.Stats, gb.Stats, alpha)
			}
		}
	}
	return tr, nil
}

// add records one change, and a finding when it is worth mentioning.
func (tr *Trend) add(cs CriterionScore, g Group, a, b Stats, alpha float64) {
	c := Change{Criterion: cs.ID, Title: titleOf(cs), Group: g, From: a, To: b, Delta: b.Mean - a.Mean}
	if test, ok := welch(b, a); ok {
		c.Test = test
		c.Significant = test.P < alpha
	}
	tr.Changes = append(tr.Changes, c)
	if !c.Significant {
		return
	}
	code, group := CodeTrendUp, "governance.group.all"
	if c.Delta < 0 {
		code = CodeTrendDown
	}
	if g != "" {
		group = g.Label()
	}
	tr.Findings = append(tr.Findings, auhl.Finding{Code: code, Severity: auhl.Info, Params: auhl.Params{
		"criterion": auhl.Txt(c.Title), "group": auhl.Str(group),
		"from": auhl.Num(round1(a.Mean)), "to": auhl.Num(round1(b.Mean)),
		"p": auhl.Num(round3(c.Test.P)), "test": auhl.Str(testLabel(c.Test.Name)),
	}})
}
