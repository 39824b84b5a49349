package language

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The codes of the findings of a language check (Rules.Check).
// The findings about one proof carry index (int, counted from 1) and proof
// (text: the kind of proof) besides the parameters named here.
const (
	// CodeNeed: the requirement checked. Params: language (text),
	// level (string).
	CodeNeed = "procedures.language.need"
	// CodeNeedInvalid: the requirement has no valid language or
	// level. Params: language, level (string).
	CodeNeedInvalid = "procedures.language.need-invalid"
	// CodeMet: a proof meets the requirement. Params: level
	// (string: the level it proves).
	CodeMet = "procedures.language.met"
	// CodeMetExemption: an exemption meets the requirement.
	CodeMetExemption = "procedures.language.met.exemption"
	// CodeExemptionAboveB2: an exemption used for a level above B2.
	// Params: level (string).
	CodeExemptionAboveB2 = "procedures.language.exemption-above-b2"
	// CodeProofInvalid: a proof that is not valid does not count.
	// Params: index (int) only.
	CodeProofInvalid = "procedures.language.proof.invalid"
	// CodeProofWrongLanguage: a proof of another language. Params:
	// language, need (text).
	CodeProofWrongLanguage = "procedures.language.proof.wrong-language"
	// CodeProofRefused: a kind of proof that is not accepted (a
	// CVO B2 certificate).
	CodeProofRefused = "procedures.language.proof.refused"
	// CodeProofExpired: the validity date ended before the academic
	// year. Params: date (date), year (year).
	CodeProofExpired = "procedures.language.proof.expired"
	// CodeProofAgeUnknown: a certificate without a validity date
	// nor the year it was obtained: it counts, but its age must be checked.
	// Params: max (int: academic years).
	CodeProofAgeUnknown = "procedures.language.proof.age-unknown"
	// CodeProofTooOld: a certificate without a validity date older
	// than allowed. Params: obtained (year), years, max (int: academic
	// years).
	CodeProofTooOld = "procedures.language.proof.too-old"
	// CodeProofTooLow: a proof of a level below the requirement.
	// Params: level, need (string).
	CodeProofTooLow = "procedures.language.proof.too-low"
	// CodeScoreTooLow: a score below the one the requirement
	// needs. Params: score, min (number), need (string).
	CodeScoreTooLow = "procedures.language.score.too-low"
	// CodeScoreNoLevel: the rules give no score of this test for
	// the level required. Params: score (number), need (string).
	CodeScoreNoLevel = "procedures.language.score.no-level"
	// CodeNotMet: no proof meets the requirement. Params: language
	// (text), level (string).
	CodeNotMet = "procedures.language.not-met"
	// CodeTest: the AUHL language test proves the level. Params:
	// level, exam (string: the CNaVT exam).
	CodeTest = "procedures.language.test"
	// CodeTestSession: a session of the test. Params: month
	// (text), calendarYear (string).
	CodeTestSession = "procedures.language.test.session"
	// CodeTestSessionEarly: a session early in the month. Params:
	// month (text), calendarYear (string).
	CodeTestSessionEarly = "procedures.language.test.session-early"
	// CodeTestOncePerPeriod: the test may be taken once per
	// period. Params: from, to (text: months).
	CodeTestOncePerPeriod = "procedures.language.test.once-per-period"
	// CodeTestFee: the fee of the test. Params: euro (number),
	// level (string).
	CodeTestFee = "procedures.language.test.fee"
	// CodeTestFeeUnknown: the rules give no fee for the level.
	// Params: level (string).
	CodeTestFeeUnknown = "procedures.language.test.fee-unknown"
	// CodeTestRegistration: how to register. Params: contact
	// (string: the address of the institution code).
	CodeTestRegistration = "procedures.language.test.registration"
	// CodeTestNoLevel: the AUHL test has no exam at the level
	// required. Params: level (string).
	CodeTestNoLevel = "procedures.language.test.no-level"
	// CodeOtherProofs: another certificate at the level counts too.
	// Params: level (string).
	CodeOtherProofs = "procedures.language.other-proofs"
	// CodeOtherCommunities: a diploma from Wallonia or the
	// German-speaking Community does not exempt.
	CodeOtherCommunities = "procedures.language.other-communities"
	// CodeScoreWay: a score of a test that meets the requirement.
	// Params: proof (text), min (number), level (string).
	CodeScoreWay = "procedures.language.score-way"
	// CodeProofWay: a certificate that meets the requirement.
	// Params: proof (text), level (string).
	CodeProofWay = "procedures.language.proof-way"
	// CodeUnconfirmed: a rule the result uses is not confirmed for
	// the year, one warning per rule. Params: rule (string, the rule's
	// label: a message code), path (string, the rule's JSON Pointer in the
	// rules file), year (year).
	CodeUnconfirmed = "procedures.language.unconfirmed"
)

