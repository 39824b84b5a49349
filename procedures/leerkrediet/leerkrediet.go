package leerkrediet

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/procedures/internal/contract"
	"github.com/auhl/auhl-go/procedures/internal/enum"
)

// History is a student's history in Flemish higher education as
// leerkrediet (learning credit) sees it: enrolments, results,
// re-orientations, returns for force majeure, years without enrolment and
// diplomas, in the order they happened. It starts with the student's first
// event, at the starting balance of 140 credits. Its JSON encoding is an
// object with the list of events under "events"; decode it with
// DecodeHistory, which checks it.
type History struct {
	// Events are the events in the order they happened; their academic
	// years never go backwards.
	Events []Event `json:"events"`
}

// Event is one event of a History. Kind says which
// fields it has:
//
//   - enrolment: Contract, Programme and Credits, the credits taken up;
//   - results: Earned (credits passed with at least 10/20) and Tolerated
//     (credits tolerated or deliberated), of the enrolment it follows;
//   - reorientation: the student leaves the enrolment it follows on auhl.Date,
//     with Passed, Failed and NotExamined credits that add up to that
//     enrolment's credits, and ReturnedByInstitution when the institution
//     gave leerkrediet back under its own rules (its OER);
//   - force-majeure: Credits the Raad voor betwistingen returned for an
//     enrolment of that year;
//   - covid: Credits returned under the temporary COVID-19 procedure of
//     that year (2019-2020 to 2021-2022), for courses failed that year;
//   - no-enrolment: the student was not enrolled that year;
//   - diploma: Level, the diploma obtained that year.
//
// A field that its kind does not have must be left out (or zero).
type Event struct {
	// Year is the academic year of the event.
	Year auhl.AcademicYear `json:"year"`
	// Kind is what happened.
	Kind EventKind `json:"kind"`
	// Contract is the contract of an enrolment.
	Contract Contract `json:"contract,omitempty"`
	// Programme is the kind of programme of an enrolment.
	Programme ProgrammeKind `json:"programme,omitempty"`
	// Credits are the credits of an enrolment, or those returned for force
	// majeure or under a COVID-19 procedure.
	Credits auhl.Credits `json:"credits,omitempty"`
	// Earned are the credits of a results event passed with at least 10/20
	// (a credit).
	Earned auhl.Credits `json:"earned,omitempty"`
	// Tolerated are the credits of a results event that were tolerated or
	// deliberated: they count for the programme but not for leerkrediet.
	Tolerated auhl.Credits `json:"tolerated,omitempty"`
	// auhl.Date is the day of a re-orientation: when the student has both left
	// the first programme and enrolled in the next one, "2027-02-10".
	Date auhl.Date `json:"date,omitzero"`
	// Passed are the credits of a re-orientation passed before leaving.
	Passed auhl.Credits `json:"passed,omitempty"`
	// Failed are the credits of a re-orientation examined and failed before
	// leaving.
	Failed auhl.Credits `json:"failed,omitempty"`
	// NotExamined are the credits of a re-orientation not yet examined.
	NotExamined auhl.Credits `json:"notExamined,omitempty"`
	// ReturnedByInstitution says that the institution gave the leerkrediet
	// of the re-orientation back under its own rules (its OER): the
	// credits not yet examined come back in full, whatever the date and
	// whether or not the student is in a bachelor for the first time.
	ReturnedByInstitution bool `json:"returnedByInstitution,omitempty"`
	// Level is the level of a diploma.
	Level DiplomaLevel `json:"level,omitempty"`
}

