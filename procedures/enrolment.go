package procedures

import (
	"errors"
	"slices"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/admission"
	"github.com/auhl/auhl-go/procedures/afwijkend"
	"github.com/auhl/auhl-go/procedures/internal/enum"
	"github.com/auhl/auhl-go/procedures/leerkrediet"
)

// MaxApplicationBytes is the largest Application document
// DecodeApplication reads: an applicant and a leerkrediet balance.
const MaxApplicationBytes = admission.MaxApplicantBytes + 4<<10

// Application is an applicant for a programme with, optionally, the
// leerkrediet (learning credit) balance the applicant has when enrolling:
// what Decide decides on.
type Application struct {
	// Applicant is the applicant, as admission.Decide reads it.
	Applicant admission.Applicant `json:"applicant"`
	// Leerkrediet is the balance and the enrolment asked for; nil when the
	// balance is not given, and then the decision is the admission alone.
	Leerkrediet *Balance `json:"leerkrediet,omitempty"`
}

// Balance is the leerkrediet (learning credit) of an applicant and the
// enrolment the applicant asks for, as leerkrediet.DecideEnrolment needs
// it. The academic year and the contract are the applicant's, the
// institution the programme's.
type Balance struct {
	// Balance is the leerkrediet when enrolling, in credits; zero or
	// negative when used up.
	Balance int `json:"balance"`
	// Credits are the credits the applicant asks to take up (at least 1).
	Credits auhl.Credits `json:"credits"`
	// Programme is the kind of programme for leerkrediet; empty to derive
	// it from the programme's level (required for an advanced programme:
	// banaba, manama or postgraduaat).
	Programme leerkrediet.ProgrammeKind `json:"programme,omitempty"`
	// HasMaster says that the applicant already holds a master's diploma.
	HasMaster bool `json:"hasMaster,omitempty"`
	// ConnectingMaster says that the programme is a master that follows
	// on from the applicant's previous programme.
	ConnectingMaster bool `json:"connectingMaster,omitempty"`
	// Exception is the ground of a reasoned request for more credits than
	// UHasselt's limit to the balance allows; empty for none.
	Exception leerkrediet.LimitException `json:"exception,omitempty"`
}

// Validate checks the application on its own: the applicant as
// admission.Applicant.Validate does (under /applicant), and the balance as
// leerkrediet.EnrolmentRequest.Validate does (under /leerkrediet). It
// returns a *auhl.ValidationError naming every problem, or nil.
func (a Application) Validate() error { return a.check().Err() }

// check lists every problem of a.
func (a *Application) check() *auhl.ValidationError {
	var ve auhl.ValidationError
	ve.Merge("/applicant", a.Applicant.Validate())
	if b := a.Leerkrediet; b != nil {
		kind := b.Programme
		if kind != "" && !kind.Valid() {
			ve.Add("/leerkrediet/programme", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(kind))), "allowed": auhl.Str(enum.Join(leerkrediet.InitialBachelor.Enum()))})
		}
		if !kind.Valid() {
			kind = leerkrediet.InitialBachelor // any valid kind: the programme is not known yet
		}
		// The year and the contract are the applicant's, checked above.
		mergeBalance(&ve, b.request(a.Applicant, "", kind).Validate(), false)
	}
	if len(ve.Problems) == 0 {
		return nil
	}
	return &ve
}

// mergeBalance records the problems err of a leerkrediet enrolment
// request under /leerkrediet, where the application holds the balance. A
// problem of the year goes under /applicant/academicYear when withYear is
// set and is left out otherwise, as is one of the contract: both are the
// applicant's, which the applicant's own check covers.
func mergeBalance(ve *auhl.ValidationError, err error, withYear bool) {
	var lk auhl.ValidationError
	lk.Merge("/leerkrediet", err)
	for _, p := range lk.Problems {
		switch {
		case p.Path == "/leerkrediet/year" && withYear:
			p.Path = "/applicant/academicYear"
		case p.Path == "/leerkrediet/year" || p.Path == "/leerkrediet/contract":
			continue
		}
		ve.Append(p)
	}
}

