package evc

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
)

// TestEveryUnconfirmedRuleWarnsByItself: see
// testkit.EveryUnconfirmedRuleWarnsByItself.
func TestEveryUnconfirmedRuleWarnsByItself(t *testing.T) {
	testkit.EveryUnconfirmedRuleWarnsByItself(t, testkit.RulesCase{
		Data: rulesData, Codes: []string{CodeUnconfirmed},
		Decode: func(d []byte) (any, error) { return DecodeRules(d) },
		Decide: evcDecisions,
		// An actualisation programme can be imposed on a certificate
		// older than the years the file covers: no decision of
		// 2025-2026 can rest on the rule.
		Unused: []string{"/actualisation"},
	})
}

// evcDecisions takes EVC procedures through every step, in 2025-2026.
func evcDecisions(t *testing.T, set any) []auhl.Finding {
	s := set.(*RulesFile)
	var out []auhl.Finding
	for _, steps := range [][]Step{
		{{Action: ActionRequestIntake, Date: testkit.Day("2026-08-15")}},
		{stRequest, stIntake, stPortfolio, stPositive, stAppeal, stUpheld, stExemption},
		{stRequest, stIntake, stPortfolio, stNegative, stAppeal, stRejected},
		{stRequest, stIntake, stPortfolio, stPositive, stExemption},
	} {
		var p Procedure
		for _, st := range steps {
			fs, err := s.Apply(&p, st)
			require.NoError(t, err)
			out = append(out, fs...)
		}
	}
	return out
}
