package procedures

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The codes of the study-progress findings. Every finding of
// ProgressRuleSet.Decide carries year (the academic year decided on)
// besides the parameters named here; rate is a percentage.
const (
	// CodeProgressSuccessRate: the success rate of the last year. Params:
	// last (year), earned, enrolled (int), rate (percent).
	CodeProgressSuccessRate = "procedures.progress.success-rate"
	// CodeProgressNewProgramme: the student asks for a different
	// programme; the refusals concern only this one.
	CodeProgressNewProgramme = "procedures.progress.new-programme"
	// CodeProgressDecreeNotApplicable: the cohort started before the
	// drempelpakket rule. Params: cohort, from (year).
	CodeProgressDecreeNotApplicable = "procedures.progress.decree.not-applicable"
	// CodeProgressDecreeApplies: the drempelpakket rule applies to the
	// cohort. Params: cohort, from (year).
	CodeProgressDecreeApplies = "procedures.progress.decree.applies"
	// CodeProgressDrempelpakketComplete: the drempelpakket is acquired.
	// Params: credits (int).
	CodeProgressDrempelpakketComplete = "procedures.progress.drempelpakket.complete"
	// CodeProgressDrempelpakketOpen: credits of the drempelpakket are still
	// open after the first enrolment; they must be acquired by the end of
	// academic year by. Params: open, credits (int), by (year).
	CodeProgressDrempelpakketOpen = "procedures.progress.drempelpakket.open"
	// CodeProgressDrempelpakketRefused: the drempelpakket is incomplete
	// after the second enrolment: the programme is refused at every
	// Flemish institution. Params: open, credits, enrolments, years
	// (int), until (year).
	CodeProgressDrempelpakketRefused = "procedures.progress.drempelpakket.refused"
	// CodeProgressDrempelpakketException: the institution granted an
	// exception; the drempelpakket refusal does not apply. Params: open
	// (int).
	CodeProgressDrempelpakketException = "procedures.progress.drempelpakket.exception"
	// CodeProgressRateRefused: a success rate under the threshold refuses
	// the programme. Params: rate (percent), threshold, years (int), until
	// (year).
	CodeProgressRateRefused = "procedures.progress.rate.refused"
	// CodeProgressRateRefusedElsewhere: the same, after a year at another
	// Flemish institution. Params: rate (percent), threshold, years (int),
	// until (year).
	CodeProgressRateRefusedElsewhere = "procedures.progress.rate.refused-elsewhere"
	// CodeProgressRateFinalMasterYear: the low-rate refusal does not apply
	// to a contract of only the final master year. Params: rate (percent),
	// threshold (int).
	CodeProgressRateFinalMasterYear = "procedures.progress.rate.final-master-year"
	// CodeProgressRateConditions: a success rate under the threshold: the
	// exam board may impose binding conditions. Params: rate (percent),
	// threshold, target (int, 0 when not known).
	CodeProgressRateConditions = "procedures.progress.rate.conditions"
	// CodeProgressRateSufficient: the success rate reaches the threshold.
	// Params: rate (percent), threshold (int).
	CodeProgressRateSufficient = "procedures.progress.rate.sufficient"
	// CodeProgressConditionsMaxCredits: the caps on the credits the exam
	// board may choose. Params: low, high (int).
	CodeProgressConditionsMaxCredits = "procedures.progress.conditions.max-credits"
	// CodeProgressConditionsMet: the binding conditions of the last year
	// were met. Params: last (year).
	CodeProgressConditionsMet = "procedures.progress.conditions.met"
	// CodeProgressConditionsCreditsExceeded: more credits enrolled than the
	// conditions allowed. Params: enrolled, max (int).
	CodeProgressConditionsCreditsExceeded = "procedures.progress.conditions.credits-exceeded"
	// CodeProgressConditionsRateMissed: the target rate of the conditions
	// was missed. Params: rate (percent), target (int).
	CodeProgressConditionsRateMissed = "procedures.progress.conditions.rate-missed"
	// CodeProgressConditionsRefused: failing the conditions refuses the
	// programme. Params: years (int), until (year).
	CodeProgressConditionsRefused = "procedures.progress.conditions.refused"
	// CodeProgressConditionsRefusedOpen: failing the conditions refuses the
	// programme, for a time the sources do not give.
	CodeProgressConditionsRefusedOpen = "procedures.progress.conditions.refused-open"
	// CodeProgressConditionsAdvice: the conditions were failed, but the
	// exam board's positive advice lets the student enrol. Params: last
	// (year).
	CodeProgressConditionsAdvice = "procedures.progress.conditions.advice"
	// CodeProgressConditionsRescued: the conditions were failed, but the
	// success rate reaches the threshold that lets the student enrol.
	// Params: rate (percent), threshold (int).
	CodeProgressConditionsRescued = "procedures.progress.conditions.rescued"
	// CodeProgressCourseRefused: a course unit without a credit after the
	// most enrolments refuses the programme. Params: course (string),
	// enrolments, years, threshold (int), until (year), rate (percent).
	CodeProgressCourseRefused = "procedures.progress.course.refused"
	// CodeProgressCourseRescued: the same, lifted by a success rate of at
	// least threshold. Params: course (string), enrolments, threshold
	// (int), rate (percent).
	CodeProgressCourseRescued = "procedures.progress.course.rescued"
	// CodeProgressCourseNever: a further enrolment in the course unit would
	// be one that is never allowed. Params: course (string), enrolments,
	// never (int).
	CodeProgressCourseNever = "procedures.progress.course.never"
	// CodeProgressCreditsOverMax: the planned credits exceed the yearly
	// maximum without the exam board's approval. Params: planned, max
	// (int).
	CodeProgressCreditsOverMax = "procedures.progress.credits-over-max"
	// CodeProgressUnconfirmed: a rule the decision uses is not confirmed,
	// one warning per rule. Params: rule (string, the rule's label: a
	// message code), path (string, the rule's JSON Pointer in the rules
	// file).
	CodeProgressUnconfirmed = "procedures.progress.unconfirmed"
)

