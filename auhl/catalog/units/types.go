package units

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/internal/enum"
)

// Catalog is a course-unit catalogue: the units of one academic year's
// study guides and the units of each programme, with the sources they rest
// on. Its JSON encoding is the format of the embedded file
// (auhl/catalog/units/data/units.json). Read one with Load or Default;
// treat it as read-only.
type Catalog struct {
	rules.Header
	// AcademicYear is the year of the study guides the units come from.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Attribution names the work the data is derived from and its licence
	// notice, which every copy of the data keeps.
	Attribution *Attribution `json:"attribution,omitempty"`
	// Source is the id, in Sources, of the source of every unit that
	// names none of its own.
	Source string `json:"source"`
	// Unverified lists the facts that no unit of the file has verified:
	// each is empty or unconfirmed for every unit.
	Unverified []Fact `json:"unverified,omitempty"`
	// Units are the course units, each institution's codes once.
	Units []Unit `json:"units"`
	// Programmes are the programmes whose units the file lists.
	Programmes []Programme `json:"programmes,omitempty"`

	units      map[Key]int
	programmes map[Key]int
}

// Attribution is the work a data file is derived from, with its licence.
type Attribution struct {
	// Work names the work and where it is published.
	Work string `json:"work"`
	// Licence is the licence's short name, such as "MIT".
	Licence string `json:"licence"`
	// Notice is the copyright and permission notice the licence asks every
	// copy to keep.
	Notice string `json:"notice"`
}

// Key identifies a unit or a programme: its institution and its code in
// that institution's study guide.
type Key struct {
	// Institution teaches the unit or runs the programme.
	Institution auhl.Institution `json:"institution"`
	// Code is the code in the institution's study guide, such as "2193".
	Code string `json:"code"`
}

// String writes the key as "uhasselt/2193".
func (k Key) String() string { return string(k.Institution) + "/" + k.Code }

// Unit is a course unit (opleidingsonderdeel, OPO). A fact no source gives
// is left empty and listed in Unverified (the unit's or the catalogue's).
type Unit struct {
	// Code is the unit's code in its institution's study guide.
	Code string `json:"code"`
	// Institution is the institution that teaches the unit.
	Institution auhl.Institution `json:"institution"`
	// Name is the unit's name; where a source gives it in one language
	// only, the other is empty.
	Name auhl.Text `json:"name,omitzero"`
	// Credits is the unit's size in studiepunten (ECTS credits); 0 when
	// unknown, or when programmes give it different sizes (see
	// Programme.Credits).
	Credits auhl.Credits `json:"credits,omitempty"`
	// Semester is when the unit is taught; empty when unknown.
	Semester Semester `json:"semester,omitempty"`
	// Languages are the languages the unit is taught in.
	Languages []auhl.Lang `json:"languages,omitempty"`
	// Prerequisites are the units that must be followed, passed or taken
	// alongside before this one (volgtijdelijkheid).
	Prerequisites []Prerequisite `json:"prerequisites,omitempty"`
	// ExamContract says whether an exam contract may include the unit;
	// empty when unknown.
	ExamContract ExamContract `json:"examContract,omitempty"`
	// Source is the id, in the catalogue's Sources, of the unit's source;
	// empty for the catalogue's Source.
	Source string `json:"source,omitempty"`
	// Unverified lists the facts of this unit that no source confirms.
	Unverified []Fact `json:"unverified,omitempty"`
}

// Key returns the unit's institution and code.
func (u Unit) Key() Key { return Key{Institution: u.Institution, Code: u.Code} }

// Prerequisite is a unit that must come before another one.
type Prerequisite struct {
	// Unit is the code of the required unit.
	Unit string `json:"unit"`
	// Institution teaches the required unit; empty for the institution of
	// the unit that requires it.
	Institution auhl.Institution `json:"institution,omitempty"`
	// Mode is how strongly it is required.
	Mode Mode `json:"mode"`
}

// Mode is the strength of a prerequisite. Its JSON encoding is the
// identifier of each constant.
type Mode string

// The modes of a prerequisite.
const (
	// Followed: the required unit was taken (enrolled and attempted) in an
	// earlier term, whatever its result.
	Followed Mode = "followed"
	// Passed: the required unit was passed (or exempted) before.
	Passed Mode = "passed"
	// Corequisite: the required unit is taken in the same term or was
	// taken before.
	Corequisite Mode = "corequisite"
)

var modes = []Mode{Followed, Passed, Corequisite}

// Enum lists every valid Mode.
func (Mode) Enum() []string { return auhl.Strings(modes) }

