package procedures

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The codes of the leerkrediet findings. Package auhl/i18n renders each in
// Dutch and English; Codes lists their parameters. Every one of them
// carries year (the academic year of the step) and balance (the balance
// after it), besides the parameters named here.
const (
	// CodeStart: the starting balance and the bonus. Params: bonus (int).
	CodeStart = "procedures.leerkrediet.start"
	// CodeEnrolment: an enrolment takes its credits from the balance.
	// Params: credits (int), programme, contract (text).
	CodeEnrolment = "procedures.leerkrediet.enrolment"
	// CodeOutOfScopeExam: an exam contract uses no leerkrediet. Params:
	// credits (int), programme, contract (text).
	CodeOutOfScopeExam = "procedures.leerkrediet.out-of-scope.exam-contract"
	// CodeOutOfScopeProgramme: the programme uses no leerkrediet on this
	// contract. Params: credits (int), programme, contract (text).
	CodeOutOfScopeProgramme = "procedures.leerkrediet.out-of-scope.programme"
	// CodeInsufficient: the balance before an enrolment was too low for
	// it; what the institution may do. Params: before, credits, uncovered
	// (int: the credits without leerkrediet).
	CodeInsufficient = "procedures.leerkrediet.insufficient"
	// CodeHigherFee: the most an institution may ask for the credits
	// without leerkrediet. Params: euro (number, per credit), uncovered
	// (int).
	CodeHigherFee = "procedures.leerkrediet.higher-fee"
	// CodeConnectingMaster: the institution may not refuse a connecting
	// master to a student without a master's diploma.
	CodeConnectingMaster = "procedures.leerkrediet.connecting-master"
	// CodeEarned: earned credits come back. Params: credits (int).
	CodeEarned = "procedures.leerkrediet.earned"
	// CodeBonus: earned credits on a diploma contract count double.
	// Params: credits (int: the bonus given), left (int).
	CodeBonus = "procedures.leerkrediet.bonus"
	// CodeBonusCreditContract: no bonus on a credit contract; it is kept
	// for a diploma contract. Params: left (int).
	CodeBonusCreditContract = "procedures.leerkrediet.bonus.credit-contract"
	// CodeTolerated: tolerated or deliberated credits are lost. Params:
	// credits (int).
	CodeTolerated = "procedures.leerkrediet.tolerated"
	// CodeNotEarned: credits of the year's enrolment not earned are lost.
	// Params: credits (int).
	CodeNotEarned = "procedures.leerkrediet.not-earned"
	// CodeNoResults: an enrolment of an earlier year without results:
	// nothing came back. Params: credits (int).
	CodeNoResults = "procedures.leerkrediet.no-results"
	// CodeResultsPending: the last year's enrolment has no results yet.
	// Params: credits (int).
	CodeResultsPending = "procedures.leerkrediet.results-pending"

	// The re-orientation findings. Params: date (date), notExamined,
	// returned, failed (int).

	// CodeReorientationFull: changed before 1 December: the credits not
	// yet examined come back.
	CodeReorientationFull = "procedures.leerkrediet.reorientation.full"
	// CodeReorientationHalf: changed from 1 December to 15 March: half of
	// them come back.
	CodeReorientationHalf = "procedures.leerkrediet.reorientation.half"
	// CodeReorientationLate: changed after 15 March: only passed credits
	// come back.
	CodeReorientationLate = "procedures.leerkrediet.reorientation.late"
	// CodeReorientationInstitution: the institution returned the credits
	// not yet examined under its own rules.
	CodeReorientationInstitution = "procedures.leerkrediet.reorientation.institution"
	// CodeReorientationCreditContract: leaving a credit contract gives
	// nothing back.
	CodeReorientationCreditContract = "procedures.leerkrediet.reorientation.credit-contract"
	// CodeReorientationNotFirstTime: the legal return is only for a first
	// enrolment in a bachelor.
	CodeReorientationNotFirstTime = "procedures.leerkrediet.reorientation.not-first-time"
	// CodeReorientationStopped: no other programme followed in the same
	// year, so the legal return does not apply.
	CodeReorientationStopped = "procedures.leerkrediet.reorientation.stopped"
	// CodeReorientationNoLeerkrediet: the enrolment left used no
	// leerkrediet. Params: date (date) only.
	CodeReorientationNoLeerkrediet = "procedures.leerkrediet.reorientation.no-leerkrediet"

	// CodeForceMajeure: credits returned for force majeure. Params: credits
	// (int).
	CodeForceMajeure = "procedures.leerkrediet.force-majeure"
	// CodeForceMajeureCapped: part of a force-majeure return had no
	// leerkrediet left to return. Params: credits (int).
	CodeForceMajeureCapped = "procedures.leerkrediet.force-majeure.capped"
	// CodeNoEnrolment: a year without enrolment that uses leerkrediet.
	CodeNoEnrolment = "procedures.leerkrediet.no-enrolment"
	// CodeBonusLost: an interruption with a balance under the threshold
	// costs the bonus left. Params: credits (int: the bonus lost),
	// threshold (int).
	CodeBonusLost = "procedures.leerkrediet.bonus-lost"
	// CodeRebuildStopped: the automatic rebuild after an interruption
	// (case b). Params: from (year), upTo, perYear (int).
	CodeRebuildStopped = "procedures.leerkrediet.rebuild.stopped"
	// CodeRebuildMaster: the automatic rebuild after a master's diploma
	// (case a). Params: from (year), upTo, perYear (int).
	CodeRebuildMaster = "procedures.leerkrediet.rebuild.master"
	// CodeRebuildGraduaatPending: a graduaat diploma under 60: topped up at
	// the next enrolment (case c). Params: upTo (int).
	CodeRebuildGraduaatPending = "procedures.leerkrediet.rebuild.graduaat-pending"
	// CodeRebuildGraduaat: the top-up at the enrolment after a graduaat
	// diploma. Params: credits (int: added), upTo (int).
	CodeRebuildGraduaat = "procedures.leerkrediet.rebuild.graduaat"
	// CodeRebuildYear: a yearly step of the automatic rebuild. Params:
	// credits (int: added), upTo (int).
	CodeRebuildYear = "procedures.leerkrediet.rebuild.year"
	// CodeRebuildUsed: the automatic rebuild is given only once, and has
	// been.
	CodeRebuildUsed = "procedures.leerkrediet.rebuild.used"
	// CodeRebuildBonusLost: with the automatic rebuild the bonus left is
	// gone. Params: credits (int).
	CodeRebuildBonusLost = "procedures.leerkrediet.rebuild.bonus-lost"
	// CodeDiplomaBachelor: a bachelor's diploma changes nothing.
	CodeDiplomaBachelor = "procedures.leerkrediet.diploma.bachelor"
	// CodeDiplomaMaster: a master's diploma subtracts 140. Params: credits
	// (int).
	CodeDiplomaMaster = "procedures.leerkrediet.diploma.master"
	// CodeDiplomaGraduaat: a graduaat diploma with at least 60 changes
	// nothing. Params: upTo (int).
	CodeDiplomaGraduaat = "procedures.leerkrediet.diploma.graduaat"
	// CodeUnconfirmed: a rule the result uses is not confirmed for the
	// year, one warning per rule. Params: rule (string, the rule's label:
	// a message code), path (string, the rule's JSON Pointer in the rules
	// file), year (year); no balance.
	CodeUnconfirmed = "procedures.leerkrediet.unconfirmed"
)

