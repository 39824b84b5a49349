package admission

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
	"github.com/auhl/auhl-go/procedures/language"
)

func TestEmbeddedAdmissionRulesAreStrictlyValid(t *testing.T) {
	s, err := DecodeRules(rulesData)
	require.NoError(t, err)
	assert.Equal(t, Default(), s)
	for _, y := range []string{testkit.Y24, testkit.Y25, testkit.Y26} {
		r, err := s.For(testkit.Year(y))
		require.NoError(t, err, y)
		assert.Equal(t, testkit.Year(testkit.Y24), r.Secondary.QualificationFrom)
		assert.Equal(t, 4, r.Secondary.Bachelor.Level)
		assert.True(t, r.Secondary.Bachelor.Unconfirmed, "level 4 for a bachelor is [D/?]")
		assert.Equal(t, 3, r.Secondary.Graduaat.Level)
		assert.Equal(t, 3, r.Graduaat.StudyCertificate.Years)
		assert.Equal(t, 900, r.Graduaat.AdultEducation.Lessons)
		assert.Equal(t, 18, r.Graduaat.WithoutDiploma.Age)
		assert.Equal(t, [3]int{45, 90, 30}, [3]int{r.Master.Schakel.Min, r.Master.Schakel.Max, r.Master.Schakel.Reduced})
		assert.True(t, r.Foreign.Lisbon.Unconfirmed, "the Lisbon clause has weak provenance")
		assert.True(t, r.OwnConditions.Unconfirmed)
		assert.Equal(t, testkit.Year("2023-2024"), r.Starttoets.From)
		uh, px := r.contracts(auhl.UHasselt), r.contracts(auhl.PXL)
		assert.True(t, uh.Credit.Applies)
		assert.False(t, px.Credit.Applies)
		assert.Equal(t, "uhasselt-studiecontract", uh.Diploma.Source, "each institution's contracts cite its own page")
		assert.Equal(t, "pxl-toelating", px.Diploma.Source)
		// Every programme with an exam in the catalogue is named, and every
		// programme named is in the catalogue with the exam.
		cat := catalog.Default()
		for _, p := range cat.Programmes {
			_, listed := r.examFor(p.ID)
			assert.Equal(t, p.Admission.EntranceExam, listed, p.ID)
		}
	}
	_, err = s.For(testkit.Year(testkit.Y27))
	testkit.AssertProblem(t, err, "/", rules.CodePeriodUnknown)
}

func TestParseAdmissionRulesProblems(t *testing.T) {
	var doc map[string]any
	require.NoError(t, json.Unmarshal(rulesData, &doc))
	years := doc["years"].([]any)
	y0 := years[0].(map[string]any)
	y0["secondary"].(map[string]any)["bachelor"].(map[string]any)["level"] = 5
	y0["master"].(map[string]any)["schakel"].(map[string]any)["reduced"] = 60
	y0["entranceExam"].(map[string]any)["programmes"] = []any{
		map[string]any{"programme": "x", "exam": "ijkingstoets", "source": "nowhere"},
		map[string]any{"programme": "x", "exam": "entrance-exam-arts", "source": "uhasselt-toelating"},
	}
	pxl := y0["contracts"].([]any)[1]
	y0["contracts"] = []any{pxl, pxl}
	years[1].(map[string]any)["academicYear"] = testkit.Y24
	data, err := json.Marshal(doc)
	require.NoError(t, err)
	_, err = DecodeRules(data)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	got := map[string]string{}
	for _, p := range ve.Problems {
		got[p.Path] = p.Code
	}
	assert.Equal(t, map[string]string{
		"/years/0/secondary/bachelor/level":            auhl.CodeNumberRange,
		"/years/0/master/schakel/reduced":              auhl.CodeNumberRange,
		"/years/0/entranceExam/programmes/0/exam":      auhl.CodeEnum,
		"/years/0/entranceExam/programmes/0/source":    rules.CodeSourceUnknown,
		"/years/0/entranceExam/programmes/1/programme": rules.CodeEntryDuplicate,
		"/years/0/contracts/1/institution":             rules.CodeEntryDuplicate,
		"/years/0/contracts":                           rules.CodeEntryMissing,
		"/years/1/academicYear":                        rules.CodePeriodDuplicate,
	}, got)
	for _, p := range ve.Problems {
		for _, l := range auhl.Langs() {
			assert.NotContains(t, i18n.RenderProblem(l, p), "{", p.Code)
		}
	}
}

// programme returns a programme of the embedded catalogue.
func catalogProgramme(t testing.TB, id string) catalog.Programme {
	t.Helper()
	p, ok := catalog.Default().ByID(id)
	require.True(t, ok, id)
	return p
}

// The proofs of Dutch and English the admission tests give, so that only
// the rule under test is open.
var (
	dutchB2   = language.Proof{Kind: language.ProofSecondaryYearDutch}
	englishB2 = language.Proof{Kind: language.ProofIELTS, Score: 6.5, Obtained: testkit.Year(testkit.Y24)}
)

// reqs writes the requirements as "kind:status", with "!" after one that
// must be met before enrolment.
func reqs(d Decision) []string {
	out := []string{}
	for _, r := range d.Requirements {
		s := string(r.Kind) + ":" + string(r.Status)
		if r.BeforeEnrolment {
			s += "!"
		}
		out = append(out, s)
	}
	return out
}

