package ewp

import (
	"slices"
	"time"
)

// LAsGetResponse is omobility-las-get-response of the Outgoing Mobility
// Learning Agreements API v1.2: the learning agreements (OLAs) a sending
// institution serves. It may hold none.
type LAsGetResponse struct {
	// LAs are the learning agreements, in the order of the document.
	LAs []LearningAgreement
}

// LearningAgreement is one `la` element: the learning agreement of one
// outgoing mobility, with its first version, the latest approved changes
// and a pending proposal of changes. String fields are empty when their
// element is absent.
type LearningAgreement struct {
	// OMobilityID identifies the mobility at the sending institution
	// (omobility-id, required, 1 to 64 printable ASCII characters).
	OMobilityID string
	// SendingHEI is the student's home institution (required).
	SendingHEI MobilityInstitution
	// ReceivingHEI is the host institution (required).
	ReceivingHEI MobilityInstitution
	// ReceivingAcademicYearID is the academic year at the receiving
	// institution, "2025/2026" (receiving-academic-year-id, required).
	ReceivingAcademicYearID string
	// Student is the student, every field required here.
	Student Student
	// Start is the planned start of the mobility (start-date or
	// start-year-month, required).
	Start PlannedDate
	// End is the planned end of the mobility (end-date or end-year-month,
	// required).
	End PlannedDate
	// EQFLevel is the student's EQF level at departure, 1 to 8
	// (eqf-level-studied-at-departure, required).
	EQFLevel int
	// ISCEDFCode is the ISCED-F code of the student's study programme
	// (isced-f-code, required).
	ISCEDFCode string
	// ISCEDClarification details ISCEDFCode (optional).
	ISCEDClarification string
	// LanguageSkill is the level in the main language of instruction
	// (student-language-skill, required).
	LanguageSkill LanguageSkill
	// FirstVersion is the first version all three parties signed (tables
	// A, B and C of the template), nil when not agreed yet.
	FirstVersion *ComponentLists
	// ApprovedChanges are the latest approved changes to the first
	// version (tables A2, B2 and C2), nil when there are none.
	ApprovedChanges *ComponentLists
	// ChangesProposal is the pending proposal: of the first version when
	// FirstVersion is nil, else of changes to it. Nil when nothing is
	// pending.
	ChangesProposal *ChangesProposal
	// LearningOutcomesURL is the receiving institution's course catalogue
	// page with the learning outcomes (optional, http or https).
	LearningOutcomesURL string
	// ProvisionsURL is the page of the provisions that apply when the
	// student does not complete a component (optional, http or https).
	ProvisionsURL string
}

// MobilityInstitution is a sending or receiving institution of an LA.
type MobilityInstitution struct {
	// HEIID is the institution's SCHAC code, such as "uhasselt.be"
	// (hei-id, required).
	HEIID string
	// OUnitName names the organisational unit responsible for the
	// student (ounit-name; required for the sending institution).
	OUnitName string
	// OUnitID identifies that unit in the Organizational Units API
	// (ounit-id, optional, recommended).
	OUnitID string
	// ContactPerson is the administrative contact (required).
	ContactPerson ContactPerson
}

// ContactPerson is the contact-person of a MobilityInstitution.
type ContactPerson struct {
	// GivenNames are the contact's given names (required).
	GivenNames string
	// FamilyName is the contact's family name (required).
	FamilyName string
	// Email is the contact's e-mail address (required).
	Email string
	// Phone is the contact's phone number, nil when not given.
	Phone *PhoneNumber
}

// PhoneNumber is the EWP phone number type (phone-number).
type PhoneNumber struct {
	// E164 is the number in E.164 form, such as "+3211268111" (optional).
	E164 string
	// Ext is the extension (optional).
	Ext string
	// OtherFormat is the number in any other form (optional).
	OtherFormat string
}