// The codes of the problems of a rejected history or rules file.
const (
	// CodeYearUnknown: no leerkrediet rules for the academic year; it is
	// rules.CodePeriodUnknown. Params: period (string), known (string: the
	// years covered).
	CodeYearUnknown = rules.CodePeriodUnknown
	// CodeYearOrder: an event's year comes before the previous event's.
	// Params: year, previous (year).
	CodeYearOrder = "procedures.leerkrediet.year-order"
	// CodeFieldNotAllowed: a field that the event's kind does not have.
	// Params: field, kind (string).
	CodeFieldNotAllowed = "procedures.leerkrediet.field-not-allowed"
	// CodeResultsWithoutEnrolment: results with no open enrolment that
	// year. Params: year (year).
	CodeResultsWithoutEnrolment = "procedures.leerkrediet.results-without-enrolment"
	// CodeResultsExceedEnrolment: more credits earned and tolerated than
	// enrolled. Params: earned, tolerated, credits (int).
	CodeResultsExceedEnrolment = "procedures.leerkrediet.results-exceed-enrolment"
	// CodeReorientationWithoutEnrolment: a re-orientation with no open
	// enrolment without results that year. Params: year (year).
	CodeReorientationWithoutEnrolment = "procedures.leerkrediet.reorientation-without-enrolment"
	// CodeReorientationCredits: the credits of a re-orientation do not add
	// up to the enrolment's. Params: total, credits (int).
	CodeReorientationCredits = "procedures.leerkrediet.reorientation-credits"
	// CodeDateOutsideYear: a date outside its event's academic year.
	// Params: date (date), year (year).
	CodeDateOutsideYear = "procedures.leerkrediet.date-outside-year"
	// CodeForceMajeureWithoutEnrolment: force majeure in a year without
	// enrolment. Params: year (year).
	CodeForceMajeureWithoutEnrolment = "procedures.leerkrediet.force-majeure-without-enrolment"
	// CodeForceMajeureExceeds: more credits returned for force majeure
	// than were not earned that year. Params: credits, lost (int).
	CodeForceMajeureExceeds = "procedures.leerkrediet.force-majeure-exceeds"
	// CodeAfterForceMajeure: results or a re-orientation of an enrolment
	// after a return for force majeure in the same year. Params: year
	// (year).
	CodeAfterForceMajeure = "procedures.leerkrediet.after-force-majeure"
	// CodeDiplomaWithoutEnrolment: a diploma in a year without an
	// enrolment that can lead to it. Params: level, programme (text), year
	// (year).
	CodeDiplomaWithoutEnrolment = "procedures.leerkrediet.diploma-without-enrolment"
	// CodeNoEnrolmentConflict: a year without enrolment that has other
	// events. Params: year (year).
	CodeNoEnrolmentConflict = "procedures.leerkrediet.no-enrolment-conflict"
	// CodeDateFormat: not a calendar day written 2006-01-02. Params: value
	// (string).
	CodeDateFormat = "procedures.date-format"
	// CodeMonthDayFormat: not a day of the year written 12-01. Params:
	// value (string).
	CodeMonthDayFormat = "procedures.month-day-format"
	// CodeRulesDuplicateYear: a rules file gives a year twice; it is
	// rules.CodePeriodDuplicate. Params: period (string).
	CodeRulesDuplicateYear = rules.CodePeriodDuplicate
	// CodeRulesUnknownSource: a rule cites a source the file lacks; it is
	// rules.CodeSourceUnknown. Params: id (string).
	CodeRulesUnknownSource = rules.CodeSourceUnknown
	// CodeRulesDuplicateContract: a year's scope gives a contract twice;
	// it is rules.CodeEntryDuplicate. Params: value (string).
	CodeRulesDuplicateContract = rules.CodeEntryDuplicate
	// CodeRulesMissingContract: a year's scope lacks a contract; it is
	// rules.CodeEntryMissing. Params: value (string).
	CodeRulesMissingContract = rules.CodeEntryMissing
)

