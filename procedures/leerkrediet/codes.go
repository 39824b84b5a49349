package leerkrediet

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
	// CodeHigherFeeUnknown: the institution may ask a higher fee for the
	// credits without leerkrediet, but the year's maximum is not known.
	// Params: uncovered (int).
	CodeHigherFeeUnknown = "procedures.leerkrediet.higher-fee.unknown"
	// CodeConnectingMaster: the institution may not refuse a connecting
	// master to a student without a master's diploma.
	CodeConnectingMaster = "procedures.leerkrediet.connecting-master"
	// CodeEnrolCovered: the balance covers the enrolment asked for
	// (DecideEnrolment). Params: before, credits (int).
	CodeEnrolCovered = "procedures.leerkrediet.enrol.covered"
	// CodeEnrolLimited: UHasselt limits an enrolment with a positive but
	// insufficient balance to the balance. Params: max (int).
	CodeEnrolLimited = "procedures.leerkrediet.enrol.limited"
	// CodeEnrolException: the ground of a reasoned request for more
	// credits than UHasselt's limit, which the director of education
	// decides on. Params: ground (text).
	CodeEnrolException = "procedures.leerkrediet.enrol.exception"
	// CodeProjected: the year comes after the last one the rules cover;
	// it is computed with the rules of that last year, as its own are not
	// published yet. Params: rules (year).
	CodeProjected = "procedures.leerkrediet.projected"
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
	// CodeCovid: credits returned under the year's temporary COVID-19
	// procedure. Params: credits (int).
	CodeCovid = "procedures.leerkrediet.covid"
	// CodeJokerkrediet: the credits returned for force majeure are also
	// added to the jokerkrediet of the studietoelage. Params: credits
	// (int).
	CodeJokerkrediet = "procedures.leerkrediet.force-majeure.jokerkrediet"
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
	// CodeCovidNotInYear: a COVID-19 return in a year without a COVID-19
	// procedure. Params: year (year).
	CodeCovidNotInYear = "procedures.leerkrediet.covid-not-in-year"
)

// Codes lists the codes this package reports, with their parameters,
// and the labels of the rules of its rules file.
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
		step(CodeHigherFeeUnknown, p("uncovered", auhl.KindInt)),
		step(CodeConnectingMaster),
		step(CodeEnrolCovered, num("before", "credits")...),
		step(CodeEnrolLimited, num("max")...),
		step(CodeEnrolException, text("ground")),
		step(CodeProjected, p("rules", auhl.KindYear)),
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
		step(CodeCovid, num("credits")...),
		step(CodeJokerkrediet, num("credits")...),
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
		{Code: CodeCovidNotInYear, Params: []auhl.ParamSpec{year}},
	}
	return append(out, format.Labels()...)
}