func TestDecideAdmission(t *testing.T) {
	type tc struct {
		name    string
		years   []string // the years the case runs in; all three when empty
		prog    string
		a       func(y auhl.AcademicYear) Applicant
		outcome Outcome
		route   Route
		reqs    []string
		codes   []string // codes the findings must include
	}
	secondary := func(issued auhl.AcademicYear, q int) Diploma {
		return Diploma{Kind: DiplomaSecondary, Issued: issued, Qualification: q}
	}
	// with builds an applicant of year y with Dutch at B2 and diplomas ds.
	with := func(y auhl.AcademicYear, ds ...Diploma) Applicant {
		return Applicant{AcademicYear: y, Diplomas: ds, LanguageProofs: []language.Proof{dutchB2}, Age: 18}
	}
	// old is a secondary diploma from before the qualification (2022-2023).
	old := secondary(testkit.Year("2022-2023"), 0)
	tests := []tc{
		// The secondary diploma issued before the qualification: see
		// TestSecondaryTransition for the later ones.
		{name: "bachelor with a diploma issued before the qualification", prog: "uhasselt-ba-informatica",
			a:       func(y auhl.AcademicYear) Applicant { return with(y, secondary(testkit.Year("2023-2024"), 0)) },
			outcome: Admissible, route: RouteDiploma, reqs: []string{"language:met!"},
			codes: []string{CodeAdmissible, CodeContract, CodeDiploma, CodeIjkingstoetsOptional}},
		{name: "graduaat with an old diploma", prog: "pxl-grad-programmeren",
			a:       func(y auhl.AcademicYear) Applicant { return with(y, old) },
			outcome: Admissible, route: RouteDiploma, reqs: []string{"language:met!"}, codes: []string{CodeDiploma}},
		{name: "bachelor with a study certificate", prog: "pxl-pba-toegepaste-informatica",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, Diploma{Kind: DiplomaStudyCertificate, Issued: testkit.Year("2019-2020")})
			},
			outcome: NotYetAdmissible, route: RouteAfwijkend, reqs: []string{"afwijkende-toelating:open!", "language:met!"},
			codes: []string{CodeCertificateNoBachelor}},
		{name: "graduaat with 900 lesson periods", prog: "pxl-grad-programmeren",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, Diploma{Kind: DiplomaAdultEducation, Issued: y.Prev(), Lessons: 900})
			},
			outcome: Admissible, route: RouteDiploma, reqs: []string{"language:met!"}, codes: []string{CodeAdultEducation}},
		{name: "graduaat with 899 lesson periods and aged 17", prog: "pxl-grad-programmeren",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, Diploma{Kind: DiplomaAdultEducation, Issued: y.Prev(), Lessons: 899})
				a.Age = 17
				return a
			},
			outcome: NotAdmissible, reqs: []string{},
			codes: []string{CodeNotAdmissible, CodeAdultEducationShort, CodeGraduaatTestTooYoung}},
		{name: "graduaat without a diploma, 18, test passed", prog: "pxl-grad-programmeren",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y)
				a.Tests = []TestResult{{Test: TestGraduaat, AcademicYear: y, Passed: true}}
				return a
			},
			outcome: Admissible, route: RouteGraduaatTest, reqs: []string{"graduaat-test:met!", "language:met!"},
			codes: []string{CodeRouteGraduaatTest, CodeGraduaatTestPassed}},
		{name: "graduaat without a diploma, test failed", prog: "pxl-grad-programmeren",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y)
				a.Tests = []TestResult{{Test: TestGraduaat, AcademicYear: y}}
				return a
			},
			outcome: NotAdmissible, route: RouteGraduaatTest, reqs: []string{"graduaat-test:failed!", "language:met!"},
			codes: []string{CodeGraduaatTestFailed}},
		{name: "graduaat without a diploma, a pass of an earlier year does not count", prog: "pxl-grad-programmeren",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y)
				a.Tests = []TestResult{{Test: TestGraduaat, AcademicYear: y.Prev(), Passed: true}}
				return a
			},
			outcome: NotYetAdmissible, route: RouteGraduaatTest, reqs: []string{"graduaat-test:open!", "language:met!"}},
		{name: "graduaat without a diploma or an age", prog: "pxl-grad-programmeren",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y)
				a.Age = 0
				return a
			},
			outcome: NotYetAdmissible, route: RouteGraduaatTest, reqs: []string{"graduaat-test:open!", "language:met!"},
			codes: []string{CodeGraduaatTestAgeUnknown}},
		{name: "bachelor without a diploma: afwijkende toelating", prog: "uhasselt-ba-rechten",
			a:       func(y auhl.AcademicYear) Applicant { return with(y) },
			outcome: NotYetAdmissible, route: RouteAfwijkend, reqs: []string{"afwijkende-toelating:open!", "language:met!"},
			codes: []string{CodeRouteAfwijkend}},
		{name: "bachelor with the admission certificate of afwijkende toelating", prog: "uhasselt-ba-rechten",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, Diploma{Kind: DiplomaAdmissionCertificate, Issued: y})
			},
			outcome: Admissible, route: RouteAfwijkend, reqs: []string{"afwijkende-toelating:met!", "language:met!"},
			codes: []string{CodeAfwijkendCertificate}},
		{name: "bachelor with a graduaat diploma", prog: "uhasselt-ba-rechten",
			a:       func(y auhl.AcademicYear) Applicant { return with(y, Diploma{Kind: DiplomaGraduaat, Issued: y.Prev()}) },
			outcome: Admissible, route: RouteDiploma, reqs: []string{"language:met!"},
			codes: []string{CodeHigherEducation, CodeUnconfirmed}},

		// Foreign diplomas.
		{name: "foreign diploma, Lisbon country, access at home", prog: "uhasselt-ba-rechten",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, Diploma{Kind: DiplomaSecondary, Issued: y.Prev(), Foreign: true, Lisbon: true, AccessAtHome: true})
			},
			outcome: Admissible, route: RouteDiploma, reqs: []string{"language:met!"},
			codes: []string{CodeForeignLisbon, CodeUnconfirmed}},
		{name: "foreign diploma, other country: the competence check", prog: "uhasselt-ba-rechten",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, Diploma{Kind: DiplomaSecondary, Issued: y.Prev(), Foreign: true, AccessAtHome: true})
			},
			outcome: NotYetAdmissible, route: RouteDiploma, reqs: []string{"competence-check:open!", "language:met!"},
			codes: []string{CodeForeignNonLisbon}},
		{name: "foreign diploma, other country, check passed", prog: "uhasselt-ba-rechten",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, Diploma{Kind: DiplomaSecondary, Issued: y.Prev(), Foreign: true, AccessAtHome: true})
				a.Tests = []TestResult{{Test: TestCompetenceCheck, AcademicYear: y, Passed: true}}
				return a
			},
			outcome: Admissible, route: RouteDiploma, reqs: []string{"competence-check:met!", "language:met!"},
			codes: []string{CodeCompetenceCheckPassed}},
		{name: "foreign diploma, other country, check failed", prog: "uhasselt-ba-rechten",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, Diploma{Kind: DiplomaSecondary, Issued: y.Prev(), Foreign: true, AccessAtHome: true})
				a.Tests = []TestResult{{Test: TestCompetenceCheck, AcademicYear: y}}
				return a
			},
			outcome: NotAdmissible, route: RouteDiploma, reqs: []string{"competence-check:failed!", "language:met!"},
			codes: []string{CodeCompetenceCheckFailed}},
		{name: "foreign diploma without access at home", prog: "uhasselt-ba-rechten",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, Diploma{Kind: DiplomaSecondary, Issued: y.Prev(), Foreign: true, Lisbon: true})
			},
			outcome: NotYetAdmissible, route: RouteAfwijkend, reqs: []string{"afwijkende-toelating:open!", "language:met!"},
			codes: []string{CodeForeignNoAccess}},

		// The entrance exam in medicine.
		{name: "medicine, exam passed and ranked two years ago", prog: "uhasselt-ba-geneeskunde",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.Tests = []TestResult{{Test: TestArts, AcademicYear: y.Prev().Prev(), Knowledge: 50.5, Generic: 70, Ranked: true}}
				return a
			},
			outcome: Admissible, route: RouteDiploma, reqs: []string{"entrance-exam:met!", "language:met!"},
			codes: []string{CodeExam, CodeExamPassed}},
		{name: "medicine, the passed exam proves Dutch", prog: "uhasselt-ba-geneeskunde",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.LanguageProofs = nil
				a.Tests = []TestResult{{Test: TestArts, AcademicYear: y, Knowledge: 55, Generic: 51, Ranked: true}}
				return a
			},
			outcome: Admissible, route: RouteDiploma, reqs: []string{"entrance-exam:met!", "language:met!"},
			codes: []string{language.CodeMet}},
		{name: "medicine, a failed exam proves no Dutch", prog: "uhasselt-ba-geneeskunde",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.LanguageProofs = nil
				a.Tests = []TestResult{{Test: TestArts, AcademicYear: y, Knowledge: 55, Generic: 49}}
				return a
			},
			outcome: NotAdmissible, route: RouteDiploma, reqs: []string{"entrance-exam:failed!", "language:open!"},
			codes: []string{language.CodeNotMet}},
		{name: "medicine, exactly half on a part", prog: "uhasselt-ba-geneeskunde",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.Tests = []TestResult{{Test: TestArts, AcademicYear: y, Knowledge: 80, Generic: 50, Ranked: true}}
				return a
			},
			outcome: NotAdmissible, route: RouteDiploma, reqs: []string{"entrance-exam:failed!", "language:met!"},
			codes: []string{CodeExamFailed}},
		{name: "medicine, passed but not ranked", prog: "uhasselt-ba-geneeskunde",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.Tests = []TestResult{{Test: TestArts, AcademicYear: y, Knowledge: 60, Generic: 60}}
				return a
			},
			outcome: NotAdmissible, route: RouteDiploma, reqs: []string{"entrance-exam:failed!", "language:met!"},
			codes: []string{CodeExamNotRanked}},
		{name: "medicine, the dentistry exam does not count", prog: "uhasselt-ba-geneeskunde",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.Tests = []TestResult{{Test: TestTandarts, AcademicYear: y, Knowledge: 60, Generic: 60, Ranked: true}}
				return a
			},
			outcome: NotYetAdmissible, route: RouteDiploma, reqs: []string{"entrance-exam:open!", "language:met!"},
			codes: []string{CodeExamOpen}},
		{name: "medicine on a UHasselt credit contract: the conditions apply", prog: "uhasselt-ba-geneeskunde",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.Contract = CreditContract
				return a
			},
			outcome: NotYetAdmissible, route: RouteDiploma, reqs: []string{"entrance-exam:open!", "language:met!"},
			codes: []string{CodeCreditApplies}},

		// The ijkingstoets and the starttoets.
		{name: "physics without the mandatory ijkingstoets", prog: "uhasselt-ba-fysica",
			a:       func(y auhl.AcademicYear) Applicant { return with(y, old) },
			outcome: NotYetAdmissible, route: RouteDiploma, reqs: []string{"ijkingstoets:open!", "language:met!"},
			codes: []string{CodeIjkingstoetsMissing}},
		{name: "physics, ijkingstoets taken", prog: "uhasselt-ba-fysica",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.Tests = []TestResult{{Test: TestIjkingstoets, AcademicYear: y}}
				return a
			},
			outcome: Admissible, route: RouteDiploma, reqs: []string{"ijkingstoets:met!", "language:met!"},
			codes: []string{CodeIjkingstoetsTaken}},
		{name: "teacher training without the starttoets", prog: "pxl-pba-lager-onderwijs",
			a:       func(y auhl.AcademicYear) Applicant { return with(y, old) },
			outcome: NotYetAdmissible, route: RouteDiploma, reqs: []string{"starttoets:open!", "language:met!"},
			codes: []string{CodeStarttoetsMissing}},
		{name: "teacher training, starttoets with shortfalls: remediation", prog: "pxl-pba-lager-onderwijs",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.Tests = []TestResult{{Test: TestStarttoets, AcademicYear: y, Shortfalls: true}}
				return a
			},
			outcome: AdmissibleWithConditions, route: RouteDiploma, reqs: []string{"starttoets:met!", "remediation:open", "language:met!"},
			codes: []string{CodeStarttoetsTaken, CodeRemediation}},
		{name: "teacher training, starttoets without shortfalls", prog: "pxl-pba-kleuteronderwijs",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.Tests = []TestResult{{Test: TestStarttoets, AcademicYear: y}}
				return a
			},
			outcome: Admissible, route: RouteDiploma, reqs: []string{"starttoets:met!", "language:met!"}},

		// The artistic admission test and the contract.
		{name: "pop and rock, artistic test passed", prog: "pxl-pba-pop-en-rockmuziek",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.Tests = []TestResult{{Test: TestArtistic, AcademicYear: y, Programme: "pxl-pba-pop-en-rockmuziek", Passed: true}}
				return a
			},
			outcome: Admissible, route: RouteDiploma, reqs: []string{"artistic-test:met!", "language:met!"},
			codes: []string{CodeArtisticPassed}},
		{name: "pop and rock, a pass for another programme does not count", prog: "pxl-pba-pop-en-rockmuziek",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.Tests = []TestResult{{Test: TestArtistic, AcademicYear: y, Programme: "pxl-ba-beeldende-kunsten", Passed: true}}
				return a
			},
			outcome: NotYetAdmissible, route: RouteDiploma, reqs: []string{"artistic-test:open!", "language:met!"},
			codes: []string{CodeArtisticOpen}},
		{name: "pop and rock, artistic test failed", prog: "pxl-pba-pop-en-rockmuziek",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.Tests = []TestResult{{Test: TestArtistic, AcademicYear: y, Programme: "pxl-pba-pop-en-rockmuziek"}}
				return a
			},
			outcome: NotAdmissible, route: RouteDiploma, reqs: []string{"artistic-test:failed!", "language:met!"},
			codes: []string{CodeArtisticFailed}},
		{name: "pop and rock on a PXL credit contract: no conditions, the institution decides", prog: "pxl-pba-pop-en-rockmuziek",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y)
				a.Contract = CreditContract
				return a
			},
			outcome: AdmissibleWithConditions, reqs: []string{"institution-decision:open"},
			codes: []string{CodeCreditFree}},

		// The language requirements: Dutch at B2 for a bachelor, B1 for a
		// graduaat, C1 for an educatieve master, English per programme.
		{name: "bachelor without a proof of Dutch: the language test", prog: "uhasselt-ba-rechten",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.LanguageProofs = nil
				return a
			},
			outcome: NotYetAdmissible, route: RouteDiploma, reqs: []string{"language:open!"},
			codes: []string{language.CodeNotMet, language.CodeTest}},
		{name: "graduaat with CNaVT FORM (language.B1)", prog: "pxl-grad-programmeren",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.LanguageProofs = []language.Proof{{Kind: language.ProofCNaVTFORM, Obtained: y.Prev()}}
				return a
			},
			outcome: Admissible, route: RouteDiploma, reqs: []string{"language:met!"}, codes: []string{language.CodeMet}},
		{name: "bachelor with CNaVT FORM (language.B1) only", prog: "uhasselt-ba-rechten",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, old)
				a.LanguageProofs = []language.Proof{{Kind: language.ProofCNaVTFORM, Obtained: y.Prev()}}
				return a
			},
			outcome: NotYetAdmissible, route: RouteDiploma, reqs: []string{"language:open!"}, codes: []string{language.CodeProofTooLow}},
		{name: "educatieve master with CNaVT STRT (language.B2) only", prog: "uhasselt-ma-educatieve-economie",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, Diploma{Kind: DiplomaMaster, Issued: y.Prev()})
				a.LanguageProofs = []language.Proof{{Kind: language.ProofCNaVTSTRT, Obtained: y.Prev()}}
				return a
			},
			outcome: NotYetAdmissible, route: RouteDiploma, reqs: []string{"institution-decision:open!", "language:open!"},
			codes: []string{CodeOwnConditions, language.CodeProofTooLow}},
		{name: "English-taught master with IELTS 6.5", prog: "uhasselt-ma-statistics-data-science",
			a: func(y auhl.AcademicYear) Applicant {
				a := with(y, Diploma{Kind: DiplomaAcademicBachelor, Issued: y.Prev(), ConnectsTo: []string{"uhasselt-ma-statistics-data-science"}})
				a.LanguageProofs = []language.Proof{englishB2}
				return a
			},
			outcome: Admissible, route: RouteDiploma, reqs: []string{"connecting-bachelor:met!", "language:met!"},
			codes: []string{language.CodeMet, language.CodeUnconfirmed}},
		{name: "English-taught master with Dutch only", prog: "uhasselt-ma-statistics-data-science",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, Diploma{Kind: DiplomaAcademicBachelor, Issued: y.Prev(), ConnectsTo: []string{"uhasselt-ma-statistics-data-science"}})
			},
			outcome: NotYetAdmissible, route: RouteDiploma, reqs: []string{"connecting-bachelor:met!", "language:open!"},
			codes: []string{language.CodeNotMet}},

		// Masters, bridging and advanced programmes.
		{name: "master after a connecting academic bachelor", prog: "uhasselt-ma-informatica",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, old, Diploma{Kind: DiplomaAcademicBachelor, Issued: y.Prev(), ConnectsTo: []string{"uhasselt-ma-informatica"}})
			},
			outcome: Admissible, route: RouteDiploma, reqs: []string{"connecting-bachelor:met!", "language:met!"},
			codes: []string{CodeConnecting}},
		{name: "master after an academic bachelor not known to connect", prog: "uhasselt-ma-informatica",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, Diploma{Kind: DiplomaAcademicBachelor, Issued: y.Prev()})
			},
			outcome: NotYetAdmissible, route: RouteDiploma, reqs: []string{"connecting-bachelor:open!", "language:met!"},
			codes: []string{CodeConnectingUnknown}},
		{name: "master after an academic bachelor that connects elsewhere", prog: "uhasselt-ma-informatica",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, Diploma{Kind: DiplomaAcademicBachelor, Issued: y.Prev(), ConnectsTo: []string{"uhasselt-ma-rechten"}})
			},
			outcome: NotYetAdmissible, route: RouteVoorbereiding, reqs: []string{"voorbereidingsprogramma:open!", "language:met!"},
			codes: []string{CodeVoorbereiding}},
		{name: "master after a professional bachelor: schakelprogramma", prog: "uhasselt-ma-informatica",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, Diploma{Kind: DiplomaProfessionalBachelor, Issued: y.Prev()})
			},
			outcome: NotYetAdmissible, route: RouteSchakel, reqs: []string{"schakelprogramma:open!", "language:met!"},
			codes: []string{CodeSchakel}},
		{name: "master with the certificate of its schakelprogramma", prog: "uhasselt-ma-informatica",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, Diploma{Kind: DiplomaProfessionalBachelor, Issued: y.Prev().Prev()},
					Diploma{Kind: DiplomaSchakelCertificate, Issued: y.Prev(), Programme: "uhasselt-ma-informatica"})
			},
			outcome: Admissible, route: RouteSchakel, reqs: []string{"schakelprogramma:met!", "language:met!"},
			codes: []string{CodeSchakelCertificate}},
		{name: "master with a secondary diploma only", prog: "uhasselt-ma-informatica",
			a:       func(y auhl.AcademicYear) Applicant { return with(y, old) },
			outcome: NotAdmissible, reqs: []string{}, codes: []string{CodeMasterNoBachelor}},
		{name: "master after a foreign academic bachelor: equivalence", prog: "uhasselt-ma-informatica",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, Diploma{Kind: DiplomaAcademicBachelor, Issued: y.Prev(), Foreign: true, ConnectsTo: []string{"uhasselt-ma-informatica"}})
			},
			outcome: NotYetAdmissible, route: RouteDiploma, reqs: []string{"equivalence:open!", "connecting-bachelor:met!", "language:met!"},
			codes: []string{CodeEquivalence}},
		{name: "schakelprogramma after a professional bachelor", prog: "uhasselt-schakel-basisonderwijs",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, Diploma{Kind: DiplomaProfessionalBachelor, Issued: y.Prev()})
			},
			outcome: Admissible, route: RouteDiploma, reqs: []string{"language:met!"}, codes: []string{CodeBridging}},
		{name: "schakelprogramma with a secondary diploma only", prog: "uhasselt-schakel-basisonderwijs",
			a:       func(y auhl.AcademicYear) Applicant { return with(y, old) },
			outcome: NotAdmissible, reqs: []string{}, codes: []string{CodeNeedsHigherDiploma}},
		{name: "banaba after a bachelor: the programme's own conditions", prog: "pxl-banaba-schoolontwikkeling",
			a: func(y auhl.AcademicYear) Applicant {
				return with(y, Diploma{Kind: DiplomaProfessionalBachelor, Issued: y.Prev()})
			},
			outcome: NotYetAdmissible, route: RouteDiploma, reqs: []string{"institution-decision:open!", "language:met!"},
			codes: []string{CodeOwnConditions, CodeUnconfirmed}},
	}
	for _, tt := range tests {
		ys := tt.years
		if len(ys) == 0 {
			ys = []string{testkit.Y24, testkit.Y25, testkit.Y26}
		}
		for _, y := range ys {
			t.Run(y+"/"+tt.name, func(t *testing.T) {
				p := catalogProgramme(t, tt.prog)
				a := tt.a(testkit.Year(y))
				d, err := Decide(a, p)
				require.NoError(t, err)
				assert.Equal(t, tt.outcome, d.Outcome)
				assert.Equal(t, tt.route, d.Route)
				assert.Equal(t, tt.reqs, reqs(d))
				got := testkit.Codes(d.Findings)
				for _, c := range tt.codes {
					assert.Contains(t, got, c)
				}
				head := map[Outcome]string{Admissible: CodeAdmissible, AdmissibleWithConditions: CodeWithConditions, NotYetAdmissible: CodeNotYetAdmissible, NotAdmissible: CodeNotAdmissible}
				assert.Equal(t, head[d.Outcome], got[0], "the outcome comes first")
				assert.Equal(t, a.AcademicYear, d.AcademicYear)
				assert.Equal(t, p.ID, d.Programme)
				for _, r := range d.Requirements {
					if a.Contract == "" || a.Contract == DiplomaContract {
						assert.Contains(t, r.Contracts, DiplomaContract)
					}
					assert.Equal(t, p.Institution == auhl.UHasselt, slices.Contains(r.Contracts, CreditContract), "conditions on a credit contract at UHasselt only")
				}
				for i, f := range d.Findings {
					if i > 0 { // the outcome sums up the findings after it
						assert.NotEmpty(t, f.Source.Title, f.Code)
					}
					for _, l := range auhl.Langs() {
						assert.NotContains(t, i18n.Render(l, f), "{", f.Code)
					}
				}
			})
		}
	}
}

