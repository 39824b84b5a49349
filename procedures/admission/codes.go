package admission

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The codes of the admission findings. Every one of them carries year (the
// academic year of the wanted enrolment) and programme (its name, text)
// besides the parameters named here.
const (
	// CodeAdmissible: the applicant is admissible: every requirement
	// is met. Params: open (int).
	CodeAdmissible = "procedures.admission.admissible"
	// CodeWithConditions: the applicant is admissible; conditions that
	// follow the enrolment are open. Params: open (int, the open
	// conditions).
	CodeWithConditions = "procedures.admission.admissible-with-conditions"
	// CodeNotYetAdmissible: the applicant cannot enrol yet: requirements
	// that must be met before the enrolment are open. Params: open (int,
	// those requirements).
	CodeNotYetAdmissible = "procedures.admission.not-yet-admissible"
	// CodeNotAdmissible: the applicant is not admissible: no route,
	// or a requirement failed. Params: open (int).
	CodeNotAdmissible = "procedures.admission.not-admissible"
	// CodeContract: the admission conditions apply to the contract
	// asked. Params: contract (text).
	CodeContract = "procedures.admission.contract"
	// CodeCreditApplies: at this institution the admission conditions
	// apply to a credit contract too.
	CodeCreditApplies = "procedures.admission.contract.credit-applies"
	// CodeCreditFree: at this institution a credit contract for some
	// courses is possible without the admission conditions; the institution
	// decides which.
	CodeCreditFree = "procedures.admission.contract.credit-free"
	// CodeDiploma: a secondary diploma issued before the
	// onderwijskwalificatie gives access. Params: diploma (text).
	CodeDiploma = "procedures.admission.diploma"
	// CodeQualification: the onderwijskwalificatie of the diploma is
	// enough for the programme. Params: qualification (int), needed (int).
	CodeQualification = "procedures.admission.qualification"
	// CodeQualificationLow: the onderwijskwalificatie of the diploma
	// is too low for the programme. Params: qualification (int), needed (int).
	CodeQualificationLow = "procedures.admission.qualification.low"
	// CodeCertificateNoBachelor: a certificate that gives access to a
	// graduaat only. Params: diploma (text).
	CodeCertificateNoBachelor = "procedures.admission.certificate.no-bachelor"
	// CodeStudyCertificate: the study certificate of the third grade was
	// obtained at least the years needed before the academic year starts,
	// counted with dates: it gives access to a graduaat. Params: needed
	// (int, years), since (date, the day by which it is surely that old),
	// start (date, the start of the academic year).
	CodeStudyCertificate = "procedures.admission.study-certificate"
	// CodeStudyCertificateRecent: the study certificate of the third
	// grade is not yet the years needed old when the academic year starts.
	// Params: needed (int), since (date), start (date).
	CodeStudyCertificateRecent = "procedures.admission.study-certificate.recent"
	// CodeMonthAssumed: the month of issue of a certificate is not
	// given; its age is counted from the end of its school year. Params:
	// issued (year).
	CodeMonthAssumed = "procedures.admission.month-assumed"
	// CodeTransition: a Flemish secondary diploma issued in the
	// transition to the onderwijskwalificatie gives access, whether or not
	// it states one. Params: issued (year), qualification (int, 0 for
	// none).
	CodeTransition = "procedures.admission.qualification.transition"
	// CodeQualificationNotStated: a secondary diploma issued after the
	// transition whose qualification is not given, for a programme that
	// any qualification (3 or 4) opens, such as a graduaat. Params: needed
	// (int).
	CodeQualificationNotStated = "procedures.admission.qualification.not-stated"
	// CodeQualificationUnknown: a secondary diploma issued after the
	// transition whose qualification is not given; a bachelor needs the
	// one named, which the applicant must show. Params: needed (int).
	CodeQualificationUnknown = "procedures.admission.qualification.unknown"
	// CodeAdultEducation: adult-education certificates with enough
	// lesson periods give access to a graduaat. Params: lessons (int), needed
	// (int).
	CodeAdultEducation = "procedures.admission.adult-education"
	// CodeAdultEducationShort: adult-education certificates with too
	// few lesson periods. Params: lessons (int), needed (int).
	CodeAdultEducationShort = "procedures.admission.adult-education.short"
	// CodeAfwijkendCertificate: the admission certificate of
	// afwijkende toelating gives access.
	CodeAfwijkendCertificate = "procedures.admission.afwijkend-certificate"
	// CodeHigherEducation: a diploma of higher education gives
	// access. Params: diploma (text).
	CodeHigherEducation = "procedures.admission.higher-education"
	// CodeForeignLisbon: a foreign diploma from a Lisbon-convention
	// country that gives access there.
	CodeForeignLisbon = "procedures.admission.foreign.lisbon"
	// CodeForeignNonLisbon: a foreign diploma from another country:
	// an extra competence check where the programme needs one.
	CodeForeignNonLisbon = "procedures.admission.foreign.non-lisbon"
	// CodeForeignNoAccess: a foreign diploma that gives no access to
	// higher education in its country.
	CodeForeignNoAccess = "procedures.admission.foreign.no-access"
	// CodeForeignDirect: a named foreign diploma, or one that gives
	// access at home to professional higher education only, gives direct
	// access at this level. Params: diploma (text), level (text).
	CodeForeignDirect = "procedures.admission.foreign.direct"
	// CodeForeignNone: such a diploma gives no direct access at this
	// level. Params: diploma (text), level (text).
	CodeForeignNone = "procedures.admission.foreign.none"
	// CodeForeignUndecided: for such a diploma at this level no source
	// gives a general rule: the institution decides on the application.
	// Params: diploma (text), level (text).
	CodeForeignUndecided = "procedures.admission.foreign.undecided"
	// CodeCompetenceCheckPassed: the extra competence check was
	// passed.
	CodeCompetenceCheckPassed = "procedures.admission.competence-check.passed"
	// CodeCompetenceCheckFailed: the extra competence check was not
	// passed.
	CodeCompetenceCheckFailed = "procedures.admission.competence-check.failed"
	// CodeEquivalence: a foreign diploma of higher education needs
	// its equivalence. Params: diploma (text).
	CodeEquivalence = "procedures.admission.equivalence"
	// CodeRouteAfwijkend: no diploma that gives access to a bachelor:
	// afwijkende toelating.
	CodeRouteAfwijkend = "procedures.admission.route.afwijkend"
	// CodeRouteGraduaatTest: no diploma that gives access to a
	// graduaat: the admission test. Params: age (int), minAge (int).
	CodeRouteGraduaatTest = "procedures.admission.route.graduaat-test"
	// CodeGraduaatTestAgeUnknown: the admission test route needs an
	// age the applicant did not give. Params: minAge (int).
	CodeGraduaatTestAgeUnknown = "procedures.admission.graduaat-test.age-unknown"
	// CodeGraduaatTestTooYoung: the applicant is too young for the
	// admission test route. Params: age (int), minAge (int).
	CodeGraduaatTestTooYoung = "procedures.admission.graduaat-test.too-young"
	// CodeGraduaatTestPassed: the graduaat admission test was passed.
	CodeGraduaatTestPassed = "procedures.admission.graduaat-test.passed"
	// CodeGraduaatTestFailed: the graduaat admission test was not
	// passed.
	CodeGraduaatTestFailed = "procedures.admission.graduaat-test.failed"
	// CodeGraduaatTestOpen: the graduaat admission test is still to
	// be taken.
	CodeGraduaatTestOpen = "procedures.admission.graduaat-test.open"
	// CodeConnecting: the academic bachelor connects to the master:
	// direct access.
	CodeConnecting = "procedures.admission.master.connecting"
	// CodeConnectingUnknown: an academic bachelor: direct access only
	// if it connects to the master.
	CodeConnectingUnknown = "procedures.admission.master.connecting-unknown"
	// CodeVoorbereiding: a diploma without direct access: a
	// voorbereidingsprogramma. Params: diploma (text).
	CodeVoorbereiding = "procedures.admission.master.voorbereiding"
	// CodeSchakel: a professional bachelor: a schakelprogramma first.
	// Params: min (int), max (int), reduced (int).
	CodeSchakel = "procedures.admission.master.schakel"
	// CodeSchakelCertificate: the certificate of a schakel- or
	// voorbereidingsprogramma admits to this master.
	CodeSchakelCertificate = "procedures.admission.master.schakel-certificate"
	// CodeMasterNoBachelor: a master needs a bachelor.
	CodeMasterNoBachelor = "procedures.admission.master.no-bachelor"
	// CodeBridging: a professional bachelor gives access to a
	// schakelprogramma.
	CodeBridging = "procedures.admission.bridging"
	// CodeOwnConditions: the programme sets its own conditions; the
	// institution decides. Params: level (text), diploma (text).
	CodeOwnConditions = "procedures.admission.own-conditions"
	// CodeNeedsHigherDiploma: the programme needs a bachelor or a
	// master. Params: level (text).
	CodeNeedsHigherDiploma = "procedures.admission.needs-higher-diploma"
	// CodeExam: the programme asks a binding entrance exam. Params:
	// exam (text).
	CodeExam = "procedures.admission.exam"
	// CodeExamUnlisted: the catalogue marks an entrance exam that the
	// rules do not name.
	CodeExamUnlisted = "procedures.admission.exam.unlisted"
	// CodeExamPassed: the entrance exam was passed and ranked; the
	// admission does not expire. Params: exam (text), since (year).
	CodeExamPassed = "procedures.admission.exam.passed"
	// CodeExamOpen: the entrance exam is still to be passed. Params:
	// exam (text).
	CodeExamOpen = "procedures.admission.exam.open"
	// CodeExamFailed: a part of the entrance exam had half of the
	// points or less. Params: exam (text), knowledge (number), generic
	// (number).
	CodeExamFailed = "procedures.admission.exam.failed"
	// CodeExamNotRanked: passed the entrance exam but not ranked
	// within the places. Params: exam (text).
	CodeExamNotRanked = "procedures.admission.exam.not-ranked"
	// CodeIjkingstoetsTaken: the mandatory ijkingstoets was taken.
	CodeIjkingstoetsTaken = "procedures.admission.ijkingstoets.taken"
	// CodeIjkingstoetsMissing: the mandatory ijkingstoets is still to
	// be taken.
	CodeIjkingstoetsMissing = "procedures.admission.ijkingstoets.missing"
	// CodeIjkingstoetsOptional: an ijkingstoets exists and is
	// recommended.
	CodeIjkingstoetsOptional = "procedures.admission.ijkingstoets.optional"
	// CodeStarttoetsTaken: the starttoets was taken.
	CodeStarttoetsTaken = "procedures.admission.starttoets.taken"
	// CodeStarttoetsMissing: the starttoets is still to be taken.
	CodeStarttoetsMissing = "procedures.admission.starttoets.missing"
	// CodeRemediation: the starttoets found shortfalls: a remediation
	// path is compulsory.
	CodeRemediation = "procedures.admission.remediation"
	// CodeArtisticPassed: the artistic admission test was passed.
	CodeArtisticPassed = "procedures.admission.artistic.passed"
	// CodeArtisticFailed: the artistic admission test was not passed.
	CodeArtisticFailed = "procedures.admission.artistic.failed"
	// CodeArtisticOpen: the artistic admission test is still to be
	// passed, before enrolment.
	CodeArtisticOpen = "procedures.admission.artistic.open"
	// CodeHigherDiplomaMet: a programme for holders of a diploma of
	// higher education, and the applicant holds one that admits. Params:
	// diploma (text).
	CodeHigherDiplomaMet = "procedures.admission.programme.higher-diploma"
	// CodeHigherDiplomaMissing: a programme for holders of a diploma of
	// higher education, and the applicant holds none that admits.
	CodeHigherDiplomaMissing = "procedures.admission.programme.higher-diploma-missing"
	// CodeWorkExperience: the programme asks work experience, shown at
	// an intake before the enrolment. Params: years (int, 0 where no
	// source gives them).
	CodeWorkExperience = "procedures.admission.programme.work-experience"
	// CodeNoLanguageExemption: the exemptions of the Dutch language
	// condition do not apply to this programme; a level must be proved.
	CodeNoLanguageExemption = "procedures.admission.programme.no-language-exemption"
	// CodeDateEnrolment: the last day to enrol. Params: date (date).
	CodeDateEnrolment = "procedures.admission.date.enrolment"
	// CodeDateExamContract: an exam contract is concluded at the latest
	// days before the exam period. Params: days (int).
	CodeDateExamContract = "procedures.admission.date.exam-contract"
	// CodeDateStudyPath: the last day to ask for a study path. Params:
	// date (date).
	CodeDateStudyPath = "procedures.admission.date.study-path"
	// CodeDateExamDiploma: the day by which an entrance-exam
	// candidate's secondary diploma must be obtained. Params: date (date).
	CodeDateExamDiploma = "procedures.admission.date.entrance-exam-diploma"
	// CodeDateApplicationWindow: an application window for a group.
	// Params: who (text), from (date), date (date).
	CodeDateApplicationWindow = "procedures.admission.date.application-window"
	// CodeDateApplicationBy: an application deadline for a group.
	// Params: who (text), date (date).
	CodeDateApplicationBy = "procedures.admission.date.application-by"
	// CodeDateApplicationUnknown: no source gives this year's application
	// deadline for a group. Params: who (text).
	CodeDateApplicationUnknown = "procedures.admission.date.application-unknown"
	// CodeDateUnknown: no source gives this year's date or term. Params:
	// what (text).
	CodeDateUnknown = "procedures.admission.date.unknown"
	// CodeAppealInternal: the internal appeal within its term. Params:
	// days (int).
	CodeAppealInternal = "procedures.admission.appeal.internal"
	// CodeAppealRaad: after the internal appeal, a petition to the Raad
	// voor betwistingen inzake studievoortgangsbeslissingen within its
	// term. Params: days (int).
	CodeAppealRaad = "procedures.admission.appeal.raad"
	// CodeAppealTermUnknown: no source gives the term of an appeal.
	// Params: body (text).
	CodeAppealTermUnknown = "procedures.admission.appeal.term-unknown"
	// CodeUnconfirmed: a rule the decision uses is not confirmed
	// for the year, one warning per rule. Params: rule (string, the
	// rule's label: a message code), path (string, the rule's JSON
	// Pointer in the rules file), year (year); no programme.
	CodeUnconfirmed = "procedures.admission.unconfirmed"
)

// The codes of the problems of a rejected applicant or admission rules file.
const (
	// CodeWindowOrder: an application window of the rules whose first
	// day is not before its last, or that has a first day and no last.
	// Params: from, to (string, days written 03-01).
	CodeWindowOrder = "procedures.admission.window-order"
	// CodeNamedKind: a named foreign diploma given as another kind than
	// the rules name it. Params: named, kind (string, the kind it must
	// be).
	CodeNamedKind = "procedures.admission.named-kind"
	// CodeFieldNotAllowed: a field that a diploma or test of this
	// kind does not have. Params: field, kind (string).
	CodeFieldNotAllowed = "procedures.admission.field-not-allowed"
	// CodeAfterYear: a diploma or test of a year after the
	// applicant's. Params: year (year), applicant (year).
	CodeAfterYear = "procedures.admission.after-year"
	// CodeQualificationRequired: a Flemish secondary diploma issued
	// from the qualification's first year needs its onderwijskwalificatie.
	// Params: issued (year), from (year).
	//
	// Deprecated: a diploma without its qualification is decided now
	// (CodeTransition, CodeQualificationUnknown), not refused; no decision
	// reports this code any more.
	CodeQualificationRequired = "procedures.admission.qualification-required"
	// CodeQualificationBefore: a secondary diploma issued before the
	// qualification's first year has none. Params: issued (year), from (year).
	CodeQualificationBefore = "procedures.admission.qualification-before"
)

// Codes lists the codes this package reports, with their parameters,
// and the labels of the rules of its rules file.
func Codes() []auhl.CodeSpec {
	p := func(name string, kind auhl.ParamKind) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: kind} }
	finding := func(code string, more ...auhl.ParamSpec) auhl.CodeSpec {
		return auhl.CodeSpec{Code: code, Params: append([]auhl.ParamSpec{p("year", auhl.KindYear), p("programme", auhl.KindText)}, more...)}
	}
	return append([]auhl.CodeSpec{
		finding(CodeAdmissible, p("open", auhl.KindInt)),
		finding(CodeWithConditions, p("open", auhl.KindInt)),
		finding(CodeNotYetAdmissible, p("open", auhl.KindInt)),
		finding(CodeNotAdmissible, p("open", auhl.KindInt)),
		finding(CodeContract, p("contract", auhl.KindText)),
		finding(CodeCreditApplies),
		finding(CodeCreditFree),
		finding(CodeDiploma, p("diploma", auhl.KindText)),
		finding(CodeQualification, p("qualification", auhl.KindInt), p("needed", auhl.KindInt)),
		finding(CodeQualificationLow, p("qualification", auhl.KindInt), p("needed", auhl.KindInt)),
		finding(CodeCertificateNoBachelor, p("diploma", auhl.KindText)),
		finding(CodeStudyCertificate, p("needed", auhl.KindInt), p("since", auhl.KindDate), p("start", auhl.KindDate)),
		finding(CodeStudyCertificateRecent, p("needed", auhl.KindInt), p("since", auhl.KindDate), p("start", auhl.KindDate)),
		finding(CodeMonthAssumed, p("issued", auhl.KindYear)),
		finding(CodeTransition, p("issued", auhl.KindYear), p("qualification", auhl.KindInt)),
		finding(CodeQualificationNotStated, p("needed", auhl.KindInt)),
		finding(CodeQualificationUnknown, p("needed", auhl.KindInt)),
		finding(CodeAdultEducation, p("lessons", auhl.KindInt), p("needed", auhl.KindInt)),
		finding(CodeAdultEducationShort, p("lessons", auhl.KindInt), p("needed", auhl.KindInt)),
		finding(CodeAfwijkendCertificate),
		finding(CodeHigherEducation, p("diploma", auhl.KindText)),
		finding(CodeForeignLisbon),
		finding(CodeForeignNonLisbon),
		finding(CodeForeignNoAccess),
		finding(CodeForeignDirect, p("diploma", auhl.KindText), p("level", auhl.KindText)),
		finding(CodeForeignNone, p("diploma", auhl.KindText), p("level", auhl.KindText)),
		finding(CodeForeignUndecided, p("diploma", auhl.KindText), p("level", auhl.KindText)),
		finding(CodeCompetenceCheckPassed),
		finding(CodeCompetenceCheckFailed),
		finding(CodeEquivalence, p("diploma", auhl.KindText)),
		finding(CodeRouteAfwijkend),
		finding(CodeRouteGraduaatTest, p("age", auhl.KindInt), p("minAge", auhl.KindInt)),
		finding(CodeGraduaatTestAgeUnknown, p("minAge", auhl.KindInt)),
		finding(CodeGraduaatTestTooYoung, p("age", auhl.KindInt), p("minAge", auhl.KindInt)),
		finding(CodeGraduaatTestPassed),
		finding(CodeGraduaatTestFailed),
		finding(CodeGraduaatTestOpen),
		finding(CodeConnecting),
		finding(CodeConnectingUnknown),
		finding(CodeVoorbereiding, p("diploma", auhl.KindText)),
		finding(CodeSchakel, p("min", auhl.KindInt), p("max", auhl.KindInt), p("reduced", auhl.KindInt)),
		finding(CodeSchakelCertificate),
		finding(CodeMasterNoBachelor),
		finding(CodeBridging),
		finding(CodeOwnConditions, p("level", auhl.KindText), p("diploma", auhl.KindText)),
		finding(CodeNeedsHigherDiploma, p("level", auhl.KindText)),
		finding(CodeExam, p("exam", auhl.KindText)),
		finding(CodeExamUnlisted),
		finding(CodeExamPassed, p("exam", auhl.KindText), p("since", auhl.KindYear)),
		finding(CodeExamOpen, p("exam", auhl.KindText)),
		finding(CodeExamFailed, p("exam", auhl.KindText), p("knowledge", auhl.KindNumber), p("generic", auhl.KindNumber)),
		finding(CodeExamNotRanked, p("exam", auhl.KindText)),
		finding(CodeIjkingstoetsTaken),
		finding(CodeIjkingstoetsMissing),
		finding(CodeIjkingstoetsOptional),
		finding(CodeStarttoetsTaken),
		finding(CodeStarttoetsMissing),
		finding(CodeRemediation),
		finding(CodeArtisticPassed),
		finding(CodeArtisticFailed),
		finding(CodeArtisticOpen),
		finding(CodeHigherDiplomaMet, p("diploma", auhl.KindText)),
		finding(CodeHigherDiplomaMissing),
		finding(CodeWorkExperience, p("years", auhl.KindInt)),
		finding(CodeNoLanguageExemption),
		finding(CodeDateEnrolment, p("date", auhl.KindDate)),
		finding(CodeDateExamContract, p("days", auhl.KindInt)),
		finding(CodeDateStudyPath, p("date", auhl.KindDate)),
		finding(CodeDateExamDiploma, p("date", auhl.KindDate)),
		finding(CodeDateApplicationWindow, p("who", auhl.KindText), p("from", auhl.KindDate), p("date", auhl.KindDate)),
		finding(CodeDateApplicationBy, p("who", auhl.KindText), p("date", auhl.KindDate)),
		finding(CodeDateApplicationUnknown, p("who", auhl.KindText)),
		finding(CodeDateUnknown, p("what", auhl.KindText)),
		finding(CodeAppealInternal, p("days", auhl.KindInt)),
		finding(CodeAppealRaad, p("days", auhl.KindInt)),
		finding(CodeAppealTermUnknown, p("body", auhl.KindText)),
		{Code: CodeUnconfirmed, Params: append(rules.WarningParams(), p("year", auhl.KindYear))},
		{Code: CodeWindowOrder, Params: []auhl.ParamSpec{p("from", auhl.KindString), p("to", auhl.KindString)}},
		{Code: CodeNamedKind, Params: []auhl.ParamSpec{p("named", auhl.KindString), p("kind", auhl.KindString)}},
		{Code: CodeFieldNotAllowed, Params: []auhl.ParamSpec{p("field", auhl.KindString), p("kind", auhl.KindString)}},
		{Code: CodeAfterYear, Params: []auhl.ParamSpec{p("year", auhl.KindYear), p("applicant", auhl.KindYear)}},
		{Code: CodeQualificationRequired, Params: []auhl.ParamSpec{p("issued", auhl.KindYear), p("from", auhl.KindYear)}},
		{Code: CodeQualificationBefore, Params: []auhl.ParamSpec{p("issued", auhl.KindYear), p("from", auhl.KindYear)}},
	}, format.Labels()...)
}
