package progress

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The codes of the study-progress findings. Every finding of
// RulesFile.Decide carries year (the academic year decided on)
// besides the parameters named here; rate is a percentage.
const (
	// CodeSuccessRate: the success rate of the last year. Params:
	// last (year), earned, enrolled (int), rate (percent).
	CodeSuccessRate = "procedures.progress.success-rate"
	// CodeNewProgramme: the student asks for a different
	// programme; the refusals concern only this one.
	CodeNewProgramme = "procedures.progress.new-programme"
	// CodeDecreeNotApplicable: the cohort started before the
	// drempelpakket rule. Params: cohort, from (year).
	CodeDecreeNotApplicable = "procedures.progress.decree.not-applicable"
	// CodeDecreeApplies: the drempelpakket rule applies to the
	// cohort. Params: cohort, from (year).
	CodeDecreeApplies = "procedures.progress.decree.applies"
	// CodeDrempelpakketComplete: the drempelpakket is acquired.
	// Params: credits (int).
	CodeDrempelpakketComplete = "procedures.progress.drempelpakket.complete"
	// CodeDrempelpakketOpen: credits of the drempelpakket are still
	// open after the first enrolment; they must be acquired by the end of
	// academic year by. Params: open, credits (int), by (year).
	CodeDrempelpakketOpen = "procedures.progress.drempelpakket.open"
	// CodeDrempelpakketRefused: the drempelpakket is incomplete
	// after the second enrolment: the programme is refused at every
	// Flemish institution. Params: open, credits, enrolments, years
	// (int), until (year).
	CodeDrempelpakketRefused = "procedures.progress.drempelpakket.refused"
	// CodeDrempelpakketException: the institution granted an
	// exception; the drempelpakket refusal does not apply. Params: open
	// (int).
	CodeDrempelpakketException = "procedures.progress.drempelpakket.exception"
	// CodeRateRefused: a success rate under the threshold refuses
	// the programme. Params: rate (percent), threshold, years (int), until
	// (year).
	CodeRateRefused = "procedures.progress.rate.refused"
	// CodeRateRefusedElsewhere: the same, after a year at another
	// Flemish institution. Params: rate (percent), threshold, years (int),
	// until (year).
	CodeRateRefusedElsewhere = "procedures.progress.rate.refused-elsewhere"
	// CodeRateFinalMasterYear: the low-rate refusal does not apply
	// to a contract of only the final master year. Params: rate (percent),
	// threshold (int).
	CodeRateFinalMasterYear = "procedures.progress.rate.final-master-year"
	// CodeRateConditions: a success rate under the threshold: the
	// exam board may impose binding conditions. Params: rate (percent),
	// threshold, target (int, 0 when not known).
	CodeRateConditions = "procedures.progress.rate.conditions"
	// CodeRateSufficient: the success rate reaches the threshold.
	// Params: rate (percent), threshold (int).
	CodeRateSufficient = "procedures.progress.rate.sufficient"
	// CodeConditionsMaxCredits: the caps on the credits the exam
	// board may choose. Params: low, high (int).
	CodeConditionsMaxCredits = "procedures.progress.conditions.max-credits"
	// CodeConditionsMet: the binding conditions of the last year
	// were met. Params: last (year).
	CodeConditionsMet = "procedures.progress.conditions.met"
	// CodeConditionsCreditsExceeded: more credits enrolled than the
	// conditions allowed. Params: enrolled, max (int).
	CodeConditionsCreditsExceeded = "procedures.progress.conditions.credits-exceeded"
	// CodeConditionsRateMissed: the target rate of the conditions
	// was missed. Params: rate (percent), target (int).
	CodeConditionsRateMissed = "procedures.progress.conditions.rate-missed"
	// CodeConditionsRefused: failing the conditions refuses the
	// programme. Params: years (int), until (year).
	CodeConditionsRefused = "procedures.progress.conditions.refused"
	// CodeConditionsRefusedOpen: failing the conditions refuses the
	// programme, for a time the sources do not give.
	CodeConditionsRefusedOpen = "procedures.progress.conditions.refused-open"
	// CodeConditionsAdvice: the conditions were failed, but the
	// exam board's positive advice lets the student enrol. Params: last
	// (year).
	CodeConditionsAdvice = "procedures.progress.conditions.advice"
	// CodeConditionsRescued: the conditions were failed, but the
	// success rate reaches the threshold that lets the student enrol.
	// Params: rate (percent), threshold (int).
	CodeConditionsRescued = "procedures.progress.conditions.rescued"
	// CodeCourseRefused: a course unit without a credit after the
	// most enrolments refuses the programme. Params: course (string),
	// enrolments, years, threshold (int), until (year), rate (percent).
	CodeCourseRefused = "procedures.progress.course.refused"
	// CodeCourseRescued: the same, lifted by a success rate of at
	// least threshold. Params: course (string), enrolments, threshold
	// (int), rate (percent).
	CodeCourseRescued = "procedures.progress.course.rescued"
	// CodeCourseNever: a further enrolment in the course unit would
	// be one that is never allowed. Params: course (string), enrolments,
	// never (int).
	CodeCourseNever = "procedures.progress.course.never"
	// CodeCreditsOverMax: the planned credits exceed the yearly
	// maximum without the exam board's approval. Params: planned, max
	// (int).
	CodeCreditsOverMax = "procedures.progress.credits-over-max"
	// CodeThirdModelPathWaits: while the drempelpakket is open, the
	// course units of the third model path wait. Params: open (int).
	CodeThirdModelPathWaits = "procedures.progress.third-model-path.waits"

	// The findings of DecidePlan; year is the academic year planned.

	// CodePlanModelPath: a first enrolment for the model path, as the
	// decree asks.
	CodePlanModelPath = "procedures.progress.plan.model-path"
	// CodePlanModelPathExempt: a first enrolment need not be the model
	// path on this ground. Params: exemption (text).
	CodePlanModelPathExempt = "procedures.progress.plan.model-path.exempt"
	// CodePlanModelPathRequired: a first enrolment must be the model path
	// and is not, with no exemption.
	CodePlanModelPathRequired = "procedures.progress.plan.model-path.required"
	// CodePlanThirdModelPath: course units of the third model path before
	// the drempelpakket is complete. Params: credits, open (int).
	CodePlanThirdModelPath = "procedures.progress.plan.third-model-path"
	// CodePlanCapBelowMinimum: a cap on the credits below the right to
	// take at least the minimum. Params: cap, minimum (int).
	CodePlanCapBelowMinimum = "procedures.progress.plan.cap-below-minimum"
	// CodePlanFamilyAllowance: fewer credits than the family allowance
	// asks. Params: credits, threshold, age (int).
	CodePlanFamilyAllowance = "procedures.progress.plan.family-allowance"
	// CodePlanNonEEA: fewer credits than the yearly minimum for a student
	// from outside the EEA. Params: credits, threshold (int).
	CodePlanNonEEA = "procedures.progress.plan.non-eea"
	// CodePlanNonEEAGraduation: the yearly minimum does not hold in the
	// graduation year. Params: threshold (int).
	CodePlanNonEEAGraduation = "procedures.progress.plan.non-eea.graduation-year"
	// CodePlanResidence: fewer credits earned than the renewal of the
	// residence permit asks. Params: earned, threshold, enrolments (int).
	CodePlanResidence = "procedures.progress.plan.residence"

	// CodeUnconfirmed: a rule the decision uses is not confirmed,
	// one warning per rule. Params: rule (string, the rule's label: a
	// message code), path (string, the rule's JSON Pointer in the rules
	// file).
	CodeUnconfirmed = "procedures.progress.unconfirmed"
)