// request is the leerkrediet enrolment request of balance b for applicant
// a at institution i, for a programme of kind k.
func (b *Balance) request(a admission.Applicant, i auhl.Institution, k leerkrediet.ProgrammeKind) leerkrediet.EnrolmentRequest {
	c := a.Contract
	if c == "" {
		c = admission.DiplomaContract
	}
	return leerkrediet.EnrolmentRequest{Year: a.AcademicYear, Institution: i, Balance: b.Balance, Contract: c, Programme: k,
		Credits: b.Credits, HasMaster: b.HasMaster, ConnectingMaster: b.ConnectingMaster, Exception: b.Exception}
}

// DecodeApplication decodes an Application from JSON the strict way and
// checks it with Validate. It returns a *auhl.ValidationError listing
// every problem with its JSON Pointer. A document larger than
// MaxApplicationBytes is refused unread.
func DecodeApplication(data []byte) (Application, error) {
	if len(data) > MaxApplicationBytes {
		return Application{}, &auhl.ValidationError{Problems: []auhl.Problem{{
			Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(MaxApplicationBytes)},
		}}}
	}
	var a Application
	if err := auhl.DecodeAndCheck(data, &a, a.check); err != nil {
		return Application{}, err
	}
	return a, nil
}

// AdmissionOutcome is the outcome of an AdmissionDecision: the admission
// and the leerkrediet balance together. Where the balance falls short of
// an admissible applicant's credits, the outcome says what that means;
// whether conditions follow the enrolment is then in the admission's own
// outcome (AdmissionDecision.Admission.Outcome). Its JSON encoding is the identifier of
// each constant.
type AdmissionOutcome string

// The outcomes of a decision.
const (
	// Admissible: admissible, and the balance (when given) covers the
	// credits or the enrolment uses no leerkrediet.
	Admissible AdmissionOutcome = "admissible"
	// AdmissibleWithConditions: admissible with conditions that follow the
	// enrolment, and the balance (when given) covers the credits or the
	// enrolment uses none.
	AdmissibleWithConditions AdmissionOutcome = "admissible-with-conditions"
	// LimitedToBalance: admissible, but UHasselt lets the applicant take
	// up at most the positive balance (Leerkrediet.MaxCredits), except on
	// a reasoned request on a ground its regulation names.
	LimitedToBalance AdmissionOutcome = "limited-to-balance"
	// InstitutionDecides: admissible, but the balance does not cover the
	// credits: the institution may enrol the applicant as usual, ask the
	// higher fee for the uncovered credits, or refuse them.
	InstitutionDecides AdmissionOutcome = "institution-decides"
	// MayNotRefuse: admissible and the balance does not cover the
	// credits, but the institution may not refuse this connecting master
	// to an applicant without a master's diploma; it may ask the higher
	// fee.
	MayNotRefuse AdmissionOutcome = "may-not-refuse"
	// NotYetAdmissible: a requirement that must be met before the
	// enrolment is not met yet (admission.NotYetAdmissible).
	NotYetAdmissible AdmissionOutcome = "not-yet-admissible"
	// NotAdmissible: not admissible (admission.NotAdmissible).
	NotAdmissible AdmissionOutcome = "not-admissible"
)

var outcomes = []AdmissionOutcome{Admissible, AdmissibleWithConditions, LimitedToBalance, InstitutionDecides, MayNotRefuse, NotYetAdmissible, NotAdmissible}

// Enum lists every valid AdmissionOutcome.
func (AdmissionOutcome) Enum() []string { return auhl.Strings(outcomes) }

// Valid reports whether o is a known outcome.
func (o AdmissionOutcome) Valid() bool { return slices.Contains(outcomes, o) }

// Name returns the outcome's name in Dutch and English; the outcomes
// that the admission alone decides are named as admission.Outcome names
// them.
func (o AdmissionOutcome) Name() auhl.Text {
	switch o {
	case Admissible, AdmissibleWithConditions, NotYetAdmissible, NotAdmissible:
		return admission.Outcome(o).Name()
	case LimitedToBalance:
		return auhl.Text{NL: "toelaatbaar, beperkt tot je leerkrediet", EN: "admissible, limited to your leerkrediet"}
	case InstitutionDecides:
		return auhl.Text{NL: "toelaatbaar, de instelling beslist over de niet-gedekte studiepunten", EN: "admissible, the institution decides on the uncovered credits"}
	case MayNotRefuse:
		return auhl.Text{NL: "toelaatbaar, de aansluitende master mag niet geweigerd worden", EN: "admissible, the connecting master may not be refused"}
	}
	return auhl.Text{}
}

