package leerkrediet

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
)

// TestDecideEnrolment: leerkrediet as an enrolment condition. With
// insufficient leerkrediet (positive but too low, zero or negative) the
// institution may enrol as usual, ask a higher fee or refuse the credits;
// it may not refuse a connecting master to a student without a master's
// diploma (OV "ik heb onvoldoende leerkrediet, wat nu?"). UHasselt limits
// a positive but insufficient balance to the balance, with three
// exceptions (OER art. 3.8, procedures.md §5.1).
func TestDecideEnrolment(t *testing.T) {
	bachelor := func(year string, inst auhl.Institution, balance, credits int) EnrolmentRequest {
		return EnrolmentRequest{Year: testkit.Year(year), Institution: inst, Balance: balance, Contract: DiplomaContract,
			Programme: InitialBachelor, Credits: auhl.Credits(credits)}
	}
	with := func(r EnrolmentRequest, f func(r *EnrolmentRequest)) EnrolmentRequest { f(&r); return r }
	tests := []struct {
		name      string
		req       EnrolmentRequest
		outcome   EnrolmentOutcome
		uncovered int
		max       int
		euro      float64
		codes     []string
	}{
		{"covered", bachelor(testkit.Y25, "", 80, 60), EnrolmentCovered, 0, 0, 0, []string{CodeEnrolCovered}},
		{"exactly covered", bachelor(testkit.Y25, auhl.UHasselt, 60, 60), EnrolmentCovered, 0, 0, 0, []string{CodeEnrolCovered}},
		{"an exam contract", with(bachelor(testkit.Y25, "", -20, 60), func(r *EnrolmentRequest) { r.Contract = ExamContract }),
			EnrolmentOutsideLeerkrediet, 0, 0, 0, []string{CodeOutOfScopeExam}},
		{"a schakelprogramma", with(bachelor(testkit.Y25, "", 0, 60), func(r *EnrolmentRequest) { r.Programme = SchakelProgramme }),
			EnrolmentOutsideLeerkrediet, 0, 0, 0, []string{CodeOutOfScopeProgramme}},
		{"positive but too low", bachelor(testkit.Y25, "", 40, 60), EnrolmentInstitutionDecides, 20, 0, 11, []string{CodeInsufficient, CodeHigherFee}},
		{"zero", bachelor(testkit.Y25, "", 0, 60), EnrolmentInstitutionDecides, 60, 0, 11, []string{CodeInsufficient, CodeHigherFee}},
		{"negative", bachelor(testkit.Y25, "", -20, 60), EnrolmentInstitutionDecides, 60, 0, 11, []string{CodeInsufficient, CodeHigherFee}},
		{"a year whose fee is not known", bachelor("2015-2016", "", 40, 60), EnrolmentInstitutionDecides, 20, 0, 0, []string{CodeInsufficient, CodeHigherFeeUnknown}},
		{"a connecting master without a master's diploma", with(bachelor(testkit.Y25, auhl.UHasselt, 10, 60), func(r *EnrolmentRequest) {
			r.Programme, r.ConnectingMaster = InitialMaster, true
		}), EnrolmentMayNotRefuse, 50, 0, 11, []string{CodeInsufficient, CodeHigherFee, CodeConnectingMaster}},
		{"a connecting master with a master's diploma", with(bachelor(testkit.Y25, "", 10, 60), func(r *EnrolmentRequest) {
			r.Programme, r.ConnectingMaster, r.HasMaster = InitialMaster, true, true
		}), EnrolmentInstitutionDecides, 50, 0, 11, []string{CodeInsufficient}},
		{"a master that does not connect", with(bachelor(testkit.Y25, "", 10, 60), func(r *EnrolmentRequest) { r.Programme = InitialMaster }),
			EnrolmentInstitutionDecides, 50, 0, 11, []string{CodeInsufficient}},
		{"UHasselt, positive but too low", bachelor(testkit.Y25, auhl.UHasselt, 40, 60), EnrolmentLimitedToBalance, 20, 40, 11,
			[]string{CodeInsufficient, CodeHigherFee, CodeEnrolLimited}},
		{"UHasselt, the graduation year", with(bachelor(testkit.Y25, auhl.UHasselt, 40, 60), func(r *EnrolmentRequest) { r.Exception = ExceptionGraduationYear }),
			EnrolmentLimitedToBalance, 20, 40, 11, []string{CodeEnrolLimited, CodeEnrolException}},
		{"UHasselt, zero", bachelor(testkit.Y25, auhl.UHasselt, 0, 60), EnrolmentInstitutionDecides, 60, 0, 11, []string{CodeInsufficient}},
		{"PXL, positive but too low", bachelor(testkit.Y25, auhl.PXL, 40, 60), EnrolmentInstitutionDecides, 20, 0, 11, []string{CodeInsufficient}},
		{"a credit contract in 2012-2013", with(bachelor("2012-2013", auhl.UHasselt, 5, 6), func(r *EnrolmentRequest) { r.Contract = CreditContract }),
			EnrolmentLimitedToBalance, 1, 5, 0, []string{CodeInsufficient, CodeHigherFeeUnknown, CodeEnrolLimited}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := DecideEnrolment(tt.req)
			require.NoError(t, err)
			assert.Equal(t, tt.outcome, d.Outcome)
			assert.Equal(t, tt.uncovered, d.Uncovered)
			assert.Equal(t, tt.max, d.MaxCredits)
			if tt.uncovered > 0 {
				assert.Equal(t, tt.euro, d.HigherFeeEuro)
			}
			codes := testkit.Codes(d.Findings)
			assertSubsequence(t, tt.codes, codes)
			if tt.outcome == EnrolmentLimitedToBalance {
				assertUnconfirmedWarning(t, d.Findings, "/uhasselt")
			}
			for _, f := range d.Findings {
				for _, l := range auhl.Langs() {
					msg := i18n.Render(l, f)
					assert.NotEqual(t, f.Code, msg)
					assert.NotContains(t, msg, "{", msg)
				}
			}
		})
	}
}

