package procedures

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The codes of the findings of a language check (LanguageRules.Check).
// The findings about one proof carry index (int, counted from 1) and proof
// (text: the kind of proof) besides the parameters named here.
const (
	// CodeLanguageNeed: the requirement checked. Params: language (text),
	// level (string).
	CodeLanguageNeed = "procedures.language.need"
	// CodeLanguageNeedInvalid: the requirement has no valid language or
	// level. Params: language, level (string).
	CodeLanguageNeedInvalid = "procedures.language.need-invalid"
	// CodeLanguageMet: a proof meets the requirement. Params: level
	// (string: the level it proves).
	CodeLanguageMet = "procedures.language.met"
	// CodeLanguageMetExemption: an exemption meets the requirement.
	CodeLanguageMetExemption = "procedures.language.met.exemption"
	// CodeLanguageExemptionAboveB2: an exemption used for a level above B2.
	// Params: level (string).
	CodeLanguageExemptionAboveB2 = "procedures.language.exemption-above-b2"
	// CodeLanguageProofInvalid: a proof that is not valid does not count.
	// Params: index (int) only.
	CodeLanguageProofInvalid = "procedures.language.proof.invalid"
	// CodeLanguageProofWrongLanguage: a proof of another language. Params:
	// language, need (text).
	CodeLanguageProofWrongLanguage = "procedures.language.proof.wrong-language"
	// CodeLanguageProofRefused: a kind of proof that is not accepted (a
	// CVO B2 certificate).
	CodeLanguageProofRefused = "procedures.language.proof.refused"
	// CodeLanguageProofExpired: the validity date ended before the academic
	// year. Params: date (date), year (year).
	CodeLanguageProofExpired = "procedures.language.proof.expired"
	// CodeLanguageProofAgeUnknown: a certificate without a validity date
	// nor the year it was obtained: it counts, but its age must be checked.
	// Params: max (int: academic years).
	CodeLanguageProofAgeUnknown = "procedures.language.proof.age-unknown"
	// CodeLanguageProofTooOld: a certificate without a validity date older
	// than allowed. Params: obtained (year), years, max (int: academic
	// years).
	CodeLanguageProofTooOld = "procedures.language.proof.too-old"
	// CodeLanguageProofTooLow: a proof of a level below the requirement.
	// Params: level, need (string).
	CodeLanguageProofTooLow = "procedures.language.proof.too-low"
	// CodeLanguageScoreTooLow: a score below the one the requirement
	// needs. Params: score, min (number), need (string).
	CodeLanguageScoreTooLow = "procedures.language.score.too-low"
	// CodeLanguageScoreNoLevel: the rules give no score of this test for
	// the level required. Params: score (number), need (string).
	CodeLanguageScoreNoLevel = "procedures.language.score.no-level"
	// CodeLanguageNotMet: no proof meets the requirement. Params: language
	// (text), level (string).
	CodeLanguageNotMet = "procedures.language.not-met"
	// CodeLanguageTest: the AUHL language test proves the level. Params:
	// level, exam (string: the CNaVT exam).
	CodeLanguageTest = "procedures.language.test"
	// CodeLanguageTestSession: a session of the test. Params: month
	// (text), calendarYear (string).
	CodeLanguageTestSession = "procedures.language.test.session"
	// CodeLanguageTestSessionEarly: a session early in the month. Params:
	// month (text), calendarYear (string).
	CodeLanguageTestSessionEarly = "procedures.language.test.session-early"
	// CodeLanguageTestOncePerPeriod: the test may be taken once per
	// period. Params: from, to (text: months).
	CodeLanguageTestOncePerPeriod = "procedures.language.test.once-per-period"
	// CodeLanguageTestFee: the fee of the test. Params: euro (number),
	// level (string).
	CodeLanguageTestFee = "procedures.language.test.fee"
	// CodeLanguageTestFeeUnknown: the rules give no fee for the level.
	// Params: level (string).
	CodeLanguageTestFeeUnknown = "procedures.language.test.fee-unknown"
	// CodeLanguageTestRegistration: how to register. Params: contact
	// (string: the address of the institution code).
	CodeLanguageTestRegistration = "procedures.language.test.registration"
	// CodeLanguageTestNoLevel: the AUHL test has no exam at the level
	// required. Params: level (string).
	CodeLanguageTestNoLevel = "procedures.language.test.no-level"
	// CodeLanguageOtherProofs: another certificate at the level counts too.
	// Params: level (string).
	CodeLanguageOtherProofs = "procedures.language.other-proofs"
	// CodeLanguageOtherCommunities: a diploma from Wallonia or the
	// German-speaking Community does not exempt.
	CodeLanguageOtherCommunities = "procedures.language.other-communities"
	// CodeLanguageScoreWay: a score of a test that meets the requirement.
	// Params: proof (text), min (number), level (string).
	CodeLanguageScoreWay = "procedures.language.score-way"
	// CodeLanguageProofWay: a certificate that meets the requirement.
	// Params: proof (text), level (string).
	CodeLanguageProofWay = "procedures.language.proof-way"
	// CodeLanguageUnconfirmed: a rule the result uses is not confirmed for
	// the year, one warning per rule. Params: rule (string, the rule's
	// label: a message code), path (string, the rule's JSON Pointer in the
	// rules file), year (year).
	CodeLanguageUnconfirmed = "procedures.language.unconfirmed"
)

