package admission

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/language"
)

// RulesFile is a rules file of admission to the programmes of
// UHasselt and PXL, per academic year, each rule with the source it rests
// on. The embedded file (Default) covers 2024-2025 to
// 2026-2027; DecodeRules reads a newer one of the same format.
type RulesFile struct {
	rules.File[auhl.AcademicYear, Rules]
	// Language are the language rules that Decide checks the language
	// requirements against; nil for the embedded ones (language.Default).
	// They are not part of the file.
	Language *language.RulesFile `json:"-"`
}

// Rules are the admission rules of one academic year: the year
// the applicant wants to enrol in.
type Rules struct {
	// AcademicYear is the year the rules are in force.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Secondary are the rules of the secondary-education diploma.
	Secondary secondaryRules `json:"secondary"`
	// Graduaat are the further ways into a graduaat programme.
	Graduaat graduaatRules `json:"graduaat"`
	// HigherEducation is the rule that a diploma of higher education (a
	// graduaat, higher education of the short type, a bachelor or a
	// master) gives access to a bachelor and a graduaat programme.
	HigherEducation rules.Basis `json:"higherEducation"`
	// Afwijkend is the route of afwijkende toelating for an applicant
	// without the diploma a bachelor asks.
	Afwijkend rules.Basis `json:"afwijkend"`
	// Foreign are the rules of a diploma from abroad.
	Foreign foreignRules `json:"foreign"`
	// NamedDiplomas are foreign diplomas the rules name (the Dutch VWO,
	// HAVO, propedeuse and MBO-4), each with what it gives at each level;
	// an applicant's Diploma.Named picks one.
	NamedDiplomas []namedDiploma `json:"namedDiplomas"`
	// Master are the ways into a master.
	Master masterRules `json:"master"`
	// OwnConditions is the rule that where the notes give no general rule
	// (a bachelor after a bachelor, a master after a master, a
	// postgraduate programme, a schakel- or voorbereidingsprogramma), the
	// programme sets its own conditions and the institution decides.
	OwnConditions rules.Basis `json:"ownConditions"`
	// ProgrammeConditions are the entry conditions some programmes set of
	// their own: a shortened programme for holders of a diploma of higher
	// education, work experience, Dutch without the usual exemptions.
	ProgrammeConditions []programmeCondition `json:"programmeConditions"`
	// EntranceExam is the binding toelatingsexamen arts en tandarts
	// (entrance exam in medicine and dentistry).
	EntranceExam entranceExamRules `json:"entranceExam"`
	// Ijkingstoets is the rule that taking the ijkingstoets is a condition
	// of enrolment where it is mandatory, whatever its result.
	Ijkingstoets rules.Basis `json:"ijkingstoets"`
	// Starttoets is the teacher-training starttoets.
	Starttoets starttoetsRules `json:"starttoets"`
	// ArtisticTest is the rule that the artistic admission test must be
	// passed before enrolment, not even a provisional enrolment before.
	ArtisticTest rules.Basis `json:"artisticTest"`
	// Contracts say, per institution (UHasselt and PXL, each once), to
	// which contracts the admission conditions apply.
	Contracts []institutionContracts `json:"contracts"`
	// Deadlines are, per institution (UHasselt and PXL, each once), the
	// dates of its enrolment and the term of its internal appeal.
	Deadlines []institutionDeadlines `json:"deadlines"`
	// Appeals are the appeal routes beyond the institution.
	Appeals appealRules `json:"appeals"`
}

// secondaryRules are the rules of the diploma of secondary education.
type secondaryRules struct {
	// Diploma is the rule that a diploma of secondary education (aso, tso,
	// kso or bso) gives access to a bachelor; a bso certificate
	// (getuigschrift) does not.
	Diploma rules.Basis `json:"diploma"`
	// QualificationFrom is the school year from which diplomas carry an
	// onderwijskwalificatie (education qualification), 2024-2025.
	QualificationFrom auhl.AcademicYear `json:"qualificationFrom"`
	// Transition is the last school year (2024-2025) whose diplomas give
	// access whether or not they state a qualification: in the years from
	// QualificationFrom to it, old-form and new diplomas are both issued.
	Transition transitionRule `json:"transition"`
	// Bachelor is the qualification a diploma issued from
	// QualificationFrom on needs for a bachelor (4).
	Bachelor qualificationRule `json:"bachelor"`
	// Graduaat is the qualification it needs for a graduaat (3).
	Graduaat qualificationRule `json:"graduaat"`
}

