package schema_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/invopop/jsonschema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl/schema"
	"github.com/auhl/auhl-go/auhl/schema/internal/fixture"
)

// moduleRoot finds the directory of go.mod above the test's directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, dir, parent, "no go.mod above the test")
		dir = parent
	}
}

func fixtureConfig(t *testing.T) schema.Config {
	label := reflect.TypeFor[fixture.Label]()
	return schema.Config{
		ModuleRoot: moduleRoot(t),
		Types: []schema.Type{
			{
				Type:     reflect.TypeFor[fixture.Stamp](),
				Schema:   func() *jsonschema.Schema { return &jsonschema.Schema{Type: "string", Pattern: "^d[0-9]+$"} },
				Optional: func() *jsonschema.Schema { return &jsonschema.Schema{Type: "string", Pattern: "^(d[0-9]+)?$"} },
			},
			{
				Type: reflect.TypeFor[fixture.Amount](),
				Schema: func() *jsonschema.Schema {
					return &jsonschema.Schema{OneOf: []*jsonschema.Schema{{Type: "number"}, schema.Ref(label)}}
				},
				Uses: []reflect.Type{label},
			},
		},
	}
}

// decode parses a generated file into a generic tree.
func decode(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	return m
}

// at follows a path of object keys.
func at(t *testing.T, m map[string]any, keys ...string) any {
	t.Helper()
	var v any = m
	for _, k := range keys {
		obj, ok := v.(map[string]any)
		require.Truef(t, ok, "no object at %q of %v", k, keys)
		v, ok = obj[k]
		require.Truef(t, ok, "no key %q of %v", k, keys)
	}
	return v
}

func TestGenerateBox(t *testing.T) {
	out, err := schema.Generate(fixtureConfig(t),
		schema.File{Name: "box", Type: reflect.TypeFor[*fixture.Box]()},
		schema.File{Name: "colour", Type: reflect.TypeFor[fixture.Colour]()},
		schema.File{Name: "stamp", Type: reflect.TypeFor[fixture.Stamp]()},
	)
	require.NoError(t, err)
	require.Len(t, out, 3)
	box := decode(t, out["box.schema.json"])

	assert.Equal(t, schema.BaseID+"box.schema.json", box["$id"])
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", box["$schema"])
	assert.Equal(t, "Box exercises the settings.", box["description"])
	assert.Equal(t, false, box["additionalProperties"])
	assert.Equal(t, []any{"name", "colour", "made", "amount"}, box["required"])

	props := at(t, box, "properties").(map[string]any)
	assert.NotContains(t, props, "Hidden")
	assert.NotContains(t, props, "hidden")
	assert.NotContains(t, props, "private")

	tests := []struct {
		name string
		path []string
		want any
	}{
		{"enum in place", []string{"colour"}, map[string]any{"type": "string", "enum": []any{"red", "green"}, "description": "Colour is an enumeration."}},
		{"enum items", []string{"colours", "items"}, map[string]any{"type": "string", "enum": []any{"red", "green"}}},
		{"required declared type", []string{"made"}, map[string]any{"type": "string", "pattern": "^d[0-9]+$", "description": "Made is a required declared type."}},
		{"omitempty declared type", []string{"seen"}, map[string]any{"type": "string", "pattern": "^(d[0-9]+)?$", "description": "Seen is an optional declared type."}},
		{"omitzero declared type", []string{"checked"}, map[string]any{"type": "string", "pattern": "^(d[0-9]+)?$", "description": "Checked is an optional declared type, left out when zero."}},
		{"declared type with uses", []string{"amount", "oneOf"}, []any{map[string]any{"type": "number"}, map[string]any{"$ref": "#/$defs/Label"}}},
		{"pointer to struct", []string{"inner"}, map[string]any{"$ref": "#/$defs/Inner", "description": "Inner is an optional nested object."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, at(t, props, tt.path...))
		})
	}

	label := at(t, box, "$defs", "Label").(map[string]any)
	assert.Equal(t, "Label is a label in two languages.", label["description"])
	assert.Equal(t, []any{"nl", "en"}, label["required"])
	assert.Equal(t, "Size is a size.", at(t, box, "$defs", "Inner", "properties", "size", "description"))

	colour := decode(t, out["colour.schema.json"])
	assert.Equal(t, "Colour is a colour, an enumeration.", colour["description"])
	assert.Equal(t, []any{"red", "green"}, colour["enum"])

	stamp := decode(t, out["stamp.schema.json"])
	assert.Equal(t, "^d[0-9]+$", stamp["pattern"], "a file of a declared type has its required form")
	assert.Equal(t, `Stamp is a day number encoded as text, "d12"; the zero value encodes as "".`, stamp["description"])
}

