package main

import "github.com/auhl/auhl-go/auhl"

// ui holds every text the command shows, in Dutch and English. Texts with
// %s are formats; both languages have the same verbs in the same order.
var ui = struct {
	FlagLang, FlagPlan, FlagAgreements, FlagReorientation auhl.Text
	InvalidPlan, InvalidAgreements, InvalidReorientation  auhl.Text
	OneInput                                              auhl.Text
	PXLCase, BridgingCase, ReorientationCase              auhl.Text
	Leerkrediet, Back, WhatIf                             auhl.Text
	Approvable, Blocked, Source                           auhl.Text
}{
	FlagLang:       auhl.Text{NL: "de taal van de berichten: nl of en", EN: "the language of the messages: nl or en"},
	FlagPlan:       auhl.Text{NL: "valideer het plan in dit JSON-bestand en geef het resultaat als JSON", EN: "validate the plan in this JSON file and print the result as JSON"},
	FlagAgreements: auhl.Text{NL: "lees de overeenkomsten tussen de instellingen uit dit bestand in plaats van de ingebouwde", EN: "read the agreements between the institutions from this file instead of the embedded ones"},

	FlagReorientation: auhl.Text{NL: "zeg wat de heroriëntering in dit JSON-bestand betekent en geef het resultaat als JSON", EN: "say what the change of programme in this JSON file means and print the result as JSON"},

	InvalidPlan:          auhl.Text{NL: "%s is geen geldig plan:", EN: "%s is not a valid plan:"},
	InvalidReorientation: auhl.Text{NL: "%s is geen geldige heroriëntering:", EN: "%s is not a valid change of programme:"},
	OneInput:             auhl.Text{NL: "Geef -plan of -reorientation, niet beide.", EN: "Give -plan or -reorientation, not both."},
	InvalidAgreements:    auhl.Text{NL: "De overeenkomsten uit %s kloppen niet:", EN: "The agreements from %s are not valid:"},

	PXLCase:           auhl.Text{NL: "Een voorbeeldplan: een student toegepaste informatica van Hogeschool PXL neemt twee opleidingsonderdelen van UHasselt op.", EN: "An example plan: a PXL student of applied computer science adds two UHasselt course units."},
	BridgingCase:      auhl.Text{NL: "Een voorbeeldplan: een schakelstudent naar de master in de informatica combineert de rest van het schakelprogramma met masteropleidingsonderdelen.", EN: "An example plan: a bridging student towards the master in de informatica combines the rest of the bridging programme with master units."},
	ReorientationCase: auhl.Text{NL: "Een voorbeeld van heroriëntering: een eerstejaarsstudent handelsingenieur stapt op 10 februari over naar de bachelor in de toegepaste economische wetenschappen.", EN: "An example of a change of programme: a first-year student of the bachelor handelsingenieur moves to the bachelor in de toegepaste economische wetenschappen on 10 February."},
	Leerkrediet:       auhl.Text{NL: "Het leerkrediet van het jaar:", EN: "The year's leerkrediet:"},
	Back:              auhl.Text{NL: "Terug naar de verlaten opleiding volgend jaar:", EN: "Going back to the programme left next year:"},
	WhatIf:            auhl.Text{NL: "De rest van het jaar in de nieuwe opleiding:", EN: "The rest of the year in the new programme:"},
	Approvable:        auhl.Text{NL: "Niets blokkeert dit plan.", EN: "Nothing blocks this plan."},
	Blocked:           auhl.Text{NL: "Dit plan is zo niet goed te keuren:", EN: "This plan cannot be approved as it is:"},
	Source:            auhl.Text{NL: "Bron: %s", EN: "Source: %s"},
}
