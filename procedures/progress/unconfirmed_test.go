package progress

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
		Decide: progressDecisions,
	})
}

// progressDecisions decides the enrolment of 2025-2026 at UHasselt and
// PXL for students of several cohorts, rates and course histories.
func progressDecisions(t *testing.T, set any) []auhl.Finding {
	s := set.(*RulesFile)
	var out []auhl.Finding
	for _, inst := range []auhl.Institution{auhl.UHasselt, auhl.PXL} {
		for _, cohort := range []string{"2020-2021", "2023-2024", testkit.Y24} {
			for _, rate := range [][2]int{{60, 10}, {60, 27}, {60, 50}, {80, 60}} {
				for _, open := range []int{0, 30} {
					for _, courses := range [][]Course{nil, {{ID: "c1", Enrolments: 2}}} {
						e := progressOpen(progressYear(testkit.Y24, rate[0], rate[1]), open)
						es := []Enrolment{e}
						if cohort != testkit.Y24 {
							prev := progressOpen(progressYear("2023-2024", 60, 30), 30)
							prev.Conditions = &BindingConditions{MaxCredits: 45, TargetRate: 70}
							es = append([]Enrolment{prev}, es...)
						}
						rec := Record{Institution: inst, Programme: "p", Cohort: testkit.Year(cohort), Enrolments: es, Courses: courses}
						for _, exc := range []bool{false, true} {
							rec.Exception = exc
							rec.PlannedCredits = 0
							if exc {
								rec.PlannedCredits = 200
							}
							dec, err := s.Decide(rec)
							if err != nil {
								continue
							}
							out = append(out, dec.Findings...)
						}
					}
				}
			}
		}
	}
	return append(out, planDecisions(t, s)...)
}

// planDecisions judges plans of 2025-2026 that rest on every rule of
// DecidePlan: a first enrolment with and without the model path, the
// third model path too early, a cap under 45, too few credits for the
// family allowance, and a student from outside the EEA.
func planDecisions(t *testing.T, s *RulesFile) []auhl.Finding {
	y := testkit.Year(testkit.Y25)
	plans := []Plan{
		{Institution: auhl.UHasselt, AcademicYear: y, Cohort: y, Credits: 60, ModelPath: true},
		{Institution: auhl.UHasselt, AcademicYear: y, Cohort: y, Credits: 30, Exemption: ExemptionSpecialStatus},
		{Institution: auhl.PXL, AcademicYear: y, Cohort: y, Credits: 30},
		{Institution: auhl.UHasselt, AcademicYear: y, Cohort: testkit.Year(testkit.Y24), Credits: 60, ThirdModelPathCredits: 12, DrempelpakketOpen: 6, CapCredits: 40},
		{Institution: auhl.UHasselt, AcademicYear: y, Cohort: testkit.Year(testkit.Y24), Credits: 24, Age: 20, NonEEA: true, Enrolments: 2, Earned: 50},
		{Institution: auhl.UHasselt, AcademicYear: y, Cohort: testkit.Year("2020-2021"), Credits: 20, NonEEA: true, GraduationYear: true},
	}
	var out []auhl.Finding
	for _, p := range plans {
		d, err := s.DecidePlan(p)
		require.NoError(t, err)
		out = append(out, d.Findings...)
	}
	return out
}