// Codes lists the codes this package emits, with their parameters.
func Codes() []auhl.CodeSpec {
	p := func(name string, kind auhl.ParamKind) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: kind} }
	num := func(names ...string) []auhl.ParamSpec {
		out := make([]auhl.ParamSpec, len(names))
		for i, n := range names {
			out[i] = p(n, auhl.KindInt)
		}
		return out
	}
	year, text, str := p("year", auhl.KindYear), func(n string) auhl.ParamSpec { return p(n, auhl.KindText) }, func(n string) auhl.ParamSpec { return p(n, auhl.KindString) }
	// step declares a finding of a step: year and balance, and more.
	step := func(code string, more ...auhl.ParamSpec) auhl.CodeSpec {
		return auhl.CodeSpec{Code: code, Params: append([]auhl.ParamSpec{year, p("balance", auhl.KindInt)}, more...)}
	}
	enrolment := append(num("credits"), text("programme"), text("contract"))
	reorientation := append([]auhl.ParamSpec{p("date", auhl.KindDate)}, num("notExamined", "returned", "failed")...)
	from := append([]auhl.ParamSpec{p("from", auhl.KindYear)}, num("upTo", "perYear")...)
	out := []auhl.CodeSpec{
		step(CodeStart, num("bonus")...),
		step(CodeEnrolment, enrolment...),
		step(CodeOutOfScopeExam, enrolment...),
		step(CodeOutOfScopeProgramme, enrolment...),
		step(CodeInsufficient, num("before", "credits", "uncovered")...),
		step(CodeHigherFee, p("euro", auhl.KindNumber), p("uncovered", auhl.KindInt)),
		step(CodeConnectingMaster),
		step(CodeEarned, num("credits")...),
		step(CodeBonus, num("credits", "left")...),
		step(CodeBonusCreditContract, num("left")...),
		step(CodeTolerated, num("credits")...),
		step(CodeNotEarned, num("credits")...),
		step(CodeNoResults, num("credits")...),
		step(CodeResultsPending, num("credits")...),
		step(CodeReorientationFull, reorientation...),
		step(CodeReorientationHalf, reorientation...),
		step(CodeReorientationLate, reorientation...),
		step(CodeReorientationInstitution, reorientation...),
		step(CodeReorientationCreditContract, reorientation...),
		step(CodeReorientationNotFirstTime, reorientation...),
		step(CodeReorientationStopped, reorientation...),
		step(CodeReorientationNoLeerkrediet, p("date", auhl.KindDate)),
		step(CodeForceMajeure, num("credits")...),
		step(CodeForceMajeureCapped, num("credits")...),
		step(CodeNoEnrolment),
		step(CodeBonusLost, num("credits", "threshold")...),
		step(CodeRebuildStopped, from...),
		step(CodeRebuildMaster, from...),
		step(CodeRebuildGraduaatPending, num("upTo")...),
		step(CodeRebuildGraduaat, num("credits", "upTo")...),
		step(CodeRebuildYear, num("credits", "upTo")...),
		step(CodeRebuildUsed),
		step(CodeRebuildBonusLost, num("credits")...),
		step(CodeDiplomaBachelor),
		step(CodeDiplomaMaster, num("credits")...),
		step(CodeDiplomaGraduaat, num("upTo")...),
		{Code: CodeUnconfirmed, Params: append(rules.WarningParams(), year)},

		{Code: CodeYearOrder, Params: []auhl.ParamSpec{year, p("previous", auhl.KindYear)}},
		{Code: CodeFieldNotAllowed, Params: []auhl.ParamSpec{str("field"), str("kind")}},
		{Code: CodeResultsWithoutEnrolment, Params: []auhl.ParamSpec{year}},
		{Code: CodeResultsExceedEnrolment, Params: num("earned", "tolerated", "credits")},
		{Code: CodeReorientationWithoutEnrolment, Params: []auhl.ParamSpec{year}},
		{Code: CodeReorientationCredits, Params: num("total", "credits")},
		{Code: CodeDateOutsideYear, Params: []auhl.ParamSpec{p("date", auhl.KindDate), year}},
		{Code: CodeForceMajeureWithoutEnrolment, Params: []auhl.ParamSpec{year}},
		{Code: CodeForceMajeureExceeds, Params: num("credits", "lost")},
		{Code: CodeAfterForceMajeure, Params: []auhl.ParamSpec{year}},
		{Code: CodeDiplomaWithoutEnrolment, Params: []auhl.ParamSpec{text("level"), text("programme"), year}},
		{Code: CodeNoEnrolmentConflict, Params: []auhl.ParamSpec{year}},
		{Code: CodeDateFormat, Params: []auhl.ParamSpec{str("value")}},
		{Code: CodeMonthDayFormat, Params: []auhl.ParamSpec{str("value")}},
	}
	for _, labels := range [][]auhl.CodeSpec{admissionFormat.Labels(), languageFormat.Labels(), procedureFormat.Labels(),
		leerkredietFormat.Labels(), progressFormat.Labels()} {
		out = append(out, labels...)
	}
	out = append(out, proceduresCodes()...)
	out = append(out, languageCodes()...)
	out = append(out, progressCodes()...)
	return append(out, admissionCodes()...)
}

