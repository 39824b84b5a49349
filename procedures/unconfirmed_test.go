package procedures

import (
	"encoding/json"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/rules"
)

// ruleFileCase is a rules file for TestEveryUnconfirmedRuleWarnsByItself:
// how to parse it, and decisions that together rest on its rules.
type ruleFileCase struct {
	name string
	data []byte
	// codes are the codes of the file's unconfirmed warnings.
	codes []string
	// parse reads a copy of the file; decide runs the decisions on it
	// and returns all their findings.
	parse  func(data []byte) (any, error)
	decide func(t *testing.T, set any) []auhl.Finding
	// unused are the rules (pointers within the year) that no decision
	// rests on: marking one unconfirmed warns nowhere.
	unused []string
}

// TestEveryUnconfirmedRuleWarnsByItself marks each rule of the year
// 2025-2026 of every rules file unconfirmed in turn, alone, and runs
// decisions that use it: every warning names exactly that rule, by its
// pointer and its label, and rendered in both languages; a rule no
// decision rests on is listed as such. This is the promise that a
// decision that rests on an unconfirmed rule says so, rule by rule.
func TestEveryUnconfirmedRuleWarnsByItself(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every decision once per rule")
	}
	for _, fc := range ruleFileCases() {
		t.Run(fc.name, func(t *testing.T) {
			var doc map[string]any
			require.NoError(t, json.Unmarshal(fc.data, &doc))
			clearUnconfirmed(doc)
			years := doc["years"].([]any)
			yi := slices_index(years, y25)
			require.GreaterOrEqual(t, yi, 0)
			clean, err := json.Marshal(doc)
			require.NoError(t, err)
			set, err := fc.parse(clean)
			require.NoError(t, err)
			assert.Empty(t, unconfirmedWarnings(fc.decide(t, set), fc.codes), "no rule is unconfirmed")

			prefix := auhl.Index("/years", yi)
			var paths []string
			rules.Walk(set, func(path string, b *Basis) {
				if strings.HasPrefix(path, prefix+"/") {
					paths = append(paths, path)
				}
			})
			require.NotEmpty(t, paths)
			unused := map[string]bool{}
			for _, u := range fc.unused {
				unused[prefix+u] = true
			}
			for _, path := range paths {
				marked := markUnconfirmed(t, clean, path)
				set, err := fc.parse(marked)
				require.NoError(t, err, path)
				var label string
				rules.Walk(set, func(p string, b *Basis) {
					if p == path {
						label = b.Label()
					}
				})
				ws := unconfirmedWarnings(fc.decide(t, set), fc.codes)
				if unused[path] {
					assert.Empty(t, ws, "%s is listed as used by no decision", path)
					continue
				}
				require.NotEmpty(t, ws, "no decision warns about %s", path)
				for _, w := range ws {
					assert.Equal(t, path, w.Params["path"].String(), "a warning names exactly the rule marked")
					assert.Equal(t, label, w.Params["rule"].String(), path)
					for _, l := range auhl.Langs() {
						text := i18n.Render(l, w)
						assert.NotContains(t, text, label, "%s: the label is rendered", path)
						assert.Contains(t, text, i18n.Message(l, label, nil), path)
					}
				}
			}
		})
	}
}

// slices_index returns the index of the year y in the years of a rules
// file document, or -1.
func slices_index(years []any, y string) int {
	for i, r := range years {
		if r.(map[string]any)["academicYear"] == y {
			return i
		}
	}
	return -1
}

// clearUnconfirmed removes every unconfirmed mark of a JSON document.
func clearUnconfirmed(v any) {
	switch v := v.(type) {
	case map[string]any:
		delete(v, "unconfirmed")
		for _, e := range v {
			clearUnconfirmed(e)
		}
	case []any:
		for _, e := range v {
			clearUnconfirmed(e)
		}
	}
}