// The codes of the findings of a test registration
// (RulesFile.CheckRegistration).
const (
	// CodeTestAllowed: the candidate may take the session. Params:
	// date (date), from, to (text: months).
	CodeTestAllowed = "procedures.language.test.allowed"
	// CodeTestAlreadyTaken: the test was taken in the same period.
	// Params: date, earlier (date), from, to (text: months).
	CodeTestAlreadyTaken = "procedures.language.test.already-taken"
	// CodeTestNoSession: no session in the month of the day.
	// Params: date (date).
	CodeTestNoSession = "procedures.language.test.no-session"
)

// The codes of the problems of a rejected proof.
const (
	// CodeProofLanguage: a language that the kind of proof does
	// not prove. Params: language, kind (string).
	CodeProofLanguage = "procedures.language.proof-language"
	// CodeFieldNotAllowed: a field that the kind of proof does not
	// have. Params: field, kind (string).
	CodeFieldNotAllowed = "procedures.language.field-not-allowed"
	// CodeDateAfterOn: an earlier attempt after the session. Params:
	// date, on (date).
	CodeDateAfterOn = "procedures.language.date-after-on"
)

// Codes lists the codes this package reports, with their parameters,
// and the labels of the rules of its rules file.
func Codes() []auhl.CodeSpec {
	p := func(name string, kind auhl.ParamKind) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: kind} }
	str := func(n string) auhl.ParamSpec { return p(n, auhl.KindString) }
	text := func(n string) auhl.ParamSpec { return p(n, auhl.KindText) }
	num := func(n string) auhl.ParamSpec { return p(n, auhl.KindNumber) }
	integer := func(n string) auhl.ParamSpec { return p(n, auhl.KindInt) }
	date := func(n string) auhl.ParamSpec { return p(n, auhl.KindDate) }
	year := func(n string) auhl.ParamSpec { return p(n, auhl.KindYear) }
	c := func(code string, ps ...auhl.ParamSpec) auhl.CodeSpec { return auhl.CodeSpec{Code: code, Params: ps} }
	// proof declares a finding about one proof: index and proof, and more.
	proof := func(code string, ps ...auhl.ParamSpec) auhl.CodeSpec {
		return c(code, append([]auhl.ParamSpec{integer("index"), text("proof")}, ps...)...)
	}
	return append([]auhl.CodeSpec{
		c(CodeNeed, text("language"), str("level")),
		c(CodeNeedInvalid, str("language"), str("level")),
		proof(CodeMet, str("level")),
		proof(CodeMetExemption),
		proof(CodeExemptionAboveB2, str("level")),
		c(CodeProofInvalid, integer("index")),
		proof(CodeProofWrongLanguage, text("language"), text("need")),
		proof(CodeProofRefused),
		proof(CodeProofExpired, date("date"), year("year")),
		proof(CodeProofAgeUnknown, integer("max")),
		proof(CodeProofTooOld, year("obtained"), integer("years"), integer("max")),
		proof(CodeProofTooLow, str("level"), str("need")),
		proof(CodeScoreTooLow, num("score"), num("min"), str("need")),
		proof(CodeScoreNoLevel, num("score"), str("need")),
		c(CodeNotMet, text("language"), str("level")),
		c(CodeTest, str("level"), str("exam")),
		c(CodeTestSession, text("month"), str("calendarYear")),
		c(CodeTestSessionEarly, text("month"), str("calendarYear")),
		c(CodeTestOncePerPeriod, text("from"), text("to")),
		c(CodeTestFee, num("euro"), str("level")),
		c(CodeTestFeeUnknown, str("level")),
		c(CodeTestRegistration, str("contact")),
		c(CodeTestNoLevel, str("level")),
		c(CodeOtherProofs, str("level")),
		c(CodeOtherCommunities),
		c(CodeScoreWay, text("proof"), num("min"), str("level")),
		c(CodeProofWay, text("proof"), str("level")),
		c(CodeUnconfirmed, append(rules.WarningParams(), year("year"))...),

		c(CodeTestAllowed, date("date"), text("from"), text("to")),
		c(CodeTestAlreadyTaken, date("date"), date("earlier"), text("from"), text("to")),
		c(CodeTestNoSession, date("date")),

		c(CodeProofLanguage, str("language"), str("kind")),
		c(CodeFieldNotAllowed, str("field"), str("kind")),
		c(CodeDateAfterOn, date("date"), date("on")),
	}, format.Labels()...)
}
