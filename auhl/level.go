package auhl

import "slices"

// Level is the level of a programme in Flemish higher education. The level
// belongs to the programme, never to the institution: a hogeschool offers
// academic bachelors and masters in the arts. Its JSON encoding is the
// identifier of each constant.
type Level string

// The levels of Flemish higher education.
const (
	// Graduaat is a graduate programme (HBO5, EQF level 5) of 90 to 120
	// credits, at least a third of it work-based learning.
	Graduaat Level = "graduaat"
	// ProfessionalBachelor is a professional bachelor (PBA), taught at a
	// hogeschool, of 180 credits (240 for verpleegkunde and vroedkunde).
	ProfessionalBachelor Level = "professional-bachelor"
	// AcademicBachelor is an academic bachelor (ABA) of 180 credits, leading
	// to a master.
	AcademicBachelor Level = "academic-bachelor"
	// Master is a master's programme, including the educatieve master.
	Master Level = "master"
	// Bridging is a schakelprogramma (bridging programme) from a professional
	// bachelor to a master, of 45 to 90 credits.
	Bridging Level = "bridging"
	// Preparatory is a voorbereidingsprogramma (preparatory programme) before
	// a master, or a pre-master.
	Preparatory Level = "preparatory"
	// Advanced is an advanced bachelor (banaba), an advanced master (manama)
	// or a postgraduate programme, taken after a first diploma.
	Advanced Level = "advanced"
)

var levels = []Level{Graduaat, ProfessionalBachelor, AcademicBachelor, Master, Bridging, Preparatory, Advanced}

// Levels returns every level, from graduaat up.
func Levels() []Level { return append([]Level(nil), levels...) }

// Enum lists every valid Level, from graduaat up.
func (Level) Enum() []string { return Strings(levels) }

// Valid reports whether l is a known level.
func (l Level) Valid() bool { return slices.Contains(levels, l) }

// Bachelor reports whether l is a professional or academic bachelor.
func (l Level) Bachelor() bool { return l == ProfessionalBachelor || l == AcademicBachelor }

// Name returns the level's name in Dutch and English.
func (l Level) Name() Text {
	switch l {
	case Graduaat:
		return Text{NL: "graduaat", EN: "graduate programme (graduaat)"}
	case ProfessionalBachelor:
		return Text{NL: "professionele bachelor", EN: "professional bachelor"}
	case AcademicBachelor:
		return Text{NL: "academische bachelor", EN: "academic bachelor"}
	case Master:
		return Text{NL: "master", EN: "master"}
	case Bridging:
		return Text{NL: "schakelprogramma", EN: "bridging programme"}
	case Preparatory:
		return Text{NL: "voorbereidingsprogramma", EN: "preparatory programme"}
	case Advanced:
		return Text{NL: "banaba, manama of postgraduaat", EN: "advanced bachelor, advanced master or postgraduate"}
	}
	return Text{}
}

// CreditRange returns the range of credits a programme of this level can
// have. For graduaat, bachelors and bridging programmes it is the rule of
// Flemish higher education; for the other levels, where no single rule
// applies, it is a plausibility bound (1 to 240) that only catches
// impossible values.
func (l Level) CreditRange() (lo, hi Credits) {
	switch l {
	case Graduaat:
		return 90, 120
	case ProfessionalBachelor, AcademicBachelor:
		return 180, 240
	case Bridging:
		return 45, 90
	}
	return 1, 240
}

// UnmarshalText accepts only a known level.
func (l *Level) UnmarshalText(b []byte) error {
	v := Level(b)
	if !v.Valid() {
		return invalidEnum("level", string(b), v.Enum())
	}
	*l = v
	return nil
}

// Credits is a number of studiepunten. One studiepunt is one ECTS credit,
// 25 to 30 hours of study. Its JSON encoding is a whole number.
type Credits int

// StudyHours returns the hours of study the credits stand for: 25 to 30 an
// ECTS credit.
func (c Credits) StudyHours() (lo, hi int) { return int(c) * 25, int(c) * 30 }
