package admission

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/procedures/internal/contract"
	"github.com/auhl/auhl-go/procedures/internal/enum"
	"github.com/auhl/auhl-go/procedures/language"
)

// Applicant is what an admission decision needs to know of a person who
// wants to enrol in a programme: the year and the contract, the diplomas,
// the age, the language proofs and the tests taken. Its JSON form is the
// input of DecodeApplicant.
type Applicant struct {
	// AcademicYear is the academic year of the wanted enrolment; it picks
	// the rules.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Contract is the contract asked for; the zero value is a diploma
	// contract.
	Contract Contract `json:"contract,omitempty"`
	// Age is the age the applicant reaches by 31 December of the calendar
	// year the academic year starts in; 0 where not given.
	Age int `json:"age,omitempty"`
	// Diplomas are the diplomas and certificates the applicant holds, or
	// will hold before the enrolment.
	Diplomas []Diploma `json:"diplomas,omitempty"`
	// LanguageProofs are the applicant's proofs of Dutch and English. A
	// passed entrance exam in medicine or dentistry among Tests counts as
	// one too, without being listed here.
	LanguageProofs []language.Proof `json:"languageProofs,omitempty"`
	// Tests are the admission tests the applicant took.
	Tests []TestResult `json:"tests,omitempty"`
}

// Diploma is a diploma or certificate an applicant holds.
type Diploma struct {
	// Kind is the kind of diploma.
	Kind DiplomaKind `json:"kind"`
	// Issued is the school or academic year it was issued in, such as
	// "2024-2025" for a diploma of June 2025.
	Issued auhl.AcademicYear `json:"issued"`
	// Month is the month of issue (1 to 12) within the school year
	// Issued: 6 for a diploma of June 2025 issued in 2024-2025; 0 where not
	// known. A condition such as "obtained at least 3 years before the
	// enrolment" is counted from it; without it, from the end of the
	// school year (31 August).
	Month int `json:"month,omitempty"`
	// Qualification is the onderwijskwalificatie (education qualification,
	// 3 or 4) of a Flemish secondary diploma issued from the school year
	// 2024-2025 on; 0 where the diploma states none or it is not given. A
	// diploma issued before 2024-2025 has none.
	Qualification int `json:"qualification,omitempty"`
	// Foreign marks a diploma issued outside the Flemish Community.
	Foreign bool `json:"foreign,omitempty"`
	// Lisbon says that the country of a foreign diploma ratified the
	// Lisbon Recognition Convention.
	Lisbon bool `json:"lisbon,omitempty"`
	// AccessAtHome says that a foreign diploma gives access to higher
	// education in the country that issued it.
	AccessAtHome bool `json:"accessAtHome,omitempty"`
	// ProfessionalOnly says that the access at home of a foreign diploma
	// is to professional higher education only (such as the Dutch hbo or
	// a German Fachhochschule), not to a university.
	ProfessionalOnly bool `json:"professionalOnly,omitempty"`
	// Named is, for a foreign diploma the admission rules name, its id,
	// such as "nl-vwo", "nl-havo", "nl-propedeuse" or "nl-mbo-4"; the
	// rules then decide what it gives at each level. A propedeuse needs
	// it.
	Named string `json:"named,omitempty"`
	// Lessons are the lesson periods (lestijden) of an adult-education
	// certificate.
	Lessons int `json:"lessons,omitempty"`
	// Programme is, for a schakel certificate, the catalogue id of the
	// master it admits to.
	Programme string `json:"programme,omitempty"`
	// ConnectsTo lists, for an academic bachelor, the catalogue ids of the
	// masters it gives direct access to, as those masters' pages say;
	// empty where not known.
	ConnectsTo []string `json:"connectsTo,omitempty"`
}

// TestResult is an admission test an applicant took.
type TestResult struct {
	// Test is the test.
	Test TestKind `json:"test"`
	// AcademicYear is the academic year the test was taken for: the
	// entrance exam of July 2025 and the ijkingstoets of 2025 count for
	// 2025-2026.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Programme is the catalogue id of the programme an artistic test was
	// taken for; an artistic test needs it.
	Programme string `json:"programme,omitempty"`
	// Knowledge is, for the entrance exam, the percentage of the points
	// on its part "kennis en inzicht in de wetenschappen" (0 to 100).
	Knowledge float64 `json:"knowledge,omitempty"`
	// Generic is, for the entrance exam, the percentage of the points on
	// its part "generieke competenties" (0 to 100).
	Generic float64 `json:"generic,omitempty"`
	// Ranked says that an entrance-exam candidate is gunstig gerangschikt
	// (ranked within the places).
	Ranked bool `json:"ranked,omitempty"`
	// Passed says that an artistic test, the graduaat admission test or a
	// competence check was passed.
	Passed bool `json:"passed,omitempty"`
	// Shortfalls says that the starttoets found shortfalls.
	Shortfalls bool `json:"shortfalls,omitempty"`
}

