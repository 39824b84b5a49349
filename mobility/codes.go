package mobility

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The codes of the eligibility findings. Package auhl/i18n renders each
// in Dutch and English; Codes lists their parameters.
const (
	// CodeUnconfirmed (a warning): a rule the decision uses is not
	// confirmed for the call year, one warning per rule. Params: rule
	// (string, the rule's label: a message code), path (string, its JSON
	// Pointer in the rules file), callYear (string).
	CodeUnconfirmed = "mobility.unconfirmed"
	// CodeMonthsWithin: a long-term mobility lasts within its rule.
	// Params: months, days, totalDays, min, max (int).
	CodeMonthsWithin = "mobility.duration.months-within"
	// CodeMonthsTooShort: it lasts fewer whole months than the minimum.
	// Params as CodeMonthsWithin.
	CodeMonthsTooShort = "mobility.duration.months-too-short"
	// CodeMonthsTooLong: it lasts longer than the maximum. Params as
	// CodeMonthsWithin.
	CodeMonthsTooLong = "mobility.duration.months-too-long"
	// CodeDaysWithin: a short-term or staff mobility lasts within its
	// rule. Params as CodeMonthsWithin.
	CodeDaysWithin = "mobility.duration.days-within"
	// CodeDaysTooShort: it lasts fewer days than the minimum. Params as
	// CodeMonthsWithin.
	CodeDaysTooShort = "mobility.duration.days-too-short"
	// CodeDaysTooLong: it lasts more days than the maximum. Params as
	// CodeMonthsWithin.
	CodeDaysTooLong = "mobility.duration.days-too-long"
	// CodeCycleWithin: this and the earlier mobilities of the study cycle
	// stay within the cap. Params: months, days (the total), max (int).
	CodeCycleWithin = "mobility.cycle.within"
	// CodeCycleExceeded: together they exceed it. Params as
	// CodeCycleWithin.
	CodeCycleExceeded = "mobility.cycle.exceeded"
	// CodeCreditsEnough: a short-term mobility gives enough ECTS
	// credits. Params: credits, min (string, exact decimals).
	CodeCreditsEnough = "mobility.credits.enough"
	// CodeCreditsTooFew: it gives too few. Params as CodeCreditsEnough.
	CodeCreditsTooFew = "mobility.credits.too-few"
	// CodeTeachingEnough: a teaching mobility teaches enough hours.
	// Params: hours, perWeek (string), totalDays (int).
	CodeTeachingEnough = "mobility.teaching.enough"
	// CodeTeachingTooFew: it teaches too few. Params as
	// CodeTeachingEnough.
	CodeTeachingTooFew = "mobility.teaching.too-few"
	// CodeDestinationSending: the destination is the sending country.
	// Params: country (string).
	CodeDestinationSending = "mobility.destination.sending-country"
	// CodeDestinationResidence: the destination is the participant's
	// country of residence. Params: country (string).
	CodeDestinationResidence = "mobility.destination.residence-country"
	// CodeEarnedEnough: the student has earned the credits the home
	// institution asks. Params: earned, min (int), institution (text).
	CodeEarnedEnough = "mobility.earned.enough"
	// CodeEarnedTooFew: the student has earned too few. Params as
	// CodeEarnedEnough.
	CodeEarnedTooFew = "mobility.earned.too-few"
	// CodeGraduateNotTraineeship: a mobility after graduation that is not
	// a traineeship. Params: graduation, end (date), months (int).
	CodeGraduateNotTraineeship = "mobility.graduate.not-traineeship"
	// CodeGraduateWithin: a recent graduate's traineeship ends within
	// the months after graduating. Params as CodeGraduateNotTraineeship.
	CodeGraduateWithin = "mobility.graduate.within"
	// CodeGraduateTooLate: it ends later. Params as
	// CodeGraduateNotTraineeship.
	CodeGraduateTooLate = "mobility.graduate.too-late"
	// CodeGraduateAppliedBefore: the graduate applied before graduating.
	// Params: graduation, applied (date).
	CodeGraduateAppliedBefore = "mobility.graduate.applied-before"
	// CodeGraduateAppliedAfter: the graduate applied after graduating.
	// Params as CodeGraduateAppliedBefore.
	CodeGraduateAppliedAfter = "mobility.graduate.applied-after"
	// CodeGraduateAppliedUnknown (a warning): the application day is not
	// given, so the rule that it precede graduation is not checked.
	// Params: graduation (date).
	CodeGraduateAppliedUnknown = "mobility.graduate.applied-unknown"
)

