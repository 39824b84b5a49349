package schema

import (
	"encoding"
	"encoding/json"
	"fmt"
	"net/url"
	"reflect"
	"time"

	"github.com/invopop/jsonschema"
)

// ModulePath is the import path of the auhl-go module, the default of
// Config.ModulePath.
const ModulePath = "github.com/auhl/auhl-go"

// Config holds the settings that vary between uses of Generate. Its zero
// value works: no descriptions, no special types, BaseID.
type Config struct {
	// ModuleRoot is the directory of the module's go.mod. The doc comments
	// that become descriptions are read from the Go source files of the
	// packages below it, at generation time. Empty: no descriptions.
	ModuleRoot string
	// ModulePath is the import path of the module at ModuleRoot; empty
	// means ModulePath.
	ModulePath string
	// BaseID is the base of the files' $id; empty means BaseID.
	BaseID string
	// Types are the types whose schema is declared rather than reflected:
	// those with a JSON encoding of their own, or that need a pattern.
	Types []Type
}

// Type declares the schema of one Go type, which Generate then uses in place
// of reflecting the type, wherever the type appears.
type Type struct {
	// Type is the Go type; not a pointer type.
	Type reflect.Type
	// Schema returns the type's schema, a new value on every call (the
	// reflector adds the description of each field that uses it).
	Schema func() *jsonschema.Schema
	// Optional, when not nil, returns the schema used instead of Schema for
	// a struct field of the type that is optional (its json tag has
	// omitempty or omitzero), such as one that also accepts the empty
	// string a zero value encodes to.
	Optional func() *jsonschema.Schema
	// Uses lists the types that Schema refers to with Ref. Generate adds
	// their definitions to every file that needs them.
	Uses []reflect.Type
}

// Ref returns a reference to the definition of type t in the same file's
// $defs, {"$ref": "#/$defs/<name of t>"}, for a Type's Schema to use; list t
// in the Type's Uses.
func Ref(t reflect.Type) *jsonschema.Schema {
	return &jsonschema.Schema{Ref: "#/$defs/" + t.Name()}
}

// enumer is the method of an enumeration type.
type enumer interface{ Enum() []string }

var (
	enumerType          = reflect.TypeFor[enumer]()
	jsonMarshalerType   = reflect.TypeFor[json.Marshaler]()
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textMarshalerType   = reflect.TypeFor[encoding.TextMarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// EnumValues returns the values of t when it is an enumeration: a string
// kind with a value method Enum() []string. The schema of such a type is
// {"type": "string", "enum": values}.
func EnumValues(t reflect.Type) ([]string, bool) {
	if t.Kind() != reflect.String || !t.Implements(enumerType) {
		return nil, false
	}
	return reflect.Zero(t).Interface().(enumer).Enum(), true
}

func (c Config) withDefaults() Config {
	if c.ModulePath == "" {
		c.ModulePath = ModulePath
	}
	if c.BaseID == "" {
		c.BaseID = BaseID
	}
	return c
}

// allTypes returns the declared types and the types they use.
func (c Config) allTypes() []reflect.Type {
	var out []reflect.Type
	for _, t := range c.Types {
		out = append(out, t.Type)
		out = append(out, t.Uses...)
	}
	return out
}

// tracker remembers, for one reflector, what the post-pass of Generate
// needs and what went wrong: the schemas handed out for declared types,
// the names given to definitions, and errors.
type tracker struct {
	types    map[reflect.Type]*Type
	declared map[*jsonschema.Schema]*Type
	names    map[string]reflect.Type
	errs     []error
}

func newReflector(cfg Config, comments map[string]string) (*jsonschema.Reflector, *tracker) {
	tr := &tracker{
		types:    map[reflect.Type]*Type{},
		declared: map[*jsonschema.Schema]*Type{},
		names:    map[string]reflect.Type{},
	}
	for i := range cfg.Types {
		tr.types[cfg.Types[i].Type] = &cfg.Types[i]
	}
	r := &jsonschema.Reflector{
		Anonymous:      true,
		ExpandedStruct: true,
		Mapper:         tr.mapType,
		Namer:          tr.name,
		CommentMap:     comments,
	}
	return r, tr
}

// mapType is the reflector's Mapper: declared types first, then
// enumerations; nil lets the reflector reflect t.
func (tr *tracker) mapType(t reflect.Type) *jsonschema.Schema {
	if d, ok := tr.types[t]; ok {
		s := d.Schema()
		tr.declared[s] = d
		return s
	}
	if vals, ok := EnumValues(t); ok {
		enum := make([]any, len(vals))
		for i, v := range vals {
			enum[i] = v
		}
		return &jsonschema.Schema{Type: "string", Enum: enum}
	}
	if t.Kind() != reflect.String && !reflectorKnows[t] && ownEncoding(t) {
		tr.errs = append(tr.errs, fmt.Errorf("schema: type %v has a JSON encoding of its own: declare its schema in Config.Types", t))
	}
	return nil
}

// reflectorKnows holds the types with their own encoding that
// invopop/jsonschema maps itself: time.Time to a "date-time" string,
// url.URL to a "uri" string.
var reflectorKnows = map[reflect.Type]bool{
	reflect.TypeFor[time.Time](): true,
	reflect.TypeFor[url.URL]():   true,
}

// ownEncoding reports whether t or *t encodes or decodes itself.
func ownEncoding(t reflect.Type) bool {
	for _, i := range []reflect.Type{jsonMarshalerType, jsonUnmarshalerType, textMarshalerType, textUnmarshalerType} {
		if t.Implements(i) || reflect.PointerTo(t).Implements(i) {
			return true
		}
	}
	return false
}

// name is the reflector's Namer: the Go type's name, as invopop's default.
// It records the types that get a definition, to catch two types of one name
// from different packages, which would share one definition.
func (tr *tracker) name(t reflect.Type) string {
	n := t.Name()
	if n == "" {
		return ""
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map, reflect.Slice, reflect.Array:
	default:
		return n
	}
	if _, ok := tr.types[t]; ok {
		return n
	}
	if prev, ok := tr.names[n]; ok && prev != t {
		tr.errs = append(tr.errs, fmt.Errorf("schema: types %v and %v would share the definition %q", prev, t, n))
		return n
	}
	tr.names[n] = t
	return n
}
