package main

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/mobility"
	"github.com/auhl/auhl-go/mobility/grant"
	"github.com/auhl/auhl-go/mobility/recognition"
)

// ui holds every text the command shows, in Dutch and English. Texts with
// verbs are formats; both languages have the same verbs in the same
// order, which a test checks.
var ui = struct {
	FlagLang, FlagOut, FlagCheck, FlagReencode                          auhl.Text
	Unreadable, NotReencoded, ReencodeNeedsCheck, CannotWrite, Written  auhl.Text
	Title, Moved, Eligibility, EligibleLine, Yes, No                    auhl.Text
	Checklist, DocInfo, DocGiven, DocMissing, TaskLine                  auhl.Text
	Nomination, NominationStatus                                        auhl.Text
	Agreement, Proposed, ProposedChanges, ApprovedLA, Tables, Component auhl.Text
	Grant, MonthsDays, DaysOnly, GrantLine, Total, PlannedTotal         auhl.Text
	Stay, Recalculated, Recognition, Decided                            auhl.Text
	History, HistoryLine, StatusLine, ToConfirm                         auhl.Text
	Stages                                                              map[mobility.Stage]auhl.Text
	TaskStates                                                          map[mobility.TaskState]auhl.Text
	LineKinds                                                           map[grant.LineKind]auhl.Text
	Outcomes                                                            map[recognition.Outcome]auhl.Text
}{
	FlagLang:     auhl.Text{NL: "de taal van de uitvoer: nl of en", EN: "the language of the output: nl or en"},
	FlagOut:      auhl.Text{NL: "schrijf de vier EWP-documenten van het dossier in deze map", EN: "write the case's four EWP documents into this folder"},
	FlagCheck:    auhl.Text{NL: "controleer dit EWP-document (OLA v1.2 of outgoing mobilities v3) in plaats van het voorbeeld te doorlopen", EN: "check this EWP document (OLA v1.2 or outgoing mobilities v3) instead of walking the example"},
	FlagReencode: auhl.Text{NL: "schrijf het gecontroleerde document ook opnieuw, zoals het pakket het codeert, naar dit bestand", EN: "also write the checked document, as the package encodes it, to this file"},

	Unreadable:         auhl.Text{NL: "%s is geen EWP-document dat dit programma leest:", EN: "%s is not an EWP document this program reads:"},
	NotReencoded:       auhl.Text{NL: "%s is niet geschreven: alleen een geldig document wordt opnieuw gecodeerd.", EN: "%s was not written: only a valid document is re-encoded."},
	ReencodeNeedsCheck: auhl.Text{NL: "-reencode werkt alleen samen met -check.", EN: "-reencode works only with -check."},
	CannotWrite:        auhl.Text{NL: "Kan de documenten niet schrijven in %s:", EN: "Cannot write the documents into %s:"},
	Written:            auhl.Text{NL: "De vier EWP-documenten staan in %s.", EN: "The four EWP documents are in %s."},

	Title:        auhl.Text{NL: "%s, School of Arts (UHasselt), naar %s, oproep %d", EN: "%s, School of Arts (UHasselt), to %s, call %d"},
	Moved:        auhl.Text{NL: "%s: %s (door %s)", EN: "%s: %s (by %s)"},
	Eligibility:  auhl.Text{NL: "Komt de uitwisseling in aanmerking?", EN: "Is the exchange eligible?"},
	EligibleLine: auhl.Text{NL: "In aanmerking: %s (%d maanden en %d dagen)", EN: "Eligible: %s (%d months and %d days)"},
	Yes:          auhl.Text{NL: "ja", EN: "yes"},
	No:           auhl.Text{NL: "nee", EN: "no"},

	Checklist:  auhl.Text{NL: "Checklist en termijnen op %s", EN: "Checklist and deadlines on %s"},
	DocInfo:    auhl.Text{NL: "  [i] %s (ter informatie)", EN: "  [i] %s (for information)"},
	DocGiven:   auhl.Text{NL: "  [x] %s (%s): %s", EN: "  [x] %s (%s): %s"},
	DocMissing: auhl.Text{NL: "  [ ] %s (%s)", EN: "  [ ] %s (%s)"},
	TaskLine:   auhl.Text{NL: "  %-9s %-10s %s", EN: "  %-9s %-10s %s"},

	Nomination:       auhl.Text{NL: "Nominatie (EWP outgoing mobilities v3)", EN: "Nomination (EWP outgoing mobilities v3)"},
	NominationStatus: auhl.Text{NL: "  EWP-status: %s, proposal-id %s", EN: "  EWP status: %s, proposal-id %s"},

	Agreement:       auhl.Text{NL: "Leerovereenkomst (EWP OLA v1.2)", EN: "Learning agreement (EWP OLA v1.2)"},
	Proposed:        auhl.Text{NL: "  Eerste versie voorgesteld en ondertekend door student en UHasselt (voorstel %s)", EN: "  First version proposed, signed by the student and UHasselt (proposal %s)"},
	ProposedChanges: auhl.Text{NL: "  Wijziging voorgesteld: Printmaking (uurroosterconflict) vervangen door Etching (voorstel %s)", EN: "  Change proposed: Printmaking (timetable conflict) replaced by Etching (proposal %s)"},
	ApprovedLA:      auhl.Text{NL: "  Goedgekeurd en ondertekend door de partner (voorstel %s)", EN: "  Approved and signed by the partner (proposal %s)"},
	Tables:          auhl.Text{NL: "  Nu: %s ECTS gevolgd (tabel A), %s ECTS erkend (tabel B)", EN: "  Now: %s ECTS studied (table A), %s ECTS recognised (table B)"},
	Component:       auhl.Text{NL: "    %s %s, %s ECTS", EN: "    %s %s, %s ECTS"},

	Grant:        auhl.Text{NL: "Beurs met de geplande data", EN: "Grant with the planned dates"},
	MonthsDays:   auhl.Text{NL: "%d mnd %d d", EN: "%d mo %d d"},
	DaysOnly:     auhl.Text{NL: "%d d", EN: "%d d"},
	GrantLine:    auhl.Text{NL: "  %-34s %-10s %-16s %s", EN: "  %-34s %-10s %-16s %s"},
	Total:        auhl.Text{NL: "  Totaal: %s", EN: "  Total: %s"},
	PlannedTotal: auhl.Text{NL: "  (gepland: %s)", EN: "  (planned: %s)"},

	Stay:         auhl.Text{NL: "Verblijf", EN: "Stay"},
	Recalculated: auhl.Text{NL: "Beurs herberekend met de echte data", EN: "Grant recalculated with the actual dates"},
	Recognition:  auhl.Text{NL: "Erkenning na terugkeer", EN: "Recognition after return"},
	Decided:      auhl.Text{NL: "  %s %s (%s ECTS): %s", EN: "  %s %s (%s ECTS): %s"},

	History:     auhl.Text{NL: "Verloop van het dossier", EN: "History of the case"},
	HistoryLine: auhl.Text{NL: "  %s  %-22s %s", EN: "  %s  %-22s %s"},
	StatusLine:  auhl.Text{NL: "  EWP v3-status: %s; v2-status: %s", EN: "  EWP v3 status: %s; v2 status: %s"},
	ToConfirm:   auhl.Text{NL: "Nog te bevestigen", EN: "Still to confirm"},

	Stages: map[mobility.Stage]auhl.Text{
		mobility.Applied:    {NL: "aangevraagd", EN: "applied"},
		mobility.Nominated:  {NL: "genomineerd", EN: "nominated"},
		mobility.Accepted:   {NL: "aanvaard", EN: "accepted"},
		mobility.Rejected:   {NL: "geweigerd", EN: "rejected"},
		mobility.Cancelled:  {NL: "geannuleerd", EN: "cancelled"},
		mobility.Agreed:     {NL: "overeenkomst getekend", EN: "agreement signed"},
		mobility.Arrived:    {NL: "aangekomen", EN: "arrived"},
		mobility.Departed:   {NL: "vertrokken", EN: "departed"},
		mobility.Transcript: {NL: "transcript ontvangen", EN: "transcript received"},
		mobility.Recognised: {NL: "erkend", EN: "recognised"},
	},
	TaskStates: map[mobility.TaskState]auhl.Text{
		mobility.TaskDone:    {NL: "klaar", EN: "done"},
		mobility.TaskLate:    {NL: "te laat", EN: "late"},
		mobility.TaskNext:    {NL: "volgende", EN: "next"},
		mobility.TaskOpen:    {NL: "open", EN: "open"},
		mobility.TaskDropped: {NL: "vervallen", EN: "dropped"},
	},
	LineKinds: map[grant.LineKind]auhl.Text{
		grant.IndividualSupport:       {NL: "individuele steun", EN: "individual support"},
		grant.FewerOpportunitiesTopUp: {NL: "toeslag minder kansen", EN: "fewer-opportunities top-up"},
		grant.TraineeshipTopUp:        {NL: "toeslag stage", EN: "traineeship top-up"},
		grant.GreenTopUp:              {NL: "toeslag groen reizen", EN: "green travel top-up"},
		grant.GreenDays:               {NL: "extra dagen groen reizen", EN: "extra days, green travel"},
		grant.Travel:                  {NL: "reissteun", EN: "travel support"},
	},
	Outcomes: map[recognition.Outcome]auhl.Text{
		recognition.Recognised:    {NL: "erkend", EN: "recognised"},
		recognition.Review:        {NL: "te beoordelen", EN: "to review"},
		recognition.NotRecognised: {NL: "niet erkend", EN: "not recognised"},
	},
}