// AdmissionDecision is the admission decision on an Application together
// with the leerkrediet enrolment decision, and the one outcome of both.
type AdmissionDecision struct {
	// AcademicYear is the year of the enrolment.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Programme is the catalogue id of the programme.
	Programme string `json:"programme"`
	// Outcome is the outcome of the admission and the balance together.
	Outcome AdmissionOutcome `json:"outcome"`
	// Admission is the admission decision; on the route of afwijkende
	// toelating its Dates hold the dossier's submission deadlines too.
	Admission admission.Decision `json:"admission"`
	// Leerkrediet is what the balance means for the enrolment; nil when
	// the application gives no balance.
	Leerkrediet *leerkrediet.EnrolmentDecision `json:"leerkrediet,omitempty"`
	// Findings explain what this decision adds to the two: the outcome
	// first, then the deadlines of afwijkende toelating, each with its
	// source, and a warning per rule no source confirms. Admission and
	// Leerkrediet carry the findings of each side.
	Findings []auhl.Finding `json:"findings"`
}

// Decide decides on application a for programme p of the catalogue with
// the embedded rules: the admission (admission.Decide) and, when a gives
// a balance, the leerkrediet as an enrolment condition
// (leerkrediet.DecideEnrolment), in a's academic year at p's institution.
// The outcome reflects both: an applicant not (yet) admissible stays so;
// an admissible one whose balance falls short is limited to the balance
// at UHasselt, or left to the institution (enrol, higher fee or refusal
// of the uncovered credits), never refused a connecting master without a
// master's diploma. On the route of afwijkende toelating the submission
// deadlines of its dossier in the year (afwijkend.Rules.Windows) join the
// admission's dates, each with its source.
//
// The leerkrediet kind of programme, when a does not give it, follows from
// p's level: graduaat, bachelor, master, schakel- or
// voorbereidingsprogramma; an advanced programme needs it given. An
// invalid application or programme, or a year a rules file does not
// cover, is a *auhl.ValidationError and no decision; its paths point into
// the application (a problem of the programme argument keeps the path
// admission.Decide gives it, under /programme).
func Decide(a Application, p catalog.Programme) (AdmissionDecision, error) {
	return DecideWith(nil, a, p)
}

// DecideWith is Decide with the admission rules r (a newer file read with
// admission.DecodeRules) instead of the embedded ones; nil stands for the
// embedded ones. The rules of leerkrediet and afwijkende toelating are the
// embedded ones.
func DecideWith(r *admission.RulesFile, a Application, p catalog.Programme) (AdmissionDecision, error) {
	if ve := a.check(); ve != nil {
		return AdmissionDecision{}, ve
	}
	if r == nil {
		r = admission.Default()
	}
	var ve auhl.ValidationError
	adm, err := r.Decide(a.Applicant, p)
	if err != nil {
		// A problem of the programme is the argument's; every other one is
		// the applicant's, as the application holds it.
		var ae *auhl.ValidationError
		if !errors.As(err, &ae) {
			return AdmissionDecision{}, err
		}
		for _, q := range ae.Problems {
			if q.Path != "/programme" && !strings.HasPrefix(q.Path, "/programme/") {
				q.Path = "/applicant" + q.Path
			}
			ve.Append(q)
		}
		return AdmissionDecision{}, ve.Err()
	}
	d := AdmissionDecision{AcademicYear: adm.AcademicYear, Programme: adm.Programme, Admission: adm, Findings: []auhl.Finding{}}
	if adm.Route == admission.RouteAfwijkend {
		r, err := afwijkend.Default().For(a.Applicant.AcademicYear)
		if err != nil {
			ve.Merge("/applicant/academicYear", err)
		} else {
			d.windows(r)
		}
	}
	if b := a.Leerkrediet; b != nil {
		kind := b.Programme
		if kind == "" {
			kind = kindOf(p.Level)
		}
		if kind == "" {
			ve.Add("/leerkrediet/programme", auhl.CodeRequired, nil)
		} else if l, err := leerkrediet.DecideEnrolment(b.request(a.Applicant, p.Institution, kind)); err != nil {
			mergeBalance(&ve, err, true)
		} else {
			d.Leerkrediet = &l
		}
	}
	if err := ve.Err(); err != nil {
		return AdmissionDecision{}, err
	}
	d.Outcome = outcome(adm.Outcome, d.Leerkrediet)
	d.Findings = slices.Insert(d.Findings, 0, d.outcomeFinding(p))
	return d, nil
}

