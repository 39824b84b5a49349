package combination

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
)

// bridging checks the plan's bridging programme: its size against the
// range and the grounds of a reduction, its one target master, and master
// units planned while bridging units remain, against the threshold.
func (a *audit) bridging() {
	b := a.p.Bridging
	if b == nil {
		return
	}
	br := a.r.Bridging
	if n := len(b.Targets); n != 1 {
		a.emit(CodeBridgingTargets, auhl.Error, auhl.Params{"count": auhl.Int(n)}, br.Target)
	}
	cr := int(b.Credits)
	switch {
	case cr > int(br.Size.Max), cr < int(br.Size.Min) && b.Reduction == "":
		a.emit(CodeBridgingSize, auhl.Error, auhl.Params{"credits": auhl.Int(cr), "min": auhl.Int(int(br.Size.Min)), "max": auhl.Int(int(br.Size.Max))}, br.Size.Basis)
	case cr < int(br.Reduced.Min) && b.Reduction != ScientificBackground:
		a.emit(CodeBridgingReduced, auhl.Error, auhl.Params{"credits": auhl.Int(cr), "min": auhl.Int(int(br.Reduced.Min))}, br.Scientific)
	case cr < int(br.Reduced.Min):
		a.emit(CodeBridgingReduction, auhl.Info, auhl.Params{"credits": auhl.Int(cr), "reduction": auhl.Str(string(b.Reduction))}, br.Scientific)
	case cr < int(br.Size.Min):
		a.emit(CodeBridgingReduction, auhl.Info, auhl.Params{"credits": auhl.Int(cr), "reduction": auhl.Str(string(b.Reduction))}, br.Reduced.Basis)
	}

	// Master units: planned units of the plan's institution outside the
	// bridging programme, while some of its units are not acquired.
	master, left := 0, false
	for _, pu := range a.planned {
		if pu.key.Institution == a.p.Institution && !slices.Contains(b.Units, pu.key.Code) {
			master++
		}
	}
	for _, u := range b.Units {
		if r, ok := a.history[a.p.key("", u)]; !ok || !r.Outcome.acquired() {
			left = true
		}
	}
	if master == 0 || !left {
		return
	}
	if b.Combine == nil {
		a.emit(CodeBridgingNoThreshold, auhl.Warning, auhl.Params{"count": auhl.Int(master)}, br.Combine)
		return
	}
	passed := 0
	for _, u := range b.Combine.Units {
		if r, ok := a.history[a.p.key("", u)]; ok && r.Outcome.acquired() {
			passed++
		}
	}
	params := auhl.Params{"passed": auhl.Int(passed), "atLeast": auhl.Int(b.Combine.AtLeast)}
	if passed < b.Combine.AtLeast {
		a.emit(CodeBridgingThreshold, auhl.Error, params, br.Combine)
		return
	}
	a.emit(CodeBridgingCombine, auhl.Info, params, br.Combine)
}