// Contract is the contract of an enrolment (Codex Hoger Onderwijs art.
// II.199), the same type as leerkrediet.Contract. Its JSON encoding is the
// identifier of each constant.
type Contract = contract.Contract

// The contracts.
const (
	// DiplomaContract (diplomacontract) aims at a diploma.
	DiplomaContract = contract.Diploma
	// CreditContract (creditcontract) aims at a credit certificate per
	// course; it never leads to a diploma.
	CreditContract = contract.Credit
	// ExamContract (examencontract) gives exams only, no classes.
	ExamContract = contract.Exam
)

// DiplomaKind is a kind of diploma or certificate. Its JSON encoding is the
// identifier of each constant.
type DiplomaKind string

// The kinds of diploma.
const (
	// DiplomaSecondary is a diploma of secondary education (aso, tso, kso,
	// bso, or a foreign one).
	DiplomaSecondary DiplomaKind = "secondary"
	// DiplomaStudyCertificate is the study certificate of the second year
	// of the third grade of secondary education, such as a bso certificate
	// (getuigschrift) without the diploma of the seventh year.
	DiplomaStudyCertificate DiplomaKind = "study-certificate"
	// DiplomaAdultEducation is a certificate of secondary adult or
	// social-promotion education; Lessons gives its lesson periods.
	DiplomaAdultEducation DiplomaKind = "adult-education"
	// DiplomaAdmissionCertificate is the toelatingsbewijs (admission
	// certificate) of afwijkende toelating.
	DiplomaAdmissionCertificate DiplomaKind = "admission-certificate"
	// DiplomaGraduaat is a graduaat (hbo5) diploma.
	DiplomaGraduaat DiplomaKind = "graduaat"
	// DiplomaHigherShort is a diploma of higher education of the short
	// type.
	DiplomaHigherShort DiplomaKind = "higher-short"
	// DiplomaProfessionalBachelor is a professional bachelor.
	DiplomaProfessionalBachelor DiplomaKind = "professional-bachelor"
	// DiplomaAcademicBachelor is an academic bachelor.
	DiplomaAcademicBachelor DiplomaKind = "academic-bachelor"
	// DiplomaMaster is a master.
	DiplomaMaster DiplomaKind = "master"
	// DiplomaSchakelCertificate is the getuigschrift (certificate) of a
	// schakel- or voorbereidingsprogramma; Programme names its master.
	DiplomaSchakelCertificate DiplomaKind = "schakel-certificate"
	// DiplomaPropedeuse is a propedeuse: the certificate of the first
	// year (60 credits) of a programme of higher education abroad, such as
	// the Dutch propedeuse of an hbo or wo programme; Named names it.
	DiplomaPropedeuse DiplomaKind = "propedeuse"
)

var diplomaKinds = []DiplomaKind{DiplomaSecondary, DiplomaStudyCertificate, DiplomaAdultEducation, DiplomaAdmissionCertificate,
	DiplomaGraduaat, DiplomaHigherShort, DiplomaProfessionalBachelor, DiplomaAcademicBachelor, DiplomaMaster, DiplomaSchakelCertificate, DiplomaPropedeuse}

// Enum lists every valid DiplomaKind.
func (DiplomaKind) Enum() []string { return auhl.Strings(diplomaKinds) }

// Valid reports whether k is a known kind.
func (k DiplomaKind) Valid() bool { return slices.Contains(diplomaKinds, k) }

// UnmarshalText accepts only a known kind.
func (k *DiplomaKind) UnmarshalText(b []byte) error { return enum.Unmarshal(k, b, diplomaKinds) }

// higher reports whether k is a diploma of higher education.
func (k DiplomaKind) higher() bool {
	switch k {
	case DiplomaGraduaat, DiplomaHigherShort, DiplomaProfessionalBachelor, DiplomaAcademicBachelor, DiplomaMaster:
		return true
	}
	return false
}

