package main

import (
	"time"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/mobility"
	"github.com/auhl/auhl-go/mobility/ewp"
	"github.com/auhl/auhl-go/mobility/grant"
	"github.com/auhl/auhl-go/mobility/recognition"
)

// The scenario: one School of Arts student of UHasselt goes to a partner
// academy for the autumn term of 2025-2026, funded by the 2024 call. The
// partner, its factsheet, its grading table and the student are made up
// for the example; the rules and rates are the embedded ones.
const (
	sendingHEI   = "uhasselt.be"
	receivingHEI = "academy.example.pl"
	omobilityID  = "auhl-2025-0042"
)

// day parses a date of the scenario.
func day(s string) auhl.Date { return auhl.MustParseDate(s) }

// at parses a time of the scenario.
func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// newCase returns the scenario's case, before its application.
func newCase() *mobility.Case {
	return &mobility.Case{ID: omobilityID, Direction: mobility.Outgoing, Activity: mobility.StudentStudy, CallYear: 2024,
		Participant: "Lotte Janssens", SendingHEI: sendingHEI, ReceivingHEI: receivingHEI,
		Planned: mobility.Period{Start: day("2025-09-22"), End: day("2026-01-31")}}
}

// application is what the student's eligibility is decided on.
func application() mobility.Application {
	return mobility.Application{Activity: mobility.StudentStudy, CallYear: 2024, Institution: auhl.UHasselt,
		Period: mobility.Period{Start: day("2025-09-22"), End: day("2026-01-31")}, SendingCountry: "BE", ReceivingCountry: "PL",
		ResidenceCountry: "BE", EarnedCredits: 90}
}

// md parses a day of the year of the scenario.
func md(s string) auhl.MonthDay {
	m, err := auhl.ParseMonthDay(s)
	if err != nil {
		panic(err)
	}
	return m
}

// factsheet is the partner's factsheet: a portfolio as a PDF or a URL, a
// motivation letter, a language certificate.
func factsheet() mobility.Factsheet {
	return mobility.Factsheet{HEIID: receivingHEI,
		Nominations:   mobility.TermDeadlines{Autumn: md("04-15"), Spring: md("10-15")},
		Applications:  mobility.TermDeadlines{Autumn: md("05-15"), Spring: md("11-15")},
		DecisionWeeks: 5, TORWeeks: 5,
		Requirements: []mobility.Requirement{
			{Name: mobility.Portfolio, Details: "Ten recent works; video and sound work as a link"},
			{Name: mobility.MotivationLetter, Details: "One page, in English"},
			{Name: mobility.LanguageCertificate, Details: "English, B2"},
		}}
}

// evidence is what the student handed in: the portfolio as a video link.
func evidence() []mobility.Evidence {
	return []mobility.Evidence{
		{Requirement: mobility.Portfolio, Form: mobility.URL, Reference: "https://video.example.org/lotte-janssens-portfolio", Submitted: day("2025-03-03")},
		{Requirement: mobility.MotivationLetter, Form: mobility.PDF, Reference: "motivation.pdf", Submitted: day("2025-03-03")},
	}
}

// hei is an institution's signature.
func hei(name, email, when string) ewp.Signature {
	return ewp.Signature{SignerName: name, SignerPosition: "Erasmus coordinator", SignerEmail: email, Timestamp: at(when), SignerApp: "auhl-go"}
}

// term1 is the first term of two.
func term1() *ewp.TermID { return &ewp.TermID{TermNumber: 1, TotalTerms: 2} }

// course is a component of the agreement.
func course(code, title, ects string) ewp.Component {
	return ewp.Component{LosCode: code, Title: title, TermID: term1(), Credits: []ewp.Credit{ewp.ECTS(ewp.MustDecimal(ects))}}
}

// draftLA is the learning agreement before any version.
func draftLA() ewp.LearningAgreement {
	return ewp.LearningAgreement{
		OMobilityID: omobilityID,
		SendingHEI: ewp.MobilityInstitution{HEIID: sendingHEI, OUnitName: "School of Arts",
			ContactPerson: ewp.ContactPerson{GivenNames: "An", FamilyName: "Peeters", Email: "international@example.be"}},
		ReceivingHEI: ewp.MobilityInstitution{HEIID: receivingHEI, OUnitName: "Faculty of Fine Arts",
			ContactPerson: ewp.ContactPerson{GivenNames: "Marta", FamilyName: "Nowak", Email: "erasmus@academy.example.pl"}},
		ReceivingAcademicYearID: "2025/2026",
		Student: ewp.Student{GivenNames: "Lotte", FamilyName: "Janssens", GlobalID: "urn:schac:personalUniqueCode:int:esi:uhasselt.be:0000042",
			BirthDate: ewp.NewDate(2003, time.April, 12), Citizenship: "BE", Gender: ewp.GenderOf(ewp.GenderFemale), Email: "lotte.janssens@example.be"},
		Start: ewp.PlannedDate{Year: 2025, Month: time.September, Day: 22}, End: ewp.PlannedDate{Year: 2026, Month: time.January, Day: 31},
		EQFLevel: 6, ISCEDFCode: "0213", LanguageSkill: ewp.LanguageSkill{Language: "en", CEFRLevel: "B2"},
	}
}

