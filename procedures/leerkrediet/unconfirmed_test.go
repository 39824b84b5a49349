package leerkrediet

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
		Decide: leerkredietDecisions,
	})
}

// leerkredietDecisions calculates the worked examples and the package's
// own, with the rules read.
func leerkredietDecisions(t *testing.T, set any) []auhl.Finding {
	s := set.(*RulesFile)
	var out []auhl.Finding
	histories := [][]Event{
		{enrol(testkit.Y25, CreditContract, InitialBachelor, 30), results(testkit.Y25, 20, 0)},
		{enrol(testkit.Y25, ExamContract, InitialBachelor, 30), results(testkit.Y25, 20, 0)},
		{enrol(testkit.Y25, CreditContract, InitialBachelor, 30), reorient(testkit.Y25, "2025-11-15", 0, 0, 30, false)},
		{bachelor(testkit.Y25, 60), reorient(testkit.Y25, "2025-11-15", 0, 0, 60, true)},
		{bachelor(testkit.Y25, 60), results(testkit.Y25, 30, 0), forceMajeure(testkit.Y25, 20)},
		{bachelor(testkit.Y24, 140), results(testkit.Y24, 0, 0), bachelor(testkit.Y25, 60), results(testkit.Y25, 0, 0)},
		{bachelor(testkit.Y24, 140), results(testkit.Y24, 0, 0), master(testkit.Y25, 60)},
		{bachelor(testkit.Y24, 60), results(testkit.Y24, 10, 0), noEnrolment(testkit.Y25), bachelor(testkit.Y26, 60)},
		{bachelor(testkit.Y25, 60), results(testkit.Y25, 60, 0), diploma(testkit.Y25, BachelorDiploma)},
		{master(testkit.Y25, 60), results(testkit.Y25, 60, 0), diploma(testkit.Y25, MasterDiploma)},
		{enrol(testkit.Y25, DiplomaContract, GraduaatProgramme, 60), results(testkit.Y25, 60, 0), diploma(testkit.Y25, GraduaatDiploma)},
	}
	for _, c := range append(workedExamples(t), ownExamples(t)...) {
		if c.rules == nil {
			histories = append(histories, c.events)
		}
	}
	for _, events := range histories {
		res, err := s.Decide(History{Events: events})
		require.NoError(t, err)
		out = append(out, res.Findings...)
	}
	// UHasselt's limit to the balance, an enrolment condition.
	d, err := s.DecideEnrolment(EnrolmentRequest{Year: testkit.Year(testkit.Y25), Institution: auhl.UHasselt, Balance: 20,
		Contract: DiplomaContract, Programme: InitialBachelor, Credits: 60, Exception: ExceptionGraduationYear})
	require.NoError(t, err)
	return append(out, d.Findings...)
}