// bachelorOrMaster reports whether k is a bachelor or a master.
func (k DiplomaKind) bachelorOrMaster() bool {
	return k == DiplomaProfessionalBachelor || k == DiplomaAcademicBachelor || k == DiplomaMaster
}

// Name returns the kind's name in Dutch and English.
func (k DiplomaKind) Name() auhl.Text {
	switch k {
	case DiplomaSecondary:
		return auhl.Text{NL: "diploma secundair onderwijs", EN: "secondary-education diploma"}
	case DiplomaStudyCertificate:
		return auhl.Text{NL: "studiegetuigschrift van het tweede leerjaar van de derde graad", EN: "study certificate of the second year of the third grade"}
	case DiplomaAdultEducation:
		return auhl.Text{NL: "getuigschrift volwassenenonderwijs", EN: "adult-education certificate"}
	case DiplomaAdmissionCertificate:
		return auhl.Text{NL: "toelatingsbewijs van afwijkende toelating", EN: "admission certificate of afwijkende toelating"}
	case DiplomaGraduaat:
		return auhl.Text{NL: "graduaatsdiploma", EN: "graduaat diploma"}
	case DiplomaHigherShort:
		return auhl.Text{NL: "diploma hoger onderwijs van het korte type", EN: "diploma of short-type higher education"}
	case DiplomaProfessionalBachelor:
		return auhl.Text{NL: "diploma van professionele bachelor", EN: "professional bachelor's diploma"}
	case DiplomaAcademicBachelor:
		return auhl.Text{NL: "diploma van academische bachelor", EN: "academic bachelor's diploma"}
	case DiplomaMaster:
		return auhl.Text{NL: "masterdiploma", EN: "master's diploma"}
	case DiplomaSchakelCertificate:
		return auhl.Text{NL: "getuigschrift van een schakel- of voorbereidingsprogramma", EN: "certificate of a bridging or preparatory programme"}
	case DiplomaPropedeuse:
		return auhl.Text{NL: "propedeuse", EN: "propedeuse (first-year certificate)"}
	}
	return auhl.Text{}
}

// TestKind is an admission test. Its JSON encoding is the identifier of
// each constant.
type TestKind string

// The tests.
const (
	// TestArts is the toelatingsexamen arts (entrance exam in medicine).
	TestArts TestKind = "entrance-exam-arts"
	// TestTandarts is the toelatingsexamen tandarts (in dentistry).
	TestTandarts TestKind = "entrance-exam-tandarts"
	// TestIjkingstoets is the ijkingstoets of the Flemish universities.
	TestIjkingstoets TestKind = "ijkingstoets"
	// TestStarttoets is the teacher-training starttoets.
	TestStarttoets TestKind = "starttoets"
	// TestArtistic is an artistic admission test.
	TestArtistic TestKind = "artistic"
	// TestGraduaat is the Flanders-wide toelatingsproef for a graduaat
	// without a diploma.
	TestGraduaat TestKind = "graduaat-test"
	// TestCompetenceCheck is the extra competence check of a diploma from
	// a country that did not ratify the Lisbon convention.
	TestCompetenceCheck TestKind = "competence-check"
)

var testKinds = []TestKind{TestArts, TestTandarts, TestIjkingstoets, TestStarttoets, TestArtistic, TestGraduaat, TestCompetenceCheck}

// Enum lists every valid TestKind.
func (TestKind) Enum() []string { return auhl.Strings(testKinds) }

// Valid reports whether k is a known test.
func (k TestKind) Valid() bool { return slices.Contains(testKinds, k) }

// UnmarshalText accepts only a known test.
func (k *TestKind) UnmarshalText(b []byte) error { return enum.Unmarshal(k, b, testKinds) }

// Name returns the test's name in Dutch and English.
func (k TestKind) Name() auhl.Text {
	switch k {
	case TestArts:
		return auhl.Text{NL: "toelatingsexamen arts", EN: "entrance exam in medicine"}
	case TestTandarts:
		return auhl.Text{NL: "toelatingsexamen tandarts", EN: "entrance exam in dentistry"}
	case TestIjkingstoets:
		return auhl.Text{NL: "ijkingstoets", EN: "ijkingstoets (calibration test)"}
	case TestStarttoets:
		return auhl.Text{NL: "starttoets", EN: "starttoets (teacher-training entry test)"}
	case TestArtistic:
		return auhl.Text{NL: "artistieke toelatingsproef", EN: "artistic admission test"}
	case TestGraduaat:
		return auhl.Text{NL: "toelatingsproef voor een graduaat", EN: "graduaat admission test"}
	case TestCompetenceCheck:
		return auhl.Text{NL: "bijkomende competentietoets", EN: "extra competence check"}
	}
	return auhl.Text{}
}