// Student is the student of an LA. Outside a changes proposal every field
// is required; inside one, only the fields that changed since the
// receiving institution's last approval are given.
type Student struct {
	// GivenNames are the student's given names.
	GivenNames string
	// FamilyName is the student's family name.
	FamilyName string
	// GlobalID is the European Student Identifier, such as
	// "urn:schac:personalUniqueCode:int:esi:uhasselt.be:1234567".
	GlobalID string
	// BirthDate is the date of birth.
	BirthDate Date
	// Citizenship is the ISO 3166-1 alpha-2 code of the country of
	// citizenship, such as "BE".
	Citizenship string
	// Gender is the ISO/IEC 5218 code, nil when not given.
	Gender *Gender
	// Email is the student's e-mail address.
	Email string
}

// IsZero reports whether no field of the student is given.
func (s Student) IsZero() bool { return s == Student{} }

// LanguageSkill is the student-language-skill of an LA.
type LanguageSkill struct {
	// Language is the BCP 47 code of the language, such as "en".
	Language string
	// CEFRLevel is the CEFR level, A1 to C2, or "NS" for a native speaker.
	CEFRLevel string
}

// ComponentLists is the ListOf_Components of the schema: the tables of one
// version of an LA and the signatures of that version. A nil list is an
// absent element; a list without components is an element without
// children, which the schema allows for the studied, recognised and
// virtual tables.
type ComponentLists struct {
	// Studied are the components studied at the receiving institution
	// (components-studied, table A or A2).
	Studied *ComponentList
	// Recognized are the components recognised at the sending institution
	// (components-recognized, table B or B2).
	Recognized *ComponentList
	// Virtual are the virtual components (virtual-components, table C or
	// C2).
	Virtual *ComponentList
	// Blended are the components of a blended mobility with short-term
	// physical mobility (blended-mobility-components).
	Blended *ComponentList
	// Doctoral are the components of a short-term doctoral mobility
	// (short-term-doctoral-components).
	Doctoral *ComponentList
	// StudentSignature is the student's signature (required).
	StudentSignature Signature
	// SendingHEISignature is the sending institution's signature
	// (required).
	SendingHEISignature Signature
	// ReceivingHEISignature is the receiving institution's signature:
	// required except in a changes proposal, which the receiving
	// institution approves by signing it.
	ReceivingHEISignature *Signature
}

// List names one of the five component lists, by its element name.
type List string

// The component lists of a version.
const (
	// ListStudied is components-studied (table A).
	ListStudied List = "components-studied"
	// ListRecognized is components-recognized (table B).
	ListRecognized List = "components-recognized"
	// ListVirtual is virtual-components (table C).
	ListVirtual List = "virtual-components"
	// ListBlended is blended-mobility-components.
	ListBlended List = "blended-mobility-components"
	// ListDoctoral is short-term-doctoral-components.
	ListDoctoral List = "short-term-doctoral-components"
)

var lists = []List{ListStudied, ListRecognized, ListVirtual, ListBlended, ListDoctoral}

// Enum lists the values of List in the order of the schema.
func (List) Enum() []string { return enumStrings(lists) }

// NamedList is a component list with its name.
type NamedList struct {
	// Name is the list's element name.
	Name List
	// List is the list, nil when absent.
	List *ComponentList
}

// Lists returns the five lists of v in the order of the schema, each with
// its name; absent lists are nil.
func (v *ComponentLists) Lists() [5]NamedList {
	return [5]NamedList{
		{ListStudied, v.Studied}, {ListRecognized, v.Recognized}, {ListVirtual, v.Virtual},
		{ListBlended, v.Blended}, {ListDoctoral, v.Doctoral},
	}
}

// ComponentList is one table of components. Its presence is meaningful
// even when it holds no component (an element without children).
type ComponentList struct {
	// Components are the components, in the order of the table.
	Components []Component
}

// Components returns a list holding cs.
func Components(cs ...Component) *ComponentList {
	return &ComponentList{Components: slices.Clone(cs)}
}

