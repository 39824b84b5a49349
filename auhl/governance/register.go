package governance

import (
	"strings"

	"github.com/auhl/auhl-go/auhl"
)

// Register is an apply-or-explain register ("pas toe of leg uit") of a
// code such as the reference charter for the Flemish universities: for
// every root criterion (a principle) of the code's framework, whether the
// association applies it, and where it does not, why.
type Register struct {
	// Framework is the ID of the code's framework.
	Framework string `json:"framework"`
	// Edition is the framework's edition.
	Edition Edition `json:"edition"`
	// Entries are the principles, each once.
	Entries []RegisterEntry `json:"entries"`
}

// RegisterEntry is one principle of a Register.
type RegisterEntry struct {
	// Criterion is the ID of the principle, a root criterion.
	Criterion string `json:"criterion"`
	// Applied is true when the association applies the principle.
	Applied bool `json:"applied"`
	// Explanation says why a principle is not applied; required then, in
	// both languages.
	Explanation auhl.Text `json:"explanation,omitzero"`
}

// Review checks the register against the code's framework fw and returns
// one finding per principle: applied, explained (with the explanation),
// or missing from the register (a warning), in the framework's order. A
// register that names an unknown principle, names one twice or leaves an
// explanation out is a *auhl.ValidationError, as is a nil register or
// framework.
func (r *Register) Review(fw *Framework) ([]auhl.Finding, error) {
	if r == nil || fw == nil {
		return nil, required("/framework")
	}
	ve := &auhl.ValidationError{}
	if r.Framework != fw.ID || r.Edition != fw.Edition {
		ve.Add("/framework", CodeFrameworkMismatch, auhl.Params{"value": auhl.Str(auhl.Clip(r.Framework + " " + string(r.Edition))), "want": auhl.Str(fw.ID + " " + string(fw.Edition))})
	}
	byID := map[string]*RegisterEntry{}
	for i := range r.Entries {
		e := &r.Entries[i]
		p := auhl.Index("/entries", i)
		c, ok := fw.Criterion(e.Criterion)
		switch {
		case !ok || c.Parent != "":
			ve.Add(p+"/criterion", CodeItemUnknown, auhl.Params{"id": auhl.Str(auhl.Clip(e.Criterion))})
			continue
		case byID[e.Criterion] != nil:
			ve.Add(p+"/criterion", CodeAnswerDuplicate, auhl.Params{"id": auhl.Str(auhl.Clip(e.Criterion))})
		}
		byID[e.Criterion] = e
		if !e.Applied && (strings.TrimSpace(e.Explanation.NL) == "" || strings.TrimSpace(e.Explanation.EN) == "") {
			ve.Add(p+"/explanation", auhl.CodeRequired, nil)
		}
	}
	if err := ve.Err(); err != nil {
		return nil, err
	}
	var out []auhl.Finding
	for _, c := range fw.Criteria {
		if c.Parent != "" {
			continue
		}
		title := auhl.Txt(titleOf(CriterionScore{ID: c.ID, Title: c.Title}))
		e := byID[c.ID]
		switch {
		case e == nil:
			out = append(out, auhl.Finding{Code: CodePrincipleMissing, Severity: auhl.Warning, Params: auhl.Params{"criterion": title}, Source: c.Cited()})
		case e.Applied:
			out = append(out, auhl.Finding{Code: CodePrincipleApplied, Severity: auhl.Info, Params: auhl.Params{"criterion": title}, Source: c.Cited()})
		default:
			out = append(out, auhl.Finding{Code: CodePrincipleExplained, Severity: auhl.Info, Params: auhl.Params{"criterion": title, "explanation": auhl.Txt(e.Explanation)}, Source: c.Cited()})
		}
	}
	return out, nil
}
