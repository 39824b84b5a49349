package ewp

import (
	"time"
)

func ts(s string) time.Time {
	t, err := parseDateTime(s)
	if err != nil {
		panic(err)
	}
	return t
}

func heiSig(name, at string) Signature {
	return Signature{SignerName: name, SignerPosition: "Erasmus coordinator", SignerEmail: "iro@example.be", Timestamp: ts(at), SignerApp: "auhl-go"}
}

func semester() *TermID { return &TermID{TermNumber: 1, TotalTerms: 2} }

// testLA is a valid learning agreement of a School of Arts student from
// UHasselt at a partner: a signed first version, approved changes and a
// pending proposal.
func testLA() LearningAgreement {
	return LearningAgreement{
		OMobilityID: "auhl-2025-0042",
		SendingHEI: MobilityInstitution{
			HEIID: "uhasselt.be", OUnitName: "School of Arts", OUnitID: "SoA",
			ContactPerson: ContactPerson{GivenNames: "An", FamilyName: "Peeters", Email: "an.peeters@uhasselt.be",
				Phone: &PhoneNumber{E164: "+3211268111"}},
		},
		ReceivingHEI: MobilityInstitution{
			HEIID: "uw.edu.pl", OUnitName: "Faculty of Fine Arts",
			ContactPerson: ContactPerson{GivenNames: "Paweł", FamilyName: "Kowalski", Email: "pk@uw.edu.pl"},
		},
		ReceivingAcademicYearID: "2025/2026",
		Student: Student{
			GivenNames: "Lotte", FamilyName: "Janssens",
			GlobalID:  "urn:schac:personalUniqueCode:int:esi:uhasselt.be:1234567",
			BirthDate: NewDate(2003, time.April, 12), Citizenship: "BE", Gender: GenderOf(GenderFemale),
			Email: "lotte.janssens@student.uhasselt.be",
		},
		Start:         PlannedDate{Year: 2025, Month: time.September, Day: 22},
		End:           PlannedDate{Year: 2026, Month: time.January},
		EQFLevel:      6,
		ISCEDFCode:    "0213",
		LanguageSkill: LanguageSkill{Language: "en", CEFRLevel: "B2"},
		FirstVersion: &ComponentLists{
			Studied: Components(
				Component{LosCode: "ART-301", Title: "Sculpture & <space>", TermID: semester(), Credits: []Credit{ECTS(MustDecimal("7.5"))}},
				Component{LosID: "CR/1234", Title: "Printmaking", TermID: semester(), Credits: []Credit{ECTS(MustDecimal("7.5"))}},
			),
			Recognized: Components(
				Component{Title: "Atelier 3", TermID: semester(), Credits: []Credit{ECTS(MustDecimal("15"))},
					RecognitionConditions: "a portfolio of the work abroad"},
			),
			Virtual: Components(
				Component{Title: "Online critique", Credits: []Credit{ECTS(MustDecimal("3"))}, ShortDescription: "Weekly online critique sessions"},
			),
			StudentSignature:      Signature{Timestamp: ts("2025-06-02T10:00:00+02:00")},
			SendingHEISignature:   heiSig("An Peeters", "2025-06-03T09:00:00+02:00"),
			ReceivingHEISignature: &Signature{SignerName: "Paweł Kowalski", SignerPosition: "Coordinator", SignerEmail: "pk@uw.edu.pl", Timestamp: ts("2025-06-10T12:00:00Z")},
		},
		ApprovedChanges: &ComponentLists{
			Studied: Components(
				Component{Status: StatusDeleted, ReasonCode: ReasonTimetableConflict, Title: "Printmaking", TermID: semester(), Credits: []Credit{ECTS(MustDecimal("7.5"))}},
				Component{Status: StatusInserted, ReasonCode: ReasonSubstitutingDeleted, Title: "Etching", TermID: semester(), Credits: []Credit{ECTS(MustDecimal("7.5"))}},
			),
			StudentSignature:      Signature{Timestamp: ts("2025-10-01T10:00:00+02:00")},
			SendingHEISignature:   heiSig("An Peeters", "2025-10-02T10:00:00+02:00"),
			ReceivingHEISignature: &Signature{SignerName: "Paweł Kowalski", SignerPosition: "Coordinator", SignerEmail: "pk@uw.edu.pl", Timestamp: ts("2025-10-03T10:00:00+02:00")},
		},
		ChangesProposal: &ChangesProposal{
			ID: "p-1",
			ComponentLists: ComponentLists{
				Virtual: Components(
					Component{Status: StatusInserted, ReasonCode: ReasonAddingVirtualComponent, Title: "Digital drawing", ShortDescription: "Online course", Credits: []Credit{ECTS(MustDecimal("2.5"))}},
				),
				StudentSignature:    Signature{Timestamp: ts("2025-11-01T10:00:00+01:00")},
				SendingHEISignature: heiSig("An Peeters", "2025-11-02T10:00:00+01:00"),
			},
			Student: &Student{FamilyName: "Janssens-Claes"},
		},
		LearningOutcomesURL: "https://www.uw.edu.pl/courses",
		ProvisionsURL:       "https://www.uhasselt.be/provisions",
	}
}

// testMobility is a valid nomination.
func testMobility() StudentMobility {
	m := StudentMobility{
		OMobilityID: "auhl-2025-0042",
		Student: MobilityStudent{
			GivenNames: []LangString{{Value: "Lotte"}, {Lang: "nl", Value: "Lotte"}},
			FamilyName: Strings("Janssens"),
			GlobalID:   "urn:schac:personalUniqueCode:int:esi:uhasselt.be:1234567",
			BirthDate:  NewDate(2003, time.April, 12), Nationality: "BE", Gender: GenderOf(GenderFemale),
			Email: "lotte.janssens@student.uhasselt.be",
		},
		Nomination: Nomination{
			SendingHEI:              NominationHEI{HEIID: "uhasselt.be", IIAID: "iia-17"},
			ReceivingHEI:            NominationHEI{HEIID: "uw.edu.pl", IIAID: "549117543"},
			SendingAcademicTermID:   "2025/2026-1/2",
			ReceivingAcademicYearID: "2025/2026",
			ActivityType:            ActivityStudentStudies,
			ActivityAttributes:      AttributesLongTerm,
			AgreementISCEDFCode:     "0213",
			EQFLevel:                6,
			NomineeISCEDFCode:       "0213",
			Comment:                 "School of Arts pilot",
		},
		Status: MobilityPending,
	}
	m.Nomination.ProposalID = NominationProposalID(&m.Nomination)
	return m
}

func testLAsUpdate() *LAsUpdateRequest {
	return &LAsUpdateRequest{
		SendingHEIID: "uhasselt.be",
		Approve: &ApproveLAProposal{OMobilityID: "auhl-2025-0042", ChangesProposalID: "p-1",
			Signature: Signature{SignerName: "Paweł Kowalski", SignerPosition: "Coordinator", SignerEmail: "pk@uw.edu.pl", Timestamp: ts("2025-11-05T10:00:00+01:00")}},
	}
}

func testOMobilitiesUpdate() *OMobilitiesUpdateRequest {
	return &OMobilitiesUpdateRequest{Reject: &RejectNomination{OMobilityID: "auhl-2025-0042", ProposalID: "abc", Comment: "No places left"}}
}
