package mobility

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/internal/enum"
	"github.com/auhl/auhl-go/mobility/ewp"
)

// Activity is the kind of a mobility, as the Erasmus+ programme tells
// them apart. Its JSON encoding is the value of each constant.
type Activity string

// The activities of students and staff.
const (
	// StudentStudy is long-term study mobility (SMS), 2 to 12 months.
	StudentStudy Activity = "student-study"
	// StudentTraineeship is a traineeship (SMT), 2 to 12 months.
	StudentTraineeship Activity = "student-traineeship"
	// StudentShortBlended is short-term blended mobility: 5 to 30 days
	// abroad with a compulsory virtual component.
	StudentShortBlended Activity = "student-short-term-blended"
	// StudentShortDoctoral is short-term doctoral mobility, 5 to 30 days.
	StudentShortDoctoral Activity = "student-short-term-doctoral"
	// StudentBIP is a blended intensive programme: 5 to 30 days abroad and
	// a compulsory virtual component, run by at least three institutions.
	StudentBIP Activity = "student-blended-intensive-programme"
	// StaffTeaching is staff mobility for teaching (STA).
	StaffTeaching Activity = "staff-teaching"
	// StaffTraining is staff mobility for training (STT).
	StaffTraining Activity = "staff-training"
)

// Activities lists every Activity, students first.
func Activities() []Activity {
	return []Activity{StudentStudy, StudentTraineeship, StudentShortBlended, StudentShortDoctoral, StudentBIP, StaffTeaching, StaffTraining}
}

// Enum lists the values of Activity.
func (Activity) Enum() []string { return auhl.Strings(Activities()) }

// Valid reports whether a is a known activity.
func (a Activity) Valid() bool {
	for _, x := range Activities() {
		if a == x {
			return true
		}
	}
	return false
}

// Student reports whether a is a mobility of a student.
func (a Activity) Student() bool { return a.Valid() && !a.Staff() }

// Staff reports whether a is a mobility of a staff member.
func (a Activity) Staff() bool { return a == StaffTeaching || a == StaffTraining }

// LongTerm reports whether a is counted in months: study or traineeship.
func (a Activity) LongTerm() bool { return a == StudentStudy || a == StudentTraineeship }

// ShortTerm reports whether a is a short-term student mobility.
func (a Activity) ShortTerm() bool {
	return a == StudentShortBlended || a == StudentShortDoctoral || a == StudentBIP
}

// Attributes returns the activity attributes of a in outgoing mobilities
// v3, and false for an activity that API does not carry (a traineeship,
// staff mobility).
func (a Activity) Attributes() (ewp.ActivityAttributes, bool) {
	switch a {
	case StudentStudy:
		return ewp.AttributesLongTerm, true
	case StudentShortBlended, StudentBIP:
		return ewp.AttributesShortTermBlended, true
	case StudentShortDoctoral:
		return ewp.AttributesShortTermDoctoral, true
	}
	return "", false
}

// UnmarshalText accepts only a known activity.
func (a *Activity) UnmarshalText(b []byte) error { return enum.Unmarshal(a, b, Activities()) }

// Direction says whether a mobility leaves the association or comes to
// it. Its JSON encoding is "outgoing" or "incoming".
type Direction string

// The directions.
const (
	// Outgoing: a student or staff member of UHasselt or PXL goes abroad.
	Outgoing Direction = "outgoing"
	// Incoming: a student or staff member of a partner comes to UHasselt
	// or PXL.
	Incoming Direction = "incoming"
)

// Enum lists the values of Direction.
func (Direction) Enum() []string { return []string{string(Outgoing), string(Incoming)} }

// Valid reports whether d is a known direction.
func (d Direction) Valid() bool { return d == Outgoing || d == Incoming }

// UnmarshalText accepts only a known direction.
func (d *Direction) UnmarshalText(b []byte) error {
	return enum.Unmarshal(d, b, []Direction{Outgoing, Incoming})
}