// The codes of afwijkende toelating. Every finding of AssessCase carries
// year (the academic year of the case) besides the parameters named here.
const (
	// CodeAfwijkendGround: the ground the case invokes. Params: ground
	// (text).
	CodeAfwijkendGround = "procedures.afwijkend.ground"
	// CodeAfwijkendGroundAge: the candidate is younger than the ground
	// asks. Params: minAge, age (int).
	CodeAfwijkendGroundAge = "procedures.afwijkend.ground.age"
	// CodeAfwijkendGroundAgeUnknown: the ground has a minimum age and the
	// case gives no age. Params: minAge (int).
	CodeAfwijkendGroundAgeUnknown = "procedures.afwijkend.ground.age-unknown"
	// CodeAfwijkendGroundNationality: the ground asks for an EEA
	// nationality the candidate does not have.
	CodeAfwijkendGroundNationality = "procedures.afwijkend.ground.nationality"
	// CodeAfwijkendMissing: a part of the dossier is missing. Params: part
	// (text).
	CodeAfwijkendMissing = "procedures.afwijkend.missing"
	// CodeAfwijkendNextDeadline: the next submission deadline. Params:
	// deadline (date).
	CodeAfwijkendNextDeadline = "procedures.afwijkend.next-deadline"
	// CodeAfwijkendNextDeadlineRecommended: the next deadline is that of
	// the strongly recommended first period. Params: deadline (date).
	CodeAfwijkendNextDeadlineRecommended = "procedures.afwijkend.next-deadline.recommended"
	// CodeAfwijkendRecommendedPassed: the recommended first period is over.
	// Params: deadline (date).
	CodeAfwijkendRecommendedPassed = "procedures.afwijkend.recommended-passed"
	// CodeAfwijkendTooLate: the last deadline of the year has passed.
	// Params: deadline (date), next (year).
	CodeAfwijkendTooLate = "procedures.afwijkend.too-late"
	// CodeAfwijkendSubmitted: the dossier was submitted in time. Params:
	// date, deadline (date).
	CodeAfwijkendSubmitted = "procedures.afwijkend.submitted"
	// CodeAfwijkendSubmittedLate: the dossier was submitted after the last
	// deadline. Params: date, deadline (date), next (year).
	CodeAfwijkendSubmittedLate = "procedures.afwijkend.submitted-late"
	// CodeAfwijkendAssessmentNext: an invitation to the beoordeling
	// algemeen niveau follows.
	CodeAfwijkendAssessmentNext = "procedures.afwijkend.assessment-next"
	// CodeAfwijkendAdmitted: passed: a toelatingsbewijs, not a diploma.
	CodeAfwijkendAdmitted = "procedures.afwijkend.admitted"
	// CodeAfwijkendNotAdmitted: not passed; a new attempt only for a later
	// year. Params: next (year).
	CodeAfwijkendNotAdmitted = "procedures.afwijkend.not-admitted"
	// CodeAfwijkendAttemptUsed: the year's one attempt was used. Params:
	// next (year).
	CodeAfwijkendAttemptUsed = "procedures.afwijkend.attempt-used"
	// CodeAfwijkendUnconfirmed: a rule the status uses is not confirmed,
	// one warning per rule. Params: rule (string, the rule's label: a
	// message code), path (string, the rule's JSON Pointer).
	CodeAfwijkendUnconfirmed = "procedures.afwijkend.unconfirmed"
)

