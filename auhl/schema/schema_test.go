package schema_test

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl/schema"
)

func TestNames(t *testing.T) {
	names := schema.Names()
	require.NotEmpty(t, names)
	assert.IsIncreasing(t, names)
	for _, want := range []string{"catalog", "programme", "campus", "text", "finding", "validation-error", "code-spec", "academic-year", "level", "institution", "lang"} {
		assert.Contains(t, names, want+schema.Ext)
	}
	for _, n := range names {
		assert.True(t, strings.HasSuffix(n, schema.Ext), n)
	}
}

func TestGet(t *testing.T) {
	full, err := schema.Get("catalog.schema.json")
	require.NoError(t, err)
	short, err := schema.Get("catalog")
	require.NoError(t, err)
	assert.Equal(t, full, short)

	full[0] = 'x'
	again, err := schema.Get("catalog")
	require.NoError(t, err)
	assert.Equal(t, byte('{'), again[0], "Get returns a copy")

	for _, name := range []string{"nope", "", "../schema.go", "v1/catalog", "README.md"} {
		t.Run(name, func(t *testing.T) {
			_, err := schema.Get(name)
			assert.ErrorIs(t, err, schema.ErrUnknown)
		})
	}
}

func TestEmbeddedFiles(t *testing.T) {
	for _, name := range schema.Names() {
		t.Run(name, func(t *testing.T) {
			b, err := fs.ReadFile(schema.FS, name)
			require.NoError(t, err)
			var head struct {
				ID     string `json:"$id"`
				Schema string `json:"$schema"`
			}
			require.NoError(t, json.Unmarshal(b, &head))
			assert.Equal(t, schema.ID(name), head.ID)
			assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", head.Schema)
			assert.True(t, strings.HasSuffix(string(b), "}\n"), "a trailing newline")
		})
	}
}

func TestID(t *testing.T) {
	assert.Equal(t, "https://github.com/auhl/auhl-go/schema/v1/level.schema.json", schema.ID("level"))
	assert.Equal(t, "https://github.com/auhl/auhl-go/schema/v1/level.schema.json", schema.ID("level.schema.json"))
}