// firstVersion is the first version the student and UHasselt sign.
func firstVersion() ewp.ComponentLists {
	portfolio := course("ATL-3", "Atelier 3", "20")
	portfolio.RecognitionConditions = ""
	theory := course("KT-2", "Art theory 2", "10")
	theory.RecognitionConditions = "A paper in Dutch on the work abroad"
	return ewp.ComponentLists{
		Studied: ewp.Components(course("SC-301", "Sculpture studio", "15"), course("PR-210", "Printmaking", "7.5"),
			course("AH-220", "Contemporary art history", "7.5")),
		Recognized:          ewp.Components(portfolio, theory),
		StudentSignature:    ewp.Signature{Timestamp: at("2025-06-02T10:00:00+02:00"), SignerApp: "auhl-go"},
		SendingHEISignature: hei("An Peeters", "international@example.be", "2025-06-03T09:00:00+02:00"),
	}
}

// changes replace printmaking, which clashes with the sculpture studio,
// by etching.
func changes() ewp.ComponentLists {
	del := course("PR-210", "Printmaking", "7.5")
	del.Status, del.ReasonCode = ewp.StatusDeleted, ewp.ReasonTimetableConflict
	ins := course("ET-215", "Etching", "7.5")
	ins.Status, ins.ReasonCode = ewp.StatusInserted, ewp.ReasonSubstitutingDeleted
	return ewp.ComponentLists{
		Studied:             ewp.Components(del, ins),
		StudentSignature:    ewp.Signature{Timestamp: at("2025-10-01T10:00:00+02:00"), SignerApp: "auhl-go"},
		SendingHEISignature: hei("An Peeters", "international@example.be", "2025-10-02T10:00:00+02:00"),
	}
}

// receiving is the partner's signature at when.
func receiving(when string) ewp.Signature {
	return hei("Marta Nowak", "erasmus@academy.example.pl", when)
}

// nomination is the nomination of outgoing mobilities v3.
func nomination(status ewp.MobilityStatus) *ewp.OMobilitiesGetResponse {
	n := ewp.Nomination{
		SendingHEI: ewp.NominationHEI{HEIID: sendingHEI}, ReceivingHEI: ewp.NominationHEI{HEIID: receivingHEI},
		SendingAcademicTermID: "2025/2026-1/2", ReceivingAcademicYearID: "2025/2026",
		ActivityType: ewp.ActivityStudentStudies, ActivityAttributes: ewp.AttributesLongTerm,
		AgreementISCEDFCode: "0213", EQFLevel: 6, NomineeISCEDFCode: "0213",
	}
	n.ProposalID = ewp.NominationProposalID(&n)
	return &ewp.OMobilitiesGetResponse{Mobilities: []ewp.StudentMobility{{
		OMobilityID: omobilityID,
		Student: ewp.MobilityStudent{GivenNames: ewp.Strings("Lotte"), FamilyName: ewp.Strings("Janssens"),
			GlobalID: "urn:schac:personalUniqueCode:int:esi:uhasselt.be:0000042", BirthDate: ewp.NewDate(2003, time.April, 12),
			Nationality: "BE", Gender: ewp.GenderOf(ewp.GenderFemale), Email: "lotte.janssens@example.be"},
		Nomination: n, Status: status,
	}}}
}

// grantInput is what the grant is calculated from: green travel of 1100
// km, with 4 extra days.
func grantInput() grant.Input {
	return grant.Input{CallYear: 2024, Activity: mobility.StudentStudy, Destination: "PL",
		Period:     mobility.Period{Start: day("2025-09-22"), End: day("2026-01-31")},
		DistanceKm: 1100, GreenTravel: true, TravelDays: 4}
}

// actual is the period the certificate of attendance confirms.
func actual() mobility.Period {
	return mobility.Period{Start: day("2025-09-24"), End: day("2026-01-30")}
}

// transcript is the partner's transcript of records.
func transcript() recognition.Transcript {
	return recognition.Transcript{OMobilityID: omobilityID, Issued: day("2026-02-20"), Results: []recognition.Result{
		{LosCode: "SC-301", Title: "Sculpture studio", Grade: "4.5", Passed: true, Credits: ewp.MustDecimal("15"), ISCED: "0213"},
		{LosCode: "ET-215", Title: "Etching", Grade: "5.0", Passed: true, Credits: ewp.MustDecimal("7.5"), ISCED: "0213"},
		{LosCode: "AH-220", Title: "Contemporary art history", Grade: "4.0", Passed: true, Credits: ewp.MustDecimal("7.5"), ISCED: "0222"},
	}}
}

// grading are the grading tables: the partner's, made up, and a home
// table with the distribution the Erasmushogeschool Brussel publishes,
// standing in for the School of Arts' own.
func grading() recognition.Grading {
	tbl := func(isced string, kv ...string) recognition.GradingTable {
		t := recognition.GradingTable{ISCED: isced}
		for i := 0; i < len(kv); i += 2 {
			t.Grades = append(t.Grades, recognition.GradeFrequency{Label: kv[i], Percentage: ewp.MustDecimal(kv[i+1])})
		}
		return t
	}
	return recognition.Grading{
		Host: []recognition.GradingTable{tbl("0213", "5.0", "10", "4.5", "20", "4.0", "30", "3.5", "25", "3.0", "15")},
		Home: []recognition.GradingTable{tbl("0213", "20", "0.17", "19", "0.70", "18", "2.39", "17", "4.86", "16", "9.39", "15", "13.26",
			"14", "18.10", "13", "15.91", "12", "14.80", "11", "11.17", "10", "9.25")},
	}
}

// links say which studied components each recognised one rests on.
func links() []recognition.Link {
	return []recognition.Link{
		{Recognized: "ATL-3", Studied: []string{"SC-301", "ET-215"}},
		{Recognized: "KT-2", Studied: []string{"AH-220"}},
	}
}
