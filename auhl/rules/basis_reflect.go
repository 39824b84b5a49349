//go:build !auhlwidget

package rules

import (
	"github.com/auhl/auhl-go/internal/jsonfield"

	"reflect"
	"strings"

	"github.com/auhl/auhl-go/auhl"
)

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
		jsonfield.Each(v.Type(), func(i int, name string) {
			if name == "" {
				walk(v.Field(i), path, pattern, f)
				return
			}
			walk(v.Field(i), auhl.Pointer(path, name), append(pattern[:len(pattern):len(pattern)], name), f)
		})
	}
}

// walkDoc is walk over the document d, a pointer.
func walkDoc(d any, f func(path string, pattern []string, b *Basis)) {
	walk(reflect.ValueOf(d).Elem(), "", nil, f)
}

// patternsOf is labelPatterns of the document type D.
func patternsOf[D any]() [][]string { return labelPatterns(reflect.TypeFor[D]()) }

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
			jsonfield.Each(t, func(i int, name string) {
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
