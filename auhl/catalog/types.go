package catalog

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
)

// Catalog is the programme catalogue of UHasselt and Hogeschool PXL for one
// academic year: the file format that Load reads and Default embeds. Treat a
// Catalog as read-only once loaded: Default's value is shared by every
// caller, and the slices that lookups return share its memory. Clone gives a
// private copy to change.
type Catalog struct {
	// Version is the version of the data, such as "2025.1": the academic
	// year's start and a release number within it.
	Version string `json:"version"`
	// AcademicYear is the academic year the catalogue describes.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Sources are the documents the facts rest on; programmes refer to them
	// by ID.
	Sources []Source `json:"sources"`
	// Campuses are the sites programmes are taught at.
	Campuses []auhl.Campus `json:"campuses"`
	// StudyAreas are the groups of programmes used to browse and filter.
	StudyAreas []StudyArea `json:"studyAreas"`
	// Programmes are the programmes, in a stable order.
	Programmes []Programme `json:"programmes"`

	byID map[string]int
}

// Source is a document that facts of the catalogue rest on.
type Source struct {
	// ID is the key programmes use to refer to the source.
	ID string `json:"id"`
	// Title names the source.
	Title string `json:"title"`
	// URL is where the source can be read.
	URL string `json:"url,omitempty"`
	// Note says what the source confirms, and how far.
	Note string `json:"note,omitempty"`
}

// StudyArea is a group of related programmes (sciences, health care,
// business, ...). The grouping is the catalogue's own, made to browse and
// filter; it is not the legal studiegebied of a programme.
type StudyArea struct {
	// ID is the stable identifier, such as "sciences".
	ID string `json:"id"`
	// Name is the area's name in Dutch and English.
	Name auhl.Text `json:"name"`
}

// Programme is one programme (opleiding) of an institution.
type Programme struct {
	// ID is the stable identifier, such as "uhasselt-ba-informatica".
	ID string `json:"id"`
	// Code is the institution's own code for the programme, such as the
	// UHasselt study guide's "135"; empty where none is known.
	Code string `json:"code,omitempty"`
	// Institution is the institution that organises the programme.
	Institution auhl.Institution `json:"institution"`
	// Level is the programme's level.
	Level auhl.Level `json:"level"`
	// Name is the official name in Dutch and English.
	Name auhl.Text `json:"name"`
	// Credits is the size of the programme in studiepunten; 0 where no
	// source gives it (then Unverified lists "credits").
	Credits auhl.Credits `json:"credits,omitempty"`
	// Campuses are the IDs of the campuses the programme is taught at;
	// empty where no source confirms one (then Unverified lists
	// "campuses").
	Campuses []string `json:"campuses,omitempty"`
	// Languages are the languages of instruction.
	Languages []auhl.Lang `json:"languages"`
	// StudyArea is the ID of the programme's study area.
	StudyArea string `json:"studyArea"`
	// Unit is the faculty, school or department that runs the programme.
	Unit auhl.Text `json:"unit,omitzero"`
	// Tracks are the afstudeerrichtingen (specialisations), where known.
	Tracks []auhl.Text `json:"tracks,omitempty"`
	// URL is the official page of the programme, or of the institution's
	// programme overview where the programme's own page is not confirmed
	// (then Unverified lists "url").
	URL string `json:"url"`
	// Admission holds the programme's admission specifics beyond the
	// diploma.
	Admission Admission `json:"admission,omitzero"`
	// Interest is the programme's interest profile.
	Interest Interest `json:"interest"`
	// Sources are the IDs of the catalogue's sources for this programme.
	Sources []string `json:"sources"`
	// Unverified lists the facts of this programme that no official source
	// confirms, by field: "programme" (that it runs this year at all),
	// "name.nl", "name.en", "credits", "campuses", "languages", "unit",
	// "tracks", "url", "admission".
	Unverified []Fact `json:"unverified,omitempty"`
	// Note is a maintainer's remark on the data, in English; it is not shown
	// to students.
	Note string `json:"note,omitempty"`
}

// Fact names a field of a Programme whose value a source may or may not
// confirm.
type Fact string

// The facts a programme can mark as unverified.
const (
	FactProgramme Fact = "programme"
	FactNameNL    Fact = "name.nl"
	FactNameEN    Fact = "name.en"
	FactCredits   Fact = "credits"
	FactCampuses  Fact = "campuses"
	FactLanguages Fact = "languages"
	FactUnit      Fact = "unit"
	FactTracks    Fact = "tracks"
	FactURL       Fact = "url"
	FactAdmission Fact = "admission"
)

var facts = []Fact{FactProgramme, FactNameNL, FactNameEN, FactCredits, FactCampuses, FactLanguages, FactUnit, FactTracks, FactURL, FactAdmission}

