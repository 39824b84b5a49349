package combination

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// applyOverrides sets aside each finding that an override names exactly
// (its code, its unit and, for a clash, the other unit), records it with
// the override, and reports an override that names nothing it may set
// aside.
func (a *audit) applyOverrides() {
	if len(a.p.Overrides) == 0 {
		return
	}
	used := make([]bool, len(a.p.Overrides))
	kept := a.findings[:0:0]
	var applied []auhl.Finding
	for _, f := range a.findings {
		i := a.overrideOf(f)
		if i < 0 {
			kept = append(kept, f)
			continue
		}
		o := a.p.Overrides[i]
		used[i] = true
		a.overridden = append(a.overridden, Overridden{Finding: f, Override: o})
		applied = append(applied, auhl.Finding{Code: CodeOverrideApplied, Severity: auhl.Info, Source: a.overrideBasis(f.Code).Cited(),
			Params: auhl.Params{"finding": auhl.Str(f.Code), "unit": auhl.Str(a.p.unitRef(o.Unit)), "by": auhl.Str(o.By), "reason": auhl.Str(o.Reason), "date": auhl.Str(o.Date.String())}})
	}
	a.findings = append(kept, applied...)
	for i, o := range a.p.Overrides {
		switch {
		case used[i]:
		case !Overridable(o.Finding):
			a.findings = append(a.findings, auhl.Finding{Code: CodeOverrideNotAllowed, Severity: auhl.Warning, Params: auhl.Params{"finding": auhl.Str(auhl.Clip(o.Finding))},
				Source: a.overrideBasis(o.Finding).Cited()})
		default:
			a.findings = append(a.findings, auhl.Finding{Code: CodeOverrideUnused, Severity: auhl.Warning, Params: auhl.Params{"finding": auhl.Str(o.Finding), "unit": auhl.Str(auhl.Clip(a.p.unitRef(o.Unit)))},
				Source: a.overrideBasis(o.Finding).Cited()})
		}
	}
}

// overrideOf returns the index of the first override that names f, or
// -1.
func (a *audit) overrideOf(f auhl.Finding) int {
	if !Overridable(f.Code) {
		return -1
	}
	unit, other := param(f, "unit"), param(f, "other")
	for i, o := range a.p.Overrides {
		u, w := a.p.unitRef(o.Unit), a.p.unitRef(o.Other)
		if o.Finding == f.Code && (u == unit && w == other || other != "" && u == other && w == unit) {
			return i
		}
	}
	return -1
}

// param returns a string parameter of f, or "".
func param(f auhl.Finding, name string) string {
	if v, ok := f.Params[name]; ok {
		return v.String()
	}
	return ""
}

// overrideBasis is the rule that lets the examination board set a finding
// with code aside: the chair's decision on a late enrolment, or its
// approval of an individual programme.
func (a *audit) overrideBasis(code string) rules.Basis {
	switch code {
	case CodeLateProgramme, CodeLateUnit, CodeLateExamContract:
		return a.r.Deadlines.Late
	}
	return a.r.Prerequisite
}