// Outcome is the outcome of an admission decision. Its JSON
// encoding is the identifier of each constant.
type Outcome string

// The outcomes.
const (
	// Admissible: every requirement is met.
	Admissible Outcome = "admissible"
	// AdmissibleWithConditions: every requirement that must be met before
	// the enrolment is met, and conditions that follow the enrolment (a
	// remediation path after the starttoets, a decision the institution
	// takes on the enrolment) are still open; Requirements says which.
	AdmissibleWithConditions Outcome = "admissible-with-conditions"
	// NotYetAdmissible: there is a route, but a requirement that must be
	// met before the enrolment is not met yet (a binding entrance exam not
	// taken, an afwijkende toelating not granted, a schakelprogramma not
	// completed): the applicant cannot enrol until it is. FirstSteps lists
	// what must happen first; the outcome's finding counts them.
	NotYetAdmissible Outcome = "not-yet-admissible"
	// NotAdmissible: no route, or a requirement failed.
	NotAdmissible Outcome = "not-admissible"
)

var admissionOutcomes = []Outcome{Admissible, AdmissibleWithConditions, NotYetAdmissible, NotAdmissible}

// Enum lists every valid Outcome.
func (Outcome) Enum() []string { return auhl.Strings(admissionOutcomes) }

// Name returns the outcome's name in Dutch and English.
func (o Outcome) Name() auhl.Text {
	switch o {
	case Admissible:
		return auhl.Text{NL: "toelaatbaar", EN: "admissible"}
	case AdmissibleWithConditions:
		return auhl.Text{NL: "toelaatbaar onder voorwaarden", EN: "admissible with conditions"}
	case NotYetAdmissible:
		return auhl.Text{NL: "nog niet toelaatbaar", EN: "not yet admissible"}
	case NotAdmissible:
		return auhl.Text{NL: "niet toelaatbaar", EN: "not admissible"}
	}
	return auhl.Text{}
}

// Route is the way into a programme. Its JSON encoding is the identifier
// of each constant.
type Route string

// The routes.
const (
	// RouteDiploma: the applicant's diploma gives access.
	RouteDiploma Route = "diploma"
	// RouteAfwijkend: afwijkende toelating, admission without the usual
	// diploma.
	RouteAfwijkend Route = "afwijkende-toelating"
	// RouteGraduaatTest: the Flanders-wide admission test for a graduaat.
	RouteGraduaatTest Route = "graduaat-test"
	// RouteSchakel: a schakelprogramma (bridging programme) first.
	RouteSchakel Route = "schakelprogramma"
	// RouteVoorbereiding: a voorbereidingsprogramma (preparatory
	// programme) first.
	RouteVoorbereiding Route = "voorbereidingsprogramma"
)

var routes = []Route{RouteDiploma, RouteAfwijkend, RouteGraduaatTest, RouteSchakel, RouteVoorbereiding}

// Enum lists every valid Route.
func (Route) Enum() []string { return auhl.Strings(routes) }

// Name returns the route's name in Dutch and English.
func (r Route) Name() auhl.Text {
	switch r {
	case RouteDiploma:
		return auhl.Text{NL: "met een diploma", EN: "with a diploma"}
	case RouteAfwijkend:
		return auhl.Text{NL: "afwijkende toelating", EN: "afwijkende toelating (admission without the usual diploma)"}
	case RouteGraduaatTest:
		return auhl.Text{NL: "de toelatingsproef voor een graduaat", EN: "the graduaat admission test"}
	case RouteSchakel:
		return auhl.Text{NL: "eerst een schakelprogramma", EN: "a schakelprogramma (bridging programme) first"}
	case RouteVoorbereiding:
		return auhl.Text{NL: "eerst een voorbereidingsprogramma", EN: "a voorbereidingsprogramma (preparatory programme) first"}
	}
	return auhl.Text{}
}

// RequirementKind is a requirement of admission. Its JSON encoding is the
// identifier of each constant.
type RequirementKind string