// The codes of the problems of a rejected Record.
const (
	// CodeYearOrder: an enrolment before the previous one. Params:
	// year, previous (year).
	CodeYearOrder = "procedures.progress.year-order"
	// CodeYearDuplicate: an academic year given twice. Params: year
	// (year).
	CodeYearDuplicate = "procedures.progress.year-duplicate"
	// CodeBeforeCohort: an enrolment before the cohort's first
	// year. Params: year, cohort (year).
	CodeBeforeCohort = "procedures.progress.before-cohort"
	// CodeEarnedExceeds: more credits earned than enrolled. Params:
	// earned, enrolled (int).
	CodeEarnedExceeds = "procedures.progress.earned-exceeds"
	// CodeDrempelpakketGrew: more drempelpakket credits open than a
	// year earlier. Params: open, previous (int).
	CodeDrempelpakketGrew = "procedures.progress.drempelpakket-grew"
	// CodeDrempelpakketExceeds: more drempelpakket credits open
	// than the package has. Params: open, credits (int).
	CodeDrempelpakketExceeds = "procedures.progress.drempelpakket-exceeds"
	// CodeConditionsEmpty: binding conditions with neither a cap
	// nor a target rate.
	CodeConditionsEmpty = "procedures.progress.conditions-empty"
	// CodeCourseDuplicate: a course unit given twice. Params:
	// course (string).
	CodeCourseDuplicate = "procedures.progress.course-duplicate"
	// CodeTooLong: an id longer than allowed. Params: max (int).
	CodeTooLong = "procedures.progress.too-long"
)

