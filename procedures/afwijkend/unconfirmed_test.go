package afwijkend

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
		Decide: afwijkendDecisions,
	})
}

// afwijkendDecisions assesses cases of afwijkende toelating of every
// ground through the year, in 2025-2026.
func afwijkendDecisions(t *testing.T, set any) []auhl.Finding {
	s := set.(*RulesFile)
	y := testkit.Year(testkit.Y25)
	var out []auhl.Finding
	for _, g := range allGrounds {
		for _, c := range []Case{
			{AcademicYear: y, Ground: g},
			{AcademicYear: y, Ground: g, Age: 30, EEANationality: true, Dossier: fullDossier},
			{AcademicYear: y, Ground: g, Age: 18, Dossier: fullDossier, Submitted: testkit.Day("2025-05-10")},
			{AcademicYear: y, Ground: g, Age: 30, EEANationality: true, Dossier: fullDossier, Submitted: testkit.Day("2025-05-10"), Assessment: AssessmentPassed},
			{AcademicYear: y, Ground: g, Age: 30, EEANationality: true, Dossier: fullDossier, Submitted: testkit.Day("2025-05-10"), Assessment: AssessmentFailed},
			{AcademicYear: y, Ground: g, Age: 30, EEANationality: true, Dossier: fullDossier, Submitted: testkit.Day("2025-10-01")},
			{AcademicYear: y, Ground: g, Age: 30, EEANationality: true, Dossier: fullDossier, EarlierAttempts: []Attempt{{AcademicYear: y, Result: AssessmentFailed}}},
		} {
			for _, on := range []auhl.Date{testkit.Day("2025-03-01"), testkit.Day("2025-06-01"), testkit.Day("2025-08-30"), testkit.Day("2025-10-15")} {
				if !c.Submitted.IsZero() && c.Submitted.Compare(on) > 0 {
					continue
				}
				st, err := s.Decide(c, on)
				require.NoError(t, err)
				out = append(out, st.Findings...)
			}
		}
	}
	return out
}