// TestSecondaryTransition decides on a Flemish secondary diploma by the
// school year it was issued in, for every enrolment year with rules.
//
// Sources: AP Hogeschool, toelatingsvoorwaarden voor bachelors
// (https://www.ap.be/toelatingsvoorwaarden-voor-bachelors): "diploma
// secundair onderwijs, uitgereikt tot en met het schooljaar 2024-2025, of
// ... onderwijskwalificatie niveau 4, uitgereikt vanaf 2024-2025";
// studiepoort.be (AUHL), ik voldoe niet aan de voorwaarden: the graduaat
// list with "uitgereikt tot en met het schooljaar 2024-2025" and
// onderwijskwalificatie 4 and 3 "uitgereikt vanaf het schooljaar
// 2024-2025". So 2024-2025 is the transition year: a diploma of it gives
// access with or without a qualification; from 2025-2026 on,
// qualification 3 opens a graduaat and no bachelor.
func TestSecondaryTransition(t *testing.T) {
	tests := []struct {
		name     string
		years    []string // enrolment years
		issued   string
		q        int
		prog     string
		outcome  Outcome
		route    Route
		code     string
		required []string
	}{
		{"2024-2025 without a qualification, bachelor", []string{testkit.Y24, testkit.Y25, testkit.Y26}, testkit.Y24, 0, "uhasselt-ba-informatica",
			Admissible, RouteDiploma, CodeTransition, []string{"language:met!"}},
		{"2024-2025 with qualification 3, bachelor", []string{testkit.Y24, testkit.Y25, testkit.Y26}, testkit.Y24, 3, "pxl-pba-toegepaste-informatica",
			Admissible, RouteDiploma, CodeTransition, []string{"language:met!"}},
		{"2024-2025 with qualification 4, bachelor", []string{testkit.Y24, testkit.Y25}, testkit.Y24, 4, "uhasselt-ba-informatica",
			Admissible, RouteDiploma, CodeTransition, []string{"language:met!"}},
		{"2024-2025 with qualification 3, graduaat", []string{testkit.Y24, testkit.Y25}, testkit.Y24, 3, "pxl-grad-programmeren",
			Admissible, RouteDiploma, CodeTransition, []string{"language:met!"}},
		{"2025-2026 with qualification 4, bachelor", []string{testkit.Y25, testkit.Y26}, testkit.Y25, 4, "uhasselt-ba-informatica",
			Admissible, RouteDiploma, CodeQualification, []string{"language:met!"}},
		{"2025-2026 with qualification 3, bachelor: afwijkende toelating", []string{testkit.Y25, testkit.Y26}, testkit.Y25, 3, "pxl-pba-toegepaste-informatica",
			NotYetAdmissible, RouteAfwijkend, CodeQualificationLow, []string{"afwijkende-toelating:open!", "language:met!"}},
		{"2025-2026 with qualification 3, graduaat", []string{testkit.Y25, testkit.Y26}, testkit.Y25, 3, "pxl-grad-programmeren",
			Admissible, RouteDiploma, CodeQualification, []string{"language:met!"}},
		{"2025-2026 without a qualification, bachelor: show it first", []string{testkit.Y25, testkit.Y26}, testkit.Y25, 0, "uhasselt-ba-informatica",
			NotYetAdmissible, RouteDiploma, CodeQualificationUnknown, []string{"qualification:open!", "language:met!"}},
		{"2025-2026 without a qualification, graduaat", []string{testkit.Y25, testkit.Y26}, testkit.Y25, 0, "pxl-grad-programmeren",
			Admissible, RouteDiploma, CodeQualificationNotStated, []string{"language:met!"}},
		{"2026-2027 with qualification 3, bachelor: afwijkende toelating", []string{testkit.Y26}, testkit.Y26, 3, "uhasselt-ba-rechten",
			NotYetAdmissible, RouteAfwijkend, CodeQualificationLow, []string{"afwijkende-toelating:open!", "language:met!"}},
	}
	for _, tt := range tests {
		for _, y := range tt.years {
			t.Run(y+"/"+tt.name, func(t *testing.T) {
				a := Applicant{AcademicYear: testkit.Year(y), Age: 18, LanguageProofs: []language.Proof{dutchB2},
					Diplomas: []Diploma{{Kind: DiplomaSecondary, Issued: testkit.Year(tt.issued), Qualification: tt.q}}}
				d, err := Decide(a, catalogProgramme(t, tt.prog))
				require.NoError(t, err)
				assert.Equal(t, tt.outcome, d.Outcome)
				assert.Equal(t, tt.route, d.Route)
				assert.Contains(t, testkit.Codes(d.Findings), tt.code)
				assert.Equal(t, tt.required, reqs(d))
				assertRendered(t, d)
			})
		}
	}
}