// The codes of the problems of a rejected case.
const (
	// CodeAfwijkendSubmittedIncomplete: a submission day for a dossier
	// with parts missing.
	CodeAfwijkendSubmittedIncomplete = "procedures.afwijkend.submitted-incomplete"
	// CodeAfwijkendAssessmentWithoutSubmission: an assessment result
	// without a submission.
	CodeAfwijkendAssessmentWithoutSubmission = "procedures.afwijkend.assessment-without-submission"
	// CodeAfwijkendAttemptAfterYear: an earlier attempt in a later year
	// than the case's. Params: year, case (year).
	CodeAfwijkendAttemptAfterYear = "procedures.afwijkend.attempt-after-year"
	// CodeDateAfterOn: a day after the day of the assessment. Params:
	// date, on (date).
	CodeDateAfterOn = "procedures.date-after-on"
	// CodeProceduresYearUnknown: no procedure rules for the academic year;
	// it is rules.CodePeriodUnknown. Params: period (string), known
	// (string).
	CodeProceduresYearUnknown = rules.CodePeriodUnknown
	// CodeRulesDuplicateEntry: a rules file lists a ground or window
	// twice; it is rules.CodeEntryDuplicate. Params: value (string).
	CodeRulesDuplicateEntry = rules.CodeEntryDuplicate
	// CodeRulesMissingEntry: a rules file lacks a ground; it is
	// rules.CodeEntryMissing. Params: value (string).
	CodeRulesMissingEntry = rules.CodeEntryMissing
)

