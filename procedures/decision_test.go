package procedures_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures"
	"github.com/auhl/auhl-go/procedures/admission"
	"github.com/auhl/auhl-go/procedures/afwijkend"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
	"github.com/auhl/auhl-go/procedures/language"
	"github.com/auhl/auhl-go/procedures/leerkrediet"
)

// programme returns the catalogue's programme id.
func programme(t testing.TB, id string) catalog.Programme {
	t.Helper()
	p, ok := catalog.Default().ByID(id)
	require.True(t, ok, id)
	return p
}

// vwo is an applicant for year y with a Dutch VWO diploma of the year
// before, which gives access to a bachelor (UHasselt EEL art. 3.3), and a
// year of secondary education in Dutch as language proof.
func vwo(y auhl.AcademicYear, named string) admission.Applicant {
	return admission.Applicant{AcademicYear: y, Age: 19,
		Diplomas:       []admission.Diploma{{Kind: admission.DiplomaSecondary, Issued: y.Prev(), Month: 6, Foreign: true, Named: named}},
		LanguageProofs: []language.Proof{{Kind: language.ProofSecondaryYearDutch, Obtained: y.Prev()}}}
}

// bachelor is a Flemish academic bachelor of the year before, which
// connects to the master id.
func bachelor(y auhl.AcademicYear, master string) admission.Applicant {
	return admission.Applicant{AcademicYear: y, Age: 22,
		Diplomas: []admission.Diploma{{Kind: admission.DiplomaSecondary, Issued: y.Prev().Prev().Prev()},
			{Kind: admission.DiplomaAcademicBachelor, Issued: y.Prev(), ConnectsTo: []string{master}}},
		LanguageProofs: []language.Proof{{Kind: language.ProofSecondaryYearDutch, Obtained: y.Prev().Prev().Prev()}}}
}

