package language

import (
	"flag"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/internal/gen"
)

var update = flag.Bool("update", false, "rewrite data_gen.go and walk_gen.go from data/language.json")

// TestGenerated holds data_gen.go and walk_gen.go equal to
// data/language.json (see gen.GoldenRulesFile; -update rewrites them).
func TestGenerated(t *testing.T) {
	decoded, err := DecodeRules(rulesData)
	require.NoError(t, err)
	var raw RulesFile
	require.NoError(t, auhl.DecodeJSON(rulesData, &raw))
	gen.GoldenRulesFile(t, gen.RulesFile{
		Package: "github.com/auhl/auhl-go/procedures/language", Name: "language", Source: "data/language.json",
		Raw: raw, Decoded: decoded, Default: Default(), First: &decoded.Years[0],
		PeriodKey: "academicYear", FirstKey: decoded.Years[0].RulesPeriodKey(),
		Doc: reflect.TypeFor[*RulesFile](), Rules: reflect.TypeFor[Rules](), Period: reflect.TypeFor[auhl.AcademicYear](),
		Label: format.Label, Labels: format.Labels(),
	}, *update)
}
