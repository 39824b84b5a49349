package rules

import (
	"reflect"
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

var basisType = reflect.TypeFor[Basis]()

// Walk calls f with every Basis in v (a pointer to a rules file, to one
// period's rules or to any part of them) and its JSON Pointer relative to
// v, in the order of the JSON encoding's fields and of the lists: a field
// of type Basis gives its own pointer, a struct that embeds one the
// struct's. Nil pointers, maps and unexported fields are skipped. f may
// change the Basis.
func Walk(v any, f func(path string, b *Basis)) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return
	}
	walk(rv.Elem(), "", nil, func(path string, _ []string, b *Basis) { f(path, b) })
}

// walk is Walk with the pattern of each Basis: the JSON names of the
// fields on its way, without the list indexes.
func walk(v reflect.Value, path string, pattern []string, f func(path string, pattern []string, b *Basis)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walk(v.Elem(), path, pattern, f)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i), auhl.Index(path, i), pattern, f)
		}
	case reflect.Struct:
		if v.Type() == basisType {
			f(path, pattern, v.Addr().Interface().(*Basis))
			return
		}
		forFields(v.Type(), func(i int, name string) {
			if name == "" {
				walk(v.Field(i), path, pattern, f)
				return
			}
			walk(v.Field(i), auhl.Pointer(path, name), append(pattern[:len(pattern):len(pattern)], name), f)
		})
	}
}

// forFields calls f with the index and JSON name of every exported field
// of the struct type t that the JSON encoding knows; name is "" for an
// embedded struct, whose fields the encoding lifts, and for an embedded
// Basis.
func forFields(t reflect.Type, f func(i int, name string)) {
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		switch {
		case name == "-":
			continue
		case sf.Anonymous && name == "" && (sf.Type.Kind() == reflect.Struct || sf.Type.Kind() == reflect.Pointer && sf.Type.Elem().Kind() == reflect.Struct):
			f(i, "")
			continue
		case name == "":
			name = sf.Name
		}
		f(i, name)
	}
}

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

// labelPatterns returns the pattern of every Basis a value of type t can
// hold, in the order of its fields, each once.
func labelPatterns(t reflect.Type) [][]string {
	var out [][]string
	seen := map[string]bool{}
	var visit func(t reflect.Type, pattern []string, depth int)
	visit = func(t reflect.Type, pattern []string, depth int) {
		if depth > 32 {
			return // a recursive type: its rules were listed on the way
		}
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			visit(t.Elem(), pattern, depth+1)
		case reflect.Struct:
			if t == basisType {
				if key := strings.Join(pattern, "/"); !seen[key] {
					seen[key] = true
					out = append(out, pattern)
				}
				return
			}
			forFields(t, func(i int, name string) {
				p := pattern
				if name != "" {
					p = append(pattern[:len(pattern):len(pattern)], name)
				}
				visit(t.Field(i).Type, p, depth+1)
			})
		}
	}
	visit(t, nil, 0)
	return out
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