// markUnconfirmed returns data with the rule at path marked unconfirmed.
func markUnconfirmed(t *testing.T, data []byte, path string) []byte {
	t.Helper()
	var doc any
	require.NoError(t, json.Unmarshal(data, &doc))
	v := doc
	for _, tok := range strings.Split(path, "/")[1:] {
		switch c := v.(type) {
		case map[string]any:
			v = c[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			require.NoError(t, err)
			v = c[i]
		}
	}
	v.(map[string]any)["unconfirmed"] = true
	out, err := json.Marshal(doc)
	require.NoError(t, err)
	return out
}

// unconfirmedWarnings returns the findings with one of codes.
func unconfirmedWarnings(fs []auhl.Finding, codes []string) []auhl.Finding {
	var out []auhl.Finding
	for _, f := range fs {
		if slices.Contains(codes, f.Code) {
			out = append(out, f)
		}
	}
	return out
}

func ruleFileCases() []ruleFileCase {
	return []ruleFileCase{
		{
			name: "admission", data: admissionData, codes: []string{CodeAdmissionUnconfirmed},
			parse:  func(d []byte) (any, error) { return ParseAdmissionRules(d) },
			decide: admissionDecisions,
		},
		{
			name: "language", data: languageData, codes: []string{CodeLanguageUnconfirmed},
			parse:  func(d []byte) (any, error) { return ParseLanguageRules(d) },
			decide: languageDecisions,
		},
		{
			name: "procedures", data: proceduresData, codes: []string{CodeAfwijkendUnconfirmed, CodeEVCUnconfirmed},
			parse:  func(d []byte) (any, error) { return ParseProcedureRules(d) },
			decide: procedureDecisions,
			// An actualisation programme can be imposed on a certificate
			// older than the years the file covers: no decision of
			// 2025-2026 can rest on the rule.
			unused: []string{"/evc/actualisation"},
		},
		{
			name: "leerkrediet", data: leerkredietData, codes: []string{CodeUnconfirmed},
			parse:  func(d []byte) (any, error) { return ParseLeerkredietRules(d) },
			decide: leerkredietDecisions,
		},
		{
			name: "progress", data: progressData, codes: []string{CodeProgressUnconfirmed},
			parse:  func(d []byte) (any, error) { return ParseProgressRules(d) },
			decide: progressDecisions,
		},
	}
}

// admissionDecisions decides, in 2025-2026, for applicants of every
// background with and without the programmes' tests, on a programme of
// every kind in the catalogue, on a diploma and a credit contract.
func admissionDecisions(t *testing.T, set any) []auhl.Finding {
	s := set.(*AdmissionRuleSet)
	y := year(y25)
	r, err := s.For(y)
	require.NoError(t, err)
	var progs []catalog.Programme
	seen := map[string]bool{}
	for _, p := range catalog.Default().Programmes {
		_, listed := r.examFor(p.ID)
		key := string(p.Level) + string(p.Institution) + strconv.FormatBool(p.Admission.EntranceExam) + string(p.Admission.Ijkingstoets) +
			strconv.FormatBool(p.Admission.TeacherTest) + strconv.FormatBool(p.Admission.ArtisticTest)
		if listed {
			key = p.ID
		}
		if !seen[key] {
			seen[key] = true
			progs = append(progs, p)
		}
	}
	old, y24 := year("2023-2024"), year(y24)
	diplomas := [][]Diploma{
		nil,
		{{Kind: DiplomaSecondary, Issued: old}},
		{{Kind: DiplomaSecondary, Issued: y24, Qualification: 4}},
		{{Kind: DiplomaSecondary, Issued: y24, Qualification: 3}},
		{{Kind: DiplomaStudyCertificate, Issued: year("2015-2016")}},
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
	var out []auhl.Finding
	for _, p := range progs {
		for _, ds := range diplomas {
			for _, ts := range tests {
				for _, c := range []Contract{DiplomaContract, CreditContract} {
					a := Applicant{AcademicYear: y, Contract: c, Age: 20, LanguageProofs: []LanguageProof{dutchB2, englishB2}}
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
					d, err := s.Decide(DefaultLanguageRules(), a, p)
					require.NoError(t, err)
					out = append(out, d.Findings...)
				}
			}
		}
	}
	return out
}

// languageDecisions checks, in 2025-2026, every kind of proof against the
// need of every kind of programme and of English at every level, without
// proofs too, and registrations for the language test in every month.
func languageDecisions(t *testing.T, set any) []auhl.Finding {
	s := set.(*LanguageRuleSet)
	y := year(y25)
	r, err := s.For(y)
	require.NoError(t, err)
	var needs []LanguageNeed
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
		needs = append(needs, LanguageNeed{Language: auhl.English, Level: l})
	}
	proofs := [][]LanguageProof{nil}
	for _, k := range proofKinds {
		for _, obtained := range []auhl.AcademicYear{{}, year("2010-2011"), year(y24)} {
			p := LanguageProof{Kind: k, Obtained: obtained}
			if k.leveled() {
				for _, l := range cefrLevels {
					p.Level = l
					p.Language = auhl.Dutch
					proofs = append(proofs, []LanguageProof{p})
					p.Language = auhl.English
					proofs = append(proofs, []LanguageProof{p})
				}
				continue
			}
			if k.scored() {
				for _, score := range []float64{1, 5, 6, 6.5, 7, 72, 80, 100, 110, 160, 180, 550, 600} {
					p.Score = score
					proofs = append(proofs, []LanguageProof{p})
				}
				continue
			}
			proofs = append(proofs, []LanguageProof{p})
		}
	}
	var out []auhl.Finding
	for _, n := range needs {
		for _, ps := range proofs {
			out = append(out, r.Check(n, ps, y).Findings...)
		}
	}
	for m := 1; m <= 12; m++ {
		day := Date("2025-" + pad2(m) + "-10")
		for _, earlier := range [][]Date{nil, {"2025-01-02"}, {"2025-05-02"}} {
			if len(earlier) > 0 && earlier[0] > day {
				continue
			}
			c, err := s.CheckRegistration(LanguageTestRegistration{Session: day, Earlier: earlier})
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

// procedureDecisions assesses cases of afwijkende toelating of every
// ground through the year, and takes EVC procedures through every step,
// in 2025-2026.
func procedureDecisions(t *testing.T, set any) []auhl.Finding {
	s := set.(*ProcedureRuleSet)
	y := year(y25)
	var out []auhl.Finding
	for _, g := range allGrounds {
		for _, c := range []Case{
			{AcademicYear: y, Ground: g},
			{AcademicYear: y, Ground: g, Age: 30, EEANationality: true, Dossier: fullDossier},
			{AcademicYear: y, Ground: g, Age: 18, Dossier: fullDossier, Submitted: "2025-05-10"},
			{AcademicYear: y, Ground: g, Age: 30, EEANationality: true, Dossier: fullDossier, Submitted: "2025-05-10", Assessment: AssessmentPassed},
			{AcademicYear: y, Ground: g, Age: 30, EEANationality: true, Dossier: fullDossier, Submitted: "2025-05-10", Assessment: AssessmentFailed},
			{AcademicYear: y, Ground: g, Age: 30, EEANationality: true, Dossier: fullDossier, Submitted: "2025-10-01"},
			{AcademicYear: y, Ground: g, Age: 30, EEANationality: true, Dossier: fullDossier, EarlierAttempts: []Attempt{{AcademicYear: y, Result: AssessmentFailed}}},
		} {
			for _, on := range []Date{"2025-03-01", "2025-06-01", "2025-08-30", "2025-10-15"} {
				if c.Submitted != "" && c.Submitted > on {
					continue
				}
				st, err := s.AssessCase(c, on)
				require.NoError(t, err)
				out = append(out, st.Findings...)
			}
		}
	}
	for _, steps := range [][]EVCStep{
		{{Action: ActionRequestIntake, Date: "2026-08-15"}},
		{stRequest, stIntake, stPortfolio, stPositive, stAppeal, stUpheld, stExemption},
		{stRequest, stIntake, stPortfolio, stNegative, stAppeal, stRejected},
		{stRequest, stIntake, stPortfolio, stPositive, stExemption},
	} {
		var p EVCProcedure
		for _, st := range steps {
			fs, err := s.ApplyEVC(&p, st)
			require.NoError(t, err)
			out = append(out, fs...)
		}
	}
	return out
}

// leerkredietDecisions calculates the worked examples and the package's
// own, with the rules read.
func leerkredietDecisions(t *testing.T, set any) []auhl.Finding {
	s := set.(*LeerkredietRuleSet)
	var out []auhl.Finding
	histories := [][]LeerkredietEvent{
		{enrol(y25, CreditContract, InitialBachelor, 30), results(y25, 20, 0)},
		{enrol(y25, ExamContract, InitialBachelor, 30), results(y25, 20, 0)},
		{enrol(y25, CreditContract, InitialBachelor, 30), reorient(y25, "2025-11-15", 0, 0, 30, false)},
		{bachelor(y25, 60), reorient(y25, "2025-11-15", 0, 0, 60, true)},
		{bachelor(y25, 60), results(y25, 30, 0), forceMajeure(y25, 20)},
		{bachelor(y24, 140), results(y24, 0, 0), bachelor(y25, 60), results(y25, 0, 0)},
		{bachelor(y24, 140), results(y24, 0, 0), master(y25, 60)},
		{bachelor(y24, 60), results(y24, 10, 0), noEnrolment(y25), bachelor(y26, 60)},
		{bachelor(y25, 60), results(y25, 60, 0), diploma(y25, BachelorDiploma)},
		{master(y25, 60), results(y25, 60, 0), diploma(y25, MasterDiploma)},
		{enrol(y25, DiplomaContract, GraduaatProgramme, 60), results(y25, 60, 0), diploma(y25, GraduaatDiploma)},
	}
	for _, c := range append(workedExamples(t), ownExamples(t)...) {
		if c.rules == nil {
			histories = append(histories, c.events)
		}
	}
	for _, events := range histories {
		res, err := s.Calculate(LeerkredietHistory{Events: events})
		require.NoError(t, err)
		out = append(out, res.Findings...)
	}
	return out
}

// progressDecisions decides the enrolment of 2025-2026 at UHasselt and
// PXL for students of several cohorts, rates and course histories.
func progressDecisions(t *testing.T, set any) []auhl.Finding {
	s := set.(*ProgressRuleSet)
	var out []auhl.Finding
	for _, inst := range []auhl.Institution{auhl.UHasselt, auhl.PXL} {
		for _, cohort := range []string{"2020-2021", "2023-2024", y24} {
			for _, rate := range [][2]int{{60, 10}, {60, 27}, {60, 50}, {80, 60}} {
				for _, open := range []int{0, 30} {
					for _, courses := range [][]CourseProgress{nil, {{ID: "c1", Enrolments: 2}}} {
						e := progressOpen(progressYear(y24, rate[0], rate[1]), open)
						es := []ProgressEnrolment{e}
						if cohort != y24 {
							prev := progressOpen(progressYear("2023-2024", 60, 30), 30)
							prev.Conditions = &BindingConditions{MaxCredits: 45, TargetRate: 70}
							es = append([]ProgressEnrolment{prev}, es...)
						}
						rec := ProgressRecord{Institution: inst, Programme: "p", Cohort: year(cohort), Enrolments: es, Courses: courses}
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
	return out
}

// TestRuleLabelsAreDistinct: every rule of a file has a label of its own
// kind, and no two kinds share a message.
func TestRuleLabelsAreDistinct(t *testing.T) {
	texts := map[string]string{}
	for _, labels := range [][]auhl.CodeSpec{admissionFormat.Labels(), languageFormat.Labels(), procedureFormat.Labels(), leerkredietFormat.Labels(), progressFormat.Labels()} {
		for _, c := range labels {
			require.True(t, i18n.HasMessage(c.Code), c.Code)
			en := i18n.Message(auhl.English, c.Code, nil)
			assert.Empty(t, texts[en], "%s and %s share %q", c.Code, texts[en], en)
			texts[en] = c.Code
		}
	}
	var codes []string
	for _, c := range texts {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	assert.NotEmpty(t, codes)
}
