package language

import (
	"flag"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/internal/gen"
)

var update = flag.Bool("update", false, "rewrite data_gen.go from data/language.json")

// TestGenerated holds data_gen.go equal to data/language.json: the
// generator writes the committed source from the file as it stands (before
// the checks prepare it; -update rewrites it), and the file decoded and
// checked the strict way gives the same rules as Default.
func TestGenerated(t *testing.T) {
	decoded, err := DecodeRules(rulesData)
	require.NoError(t, err)
	if !*update {
		assert.Equal(t, decoded, Default())
	}
	var raw RulesFile
	require.NoError(t, auhl.DecodeJSON(rulesData, &raw))
	gen.Golden(t, "data_gen.go", gen.File{
		Package: "github.com/auhl/auhl-go/procedures/language", Name: "language",
		Source: "data/language.json", Command: "go generate ./procedures/language",
		Decls: []gen.Decl{{Name: "generatedRules", Value: raw}},
	}, *update)
	gen.GoldenWalkers(t, "walk_gen.go", gen.Walkers{
		Package: "github.com/auhl/auhl-go/procedures/language", Name: "language", Command: "go generate ./procedures/language",
		Doc: reflect.TypeFor[*RulesFile](), Rules: reflect.TypeFor[Rules](), Period: reflect.TypeFor[auhl.AcademicYear](),
	}, *update)
	if !*update {
		gen.CheckWalker(t, decoded)
		gen.CheckWalker(t, &decoded.Years[0])
		// The labels of the generated patterns are those Format.Labels
		// finds by reflection.
		var labels []string
		for _, p := range decoded.BasisPatterns() {
			labels = append(labels, format.Label("/"+strings.Join(p, "/")))
		}
		var want []string
		for _, c := range format.Labels() {
			want = append(want, c.Code)
		}
		assert.Equal(t, want, labels)
		assert.Equal(t, "academicYear", decoded.Years[0].RulesPeriodKey())
	}
}