// TestStudyCertificateByDate counts the years since a study certificate
// of the third grade with dates, never as a difference of school years.
//
// Sources: onderwijs.vlaanderen.be, toelatingsvoorwaarden hoger onderwijs
// (https://www.onderwijs.vlaanderen.be/nl/toelatingsvoorwaarden-hoger-onderwijs):
// the certificate "dat minstens 3 jaar voor de inschrijving in de
// graduaatsopleiding behaald is"; the decree of 4 April 2003, art. 3: the
// academic year starts at the earliest on 1 September. How the years are
// counted is in no source read: the rule is unconfirmed, and the count is
// the safe one (from the end of the month of issue, or of the school year
// where no month is given, to 1 September).
func TestStudyCertificateByDate(t *testing.T) {
	tests := []struct {
		name   string
		year   string
		issued string
		month  int
		ok     bool
		since  string
	}{
		// June 2022 to 1 September 2025: three years and more.
		{"June 2022, enrolment 2025-2026", testkit.Y25, "2021-2022", 6, true, "2025-07-01"},
		// The school years differ by three, the dates by two years and a
		// quarter: June 2023 to 1 September 2025.
		{"June 2023, enrolment 2025-2026", testkit.Y25, "2022-2023", 6, false, "2026-07-01"},
		// August 2022 is three years before 1 September 2025, September
		// 2022 not yet, though both are of a school year three earlier.
		{"August 2022, enrolment 2025-2026", testkit.Y25, "2021-2022", 8, true, "2025-09-01"},
		{"September 2022, enrolment 2025-2026", testkit.Y25, "2022-2023", 9, false, "2025-10-01"},
		// No month: the end of the school year, 31 August.
		{"school year 2021-2022, enrolment 2025-2026", testkit.Y25, "2021-2022", 0, true, "2025-09-01"},
		{"school year 2021-2022, enrolment 2024-2025", testkit.Y24, "2021-2022", 0, false, "2025-09-01"},
		{"school year 2020-2021, enrolment 2024-2025", testkit.Y24, "2020-2021", 0, true, "2024-09-01"},
		// December 2023 plus three years is after 1 September 2026.
		{"December 2023, enrolment 2026-2027", testkit.Y26, "2023-2024", 12, false, "2027-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Applicant{AcademicYear: testkit.Year(tt.year), Age: 19, LanguageProofs: []language.Proof{dutchB2},
				Diplomas: []Diploma{{Kind: DiplomaStudyCertificate, Issued: testkit.Year(tt.issued), Month: tt.month}}}
			d, err := Decide(a, catalogProgramme(t, "pxl-grad-programmeren"))
			require.NoError(t, err)
			codes := testkit.Codes(d.Findings)
			want := CodeStudyCertificate
			if !tt.ok {
				want = CodeStudyCertificateRecent
			}
			require.Contains(t, codes, want)
			for _, f := range d.Findings {
				if f.Code == want {
					assert.Equal(t, tt.since, f.Params["since"].String())
					assert.Equal(t, testkit.Year(tt.year).Start(), testkit.Day(f.Params["start"].String()).Year())
				}
			}
			assert.Equal(t, tt.month == 0, slices.Contains(codes, CodeMonthAssumed))
			assert.Contains(t, codes, CodeUnconfirmed, "the counting is unconfirmed")
			if tt.ok {
				assert.Equal(t, Admissible, d.Outcome)
				assert.Equal(t, RouteDiploma, d.Route)
			} else {
				// Too recent: the admission test route of an adult.
				assert.Equal(t, NotYetAdmissible, d.Outcome)
				assert.Equal(t, RouteGraduaatTest, d.Route)
			}
			assertRendered(t, d)
		})
	}
}

