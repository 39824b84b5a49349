package studychoice

import (
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/internal/gen"
)

var update = flag.Bool("update", false, "rewrite data_gen.go from the data files")

// TestGenerated holds data_gen.go equal to data/questionnaire.json and
// data/rules.json: each file decoded and checked the strict way gives the
// same values, and the generator writes the committed source (-update
// rewrites it).
func TestGenerated(t *testing.T) {
	q, err := ParseQuestionnaire(questionnaireData)
	require.NoError(t, err)
	r, err := advisorFormat.Parse(rulesData, new(advisorRules))
	require.NoError(t, err)
	if !*update {
		assert.Equal(t, q, DefaultQuestionnaire())
		assert.Equal(t, r, loadedRules())
	}
	gen.Golden(t, "data_gen.go", gen.File{
		Package: "github.com/auhl/auhl-go/studychoice", Name: "studychoice",
		Source: "data/questionnaire.json and data/rules.json", Command: "go generate ./studychoice",
		Decls: []gen.Decl{{Name: "generatedQuestionnaire", Value: *q}, {Name: "generatedRules", Value: *r}},
	}, *update)
}