// The requirements.
const (
	// ReqAfwijkend: pass afwijkende toelating.
	ReqAfwijkend RequirementKind = "afwijkende-toelating"
	// ReqGraduaatTest: pass the graduaat admission test.
	ReqGraduaatTest RequirementKind = "graduaat-test"
	// ReqSchakel: complete the schakelprogramma.
	ReqSchakel RequirementKind = "schakelprogramma"
	// ReqVoorbereiding: complete the voorbereidingsprogramma the
	// institution imposes.
	ReqVoorbereiding RequirementKind = "voorbereidingsprogramma"
	// ReqConnecting: a bachelor that connects to the master.
	ReqConnecting RequirementKind = "connecting-bachelor"
	// ReqCompetenceCheck: pass the extra competence check.
	ReqCompetenceCheck RequirementKind = "competence-check"
	// ReqEquivalence: the formal equivalence of a foreign diploma.
	ReqEquivalence RequirementKind = "equivalence"
	// ReqEntranceExam: pass the entrance exam and rank within the places.
	ReqEntranceExam RequirementKind = "entrance-exam"
	// ReqIjkingstoets: take the ijkingstoets.
	ReqIjkingstoets RequirementKind = "ijkingstoets"
	// ReqStarttoets: take the starttoets.
	ReqStarttoets RequirementKind = "starttoets"
	// ReqRemediation: follow the remediation path after the starttoets.
	ReqRemediation RequirementKind = "remediation"
	// ReqArtisticTest: pass the artistic admission test.
	ReqArtisticTest RequirementKind = "artistic-test"
	// ReqLanguage: prove the language at the level.
	ReqLanguage RequirementKind = "language"
	// ReqInstitution: the institution decides on the programme's own
	// conditions.
	ReqInstitution RequirementKind = "institution-decision"
	// ReqQualification: show that the secondary diploma states the
	// onderwijskwalificatie the programme needs.
	ReqQualification RequirementKind = "qualification"
	// ReqWorkExperience: show the work experience the programme asks, at
	// an intake before the enrolment.
	ReqWorkExperience RequirementKind = "work-experience"
)

var requirementKinds = []RequirementKind{ReqAfwijkend, ReqGraduaatTest, ReqSchakel, ReqVoorbereiding, ReqConnecting, ReqCompetenceCheck,
	ReqEquivalence, ReqEntranceExam, ReqIjkingstoets, ReqStarttoets, ReqRemediation, ReqArtisticTest, ReqLanguage, ReqInstitution, ReqQualification, ReqWorkExperience}

// Enum lists every valid RequirementKind.
func (RequirementKind) Enum() []string { return auhl.Strings(requirementKinds) }

// Name returns the requirement's name in Dutch and English.
func (k RequirementKind) Name() auhl.Text {
	switch k {
	case ReqAfwijkend:
		return auhl.Text{NL: "afwijkende toelating", EN: "afwijkende toelating (admission without the usual diploma)"}
	case ReqGraduaatTest:
		return auhl.Text{NL: "toelatingsproef voor een graduaat", EN: "graduaat admission test"}
	case ReqSchakel:
		return auhl.Text{NL: "het schakelprogramma", EN: "the schakelprogramma (bridging programme)"}
	case ReqVoorbereiding:
		return auhl.Text{NL: "het voorbereidingsprogramma", EN: "the voorbereidingsprogramma (preparatory programme)"}
	case ReqConnecting:
		return auhl.Text{NL: "een aansluitende bachelor", EN: "a connecting bachelor"}
	case ReqCompetenceCheck:
		return auhl.Text{NL: "bijkomende competentietoets", EN: "extra competence check"}
	case ReqEquivalence:
		return auhl.Text{NL: "de gelijkwaardigheid van het buitenlandse diploma", EN: "the equivalence of the foreign diploma"}
	case ReqEntranceExam:
		return auhl.Text{NL: "het toelatingsexamen", EN: "the entrance exam"}
	case ReqIjkingstoets:
		return auhl.Text{NL: "ijkingstoets", EN: "ijkingstoets"}
	case ReqStarttoets:
		return auhl.Text{NL: "starttoets", EN: "starttoets"}
	case ReqRemediation:
		return auhl.Text{NL: "het remediëringstraject na de starttoets", EN: "the remediation path after the starttoets"}
	case ReqArtisticTest:
		return auhl.Text{NL: "artistieke toelatingsproef", EN: "artistic admission test"}
	case ReqLanguage:
		return auhl.Text{NL: "taalvereiste", EN: "language requirement"}
	case ReqInstitution:
		return auhl.Text{NL: "beslissing van de instelling", EN: "decision of the institution"}
	case ReqWorkExperience:
		return auhl.Text{NL: "werkervaring, aangetoond in een intake", EN: "work experience, shown at an intake"}
	case ReqQualification:
		return auhl.Text{NL: "de onderwijskwalificatie van het diploma secundair onderwijs", EN: "the education qualification of the secondary-education diploma"}
	}
	return auhl.Text{}
}

