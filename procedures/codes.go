package procedures

import (
	"github.com/auhl/auhl-go/auhl"
)

// The codes of Decide. Every finding carries year (the academic year)
// besides the parameters named here.
const (
	// CodeAdmissible: admissible, the balance (when given) no obstacle.
	// Params: programme (text).
	CodeAdmissible = "procedures.decision.admissible"
	// CodeAdmissibleWithConditions: admissible with conditions that
	// follow the enrolment. Params: programme (text).
	CodeAdmissibleWithConditions = "procedures.decision.admissible-with-conditions"
	// CodeLimitedToBalance: admissible, the enrolment limited to the
	// balance. Params: programme (text), max (int).
	CodeLimitedToBalance = "procedures.decision.limited-to-balance"
	// CodeInstitutionDecides: admissible, the institution decides on the
	// uncovered credits. Params: programme (text), uncovered (int).
	CodeInstitutionDecides = "procedures.decision.institution-decides"
	// CodeMayNotRefuse: admissible, the connecting master may not be
	// refused. Params: programme (text), uncovered (int).
	CodeMayNotRefuse = "procedures.decision.may-not-refuse"
	// CodeNotYetAdmissible: not yet admissible. Params: programme (text).
	CodeNotYetAdmissible = "procedures.decision.not-yet-admissible"
	// CodeNotAdmissible: not admissible. Params: programme (text).
	CodeNotAdmissible = "procedures.decision.not-admissible"
	// CodeAfwijkendDeadline: a submission deadline of the dossier of
	// afwijkende toelating. Params: date (date).
	CodeAfwijkendDeadline = "procedures.decision.afwijkend-deadline"
	// CodeAfwijkendDeadlineRecommended: the deadline candidates are
	// strongly recommended to use. Params: date (date).
	CodeAfwijkendDeadlineRecommended = "procedures.decision.afwijkend-deadline.recommended"
)

// outcomeCodes are the codes of the outcomes' findings.
var outcomeCodes = map[AdmissionOutcome]string{
	Admissible: CodeAdmissible, AdmissibleWithConditions: CodeAdmissibleWithConditions,
	LimitedToBalance: CodeLimitedToBalance, InstitutionDecides: CodeInstitutionDecides, MayNotRefuse: CodeMayNotRefuse,
	NotYetAdmissible: CodeNotYetAdmissible, NotAdmissible: CodeNotAdmissible,
}

// Codes lists the codes this package reports, with their parameters.
func Codes() []auhl.CodeSpec {
	p := func(name string, kind auhl.ParamKind) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: kind} }
	year, programme := p("year", auhl.KindYear), p("programme", auhl.KindText)
	c := func(code string, ps ...auhl.ParamSpec) auhl.CodeSpec {
		return auhl.CodeSpec{Code: code, Params: append([]auhl.ParamSpec{year}, ps...)}
	}
	return []auhl.CodeSpec{
		c(CodeAdmissible, programme),
		c(CodeAdmissibleWithConditions, programme),
		c(CodeLimitedToBalance, programme, p("max", auhl.KindInt)),
		c(CodeInstitutionDecides, programme, p("uncovered", auhl.KindInt)),
		c(CodeMayNotRefuse, programme, p("uncovered", auhl.KindInt)),
		c(CodeNotYetAdmissible, programme),
		c(CodeNotAdmissible, programme),
		c(CodeAfwijkendDeadline, p("date", auhl.KindDate)),
		c(CodeAfwijkendDeadlineRecommended, p("date", auhl.KindDate)),
	}
}