// The codes of the EVC procedure: the findings of a transition.
const (
	// CodeEVCIntakeRequested: the intake request and its window. Params:
	// window (text), before (date).
	CodeEVCIntakeRequested = "procedures.evc.intake-requested"
	// CodeEVCIntakeHeld: the intake was held; the portfolio follows.
	// Params: guide (string).
	CodeEVCIntakeHeld = "procedures.evc.intake-held"
	// CodeEVCPortfolioSubmitted: the assessment by the commission follows.
	// Params: assessors (int).
	CodeEVCPortfolioSubmitted = "procedures.evc.portfolio-submitted"
	// CodeEVCDecided: the commission decided; the appeal term. Params:
	// outcome (text), until (date), days (int).
	CodeEVCDecided = "procedures.evc.decided"
	// CodeEVCCertificate: a bewijs van bekwaamheid; the exemptions are
	// asked from the institution. Params: date (date).
	CodeEVCCertificate = "procedures.evc.certificate"
	// CodeEVCAppealed: an appeal in time. Params: until (date).
	CodeEVCAppealed = "procedures.evc.appealed"
	// CodeEVCAppealDecided: the appeal was decided. Params: outcome (text).
	CodeEVCAppealDecided = "procedures.evc.appeal-decided"
	// CodeEVCExemptionRequested: exemptions requested, outside the EVC
	// procedure. Params: institution (text).
	CodeEVCExemptionRequested = "procedures.evc.exemption-requested"
	// CodeEVCActualisation: the certificate is old enough for an
	// actualisation programme. Params: date (date), years, minYears (int).
	CodeEVCActualisation = "procedures.evc.actualisation"
	// CodeEVCWithdrawn: the candidate withdrew.
	CodeEVCWithdrawn = "procedures.evc.withdrawn"
	// CodeEVCUnconfirmed: a rule the transition uses is not confirmed for
	// AUHL, one warning per rule. Params: rule (string, the rule's label:
	// a message code), path (string, the rule's JSON Pointer), year
	// (year).
	CodeEVCUnconfirmed = "procedures.evc.unconfirmed"
)

// The codes of the problems of a rejected EVC step.
const (
	// CodeEVCIllegalTransition: the current state does not allow the step
	// (a second appeal included). Params: action, state (string).
	CodeEVCIllegalTransition = "procedures.evc.illegal-transition"
	// CodeEVCFieldNotAllowed: a field the step does not have. Params:
	// field, action (string).
	CodeEVCFieldNotAllowed = "procedures.evc.field-not-allowed"
	// CodeEVCDateOrder: a step before the previous one. Params: date,
	// previous (date).
	CodeEVCDateOrder = "procedures.evc.date-order"
	// CodeEVCAssessorCount: a commission of the wrong size. Params: count,
	// want (int).
	CodeEVCAssessorCount = "procedures.evc.assessor-count"
	// CodeEVCGuideAssesses: the guide is in the commission. Params: name
	// (string).
	CodeEVCGuideAssesses = "procedures.evc.guide-assesses"
	// CodeEVCAssessorTwice: an assessor named twice. Params: name (string).
	CodeEVCAssessorTwice = "procedures.evc.assessor-twice"
	// CodeEVCAppealLate: an appeal after its term. Params: date, until
	// (date), days (int).
	CodeEVCAppealLate = "procedures.evc.appeal-late"
	// CodeEVCNameTooLong: a name longer than allowed. Params: max (int).
	CodeEVCNameTooLong = "procedures.evc.name-too-long"
	// CodeEVCRecordedState: a recorded state of a serialised procedure
	// differs from the replay. Params: recorded, replayed (string).
	CodeEVCRecordedState = "procedures.evc.recorded-state"
)