// TestDecide: the admission decision with the leerkrediet balance, in
// every academic year both rules files cover (the rules do not differ
// between them). With insufficient leerkrediet (positive but too low, zero
// or negative) the institution may enrol as usual, ask a higher fee or
// refuse the credits, but may not refuse a connecting master to a student
// without a master's diploma (Vlaamse overheid, "ik heb onvoldoende
// leerkrediet, wat nu?"); UHasselt limits a positive balance to the
// balance (OER art. 3.8, via uhasselt-lk-form, unconfirmed for the year).
// An applicant not (yet) admissible stays so whatever the balance. On the
// route of afwijkende toelating the dossier's deadlines of 15 May, 25
// August and 19 September join the dates (Studiepoort, "ik wil een
// afwijkende toelating").
func TestDecide(t *testing.T) {
	lk := func(balance, credits int) *procedures.Balance {
		return &procedures.Balance{Balance: balance, Credits: auhl.Credits(credits)}
	}
	tests := []struct {
		name        string
		applicant   func(y auhl.AcademicYear) admission.Applicant
		programme   string
		balance     *procedures.Balance
		outcome     procedures.AdmissionOutcome
		leerkrediet leerkrediet.EnrolmentOutcome
		uncovered   int
		max         int
	}{
		{"no balance given", func(y auhl.AcademicYear) admission.Applicant { return vwo(y, "nl-vwo") }, "uhasselt-ba-rechten", nil,
			procedures.Admissible, "", 0, 0},
		{"covered", func(y auhl.AcademicYear) admission.Applicant { return vwo(y, "nl-vwo") }, "uhasselt-ba-rechten", lk(80, 60),
			procedures.Admissible, leerkrediet.EnrolmentCovered, 0, 0},
		{"UHasselt limits a positive balance", func(y auhl.AcademicYear) admission.Applicant { return vwo(y, "nl-vwo") }, "uhasselt-ba-rechten", lk(40, 60),
			procedures.LimitedToBalance, leerkrediet.EnrolmentLimitedToBalance, 20, 40},
		{"UHasselt with a balance used up", func(y auhl.AcademicYear) admission.Applicant { return vwo(y, "nl-vwo") }, "uhasselt-ba-rechten", lk(-10, 60),
			procedures.InstitutionDecides, leerkrediet.EnrolmentInstitutionDecides, 60, 0},
		{"PXL decides", func(y auhl.AcademicYear) admission.Applicant { return vwo(y, "nl-vwo") }, "pxl-pba-toegepaste-informatica", lk(40, 60),
			procedures.InstitutionDecides, leerkrediet.EnrolmentInstitutionDecides, 20, 0},
		{"the connecting master may not be refused", func(y auhl.AcademicYear) admission.Applicant { return bachelor(y, "uhasselt-ma-informatica") },
			"uhasselt-ma-informatica", &procedures.Balance{Balance: 10, Credits: 60, ConnectingMaster: true},
			procedures.MayNotRefuse, leerkrediet.EnrolmentMayNotRefuse, 50, 0},
		{"an exam contract uses no leerkrediet", func(y auhl.AcademicYear) admission.Applicant {
			a := vwo(y, "nl-vwo")
			a.Contract = admission.ExamContract
			return a
		}, "uhasselt-ba-rechten", lk(-20, 60), procedures.Admissible, leerkrediet.EnrolmentOutsideLeerkrediet, 0, 0},
		{"afwijkende toelating first", func(y auhl.AcademicYear) admission.Applicant { return vwo(y, "nl-havo") }, "uhasselt-ba-rechten", lk(10, 60),
			procedures.NotYetAdmissible, leerkrediet.EnrolmentLimitedToBalance, 50, 10},
	}
	for _, year := range []string{testkit.Y24, testkit.Y25, testkit.Y26} {
		y := testkit.Year(year)
		for _, tt := range tests {
			t.Run(year+"/"+tt.name, func(t *testing.T) {
				a := procedures.Application{Applicant: tt.applicant(y), Leerkrediet: tt.balance}
				p := programme(t, tt.programme)
				d, err := procedures.Decide(a, p)
				require.NoError(t, err)
				assert.Equal(t, tt.outcome, d.Outcome)
				assert.Equal(t, y, d.AcademicYear)
				assert.Equal(t, tt.programme, d.Programme)
				want, err := admission.Decide(a.Applicant, p)
				require.NoError(t, err)
				assert.Equal(t, want.Outcome, d.Admission.Outcome, "the admission decision as admission.Decide gives it")
				if tt.balance == nil {
					assert.Nil(t, d.Leerkrediet)
				} else {
					require.NotNil(t, d.Leerkrediet)
					assert.Equal(t, tt.leerkrediet, d.Leerkrediet.Outcome)
					assert.Equal(t, tt.uncovered, d.Leerkrediet.Uncovered)
					assert.Equal(t, tt.max, d.Leerkrediet.MaxCredits)
				}
				require.NotEmpty(t, d.Findings)
				assert.Empty(t, d.Findings[0].Source, "the outcome rests on the findings of the two decisions")
				for _, f := range d.Findings {
					for _, lang := range auhl.Langs() {
						assert.NotContains(t, i18n.Render(lang, f), f.Code, "%s renders in %s", f.Code, lang)
					}
				}
			})
		}
	}
}

// TestDecideAfwijkendDates: on the route of afwijkende toelating the
// three submission deadlines of the dossier in the first calendar year of
// the academic year join the admission's dates, the first recommended
// (Studiepoort, "ik wil een afwijkende toelating": 15 May, 25 August, 19
// September), each with its source; on another route they do not.
func TestDecideAfwijkendDates(t *testing.T) {
	for _, year := range []string{testkit.Y24, testkit.Y25, testkit.Y26} {
		t.Run(year, func(t *testing.T) {
			y := testkit.Year(year)
			p := programme(t, "uhasselt-ba-rechten")
			d, err := procedures.Decide(procedures.Application{Applicant: vwo(y, "nl-havo")}, p)
			require.NoError(t, err)
			require.Equal(t, admission.RouteAfwijkend, d.Admission.Route)
			plain, err := admission.Decide(vwo(y, "nl-havo"), p)
			require.NoError(t, err)
			require.Len(t, d.Admission.Dates, len(plain.Dates)+3)
			start := y.Start()
			for i, day := range []string{"05-15", "08-25", "09-19"} {
				k := d.Admission.Dates[len(plain.Dates)+i]
				assert.Equal(t, admission.DateApplication, k.Kind)
				assert.Equal(t, testkit.Day(fmt.Sprintf("%d-%s", start, day)), k.Date)
				assert.Contains(t, k.Source.URL, "studiepoort.be")
				assert.False(t, k.Unconfirmed)
			}
			assert.Equal(t, []string{procedures.CodeNotYetAdmissible, procedures.CodeAfwijkendDeadlineRecommended,
				procedures.CodeAfwijkendDeadline, procedures.CodeAfwijkendDeadline}, testkit.Codes(d.Findings))

			d, err = procedures.Decide(procedures.Application{Applicant: vwo(y, "nl-vwo")}, p)
			require.NoError(t, err)
			plain, err = admission.Decide(vwo(y, "nl-vwo"), p)
			require.NoError(t, err)
			assert.Equal(t, plain.Dates, d.Admission.Dates)
			assert.Equal(t, []string{procedures.CodeAdmissible}, testkit.Codes(d.Findings))
		})
	}
}