// ChangesProposal is a pending proposal: of the first version of an LA,
// or of changes to it. Its ID must change if and only if its content
// changes; ChangesProposalID derives one from the content.
type ChangesProposal struct {
	// ID identifies this state of the proposal (attribute id, required).
	// The receiving institution quotes it when it approves or comments.
	ID string
	// ComponentLists are the proposed tables and the signatures given so
	// far; the receiving institution's signature is usually absent.
	ComponentLists
	// Student holds the student's data that changed since the receiving
	// institution last approved, nil when none did.
	Student *Student
}

// Component is one educational component of a table: a course at the
// receiving institution (studied, virtual, blended, doctoral) or at the
// sending institution (recognised).
type Component struct {
	// Status says what the change is, when the component represents a
	// change: inserted or deleted. It is empty in a first version.
	Status ChangeStatus
	// ReasonCode is the coded reason of the change; each code fits either
	// an insertion or a deletion. Empty when not given.
	ReasonCode ReasonCode
	// ReasonText is the reason in words, preferably in English (the
	// "Reason for change" column).
	ReasonText string
	// LosID is the component's LOS id in the owner's Courses API, such as
	// "CR/1234" (optional).
	LosID string
	// LosCode is the code shown to people (optional).
	LosCode string
	// Title is the component's title (required).
	Title string
	// LoiID is the LOI id in the Courses API, such as "CRI/1234-2025"
	// (optional).
	LoiID string
	// TermID is the academic term at the owner institution: required in
	// the studied and recognised tables, optional elsewhere.
	TermID *TermID
	// Credits are the credits the student earns, usually one in the
	// "ects" scheme; none when credits do not apply.
	Credits []Credit
	// RecognitionConditions are the conditions for recognition by the
	// sending institution; their presence means no automatic
	// recognition. Only recognised components may have them.
	RecognitionConditions string
	// ShortDescription describes a virtual component: required in the
	// virtual table, on at least one blended component, allowed on
	// doctoral ones and on no other.
	ShortDescription string
}

// TermID is the academic term of a component (the TermId of the academic
// term types v2): TermNumber of TotalTerms, such as 2 of 2 for the second
// semester.
type TermID struct {
	// TermNumber is the number of the term within the academic year, at
	// most TotalTerms.
	TermNumber int64
	// TotalTerms is the number of terms of this kind in a year: 2 for
	// semesters, 3 for trimesters.
	TotalTerms int64
}

// Credit is a number of credits in a scheme.
type Credit struct {
	// Scheme is the credit scheme; "ects" (lower case) is the one
	// predefined scheme.
	Scheme string
	// Value is the number of credits, exactly.
	Value Decimal
}

// SchemeECTS is the predefined credit scheme.
const SchemeECTS = "ects"

// ECTS returns a credit of v ECTS, such as ECTS(MustDecimal("7.5")).
func ECTS(v Decimal) Credit { return Credit{Scheme: SchemeECTS, Value: v} }

// Signature is a signature of an LA version or of an update request.
type Signature struct {
	// SignerName is the full name of the signer: set for an institution's
	// signature, not for the student's.
	SignerName string
	// SignerPosition is the signer's position: set for an institution's
	// signature, not for the student's.
	SignerPosition string
	// SignerEmail is the signer's e-mail address: set for an
	// institution's signature, not for the student's.
	SignerEmail string
	// Timestamp is when the signature took place (required).
	Timestamp time.Time
	// SignerApp names the application the signature was made in
	// (optional).
	SignerApp string
}

// ChangeStatus is the status of a component that represents a change.
type ChangeStatus string

// The change statuses of the schema.
const (
	// StatusInserted: the component was added after the first version.
	StatusInserted ChangeStatus = "inserted"
	// StatusDeleted: the component was deleted after the first version.
	StatusDeleted ChangeStatus = "deleted"
)