// assertRendered checks that every finding of d renders in Dutch and
// English with every parameter filled in.
func assertRendered(t *testing.T, d Decision) {
	t.Helper()
	for _, f := range d.Findings {
		for _, l := range auhl.Langs() {
			text := i18n.Render(l, f)
			assert.NotContains(t, text, "{", f.Code)
			assert.NotEmpty(t, text, f.Code)
		}
	}
}

// TestKeyDatesAndAppeals checks the dates each decision gives and its
// appeal routes, per year where they differ.
//
// Sources: UHasselt OER art. 4.1 and 6.1
// (https://www.uhasselt.be/UH/onderwijs-en-examenreglement/OER-regeling/Onderwijsregeling/4-Inschrijven-en-studiegelden.html):
// enrolment "uiterlijk 1 oktober", an exam contract at the latest two weeks
// before the exam period, a study path by 1 October;
// toelatingsexamenartstandarts.be: the secondary diploma by 30 September of
// the exam year; UHasselt application process
// (https://www.uhasselt.be/en/study/application-and-admission/application-process):
// "e.g. non-EEA 1 March–1 June, EEA 1 July–1 Sept" (unconfirmed per
// programme); PXL admission 2024-2025: a foreign diploma from outside the
// EU without a visa by 31 May 2024, with a visa or from the EU by 31
// August 2024 (1 December 2024 to start in the second semester), for
// 2024-2025 only; vlaanderen.be, beroep indienen
// (https://www.vlaanderen.be/beroep-indienen-tegen-de-examenuitslag-of-studievoortgangsbeslissing-in-het-hoger-onderwijs):
// the internal appeal within 7 calendar days, the Raad within 7 calendar
// days of the internal decision; UHasselt internal appeal page: 7 calendar
// days, and an imposed schakelprogramma is open to appeal (EEL art. 19).
// Whether a refusal on the admission conditions is open to the same
// routes was not found: such an appeal is unconfirmed.
func TestKeyDatesAndAppeals(t *testing.T) {
	old := Diploma{Kind: DiplomaSecondary, Issued: testkit.Year("2022-2023")}
	foreign := Diploma{Kind: DiplomaSecondary, Issued: testkit.Year("2022-2023"), Foreign: true, Lisbon: true, AccessAtHome: true}
	type date struct {
		kind     DateKind
		from, to string
		days     int
		unconf   bool
	}
	tests := []struct {
		name     string
		year     string
		prog     string
		contract Contract
		diplomas []Diploma
		proofs   []language.Proof
		dates    []date
		appeals  []bool // per appeal: unconfirmed
	}{
		{"UHasselt bachelor, admissible", testkit.Y25, "uhasselt-ba-informatica", DiplomaContract, []Diploma{old}, []language.Proof{dutchB2},
			[]date{{kind: DateEnrolment, to: "2025-10-01"}, {kind: DateStudyPath, to: "2025-10-01"}}, nil},
		{"UHasselt bachelor on an exam contract", testkit.Y26, "uhasselt-ba-informatica", ExamContract, []Diploma{old}, []language.Proof{dutchB2},
			[]date{{kind: DateExamContract, days: 14}, {kind: DateStudyPath, to: "2026-10-01"}}, nil},
		{"medicine: the diploma by 30 September, the exam first", testkit.Y25, "uhasselt-ba-geneeskunde", DiplomaContract, []Diploma{old}, []language.Proof{dutchB2},
			[]date{{kind: DateEnrolment, to: "2025-10-01"}, {kind: DateStudyPath, to: "2025-10-01"}, {kind: DateExamDiploma, to: "2025-09-30"}},
			[]bool{true, true}},
		{"English-taught master after a professional bachelor: windows, imposed schakelprogramma", testkit.Y25, "uhasselt-ma-statistics-data-science", DiplomaContract,
			[]Diploma{{Kind: DiplomaProfessionalBachelor, Issued: testkit.Year(testkit.Y24)}}, []language.Proof{dutchB2, englishB2},
			[]date{{kind: DateEnrolment, to: "2025-10-01"}, {kind: DateStudyPath, to: "2025-10-01"},
				{kind: DateApplication, from: "2025-03-01", to: "2025-06-01", unconf: true}, {kind: DateApplication, from: "2025-07-01", to: "2025-09-01", unconf: true}},
			[]bool{false, false}},
		{"PXL, foreign diploma, 2024-2025: the deadlines of that year", testkit.Y24, "pxl-pba-toegepaste-informatica", DiplomaContract, []Diploma{foreign}, []language.Proof{dutchB2},
			[]date{{kind: DateEnrolment, unconf: true}, {kind: DateApplication, to: "2024-05-31"}, {kind: DateApplication, to: "2024-08-31"}, {kind: DateApplication, to: "2024-12-01"}}, nil},
		{"PXL, foreign diploma, 2025-2026: no deadline in the sources", testkit.Y25, "pxl-pba-toegepaste-informatica", DiplomaContract, []Diploma{foreign}, []language.Proof{dutchB2},
			[]date{{kind: DateEnrolment, unconf: true}, {kind: DateApplication, unconf: true}}, nil},
		{"PXL on an exam contract, no diploma: afwijkende toelating first", testkit.Y26, "pxl-pba-toegepaste-informatica", ExamContract, nil, []language.Proof{dutchB2},
			[]date{{kind: DateExamContract, unconf: true}}, []bool{true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Applicant{AcademicYear: testkit.Year(tt.year), Contract: tt.contract, Age: 19, Diplomas: tt.diplomas, LanguageProofs: tt.proofs}
			d, err := Decide(a, catalogProgramme(t, tt.prog))
			require.NoError(t, err)
			var got []date
			for _, k := range d.Dates {
				assert.NotEmpty(t, k.Source.Title, k.Kind)
				g := date{kind: k.Kind, days: k.DaysBefore, unconf: k.Unconfirmed}
				if !k.From.IsZero() {
					g.from = k.From.String()
				}
				if !k.Date.IsZero() {
					g.to = k.Date.String()
				}
				got = append(got, g)
			}
			assert.Equal(t, tt.dates, got)
			var appeals []bool
			for i, ap := range d.Appeals {
				assert.Equal(t, []AppealBody{AppealInternal, AppealRaad}[i], ap.Body)
				assert.Equal(t, 7, ap.Days)
				assert.NotEmpty(t, ap.Source.Title)
				appeals = append(appeals, ap.Unconfirmed)
			}
			assert.Equal(t, tt.appeals, appeals)
			assert.Equal(t, d.Outcome == Admissible, len(d.Appeals) == 0, "an admissible applicant has nothing to appeal")
			assertRendered(t, d)
		})
	}
}

