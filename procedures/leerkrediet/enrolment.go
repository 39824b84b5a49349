package leerkrediet

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/procedures/internal/enum"
)

// MaxBalance is the largest balance, positive or negative, an
// EnrolmentRequest may give: far beyond any real study career.
const MaxBalance = 2000

// EnrolmentRequest is an enrolment a student asks for, with the
// leerkrediet (learning credit) balance the student has when asking: what
// DecideEnrolment decides on. Leerkrediet is then an enrolment
// condition: an insufficient balance lets the institution refuse credits.
type EnrolmentRequest struct {
	// Year is the academic year of the enrolment.
	Year auhl.AcademicYear `json:"year"`
	// Institution is where the student enrols: uhasselt or pxl; empty
	// for a Flemish institution whose own rules are not known here.
	Institution auhl.Institution `json:"institution,omitempty"`
	// Balance is the leerkrediet when asking, in credits; zero or
	// negative when used up.
	Balance int `json:"balance"`
	// Contract is the contract asked for.
	Contract Contract `json:"contract"`
	// Programme is the kind of programme.
	Programme ProgrammeKind `json:"programme"`
	// Credits are the credits the student asks to take up (at least 1).
	Credits auhl.Credits `json:"credits"`
	// HasMaster says that the student already holds a master's diploma.
	HasMaster bool `json:"hasMaster,omitempty"`
	// ConnectingMaster says that the programme is a master that connects
	// to (follows on from) the student's previous programme.
	ConnectingMaster bool `json:"connectingMaster,omitempty"`
	// Exception is the ground of a reasoned request for more credits than
	// UHasselt's limit to the balance allows; empty for none.
	Exception LimitException `json:"exception,omitempty"`
}

// EnrolmentDecision is what leerkrediet means for an EnrolmentRequest:
// whether the balance covers it, and if not, what the institution may do,
// each step a Finding with its source.
type EnrolmentDecision struct {
	// Year is the academic year of the enrolment.
	Year auhl.AcademicYear `json:"year"`
	// Outcome is what the balance means for the enrolment.
	Outcome EnrolmentOutcome `json:"outcome"`
	// Uncovered are the credits asked for without leerkrediet; 0 when the
	// balance covers them or the enrolment uses none.
	Uncovered int `json:"uncovered"`
	// MaxCredits is the most credits the institution lets the student take
	// up, with the outcome limited-to-balance; 0 otherwise.
	MaxCredits int `json:"maxCredits,omitempty"`
	// HigherFeeEuro is the most the institution may ask per uncovered
	// credit; 0 when nothing is uncovered or the year's amount is not
	// known.
	HigherFeeEuro float64 `json:"higherFeeEuro,omitempty"`
	// Findings explain the decision, in order.
	Findings []auhl.Finding `json:"findings"`
}

// EnrolmentOutcome is the outcome of an EnrolmentDecision. Its JSON
// encoding is the identifier of each constant.
type EnrolmentOutcome string

// The outcomes of an enrolment decision.
const (
	// EnrolmentCovered: the balance covers the credits asked for.
	EnrolmentCovered EnrolmentOutcome = "covered"
	// EnrolmentOutsideLeerkrediet: the enrolment uses no leerkrediet.
	EnrolmentOutsideLeerkrediet EnrolmentOutcome = "outside-leerkrediet"
	// EnrolmentInstitutionDecides: the balance is insufficient (positive
	// but too low, zero or negative); the institution may enrol the student
	// as usual, for a higher fee, or refuse the uncovered credits.
	EnrolmentInstitutionDecides EnrolmentOutcome = "institution-decides"
	// EnrolmentMayNotRefuse: the balance is insufficient, but the
	// institution may not refuse a connecting master to a student without a
	// master's diploma; it may ask the higher fee.
	EnrolmentMayNotRefuse EnrolmentOutcome = "may-not-refuse"
	// EnrolmentLimitedToBalance: UHasselt lets a student whose balance is
	// positive but insufficient take up at most the balance, except on a
	// reasoned request on one of the grounds its regulation names.
	EnrolmentLimitedToBalance EnrolmentOutcome = "limited-to-balance"
)

