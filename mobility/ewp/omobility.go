package ewp

import "slices"

// OMobilitiesGetResponse is omobilities-get-response of the Outgoing
// Mobilities API v3: the nominations a sending institution serves. It may
// hold none.
type OMobilitiesGetResponse struct {
	// Mobilities are the student mobilities, in the order of the document.
	Mobilities []StudentMobility
}

// StudentMobility is one student-mobility element: a nomination and its
// status.
type StudentMobility struct {
	// OMobilityID identifies the mobility at the sending institution
	// (required, 1 to 64 printable ASCII characters).
	OMobilityID string
	// Student is the nominated student (required).
	Student MobilityStudent
	// Nomination is the nomination (required).
	Nomination Nomination
	// Status is the mobility's status (required).
	Status MobilityStatus
}

// MobilityStudent is the student of a nomination; every field is
// required.
type MobilityStudent struct {
	// GivenNames are the given names, at least one, possibly in several
	// languages or scripts.
	GivenNames []LangString
	// FamilyName is the family name, at least one, possibly in several
	// languages or scripts.
	FamilyName []LangString
	// GlobalID is the European Student Identifier.
	GlobalID string
	// BirthDate is the date of birth.
	BirthDate Date
	// Nationality is the ISO 3166-1 alpha-2 country code, such as "BE".
	Nationality string
	// Gender is the ISO/IEC 5218 code; nil only when absent, which the
	// schema does not allow.
	Gender *Gender
	// Email is the address at which to contact the student.
	Email string
}

// LangString is a string with an optional xml:lang, the
// StringWithOptionalLang of the EWP common types.
type LangString struct {
	// Lang is the BCP 47 language (and script) of Value, "" when not
	// given.
	Lang string
	// Value is the string.
	Value string
}

// Strings returns a list of LangStrings without a language, one per value.
func Strings(values ...string) []LangString {
	out := make([]LangString, len(values))
	for i, v := range values {
		out[i] = LangString{Value: v}
	}
	return out
}

// Nomination is the NominationType of outgoing mobilities v3. Its
// ProposalID must change if and only if its content changes;
// NominationProposalID derives one from the content.
type Nomination struct {
	// ProposalID identifies this state of the nomination (attribute
	// proposal-id, required).
	ProposalID string
	// SendingHEI is the home institution (required).
	SendingHEI NominationHEI
	// ReceivingHEI is the host institution (required).
	ReceivingHEI NominationHEI
	// SendingAcademicTermID is the academic term at the sending
	// institution, such as "2025/2026-1/2"; exactly one of it and
	// NonStandardPeriod is given.
	SendingAcademicTermID string
	// NonStandardPeriod says that the mobility lies outside any standard
	// academic term (non-standard-mobility-period).
	NonStandardPeriod bool
	// ReceivingAcademicYearID is the academic year at the receiving
	// institution, "2025/2026" (required).
	ReceivingAcademicYearID string
	// ActivityType is the activity type (required).
	ActivityType ActivityType
	// ActivityAttributes say whether the mobility is long-term,
	// short-term blended or short-term doctoral (required).
	ActivityAttributes ActivityAttributes
	// AgreementISCEDFCode is the four-digit ISCED-F code of the
	// agreement's cooperation condition (required).
	AgreementISCEDFCode string
	// EQFLevel is the student's EQF level at departure, 1 to 8
	// (required).
	EQFLevel int
	// NomineeISCEDFCode is the four-digit ISCED-F code of the student's
	// programme (required).
	NomineeISCEDFCode string
	// Comment is a comment for the international relations offices only
	// (optional).
	Comment string
}

// NominationHEI is the sending-hei or receiving-hei of a nomination.
type NominationHEI struct {
	// HEIID is the institution's SCHAC code (required).
	HEIID string
	// OUnitID is the responsible organisational unit (optional).
	OUnitID string
	// IIAID is the institution's own id of the inter-institutional
	// agreement. When the sending institution's is given, the receiving
	// institution's must be too.
	IIAID string
}

// MobilityStatus is the status of a mobility in outgoing mobilities v3.
type MobilityStatus string

// The mobility statuses of the schema.
const (
	// MobilityPending: nominated, neither approved nor rejected yet. The
	// status a mobility starts with.
	MobilityPending MobilityStatus = "pending"
	// MobilityApproved: the receiving institution accepted the nomination.
	MobilityApproved MobilityStatus = "approved"
	// MobilityRejected: the receiving institution rejected the nomination,
	// with a comment.
	MobilityRejected MobilityStatus = "rejected"
	// MobilityCancelled: the sending institution cancelled the
	// nomination; the mobility will not take place.
	MobilityCancelled MobilityStatus = "cancelled"
)

var mobilityStatuses = []MobilityStatus{MobilityPending, MobilityApproved, MobilityRejected, MobilityCancelled}

// Enum lists the values of MobilityStatus.
func (MobilityStatus) Enum() []string { return enumStrings(mobilityStatuses) }

// Valid reports whether s is a known status.
func (s MobilityStatus) Valid() bool { return slices.Contains(mobilityStatuses, s) }

// ActivityType is the type of a student mobility.
type ActivityType string

// ActivityStudentStudies is student mobility for studies (SMS), the only
// activity type of outgoing mobilities v3.
const ActivityStudentStudies ActivityType = "student-studies"

// Enum lists the values of ActivityType.
func (ActivityType) Enum() []string { return []string{string(ActivityStudentStudies)} }

// Valid reports whether t is a known activity type.
func (t ActivityType) Valid() bool { return t == ActivityStudentStudies }

// ActivityAttributes say how long a mobility is and how it is delivered.
type ActivityAttributes string

// The activity attributes of the schema.
const (
	// AttributesLongTerm is long-term physical mobility, with an optional
	// virtual component.
	AttributesLongTerm ActivityAttributes = "long-term"
	// AttributesShortTermBlended is short-term blended mobility, with a
	// compulsory virtual component.
	AttributesShortTermBlended ActivityAttributes = "short-term-blended"
	// AttributesShortTermDoctoral is short-term doctoral mobility, with
	// an optional virtual component.
	AttributesShortTermDoctoral ActivityAttributes = "short-term-doctoral"
)

var activityAttributes = []ActivityAttributes{AttributesLongTerm, AttributesShortTermBlended, AttributesShortTermDoctoral}

// Enum lists the values of ActivityAttributes.
func (ActivityAttributes) Enum() []string { return enumStrings(activityAttributes) }

// Valid reports whether a is a known value.
func (a ActivityAttributes) Valid() bool { return slices.Contains(activityAttributes, a) }

// OMobilitiesUpdateRequest is omobilities-update-request of outgoing
// mobilities v3: the receiving institution approves or rejects a
// nomination. Exactly one of Approve and Reject is set.
type OMobilitiesUpdateRequest struct {
	// Approve approves a nomination (approve-proposal-v1).
	Approve *ApproveNomination
	// Reject rejects it (reject-proposal-v1).
	Reject *RejectNomination
}

// ApproveNomination approves a nomination.
type ApproveNomination struct {
	// OMobilityID identifies the mobility (required).
	OMobilityID string
	// ProposalID is the nomination's proposal id approved; a stale one
	// gets HTTP 409 (required).
	ProposalID string
}

// RejectNomination rejects a nomination, saying why.
type RejectNomination struct {
	// OMobilityID identifies the mobility (required).
	OMobilityID string
	// ProposalID is the nomination's proposal id rejected (required).
	ProposalID string
	// Comment says why, and what should change (required).
	Comment string
}

func enumStrings[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}