// transitionRule is the last school year of the transition to the
// onderwijskwalificatie.
type transitionRule struct {
	// LastYear is the last school year whose diplomas give access with or
	// without a qualification.
	LastYear auhl.AcademicYear `json:"lastYear"`
	rules.Basis
}

// qualificationRule is a rule that is an onderwijskwalificatie level.
type qualificationRule struct {
	// Level is the lowest level that qualifies.
	Level int `json:"level"`
	rules.Basis
}

// graduaatRules are the ways into a graduaat besides a secondary diploma.
type graduaatRules struct {
	// StudyCertificate is the number of years since the study certificate
	// of the second year of the third grade of secondary education after
	// which it gives access (3).
	StudyCertificate yearsRule `json:"studyCertificate"`
	// Counting is how the years of StudyCertificate are counted: from the
	// month of issue to the day the academic year starts.
	Counting countingRule `json:"counting"`
	// AdultEducation is the fewest lesson periods (lestijden) of
	// certificates of secondary adult or social-promotion education that
	// give access (900).
	AdultEducation lessonsRule `json:"adultEducation"`
	// WithoutDiploma is the age an applicant without any of those must
	// reach by 31 December of the year of enrolment (18).
	WithoutDiploma minAgeRule `json:"withoutDiploma"`
	// AdmissionTest is the Flanders-wide toelatingsproef such an applicant
	// must pass, besides Dutch at B1.
	AdmissionTest rules.Basis `json:"admissionTest"`
}

// yearsRule is a rule that is a number of calendar years.
type yearsRule struct {
	// Years is the number of calendar years.
	Years int `json:"years"`
	rules.Basis
}

// countingRule is how a number of years before the enrolment is
// counted: from the month of issue to YearStart in the calendar year the
// academic year starts in.
type countingRule struct {
	// YearStart is the day the academic year is taken to start, 1
	// September.
	YearStart auhl.MonthDay `json:"yearStart"`
	rules.Basis
}

// lessonsRule is a rule that is a number of lesson periods.
type lessonsRule struct {
	// Lessons is the number of lesson periods.
	Lessons int `json:"lessons"`
	rules.Basis
}

// minAgeRule is a rule that is a minimum age.
type minAgeRule struct {
	// Age is the age in years.
	Age int `json:"age"`
	rules.Basis
}

// foreignRules are the rules of a diploma from abroad.
type foreignRules struct {
	// Lisbon is the rule that a diploma from a country that ratified the
	// Lisbon Recognition Convention admits when it gives access to higher
	// education in that country.
	Lisbon rules.Basis `json:"lisbon"`
	// NonLisbon is the rule that a diploma from another country admits when
	// it gives access to similar higher education and the applicant passes
	// an extra competence check where the programme needs one.
	NonLisbon rules.Basis `json:"nonLisbon"`
	// Equivalence is the formal equivalence (NARIC-Vlaanderen) a foreign
	// diploma of higher education needs to count as its Flemish twin.
	Equivalence rules.Basis `json:"equivalence"`
	// ProfessionalOnly is what a foreign diploma gives that gives access
	// at home to professional higher education only.
	ProfessionalOnly levelAccess `json:"professionalOnly"`
}

// masterRules are the ways into a master.
type masterRules struct {
	// AcademicBachelor is the rule that an academic bachelor gives direct
	// access to the connecting master(s).
	AcademicBachelor rules.Basis `json:"academicBachelor"`
	// ProfessionalBachelor is the rule that a professional bachelor never
	// gives direct access to a master: the route is a schakelprogramma.
	ProfessionalBachelor rules.Basis `json:"professionalBachelor"`
	// Schakel is the size of a schakelprogramma (bridging programme).
	Schakel schakelRule `json:"schakel"`
	// Voorbereiding is the voorbereidingsprogramma (preparatory programme)
	// that can be imposed on an applicant whose diploma gives no direct
	// access.
	Voorbereiding rules.Basis `json:"voorbereiding"`
	// Certificate is the rule that passing a schakel- or
	// voorbereidingsprogramma gives a getuigschrift (certificate) that
	// admits to that master, not a diploma.
	Certificate rules.Basis `json:"certificate"`
}

// schakelRule is the size of a schakelprogramma in credits.
type schakelRule struct {
	// Min is the smallest size (45).
	Min int `json:"min"`
	// Max is the largest size (90).
	Max int `json:"max"`
	// Reduced is the size the institution can reduce it to on prior
	// qualifications or a bekwaamheidsonderzoek (30).
	Reduced int `json:"reduced"`
	rules.Basis
}

