package combination

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The codes of the findings of a plan's validation. Package auhl/i18n
// renders each in Dutch and English; Codes lists their parameters. A unit
// is named "uhasselt/2193" (institution/code).
const (
	// CodeLoadTotal: the plan's credits. Params: credits (int).
	CodeLoadTotal = "combination.load.total"
	// CodeLoadMax: more credits than the institution allows in a year.
	// Params: credits, max (int), institution (text).
	CodeLoadMax = "combination.load.max"
	// CodeLoadAboveStandard: more credits than the standard year.
	// Params: credits, standard (int).
	CodeLoadAboveStandard = "combination.load.above-standard"
	// CodeLoadBinding: more credits than binding conditions allow.
	// Params: credits, max (int).
	CodeLoadBinding = "combination.load.binding"
	// CodeLoadBindingUnusual: binding conditions with a limit the rules
	// do not list (45 or 60). Params: max (int), usual (string).
	CodeLoadBindingUnusual = "combination.load.binding-unusual"
	// CodeLoadVisaMin: fewer credits than a student visa needs. Params:
	// credits, min (int).
	CodeLoadVisaMin = "combination.load.visa-min"
	// CodeLoadExchangeMin: an exchange semester below its minimum.
	// Params: semester (string), credits, min (int).
	CodeLoadExchangeMin = "combination.load.exchange-min"
	// CodeLoadSemesterUnknown: units whose semester is not known, left
	// out of an exchange semester's credits. Params: count (int), units
	// (string).
	CodeLoadSemesterUnknown = "combination.load.semester-unknown"
	// CodeLoadRuleUnknown: the rules give no load limits of the student's
	// institution. Params: institution (text).
	CodeLoadRuleUnknown = "combination.load.rule-unknown"

	// CodeUnitUnknown: a unit the catalogue does not list and the plan
	// does not describe. Params: unit (string).
	CodeUnitUnknown = "combination.unit.unknown"
	// CodeUnitFromPlan: a unit the catalogue does not list, taken as the
	// plan describes it. Params: unit (string).
	CodeUnitFromPlan = "combination.unit.from-plan"
	// CodeUnitCreditsUnknown: no credits are known for a unit. Params:
	// unit (string).
	CodeUnitCreditsUnknown = "combination.unit.credits-unknown"
	// CodeUnitAlreadyPassed: a planned unit was passed or exempted
	// before. Params: unit (string), year (year).
	CodeUnitAlreadyPassed = "combination.unit.already-passed"
	// CodeUnitsYear: the course-unit catalogue is of another year than
	// the plan. Params: year, unitsYear (year).
	CodeUnitsYear = "combination.units-year"

	// CodePartnerNoAgreement: a unit at the partner institution that no
	// agreement opens to the student. Params: unit (string), provider,
	// institution (text).
	CodePartnerNoAgreement = "combination.partner.no-agreement"
	// CodePartnerNoPlace: the agreement's places are taken. Params: unit,
	// agreement (string), places (int).
	CodePartnerNoPlace = "combination.partner.no-place"
	// CodePartnerAgreement: the agreement that opens a unit, and whose
	// regulation applies. Params: unit, agreement (string), regulation
	// (text).
	CodePartnerAgreement = "combination.partner.agreement"

	// CodeExamContractExcluded: a unit taken under an exam contract that
	// excludes it. Params: unit (string).
	CodeExamContractExcluded = "combination.exam-contract.excluded"
	// CodeExamContractUnknown: a unit taken under an exam contract, of
	// which no source says whether one may include it. Params: unit
	// (string).
	CodeExamContractUnknown = "combination.exam-contract.unknown"

	// CodeNotFollowed: a prerequisite not taken in an earlier term.
	// Params: unit, required (string).
	CodeNotFollowed = "combination.prerequisite.not-followed"
	// CodeNotPassed: a prerequisite not passed. Params: unit, required
	// (string).
	CodeNotPassed = "combination.prerequisite.not-passed"
	// CodeNotAlongside: a corequisite neither taken before nor planned in
	// the same or an earlier term. Params: unit, required (string).
	CodeNotAlongside = "combination.prerequisite.not-alongside"

	// CodeLateProgramme: the enrolment in the programme is after its
	// deadline. Params: date, deadline (date).
	CodeLateProgramme = "combination.deadline.programme"
	// CodeLateUnit: a unit added after its teaching started. Params: unit
	// (string), date, deadline (date).
	CodeLateUnit = "combination.deadline.unit"
	// CodeLateExamContract: an exam contract made after its deadline
	// before the exam period. Params: unit (string), date, deadline
	// (date).
	CodeLateExamContract = "combination.deadline.exam-contract"
	// CodeDeadlineUnchecked: a unit's enrolment day is known but not the
	// day its deadline depends on. Params: unit (string).
	CodeDeadlineUnchecked = "combination.deadline.unchecked"

	// CodeClashLesson: two units' classes overlap. Params: unit, other
	// (string), date (date), from, to (string).
	CodeClashLesson = "combination.clash.lesson"
	// CodeClashExam: two units' exams overlap. Params as CodeClashLesson.
	CodeClashExam = "combination.clash.exam"

	// CodeBridgingSize: a bridging programme's size outside its range.
	// Params: credits, min, max (int).
	CodeBridgingSize = "combination.bridging.size"
	// CodeBridgingReduced: a reduced bridging programme below the reduced
	// minimum without proven scientific background. Params: credits, min
	// (int).
	CodeBridgingReduced = "combination.bridging.reduced"
	// CodeBridgingReduction: a bridging programme below the usual minimum
	// on a ground that allows it. Params: credits (int), reduction
	// (string).
	CodeBridgingReduction = "combination.bridging.reduction"
	// CodeBridgingTargets: a bridging programme that does not lead to
	// exactly one master. Params: count (int).
	CodeBridgingTargets = "combination.bridging.targets"
	// CodeBridgingThreshold: master units planned before the threshold is
	// met. Params: passed, atLeast (int).
	CodeBridgingThreshold = "combination.bridging.threshold"
	// CodeBridgingCombine: the threshold is met: the remaining bridging
	// units may be combined with master units. Params: passed, atLeast
	// (int).
	CodeBridgingCombine = "combination.bridging.combine"
	// CodeBridgingNoThreshold: master units planned with bridging units
	// left, and no threshold known. Params: count (int).
	CodeBridgingNoThreshold = "combination.bridging.no-threshold"

	// CodeOverrideApplied: an override set a finding aside. Params:
	// finding, unit, by, reason (string), date (date).
	CodeOverrideApplied = "combination.override.applied"
	// CodeOverrideUnused: an override names no finding of the plan.
	// Params: finding, unit (string).
	CodeOverrideUnused = "combination.override.unused"
	// CodeOverrideNotAllowed: an override names a finding no override may
	// set aside. Params: finding (string).
	CodeOverrideNotAllowed = "combination.override.not-allowed"

	// CodeRuleUnconfirmed: a finding rests on a rule the sources do not
	// confirm. Params: rule (string, a label), path (string).
	CodeRuleUnconfirmed = "combination.rule-unconfirmed"
)