// Codes lists the codes this package reports, with their parameters,
// and the labels of the rules of its rules file.
func Codes() []auhl.CodeSpec {
	p := func(name string, kind auhl.ParamKind) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: kind} }
	num := func(n string) auhl.ParamSpec { return p(n, auhl.KindInt) }
	yr := func(n string) auhl.ParamSpec { return p(n, auhl.KindYear) }
	rate, year := p("rate", auhl.KindPercent), yr("year")
	c := func(code string, ps ...auhl.ParamSpec) auhl.CodeSpec { return auhl.CodeSpec{Code: code, Params: ps} }
	y := func(code string, ps ...auhl.ParamSpec) auhl.CodeSpec {
		return c(code, append([]auhl.ParamSpec{year}, ps...)...)
	}
	course := p("course", auhl.KindString)
	return append([]auhl.CodeSpec{
		y(CodeSuccessRate, yr("last"), num("earned"), num("enrolled"), rate),
		y(CodeNewProgramme),
		y(CodeDecreeNotApplicable, yr("cohort"), yr("from")),
		y(CodeDecreeApplies, yr("cohort"), yr("from")),
		y(CodeDrempelpakketComplete, num("credits")),
		y(CodeDrempelpakketOpen, num("open"), num("credits"), yr("by")),
		y(CodeDrempelpakketRefused, num("open"), num("credits"), num("enrolments"), num("years"), yr("until")),
		y(CodeDrempelpakketException, num("open")),
		y(CodeRateRefused, rate, num("threshold"), num("years"), yr("until")),
		y(CodeRateRefusedElsewhere, rate, num("threshold"), num("years"), yr("until")),
		y(CodeRateFinalMasterYear, rate, num("threshold")),
		y(CodeRateConditions, rate, num("threshold"), num("target")),
		y(CodeRateSufficient, rate, num("threshold")),
		y(CodeConditionsMaxCredits, num("low"), num("high")),
		y(CodeConditionsMet, yr("last")),
		y(CodeConditionsCreditsExceeded, num("enrolled"), num("max")),
		y(CodeConditionsRateMissed, rate, num("target")),
		y(CodeConditionsRefused, num("years"), yr("until")),
		y(CodeConditionsRefusedOpen),
		y(CodeConditionsAdvice, yr("last")),
		y(CodeConditionsRescued, rate, num("threshold")),
		y(CodeCourseRefused, course, num("enrolments"), num("years"), num("threshold"), yr("until"), rate),
		y(CodeCourseRescued, course, num("enrolments"), num("threshold"), rate),
		y(CodeCourseNever, course, num("enrolments"), num("never")),
		y(CodeCreditsOverMax, num("planned"), num("max")),
		y(CodeThirdModelPathWaits, num("open")),
		y(CodePlanModelPath),
		y(CodePlanModelPathExempt, p("exemption", auhl.KindText)),
		y(CodePlanModelPathRequired),
		y(CodePlanThirdModelPath, num("credits"), num("open")),
		y(CodePlanCapBelowMinimum, num("cap"), num("minimum")),
		y(CodePlanFamilyAllowance, num("credits"), num("threshold"), num("age")),
		y(CodePlanNonEEA, num("credits"), num("threshold")),
		y(CodePlanNonEEAGraduation, num("threshold")),
		y(CodePlanResidence, num("earned"), num("threshold"), num("enrolments")),
		y(CodeUnconfirmed, rules.WarningParams()...),

		c(CodeYearOrder, year, yr("previous")),
		c(CodeYearDuplicate, year),
		c(CodeBeforeCohort, year, yr("cohort")),
		c(CodeEarnedExceeds, num("earned"), num("enrolled")),
		c(CodeDrempelpakketGrew, num("open"), num("previous")),
		c(CodeDrempelpakketExceeds, num("open"), num("credits")),
		c(CodeConditionsEmpty),
		c(CodeCourseDuplicate, course),
		c(CodeTooLong, num("max")),
	}, format.Labels()...)
}