// TestDutchAndProfessionalOnlyDiplomas decides on the diplomas from the
// Netherlands and on a foreign diploma that gives access at home to
// professional higher education only, at each level of a first cycle.
//
// Sources: UHasselt, diploma requirements (https://www.uhasselt.be/diploma-requirements,
// EEL art. 3.3): "Holders of a Dutch VWO or a propaedeutic diploma
// (propedeuse) from the Netherlands are entitled to direct admission";
// BVR of 6 September 1995 (edulex 12438): VWO on the list of diplomas
// equivalent to the secondary diploma; NARIC-Vlaanderen, Nederlandse
// diploma's: HAVO only as the certificate of the second grade; UCLL,
// diploma's uit Nederland: VWO yes, HAVO no, HAVO with propedeuse yes, MBO
// level 4 only. PXL's own rules for HAVO, the propedeuse and MBO-4 were not
// found, nor UHasselt's for MBO-4: there the institution decides and the
// rule says it is unconfirmed. For a diploma opening professional higher
// education only: onderwijs.vlaanderen.be (a graduaat: the institution
// may enrol), UCLL (a bachelor: access to a comparable bachelor at home).
// The rules are the same in every year with rules.
func TestDutchAndProfessionalOnlyDiplomas(t *testing.T) {
	nl := func(named string) []Diploma {
		kind := DiplomaSecondary
		if named == "nl-propedeuse" {
			kind = DiplomaPropedeuse
		}
		return []Diploma{{Kind: kind, Issued: testkit.Year("2023-2024"), Foreign: true, Named: named}}
	}
	profOnly := func(lisbon bool) []Diploma {
		return []Diploma{{Kind: DiplomaSecondary, Issued: testkit.Year("2023-2024"), Foreign: true, Lisbon: lisbon, AccessAtHome: true, ProfessionalOnly: true}}
	}
	const (
		uh   = "uhasselt-ba-rechten"
		pba  = "pxl-pba-toegepaste-informatica"
		grad = "pxl-grad-programmeren"
	)
	tests := []struct {
		name     string
		prog     string
		diplomas []Diploma
		outcome  Outcome
		route    Route
		code     string
		unconf   bool // the access rests on an unconfirmed rule
		reqs     []string
	}{
		{"VWO, academic bachelor", uh, nl("nl-vwo"), Admissible, RouteDiploma, CodeForeignDirect, false, []string{"language:met!"}},
		{"VWO, professional bachelor", pba, nl("nl-vwo"), Admissible, RouteDiploma, CodeForeignDirect, false, []string{"language:met!"}},
		{"VWO, graduaat", grad, nl("nl-vwo"), Admissible, RouteDiploma, CodeForeignDirect, false, []string{"language:met!"}},
		{"HAVO, academic bachelor: afwijkende toelating", uh, nl("nl-havo"), NotYetAdmissible, RouteAfwijkend, CodeForeignNone, false, []string{"afwijkende-toelating:open!", "language:met!"}},
		{"HAVO, professional bachelor: afwijkende toelating", pba, nl("nl-havo"), NotYetAdmissible, RouteAfwijkend, CodeForeignNone, true, []string{"afwijkende-toelating:open!", "language:met!"}},
		{"HAVO, graduaat: the institution decides", grad, nl("nl-havo"), NotYetAdmissible, RouteDiploma, CodeForeignUndecided, true, []string{"institution-decision:open!", "language:met!"}},
		{"HAVO with propedeuse, academic bachelor", uh, append(nl("nl-havo"), nl("nl-propedeuse")...), Admissible, RouteDiploma, CodeForeignDirect, false, []string{"language:met!"}},
		{"HAVO with propedeuse, professional bachelor: the institution decides", pba, append(nl("nl-havo"), nl("nl-propedeuse")...), NotYetAdmissible, RouteDiploma, CodeForeignUndecided, true, []string{"institution-decision:open!", "language:met!"}},
		{"MBO-4, academic bachelor: the institution decides", uh, nl("nl-mbo-4"), NotYetAdmissible, RouteDiploma, CodeForeignUndecided, true, []string{"institution-decision:open!", "language:met!"}},
		{"MBO-4, professional bachelor: the institution decides", pba, nl("nl-mbo-4"), NotYetAdmissible, RouteDiploma, CodeForeignUndecided, true, []string{"institution-decision:open!", "language:met!"}},
		{"professional HE only, Lisbon, graduaat: the institution may enrol", grad, profOnly(true), NotYetAdmissible, RouteDiploma, CodeForeignUndecided, false, []string{"institution-decision:open!", "language:met!"}},
		{"professional HE only, Lisbon, academic bachelor", uh, profOnly(true), NotYetAdmissible, RouteDiploma, CodeForeignUndecided, true, []string{"institution-decision:open!", "language:met!"}},
		{"professional HE only, other country: the competence check too", pba, profOnly(false), NotYetAdmissible, RouteDiploma, CodeForeignUndecided, true,
			[]string{"institution-decision:open!", "competence-check:open!", "language:met!"}},
	}
	for _, tt := range tests {
		for _, y := range []string{testkit.Y24, testkit.Y25, testkit.Y26} {
			t.Run(y+"/"+tt.name, func(t *testing.T) {
				a := Applicant{AcademicYear: testkit.Year(y), Age: 19, Diplomas: tt.diplomas, LanguageProofs: []language.Proof{dutchB2}}
				d, err := Decide(a, catalogProgramme(t, tt.prog))
				require.NoError(t, err)
				assert.Equal(t, tt.outcome, d.Outcome)
				assert.Equal(t, tt.route, d.Route)
				assert.Equal(t, tt.reqs, reqs(d))
				i := slices.IndexFunc(d.Findings, func(f auhl.Finding) bool { return f.Code == tt.code })
				require.GreaterOrEqual(t, i, 0, tt.code)
				assert.NotEmpty(t, d.Findings[i].Source.Title)
				warned := i+1 < len(d.Findings) && d.Findings[i+1].Code == CodeUnconfirmed
				assert.Equal(t, tt.unconf, warned, "the access rule says whether it is confirmed")
				assertRendered(t, d)
			})
		}
	}
}

