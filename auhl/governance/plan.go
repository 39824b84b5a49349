package governance

import (
	_ "embed" // for the embedded plan
	"slices"
	"strconv"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// PlanPeriod is the period of a policy plan, such as 2025-2028: the
// period a plan file keys its plans by (a rules.Period). Its JSON
// encoding is "2025-2028".
type PlanPeriod struct {
	from, to int
}

// NewPlanPeriod returns the period from one year to another, or a
// *auhl.ValidationError when they are not four-digit years in order.
func NewPlanPeriod(from, to int) (PlanPeriod, error) {
	if from < 1000 || to > 9999 || to < from {
		return PlanPeriod{}, &auhl.ValidationError{Problems: []auhl.Problem{{Code: CodePeriodFormat, Params: auhl.Params{
			"value": auhl.Str(strconv.Itoa(from) + "-" + strconv.Itoa(to)),
		}}}}
	}
	return PlanPeriod{from, to}, nil
}

// String writes the period as "2025-2028"; "" for the zero period.
func (p PlanPeriod) String() string {
	if p.IsZero() {
		return ""
	}
	return strconv.Itoa(p.from) + "-" + strconv.Itoa(p.to)
}

// IsZero reports whether p is no period.
func (p PlanPeriod) IsZero() bool { return p.from == 0 }

// From returns the first year.
func (p PlanPeriod) From() int { return p.from }

// To returns the last year.
func (p PlanPeriod) To() int { return p.to }

// Compare orders periods by their first year, then their last.
func (p PlanPeriod) Compare(o PlanPeriod) int {
	if c := p.from - o.from; c != 0 {
		return max(-1, min(1, c))
	}
	return max(-1, min(1, p.to-o.to))
}

// MarshalText writes the period as String does.
func (p PlanPeriod) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText reads "2025-2028".
func (p *PlanPeriod) UnmarshalText(b []byte) error {
	a, z, ok := strings.Cut(string(b), "-")
	from, err1 := strconv.Atoi(a)
	to, err2 := strconv.Atoi(z)
	if !ok || err1 != nil || err2 != nil || len(a) != 4 || len(z) != 4 {
		return &auhl.ValidationError{Problems: []auhl.Problem{{Code: CodePeriodFormat, Params: auhl.Params{"value": auhl.Str(auhl.Clip(string(b)))}}}}
	}
	v, err := NewPlanPeriod(from, to)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// PlanFile is a policy plan as data: its plans by period, with the
// sources they cite. Read one with ParsePlan, or take the embedded plan
// 2025-2028 with DefaultPlan.
type PlanFile struct {
	rules.File[PlanPeriod, Plan]
}

// Plan is the association's policy plan of one period: its themes, each
// with a guiding question and actions.
type Plan struct {
	// Period is the plan's period.
	Period PlanPeriod `json:"period"`
	// Title names the plan.
	Title auhl.Text `json:"title"`
	// Themes are the plan's themes, numbered from 1.
	Themes []Theme `json:"themes"`
	rules.Basis
}

// Theme is one theme of a policy plan.
type Theme struct {
	// Number is the theme's number, from 1.
	Number int `json:"number"`
	// Title names the theme.
	Title auhl.Text `json:"title"`
	// Question is the theme's guiding question.
	Question auhl.Text `json:"question"`
	// Actions are the theme's actions.
	Actions []Action `json:"actions"`
	rules.Basis
}

// Action is an action of a policy plan, or an improvement proposed by an
// evaluation: who owns it, when it runs, its indicators and check-ins.
type Action struct {
	// ID identifies the action within its plan.
	ID string `json:"id"`
	// Title names the action; empty for a proposed improvement, which
	// names its Criterion.
	Title auhl.Text `json:"title,omitzero"`
	// Criterion is the ID of the evaluation criterion an improvement
	// action answers; empty for an action of the plan itself.
	Criterion string `json:"criterion,omitempty"`
	// Owners are the institutions that carry the action; empty where the
	// plan does not say.
	Owners []auhl.Institution `json:"owners,omitempty"`
	// Start is the day the action starts; empty where not set.
	Start auhl.Date `json:"start,omitzero"`
	// Due is the day the action is due; empty where not set.
	Due auhl.Date `json:"due,omitzero"`
	// Indicators measure the action.
	Indicators []Indicator `json:"indicators,omitempty"`
	// CheckIns are the check-ins so far, in any order.
	CheckIns []CheckIn `json:"checkIns,omitempty"`
	rules.Basis
}

// Direction says which way an indicator should move. Its JSON encoding is
// "increase" or "decrease".
type Direction string

// The directions.
const (
	// Increase: higher is better.
	Increase Direction = "increase"
	// Decrease: lower is better.
	Decrease Direction = "decrease"
)

var directions = []Direction{Increase, Decrease}

// Enum lists every valid Direction.
func (Direction) Enum() []string { return auhl.Strings(directions) }

// Indicator measures an action: a baseline, a target and the current
// value, each nil where not known.
type Indicator struct {
	// ID identifies the indicator within its action.
	ID string `json:"id"`
	// Title names the indicator.
	Title auhl.Text `json:"title"`
	// Unit is the unit of the values, such as "%" or "students".
	Unit string `json:"unit,omitempty"`
	// Direction says which way is better.
	Direction Direction `json:"direction"`
	// Baseline is the value at the start; nil where not known.
	Baseline *float64 `json:"baseline,omitempty"`
	// Target is the value aimed at; nil where not set.
	Target *float64 `json:"target,omitempty"`
	// Current is the latest value; nil where not measured.
	Current *float64 `json:"current,omitempty"`
}

// reached reports whether the current value meets the target; false when
// either is not known.
func (i Indicator) reached() bool {
	if i.Current == nil || i.Target == nil {
		return false
	}
	if i.Direction == Decrease {
		return *i.Current <= *i.Target
	}
	return *i.Current >= *i.Target
}

// Confidence is how confident an owner is, at a check-in, that an action
// will reach its targets. Its JSON encoding is "low", "medium" or "high".
type Confidence string

// The confidences.
const (
	// Low confidence.
	Low Confidence = "low"
	// Medium confidence.
	Medium Confidence = "medium"
	// High confidence.
	High Confidence = "high"
)

var confidences = []Confidence{Low, Medium, High}

// Enum lists every valid Confidence.
func (Confidence) Enum() []string { return auhl.Strings(confidences) }

// CheckIn is a check of an action's progress on a date.
type CheckIn struct {
	// Date is the day of the check-in.
	Date auhl.Date `json:"date"`
	// Confidence is the owner's confidence that the action will reach its
	// targets.
	Confidence Confidence `json:"confidence"`
	// Evidence are links to the evidence.
	Evidence []string `json:"evidence,omitempty"`
	// Comment is the owner's comment.
	Comment auhl.Text `json:"comment,omitzero"`
}

// Status is the status of an action on a day. Its JSON encoding is
// "on-track", "at-risk", "off-track" or "no-check-in".
type Status string

// The statuses.
const (
	// OnTrack: the latest check-in is confident.
	OnTrack Status = "on-track"
	// AtRisk: the latest check-in is moderately confident.
	AtRisk Status = "at-risk"
	// OffTrack: the latest check-in has low confidence, or the action is
	// past its due day with a target not reached.
	OffTrack Status = "off-track"
	// NoCheckIn: there is no check-in on or before the day.
	NoCheckIn Status = "no-check-in"
)

var statuses = []Status{OnTrack, AtRisk, OffTrack, NoCheckIn}

// Enum lists every valid Status.
func (Status) Enum() []string { return auhl.Strings(statuses) }

// Label returns the message code of the status's name.
func (s Status) Label() string { return "governance.status." + string(s) }

// StatusOn returns the action's status on day on (a date, never the
// clock): from the latest check-in on or before it, high confidence is on
// track, medium at risk and low off track; past the due day with an
// indicator whose target is not reached, the action is off track
// whatever the confidence. The second result is the latest check-in, nil
// when there is none.
func (a *Action) StatusOn(on auhl.Date) (Status, *CheckIn) {
	var last *CheckIn
	for i := range a.CheckIns {
		c := &a.CheckIns[i]
		if !c.Date.After(on) && (last == nil || !c.Date.Before(last.Date)) {
			last = c
		}
	}
	if !a.Due.IsZero() && on.After(a.Due) && slices.ContainsFunc(a.Indicators, func(i Indicator) bool { return !i.reached() }) {
		return OffTrack, last
	}
	if last == nil {
		return NoCheckIn, nil
	}
	switch last.Confidence {
	case High:
		return OnTrack, last
	case Medium:
		return AtRisk, last
	}
	return OffTrack, last
}

//go:embed data/plan.json
var planData []byte

// planFormat is the format of a plan file.
var planFormat = rules.Format[*PlanFile]{
	Name:        "auhl/governance/data/plan.json",
	LabelPrefix: "governance.plan.rule",
	Check:       func(c *rules.Checker, f *PlanFile) { f.Each(c, (*Plan).check) },
}

var defaultPlan = planFormat.Embedded(planData, new(PlanFile))

// DefaultPlan returns the embedded policy plan of the association,
// 2025-2028, parsed once and shared: treat it as read-only.
func DefaultPlan() *PlanFile { return defaultPlan() }

// ParsePlan reads and checks a plan file from outside, strictly: every
// period once, every source cited listed, themes numbered 1, 2, … in
// order, action IDs given once per plan, owners known institutions,
// dates real and a start not after the due day, indicators with a
// direction, check-ins with a date and a confidence. It returns a
// *auhl.ValidationError listing every problem with its path.
func ParsePlan(data []byte) (*PlanFile, error) {
	return planFormat.Parse(data, new(PlanFile))
}

// check checks one plan.
func (p *Plan) check(c *rules.Checker) {
	text(c, "/title", p.Title)
	c.Require("/themes", len(p.Themes) > 0)
	ids := make(rules.Entries)
	for i, t := range p.Themes {
		tp := auhl.Index("/themes", i)
		if t.Number != i+1 {
			c.Add(tp+"/number", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(t.Number), "min": auhl.Int(i + 1), "max": auhl.Int(i + 1)})
		}
		text(c, tp+"/title", t.Title)
		text(c, tp+"/question", t.Question)
		for j, a := range t.Actions {
			ap := auhl.Index(tp+"/actions", j)
			c.Text(ap+"/id", a.ID)
			ids.Once(c, ap+"/id", a.ID)
			if a.Criterion == "" {
				text(c, ap+"/title", a.Title)
			}
			for k, o := range a.Owners {
				c.Require(auhl.Index(ap+"/owners", k), o.Valid())
			}
			if !a.Start.IsZero() && !a.Due.IsZero() && a.Start.After(a.Due) {
				c.Add(ap+"/due", CodeDateOrder, nil)
			}
			for k, ind := range a.Indicators {
				ip := auhl.Index(ap+"/indicators", k)
				c.Text(ip+"/id", ind.ID)
				text(c, ip+"/title", ind.Title)
				c.Enum(ip+"/direction", string(ind.Direction), ind.Direction.Enum()...)
			}
			for k, ci := range a.CheckIns {
				cp := auhl.Index(ap+"/checkIns", k)
				c.Require(cp+"/date", !ci.Date.IsZero())
				c.Enum(cp+"/confidence", string(ci.Confidence), ci.Confidence.Enum()...)
			}
		}
	}
}

// Theme returns theme number n.
func (p *Plan) Theme(n int) (*Theme, bool) {
	if n < 1 || n > len(p.Themes) {
		return nil, false
	}
	return &p.Themes[n-1], true
}