// TestDecideUnconfirmedWindow: a deadline the rules file marks
// unconfirmed says so in its date and in one warning.
func TestDecideUnconfirmedWindow(t *testing.T) {
	r, err := afwijkend.Default().For(testkit.Year(testkit.Y25))
	require.NoError(t, err)
	for _, w := range r.Windows {
		assert.False(t, w.Unconfirmed, "the embedded windows are confirmed; DecodeRules tests the rest")
	}
}

// TestDecideInvalid: an invalid application, a programme the balance
// cannot place, or a year a rules file does not cover is an error naming
// the problem, and no decision.
func TestDecideInvalid(t *testing.T) {
	y := testkit.Year(testkit.Y25)
	tests := []struct {
		name       string
		app        procedures.Application
		programme  string
		path, code string
	}{
		{"no year", procedures.Application{Applicant: admission.Applicant{}}, "uhasselt-ba-rechten", "/applicant/academicYear", auhl.CodeRequired},
		{"no credits", procedures.Application{Applicant: vwo(y, "nl-vwo"), Leerkrediet: &procedures.Balance{Balance: 10}}, "uhasselt-ba-rechten", "/leerkrediet/credits", auhl.CodeNumberRange},
		{"a balance out of range", procedures.Application{Applicant: vwo(y, "nl-vwo"), Leerkrediet: &procedures.Balance{Balance: 5000, Credits: 60}}, "uhasselt-ba-rechten", "/leerkrediet/balance", auhl.CodeNumberRange},
		{"an unknown kind", procedures.Application{Applicant: vwo(y, "nl-vwo"), Leerkrediet: &procedures.Balance{Balance: 10, Credits: 60, Programme: "x"}}, "uhasselt-ba-rechten", "/leerkrediet/programme", auhl.CodeEnum},
		{"an advanced programme without its kind", procedures.Application{Applicant: bachelor(y, "x"), Leerkrediet: &procedures.Balance{Balance: 10, Credits: 20}}, "pxl-banaba-buitengewoon-onderwijs", "/leerkrediet/programme", auhl.CodeRequired},
		{"a year after the rules", procedures.Application{Applicant: vwo(testkit.Year(testkit.Y27), "nl-vwo")}, "uhasselt-ba-rechten", "/applicant/academicYear", rules.CodePeriodUnknown},
		{"no year with a balance", procedures.Application{Leerkrediet: &procedures.Balance{Balance: 10, Credits: 60}}, "uhasselt-ba-rechten", "/applicant/academicYear", auhl.CodeRequired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := procedures.Decide(tt.app, programme(t, tt.programme))
			assert.Equal(t, procedures.AdmissionDecision{}, d)
			if tt.code == "" {
				assert.ErrorIs(t, err, auhl.ErrInvalid)
				return
			}
			testkit.AssertProblem(t, err, tt.path, tt.code)
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			for _, p := range ve.Problems {
				assert.NotContains(t, []string{"/leerkrediet/year", "/leerkrediet/contract", "/academicYear"}, p.Path, "a path into the application")
			}
		})
	}
}

