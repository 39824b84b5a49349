package procedures

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The codes of the admission findings. Every one of them carries year (the
// academic year of the wanted enrolment) and programme (its name, text)
// besides the parameters named here.
const (
	// CodeAdmissionAdmissible: the applicant is admissible: every requirement
	// is met. Params: open (int).
	CodeAdmissionAdmissible = "procedures.admission.admissible"
	// CodeAdmissionWithConditions: the applicant is admissible once the open
	// requirements are met. Params: open (int).
	CodeAdmissionWithConditions = "procedures.admission.admissible-with-conditions"
	// CodeAdmissionNotAdmissible: the applicant is not admissible: no route,
	// or a requirement failed. Params: open (int).
	CodeAdmissionNotAdmissible = "procedures.admission.not-admissible"
	// CodeAdmissionContract: the admission conditions apply to the contract
	// asked. Params: contract (text).
	CodeAdmissionContract = "procedures.admission.contract"
	// CodeAdmissionCreditApplies: at this institution the admission conditions
	// apply to a credit contract too.
	CodeAdmissionCreditApplies = "procedures.admission.contract.credit-applies"
	// CodeAdmissionCreditFree: at this institution a credit contract for some
	// courses is possible without the admission conditions; the institution
	// decides which.
	CodeAdmissionCreditFree = "procedures.admission.contract.credit-free"
	// CodeAdmissionDiploma: a secondary diploma issued before the
	// onderwijskwalificatie gives access. Params: diploma (text).
	CodeAdmissionDiploma = "procedures.admission.diploma"
	// CodeAdmissionQualification: the onderwijskwalificatie of the diploma is
	// enough for the programme. Params: qualification (int), needed (int).
	CodeAdmissionQualification = "procedures.admission.qualification"
	// CodeAdmissionQualificationLow: the onderwijskwalificatie of the diploma
	// is too low for the programme. Params: qualification (int), needed (int).
	CodeAdmissionQualificationLow = "procedures.admission.qualification.low"
	// CodeAdmissionCertificateNoBachelor: a certificate that gives access to a
	// graduaat only. Params: diploma (text).
	CodeAdmissionCertificateNoBachelor = "procedures.admission.certificate.no-bachelor"
	// CodeAdmissionStudyCertificate: the study certificate of the third grade,
	// old enough, gives access to a graduaat. Params: years (int), needed
	// (int).
	CodeAdmissionStudyCertificate = "procedures.admission.study-certificate"
	// CodeAdmissionStudyCertificateRecent: the study certificate of the third
	// grade is too recent. Params: years (int), needed (int).
	CodeAdmissionStudyCertificateRecent = "procedures.admission.study-certificate.recent"
	// CodeAdmissionAdultEducation: adult-education certificates with enough
	// lesson periods give access to a graduaat. Params: lessons (int), needed
	// (int).
	CodeAdmissionAdultEducation = "procedures.admission.adult-education"
	// CodeAdmissionAdultEducationShort: adult-education certificates with too
	// few lesson periods. Params: lessons (int), needed (int).
	CodeAdmissionAdultEducationShort = "procedures.admission.adult-education.short"
	// CodeAdmissionAfwijkendCertificate: the admission certificate of
	// afwijkende toelating gives access.
	CodeAdmissionAfwijkendCertificate = "procedures.admission.afwijkend-certificate"
	// CodeAdmissionHigherEducation: a diploma of higher education gives
	// access. Params: diploma (text).
	CodeAdmissionHigherEducation = "procedures.admission.higher-education"
	// CodeAdmissionForeignLisbon: a foreign diploma from a Lisbon-convention
	// country that gives access there.
	CodeAdmissionForeignLisbon = "procedures.admission.foreign.lisbon"
	// CodeAdmissionForeignNonLisbon: a foreign diploma from another country:
	// an extra competence check where the programme needs one.
	CodeAdmissionForeignNonLisbon = "procedures.admission.foreign.non-lisbon"
	// CodeAdmissionForeignNoAccess: a foreign diploma that gives no access to
	// higher education in its country.
	CodeAdmissionForeignNoAccess = "procedures.admission.foreign.no-access"
	// CodeAdmissionCompetenceCheckPassed: the extra competence check was
	// passed.
	CodeAdmissionCompetenceCheckPassed = "procedures.admission.competence-check.passed"
	// CodeAdmissionCompetenceCheckFailed: the extra competence check was not
	// passed.
	CodeAdmissionCompetenceCheckFailed = "procedures.admission.competence-check.failed"
	// CodeAdmissionEquivalence: a foreign diploma of higher education needs
	// its equivalence. Params: diploma (text).
	CodeAdmissionEquivalence = "procedures.admission.equivalence"
	// CodeAdmissionRouteAfwijkend: no diploma that gives access to a bachelor:
	// afwijkende toelating.
	CodeAdmissionRouteAfwijkend = "procedures.admission.route.afwijkend"
	// CodeAdmissionRouteGraduaatTest: no diploma that gives access to a
	// graduaat: the admission test. Params: age (int), minAge (int).
	CodeAdmissionRouteGraduaatTest = "procedures.admission.route.graduaat-test"
	// CodeAdmissionGraduaatTestAgeUnknown: the admission test route needs an
	// age the applicant did not give. Params: minAge (int).
	CodeAdmissionGraduaatTestAgeUnknown = "procedures.admission.graduaat-test.age-unknown"
	// CodeAdmissionGraduaatTestTooYoung: the applicant is too young for the
	// admission test route. Params: age (int), minAge (int).
	CodeAdmissionGraduaatTestTooYoung = "procedures.admission.graduaat-test.too-young"
	// CodeAdmissionGraduaatTestPassed: the graduaat admission test was passed.
	CodeAdmissionGraduaatTestPassed = "procedures.admission.graduaat-test.passed"
	// CodeAdmissionGraduaatTestFailed: the graduaat admission test was not
	// passed.
	CodeAdmissionGraduaatTestFailed = "procedures.admission.graduaat-test.failed"
	// CodeAdmissionGraduaatTestOpen: the graduaat admission test is still to
	// be taken.
	CodeAdmissionGraduaatTestOpen = "procedures.admission.graduaat-test.open"
	// CodeAdmissionConnecting: the academic bachelor connects to the master:
	// direct access.
	CodeAdmissionConnecting = "procedures.admission.master.connecting"
	// CodeAdmissionConnectingUnknown: an academic bachelor: direct access only
	// if it connects to the master.
	CodeAdmissionConnectingUnknown = "procedures.admission.master.connecting-unknown"
	// CodeAdmissionVoorbereiding: a diploma without direct access: a
	// voorbereidingsprogramma. Params: diploma (text).
	CodeAdmissionVoorbereiding = "procedures.admission.master.voorbereiding"
	// CodeAdmissionSchakel: a professional bachelor: a schakelprogramma first.
	// Params: min (int), max (int), reduced (int).
	CodeAdmissionSchakel = "procedures.admission.master.schakel"
	// CodeAdmissionSchakelCertificate: the certificate of a schakel- or
	// voorbereidingsprogramma admits to this master.
	CodeAdmissionSchakelCertificate = "procedures.admission.master.schakel-certificate"
	// CodeAdmissionMasterNoBachelor: a master needs a bachelor.
	CodeAdmissionMasterNoBachelor = "procedures.admission.master.no-bachelor"
	// CodeAdmissionBridging: a professional bachelor gives access to a
	// schakelprogramma.
	CodeAdmissionBridging = "procedures.admission.bridging"
	// CodeAdmissionOwnConditions: the programme sets its own conditions; the
	// institution decides. Params: level (text), diploma (text).
	CodeAdmissionOwnConditions = "procedures.admission.own-conditions"
	// CodeAdmissionNeedsHigherDiploma: the programme needs a bachelor or a
	// master. Params: level (text).
	CodeAdmissionNeedsHigherDiploma = "procedures.admission.needs-higher-diploma"
	// CodeAdmissionExam: the programme asks a binding entrance exam. Params:
	// exam (text).
	CodeAdmissionExam = "procedures.admission.exam"
	// CodeAdmissionExamUnlisted: the catalogue marks an entrance exam that the
	// rules do not name.
	CodeAdmissionExamUnlisted = "procedures.admission.exam.unlisted"
	// CodeAdmissionExamPassed: the entrance exam was passed and ranked; the
	// admission does not expire. Params: exam (text), since (year).
	CodeAdmissionExamPassed = "procedures.admission.exam.passed"
	// CodeAdmissionExamOpen: the entrance exam is still to be passed. Params:
	// exam (text).
	CodeAdmissionExamOpen = "procedures.admission.exam.open"
	// CodeAdmissionExamFailed: a part of the entrance exam had half of the
	// points or less. Params: exam (text), knowledge (number), generic
	// (number).
	CodeAdmissionExamFailed = "procedures.admission.exam.failed"
	// CodeAdmissionExamNotRanked: passed the entrance exam but not ranked
	// within the places. Params: exam (text).
	CodeAdmissionExamNotRanked = "procedures.admission.exam.not-ranked"
	// CodeAdmissionIjkingstoetsTaken: the mandatory ijkingstoets was taken.
	CodeAdmissionIjkingstoetsTaken = "procedures.admission.ijkingstoets.taken"
	// CodeAdmissionIjkingstoetsMissing: the mandatory ijkingstoets is still to
	// be taken.
	CodeAdmissionIjkingstoetsMissing = "procedures.admission.ijkingstoets.missing"
	// CodeAdmissionIjkingstoetsOptional: an ijkingstoets exists and is
	// recommended.
	CodeAdmissionIjkingstoetsOptional = "procedures.admission.ijkingstoets.optional"
	// CodeAdmissionStarttoetsTaken: the starttoets was taken.
	CodeAdmissionStarttoetsTaken = "procedures.admission.starttoets.taken"
	// CodeAdmissionStarttoetsMissing: the starttoets is still to be taken.
	CodeAdmissionStarttoetsMissing = "procedures.admission.starttoets.missing"
	// CodeAdmissionRemediation: the starttoets found shortfalls: a remediation
	// path is compulsory.
	CodeAdmissionRemediation = "procedures.admission.remediation"
	// CodeAdmissionArtisticPassed: the artistic admission test was passed.
	CodeAdmissionArtisticPassed = "procedures.admission.artistic.passed"
	// CodeAdmissionArtisticFailed: the artistic admission test was not passed.
	CodeAdmissionArtisticFailed = "procedures.admission.artistic.failed"
	// CodeAdmissionArtisticOpen: the artistic admission test is still to be
	// passed, before enrolment.
	CodeAdmissionArtisticOpen = "procedures.admission.artistic.open"
	// CodeAdmissionUnconfirmed: a rule the decision uses is not confirmed
	// for the year, one warning per rule. Params: rule (string, the
	// rule's label: a message code), path (string, the rule's JSON
	// Pointer in the rules file), year (year); no programme.
	CodeAdmissionUnconfirmed = "procedures.admission.unconfirmed"
)

// The codes of the problems of a rejected applicant or admission rules file.
const (
	// CodeAdmissionFieldNotAllowed: a field that a diploma or test of this
	// kind does not have. Params: field, kind (string).
	CodeAdmissionFieldNotAllowed = "procedures.admission.field-not-allowed"
	// CodeAdmissionAfterYear: a diploma or test of a year after the
	// applicant's. Params: year (year), applicant (year).
	CodeAdmissionAfterYear = "procedures.admission.after-year"
	// CodeAdmissionQualificationRequired: a Flemish secondary diploma issued
	// from the qualification's first year needs its onderwijskwalificatie.
	// Params: issued (year), from (year).
	CodeAdmissionQualificationRequired = "procedures.admission.qualification-required"
	// CodeAdmissionQualificationBefore: a secondary diploma issued before the
	// qualification's first year has none. Params: issued (year), from (year).
	CodeAdmissionQualificationBefore = "procedures.admission.qualification-before"
)

// admissionCodes lists the admission codes with their parameters.
func admissionCodes() []auhl.CodeSpec {
	p := func(name string, kind auhl.ParamKind) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: kind} }
	finding := func(code string, more ...auhl.ParamSpec) auhl.CodeSpec {
		return auhl.CodeSpec{Code: code, Params: append([]auhl.ParamSpec{p("year", auhl.KindYear), p("programme", auhl.KindText)}, more...)}
	}
	return []auhl.CodeSpec{
		finding(CodeAdmissionAdmissible, p("open", auhl.KindInt)),
		finding(CodeAdmissionWithConditions, p("open", auhl.KindInt)),
		finding(CodeAdmissionNotAdmissible, p("open", auhl.KindInt)),
		finding(CodeAdmissionContract, p("contract", auhl.KindText)),
		finding(CodeAdmissionCreditApplies),
		finding(CodeAdmissionCreditFree),
		finding(CodeAdmissionDiploma, p("diploma", auhl.KindText)),
		finding(CodeAdmissionQualification, p("qualification", auhl.KindInt), p("needed", auhl.KindInt)),
		finding(CodeAdmissionQualificationLow, p("qualification", auhl.KindInt), p("needed", auhl.KindInt)),
		finding(CodeAdmissionCertificateNoBachelor, p("diploma", auhl.KindText)),
		finding(CodeAdmissionStudyCertificate, p("years", auhl.KindInt), p("needed", auhl.KindInt)),
		finding(CodeAdmissionStudyCertificateRecent, p("years", auhl.KindInt), p("needed", auhl.KindInt)),
		finding(CodeAdmissionAdultEducation, p("lessons", auhl.KindInt), p("needed", auhl.KindInt)),
		finding(CodeAdmissionAdultEducationShort, p("lessons", auhl.KindInt), p("needed", auhl.KindInt)),
		finding(CodeAdmissionAfwijkendCertificate),
		finding(CodeAdmissionHigherEducation, p("diploma", auhl.KindText)),
		finding(CodeAdmissionForeignLisbon),
		finding(CodeAdmissionForeignNonLisbon),
		finding(CodeAdmissionForeignNoAccess),
		finding(CodeAdmissionCompetenceCheckPassed),
		finding(CodeAdmissionCompetenceCheckFailed),
		finding(CodeAdmissionEquivalence, p("diploma", auhl.KindText)),
		finding(CodeAdmissionRouteAfwijkend),
		finding(CodeAdmissionRouteGraduaatTest, p("age", auhl.KindInt), p("minAge", auhl.KindInt)),
		finding(CodeAdmissionGraduaatTestAgeUnknown, p("minAge", auhl.KindInt)),
		finding(CodeAdmissionGraduaatTestTooYoung, p("age", auhl.KindInt), p("minAge", auhl.KindInt)),
		finding(CodeAdmissionGraduaatTestPassed),
		finding(CodeAdmissionGraduaatTestFailed),
		finding(CodeAdmissionGraduaatTestOpen),
		finding(CodeAdmissionConnecting),
		finding(CodeAdmissionConnectingUnknown),
		finding(CodeAdmissionVoorbereiding, p("diploma", auhl.KindText)),
		finding(CodeAdmissionSchakel, p("min", auhl.KindInt), p("max", auhl.KindInt), p("reduced", auhl.KindInt)),
		finding(CodeAdmissionSchakelCertificate),
		finding(CodeAdmissionMasterNoBachelor),
		finding(CodeAdmissionBridging),
		finding(CodeAdmissionOwnConditions, p("level", auhl.KindText), p("diploma", auhl.KindText)),
		finding(CodeAdmissionNeedsHigherDiploma, p("level", auhl.KindText)),
		finding(CodeAdmissionExam, p("exam", auhl.KindText)),
		finding(CodeAdmissionExamUnlisted),
		finding(CodeAdmissionExamPassed, p("exam", auhl.KindText), p("since", auhl.KindYear)),
		finding(CodeAdmissionExamOpen, p("exam", auhl.KindText)),
		finding(CodeAdmissionExamFailed, p("exam", auhl.KindText), p("knowledge", auhl.KindNumber), p("generic", auhl.KindNumber)),
		finding(CodeAdmissionExamNotRanked, p("exam", auhl.KindText)),
		finding(CodeAdmissionIjkingstoetsTaken),
		finding(CodeAdmissionIjkingstoetsMissing),
		finding(CodeAdmissionIjkingstoetsOptional),
		finding(CodeAdmissionStarttoetsTaken),
		finding(CodeAdmissionStarttoetsMissing),
		finding(CodeAdmissionRemediation),
		finding(CodeAdmissionArtisticPassed),
		finding(CodeAdmissionArtisticFailed),
		finding(CodeAdmissionArtisticOpen),
		{Code: CodeAdmissionUnconfirmed, Params: append(rules.WarningParams(), p("year", auhl.KindYear))},
		{Code: CodeAdmissionFieldNotAllowed, Params: []auhl.ParamSpec{p("field", auhl.KindString), p("kind", auhl.KindString)}},
		{Code: CodeAdmissionAfterYear, Params: []auhl.ParamSpec{p("year", auhl.KindYear), p("applicant", auhl.KindYear)}},
		{Code: CodeAdmissionQualificationRequired, Params: []auhl.ParamSpec{p("issued", auhl.KindYear), p("from", auhl.KindYear)}},
		{Code: CodeAdmissionQualificationBefore, Params: []auhl.ParamSpec{p("issued", auhl.KindYear), p("from", auhl.KindYear)}},
	}
}