// The codes of the checklist's findings.
const (
	// CodeDocumentMissing (a warning): a document the partner asks for
	// is not handed in. Params: requirement (string).
	CodeDocumentMissing = "mobility.checklist.document-missing"
	// CodeFormNotAccepted: a document is handed in in a form its
	// requirement does not accept, such as a URL for a motivation letter.
	// Params: requirement, form (string).
	CodeFormNotAccepted = "mobility.checklist.form-not-accepted"
	// CodeEvidenceUnasked (a warning): a document is handed in for no
	// requirement of the partner. Params: requirement (string).
	CodeEvidenceUnasked = "mobility.checklist.evidence-unasked"
	// CodeTaskLate (a warning): a step is not done and its day has
	// passed. Params: task (string, a message code), due (date), days
	// (int, since then).
	CodeTaskLate = "mobility.checklist.late"
	// CodeTaskNext: the next step and its day. Params: task (string),
	// due (date), days (int, until then).
	CodeTaskNext = "mobility.checklist.next"
	// CodeTaskNextUndated: the next step, which no source dates. Params:
	// task (string).
	CodeTaskNextUndated = "mobility.checklist.next-undated"
	// CodeWeeksLimit (a warning): a factsheet gives a limit in weeks
	// above the 5 its schema says it should not exceed. Params: limit
	// (string, the element's name), weeks (int).
	CodeWeeksLimit = "mobility.factsheet.weeks-limit"
)

// The codes of the problems of a rejected input or step.
const (
	// CodeEndBeforeStart: a period ends before it starts. Params: start,
	// end (date).
	CodeEndBeforeStart = "mobility.period.end-before-start"
	// CodeCountry: not an ISO 3166-1 alpha-2 code. Params: value
	// (string).
	CodeCountry = "mobility.country"
	// CodeTransition: a case may not move from one stage to the other.
	// Params: from, to (string).
	CodeTransition = "mobility.case.transition"
	// CodeDateOrder: a move is dated before the previous one. Params:
	// date, previous (date).
	CodeDateOrder = "mobility.case.date-order"
	// CodeCommentRequired: a rejection, or a comment on a proposal,
	// without words.
	CodeCommentRequired = "mobility.comment-required"
	// CodeStageMismatch: a case's stage is not that of its last move.
	// Params: stage, expected (string).
	CodeStageMismatch = "mobility.case.stage-mismatch"
	// CodeRequirementTwice: a factsheet gives a predefined requirement
	// twice. Params: requirement (string).
	CodeRequirementTwice = "mobility.factsheet.requirement-twice"
	// CodeChangesNotAllowed: changes proposed to a blended or short-term
	// doctoral mobility after its first version.
	CodeChangesNotAllowed = "mobility.la.changes-not-allowed"
	// CodeNoProposal: an approval or comment while no proposal is
	// pending.
	CodeNoProposal = "mobility.la.no-proposal"
	// CodeUpdateMismatch: an update request for another agreement, or
	// without exactly one action. Params: field (string).
	CodeUpdateMismatch = "mobility.la.update-mismatch"
)