// The codes of the findings of a change of programme (Reorient). A
// programme is named "uhasselt/648" (institution/code).
const (
	// CodeReoSameUnit: a unit passed is in the new programme under the
	// same code: it carries over as an exemption. Params: unit, target
	// (string), credits (int).
	CodeReoSameUnit = "combination.reorientation.same-unit"
	// CodeReoEquivalent: a unit passed exempts the unit the examination
	// board declared equivalent. Params: unit, target, by (string),
	// credits (int), date (date).
	CodeReoEquivalent = "combination.reorientation.equivalent"
	// CodeReoNoMatch: a unit passed that the new programme does not
	// list: it keeps its credit certificate, without an exemption.
	// Params: unit (string).
	CodeReoNoMatch = "combination.reorientation.no-match"
	// CodeReoCreditsDiffer: the exempted unit has more credits than the
	// unit passed. Params: unit, target (string), credits, targetCredits
	// (int).
	CodeReoCreditsDiffer = "combination.reorientation.credits-differ"
	// CodeReoNotAcquired: an equivalence of a unit not passed gives no
	// exemption. Params: unit, target (string).
	CodeReoNotAcquired = "combination.reorientation.not-acquired"
	// CodeReoTargetNotInProgramme: an equivalence names a unit the new
	// programme does not list. Params: unit, target, programme (string).
	CodeReoTargetNotInProgramme = "combination.reorientation.target-not-in-programme"
	// CodeReoTargetTwice: a second unit passed that would exempt a unit
	// already exempted. Params: unit, target (string).
	CodeReoTargetTwice = "combination.reorientation.target-twice"
	// CodeReoNotInProgramme: a unit the catalogue does not list in the
	// programme left. Params: unit, programme (string).
	CodeReoNotInProgramme = "combination.reorientation.not-in-programme"
	// CodeReoProgrammeUnknown: the catalogue does not list the new
	// programme: only declared equivalences give exemptions. Params:
	// programme (string).
	CodeReoProgrammeUnknown = "combination.reorientation.programme-unknown"
	// CodeReoExempted: how many units carry over, and their credits.
	// Params: count, credits (int).
	CodeReoExempted = "combination.reorientation.exempted"
	// CodeReoRequest: the exemptions are asked for at the latest at the
	// enrolment in the new programme. Params: date (date).
	CodeReoRequest = "combination.reorientation.request"
	// CodeReoLeerkrediet: the leerkrediet after the year's enrolments and
	// the change. Params: balance, bonus (int).
	CodeReoLeerkrediet = "combination.reorientation.leerkrediet"
	// CodeReoRate: the success rate in the programme left, read on the day
	// of the change. Params: earned, enrolled (int), rate (percent),
	// programme (string).
	CodeReoRate = "combination.reorientation.rate"
	// CodeReoBackAllowed: the student may enrol in the programme left
	// again next year. Params: programme (string), year (year).
	CodeReoBackAllowed = "combination.reorientation.back.allowed"
	// CodeReoBackConditions: the same, and the examination board may
	// impose binding conditions. Params as CodeReoBackAllowed.
	CodeReoBackConditions = "combination.reorientation.back.conditions"
	// CodeReoBackRefused: the programme left would refuse the student
	// next year. Params as CodeReoBackAllowed.
	CodeReoBackRefused = "combination.reorientation.back.refused"
	// CodeReoOnwardAllowed: another programme may enrol the student next
	// year without binding conditions. Params: year (year).
	CodeReoOnwardAllowed = "combination.reorientation.onward.allowed"
	// CodeReoOnwardConditions: another programme may enrol the student
	// next year with binding conditions that aim at a success rate.
	// Params: year (year), target (int).
	CodeReoOnwardConditions = "combination.reorientation.onward.conditions"
	// CodeReoDrempelpakketNew: the first 60 credits of the new programme
	// are due by the end of the next academic year; the exemptions count.
	// Params: programme (string), by (year), credits (int).
	CodeReoDrempelpakketNew = "combination.reorientation.drempelpakket-new"
)

