package rules

import "github.com/auhl/auhl-go/auhl"

// Warnings are the warnings of one decision about the unconfirmed rules
// it rests on: one per rule, keyed by the rule's Path, so that two rules
// never share a warning and one rule never gives two. The zero value is
// ready to use; a Warnings is not safe for concurrent use.
type Warnings struct {
	noted map[string]bool
}

// Add returns, when b is unconfirmed and the decision has not been warned
// about it yet, the warning (with code) that the sources do not confirm
// b: severity auhl.Warning, b's source, and params with "rule" (b's
// Label, a message code, rendered by the placeholder {rule:label}) and
// "path" (b's Path) added; ok is false otherwise. params may be nil.
func (w *Warnings) Add(code string, b Basis, params auhl.Params) (f auhl.Finding, ok bool) {
	if !b.Unconfirmed || w.noted[b.at] {
		return auhl.Finding{}, false
	}
	if w.noted == nil {
		w.noted = map[string]bool{}
	}
	w.noted[b.at] = true
	p := make(auhl.Params, len(params)+2)
	for k, v := range params {
		p[k] = v
	}
	p["rule"], p["path"] = auhl.Str(b.label), auhl.Str(b.at)
	return auhl.Finding{Code: code, Severity: auhl.Warning, Params: p, Source: b.cited}, true
}

// WarningParams are the parameters Warnings.Add gives every warning, for
// the auhl.CodeSpec of its code: rule and path, both strings.
func WarningParams() []auhl.ParamSpec {
	return []auhl.ParamSpec{{Name: "rule", Kind: auhl.KindString}, {Name: "path", Kind: auhl.KindString}}
}
