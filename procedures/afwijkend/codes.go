package afwijkend

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The codes of afwijkende toelating. Every finding of Decide carries
// year (the academic year of the case) besides the parameters named here.
const (
	// CodeGround: the ground the case invokes. Params: ground
	// (text).
	CodeGround = "procedures.afwijkend.ground"
	// CodeGroundAge: the candidate is younger than the ground
	// asks. Params: minAge, age (int).
	CodeGroundAge = "procedures.afwijkend.ground.age"
	// CodeGroundAgeUnknown: the ground has a minimum age and the
	// case gives no age. Params: minAge (int).
	CodeGroundAgeUnknown = "procedures.afwijkend.ground.age-unknown"
	// CodeGroundNationality: the ground asks for an EEA
	// nationality the candidate does not have.
	CodeGroundNationality = "procedures.afwijkend.ground.nationality"
	// CodeMissing: a part of the dossier is missing. Params: part
	// (text).
	CodeMissing = "procedures.afwijkend.missing"
	// CodeNextDeadline: the next submission deadline. Params:
	// deadline (date).
	CodeNextDeadline = "procedures.afwijkend.next-deadline"
	// CodeNextDeadlineRecommended: the next deadline is that of
	// the strongly recommended first period. Params: deadline (date).
	CodeNextDeadlineRecommended = "procedures.afwijkend.next-deadline.recommended"
	// CodeRecommendedPassed: the recommended first period is over.
	// Params: deadline (date).
	CodeRecommendedPassed = "procedures.afwijkend.recommended-passed"
	// CodeTooLate: the last deadline of the year has passed.
	// Params: deadline (date), next (year).
	CodeTooLate = "procedures.afwijkend.too-late"
	// CodeSubmitted: the dossier was submitted in time. Params:
	// date, deadline (date).
	CodeSubmitted = "procedures.afwijkend.submitted"
	// CodeSubmittedLate: the dossier was submitted after the last
	// deadline. Params: date, deadline (date), next (year).
	CodeSubmittedLate = "procedures.afwijkend.submitted-late"
	// CodeAssessmentNext: an invitation to the beoordeling
	// algemeen niveau follows.
	CodeAssessmentNext = "procedures.afwijkend.assessment-next"
	// CodeAdmitted: passed: a toelatingsbewijs, not a diploma.
	CodeAdmitted = "procedures.afwijkend.admitted"
	// CodeNotAdmitted: not passed; a new attempt only for a later
	// year. Params: next (year).
	CodeNotAdmitted = "procedures.afwijkend.not-admitted"
	// CodeAttemptUsed: the year's one attempt was used. Params:
	// next (year).
	CodeAttemptUsed = "procedures.afwijkend.attempt-used"
	// CodeUnconfirmed: a rule the status uses is not confirmed,
	// one warning per rule. Params: rule (string, the rule's label: a
	// message code), path (string, the rule's JSON Pointer).
	CodeUnconfirmed = "procedures.afwijkend.unconfirmed"
)

// The codes of the problems of a rejected case.
const (
	// CodeSubmittedIncomplete: a submission day for a dossier
	// with parts missing.
	CodeSubmittedIncomplete = "procedures.afwijkend.submitted-incomplete"
	// CodeAssessmentWithoutSubmission: an assessment result
	// without a submission.
	CodeAssessmentWithoutSubmission = "procedures.afwijkend.assessment-without-submission"
	// CodeAttemptAfterYear: an earlier attempt in a later year
	// than the case's. Params: year, case (year).
	CodeAttemptAfterYear = "procedures.afwijkend.attempt-after-year"
	// CodeDateAfterOn: a day after the day of the assessment. Params:
	// date, on (date).
	CodeDateAfterOn = "procedures.date-after-on"
)

// Codes lists the codes this package reports, with their parameters,
// and the labels of the rules of its rules file.
func Codes() []auhl.CodeSpec {
	p := func(name string, kind auhl.ParamKind) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: kind} }
	year := p("year", auhl.KindYear)
	c := func(code string, ps ...auhl.ParamSpec) auhl.CodeSpec { return auhl.CodeSpec{Code: code, Params: ps} }
	y := func(code string, ps ...auhl.ParamSpec) auhl.CodeSpec {
		return c(code, append([]auhl.ParamSpec{year}, ps...)...)
	}
	date, text, num, yr := func(n string) auhl.ParamSpec { return p(n, auhl.KindDate) },
		func(n string) auhl.ParamSpec { return p(n, auhl.KindText) },
		func(n string) auhl.ParamSpec { return p(n, auhl.KindInt) },
		func(n string) auhl.ParamSpec { return p(n, auhl.KindYear) }
	return append([]auhl.CodeSpec{
		y(CodeGround, text("ground")),
		y(CodeGroundAge, num("minAge"), num("age")),
		y(CodeGroundAgeUnknown, num("minAge")),
		y(CodeGroundNationality),
		y(CodeMissing, text("part")),
		y(CodeNextDeadline, date("deadline")),
		y(CodeNextDeadlineRecommended, date("deadline")),
		y(CodeRecommendedPassed, date("deadline")),
		y(CodeTooLate, date("deadline"), yr("next")),
		y(CodeSubmitted, date("date"), date("deadline")),
		y(CodeSubmittedLate, date("date"), date("deadline"), yr("next")),
		y(CodeAssessmentNext),
		y(CodeAdmitted),
		y(CodeNotAdmitted, yr("next")),
		y(CodeAttemptUsed, yr("next")),
		y(CodeUnconfirmed, rules.WarningParams()...),
		c(CodeSubmittedIncomplete),
		c(CodeAssessmentWithoutSubmission),
		c(CodeAttemptAfterYear, year, yr("case")),
		c(CodeDateAfterOn, date("date"), date("on")),
	}, format.Labels()...)
}