// The codes of the problems of a plan or an agreements file, besides those
// of auhl and auhl/catalog/units.
const (
	// CodeResultLater: a result of a later year than the plan's. Params:
	// year (string).
	CodeResultLater = "combination.plan.result-later"
	// CodeEventTimes: an event that does not end after it starts.
	CodeEventTimes = "combination.plan.event-times"
	// CodeClockFormat: a time not written "08:30". Params: value (string).
	CodeClockFormat = "combination.plan.clock-format"
	// CodeTooMany: a list longer than allowed. Params: count, max (int).
	CodeTooMany = "combination.plan.too-many"
	// CodeSameInstitution: an agreement between an institution and
	// itself.
	CodeSameInstitution = "combination.agreement.same-institution"
	// CodeParty: an institution of an agreement that is neither one of
	// the association's nor a SCHAC code. Params: value (string).
	CodeParty = "combination.agreement.party"
	// CodeDateOutsideYear: the day of a change outside its academic year.
	// Params: date (date), year (year).
	CodeDateOutsideYear = "combination.reorientation.date-outside-year"
	// CodeSameProgramme: a change to the programme left.
	CodeSameProgramme = "combination.reorientation.same-programme"
	// CodeEquivalenceUnit: an equivalence of a unit the change does not
	// list. Params: unit (string).
	CodeEquivalenceUnit = "combination.reorientation.equivalence-unit"
	// CodeNotBachelor: a programme of a change that the catalogue lists
	// at another level than a bachelor. Params: programme (string).
	CodeNotBachelor = "combination.reorientation.not-bachelor"
)

// overridable are the codes of the findings an override may set aside:
// those the examination board decides on.
var overridable = []string{
	CodeNotFollowed, CodeNotPassed, CodeNotAlongside,
	CodeLateProgramme, CodeLateUnit, CodeLateExamContract,
	CodeClashLesson, CodeClashExam, CodeBridgingThreshold,
}