// Codes lists the codes this package reports, with their parameters,
// the steps of a to-do list, and the labels of the rules of its rules
// file.
func Codes() []auhl.CodeSpec {
	ints := func(names ...string) []auhl.ParamSpec {
		out := make([]auhl.ParamSpec, len(names))
		for i, n := range names {
			out[i] = auhl.ParamSpec{Name: n, Kind: auhl.KindInt}
		}
		return out
	}
	strs := func(names ...string) []auhl.ParamSpec {
		out := make([]auhl.ParamSpec, len(names))
		for i, n := range names {
			out[i] = auhl.ParamSpec{Name: n, Kind: auhl.KindString}
		}
		return out
	}
	date := func(n string) auhl.ParamSpec { return auhl.ParamSpec{Name: n, Kind: auhl.KindDate} }
	dur := ints("months", "days", "totalDays", "min", "max")
	graduate := []auhl.ParamSpec{date("graduation"), date("end"), {Name: "months", Kind: auhl.KindInt}}
	out := []auhl.CodeSpec{
		{Code: CodeUnconfirmed, Params: append(rules.WarningParams(), strs("callYear")...)},
		{Code: CodeMonthsWithin, Params: dur}, {Code: CodeMonthsTooShort, Params: dur}, {Code: CodeMonthsTooLong, Params: dur},
		{Code: CodeDaysWithin, Params: dur}, {Code: CodeDaysTooShort, Params: dur}, {Code: CodeDaysTooLong, Params: dur},
		{Code: CodeCycleWithin, Params: ints("months", "days", "max")}, {Code: CodeCycleExceeded, Params: ints("months", "days", "max")},
		{Code: CodeCreditsEnough, Params: strs("credits", "min")}, {Code: CodeCreditsTooFew, Params: strs("credits", "min")},
		{Code: CodeTeachingEnough, Params: append(strs("hours", "perWeek"), ints("totalDays")...)},
		{Code: CodeTeachingTooFew, Params: append(strs("hours", "perWeek"), ints("totalDays")...)},
		{Code: CodeDestinationSending, Params: strs("country")}, {Code: CodeDestinationResidence, Params: strs("country")},
		{Code: CodeEarnedEnough, Params: append(ints("earned", "min"), auhl.ParamSpec{Name: "institution", Kind: auhl.KindText})},
		{Code: CodeEarnedTooFew, Params: append(ints("earned", "min"), auhl.ParamSpec{Name: "institution", Kind: auhl.KindText})},
		{Code: CodeGraduateNotTraineeship, Params: graduate}, {Code: CodeGraduateWithin, Params: graduate}, {Code: CodeGraduateTooLate, Params: graduate},
		{Code: CodeGraduateAppliedBefore, Params: []auhl.ParamSpec{date("graduation"), date("applied")}},
		{Code: CodeGraduateAppliedAfter, Params: []auhl.ParamSpec{date("graduation"), date("applied")}},
		{Code: CodeGraduateAppliedUnknown, Params: []auhl.ParamSpec{date("graduation")}},

		{Code: CodeDocumentMissing, Params: strs("requirement")},
		{Code: CodeFormNotAccepted, Params: strs("requirement", "form")},
		{Code: CodeEvidenceUnasked, Params: strs("requirement")},
		{Code: CodeTaskLate, Params: append(strs("task"), date("due"), auhl.ParamSpec{Name: "days", Kind: auhl.KindInt})},
		{Code: CodeTaskNext, Params: append(strs("task"), date("due"), auhl.ParamSpec{Name: "days", Kind: auhl.KindInt})},
		{Code: CodeTaskNextUndated, Params: strs("task")},
		{Code: CodeWeeksLimit, Params: append(strs("limit"), ints("weeks")...)},

		{Code: CodeEndBeforeStart, Params: []auhl.ParamSpec{date("start"), date("end")}},
		{Code: CodeCountry, Params: strs("value")},
		{Code: CodeTransition, Params: strs("from", "to")},
		{Code: CodeDateOrder, Params: []auhl.ParamSpec{date("date"), date("previous")}},
		{Code: CodeCommentRequired},
		{Code: CodeStageMismatch, Params: strs("stage", "expected")},
		{Code: CodeRequirementTwice, Params: strs("requirement")},
		{Code: CodeChangesNotAllowed},
		{Code: CodeNoProposal},
		{Code: CodeUpdateMismatch, Params: strs("field")},
	}
	for _, t := range []string{TaskHomeApplication, TaskDocuments, TaskNomination, TaskDecision, TaskLearningAgreement,
		TaskMobilityAgreement, TaskArrival, TaskDeparture, TaskTranscript, TaskRecognition} {
		out = append(out, auhl.CodeSpec{Code: t})
	}
	return append(out, format.Labels()...)
}