func TestGenerateIsDeterministic(t *testing.T) {
	cfg := fixtureConfig(t)
	file := schema.File{Name: "box", Type: reflect.TypeFor[fixture.Box]()}
	first, err := schema.Generate(cfg, file)
	require.NoError(t, err)
	for range 5 {
		again, err := schema.Generate(cfg, file)
		require.NoError(t, err)
		assert.Equal(t, string(first["box.schema.json"]), string(again["box.schema.json"]))
	}
	b := first["box.schema.json"]
	assert.Equal(t, byte('\n'), b[len(b)-1], "trailing newline")
}

func TestGenerateKnownEncodings(t *testing.T) {
	out, err := schema.Generate(fixtureConfig(t), schema.File{Name: "dated", Type: reflect.TypeFor[fixture.Dated]()})
	require.NoError(t, err)
	dated := decode(t, out["dated.schema.json"])
	assert.Equal(t, map[string]any{"type": "string", "format": "date-time", "description": "At is a moment."}, at(t, dated, "properties", "at"))
}

func TestGenerateWithoutComments(t *testing.T) {
	cfg := fixtureConfig(t)
	cfg.ModuleRoot = ""
	out, err := schema.Generate(cfg, schema.File{Name: "box", Type: reflect.TypeFor[fixture.Box]()})
	require.NoError(t, err)
	box := decode(t, out["box.schema.json"])
	assert.NotContains(t, box, "description")
}

// Label has the name of fixture.Label, in another package.
type Label struct {
	X int `json:"x"`
}

type clash struct {
	A fixture.Label `json:"a"`
	B Label         `json:"b"`
}

func TestGenerateErrors(t *testing.T) {
	box := reflect.TypeFor[fixture.Box]()
	noUses := fixtureConfig(t)
	noUses.Types[1].Uses = nil
	tests := []struct {
		name  string
		cfg   schema.Config
		files []schema.File
		want  string
	}{
		{"not kebab case", fixtureConfig(t), []schema.File{{Name: "Box", Type: box}}, "not kebab case"},
		{"underscore", fixtureConfig(t), []schema.File{{Name: "a_box", Type: box}}, "not kebab case"},
		{"twice", fixtureConfig(t), []schema.File{{Name: "box", Type: box}, {Name: "box", Type: box}}, "given twice"},
		{"no type", fixtureConfig(t), []schema.File{{Name: "box"}}, "has no type"},
		{"undeclared own encoding", fixtureConfig(t), []schema.File{{Name: "holder", Type: reflect.TypeFor[fixture.Holder]()}}, "fixture.Opaque has a JSON encoding of its own"},
		{"undeclared struct in box", schema.Config{}, []schema.File{{Name: "box", Type: box}}, "fixture.Stamp has a JSON encoding of its own"},
		{"name clash", fixtureConfig(t), []schema.File{{Name: "clash", Type: reflect.TypeFor[clash]()}}, `would share the definition "Label"`},
		{"missing uses", noUses, []schema.File{{Name: "box", Type: box}}, `"#/$defs/Label" has no definition`},
		{"bad module root", schema.Config{ModuleRoot: t.TempDir()}, []schema.File{{Name: "inner", Type: reflect.TypeFor[fixture.Inner]()}}, "reading the doc comments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := schema.Generate(tt.cfg, tt.files...)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.Nil(t, out)
		})
	}
}

func TestEnumValues(t *testing.T) {
	tests := []struct {
		name string
		typ  reflect.Type
		want []string
		ok   bool
	}{
		{"enumeration", reflect.TypeFor[fixture.Colour](), []string{"red", "green"}, true},
		{"plain string", reflect.TypeFor[string](), nil, false},
		{"struct", reflect.TypeFor[fixture.Box](), nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := schema.EnumValues(tt.typ)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}
