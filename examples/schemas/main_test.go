package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the committed schema files in auhl/schema/v1")

// generated returns the schema files generated from the current Go types.
func generated(t *testing.T) (root string, files map[string][]byte) {
	t.Helper()
	root, err := moduleRoot(".")
	require.NoError(t, err)
	files, err = generateAll(root)
	require.NoError(t, err)
	return root, files
}

// TestCommittedSchemasMatchTypes is the drift test: the committed files
// must be exactly what the generator makes from the Go types now.
func TestCommittedSchemasMatchTypes(t *testing.T) {
	root, files := generated(t)
	dir := filepath.Join(root, filepath.FromSlash(committedDir))
	if *update {
		require.NoError(t, write(dir, files, true))
	}
	const fix = "the committed JSON Schemas are out of date with the Go types: run `go run ./examples/schemas` (or `make schemas`) from the repository root, or `go test ./examples/schemas -update`, and commit the result"
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			committed, err := os.ReadFile(filepath.Join(dir, name))
			require.NoError(t, err, "%s is missing: %s", name, fix)
			assert.Equal(t, string(files[name]), string(committed), "%s differs: %s", name, fix)
		})
	}
	stale, err := staleFiles(dir, files)
	require.NoError(t, err)
	assert.Empty(t, stale, "schema files that no Go type generates any more: %s", fix)
}

func TestFilesCoverPublicTypes(t *testing.T) {
	_, files := generated(t)
	for _, want := range []string{"catalog", "programme", "campus", "text", "finding", "validation-error", "code-spec", "academic-year", "level", "institution", "lang", "questionnaire", "profile", "advice"} {
		assert.Contains(t, files, want+".schema.json")
	}
}

func TestRunOut(t *testing.T) {
	_, files := generated(t)
	dir := filepath.Join(t.TempDir(), "out")
	var stdout bytes.Buffer
	require.NoError(t, run([]string{"-out", dir}, &stdout, io.Discard))
	assert.Contains(t, stdout.String(), fmt.Sprintf("wrote %d schema files", len(files)))
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), name)
	}
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"unknown flag", []string{"-nope"}},
		{"extra argument", []string{"-out", t.TempDir(), "more"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Error(t, run(tt.args, io.Discard, io.Discard))
		})
	}
}

func TestWritePrunes(t *testing.T) {
	tests := []struct {
		name  string
		prune bool
		want  []string
	}{
		{"prune", true, []string{"keep.txt", "new.schema.json"}},
		{"keep", false, []string{"keep.txt", "new.schema.json", "old.schema.json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "old.schema.json"), []byte("{}\n"), 0o644))
			require.NoError(t, os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("x"), 0o644))
			require.NoError(t, write(dir, map[string][]byte{"new.schema.json": []byte("{}\n")}, tt.prune))
			entries, err := os.ReadDir(dir)
			require.NoError(t, err)
			var got []string
			for _, e := range entries {
				got = append(got, e.Name())
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestModuleRoot(t *testing.T) {
	root, err := moduleRoot(".")
	require.NoError(t, err)
	assert.FileExists(t, filepath.Join(root, "go.mod"))

	fromBelow, err := moduleRoot(filepath.Join(root, "auhl", "schema", "v1"))
	require.NoError(t, err)
	assert.Equal(t, root, fromBelow)

	_, err = moduleRoot(t.TempDir())
	assert.Error(t, err)
}

func TestModulePath(t *testing.T) {
	tests := []struct {
		gomod, want string
	}{
		{"module github.com/auhl/auhl-go\n\ngo 1.26\n", "github.com/auhl/auhl-go"},
		{"// comment\nmodule \"example.com/x\"\n", "example.com/x"},
		{"go 1.26\n", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, modulePath([]byte(tt.gomod)))
	}
}