// TestProgrammeConditions decides on the programmes that set entry
// conditions of their own, in every year with rules (the same in each).
//
// Sources: the verkorte educatieve bachelor is for holders of a bachelor
// (onderwijskiezer.be, leerkrediet), PXL's for those "na een graduaats- of
// een bacheloropleiding" (HLN, 2019); PXL's own admission text was not
// found, so the rule is unconfirmed. The educatief graduaat secundair
// onderwijs asks work experience shown at an intake (KdG: "minstens 3 jaar
// werkervaring in een praktisch vak"; Thomas More: 3 or 5 years); PXL's
// years were not found and stay empty. UHasselt's older language pages:
// the exemptions apply "met uitzondering van de specifieke lerarenopleiding
// economie"; that the educatieve master in de economie keeps that is
// unconfirmed.
func TestProgrammeConditions(t *testing.T) {
	old := Diploma{Kind: DiplomaSecondary, Issued: testkit.Year("2020-2021")}
	tests := []struct {
		name     string
		prog     string
		diplomas []Diploma
		proofs   []language.Proof
		outcome  Outcome
		route    Route
		reqs     []string
		codes    []string
	}{
		{"verkorte educatieve bachelor after a graduaat", "pxl-pba-verkorte-educatieve-bachelor",
			[]Diploma{old, {Kind: DiplomaGraduaat, Issued: testkit.Year("2022-2023")}}, []language.Proof{dutchB2},
			Admissible, RouteDiploma, []string{"language:met!"}, []string{CodeHigherDiplomaMet, CodeUnconfirmed}},
		{"verkorte educatieve bachelor after a master", "pxl-pba-verkorte-educatieve-bachelor",
			[]Diploma{{Kind: DiplomaMaster, Issued: testkit.Year("2022-2023")}}, []language.Proof{dutchB2},
			Admissible, RouteDiploma, []string{"language:met!"}, []string{CodeHigherDiplomaMet}},
		{"verkorte educatieve bachelor with a secondary diploma only: no way in", "pxl-pba-verkorte-educatieve-bachelor",
			[]Diploma{old}, []language.Proof{dutchB2},
			NotAdmissible, "", []string{}, []string{CodeHigherDiplomaMissing}},
		{"educatief graduaat: work experience at an intake first", "pxl-grad-educatief-secundair-onderwijs",
			[]Diploma{old}, []language.Proof{dutchB2},
			NotYetAdmissible, RouteDiploma, []string{"work-experience:open!", "language:met!"}, []string{CodeWorkExperience, CodeUnconfirmed}},
		{"educatief graduaat without a diploma: the test, and the work experience", "pxl-grad-educatief-secundair-onderwijs",
			nil, []language.Proof{dutchB2},
			NotYetAdmissible, RouteGraduaatTest, []string{"graduaat-test:open!", "work-experience:open!", "language:met!"}, []string{CodeWorkExperience}},
		{"educatieve master in de economie: a Dutch school year does not exempt", "uhasselt-ma-educatieve-economie",
			[]Diploma{{Kind: DiplomaAcademicBachelor, Issued: testkit.Year(testkit.Y24), ConnectsTo: []string{"uhasselt-ma-educatieve-economie"}}}, []language.Proof{dutchB2},
			NotYetAdmissible, RouteDiploma, []string{"connecting-bachelor:met!", "language:open!"}, []string{CodeNoLanguageExemption, language.CodeNotMet}},
		{"educatieve master in de economie with a C1 certificate", "uhasselt-ma-educatieve-economie",
			[]Diploma{{Kind: DiplomaAcademicBachelor, Issued: testkit.Year(testkit.Y24), ConnectsTo: []string{"uhasselt-ma-educatieve-economie"}}},
			[]language.Proof{dutchB2, {Kind: language.ProofCertificate, Language: auhl.Dutch, Level: language.C1, Obtained: testkit.Year(testkit.Y24)}},
			Admissible, RouteDiploma, []string{"connecting-bachelor:met!", "language:met!"}, []string{CodeNoLanguageExemption, language.CodeMet}},
	}
	for _, tt := range tests {
		for _, y := range []string{testkit.Y24, testkit.Y25, testkit.Y26} {
			t.Run(y+"/"+tt.name, func(t *testing.T) {
				a := Applicant{AcademicYear: testkit.Year(y), Age: 25, Diplomas: tt.diplomas, LanguageProofs: tt.proofs}
				d, err := Decide(a, catalogProgramme(t, tt.prog))
				require.NoError(t, err)
				assert.Equal(t, tt.outcome, d.Outcome)
				assert.Equal(t, tt.route, d.Route)
				assert.Equal(t, tt.reqs, reqs(d))
				for _, c := range tt.codes {
					assert.Contains(t, testkit.Codes(d.Findings), c)
				}
				assertRendered(t, d)
			})
		}
	}
}

func TestDecideAdmissionInvalid(t *testing.T) {
	p := catalogProgramme(t, "uhasselt-ba-informatica")
	tests := []struct {
		name string
		a    Applicant
		p    catalog.Programme
		path string
		code string
	}{
		{"no year", Applicant{}, p, "/academicYear", auhl.CodeRequired},
		{"a year without rules", Applicant{AcademicYear: testkit.Year(testkit.Y27)}, p, "/academicYear", rules.CodePeriodUnknown},
		{"a 2023-2024 diploma with a qualification", Applicant{AcademicYear: testkit.Year(testkit.Y25), Diplomas: []Diploma{{Kind: DiplomaSecondary, Issued: testkit.Year("2023-2024"), Qualification: 4}}}, p,
			"/diplomas/0/qualification", CodeQualificationBefore},
		{"a foreign diploma the rules do not name", Applicant{AcademicYear: testkit.Year(testkit.Y25), Diplomas: []Diploma{{Kind: DiplomaSecondary, Issued: testkit.Year(testkit.Y24), Foreign: true, Named: "nl-gymnasium"}}}, p,
			"/diplomas/0/named", auhl.CodeEnum},
		{"a named diploma of the wrong kind", Applicant{AcademicYear: testkit.Year(testkit.Y25), Diplomas: []Diploma{{Kind: DiplomaPropedeuse, Issued: testkit.Year(testkit.Y24), Foreign: true, Named: "nl-vwo"}}}, p,
			"/diplomas/0/kind", CodeNamedKind},
		{"a diploma of a later year", Applicant{AcademicYear: testkit.Year(testkit.Y25), Diplomas: []Diploma{{Kind: DiplomaGraduaat, Issued: testkit.Year(testkit.Y26)}}}, p,
			"/diplomas/0/issued", CodeAfterYear},
		{"a programme without id", Applicant{AcademicYear: testkit.Year(testkit.Y25)}, catalog.Programme{Level: auhl.Master, Institution: auhl.PXL}, "/programme/id", auhl.CodeRequired},
		{"a programme of the association", Applicant{AcademicYear: testkit.Year(testkit.Y25)}, catalog.Programme{ID: "x", Level: auhl.Master, Institution: auhl.AUHL}, "/programme/institution", auhl.CodeEnum},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decide(tt.a, tt.p)
			testkit.AssertProblem(t, err, tt.path, tt.code)
		})
	}
}

func TestDecodeApplicant(t *testing.T) {
	a, err := DecodeApplicant([]byte(`{"academicYear": "2025-2026", "age": 19,
		"diplomas": [{"kind": "secondary", "issued": "2024-2025", "qualification": 4}],
		"tests": [{"test": "ijkingstoets", "academicYear": "2025-2026"}]}`))
	require.NoError(t, err)
	assert.Equal(t, 4, a.Diplomas[0].Qualification)
	tests := []struct {
		name, doc, path, code string
	}{
		{"unknown field", `{"academicYear": "2025-2026", "diploma": {}}`, "/diploma", auhl.CodeJSONUnknownField},
		{"unknown kind", `{"academicYear": "2025-2026", "diplomas": [{"kind": "phd", "issued": "2020-2021"}]}`, "/diplomas/0/kind", auhl.CodeEnum},
		{"qualification on a bachelor", `{"academicYear": "2025-2026", "diplomas": [{"kind": "master", "issued": "2020-2021", "qualification": 4}]}`, "/diplomas/0/qualification", CodeFieldNotAllowed},
		{"qualification 5", `{"academicYear": "2025-2026", "diplomas": [{"kind": "secondary", "issued": "2024-2025", "qualification": 5}]}`, "/diplomas/0/qualification", auhl.CodeNumberRange},
		{"lisbon on a Flemish diploma", `{"academicYear": "2025-2026", "diplomas": [{"kind": "secondary", "issued": "2020-2021", "lisbon": true}]}`, "/diplomas/0/lisbon", CodeFieldNotAllowed},
		{"adult education without lessons", `{"academicYear": "2025-2026", "diplomas": [{"kind": "adult-education", "issued": "2020-2021"}]}`, "/diplomas/0/lessons", auhl.CodeNumberRange},
		{"schakel certificate without programme", `{"academicYear": "2025-2026", "diplomas": [{"kind": "schakel-certificate", "issued": "2020-2021"}]}`, "/diplomas/0/programme", auhl.CodeRequired},
		{"connects on a master", `{"academicYear": "2025-2026", "diplomas": [{"kind": "master", "issued": "2020-2021", "connectsTo": ["x"]}]}`, "/diplomas/0/connectsTo", CodeFieldNotAllowed},
		{"score over 100", `{"academicYear": "2025-2026", "tests": [{"test": "entrance-exam-arts", "academicYear": "2025-2026", "knowledge": 101}]}`, "/tests/0/knowledge", auhl.CodeNumberRange},
		{"score on the ijkingstoets", `{"academicYear": "2025-2026", "tests": [{"test": "ijkingstoets", "academicYear": "2025-2026", "generic": 60}]}`, "/tests/0/generic", CodeFieldNotAllowed},
		{"ranked on the starttoets", `{"academicYear": "2025-2026", "tests": [{"test": "starttoets", "academicYear": "2025-2026", "ranked": true}]}`, "/tests/0/ranked", CodeFieldNotAllowed},
		{"passed on the exam", `{"academicYear": "2025-2026", "tests": [{"test": "entrance-exam-arts", "academicYear": "2025-2026", "passed": true}]}`, "/tests/0/passed", CodeFieldNotAllowed},
		{"shortfalls on the ijkingstoets", `{"academicYear": "2025-2026", "tests": [{"test": "ijkingstoets", "academicYear": "2025-2026", "shortfalls": true}]}`, "/tests/0/shortfalls", CodeFieldNotAllowed},
		{"artistic test without programme", `{"academicYear": "2025-2026", "tests": [{"test": "artistic", "academicYear": "2025-2026", "passed": true}]}`, "/tests/0/programme", auhl.CodeRequired},
		{"a test of a later year", `{"academicYear": "2025-2026", "tests": [{"test": "ijkingstoets", "academicYear": "2026-2027"}]}`, "/tests/0/academicYear", CodeAfterYear},
		{"unknown contract", `{"academicYear": "2025-2026", "contract": "loan"}`, "/contract", auhl.CodeEnum},
		{"age 121", `{"academicYear": "2025-2026", "age": 121}`, "/age", auhl.CodeNumberRange},
		{"professional only without access", `{"academicYear": "2025-2026", "diplomas": [{"kind": "secondary", "issued": "2020-2021", "foreign": true, "professionalOnly": true}]}`, "/diplomas/0/professionalOnly", CodeFieldNotAllowed},
		{"named on a Flemish diploma", `{"academicYear": "2025-2026", "diplomas": [{"kind": "secondary", "issued": "2020-2021", "named": "nl-vwo"}]}`, "/diplomas/0/named", CodeFieldNotAllowed},
		{"a propedeuse without its name", `{"academicYear": "2025-2026", "diplomas": [{"kind": "propedeuse", "issued": "2020-2021", "foreign": true}]}`, "/diplomas/0/named", auhl.CodeRequired},
		{"month 13", `{"academicYear": "2025-2026", "diplomas": [{"kind": "study-certificate", "issued": "2021-2022", "month": 13}]}`, "/diplomas/0/month", auhl.CodeNumberRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeApplicant([]byte(tt.doc))
			testkit.AssertProblem(t, err, tt.path, tt.code)
		})
	}
	_, err = DecodeApplicant(make([]byte, MaxApplicantBytes+1))
	testkit.AssertProblem(t, err, "", auhl.CodeJSONTooLarge)
}

