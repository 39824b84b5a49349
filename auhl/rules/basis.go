package rules

import (
	"strings"

	"github.com/auhl/auhl-go/auhl"
)

// Basis is what a rule rests on: the source it cites, whether the sources
// confirm it for its period, and a note. A rule of a rules file embeds
// one (or has one as a field); when the file is read, each Basis learns
// its JSON Pointer in the file, the code of its label and the source it
// cites, so that a decision that uses the rule can say which rule it was.
type Basis struct {
	// Source is the id of the rule's source in the file's Sources.
	Source string `json:"source"`
	// Unconfirmed marks a rule that the sources could not confirm for
	// this period ([?]); a result that uses it says so.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
	// Note explains the rule or why it is unconfirmed.
	Note string `json:"note,omitempty"`

	at    string
	label string
	cited auhl.Source
}

// Path returns the JSON Pointer of the rule in its file, such as
// "/years/2/ijkingstoets"; "" for a Basis that was not read from a file.
// It identifies the rule: two rules never share one.
func (b Basis) Path() string { return b.at }

// Label returns the message code of the rule's name, such as
// "procedures.admission.rule.ijkingstoets", which auhl/i18n renders in
// Dutch or English; "" for a Basis that was not read from a file.
func (b Basis) Label() string { return b.label }

// Cited returns the source b cites, as its file lists it.
func (b Basis) Cited() auhl.Source { return b.cited }

// labelCode is the message code of the label of the rules whose fields
// lead there (pattern): prefix, then every field name in kebab case,
// joined by dots, without the leading "years" of a File. The pattern
// ["years", "entranceExam", "programmes"] with prefix
// "procedures.admission.rule" gives
// "procedures.admission.rule.entrance-exam.programmes".
func labelCode(prefix string, pattern []string) string {
	if len(pattern) > 0 && pattern[0] == yearsKey {
		pattern = pattern[1:]
	}
	var b strings.Builder
	b.WriteString(prefix)
	for _, name := range pattern {
		b.WriteByte('.')
		for i := 0; i < len(name); i++ {
			c := name[i]
			if 'A' <= c && c <= 'Z' {
				if i > 0 && !('A' <= name[i-1] && name[i-1] <= 'Z') {
					b.WriteByte('-')
				}
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}

// splitPointer returns the reference tokens of a JSON Pointer, unescaped.
func splitPointer(p string) []string {
	if p == "" {
		return nil
	}
	toks := strings.Split(strings.TrimPrefix(p, "/"), "/")
	for i, t := range toks {
		toks[i] = strings.ReplaceAll(strings.ReplaceAll(t, "~1", "/"), "~0", "~")
	}
	return toks
}

// isIndex reports whether a reference token is a list index.
func isIndex(tok string) bool {
	if tok == "" {
		return false
	}
	for i := 0; i < len(tok); i++ {
		if tok[i] < '0' || tok[i] > '9' {
			return false
		}
	}
	return true
}
