package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/schema"
)

// schemaLoader loads the committed schema files by their $id, offline.
type schemaLoader struct{}

func (schemaLoader) Load(url string) (any, error) {
	name, ok := strings.CutPrefix(url, schema.BaseID)
	if !ok {
		return nil, fmt.Errorf("%s is not a schema of auhl-go", url)
	}
	b, err := fs.ReadFile(schema.FS, name)
	if err != nil {
		return nil, err
	}
	return jsonschema.UnmarshalJSON(bytes.NewReader(b))
}

// validate checks data against the committed schema name with an
// independent validator.
func validate(t *testing.T, name string, data []byte) {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.UseLoader(schemaLoader{})
	s, err := c.Compile(schema.ID(name))
	require.NoError(t, err, name)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err)
	assert.NoError(t, s.Validate(inst), name)
}

// editions returns the periods of a rules file (its "years"), each as
// JSON: the schemas describe one edition of a framework, one plan.
func editions(t *testing.T, name string) [][]byte {
	b, err := os.ReadFile(name)
	require.NoError(t, err)
	var f struct {
		Years []json.RawMessage `json:"years"`
	}
	require.NoError(t, json.Unmarshal(b, &f))
	require.NotEmpty(t, f.Years)
	out := make([][]byte, len(f.Years))
	for i, y := range f.Years {
		out[i] = y
	}
	return out
}

// TestInstancesMatchSchemas validates the preset files and the plan file,
// whole and edition by edition, an answers file and the command's report,
// evaluation and trend against the committed schemas of their types.
func TestInstancesMatchSchemas(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "auhl", "governance", "data", "frameworks", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	plan := filepath.Join("..", "..", "auhl", "governance", "data", "plan.json")
	for _, f := range append(files, plan) {
		whole, edition := "governance-framework-file.schema.json", "governance-framework.schema.json"
		if f == plan {
			whole, edition = "governance-plan-file.schema.json", "governance-plan.schema.json"
		}
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		validate(t, whole, b)
		for _, e := range editions(t, f) {
			validate(t, edition, e)
		}
	}
	round, err := os.ReadFile(filepath.Join("testdata", "round.json"))
	require.NoError(t, err)
	validate(t, "governance-round.schema.json", round)

	doc, err := evaluate(options{framework: "auhl-board", on: auhl.MustParseDate("2026-06-30")})
	require.NoError(t, err)
	enc := func(v any) []byte {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		return b
	}
	validate(t, "governance-report.schema.json", enc(doc.Report))
	validate(t, "governance-evaluation.schema.json", enc(doc.Report.Evaluation))
	validate(t, "governance-trend.schema.json", enc(doc.Report.Trend))
	validate(t, "governance-register.schema.json", []byte(`{"framework":"charter","edition":"2013","entries":[{"criterion":"p1","applied":true},{"criterion":"p2","applied":false,"explanation":{"nl":"x","en":"x"}}]}`))
}
