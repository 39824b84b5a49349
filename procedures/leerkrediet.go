package procedures

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/auhl/auhl-go/auhl"
)

// LeerkredietHistory is a student's history in Flemish higher education as
// leerkrediet (learning credit) sees it: enrolments, results,
// re-orientations, returns for force majeure, years without enrolment and
// diplomas, in the order they happened. It starts with the student's first
// event, at the starting balance of 140 credits. Its JSON encoding is an
// object with the list of events under "events"; decode it with
// DecodeHistory, which checks it.
type LeerkredietHistory struct {
	// Events are the events in the order they happened; their academic
	// years never go backwards.
	Events []LeerkredietEvent `json:"events"`
}

// LeerkredietEvent is one event of a LeerkredietHistory. Kind says which
// fields it has:
//
//   - enrolment: Contract, Programme and Credits, the credits taken up;
//   - results: Earned (credits passed with at least 10/20) and Tolerated
//     (credits tolerated or deliberated), of the enrolment it follows;
//   - reorientation: the student leaves the enrolment it follows on Date,
//     with Passed, Failed and NotExamined credits that add up to that
//     enrolment's credits, and ReturnedByInstitution when the institution
//     gave leerkrediet back under its own rules (its OER);
//   - force-majeure: Credits the Raad voor betwistingen returned for an
//     enrolment of that year;
//   - no-enrolment: the student was not enrolled that year;
//   - diploma: Level, the diploma obtained that year.
//
// A field that its kind does not have must be left out (or zero).
type LeerkredietEvent struct {
	// Year is the academic year of the event.
	Year auhl.AcademicYear `json:"year"`
	// Kind is what happened.
	Kind EventKind `json:"kind"`
	// Contract is the contract of an enrolment.
	Contract Contract `json:"contract,omitempty"`
	// Programme is the kind of programme of an enrolment.
	Programme ProgrammeType `json:"programme,omitempty"`
	// Credits are the credits of an enrolment, or those returned for force
	// majeure.
	Credits auhl.Credits `json:"credits,omitempty"`
	// Earned are the credits of a results event passed with at least 10/20
	// (a credit).
	Earned auhl.Credits `json:"earned,omitempty"`
	// Tolerated are the credits of a results event that were tolerated or
	// deliberated: they count for the programme but not for leerkrediet.
	Tolerated auhl.Credits `json:"tolerated,omitempty"`
	// Date is the day of a re-orientation: when the student has both left
	// the first programme and enrolled in the next one, "2027-02-10".
	Date Date `json:"date,omitempty"`
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

// LeerkredietResult is the leerkrediet of a history: the balance and the
// bonus left at the end of its last academic year, the same per academic
// year, and the findings that explain every step, each with its source. Its
// JSON encoding is an object with "balance", "bonusLeft", and the lists
// "years" and "findings", in that order.
type LeerkredietResult struct {
	// Balance is the leerkrediet at the end of the history's last academic
	// year, in credits; it can be zero or negative.
	Balance int `json:"balance"`
	// BonusLeft is what is left of the bonus on the first 60 earned credits.
	BonusLeft int `json:"bonusLeft"`
	// Years are the balance and the bonus left at the end of each academic
	// year, from the history's first to its last, years without an event
	// included.
	Years []LeerkredietYear `json:"years"`
	// Findings explain every step that changed the balance or matters, in
	// order.
	Findings []auhl.Finding `json:"findings"`
}

// LeerkredietYear is the leerkrediet at the end of one academic year.
type LeerkredietYear struct {
	// Year is the academic year.
	Year auhl.AcademicYear `json:"year"`
	// Balance is the leerkrediet at the end of the year, in credits.
	Balance int `json:"balance"`
	// BonusLeft is what is left of the bonus at the end of the year.
	BonusLeft int `json:"bonusLeft"`
}

// EventKind is the kind of a LeerkredietEvent. Its JSON encoding is the
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
	// EventNoEnrolment is an academic year without enrolment.
	EventNoEnrolment EventKind = "no-enrolment"
	// EventDiploma is a diploma obtained.
	EventDiploma EventKind = "diploma"
)

var eventKinds = []EventKind{EventEnrolment, EventResults, EventReorientation, EventForceMajeure, EventNoEnrolment, EventDiploma}

// Enum lists every valid EventKind.
func (EventKind) Enum() []string { return auhl.Strings(eventKinds) }

// Valid reports whether k is a known kind.
func (k EventKind) Valid() bool { return slices.Contains(eventKinds, k) }

// UnmarshalText accepts only a known kind.
func (k *EventKind) UnmarshalText(b []byte) error { return unmarshalEnum(k, b, eventKinds) }

// Contract is the contract of an enrolment (Codex Hoger Onderwijs art.
// II.199). Its JSON encoding is the identifier of each constant.
type Contract string

// The contracts.
const (
	// DiplomaContract (diplomacontract) aims at a diploma.
	DiplomaContract Contract = "diploma"
	// CreditContract (creditcontract) aims at a credit certificate per
	// course; it never leads to a diploma.
	CreditContract Contract = "credit"
	// ExamContract (examencontract) gives exams only, no classes.
	ExamContract Contract = "exam"
)

var contracts = []Contract{DiplomaContract, CreditContract, ExamContract}

// Enum lists every valid Contract.
func (Contract) Enum() []string { return auhl.Strings(contracts) }

// Valid reports whether c is a known contract.
func (c Contract) Valid() bool { return slices.Contains(contracts, c) }

// UnmarshalText accepts only a known contract.
func (c *Contract) UnmarshalText(b []byte) error { return unmarshalEnum(c, b, contracts) }