var enrolmentOutcomes = []EnrolmentOutcome{EnrolmentCovered, EnrolmentOutsideLeerkrediet, EnrolmentInstitutionDecides, EnrolmentMayNotRefuse, EnrolmentLimitedToBalance}

// Enum lists every valid EnrolmentOutcome.
func (EnrolmentOutcome) Enum() []string { return auhl.Strings(enrolmentOutcomes) }

// Valid reports whether o is a known outcome.
func (o EnrolmentOutcome) Valid() bool { return slices.Contains(enrolmentOutcomes, o) }

// UnmarshalText accepts only a known outcome.
func (o *EnrolmentOutcome) UnmarshalText(b []byte) error {
	return enum.Unmarshal(o, b, enrolmentOutcomes)
}

// LimitException is a ground on which UHasselt may let a student with
// insufficient leerkrediet take up more credits than the balance. Its JSON
// encoding is the identifier of each constant.
type LimitException string

// The grounds of an exception to UHasselt's limit.
const (
	// ExceptionTooSmallForOneCourse: the balance is too small for even one
	// course unit.
	ExceptionTooSmallForOneCourse LimitException = "too-small-for-one-course"
	// ExceptionFamilyAllowance: a few more credits keep the child benefit
	// (the threshold of 27 credits).
	ExceptionFamilyAllowance LimitException = "family-allowance"
	// ExceptionGraduationYear: the student is in the graduation year.
	ExceptionGraduationYear LimitException = "graduation-year"
)

var limitExceptions = []LimitException{ExceptionTooSmallForOneCourse, ExceptionFamilyAllowance, ExceptionGraduationYear}

// Enum lists every valid LimitException.
func (LimitException) Enum() []string { return auhl.Strings(limitExceptions) }

// Valid reports whether g is a known ground.
func (g LimitException) Valid() bool { return slices.Contains(limitExceptions, g) }

// UnmarshalText accepts only a known ground.
func (g *LimitException) UnmarshalText(b []byte) error {
	return enum.Unmarshal(g, b, limitExceptions)
}

// Name returns the ground in Dutch and English.
func (g LimitException) Name() auhl.Text {
	switch g {
	case ExceptionTooSmallForOneCourse:
		return auhl.Text{NL: "je saldo is te klein voor zelfs één opleidingsonderdeel", EN: "your balance is too small for even one course unit"}
	case ExceptionFamilyAllowance:
		return auhl.Text{NL: "met enkele studiepunten meer behoud je het groeipakket (kinderbijslag)", EN: "a few more credits keep your family allowance (Groeipakket)"}
	case ExceptionGraduationYear:
		return auhl.Text{NL: "het is je afstudeerjaar", EN: "it is your graduation year"}
	}
	return auhl.Text{NL: string(g), EN: string(g)}
}

// Validate checks the request on its own, without the rules of any year:
// the year, contract, programme and credits given (1 to MaxEventCredits);
// the institution empty, uhasselt or pxl; the balance within MaxBalance
// either way; the exception empty or known. It returns a
// *auhl.ValidationError naming every problem, or nil.
func (r EnrolmentRequest) Validate() error {
	var ve auhl.ValidationError
	if r.Year.IsZero() {
		ve.Add("/year", auhl.CodeRequired, nil)
	}
	institutions := []auhl.Institution{auhl.UHasselt, auhl.PXL}
	if r.Institution != "" && !slices.Contains(institutions, r.Institution) {
		ve.Add("/institution", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(r.Institution))), "allowed": auhl.Str(enum.Join(institutions))})
	}
	if r.Balance < -MaxBalance || r.Balance > MaxBalance {
		ve.Add("/balance", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(r.Balance), "min": auhl.Int(-MaxBalance), "max": auhl.Int(MaxBalance)})
	}
	if !r.Contract.Valid() {
		ve.Add("/contract", auhl.CodeRequired, nil)
	}
	if !r.Programme.Valid() {
		ve.Add("/programme", auhl.CodeRequired, nil)
	}
	if r.Credits < 1 || r.Credits > MaxEventCredits {
		ve.Add("/credits", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(int(r.Credits)), "min": auhl.Int(1), "max": auhl.Int(MaxEventCredits)})
	}
	if r.Exception != "" && !r.Exception.Valid() {
		ve.Add("/exception", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(r.Exception))), "allowed": auhl.Str(enum.Join(limitExceptions))})
	}
	return ve.Err()
}