func FuzzDecodeApplicant(f *testing.F) {
	for _, s := range []string{
		`{"academicYear": "2025-2026", "age": 19, "diplomas": [{"kind": "secondary", "issued": "2024-2025", "qualification": 4}], "languageProofs": [{"kind": "secondary-year-dutch"}], "tests": [{"test": "ijkingstoets", "academicYear": "2025-2026"}]}`,
		`{"academicYear": "2026-2027", "contract": "credit", "diplomas": [{"kind": "secondary", "issued": "2020-2021", "foreign": true, "accessAtHome": true}], "tests": [{"test": "entrance-exam-arts", "academicYear": "2025-2026", "knowledge": 51, "generic": 50.5, "ranked": true}]}`,
		`{"academicYear": "2024-2025", "diplomas": [{"kind": "academic-bachelor", "issued": "2023-2024", "connectsTo": ["uhasselt-ma-informatica"]}, {"kind": "schakel-certificate", "issued": "2023-2024", "programme": "uhasselt-ma-informatica"}]}`,
		`{"academicYear": "2025-2026", "age": 19, "diplomas": [{"kind": "study-certificate", "issued": "2021-2022", "month": 6}, {"kind": "secondary", "issued": "2025-2026"}]}`,
		`{"academicYear": "2025-2026", "diplomas": [{"kind": "secondary", "issued": "2023-2024", "foreign": true, "named": "nl-havo"}, {"kind": "propedeuse", "issued": "2024-2025", "foreign": true, "named": "nl-propedeuse"}]}`,
		`{"academicYear": "2024-2025", "diplomas": [{"kind": "secondary", "issued": "2023-2024", "foreign": true, "accessAtHome": true, "professionalOnly": true}]}`,
		`{"academicYear": "2025-2026", "age": 18, "tests": [{"test": "graduaat-test", "academicYear": "2025-2026", "passed": true}, {"test": "artistic", "academicYear": "2025-2026", "programme": "pxl-pba-pop-en-rockmuziek"}]}`,
		`[]`, `null`, `{}`,
	} {
		f.Add([]byte(s), "uhasselt-ba-geneeskunde")
	}
	f.Fuzz(func(t *testing.T, data []byte, id string) {
		a, err := DecodeApplicant(data)
		if err != nil {
			if !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("DecodeApplicant: an error that is not ErrInvalid: %v", err)
			}
			return
		}
		again, err := json.Marshal(a)
		require.NoError(t, err)
		a2, err := DecodeApplicant(again)
		require.NoError(t, err, "a valid applicant encodes to a valid applicant")
		// The same applicant, not the same Go value: an empty list and an
		// absent one ("diplomas": [] and none) both mean no diplomas, and
		// the encoding leaves an empty one out.
		again2, err := json.Marshal(a2)
		require.NoError(t, err)
		assert.JSONEq(t, string(again), string(again2))
		p, ok := catalog.Default().ByID(id)
		if !ok {
			p = catalog.Default().Programmes[len(id)%len(catalog.Default().Programmes)]
		}
		d, err := Decide(a, p)
		if err != nil {
			if !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("DecideAdmission: an error that is not ErrInvalid: %v", err)
			}
			return
		}
		require.NotEmpty(t, d.Findings)
		require.Contains(t, admissionOutcomes, d.Outcome)
	})
}

// BenchmarkDecideAdmission decides a medicine applicant of 2025-2026 with
// a diploma of qualification 4, a passed and ranked entrance exam and
// proofs of Dutch.
func BenchmarkDecideAdmission(b *testing.B) {
	p := catalogProgramme(b, "uhasselt-ba-geneeskunde")
	a := Applicant{AcademicYear: testkit.Year(testkit.Y25), Age: 18,
		Diplomas:       []Diploma{{Kind: DiplomaSecondary, Issued: testkit.Year(testkit.Y24), Qualification: 4}},
		LanguageProofs: []language.Proof{dutchB2},
		Tests:          []TestResult{{Test: TestArts, AcademicYear: testkit.Year(testkit.Y25), Knowledge: 62, Generic: 58, Ranked: true}}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decide(a, p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecideAdmissionNotYet decides a Dutch HAVO applicant of
// 2025-2026 for an academic bachelor: no direct access, afwijkende
// toelating first, with the dates and the appeal routes.
func BenchmarkDecideAdmissionNotYet(b *testing.B) {
	p := catalogProgramme(b, "uhasselt-ba-rechten")
	a := Applicant{AcademicYear: testkit.Year(testkit.Y25), Age: 18,
		Diplomas:       []Diploma{{Kind: DiplomaSecondary, Issued: testkit.Year(testkit.Y24), Month: 6, Foreign: true, Named: "nl-havo"}},
		LanguageProofs: []language.Proof{dutchB2}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decide(a, p); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAdmissionNames checks that every value of the decision's
// enumerations has a name in both languages.
func TestAdmissionNames(t *testing.T) {
	for _, tt := range []struct {
		what  string
		enum  []string
		named func(string) auhl.Text
	}{
		{"outcome", Outcome("").Enum(), func(s string) auhl.Text { return Outcome(s).Name() }},
		{"route", Route("").Enum(), func(s string) auhl.Text { return Route(s).Name() }},
		{"requirement", RequirementKind("").Enum(), func(s string) auhl.Text { return RequirementKind(s).Name() }},
		{"status", RequirementStatus("").Enum(), func(s string) auhl.Text { return RequirementStatus(s).Name() }},
		{"date", DateKind("").Enum(), func(s string) auhl.Text { return DateKind(s).Name() }},
		{"appeal", AppealBody("").Enum(), func(s string) auhl.Text { return AppealBody(s).Name() }},
		{"diploma", DiplomaKind("").Enum(), func(s string) auhl.Text { return DiplomaKind(s).Name() }},
		{"test", TestKind("").Enum(), func(s string) auhl.Text { return TestKind(s).Name() }},
	} {
		for _, v := range tt.enum {
			assert.True(t, tt.named(v).Complete(), "%s %q", tt.what, v)
		}
		assert.False(t, tt.named("nonsense").Complete(), tt.what)
	}
}
