package governance

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The codes of the problems of a framework file, a plan file, a round, a
// register or a comparison, besides those of auhl and auhl/rules.
const (
	// CodeTooLarge: a framework has more criteria, scales and bands than
	// allowed. Params: limit (int).
	CodeTooLarge = "governance.too-large"
	// CodeScaleEmpty: a scale has no range: Max not above Min, or fewer
	// than two levels.
	CodeScaleEmpty = "governance.scale-empty"
	// CodeScaleMixed: a scale gives both a range and levels.
	CodeScaleMixed = "governance.scale-mixed"
	// CodeScaleUnknown: an item names a scale the framework does not
	// have. Params: id (string).
	CodeScaleUnknown = "governance.scale-unknown"
	// CodeScaleOnGroup: a criterion with children gives a scale or is
	// reverse-scored, which only an item may.
	CodeScaleOnGroup = "governance.scale-on-group"
	// CodeParentUnknown: a criterion names a parent that does not exist.
	// Params: id (string).
	CodeParentUnknown = "governance.parent-unknown"
	// CodeCycle: criteria are their own ancestors. Params: id (string),
	// a criterion on the cycle.
	CodeCycle = "governance.cycle"
	// CodeWeightUnused: a weight or total is given where the weighting
	// uses none.
	CodeWeightUnused = "governance.weight-unused"
	// CodeWeightPositive: a weight, points or total is not a positive
	// number.
	CodeWeightPositive = "governance.weight-positive"
	// CodeWeightsSum: points do not add up. Params: sum, want (number).
	CodeWeightsSum = "governance.weights-sum"
	// CodeBandsStart: the first band does not start at 0.
	CodeBandsStart = "governance.bands-start"
	// CodeBandsOrder: bands are not in rising order, or a verdict asks
	// less for a positive verdict than for one with conditions.
	CodeBandsOrder = "governance.bands-order"
	// CodeBandUnknown: a verdict names a band the framework does not
	// have. Params: id (string).
	CodeBandUnknown = "governance.band-unknown"
	// CodeLevelOutsideMaturity: a maturity level on a criterion whose
	// parent is not a maturity criterion.
	CodeLevelOutsideMaturity = "governance.level-outside-maturity"
	// CodeMaturityWithoutItems: a maturity criterion without items.
	CodeMaturityWithoutItems = "governance.maturity-without-items"
	// CodeLevelGap: the items of a maturity criterion skip a level.
	// Params: level (int), the first level missing.
	CodeLevelGap = "governance.level-gap"
	// CodeFrameworkMismatch: a round, register or comparison is of
	// another framework or edition. Params: value, want (string).
	CodeFrameworkMismatch = "governance.framework-mismatch"
	// CodeRespondentDuplicate: two respondents share an ID. Params:
	// value (string).
	CodeRespondentDuplicate = "governance.respondent-duplicate"
	// CodeItemUnknown: an answer or register entry names no item or
	// principle of the framework. Params: id (string).
	CodeItemUnknown = "governance.item-unknown"
	// CodeAnswerDuplicate: an item answered, or a principle listed, twice.
	// Params: id (string).
	CodeAnswerDuplicate = "governance.answer-duplicate"
	// CodeAnswerForm: an answer gives not exactly one of a value, a level
	// and "not applicable".
	CodeAnswerForm = "governance.answer-form"
	// CodeNotApplicableRefused: "not applicable" on a scale that does
	// not allow it. Params: scale (string).
	CodeNotApplicableRefused = "governance.not-applicable-refused"
	// CodeRoundsOrder: the rounds compared are not in order of their
	// years. Params: from, to (string).
	CodeRoundsOrder = "governance.rounds-order"
	// CodePeriodFormat: a plan period is not written "2025-2028".
	// Params: value (string).
	CodePeriodFormat = "governance.period-format"
	// CodeDateOrder: an action is due before it starts.
	CodeDateOrder = "governance.date-order"
	// CodePresetUnknown: no preset has the ID asked. Params: value,
	// allowed (string).
	CodePresetUnknown = "governance.preset-unknown"
)

// The codes of the findings of an evaluation, a trend and a register.
const (
	// CodeGroupWithheld: a group has fewer respondents than the minimum
	// and is shown nowhere. Params: group (string, a label code), min
	// (int).
	CodeGroupWithheld = "governance.group-withheld"
	// CodeFiguresWithheld: some figures of a group rest on fewer answers
	// than the minimum and are shown nowhere. Params: group (label),
	// count (int, criteria), min (int).
	CodeFiguresWithheld = "governance.figures-withheld"
	// CodeGroupsDisagree: two groups differ on a criterion. Params:
	// criterion (text), high, low (label), difference (number,
	// percentage points), p (number), test (label).
	CodeGroupsDisagree = "governance.groups-disagree"
	// CodeVerdict: the review-like verdict. Params: outcome (label).
	CodeVerdict = "governance.verdict"
	// CodeVerdictWithheld: no verdict, since a root criterion has no
	// figure.
	CodeVerdictWithheld = "governance.verdict-withheld"
	// CodeUnconfirmed: a figure rests on a part of the framework the
	// sources do not confirm. Params: rule (label), path (string).
	CodeUnconfirmed = "governance.unconfirmed"
	// CodeCriterionUnconfirmed: a figure rests on a criterion the
	// sources do not confirm. Params: rule (label), path, id (string),
	// criterion (text).
	CodeCriterionUnconfirmed = "governance.criterion-unconfirmed"
	// CodeTrendUp: a figure rose enough to mention. Params: criterion
	// (text), group (label), from, to (number), p (number), test (label).
	CodeTrendUp = "governance.trend-up"
	// CodeTrendDown: a figure fell enough to mention; the params of
	// CodeTrendUp.
	CodeTrendDown = "governance.trend-down"
	// CodePrincipleApplied: a principle is applied. Params: criterion
	// (text).
	CodePrincipleApplied = "governance.principle-applied"
	// CodePrincipleExplained: a principle is not applied, and why.
	// Params: criterion, explanation (text).
	CodePrincipleExplained = "governance.principle-explained"
	// CodePrincipleMissing: the register says nothing of a principle.
	// Params: criterion (text).
	CodePrincipleMissing = "governance.principle-missing"
)