// kindOf is the leerkrediet kind of a programme of level l; empty for an
// advanced programme, which may be any of three.
func kindOf(l auhl.Level) leerkrediet.ProgrammeKind {
	switch l {
	case auhl.Graduaat:
		return leerkrediet.GraduaatProgramme
	case auhl.ProfessionalBachelor, auhl.AcademicBachelor:
		return leerkrediet.InitialBachelor
	case auhl.Master:
		return leerkrediet.InitialMaster
	case auhl.Bridging:
		return leerkrediet.SchakelProgramme
	case auhl.Preparatory:
		return leerkrediet.VoorbereidingsProgramme
	}
	return ""
}

// outcome is the one outcome of admission outcome o and leerkrediet
// decision l (nil without a balance).
func outcome(o admission.Outcome, l *leerkrediet.EnrolmentDecision) AdmissionOutcome {
	switch o {
	case admission.NotAdmissible:
		return NotAdmissible
	case admission.NotYetAdmissible:
		return NotYetAdmissible
	}
	if l != nil {
		switch l.Outcome {
		case leerkrediet.EnrolmentLimitedToBalance:
			return LimitedToBalance
		case leerkrediet.EnrolmentInstitutionDecides:
			return InstitutionDecides
		case leerkrediet.EnrolmentMayNotRefuse:
			return MayNotRefuse
		}
	}
	if o == admission.AdmissibleWithConditions {
		return AdmissibleWithConditions
	}
	return Admissible
}

// outcomeFinding is the finding of d's outcome: it rests on the findings
// of the two decisions, and so has no source of its own.
func (d *AdmissionDecision) outcomeFinding(p catalog.Programme) auhl.Finding {
	params := auhl.Params{"year": auhl.Str(d.AcademicYear.String()), "programme": auhl.Txt(p.Name)}
	sev := auhl.Info
	switch d.Outcome {
	case LimitedToBalance:
		params["max"] = auhl.Int(d.Leerkrediet.MaxCredits)
		sev = auhl.Warning
	case InstitutionDecides, MayNotRefuse:
		params["uncovered"] = auhl.Int(d.Leerkrediet.Uncovered)
		sev = auhl.Warning
	case NotYetAdmissible, NotAdmissible:
		sev = auhl.Warning
	}
	return auhl.Finding{Code: outcomeCodes[d.Outcome], Severity: sev, Params: params}
}

// windows adds the submission deadlines of the dossier of afwijkende
// toelating in r's year to the admission's dates, each with its finding
// and, for a rule no source confirms, a warning.
func (d *AdmissionDecision) windows(r *afwijkend.Rules) {
	var warned rules.Warnings
	year := d.AcademicYear
	for _, w := range r.Windows {
		date := w.Deadline.InYear(year.Start())
		d.Admission.Dates = append(d.Admission.Dates, admission.KeyDate{Kind: admission.DateApplication, Date: date,
			Who: afwijkendWho, Source: w.Cited(), Unconfirmed: w.Unconfirmed})
		code := CodeAfwijkendDeadline
		if w.Recommended {
			code = CodeAfwijkendDeadlineRecommended
		}
		d.Findings = append(d.Findings, auhl.Finding{Code: code, Severity: auhl.Info,
			Params: auhl.Params{"year": auhl.Str(year.String()), "date": auhl.Str(date.String())}, Source: w.Cited()})
		if warned.First(w.Basis) {
			d.Findings = append(d.Findings, rules.Warning(afwijkend.CodeUnconfirmed, w.Basis, auhl.Params{"year": auhl.Str(year.String())}))
		}
	}
}

// afwijkendWho is the group the deadlines of afwijkende toelating are for.
var afwijkendWho = auhl.Text{NL: "met een dossier voor afwijkende toelating", EN: "with a dossier for afwijkende toelating (admission without the usual diploma)"}