// Valid reports whether m is a known mode.
func (m Mode) Valid() bool { return slices.Contains(modes, m) }

// UnmarshalText accepts only a known mode.
func (m *Mode) UnmarshalText(b []byte) error { return enum.Unmarshal(m, b, modes) }

// Semester is when a unit is taught. Its JSON encoding is the identifier
// of each constant.
type Semester string

// The semesters.
const (
	// First is the first semester (P1), from September.
	First Semester = "1"
	// Second is the second semester (P2), from February.
	Second Semester = "2"
	// Year is a unit taught over both semesters.
	Year Semester = "year"
)

var semesters = []Semester{First, Second, Year}

// Enum lists every valid Semester.
func (Semester) Enum() []string { return auhl.Strings(semesters) }

// Valid reports whether s is a known semester.
func (s Semester) Valid() bool { return slices.Contains(semesters, s) }

// UnmarshalText accepts only a known semester.
func (s *Semester) UnmarshalText(b []byte) error { return enum.Unmarshal(s, b, semesters) }

// ExamContract says whether a unit may be taken under an exam contract
// (examencontract): a unit that needs attendance, such as a practical, is
// excluded, and the institution lists it. Its JSON encoding is the
// identifier of each constant.
type ExamContract string

// Whether an exam contract may include a unit.
const (
	// ExamAllowed: an exam contract may include the unit.
	ExamAllowed ExamContract = "allowed"
	// ExamExcluded: an exam contract may not include the unit.
	ExamExcluded ExamContract = "excluded"
)

var examContracts = []ExamContract{ExamAllowed, ExamExcluded}

// Enum lists every valid ExamContract.
func (ExamContract) Enum() []string { return auhl.Strings(examContracts) }

// Valid reports whether e is a known value.
func (e ExamContract) Valid() bool { return slices.Contains(examContracts, e) }

// UnmarshalText accepts only a known value.
func (e *ExamContract) UnmarshalText(b []byte) error { return enum.Unmarshal(e, b, examContracts) }

// Fact names a fact of a unit that can be unverified. Its JSON encoding is
// the identifier of each constant.
type Fact string

// The facts of a unit.
const (
	// FactName is the unit's name.
	FactName Fact = "name"
	// FactCredits is the unit's size.
	FactCredits Fact = "credits"
	// FactSemester is when the unit is taught.
	FactSemester Fact = "semester"
	// FactLanguages are the unit's teaching languages.
	FactLanguages Fact = "languages"
	// FactPrerequisites are the unit's prerequisites: an empty list is
	// "none" unless this fact is unverified.
	FactPrerequisites Fact = "prerequisites"
	// FactExamContract is whether an exam contract may include the unit.
	FactExamContract Fact = "exam-contract"
)

var facts = []Fact{FactName, FactCredits, FactSemester, FactLanguages, FactPrerequisites, FactExamContract}

// Enum lists every valid Fact.
func (Fact) Enum() []string { return auhl.Strings(facts) }

// Valid reports whether f is a known fact.
func (f Fact) Valid() bool { return slices.Contains(facts, f) }

// UnmarshalText accepts only a known fact.
func (f *Fact) UnmarshalText(b []byte) error { return enum.Unmarshal(f, b, facts) }

// Programme is a programme whose units the catalogue lists.
type Programme struct {
	// Code is the programme's code in its institution's study guide, such
	// as "135".
	Code string `json:"code"`
	// Institution runs the programme.
	Institution auhl.Institution `json:"institution"`
	// Name is the programme's name as the study guide writes it.
	Name string `json:"name"`
	// Level is the programme's level.
	Level auhl.Level `json:"level"`
	// Units are the codes of the programme's units, all taught by its
	// institution.
	Units []string `json:"units"`
	// Credits gives, by unit code, the size of a unit in this programme
	// where it differs from the unit's Credits.
	Credits map[string]auhl.Credits `json:"credits,omitempty"`
}

// Key returns the programme's institution and code.
func (p Programme) Key() Key { return Key{Institution: p.Institution, Code: p.Code} }

// Has reports whether the programme lists the unit with this code.
func (p Programme) Has(code string) bool { return slices.Contains(p.Units, code) }

// CreditsOf returns the size of u in this programme: the programme's own
// value where it gives one, else u's Credits (0 when unknown).
func (p Programme) CreditsOf(u Unit) auhl.Credits {
	if c, ok := p.Credits[u.Code]; ok && u.Institution == p.Institution {
		return c
	}
	return u.Credits
}