// Name returns the contract's name in Dutch and English.
func (c Contract) Name() auhl.Text {
	switch c {
	case DiplomaContract:
		return auhl.Text{NL: "diplomacontract", EN: "diploma contract"}
	case CreditContract:
		return auhl.Text{NL: "creditcontract", EN: "credit contract"}
	case ExamContract:
		return auhl.Text{NL: "examencontract", EN: "exam contract"}
	}
	return auhl.Text{NL: string(c), EN: string(c)}
}

// ProgrammeType is the kind of programme of an enrolment, as leerkrediet
// tells them apart. Its JSON encoding is the identifier of each constant.
type ProgrammeType string

// The kinds of programme.
const (
	// InitialBachelor is an initial (professional or academic) bachelor,
	// a shortened one included.
	InitialBachelor ProgrammeType = "initial-bachelor"
	// InitialMaster is an initial master.
	InitialMaster ProgrammeType = "initial-master"
	// GraduaatProgramme is a graduaat (HBO5).
	GraduaatProgramme ProgrammeType = "graduaat"
	// SchakelProgramme is a schakelprogramma (bridging programme).
	SchakelProgramme ProgrammeType = "schakel"
	// VoorbereidingsProgramme is a voorbereidingsprogramma (preparatory
	// programme).
	VoorbereidingsProgramme ProgrammeType = "voorbereiding"
	// Banaba is a bachelor-na-bachelor (advanced bachelor).
	Banaba ProgrammeType = "banaba"
	// Manama is a master-na-master (advanced master).
	Manama ProgrammeType = "manama"
	// Postgraduaat is a postgraduate programme.
	Postgraduaat ProgrammeType = "postgraduaat"
)

var programmeTypes = []ProgrammeType{InitialBachelor, InitialMaster, GraduaatProgramme, SchakelProgramme, VoorbereidingsProgramme, Banaba, Manama, Postgraduaat}

// Enum lists every valid ProgrammeType.
func (ProgrammeType) Enum() []string { return auhl.Strings(programmeTypes) }

// Valid reports whether p is a known kind of programme.
func (p ProgrammeType) Valid() bool { return slices.Contains(programmeTypes, p) }

// UnmarshalText accepts only a known kind of programme.
func (p *ProgrammeType) UnmarshalText(b []byte) error { return unmarshalEnum(p, b, programmeTypes) }

// Name returns the name of the kind of programme in Dutch and English.
func (p ProgrammeType) Name() auhl.Text {
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

// DiplomaLevel is the level of a diploma in a LeerkredietHistory. Its JSON
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
func (l *DiplomaLevel) UnmarshalText(b []byte) error { return unmarshalEnum(l, b, diplomaLevels) }

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
func (l DiplomaLevel) programme() ProgrammeType {
	switch l {
	case BachelorDiploma:
		return InitialBachelor
	case MasterDiploma:
		return InitialMaster
	}
	return GraduaatProgramme
}

// unmarshalEnum sets *dst to the value b when it is one of all, and
// otherwise returns a *auhl.ValidationError with an auhl.CodeEnum problem.
func unmarshalEnum[T ~string](dst *T, b []byte, all []T) error {
	v := T(b)
	if !slices.Contains(all, v) {
		return &auhl.ValidationError{Problems: []auhl.Problem{{
			Code:   auhl.CodeEnum,
			Params: auhl.Params{"value": auhl.Str(auhl.Clip(string(b))), "allowed": auhl.Str(strings.Join(auhl.Strings(all), ", "))},
		}}}
	}
	*dst = v
	return nil
}

// Date is a calendar day. Its JSON encoding is "2006-01-02"; the empty
// string is no date.
type Date string

const dateLayout = "2006-01-02"

// Valid reports whether d is a real calendar day written "2006-01-02".
func (d Date) Valid() bool {
	if len(d) != len(dateLayout) {
		return false
	}
	_, err := time.Parse(dateLayout, string(d))
	return err == nil
}

// UnmarshalText accepts a real calendar day written "2006-01-02", or the
// empty string.
func (d *Date) UnmarshalText(b []byte) error {
	v := Date(b)
	if v != "" && !v.Valid() {
		return &auhl.ValidationError{Problems: []auhl.Problem{{
			Code: CodeDateFormat, Params: auhl.Params{"value": auhl.Str(auhl.Clip(string(b)))},
		}}}
	}
	*d = v
	return nil
}

// AcademicYear returns the academic year the day falls in. This package
// takes an academic year to run from 1 September to 31 August, so that
// every day belongs to exactly one (the Codex lets institutions start the
// teaching year later in September; that changes nothing here).
func (d Date) AcademicYear() auhl.AcademicYear {
	if !d.Valid() {
		return auhl.AcademicYear{}
	}
	t, _ := time.Parse(dateLayout, string(d))
	start := t.Year()
	if t.Month() < time.September {
		start--
	}
	y, err := auhl.AcademicYearStarting(start)
	if err != nil {
		return auhl.AcademicYear{}
	}
	return y
}

// MonthDay is a day of the year without the year, "12-01" for 1 December,
// as the leerkrediet rules give their dates. A month from September on
// falls in the first calendar year of an academic year, an earlier one in
// the second.
type MonthDay string

// In returns the day in academic year y: "12-01" in 2026-2027 is
// 2026-12-01, "03-15" is 2027-03-15. It returns "" when m is not a valid
// day of that year.
func (m MonthDay) In(y auhl.AcademicYear) Date {
	if len(m) != 5 || y.IsZero() {
		return ""
	}
	year := y.End()
	if m[:2] >= "09" {
		year = y.Start()
	}
	d := Date(strconv.Itoa(year) + "-" + string(m))
	if !d.Valid() {
		return ""
	}
	return d
}

// valid reports whether m is a day of every year (29 February is not).
func (m MonthDay) valid() bool { return len(m) == 5 && Date("2001-"+string(m)).Valid() }
