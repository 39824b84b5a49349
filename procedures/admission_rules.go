package procedures

import (
	_ "embed"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

//go:embed data/admission.json
var admissionData []byte

// AdmissionRuleSet is a rules file of admission to the programmes of
// UHasselt and PXL, per academic year, each rule with the source it rests
// on. The embedded file (DefaultAdmissionRules) covers 2024-2025 to
// 2026-2027; ParseAdmissionRules reads a newer one of the same format.
type AdmissionRuleSet struct {
	rules.File[auhl.AcademicYear, AdmissionRules]
}

// AdmissionRules are the admission rules of one academic year: the year
// the applicant wants to enrol in.
type AdmissionRules struct {
	// AcademicYear is the year the rules are in force.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Secondary are the rules of the secondary-education diploma.
	Secondary SecondaryRules `json:"secondary"`
	// Graduaat are the further ways into a graduaat programme.
	Graduaat GraduaatRules `json:"graduaat"`
	// HigherEducation is the rule that a diploma of higher education (a
	// graduaat, higher education of the short type, a bachelor or a
	// master) gives access to a bachelor and a graduaat programme.
	HigherEducation Basis `json:"higherEducation"`
	// Afwijkend is the route of afwijkende toelating for an applicant
	// without the diploma a bachelor asks.
	Afwijkend Basis `json:"afwijkend"`
	// Foreign are the rules of a diploma from abroad.
	Foreign ForeignRules `json:"foreign"`
	// Master are the ways into a master.
	Master MasterRules `json:"master"`
	// OwnConditions is the rule that where the notes give no general rule
	// (a bachelor after a bachelor, a master after a master, a
	// postgraduate programme, a schakel- or voorbereidingsprogramma), the
	// programme sets its own conditions and the institution decides.
	OwnConditions Basis `json:"ownConditions"`
	// EntranceExam is the binding toelatingsexamen arts en tandarts
	// (entrance exam in medicine and dentistry).
	EntranceExam EntranceExamRules `json:"entranceExam"`
	// Ijkingstoets is the rule that taking the ijkingstoets is a condition
	// of enrolment where it is mandatory, whatever its result.
	Ijkingstoets Basis `json:"ijkingstoets"`
	// Starttoets is the teacher-training starttoets.
	Starttoets StarttoetsRules `json:"starttoets"`
	// ArtisticTest is the rule that the artistic admission test must be
	// passed before enrolment, not even a provisional enrolment before.
	ArtisticTest Basis `json:"artisticTest"`
	// Contracts say, per institution (UHasselt and PXL, each once), to
	// which contracts the admission conditions apply.
	Contracts []InstitutionContracts `json:"contracts"`
}

// SecondaryRules are the rules of the diploma of secondary education.
type SecondaryRules struct {
	// Diploma is the rule that a diploma of secondary education (aso, tso,
	// kso or bso) gives access to a bachelor; a bso certificate
	// (getuigschrift) does not.
	Diploma Basis `json:"diploma"`
	// QualificationFrom is the school year from which diplomas carry an
	// onderwijskwalificatie (education qualification), 2024-2025.
	QualificationFrom auhl.AcademicYear `json:"qualificationFrom"`
	// Bachelor is the qualification a diploma issued from
	// QualificationFrom on needs for a bachelor (4).
	Bachelor QualificationRule `json:"bachelor"`
	// Graduaat is the qualification it needs for a graduaat (3).
	Graduaat QualificationRule `json:"graduaat"`
}

// QualificationRule is a rule that is an onderwijskwalificatie level.
type QualificationRule struct {
	// Level is the lowest level that qualifies.
	Level int `json:"level"`
	Basis
}

// GraduaatRules are the ways into a graduaat besides a secondary diploma.
type GraduaatRules struct {
	// StudyCertificate is the number of years since the study certificate
	// of the second year of the third grade of secondary education after
	// which it gives access (3).
	StudyCertificate YearsRule `json:"studyCertificate"`
	// AdultEducation is the fewest lesson periods (lestijden) of
	// certificates of secondary adult or social-promotion education that
	// give access (900).
	AdultEducation LessonsRule `json:"adultEducation"`
	// WithoutDiploma is the age an applicant without any of those must
	// reach by 31 December of the year of enrolment (18).
	WithoutDiploma MinAgeRule `json:"withoutDiploma"`
	// AdmissionTest is the Flanders-wide toelatingsproef such an applicant
	// must pass, besides Dutch at B1.
	AdmissionTest Basis `json:"admissionTest"`
}

// LessonsRule is a rule that is a number of lesson periods.
type LessonsRule struct {
	// Lessons is the number of lesson periods.
	Lessons int `json:"lessons"`
	Basis
}

// MinAgeRule is a rule that is a minimum age.
type MinAgeRule struct {
	// Age is the age in years.
	Age int `json:"age"`
	Basis
}

// ForeignRules are the rules of a diploma from abroad.
type ForeignRules struct {
	// Lisbon is the rule that a diploma from a country that ratified the
	// Lisbon Recognition Convention admits when it gives access to higher
	// education in that country.
	Lisbon Basis `json:"lisbon"`
	// NonLisbon is the rule that a diploma from another country admits when
	// it gives access to similar higher education and the applicant passes
	// an extra competence check where the programme needs one.
	NonLisbon Basis `json:"nonLisbon"`
	// Equivalence is the formal equivalence (NARIC-Vlaanderen) a foreign
	// diploma of higher education needs to count as its Flemish twin.
	Equivalence Basis `json:"equivalence"`
}

// MasterRules are the ways into a master.
type MasterRules struct {
	// AcademicBachelor is the rule that an academic bachelor gives direct
	// access to the connecting master(s).
	AcademicBachelor Basis `json:"academicBachelor"`
	// ProfessionalBachelor is the rule that a professional bachelor never
	// gives direct access to a master: the route is a schakelprogramma.
	ProfessionalBachelor Basis `json:"professionalBachelor"`
	// Schakel is the size of a schakelprogramma (bridging programme).
	Schakel SchakelRule `json:"schakel"`
	// Voorbereiding is the voorbereidingsprogramma (preparatory programme)
	// that can be imposed on an applicant whose diploma gives no direct
	// access.
	Voorbereiding Basis `json:"voorbereiding"`
	// Certificate is the rule that passing a schakel- or
	// voorbereidingsprogramma gives a getuigschrift (certificate) that
	// admits to that master, not a diploma.
	Certificate Basis `json:"certificate"`
}

// SchakelRule is the size of a schakelprogramma in credits.
type SchakelRule struct {
	// Min is the smallest size (45).
	Min int `json:"min"`
	// Max is the largest size (90).
	Max int `json:"max"`
	// Reduced is the size the institution can reduce it to on prior
	// qualifications or a bekwaamheidsonderzoek (30).
	Reduced int `json:"reduced"`
	Basis
}

// EntranceExamRules are the rules of the toelatingsexamen arts en
// tandarts.
type EntranceExamRules struct {
	// Pass is the rule that passing asks more than half of the points on
	// both parts, "kennis en inzicht in de wetenschappen" and "generieke
	// competenties".
	Pass Basis `json:"pass"`
	// Ranking is the rule that a candidate who passed must also rank
	// within the fixed number of places (gunstig gerangschikt).
	Ranking Basis `json:"ranking"`
	// Validity is the rule that the admission has no end date.
	Validity Basis `json:"validity"`
	// Programmes are the catalogue programmes with the exam, and which.
	Programmes []ExamProgramme `json:"programmes"`
}

// ExamProgramme names the entrance exam of one catalogue programme.
type ExamProgramme struct {
	// Programme is the catalogue id.
	Programme string `json:"programme"`
	// Exam is the exam the programme asks.
	Exam TestKind `json:"exam"`
	Basis
}

// StarttoetsRules are the rules of the teacher-training starttoets.
type StarttoetsRules struct {
	// From is the first academic year of the rule (2023-2024).
	From auhl.AcademicYear `json:"from"`
	// Participation is the rule that taking the test is a condition of
	// enrolment, whatever its result.
	Participation Basis `json:"participation"`
	// Remediation is the rule that shortfalls make a remediation path
	// compulsory.
	Remediation Basis `json:"remediation"`
}

// InstitutionContracts says to which contracts the admission conditions
// of one institution's programmes apply.
type InstitutionContracts struct {
	// Institution is uhasselt or pxl.
	Institution auhl.Institution `json:"institution"`
	// Diploma is the rule that they apply to a diploma contract and to an
	// exam contract that aims at a diploma.
	Diploma Basis `json:"diploma"`
	// Credit says whether they apply to a credit contract too.
	Credit CreditContractRule `json:"credit"`
}

// CreditContractRule is whether the admission conditions apply to a
// credit contract. Where they do not, the institution may still refuse
// some courses.
type CreditContractRule struct {
	// Applies says whether they apply.
	Applies bool `json:"applies"`
	Basis
}

// admissionFormat is the format of the admission rules file.
var admissionFormat = rules.Format[*AdmissionRuleSet]{
	Name: "procedures/data/admission.json", LabelPrefix: "procedures.admission.rule",
	Check: func(c *rules.Checker, s *AdmissionRuleSet) { s.Each(c, (*AdmissionRules).check) },
}

var defaultAdmissionRules = admissionFormat.Embedded(admissionData, new(AdmissionRuleSet))

// DefaultAdmissionRules returns the embedded admission rules, parsed once
// and shared: treat them as read-only.
func DefaultAdmissionRules() *AdmissionRuleSet { return defaultAdmissionRules() }

// ParseAdmissionRules reads and checks an admission rules file of the
// embedded file's format: every year once, every source cited present,
// every number in range. It returns a *auhl.ValidationError listing every
// problem.
func ParseAdmissionRules(data []byte) (*AdmissionRuleSet, error) {
	return admissionFormat.Parse(data, new(AdmissionRuleSet))
}

// check checks one year's rules.
func (r *AdmissionRules) check(c *rules.Checker) {
	c.Require("/secondary/qualificationFrom", !r.Secondary.QualificationFrom.IsZero())
	c.Range("/secondary/bachelor/level", r.Secondary.Bachelor.Level, 3, 4)
	c.Range("/secondary/graduaat/level", r.Secondary.Graduaat.Level, 3, 4)
	c.Range("/graduaat/studyCertificate/years", r.Graduaat.StudyCertificate.Years, 0, 20)
	c.Range("/graduaat/adultEducation/lessons", r.Graduaat.AdultEducation.Lessons, 1, 10000)
	c.Range("/graduaat/withoutDiploma/age", r.Graduaat.WithoutDiploma.Age, 1, 120)
	s := r.Master.Schakel
	c.Range("/master/schakel/min", s.Min, 1, 240)
	c.Range("/master/schakel/max", s.Max, s.Min, 240)
	c.Range("/master/schakel/reduced", s.Reduced, 1, s.Min)
	programmes := make(rules.Entries)
	for i, p := range r.EntranceExam.Programmes {
		pp := auhl.Index("/entranceExam/programmes", i)
		c.Text(pp+"/programme", p.Programme)
		if p.Programme != "" {
			programmes.Once(c, pp+"/programme", p.Programme)
		}
		c.Enum(pp+"/exam", string(p.Exam), string(TestArts), string(TestTandarts))
	}
	c.Require("/starttoets/from", !r.Starttoets.From.IsZero())
	institutions := make(rules.Entries)
	for i, ic := range r.Contracts {
		cp := auhl.Index("/contracts", i) + "/institution"
		if ic.Institution != auhl.UHasselt && ic.Institution != auhl.PXL {
			c.Enum(cp, string(ic.Institution), string(auhl.UHasselt), string(auhl.PXL))
			continue
		}
		institutions.Once(c, cp, string(ic.Institution))
	}
	institutions.All(c, "/contracts", string(auhl.UHasselt), string(auhl.PXL))
}

// examFor returns the entrance exam of programme id, if it has one listed.
func (r *AdmissionRules) examFor(id string) (ExamProgramme, bool) {
	for _, p := range r.EntranceExam.Programmes {
		if p.Programme == id {
			return p, true
		}
	}
	return ExamProgramme{}, false
}

// contracts returns the contract rules of institution i; a rule set that
// passed check has them for UHasselt and PXL.
func (r *AdmissionRules) contracts(i auhl.Institution) InstitutionContracts {
	for _, c := range r.Contracts {
		if c.Institution == i {
			return c
		}
	}
	return InstitutionContracts{}
}
