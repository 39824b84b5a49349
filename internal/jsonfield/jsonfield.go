// Package jsonfield lists the fields of a struct type as encoding/json
// names them: what the rules kernel's reflection walk and the generator of
// its walkers (internal/gen) must agree on.
package jsonfield

import (
	"reflect"
	"strings"
)

// Each calls f, in order, with the index and the JSON name of every
// exported field of the struct type t that the JSON encoding knows. The
// name is "" for an embedded struct (or pointer to one) without a name in
// its tag, whose fields the encoding lifts; a field tagged "-" is left
// out.
func Each(t reflect.Type, f func(i int, name string)) {
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