func TestDecideEnrolmentInvalid(t *testing.T) {
	good := EnrolmentRequest{Year: testkit.Year(testkit.Y25), Balance: 40, Contract: DiplomaContract, Programme: InitialBachelor, Credits: 60}
	with := func(f func(r *EnrolmentRequest)) EnrolmentRequest { r := good; f(&r); return r }
	tests := []struct {
		name string
		req  EnrolmentRequest
		path string
		code string
	}{
		{"no year", with(func(r *EnrolmentRequest) { r.Year = auhl.AcademicYear{} }), "/year", auhl.CodeRequired},
		{"the association", with(func(r *EnrolmentRequest) { r.Institution = auhl.AUHL }), "/institution", auhl.CodeEnum},
		{"a balance out of range", with(func(r *EnrolmentRequest) { r.Balance = -MaxBalance - 1 }), "/balance", auhl.CodeNumberRange},
		{"no contract", with(func(r *EnrolmentRequest) { r.Contract = "" }), "/contract", auhl.CodeRequired},
		{"no programme", with(func(r *EnrolmentRequest) { r.Programme = "master" }), "/programme", auhl.CodeRequired},
		{"no credits", with(func(r *EnrolmentRequest) { r.Credits = 0 }), "/credits", auhl.CodeNumberRange},
		{"an unknown exception", with(func(r *EnrolmentRequest) { r.Exception = "sunshine" }), "/exception", auhl.CodeEnum},
		{"a year without rules", with(func(r *EnrolmentRequest) { r.Year = testkit.Year(testkit.Y27) }), "/year", rules.CodePeriodUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := DecideEnrolment(tt.req)
			testkit.AssertProblem(t, err, tt.path, tt.code)
			assert.Equal(t, EnrolmentDecision{}, d)
		})
	}
}

// FuzzDecideEnrolment: whatever the request, no panic, and either an
// ErrInvalid or a decision whose findings all render in both languages.
func FuzzDecideEnrolment(f *testing.F) {
	f.Add(2025, "uhasselt", 40, "diploma", "initial-bachelor", 60, false, false, "graduation-year")
	f.Add(2012, "", -20, "credit", "graduaat", 6, true, true, "")
	f.Add(2030, "auhl", 5000, "", "x", 0, false, true, "sunshine")
	f.Fuzz(func(t *testing.T, start int, inst string, balance int, contract, programme string, credits int, hasMaster, connecting bool, exception string) {
		y, _ := auhl.AcademicYearStarting(start)
		req := EnrolmentRequest{Year: y, Institution: auhl.Institution(inst), Balance: balance, Contract: Contract(contract),
			Programme: ProgrammeKind(programme), Credits: auhl.Credits(credits), HasMaster: hasMaster, ConnectingMaster: connecting,
			Exception: LimitException(exception)}
		d, err := DecideEnrolment(req)
		if err != nil {
			require.ErrorIs(t, err, auhl.ErrInvalid)
			return
		}
		require.True(t, d.Outcome.Valid())
		assert.GreaterOrEqual(t, d.Uncovered, 0)
		assert.LessOrEqual(t, d.Uncovered, credits)
		for _, f := range d.Findings {
			for _, l := range auhl.Langs() {
				assert.NotEqual(t, f.Code, i18n.Render(l, f))
			}
		}
	})
}

func TestEnrolmentEnums(t *testing.T) {
	for _, g := range limitExceptions {
		assert.True(t, g.Name().Complete(), g)
		var back LimitException
		require.NoError(t, back.UnmarshalText([]byte(g)))
		assert.Equal(t, g, back)
	}
	assert.Error(t, new(LimitException).UnmarshalText([]byte("sunshine")))
	for _, o := range enrolmentOutcomes {
		var back EnrolmentOutcome
		require.NoError(t, back.UnmarshalText([]byte(o)))
		assert.True(t, back.Valid())
	}
	assert.Error(t, new(EnrolmentOutcome).UnmarshalText([]byte("maybe")))
	assert.Len(t, EnrolmentOutcome("").Enum(), 5)
	assert.Len(t, LimitException("").Enum(), 3)
}