// proceduresCodes lists the codes of afwijkende toelating and EVC.
func proceduresCodes() []auhl.CodeSpec {
	p := func(name string, kind auhl.ParamKind) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: kind} }
	year := p("year", auhl.KindYear)
	c := func(code string, ps ...auhl.ParamSpec) auhl.CodeSpec { return auhl.CodeSpec{Code: code, Params: ps} }
	y := func(code string, ps ...auhl.ParamSpec) auhl.CodeSpec {
		return c(code, append([]auhl.ParamSpec{year}, ps...)...)
	}
	date, str, text, num, yr := func(n string) auhl.ParamSpec { return p(n, auhl.KindDate) },
		func(n string) auhl.ParamSpec { return p(n, auhl.KindString) },
		func(n string) auhl.ParamSpec { return p(n, auhl.KindText) },
		func(n string) auhl.ParamSpec { return p(n, auhl.KindInt) },
		func(n string) auhl.ParamSpec { return p(n, auhl.KindYear) }
	return []auhl.CodeSpec{
		y(CodeAfwijkendGround, text("ground")),
		y(CodeAfwijkendGroundAge, num("minAge"), num("age")),
		y(CodeAfwijkendGroundAgeUnknown, num("minAge")),
		y(CodeAfwijkendGroundNationality),
		y(CodeAfwijkendMissing, text("part")),
		y(CodeAfwijkendNextDeadline, date("deadline")),
		y(CodeAfwijkendNextDeadlineRecommended, date("deadline")),
		y(CodeAfwijkendRecommendedPassed, date("deadline")),
		y(CodeAfwijkendTooLate, date("deadline"), yr("next")),
		y(CodeAfwijkendSubmitted, date("date"), date("deadline")),
		y(CodeAfwijkendSubmittedLate, date("date"), date("deadline"), yr("next")),
		y(CodeAfwijkendAssessmentNext),
		y(CodeAfwijkendAdmitted),
		y(CodeAfwijkendNotAdmitted, yr("next")),
		y(CodeAfwijkendAttemptUsed, yr("next")),
		y(CodeAfwijkendUnconfirmed, rules.WarningParams()...),
		c(CodeAfwijkendSubmittedIncomplete),
		c(CodeAfwijkendAssessmentWithoutSubmission),
		c(CodeAfwijkendAttemptAfterYear, year, yr("case")),
		c(CodeDateAfterOn, date("date"), date("on")),

		c(CodeEVCIntakeRequested, text("window"), date("before")),
		c(CodeEVCIntakeHeld, str("guide")),
		c(CodeEVCPortfolioSubmitted, num("assessors")),
		c(CodeEVCDecided, text("outcome"), date("until"), num("days")),
		c(CodeEVCCertificate, date("date")),
		c(CodeEVCAppealed, date("until")),
		c(CodeEVCAppealDecided, text("outcome")),
		c(CodeEVCExemptionRequested, text("institution")),
		c(CodeEVCActualisation, date("date"), num("years"), num("minYears")),
		c(CodeEVCWithdrawn),
		c(CodeEVCUnconfirmed, append(rules.WarningParams(), year)...),
		c(CodeEVCIllegalTransition, str("action"), str("state")),
		c(CodeEVCFieldNotAllowed, str("field"), str("action")),
		c(CodeEVCDateOrder, date("date"), date("previous")),
		c(CodeEVCAssessorCount, num("count"), num("want")),
		c(CodeEVCGuideAssesses, str("name")),
		c(CodeEVCAssessorTwice, str("name")),
		c(CodeEVCAppealLate, date("date"), date("until"), num("days")),
		c(CodeEVCNameTooLong, num("max")),
		c(CodeEVCRecordedState, str("recorded"), str("replayed")),
	}
}
