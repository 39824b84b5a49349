package rules

import "github.com/auhl/auhl-go/auhl"

// Warnings are the warnings of one decision about the unconfirmed rules
// it rests on: one per rule, keyed by the rule's Path, so that two rules
// never share a warning and one rule never gives two. The zero value is
// ready to use; a Warnings is not safe for concurrent use.
//
//	if w.First(b) {
//		findings = append(findings, rules.Warning(code, b, params))
//	}
type Warnings struct {
	noted map[string]bool
}

// First reports whether b is unconfirmed and the decision has not been
// warned about it yet, and notes it.
func (w *Warnings) First(b Basis) bool {
	if !b.Unconfirmed || w.noted[b.at] {
		return false
	}
	if w.noted == nil {
		w.noted = map[string]bool{}
	}
	w.noted[b.at] = true
	return true
}

// Warning returns the warning (with code) that the sources do not confirm
// b: severity auhl.Warning, b's source, and params with "rule" (b's Label,
// a message code, rendered by the placeholder {rule:label}) and "path"
// (b's Path) added. params may be nil; Warning does not change it.
func Warning(code string, b Basis, params auhl.Params) auhl.Finding {
	p := make(auhl.Params, len(params)+2)
	for k, v := range params {
		p[k] = v
	}
	p["rule"], p["path"] = auhl.Str(b.label), auhl.Str(b.at)
	return auhl.Finding{Code: code, Severity: auhl.Warning, Params: p, Source: b.cited}
}

// WarningParams are the parameters Warning gives every warning, for the
// auhl.CodeSpec of its code: rule and path, both strings.
func WarningParams() []auhl.ParamSpec {
	return []auhl.ParamSpec{{Name: "rule", Kind: auhl.KindString}, {Name: "path", Kind: auhl.KindString}}
}
