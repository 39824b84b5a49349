package governance

import (
	"cmp"
	"slices"

	"github.com/auhl/auhl-go/auhl"
)

// Highlight is an item named as a strength or an area for improvement.
type Highlight struct {
	// Criterion is the item's ID.
	Criterion string `json:"criterion"`
	// Title names the item.
	Title auhl.Text `json:"title"`
	// Score is the mean score of all groups together, a percentage.
	Score float64 `json:"score"`
	// Band is the ID of the score's band; empty where the framework names
	// none.
	Band string `json:"band,omitempty"`
	// Theme is the number of the policy-plan theme of the item (or of the
	// nearest criterion above it that names one); 0 for none.
	Theme int `json:"theme,omitempty"`
}

// ActionReport is an action with its status on the report's day.
type ActionReport struct {
	// Theme is the number of the action's theme; 0 for none.
	Theme int `json:"theme,omitempty"`
	// Action is the action.
	Action Action `json:"action"`
	// Proposed is true for an improvement the evaluation proposes, not
	// yet in the plan.
	Proposed bool `json:"proposed,omitempty"`
	// Status is the action's status on the report's day.
	Status Status `json:"status"`
}

// Report is what a board reads after a round: the evaluation, the trend
// against the previous round, the strengths and areas for improvement,
// and the actions (those the improvements propose, linked to a theme of
// the plan, and the plan's own actions of those themes, with their
// status), as data; package auhl/governance/report renders it as text
// and as an HTML page.
type Report struct {
	// On is the day of the report, for the actions' status.
	On auhl.Date `json:"on"`
	// Evaluation is the round scored.
	Evaluation *Evaluation `json:"evaluation"`
	// Previous is the previous round, nil when there is none.
	Previous *Evaluation `json:"previous,omitempty"`
	// Trend compares Previous with Evaluation; nil without Previous.
	Trend *Trend `json:"trend,omitempty"`
	// Plan is the period of the plan the actions belong to; zero without
	// a plan.
	Plan PlanPeriod `json:"plan,omitzero"`
	// Strengths are the items with the highest scores.
	Strengths []Highlight `json:"strengths"`
	// Improvements are the items with the lowest scores.
	Improvements []Highlight `json:"improvements"`
	// Actions are the improvement actions proposed and the plan's
	// actions of their themes.
	Actions []ActionReport `json:"actions"`
}

// ReportOptions tune a report. The zero value is ready to use.
type ReportOptions struct {
	// Highlights is how many strengths, and how many areas for
	// improvement, to name at most; 0 means 3.
	Highlights int
	// Options tune the comparison with the previous round.
	Options
}

// NewReport arranges a report of the evaluation ev of framework fw on day
// on, compared with prev (nil for none), with actions from plan (nil for
// none). Strengths and areas for improvement are items with a figure for
// all groups together, by mean score, never the same item as both; each
// area for improvement becomes a proposed action of its theme. A nil fw
// or ev, or no day, is a *auhl.ValidationError.
func NewReport(fw *Framework, ev, prev *Evaluation, plan *Plan, on auhl.Date, opts ReportOptions) (*Report, error) {
	r := &Report{On: on, Evaluation: ev, Previous: prev, Strengths: []Highlight{}, Improvements: []Highlight{}, Actions: []ActionReport{}}
	switch {
	case fw == nil:
		return nil, required("/framework")
	case ev == nil:
		return nil, required("/evaluation")
	case on.IsZero():
		return nil, required("/on")
	}
	if prev != nil {
		tr, err := Compare(prev, ev, opts.Options)
		if err != nil {
			return nil, err
		}
		r.Trend = tr
	}
	var items []Highlight
	for _, cs := range ev.Criteria {
		if cs.Item && cs.All != nil {
			items = append(items, Highlight{Criterion: cs.ID, Title: titleOf(cs), Score: cs.All.Mean, Band: cs.All.Band, Theme: themeOf(fw, cs.ID)})
		}
	}
	// Highest first; equal scores in the framework's order.
	slices.SortStableFunc(items, func(a, b Highlight) int { return cmp.Compare(b.Score, a.Score) })
	k := opts.Highlights
	if k <= 0 {
		k = 3
	}
	k = min(k, len(items)/2)
	r.Strengths = append(r.Strengths, items[:k]...)
	for i := len(items) - 1; i >= len(items)-k; i-- {
		r.Improvements = append(r.Improvements, items[i])
	}
	themes := map[int]bool{}
	for _, h := range r.Improvements {
		a := Action{ID: "improve-" + h.Criterion, Criterion: h.Criterion}
		r.Actions = append(r.Actions, ActionReport{Theme: h.Theme, Action: a, Proposed: true, Status: NoCheckIn})
		themes[h.Theme] = true
	}
	if plan != nil {
		r.Plan = plan.Period
		for _, t := range plan.Themes {
			if !themes[t.Number] {
				continue
			}
			for _, a := range t.Actions {
				st, _ := a.StatusOn(on)
				r.Actions = append(r.Actions, ActionReport{Theme: t.Number, Action: a, Status: st})
			}
		}
	}
	return r, nil
}

// themeOf returns the theme of criterion id or of the nearest criterion
// above it that names one.
func themeOf(fw *Framework, id string) int {
	for range fw.Criteria { // at most as many steps as criteria
		c, ok := fw.Criterion(id)
		if !ok {
			return 0
		}
		if c.Theme != 0 {
			return c.Theme
		}
		id = c.Parent
	}
	return 0
}