// Enum lists the values of ChangeStatus.
func (ChangeStatus) Enum() []string { return []string{string(StatusInserted), string(StatusDeleted)} }

// Valid reports whether s is a known status; the empty status (no change)
// is not one.
func (s ChangeStatus) Valid() bool { return s == StatusInserted || s == StatusDeleted }

// ReasonCode is the coded reason of a change, as the EU template defines
// them. Each fits only one kind of change: see Fits.
type ReasonCode string

// The reason codes of OLA v1.2.
const (
	// ReasonNotAvailable: the component is not available at the receiving
	// institution. Deletions only.
	ReasonNotAvailable ReasonCode = "not-available"
	// ReasonLanguageMismatch: the component is in a different language
	// than the course catalogue said. Deletions only.
	ReasonLanguageMismatch ReasonCode = "language-mismatch"
	// ReasonTimetableConflict: a timetable conflict. Deletions only.
	ReasonTimetableConflict ReasonCode = "timetable-conflict"
	// ReasonSubstitutingDeleted: substitutes a deleted component.
	// Insertions only.
	ReasonSubstitutingDeleted ReasonCode = "substituting-deleted"
	// ReasonExtendingMobility: the mobility period is extended. Insertions
	// only.
	ReasonExtendingMobility ReasonCode = "extending-mobility"
	// ReasonAddingVirtualComponent: a virtual component is added.
	// Insertions only.
	ReasonAddingVirtualComponent ReasonCode = "adding-virtual-component"
)

var reasonCodes = []ReasonCode{
	ReasonNotAvailable, ReasonLanguageMismatch, ReasonTimetableConflict,
	ReasonSubstitutingDeleted, ReasonExtendingMobility, ReasonAddingVirtualComponent,
}

// Enum lists the values of ReasonCode.
func (ReasonCode) Enum() []string { return enumStrings(reasonCodes) }

// Valid reports whether r is a reason code of OLA v1.2. A newer API
// version may add codes; the schema says to treat an unknown one as if no
// code were given.
func (r ReasonCode) Valid() bool { return slices.Contains(reasonCodes, r) }

// Status returns the only change status r may be given with, "" for an
// unknown code.
func (r ReasonCode) Status() ChangeStatus {
	switch r {
	case ReasonNotAvailable, ReasonLanguageMismatch, ReasonTimetableConflict:
		return StatusDeleted
	case ReasonSubstitutingDeleted, ReasonExtendingMobility, ReasonAddingVirtualComponent:
		return StatusInserted
	}
	return ""
}

// Fits reports whether r may be given with a change of status s.
func (r ReasonCode) Fits(s ChangeStatus) bool { return s != "" && r.Status() == s }

// LAsUpdateRequest is omobility-las-update-request of OLA v1.2: the
// receiving institution approves or comments on a changes proposal.
// Exactly one of Approve and Comment is set.
type LAsUpdateRequest struct {
	// SendingHEIID is the sending institution of the LA (required).
	SendingHEIID string
	// Approve approves a proposal (approve-proposal-v1).
	Approve *ApproveLAProposal
	// Comment comments on a proposal instead (comment-proposal-v1).
	Comment *CommentLAProposal
}

// ApproveLAProposal approves, and so signs, a changes proposal.
type ApproveLAProposal struct {
	// OMobilityID identifies the LA (required).
	OMobilityID string
	// ChangesProposalID is the id of the proposal approved; a stale one
	// gets HTTP 409 (required).
	ChangesProposalID string
	// Signature is the receiving institution's signature (required).
	Signature Signature
}

// CommentLAProposal says why a changes proposal is not accepted and what
// should change.
type CommentLAProposal struct {
	// OMobilityID identifies the LA (required).
	OMobilityID string
	// ChangesProposalID is the id of the proposal commented on (required).
	ChangesProposalID string
	// Comment is the comment (required).
	Comment string
	// Signature is the receiving institution's signature (required).
	Signature Signature
}
