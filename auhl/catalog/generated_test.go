package catalog

import (
	"bytes"
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/internal/gen"
)

var update = flag.Bool("update", false, "rewrite data_gen.go from the embedded catalogue file")

// TestGenerated holds data_gen.go equal to the embedded catalogue file:
// the file decoded and validated the strict way gives the same catalogue,
// and the generator writes the committed source (-update rewrites it).
func TestGenerated(t *testing.T) {
	decoded, err := Load(bytes.NewReader(DefaultJSON()))
	require.NoError(t, err)
	assert.Equal(t, decoded, Default())
	plain := *decoded
	plain.byID = nil
	gen.Golden(t, "data_gen.go", gen.File{
		Package: "github.com/auhl/auhl-go/auhl/catalog", Name: "catalog",
		Source: "data/catalog-2025-2026.json", Command: "go generate ./auhl/catalog",
		Decls: []gen.Decl{{Name: "generatedCatalog", Value: plain}},
	}, *update)
}