// The codes of the findings of a test registration
// (LanguageRuleSet.CheckRegistration).
const (
	// CodeLanguageTestAllowed: the candidate may take the session. Params:
	// date (date), from, to (text: months).
	CodeLanguageTestAllowed = "procedures.language.test.allowed"
	// CodeLanguageTestAlreadyTaken: the test was taken in the same period.
	// Params: date, earlier (date), from, to (text: months).
	CodeLanguageTestAlreadyTaken = "procedures.language.test.already-taken"
	// CodeLanguageTestNoSession: no session in the month of the day.
	// Params: date (date).
	CodeLanguageTestNoSession = "procedures.language.test.no-session"
)

// The codes of the problems of a rejected proof.
const (
	// CodeLanguageProofLanguage: a language that the kind of proof does
	// not prove. Params: language, kind (string).
	CodeLanguageProofLanguage = "procedures.language.proof-language"
	// CodeLanguageFieldNotAllowed: a field that the kind of proof does not
	// have. Params: field, kind (string).
	CodeLanguageFieldNotAllowed = "procedures.language.field-not-allowed"
)

// languageCodes lists the codes of the language requirements.
func languageCodes() []auhl.CodeSpec {
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
	return []auhl.CodeSpec{
		c(CodeLanguageNeed, text("language"), str("level")),
		c(CodeLanguageNeedInvalid, str("language"), str("level")),
		proof(CodeLanguageMet, str("level")),
		proof(CodeLanguageMetExemption),
		proof(CodeLanguageExemptionAboveB2, str("level")),
		c(CodeLanguageProofInvalid, integer("index")),
		proof(CodeLanguageProofWrongLanguage, text("language"), text("need")),
		proof(CodeLanguageProofRefused),
		proof(CodeLanguageProofExpired, date("date"), year("year")),
		proof(CodeLanguageProofAgeUnknown, integer("max")),
		proof(CodeLanguageProofTooOld, year("obtained"), integer("years"), integer("max")),
		proof(CodeLanguageProofTooLow, str("level"), str("need")),
		proof(CodeLanguageScoreTooLow, num("score"), num("min"), str("need")),
		proof(CodeLanguageScoreNoLevel, num("score"), str("need")),
		c(CodeLanguageNotMet, text("language"), str("level")),
		c(CodeLanguageTest, str("level"), str("exam")),
		c(CodeLanguageTestSession, text("month"), str("calendarYear")),
		c(CodeLanguageTestSessionEarly, text("month"), str("calendarYear")),
		c(CodeLanguageTestOncePerPeriod, text("from"), text("to")),
		c(CodeLanguageTestFee, num("euro"), str("level")),
		c(CodeLanguageTestFeeUnknown, str("level")),
		c(CodeLanguageTestRegistration, str("contact")),
		c(CodeLanguageTestNoLevel, str("level")),
		c(CodeLanguageOtherProofs, str("level")),
		c(CodeLanguageOtherCommunities),
		c(CodeLanguageScoreWay, text("proof"), num("min"), str("level")),
		c(CodeLanguageProofWay, text("proof"), str("level")),
		c(CodeLanguageUnconfirmed, append(rules.WarningParams(), year("year"))...),

		c(CodeLanguageTestAllowed, date("date"), text("from"), text("to")),
		c(CodeLanguageTestAlreadyTaken, date("date"), date("earlier"), text("from"), text("to")),
		c(CodeLanguageTestNoSession, date("date")),

		c(CodeLanguageProofLanguage, str("language"), str("kind")),
		c(CodeLanguageFieldNotAllowed, str("field"), str("kind")),
	}
}