// The codes of the problems of a rejected ProgressRecord.
const (
	// CodeProgressYearOrder: an enrolment before the previous one. Params:
	// year, previous (year).
	CodeProgressYearOrder = "procedures.progress.year-order"
	// CodeProgressYearDuplicate: an academic year given twice. Params: year
	// (year).
	CodeProgressYearDuplicate = "procedures.progress.year-duplicate"
	// CodeProgressBeforeCohort: an enrolment before the cohort's first
	// year. Params: year, cohort (year).
	CodeProgressBeforeCohort = "procedures.progress.before-cohort"
	// CodeProgressEarnedExceeds: more credits earned than enrolled. Params:
	// earned, enrolled (int).
	CodeProgressEarnedExceeds = "procedures.progress.earned-exceeds"
	// CodeProgressDrempelpakketGrew: more drempelpakket credits open than a
	// year earlier. Params: open, previous (int).
	CodeProgressDrempelpakketGrew = "procedures.progress.drempelpakket-grew"
	// CodeProgressDrempelpakketExceeds: more drempelpakket credits open
	// than the package has. Params: open, credits (int).
	CodeProgressDrempelpakketExceeds = "procedures.progress.drempelpakket-exceeds"
	// CodeProgressConditionsEmpty: binding conditions with neither a cap
	// nor a target rate.
	CodeProgressConditionsEmpty = "procedures.progress.conditions-empty"
	// CodeProgressCourseDuplicate: a course unit given twice. Params:
	// course (string).
	CodeProgressCourseDuplicate = "procedures.progress.course-duplicate"
	// CodeProgressTooLong: an id longer than allowed. Params: max (int).
	CodeProgressTooLong = "procedures.progress.too-long"
)

// progressCodes lists the codes of study progress.
func progressCodes() []auhl.CodeSpec {
	p := func(name string, kind auhl.ParamKind) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: kind} }
	num := func(n string) auhl.ParamSpec { return p(n, auhl.KindInt) }
	yr := func(n string) auhl.ParamSpec { return p(n, auhl.KindYear) }
	rate, year := p("rate", auhl.KindPercent), yr("year")
	c := func(code string, ps ...auhl.ParamSpec) auhl.CodeSpec { return auhl.CodeSpec{Code: code, Params: ps} }
	y := func(code string, ps ...auhl.ParamSpec) auhl.CodeSpec {
		return c(code, append([]auhl.ParamSpec{year}, ps...)...)
	}
	course := p("course", auhl.KindString)
	return []auhl.CodeSpec{
		y(CodeProgressSuccessRate, yr("last"), num("earned"), num("enrolled"), rate),
		y(CodeProgressNewProgramme),
		y(CodeProgressDecreeNotApplicable, yr("cohort"), yr("from")),
		y(CodeProgressDecreeApplies, yr("cohort"), yr("from")),
		y(CodeProgressDrempelpakketComplete, num("credits")),
		y(CodeProgressDrempelpakketOpen, num("open"), num("credits"), yr("by")),
		y(CodeProgressDrempelpakketRefused, num("open"), num("credits"), num("enrolments"), num("years"), yr("until")),
		y(CodeProgressDrempelpakketException, num("open")),
		y(CodeProgressRateRefused, rate, num("threshold"), num("years"), yr("until")),
		y(CodeProgressRateRefusedElsewhere, rate, num("threshold"), num("years"), yr("until")),
		y(CodeProgressRateFinalMasterYear, rate, num("threshold")),
		y(CodeProgressRateConditions, rate, num("threshold"), num("target")),
		y(CodeProgressRateSufficient, rate, num("threshold")),
		y(CodeProgressConditionsMaxCredits, num("low"), num("high")),
		y(CodeProgressConditionsMet, yr("last")),
		y(CodeProgressConditionsCreditsExceeded, num("enrolled"), num("max")),
		y(CodeProgressConditionsRateMissed, rate, num("target")),
		y(CodeProgressConditionsRefused, num("years"), yr("until")),
		y(CodeProgressConditionsRefusedOpen),
		y(CodeProgressConditionsAdvice, yr("last")),
		y(CodeProgressConditionsRescued, rate, num("threshold")),
		y(CodeProgressCourseRefused, course, num("enrolments"), num("years"), num("threshold"), yr("until"), rate),
		y(CodeProgressCourseRescued, course, num("enrolments"), num("threshold"), rate),
		y(CodeProgressCourseNever, course, num("enrolments"), num("never")),
		y(CodeProgressCreditsOverMax, num("planned"), num("max")),
		y(CodeProgressUnconfirmed, rules.WarningParams()...),

		c(CodeProgressYearOrder, year, yr("previous")),
		c(CodeProgressYearDuplicate, year),
		c(CodeProgressBeforeCohort, year, yr("cohort")),
		c(CodeProgressEarnedExceeds, num("earned"), num("enrolled")),
		c(CodeProgressDrempelpakketGrew, num("open"), num("previous")),
		c(CodeProgressDrempelpakketExceeds, num("open"), num("credits")),
		c(CodeProgressConditionsEmpty),
		c(CodeProgressCourseDuplicate, course),
		c(CodeProgressTooLong, num("max")),
	}
}
