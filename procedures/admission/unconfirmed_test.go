package admission

import (
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
	"github.com/auhl/auhl-go/procedures/language"
)

// TestEveryUnconfirmedRuleWarnsByItself: see
// testkit.EveryUnconfirmedRuleWarnsByItself.
func TestEveryUnconfirmedRuleWarnsByItself(t *testing.T) {
	testkit.EveryUnconfirmedRuleWarnsByItself(t, testkit.RulesCase{
		Data: rulesData, Codes: []string{CodeUnconfirmed},
		Decode: func(d []byte) (any, error) { return DecodeRules(d) },
		Decide: admissionDecisions,
	})
}

// admissionDecisions decides, in 2025-2026, for applicants of every
// background with and without the programmes' tests, on a programme of
// every kind in the catalogue, on a diploma and a credit contract, and on
// an exam contract with a secondary diploma; foreign diplomas whose rules
// depend on the level only, on a diploma contract without tests.
func admissionDecisions(t *testing.T, set any) []auhl.Finding {
	s := set.(*RulesFile)
	y := testkit.Year(testkit.Y25)
	r, err := s.For(y)
	require.NoError(t, err)
	var progs []catalog.Programme
	seen := map[string]bool{}
	for _, p := range catalog.Default().Programmes {
		_, listed := r.examFor(p.ID)
		key := string(p.Level) + string(p.Institution) + auhl.Strings(p.Languages)[0] + strconv.FormatBool(p.Admission.EntranceExam) + string(p.Admission.Ijkingstoets) +
			strconv.FormatBool(p.Admission.TeacherTest) + strconv.FormatBool(p.Admission.ArtisticTest)
		if listed || slices.ContainsFunc(r.ProgrammeConditions, func(c programmeCondition) bool { return c.Programme == p.ID }) {
			key = p.ID
		}
		if !seen[key] {
			seen[key] = true
			progs = append(progs, p)
		}
	}
	old, y24 := testkit.Year("2023-2024"), testkit.Year(testkit.Y24)
	diplomas := [][]Diploma{
		nil,
		{{Kind: DiplomaSecondary, Issued: old}},
		{{Kind: DiplomaSecondary, Issued: y24, Qualification: 4}},
		{{Kind: DiplomaSecondary, Issued: y24, Qualification: 3}},
		{{Kind: DiplomaSecondary, Issued: y24}},
		{{Kind: DiplomaSecondary, Issued: y, Qualification: 4}},
		{{Kind: DiplomaSecondary, Issued: y, Qualification: 3}},
		{{Kind: DiplomaSecondary, Issued: y}},
		{{Kind: DiplomaStudyCertificate, Issued: testkit.Year("2015-2016")}},
		{{Kind: DiplomaStudyCertificate, Issued: testkit.Year("2021-2022"), Month: 6}},
		{{Kind: DiplomaStudyCertificate, Issued: y24}},
		{{Kind: DiplomaAdultEducation, Issued: y24, Lessons: 2000}},
		{{Kind: DiplomaAdultEducation, Issued: y24, Lessons: 10}},
		{{Kind: DiplomaAdmissionCertificate, Issued: y24}},
		{{Kind: DiplomaSecondary, Issued: old, Foreign: true, Lisbon: true, AccessAtHome: true}},
		{{Kind: DiplomaSecondary, Issued: old, Foreign: true, AccessAtHome: true}},
		{{Kind: DiplomaSecondary, Issued: old, Foreign: true}},
		{{Kind: DiplomaMaster, Issued: old, Foreign: true}},
		{{Kind: DiplomaProfessionalBachelor, Issued: old}},
		{{Kind: DiplomaAcademicBachelor, Issued: old}},
		{{Kind: DiplomaAcademicBachelor, Issued: old, ConnectsTo: []string{"elsewhere"}}},
		{{Kind: DiplomaAcademicBachelor, Issued: old, ConnectsTo: []string{"$programme"}}},
		{{Kind: DiplomaSchakelCertificate, Issued: old, Programme: "$programme"}},
	}
	tests := [][]TestResult{
		nil,
		{{Test: TestIjkingstoets}, {Test: TestStarttoets, Shortfalls: true}, {Test: TestArtistic, Passed: true, Programme: "$programme"},
			{Test: TestGraduaat, Passed: true}, {Test: TestCompetenceCheck, Passed: true},
			{Test: TestArts, Knowledge: 60, Generic: 60, Ranked: true, AcademicYear: old}, {Test: TestTandarts, Knowledge: 60, Generic: 60, Ranked: true, AcademicYear: old}},
		{{Test: TestStarttoets}, {Test: TestArtistic, Programme: "$programme"}, {Test: TestGraduaat},
			{Test: TestArts, Knowledge: 60, Generic: 60, AcademicYear: old}, {Test: TestTandarts, Knowledge: 40, Generic: 60, AcademicYear: old}},
	}
	// Diplomas whose rules depend on the level only, decided on a diploma
	// contract without tests; the secondary diploma on an exam contract.
	byLevel := []struct {
		c  Contract
		ds []Diploma
	}{
		{ExamContract, []Diploma{{Kind: DiplomaSecondary, Issued: old}}},
		{DiplomaContract, []Diploma{{Kind: DiplomaSecondary, Issued: old, Foreign: true, Lisbon: true, AccessAtHome: true, ProfessionalOnly: true}}},
		{DiplomaContract, []Diploma{{Kind: DiplomaSecondary, Issued: old, Foreign: true, AccessAtHome: true, ProfessionalOnly: true}}},
		{DiplomaContract, []Diploma{{Kind: DiplomaSecondary, Issued: old, Foreign: true, Named: "nl-vwo"}}},
		{DiplomaContract, []Diploma{{Kind: DiplomaSecondary, Issued: old, Foreign: true, Named: "nl-havo"}}},
		{DiplomaContract, []Diploma{{Kind: DiplomaPropedeuse, Issued: y24, Foreign: true, Named: "nl-propedeuse"}}},
		{DiplomaContract, []Diploma{{Kind: DiplomaSecondary, Issued: old, Foreign: true, Named: "nl-mbo-4"}}},
	}
	var out []auhl.Finding
	for _, p := range progs {
		for _, b := range byLevel {
			a := Applicant{AcademicYear: y, Contract: b.c, Age: 20, LanguageProofs: []language.Proof{dutchB2, englishB2}, Diplomas: b.ds}
			d, err := s.Decide(a, p)
			require.NoError(t, err)
			out = append(out, d.Findings...)
		}
	}
	for _, p := range progs {
		for _, ds := range diplomas {
			for _, ts := range tests {
				for _, c := range []Contract{DiplomaContract, CreditContract} {
					a := Applicant{AcademicYear: y, Contract: c, Age: 20, LanguageProofs: []language.Proof{dutchB2, englishB2}}
					for _, d := range ds {
						for i, id := range d.ConnectsTo {
							if id == "$programme" {
								d.ConnectsTo = append([]string(nil), d.ConnectsTo...)
								d.ConnectsTo[i] = p.ID
							}
						}
						if d.Programme == "$programme" {
							d.Programme = p.ID
						}
						a.Diplomas = append(a.Diplomas, d)
					}
					for _, x := range ts {
						if x.AcademicYear.IsZero() {
							x.AcademicYear = y
						}
						if x.Programme == "$programme" {
							x.Programme = p.ID
						}
						a.Tests = append(a.Tests, x)
					}
					d, err := s.Decide(a, p)
					require.NoError(t, err)
					out = append(out, d.Findings...)
				}
			}
		}
	}
	return out
}
