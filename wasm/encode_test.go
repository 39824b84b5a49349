package wasm

import (
	"reflect"
	"testing"

	"github.com/auhl/auhl-go/internal/gen"
)

// TestGeneratedEncoders holds encode_gen.go equal to what the generator
// writes for the types the element reads (-update rewrites it): a field
// added to one of them, or to the report, fails here until the encoders
// are generated again.
func TestGeneratedEncoders(t *testing.T) {
	gen.GoldenEncoders(t, "encode_gen.go", gen.Encoders{
		Package: "github.com/auhl/auhl-go/wasm", Name: "wasm", Command: "go generate ./wasm",
		Roots: []reflect.Type{
			reflect.TypeFor[UI](), reflect.TypeFor[AdviseResult](),
			reflect.TypeFor[CatalogResult](), reflect.TypeFor[DecodeResult](),
		},
	}, *update)
}