// Overridable reports whether an override may set aside a finding with
// code: a prerequisite, a deadline, a clash or a bridging threshold.
func Overridable(code string) bool { return slices.Contains(overridable, code) }

// Codes lists the codes this package reports, with their parameters, and
// the labels of its rules.
func Codes() []auhl.CodeSpec {
	p := func(name string, k auhl.ParamKind) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: k} }
	str := func(name string) auhl.ParamSpec { return p(name, auhl.KindString) }
	num := func(name string) auhl.ParamSpec { return p(name, auhl.KindInt) }
	unit := str("unit")
	clash := []auhl.ParamSpec{unit, str("other"), p("date", auhl.KindDate), str("from"), str("to")}
	late := []auhl.ParamSpec{unit, p("date", auhl.KindDate), p("deadline", auhl.KindDate)}
	specs := []auhl.CodeSpec{
		{Code: CodeLoadTotal, Params: []auhl.ParamSpec{num("credits")}},
		{Code: CodeLoadMax, Params: []auhl.ParamSpec{num("credits"), num("max"), p("institution", auhl.KindText)}},
		{Code: CodeLoadAboveStandard, Params: []auhl.ParamSpec{num("credits"), num("standard")}},
		{Code: CodeLoadBinding, Params: []auhl.ParamSpec{num("credits"), num("max")}},
		{Code: CodeLoadBindingUnusual, Params: []auhl.ParamSpec{num("max"), str("usual")}},
		{Code: CodeLoadVisaMin, Params: []auhl.ParamSpec{num("credits"), num("min")}},
		{Code: CodeLoadExchangeMin, Params: []auhl.ParamSpec{str("semester"), num("credits"), num("min")}},
		{Code: CodeLoadSemesterUnknown, Params: []auhl.ParamSpec{num("count"), str("units")}},
		{Code: CodeLoadRuleUnknown, Params: []auhl.ParamSpec{p("institution", auhl.KindText)}},
		{Code: CodeUnitUnknown, Params: []auhl.ParamSpec{unit}},
		{Code: CodeUnitFromPlan, Params: []auhl.ParamSpec{unit}},
		{Code: CodeUnitCreditsUnknown, Params: []auhl.ParamSpec{unit}},
		{Code: CodeUnitAlreadyPassed, Params: []auhl.ParamSpec{unit, p("year", auhl.KindYear)}},
		{Code: CodeUnitsYear, Params: []auhl.ParamSpec{p("year", auhl.KindYear), p("unitsYear", auhl.KindYear)}},
		{Code: CodePartnerNoAgreement, Params: []auhl.ParamSpec{unit, p("provider", auhl.KindText), p("institution", auhl.KindText)}},
		{Code: CodePartnerNoPlace, Params: []auhl.ParamSpec{unit, str("agreement"), num("places")}},
		{Code: CodePartnerAgreement, Params: []auhl.ParamSpec{unit, str("agreement"), p("regulation", auhl.KindText)}},
		{Code: CodeExamContractExcluded, Params: []auhl.ParamSpec{unit}},
		{Code: CodeExamContractUnknown, Params: []auhl.ParamSpec{unit}},
		{Code: CodeNotFollowed, Params: []auhl.ParamSpec{unit, str("required")}},
		{Code: CodeNotPassed, Params: []auhl.ParamSpec{unit, str("required")}},
		{Code: CodeNotAlongside, Params: []auhl.ParamSpec{unit, str("required")}},
		{Code: CodeLateProgramme, Params: []auhl.ParamSpec{p("date", auhl.KindDate), p("deadline", auhl.KindDate)}},
		{Code: CodeLateUnit, Params: late},
		{Code: CodeLateExamContract, Params: late},
		{Code: CodeDeadlineUnchecked, Params: []auhl.ParamSpec{unit}},
		{Code: CodeClashLesson, Params: clash},
		{Code: CodeClashExam, Params: clash},
		{Code: CodeBridgingSize, Params: []auhl.ParamSpec{num("credits"), num("min"), num("max")}},
		{Code: CodeBridgingReduced, Params: []auhl.ParamSpec{num("credits"), num("min")}},
		{Code: CodeBridgingReduction, Params: []auhl.ParamSpec{num("credits"), str("reduction")}},
		{Code: CodeBridgingTargets, Params: []auhl.ParamSpec{num("count")}},
		{Code: CodeBridgingThreshold, Params: []auhl.ParamSpec{num("passed"), num("atLeast")}},
		{Code: CodeBridgingCombine, Params: []auhl.ParamSpec{num("passed"), num("atLeast")}},
		{Code: CodeBridgingNoThreshold, Params: []auhl.ParamSpec{num("count")}},
		{Code: CodeOverrideApplied, Params: []auhl.ParamSpec{str("finding"), unit, str("by"), str("reason"), p("date", auhl.KindDate)}},
		{Code: CodeOverrideUnused, Params: []auhl.ParamSpec{str("finding"), unit}},
		{Code: CodeOverrideNotAllowed, Params: []auhl.ParamSpec{str("finding")}},
		{Code: CodeRuleUnconfirmed, Params: rules.WarningParams()},
		{Code: CodeResultLater, Params: []auhl.ParamSpec{str("year")}},
		{Code: CodeEventTimes},
		{Code: CodeClockFormat, Params: []auhl.ParamSpec{str("value")}},
		{Code: CodeTooMany, Params: []auhl.ParamSpec{num("count"), num("max")}},
		{Code: CodeSameInstitution},
		{Code: CodeParty, Params: []auhl.ParamSpec{str("value")}},
		{Code: CodeReoSameUnit, Params: []auhl.ParamSpec{unit, str("target"), num("credits")}},
		{Code: CodeReoEquivalent, Params: []auhl.ParamSpec{unit, str("target"), str("by"), num("credits"), p("date", auhl.KindDate)}},
		{Code: CodeReoNoMatch, Params: []auhl.ParamSpec{unit}},
		{Code: CodeReoCreditsDiffer, Params: []auhl.ParamSpec{unit, str("target"), num("credits"), num("targetCredits")}},
		{Code: CodeReoNotAcquired, Params: []auhl.ParamSpec{unit, str("target")}},
		{Code: CodeReoTargetNotInProgramme, Params: []auhl.ParamSpec{unit, str("target"), str("programme")}},
		{Code: CodeReoTargetTwice, Params: []auhl.ParamSpec{unit, str("target")}},
		{Code: CodeReoNotInProgramme, Params: []auhl.ParamSpec{unit, str("programme")}},
		{Code: CodeReoProgrammeUnknown, Params: []auhl.ParamSpec{str("programme")}},
		{Code: CodeReoExempted, Params: []auhl.ParamSpec{num("count"), num("credits")}},
		{Code: CodeReoRequest, Params: []auhl.ParamSpec{p("date", auhl.KindDate)}},
		{Code: CodeReoLeerkrediet, Params: []auhl.ParamSpec{num("balance"), num("bonus")}},
		{Code: CodeReoRate, Params: []auhl.ParamSpec{num("earned"), num("enrolled"), p("rate", auhl.KindPercent), str("programme")}},
		{Code: CodeReoBackAllowed, Params: []auhl.ParamSpec{str("programme"), p("year", auhl.KindYear)}},
		{Code: CodeReoBackConditions, Params: []auhl.ParamSpec{str("programme"), p("year", auhl.KindYear)}},
		{Code: CodeReoBackRefused, Params: []auhl.ParamSpec{str("programme"), p("year", auhl.KindYear)}},
		{Code: CodeReoOnwardAllowed, Params: []auhl.ParamSpec{p("year", auhl.KindYear)}},
		{Code: CodeReoOnwardConditions, Params: []auhl.ParamSpec{p("year", auhl.KindYear), num("target")}},
		{Code: CodeReoDrempelpakketNew, Params: []auhl.ParamSpec{str("programme"), p("by", auhl.KindYear), num("credits")}},
		{Code: CodeDateOutsideYear, Params: []auhl.ParamSpec{p("date", auhl.KindDate), p("year", auhl.KindYear)}},
		{Code: CodeSameProgramme},
		{Code: CodeEquivalenceUnit, Params: []auhl.ParamSpec{unit}},
		{Code: CodeNotBachelor, Params: []auhl.ParamSpec{str("programme")}},
	}
	specs = append(specs, ruleFormat.Labels()...)
	return append(specs, agreementFormat.Labels()...)
}
