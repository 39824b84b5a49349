// Package schema holds the JSON Schema settings of auhl-go and the committed
// JSON Schema files of its public input and output types.
//
// # The committed files
//
// The schema files live in the folder v1 beside this file, one per public
// type, named in kebab case ("catalog.schema.json", "finding.schema.json",
// "level.schema.json", ...). They are embedded in the package: read them with
// Get, list them with Names, or walk FS. Every file is a self-contained JSON
// Schema of draft 2020-12 whose $id is BaseID followed by its file name; the
// types it needs are in its own $defs, so a file can be used on its own.
// Descriptions come from the Go doc comments of the types and fields, and
// the values of every enumeration are spelled out.
//
// The files are generated, never edited by hand: the program
// examples/schemas reflects the domain types with the settings of this
// package and writes them (go run ./examples/schemas, or make schemas), and
// its drift test fails when a committed file no longer matches the Go types.
//
// # The settings
//
// Generate reflects a list of Files with the project's settings, through
// invopop/jsonschema, and returns the bytes of their schema files. The
// rules:
//
//   - A field is required unless its json tag has omitempty or omitzero,
//     and no object allows properties beyond its fields
//     (additionalProperties false), as the SDK's decoders reject unknown
//     fields.
//   - A named string type with a value method Enum() []string is an
//     enumeration: {"type": "string", "enum": [...]} with the values Enum
//     returns, written in place wherever the type is used. Domain types
//     declare their values this way and need no import of this package or
//     of invopop/jsonschema.
//   - A type whose JSON encoding is its own (a MarshalJSON or MarshalText
//     method), or that needs a pattern, is declared in Config.Types with
//     the schema of its encoding. Generate refuses a struct, map or slice
//     type with its own encoding that is not declared, as its reflected
//     fields would not describe its JSON (time.Time and url.URL excepted:
//     the reflector knows them).
//   - Descriptions are the full doc comments, read from the Go source under
//     Config.ModuleRoot at generation time, with doc links and line breaks
//     of a paragraph flattened to plain text.
//
// The package imports no domain package of the SDK: the special cases of
// the domain types are passed in by the generator, keyed by reflect.Type.
package schema