// entranceExamRules are the rules of the toelatingsexamen arts en
// tandarts.
type entranceExamRules struct {
	// Pass is the rule that passing asks more than half of the points on
	// both parts, "kennis en inzicht in de wetenschappen" and "generieke
	// competenties".
	Pass rules.Basis `json:"pass"`
	// Ranking is the rule that a candidate who passed must also rank
	// within the fixed number of places (gunstig gerangschikt).
	Ranking rules.Basis `json:"ranking"`
	// Validity is the rule that the admission has no end date.
	Validity rules.Basis `json:"validity"`
	// DiplomaBy is the day of the exam's calendar year by which the
	// secondary diploma must be obtained (30 September).
	DiplomaBy dateRule `json:"diplomaBy"`
	// Programmes are the catalogue programmes with the exam, and which.
	Programmes []examProgramme `json:"programmes"`
}

// examProgramme names the entrance exam of one catalogue programme.
type examProgramme struct {
	// Programme is the catalogue id.
	Programme string `json:"programme"`
	// Exam is the exam the programme asks.
	Exam TestKind `json:"exam"`
	rules.Basis
}

// starttoetsRules are the rules of the teacher-training starttoets.
type starttoetsRules struct {
	// From is the first academic year of the rule (2023-2024).
	From auhl.AcademicYear `json:"from"`
	// Participation is the rule that taking the test is a condition of
	// enrolment, whatever its result.
	Participation rules.Basis `json:"participation"`
	// Remediation is the rule that shortfalls make a remediation path
	// compulsory.
	Remediation rules.Basis `json:"remediation"`
}

// institutionContracts says to which contracts the admission conditions
// of one institution's programmes apply.
type institutionContracts struct {
	// Institution is uhasselt or pxl.
	Institution auhl.Institution `json:"institution"`
	// Diploma is the rule that they apply to a diploma contract and to an
	// exam contract that aims at a diploma.
	Diploma rules.Basis `json:"diploma"`
	// Credit says whether they apply to a credit contract too.
	Credit creditContractRule `json:"credit"`
}

// creditContractRule is whether the admission conditions apply to a
// credit contract. Where they do not, the institution may still refuse
// some courses.
type creditContractRule struct {
	// Applies says whether they apply.
	Applies bool `json:"applies"`
	rules.Basis
}

// format is the format of the admission rules file.
var format = rules.Format[*RulesFile]{
	Name: "procedures/admission/data/admission.json", LabelPrefix: "procedures.admission.rule",
	Check: func(c *rules.Checker, s *RulesFile) { s.Each(c, (*Rules).check) },
}

//go:generate go test -run=^TestGenerated$ -update .

// defaultRules are data/admission.json, held as generated Go values
// (data_gen.go) that TestGenerated holds equal to the file.
var defaultRules = format.Generated(&generatedRules)

// Default returns the embedded admission rules, parsed once
// and shared: treat them as read-only.
func Default() *RulesFile { return defaultRules() }

// check checks one year's rules.
func (r *Rules) check(c *rules.Checker) {
	sec := r.Secondary
	c.Require("/secondary/qualificationFrom", !sec.QualificationFrom.IsZero())
	c.Require("/secondary/transition/lastYear", !sec.Transition.LastYear.IsZero() && sec.Transition.LastYear.Compare(sec.QualificationFrom) >= 0)
	c.Require("/graduaat/counting/yearStart", !r.Graduaat.Counting.YearStart.IsZero())
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
		requireOnce(c, programmes, pp+"/programme", p.Programme)
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
	r.checkDeadlines(c)
	r.checkNamed(c)
	r.checkConditions(c)
	r.Appeals.Raad.check(c, "/appeals/raad")
}

// requireOnce checks that key, at path, is given and is not in seen yet.
func requireOnce(c *rules.Checker, seen rules.Entries, path, key string) {
	c.Text(path, key)
	if key != "" {
		seen.Once(c, path, key)
	}
}

// examFor returns the entrance exam of programme id, if it has one listed.
func (r *Rules) examFor(id string) (examProgramme, bool) {
	for _, p := range r.EntranceExam.Programmes {
		if p.Programme == id {
			return p, true
		}
	}
	return examProgramme{}, false
}

// contracts returns the contract rules of institution i; a rule set that
// passed check has them for UHasselt and PXL.
func (r *Rules) contracts(i auhl.Institution) institutionContracts {
	return ofInstitution(r.Contracts, i, func(c institutionContracts) auhl.Institution { return c.Institution })
}

// ofInstitution returns the entry of xs for institution i, as of tells
// it; the zero value when there is none.
func ofInstitution[T any](xs []T, i auhl.Institution, of func(T) auhl.Institution) T {
	for _, x := range xs {
		if of(x) == i {
			return x
		}
	}
	var zero T
	return zero
}