// TestDecodeApplication: the strict decoder reads what Decide needs and
// refuses unknown fields, bad values and oversize documents, naming each
// problem.
func TestDecodeApplication(t *testing.T) {
	good := `{"applicant": {"academicYear": "2025-2026", "diplomas": [{"kind": "secondary", "issued": "2024-2025", "month": 6, "foreign": true, "named": "nl-vwo"}]},
		"leerkrediet": {"balance": 40, "credits": 60, "connectingMaster": true, "exception": "graduation-year"}}`
	a, err := procedures.DecodeApplication([]byte(good))
	require.NoError(t, err)
	require.NotNil(t, a.Leerkrediet)
	assert.Equal(t, 40, a.Leerkrediet.Balance)
	assert.Equal(t, leerkrediet.ExceptionGraduationYear, a.Leerkrediet.Exception)
	assert.NoError(t, a.Validate())

	tests := []struct {
		name, doc, path, code string
	}{
		{"an unknown field", `{"applicant": {"academicYear": "2025-2026"}, "extra": 1}`, "/extra", auhl.CodeJSONUnknownField},
		{"no credits", `{"applicant": {"academicYear": "2025-2026"}, "leerkrediet": {"balance": 3}}`, "/leerkrediet/credits", auhl.CodeNumberRange},
		{"no year", `{"applicant": {}}`, "/applicant/academicYear", auhl.CodeRequired},
		{"an unknown exception", `{"applicant": {"academicYear": "2025-2026"}, "leerkrediet": {"balance": 3, "credits": 6, "exception": "x"}}`, "/leerkrediet/exception", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := procedures.DecodeApplication([]byte(tt.doc))
			assert.Equal(t, procedures.Application{}, a)
			if tt.code == "" {
				var ve *auhl.ValidationError
				require.ErrorAs(t, err, &ve)
				assert.Equal(t, tt.path, ve.Problems[0].Path)
				return
			}
			testkit.AssertProblem(t, err, tt.path, tt.code)
		})
	}
	big := make([]byte, procedures.MaxApplicationBytes+1)
	_, err = procedures.DecodeApplication(big)
	testkit.AssertProblem(t, err, "", auhl.CodeJSONTooLarge)
}

// TestOutcomeNames: every outcome has a name in both languages and a
// finding code, and its JSON is its identifier.
func TestOutcomeNames(t *testing.T) {
	for _, o := range procedures.AdmissionOutcome("").Enum() {
		out := procedures.AdmissionOutcome(o)
		assert.True(t, out.Valid())
		assert.NotEmpty(t, out.Name().NL, o)
		assert.NotEmpty(t, out.Name().EN, o)
		b, err := json.Marshal(out)
		require.NoError(t, err)
		assert.Equal(t, `"`+o+`"`, string(b))
	}
	assert.False(t, procedures.AdmissionOutcome("x").Valid())
	assert.Empty(t, procedures.AdmissionOutcome("x").Name())
}

// FuzzDecodeApplication: no document makes the decoder or the decision
// panic; a document the decoder refuses gives no application, one it
// accepts passes Validate.
func FuzzDecodeApplication(f *testing.F) {
	f.Add([]byte(`{"applicant": {"academicYear": "2025-2026", "diplomas": [{"kind": "secondary", "issued": "2024-2025", "month": 6, "foreign": true, "named": "nl-havo"}]}, "leerkrediet": {"balance": 40, "credits": 60}}`))
	f.Add([]byte(`{"applicant": {"academicYear": "2024-2025"}, "leerkrediet": {"balance": -3, "credits": 6, "programme": "banaba"}}`))
	f.Add([]byte(`{}`))
	p, _ := catalog.Default().ByID("uhasselt-ba-rechten")
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := procedures.DecodeApplication(data)
		if err != nil {
			assert.Equal(t, procedures.Application{}, a)
			return
		}
		assert.NoError(t, a.Validate())
		_, _ = procedures.Decide(a, p)
	})
}

// BenchmarkDecide measures a decision with a balance on the route of
// afwijkende toelating: admission, leerkrediet and the dossier's dates.
func BenchmarkDecide(b *testing.B) {
	a := procedures.Application{Applicant: vwo(testkit.Year(testkit.Y25), "nl-havo"), Leerkrediet: &procedures.Balance{Balance: 40, Credits: 60}}
	p := programme(b, "uhasselt-ba-rechten")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := procedures.Decide(a, p); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDecideWith: with the embedded admission rules file, or nil, the
// decision is Decide's.
func TestDecideWith(t *testing.T) {
	a := procedures.Application{Applicant: vwo(testkit.Year(testkit.Y25), "nl-havo"), Leerkrediet: &procedures.Balance{Balance: 40, Credits: 60}}
	p := programme(t, "uhasselt-ba-rechten")
	want, err := procedures.Decide(a, p)
	require.NoError(t, err)
	for _, r := range []*admission.RulesFile{nil, admission.Default()} {
		got, err := procedures.DecideWith(r, a, p)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
}