// labels are the message codes of names this package renders through a
// {x:label} placeholder: the groups, the outcomes, the statuses, the test.
func labels() []string {
	out := []string{"governance.group.all", "governance.test." + TestWelch}
	for _, g := range groups {
		out = append(out, g.Label())
	}
	for _, o := range outcomes {
		out = append(out, "governance.outcome."+string(o))
	}
	for _, s := range statuses {
		out = append(out, s.Label())
	}
	return out
}

// Codes lists the codes this package reports, with their parameters, and
// the label codes it renders, those of the parts of framework and plan
// files among them.
func Codes() []auhl.CodeSpec {
	p := func(name string, k auhl.ParamKind) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: k} }
	s := func(name string) auhl.ParamSpec { return p(name, auhl.KindString) }
	trend := []auhl.ParamSpec{p("criterion", auhl.KindText), s("group"), p("from", auhl.KindNumber), p("to", auhl.KindNumber), p("p", auhl.KindNumber), s("test")}
	out := []auhl.CodeSpec{
		{Code: CodeTooLarge, Params: []auhl.ParamSpec{p("limit", auhl.KindInt)}},
		{Code: CodeScaleEmpty},
		{Code: CodeScaleMixed},
		{Code: CodeScaleUnknown, Params: []auhl.ParamSpec{s("id")}},
		{Code: CodeScaleOnGroup},
		{Code: CodeParentUnknown, Params: []auhl.ParamSpec{s("id")}},
		{Code: CodeCycle, Params: []auhl.ParamSpec{s("id")}},
		{Code: CodeWeightUnused},
		{Code: CodeWeightPositive},
		{Code: CodeWeightsSum, Params: []auhl.ParamSpec{p("sum", auhl.KindNumber), p("want", auhl.KindNumber)}},
		{Code: CodeBandsStart},
		{Code: CodeBandsOrder},
		{Code: CodeBandUnknown, Params: []auhl.ParamSpec{s("id")}},
		{Code: CodeLevelOutsideMaturity},
		{Code: CodeMaturityWithoutItems},
		{Code: CodeLevelGap, Params: []auhl.ParamSpec{p("level", auhl.KindInt)}},
		{Code: CodeFrameworkMismatch, Params: []auhl.ParamSpec{s("value"), s("want")}},
		{Code: CodeRespondentDuplicate, Params: []auhl.ParamSpec{s("value")}},
		{Code: CodeItemUnknown, Params: []auhl.ParamSpec{s("id")}},
		{Code: CodeAnswerDuplicate, Params: []auhl.ParamSpec{s("id")}},
		{Code: CodeAnswerForm},
		{Code: CodeNotApplicableRefused, Params: []auhl.ParamSpec{s("scale")}},
		{Code: CodeRoundsOrder, Params: []auhl.ParamSpec{s("from"), s("to")}},
		{Code: CodePeriodFormat, Params: []auhl.ParamSpec{s("value")}},
		{Code: CodeDateOrder},
		{Code: CodePresetUnknown, Params: []auhl.ParamSpec{s("value"), s("allowed")}},
		{Code: CodeGroupWithheld, Params: []auhl.ParamSpec{s("group"), p("min", auhl.KindInt)}},
		{Code: CodeFiguresWithheld, Params: []auhl.ParamSpec{s("group"), p("count", auhl.KindInt), p("min", auhl.KindInt)}},
		{Code: CodeGroupsDisagree, Params: []auhl.ParamSpec{p("criterion", auhl.KindText), s("high"), s("low"), p("difference", auhl.KindNumber), p("p", auhl.KindNumber), s("test")}},
		{Code: CodeVerdict, Params: []auhl.ParamSpec{s("outcome")}},
		{Code: CodeVerdictWithheld},
		{Code: CodeUnconfirmed, Params: rules.WarningParams()},
		{Code: CodeCriterionUnconfirmed, Params: append(rules.WarningParams(), s("id"), p("criterion", auhl.KindText))},
		{Code: CodeTrendUp, Params: trend},
		{Code: CodeTrendDown, Params: slices.Clone(trend)},
		{Code: CodePrincipleApplied, Params: []auhl.ParamSpec{p("criterion", auhl.KindText)}},
		{Code: CodePrincipleExplained, Params: []auhl.ParamSpec{p("criterion", auhl.KindText), p("explanation", auhl.KindText)}},
		{Code: CodePrincipleMissing, Params: []auhl.ParamSpec{p("criterion", auhl.KindText)}},
	}
	for _, l := range labels() {
		out = append(out, auhl.CodeSpec{Code: l})
	}
	out = append(out, frameworkFormat.Labels()...)
	return append(out, planFormat.Labels()...)
}
