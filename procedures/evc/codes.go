package evc

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The codes of the EVC procedure: the findings of a transition.
const (
	// CodeIntakeRequested: the intake request and its window. Params:
	// window (text), before (date).
	CodeIntakeRequested = "procedures.evc.intake-requested"
	// CodeIntakeHeld: the intake was held; the portfolio follows.
	// Params: guide (string).
	CodeIntakeHeld = "procedures.evc.intake-held"
	// CodePortfolioSubmitted: the assessment by the commission follows.
	// Params: assessors (int).
	CodePortfolioSubmitted = "procedures.evc.portfolio-submitted"
	// CodeDecided: the commission decided; the appeal term. Params:
	// outcome (text), until (date), days (int).
	CodeDecided = "procedures.evc.decided"
	// CodeCertificate: a bewijs van bekwaamheid; the exemptions are
	// asked from the institution. Params: date (date).
	CodeCertificate = "procedures.evc.certificate"
	// CodeAppealed: an appeal in time. Params: until (date).
	CodeAppealed = "procedures.evc.appealed"
	// CodeAppealDecided: the appeal was decided. Params: outcome (text).
	CodeAppealDecided = "procedures.evc.appeal-decided"
	// CodeExemptionRequested: exemptions requested, outside the EVC
	// procedure. Params: institution (text).
	CodeExemptionRequested = "procedures.evc.exemption-requested"
	// CodeActualisation: the certificate is old enough for an
	// actualisation programme. Params: date (date), years, minYears (int).
	CodeActualisation = "procedures.evc.actualisation"
	// CodeWithdrawn: the candidate withdrew.
	CodeWithdrawn = "procedures.evc.withdrawn"
	// CodeUnconfirmed: a rule the transition uses is not confirmed for
	// AUHL, one warning per rule. Params: rule (string, the rule's label:
	// a message code), path (string, the rule's JSON Pointer), year
	// (year).
	CodeUnconfirmed = "procedures.evc.unconfirmed"
)

// The codes of the problems of a rejected EVC step.
const (
	// CodeIllegalTransition: the current state does not allow the step
	// (a second appeal included). Params: action, state (string).
	CodeIllegalTransition = "procedures.evc.illegal-transition"
	// CodeFieldNotAllowed: a field the step does not have. Params:
	// field, action (string).
	CodeFieldNotAllowed = "procedures.evc.field-not-allowed"
	// CodeDateOrder: a step before the previous one. Params: date,
	// previous (date).
	CodeDateOrder = "procedures.evc.date-order"
	// CodeAssessorCount: a commission of the wrong size. Params: count,
	// want (int).
	CodeAssessorCount = "procedures.evc.assessor-count"
	// CodeGuideAssesses: the guide is in the commission. Params: name
	// (string).
	CodeGuideAssesses = "procedures.evc.guide-assesses"
	// CodeAssessorTwice: an assessor named twice. Params: name (string).
	CodeAssessorTwice = "procedures.evc.assessor-twice"
	// CodeAppealLate: an appeal after its term. Params: date, until
	// (date), days (int).
	CodeAppealLate = "procedures.evc.appeal-late"
	// CodeNameTooLong: a name longer than allowed. Params: max (int).
	CodeNameTooLong = "procedures.evc.name-too-long"
	// CodeRecordedState: a recorded state of a serialised procedure
	// differs from the replay. Params: recorded, replayed (string).
	CodeRecordedState = "procedures.evc.recorded-state"
)

// Codes lists the codes this package reports, with their parameters,
// and the labels of the rules of its rules file.
func Codes() []auhl.CodeSpec {
	p := func(name string, kind auhl.ParamKind) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: kind} }
	year := p("year", auhl.KindYear)
	c := func(code string, ps ...auhl.ParamSpec) auhl.CodeSpec { return auhl.CodeSpec{Code: code, Params: ps} }
	date, str, text, num := func(n string) auhl.ParamSpec { return p(n, auhl.KindDate) },
		func(n string) auhl.ParamSpec { return p(n, auhl.KindString) },
		func(n string) auhl.ParamSpec { return p(n, auhl.KindText) },
		func(n string) auhl.ParamSpec { return p(n, auhl.KindInt) }
	return append([]auhl.CodeSpec{
		c(CodeIntakeRequested, text("window"), date("before")),
		c(CodeIntakeHeld, str("guide")),
		c(CodePortfolioSubmitted, num("assessors")),
		c(CodeDecided, text("outcome"), date("until"), num("days")),
		c(CodeCertificate, date("date")),
		c(CodeAppealed, date("until")),
		c(CodeAppealDecided, text("outcome")),
		c(CodeExemptionRequested, text("institution")),
		c(CodeActualisation, date("date"), num("years"), num("minYears")),
		c(CodeWithdrawn),
		c(CodeUnconfirmed, append(rules.WarningParams(), year)...),
		c(CodeIllegalTransition, str("action"), str("state")),
		c(CodeFieldNotAllowed, str("field"), str("action")),
		c(CodeDateOrder, date("date"), date("previous")),
		c(CodeAssessorCount, num("count"), num("want")),
		c(CodeGuideAssesses, str("name")),
		c(CodeAssessorTwice, str("name")),
		c(CodeAppealLate, date("date"), date("until"), num("days")),
		c(CodeNameTooLong, num("max")),
		c(CodeRecordedState, str("recorded"), str("replayed")),
	}, format.Labels()...)
}