// Enum lists every valid Fact.
func (Fact) Enum() []string { return auhl.Strings(facts) }

// Valid reports whether f is a known fact.
func (f Fact) Valid() bool { return slices.Contains(facts, f) }

// Label names the fact for a reader, in Dutch and English.
func (f Fact) Label() auhl.Text {
	switch f {
	case FactProgramme:
		return auhl.Text{NL: "dat de opleiding dit academiejaar loopt", EN: "that the programme runs this academic year"}
	case FactNameNL:
		return auhl.Text{NL: "de Nederlandse naam", EN: "the Dutch name"}
	case FactNameEN:
		return auhl.Text{NL: "de Engelse naam", EN: "the English name"}
	case FactCredits:
		return auhl.Text{NL: "het aantal studiepunten", EN: "the number of credits"}
	case FactCampuses:
		return auhl.Text{NL: "de campus", EN: "the campus"}
	case FactLanguages:
		return auhl.Text{NL: "de onderwijstaal", EN: "the language of instruction"}
	case FactUnit:
		return auhl.Text{NL: "de faculteit of het departement", EN: "the faculty or department"}
	case FactTracks:
		return auhl.Text{NL: "de afstudeerrichtingen", EN: "the specialisations"}
	case FactURL:
		return auhl.Text{NL: "de eigen webpagina van de opleiding", EN: "the programme's own web page"}
	case FactAdmission:
		return auhl.Text{NL: "de toelatingsvoorwaarden", EN: "the admission requirements"}
	}
	return auhl.Text{}
}

// Admission holds a programme's admission specifics beyond the diploma.
type Admission struct {
	// EntranceExam is true for a binding entrance exam (the toelatingsexamen
	// arts en tandarts).
	EntranceExam bool `json:"entranceExam,omitempty"`
	// Ijkingstoets says whether taking the ijkingstoets (a calibration test
	// of the Flemish universities) is mandatory, optional or not offered.
	Ijkingstoets Ijkingstoets `json:"ijkingstoets,omitempty"`
	// ArtisticTest is true where an artistic admission test must be passed
	// before enrolment.
	ArtisticTest bool `json:"artisticTest,omitempty"`
	// TeacherTest is true where the teacher-training starttoets must be
	// taken (its result does not decide admission; shortfalls mean
	// compulsory remediation).
	TeacherTest bool `json:"teacherTest,omitempty"`
}

// Ijkingstoets is the status of the ijkingstoets for a programme. Its JSON
// encoding is "mandatory", "optional" or absent (none known).
type Ijkingstoets string

// The statuses of the ijkingstoets.
const (
	// IjkingstoetsNone: no ijkingstoets is known for the programme.
	IjkingstoetsNone Ijkingstoets = ""
	// IjkingstoetsOptional: an ijkingstoets exists and is recommended.
	IjkingstoetsOptional Ijkingstoets = "optional"
	// IjkingstoetsMandatory: taking it is a condition of enrolment; the
	// result is not binding.
	IjkingstoetsMandatory Ijkingstoets = "mandatory"
)

var ijkingstoetsen = []Ijkingstoets{IjkingstoetsOptional, IjkingstoetsMandatory}

// Enum lists the valid non-empty statuses.
func (Ijkingstoets) Enum() []string { return auhl.Strings(ijkingstoetsen) }

// Valid reports whether s is a known status, the empty one included.
func (s Ijkingstoets) Valid() bool {
	return s == IjkingstoetsNone || slices.Contains(ijkingstoetsen, s)
}

// Interest is a programme's interest profile: a Holland (RIASEC) code and
// why. The codes are the catalogue's own editorial judgement, made from the
// programme's content, the method SIMON-I validated against O*NET and expert
// ratings.
type Interest struct {
	// Code is the RIASEC code of two or three letters, strongest first.
	Code HollandCode `json:"code"`
	// Rationale explains the code in one line, in Dutch and English.
	Rationale auhl.Text `json:"rationale"`
}

// HollandCode is a RIASEC code: two or three distinct letters of R
// (realistic), I (investigative), A (artistic), S (social), E
// (enterprising) and C (conventional), strongest first, such as "IRC".
type HollandCode string

// Valid reports whether c has two or three distinct RIASEC letters.
func (c HollandCode) Valid() bool {
	if len(c) < 2 || len(c) > 3 {
		return false
	}
	seen := 0
	for i := 0; i < len(c); i++ {
		j := indexByte("RIASEC", c[i])
		if j < 0 || seen&(1<<j) != 0 {
			return false
		}
		seen |= 1 << j
	}
	return true
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}