// RequirementStatus is where a requirement stands. Its JSON encoding is
// the identifier of each constant.
type RequirementStatus string

// The statuses.
const (
	// StatusMet: the requirement is met.
	StatusMet RequirementStatus = "met"
	// StatusOpen: the requirement is still to be met.
	StatusOpen RequirementStatus = "open"
	// StatusFailed: the applicant took the step and did not meet it.
	StatusFailed RequirementStatus = "failed"
)

var requirementStatuses = []RequirementStatus{StatusMet, StatusOpen, StatusFailed}

// Enum lists every valid RequirementStatus.
func (RequirementStatus) Enum() []string { return auhl.Strings(requirementStatuses) }

// Name returns the status's name in Dutch and English.
func (s RequirementStatus) Name() auhl.Text {
	switch s {
	case StatusMet:
		return auhl.Text{NL: "voldaan", EN: "met"}
	case StatusOpen:
		return auhl.Text{NL: "open", EN: "open"}
	case StatusFailed:
		return auhl.Text{NL: "niet gehaald", EN: "failed"}
	}
	return auhl.Text{}
}

// Requirement is one requirement of admission and where it stands.
type Requirement struct {
	// Kind is the requirement.
	Kind RequirementKind `json:"kind"`
	// Status is where it stands.
	Status RequirementStatus `json:"status"`
	// BeforeEnrolment says that it must be met before the enrolment; a
	// requirement without it is a condition of the enrolment itself (a
	// remediation path, a decision the institution takes on enrolment).
	BeforeEnrolment bool `json:"beforeEnrolment,omitempty"`
	// Contracts are the contracts it applies to.
	Contracts []Contract `json:"contracts"`
	// Test is the test of a test requirement.
	Test TestKind `json:"test,omitempty"`
	// Language is the language of a language requirement.
	Language auhl.Lang `json:"language,omitempty"`
	// Level is the language.CEFR level of a language requirement.
	Level language.CEFR `json:"level,omitempty"`
	// Unconfirmed marks a requirement that rests on a rule the notes could
	// not confirm.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
}

// Decision is the outcome of an admission decision, explained.
type Decision struct {
	// AcademicYear is the year of the wanted enrolment.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Programme is the catalogue id of the programme.
	Programme string `json:"programme"`
	// Contract is the contract the decision is for.
	Contract Contract `json:"contract"`
	// Outcome is the outcome.
	Outcome Outcome `json:"outcome"`
	// Route is the way in; empty when there is none.
	Route Route `json:"route,omitempty"`
	// Requirements are the requirements, met, open or failed, in the order
	// the decision weighed them.
	Requirements []Requirement `json:"requirements"`
	// Dates are the dates that matter for the decision (the enrolment, an
	// exam contract's term, the study path, the diploma of an
	// entrance-exam candidate, application windows), each with its source.
	Dates []KeyDate `json:"dates"`
	// Appeals are the ways to contest a decision that is not
	// Admissible, in order: the internal appeal, then the Raad voor
	// betwistingen inzake studievoortgangsbeslissingen; empty for an
	// admissible applicant.
	Appeals []Appeal `json:"appeals"`
	// Findings explain the decision, each with the rule it rests on; the
	// first says the outcome.
	Findings []auhl.Finding `json:"findings"`
}

// OpenRequirements returns the requirements still open.
func (d Decision) OpenRequirements() []Requirement {
	return d.requirements(func(r Requirement) bool { return r.Status == StatusOpen })
}

// FirstSteps returns the open requirements that must be met before the
// enrolment: what must happen first. They make the outcome
// NotYetAdmissible.
func (d Decision) FirstSteps() []Requirement {
	return d.requirements(func(r Requirement) bool { return r.Status == StatusOpen && r.BeforeEnrolment })
}

// requirements returns the requirements for which keep holds.
func (d Decision) requirements(keep func(Requirement) bool) []Requirement {
	var out []Requirement
	for _, r := range d.Requirements {
		if keep(r) {
			out = append(out, r)
		}
	}
	return out
}
