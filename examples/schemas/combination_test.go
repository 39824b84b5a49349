package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/procedures/combination"
)

// TestCombinationInstances validates real values of package combination
// against their committed schemas: the plans and the change of programme
// of examples/combination, and what they give; and wrong ones too.
func TestCombinationInstances(t *testing.T) {
	read := func(name string) []byte {
		b, err := os.ReadFile("../combination/testdata/" + name)
		require.NoError(t, err)
		return b
	}
	plan, err := combination.DecodePlan(read("blocked.json"))
	require.NoError(t, err)
	res, err := combination.Validate(plan)
	require.NoError(t, err)
	external, err := combination.DecodeAgreements([]byte(`{"version": "x", "sources": {"s": {"title": "made up for the test"}},
		"agreements": [{"id": "a", "provider": "uhasselt", "students": "kuleuven.be", "units": ["2196"], "years": ["2024-2025"],
		"regulation": "kuleuven.be", "source": "s"}]}`))
	require.NoError(t, err)
	change, err := combination.DecodeReorientation(read("reorientation.json"))
	require.NoError(t, err)
	reo, err := combination.Reorient(change)
	require.NoError(t, err)
	require.NotNil(t, reo.Plan)

	for name, v := range map[string]any{
		"combination-plan": plan, "combination-result": res, "combination-agreements": combination.DefaultAgreements(),
		"combination-agreements with an institution outside the association": external,
		"combination-rules":         combination.Default(),
		"combination-reorientation": change, "combination-reorientation-result": reo,
	} {
		t.Run(name, func(t *testing.T) {
			file, _, _ := strings.Cut(name, " ")
			s := compile(t, file+".schema.json")
			assert.NoError(t, s.Validate(instance(t, v)))
		})
	}

	for name, bad := range map[string]string{
		"combination-reorientation": `{"academicYear": "2024-2025", "date": "2025-02-10", "contract": "diploma",
			"from": {"institution": "uhasselt", "code": "648"}, "to": {"institution": "uhasselt", "code": "625"},
			"units": [{"code": "1312", "result": "tolerated"}]}`,
		"combination-reorientation-result": `{"academicYear": "2024-2025", "exemptions": [{"match": "guess"}]}`,
		"combination-agreements": `{"version": "x", "sources": {"s": {"title": "t"}}, "agreements": [{"id": "a", "provider": "uhasselt",
			"students": "KU Leuven", "units": ["2196"], "years": ["2024-2025"], "regulation": "uhasselt", "source": "s"}]}`,
	} {
		t.Run(name+" refuses", func(t *testing.T) {
			s := compile(t, name+".schema.json")
			assert.Error(t, s.Validate(instance(t, []byte(bad))))
		})
	}
}