// DecideEnrolment decides on an enrolment request with the embedded rules
// (Default): see RulesFile.DecideEnrolment.
func DecideEnrolment(r EnrolmentRequest) (EnrolmentDecision, error) {
	return Default().DecideEnrolment(r)
}

// DecideEnrolment says what the student's leerkrediet means for the
// enrolment asked for, under the rules of its academic year: covered, or
// outside leerkrediet, or insufficient (a balance positive but too low,
// zero or negative). With an insufficient balance the institution
// receives no funding for the uncovered credits and may enrol the
// student as usual, ask a higher fee (at most the year's amount per
// uncovered credit), or refuse the uncovered credits; it may not refuse a
// student without a master's diploma a master that connects to the
// previous programme (it may ask the higher fee). At UHasselt a balance
// that is positive but insufficient limits the enrolment to the balance,
// except on a reasoned request on one of the grounds its regulation names
// (Exception), which the director of education decides on.
//
// An invalid request, or a year the rules do not cover, is a
// *auhl.ValidationError and no decision. Each step is a Finding with its
// source, and a rule the data marks unconfirmed adds a CodeUnconfirmed
// warning.
func (s *RulesFile) DecideEnrolment(req EnrolmentRequest) (EnrolmentDecision, error) {
	if err := req.Validate(); err != nil {
		return EnrolmentDecision{}, err
	}
	r, err := s.For(req.Year)
	if err != nil {
		var ve auhl.ValidationError
		ve.Merge("/year", err)
		return EnrolmentDecision{}, ve.Err()
	}
	c := &calc{set: s, rules: r, year: req.Year, balance: req.Balance - int(req.Credits)}
	c.res.Findings = []auhl.Finding{}
	d := EnrolmentDecision{Year: req.Year}
	what := []any{"credits", req.Credits, "programme", auhl.Txt(req.Programme.Name()), "contract", auhl.Txt(req.Contract.Name())}
	credits := int(req.Credits)
	switch {
	case !r.Uses(req.Contract, req.Programme):
		d.Outcome = EnrolmentOutsideLeerkrediet
		c.balance = req.Balance
		c.outOfScope(req.Contract, what)
	case req.Balance >= credits:
		d.Outcome = EnrolmentCovered
		c.emit(CodeEnrolCovered, auhl.Info, c.params("before", req.Balance, "credits", credits), c.rules.Insufficient)
	default:
		d.Uncovered = credits - max(req.Balance, 0)
		d.HigherFeeEuro = r.HigherFee.Euro
		d.Outcome = EnrolmentInstitutionDecides
		c.insufficient(req.Balance, credits)
		switch {
		case req.Programme == InitialMaster && req.Contract == DiplomaContract && !req.HasMaster && req.ConnectingMaster:
			d.Outcome = EnrolmentMayNotRefuse
			c.emit(CodeConnectingMaster, auhl.Info, c.params(), c.rules.Insufficient)
		case req.Institution == auhl.UHasselt && r.UHasselt != nil && req.Balance > 0:
			d.Outcome, d.MaxCredits = EnrolmentLimitedToBalance, req.Balance
			u := r.UHasselt
			c.emit(CodeEnrolLimited, auhl.Warning, c.params("max", req.Balance), u.Basis)
			if req.Exception != "" && slices.Contains(u.Exceptions, req.Exception) {
				c.emit(CodeEnrolException, auhl.Info, c.params("ground", auhl.Txt(req.Exception.Name())), u.Basis)
			}
		}
	}
	d.Findings = c.res.Findings
	return d, nil
}