// Result is the leerkrediet of a history: the balance and the
// bonus left at the end of its last academic year, the same per academic
// year, and the findings that explain every step, each with its source. Its
// JSON encoding is an object with "balance", "bonusLeft", and the lists
// "years" and "findings", in that order.
type Result struct {
	// Balance is the leerkrediet at the end of the history's last academic
	// year, in credits; it can be zero or negative.
	Balance int `json:"balance"`
	// BonusLeft is what is left of the bonus on the first 60 earned credits.
	BonusLeft int `json:"bonusLeft"`
	// Years are the balance and the bonus left at the end of each academic
	// year, from the history's first to its last, years without an event
	// included.
	Years []Year `json:"years"`
	// Findings explain every step that changed the balance or matters, in
	// order.
	Findings []auhl.Finding `json:"findings"`
}

// Year is the leerkrediet at the end of one academic year.
type Year struct {
	// Year is the academic year.
	Year auhl.AcademicYear `json:"year"`
	// Balance is the leerkrediet at the end of the year, in credits.
	Balance int `json:"balance"`
	// BonusLeft is what is left of the bonus at the end of the year.
	BonusLeft int `json:"bonusLeft"`
	// Projected says that the year comes after the last one the rules
	// cover, and was computed with the rules of that last year (see
	// RulesFile.Project): its rules are not published yet.
	Projected bool `json:"projected,omitempty"`
}

// EventKind is the kind of a Event. Its JSON encoding is the
// identifier of each constant.
type EventKind string

// The kinds of event.
const (
	// EventEnrolment is an enrolment in a programme.
	EventEnrolment EventKind = "enrolment"
	// EventResults are the results of the enrolment before it.
	EventResults EventKind = "results"
	// EventReorientation is leaving the enrolment before it during the year,
	// to change programme.
	EventReorientation EventKind = "reorientation"
	// EventForceMajeure is a return of leerkrediet for force majeure.
	EventForceMajeure EventKind = "force-majeure"
	// EventCovid is a return of leerkrediet under the temporary COVID-19
	// procedure of the year.
	EventCovid EventKind = "covid"
	// EventNoEnrolment is an academic year without enrolment.
	EventNoEnrolment EventKind = "no-enrolment"
	// EventDiploma is a diploma obtained.
	EventDiploma EventKind = "diploma"
)

var eventKinds = []EventKind{EventEnrolment, EventResults, EventReorientation, EventForceMajeure, EventCovid, EventNoEnrolment, EventDiploma}

// Enum lists every valid EventKind.
func (EventKind) Enum() []string { return auhl.Strings(eventKinds) }

// Valid reports whether k is a known kind.
func (k EventKind) Valid() bool { return slices.Contains(eventKinds, k) }

// UnmarshalText accepts only a known kind.
func (k *EventKind) UnmarshalText(b []byte) error { return enum.Unmarshal(k, b, eventKinds) }

// Contract is the contract of an enrolment (Codex Hoger Onderwijs art.
// II.199), the same type as admission.Contract. Its JSON encoding is the
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

// ProgrammeKind is the kind of programme of an enrolment, as leerkrediet
// tells them apart. Its JSON encoding is the identifier of each constant.
type ProgrammeKind string

// The kinds of programme.
const (
	// InitialBachelor is an initial (professional or academic) bachelor,
	// a shortened one included.
	InitialBachelor ProgrammeKind = "initial-bachelor"
	// InitialMaster is an initial master.
	InitialMaster ProgrammeKind = "initial-master"
	// GraduaatProgramme is a graduaat (HBO5).
	GraduaatProgramme ProgrammeKind = "graduaat"
	// SchakelProgramme is a schakelprogramma (bridging programme).
	SchakelProgramme ProgrammeKind = "schakel"
	// VoorbereidingsProgramme is a voorbereidingsprogramma (preparatory
	// programme).
	VoorbereidingsProgramme ProgrammeKind = "voorbereiding"
	// Banaba is a bachelor-na-bachelor (advanced bachelor).
	Banaba ProgrammeKind = "banaba"
	// Manama is a master-na-master (advanced master).
	Manama ProgrammeKind = "manama"
	// Postgraduaat is a postgraduate programme.
	Postgraduaat ProgrammeKind = "postgraduaat"
)

