package language

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
)

// TestEveryUnconfirmedRuleWarnsByItself: see
// testkit.EveryUnconfirmedRuleWarnsByItself.
func TestEveryUnconfirmedRuleWarnsByItself(t *testing.T) {
	testkit.EveryUnconfirmedRuleWarnsByItself(t, testkit.RulesCase{
		Data: rulesData, Codes: []string{CodeUnconfirmed},
		Decode: func(d []byte) (any, error) { return DecodeRules(d) },
		Decide: languageDecisions,
	})
}

// languageDecisions checks, in 2025-2026, every kind of proof against the
// need of every kind of programme and of English at every level, without
// proofs too, and registrations for the language test in every month.
func languageDecisions(t *testing.T, set any) []auhl.Finding {
	s := set.(*RulesFile)
	y := testkit.Year(testkit.Y25)
	r, err := s.For(y)
	require.NoError(t, err)
	var needs []Need
	for _, k := range programmeKinds {
		n, ok := r.NeedFor(k)
		require.True(t, ok)
		needs = append(needs, n)
	}
	for _, p := range catalog.Default().Programmes {
		for _, n := range r.Needs(p) {
			if n.Language == auhl.English {
				needs = append(needs, n)
			}
		}
	}
	for _, l := range cefrLevels {
		needs = append(needs, Need{Language: auhl.English, Level: l})
	}
	proofs := [][]Proof{nil}
	for _, k := range proofKinds {
		for _, obtained := range []auhl.AcademicYear{{}, testkit.Year("2010-2011"), testkit.Year(testkit.Y24)} {
			p := Proof{Kind: k, Obtained: obtained}
			if k.leveled() {
				for _, l := range cefrLevels {
					p.Level = l
					p.Language = auhl.Dutch
					proofs = append(proofs, []Proof{p})
					p.Language = auhl.English
					proofs = append(proofs, []Proof{p})
				}
				continue
			}
			if k.scored() {
				for _, score := range []float64{1, 5, 6, 6.5, 7, 72, 80, 100, 110, 160, 180, 550, 600} {
					p.Score = score
					proofs = append(proofs, []Proof{p})
				}
				continue
			}
			proofs = append(proofs, []Proof{p})
		}
	}
	var out []auhl.Finding
	for _, n := range needs {
		for _, ps := range proofs {
			out = append(out, r.Decide(n, ps, y).Findings...)
		}
	}
	for m := 1; m <= 12; m++ {
		day := testkit.Day("2025-" + pad2(m) + "-10")
		for _, earlier := range [][]auhl.Date{nil, {testkit.Day("2025-01-02")}, {testkit.Day("2025-05-02")}} {
			if len(earlier) > 0 && earlier[0].Compare(day) > 0 {
				continue
			}
			c, err := s.DecideRegistration(TestRegistration{Session: day, Earlier: earlier})
			require.NoError(t, err)
			out = append(out, c.Findings...)
		}
	}
	return out
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