var programmeTypes = []ProgrammeKind{InitialBachelor, InitialMaster, GraduaatProgramme, SchakelProgramme, VoorbereidingsProgramme, Banaba, Manama, Postgraduaat}

// Enum lists every valid ProgrammeKind.
func (ProgrammeKind) Enum() []string { return auhl.Strings(programmeTypes) }

// Valid reports whether p is a known kind of programme.
func (p ProgrammeKind) Valid() bool { return slices.Contains(programmeTypes, p) }

// UnmarshalText accepts only a known kind of programme.
func (p *ProgrammeKind) UnmarshalText(b []byte) error { return enum.Unmarshal(p, b, programmeTypes) }

// Name returns the name of the kind of programme in Dutch and English.
func (p ProgrammeKind) Name() auhl.Text {
	switch p {
	case InitialBachelor:
		return auhl.Text{NL: "een initiële bachelor", EN: "an initial bachelor"}
	case InitialMaster:
		return auhl.Text{NL: "een initiële master", EN: "an initial master"}
	case GraduaatProgramme:
		return auhl.Text{NL: "een graduaat", EN: "a graduaat (graduate programme)"}
	case SchakelProgramme:
		return auhl.Text{NL: "een schakelprogramma", EN: "a bridging programme (schakelprogramma)"}
	case VoorbereidingsProgramme:
		return auhl.Text{NL: "een voorbereidingsprogramma", EN: "a preparatory programme (voorbereidingsprogramma)"}
	case Banaba:
		return auhl.Text{NL: "een bachelor-na-bachelor", EN: "an advanced bachelor (banaba)"}
	case Manama:
		return auhl.Text{NL: "een master-na-master", EN: "an advanced master (manama)"}
	case Postgraduaat:
		return auhl.Text{NL: "een postgraduaat", EN: "a postgraduate programme"}
	}
	return auhl.Text{NL: string(p), EN: string(p)}
}

// DiplomaLevel is the level of a diploma in a History. Its JSON
// encoding is the identifier of each constant.
type DiplomaLevel string

// The levels of a diploma.
const (
	// BachelorDiploma is a professional or academic bachelor's diploma.
	BachelorDiploma DiplomaLevel = "bachelor"
	// MasterDiploma is a master's diploma.
	MasterDiploma DiplomaLevel = "master"
	// GraduaatDiploma is a graduaat (HBO5) diploma.
	GraduaatDiploma DiplomaLevel = "graduaat"
)

var diplomaLevels = []DiplomaLevel{BachelorDiploma, MasterDiploma, GraduaatDiploma}

// Enum lists every valid DiplomaLevel.
func (DiplomaLevel) Enum() []string { return auhl.Strings(diplomaLevels) }

// Valid reports whether l is a known level.
func (l DiplomaLevel) Valid() bool { return slices.Contains(diplomaLevels, l) }

// UnmarshalText accepts only a known level.
func (l *DiplomaLevel) UnmarshalText(b []byte) error { return enum.Unmarshal(l, b, diplomaLevels) }

// Name returns the name of the diploma in Dutch and English.
func (l DiplomaLevel) Name() auhl.Text {
	switch l {
	case BachelorDiploma:
		return auhl.Text{NL: "bachelordiploma", EN: "bachelor's diploma"}
	case MasterDiploma:
		return auhl.Text{NL: "masterdiploma", EN: "master's diploma"}
	case GraduaatDiploma:
		return auhl.Text{NL: "graduaatsdiploma", EN: "graduaat diploma"}
	}
	return auhl.Text{NL: string(l), EN: string(l)}
}

// programme is the kind of programme a diploma of level l crowns.
func (l DiplomaLevel) programme() ProgrammeKind {
	switch l {
	case BachelorDiploma:
		return InitialBachelor
	case MasterDiploma:
		return InitialMaster
	}
	return GraduaatProgramme
}
