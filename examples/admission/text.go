package main

import "github.com/auhl/auhl-go/auhl"

// ui holds every text the command shows, in Dutch and English. Texts with
// %d or %s are formats; both languages have the same verbs in the same
// order, which a test checks.
var ui = struct {
	FlagLang, FlagProgramme, FlagApplicant, FlagRules                                 auhl.Text
	FlagLeerkrediet, FlagCredits, FlagConnecting, FlagHasMaster, Together             auhl.Text
	InvalidApplicant, InvalidRules, UnknownProgramme                                  auhl.Text
	Programme, Outcome, Route, NoRoute, Requirements, NoRequirements, RequirementLine auhl.Text
	LanguageLevel, BeforeEnrolment, DuringEnrolment, Unconfirmed, Explanation, Source auhl.Text
}{
	FlagLang:      auhl.Text{NL: "leg de beslissing ook in woorden uit, in deze taal: nl of en", EN: "also explain the decision in words, in this language: nl or en"},
	FlagProgramme: auhl.Text{NL: "de opleiding, met haar id in de catalogus (verplicht; go run ./examples/catalog toont de ids)", EN: "the programme, by its catalogue id (required; go run ./examples/catalog shows the ids)"},
	FlagApplicant: auhl.Text{NL: "lees de kandidaat uit dit JSON-bestand in plaats van de standaardinvoer", EN: "read the applicant from this JSON file instead of standard input"},
	FlagRules:     auhl.Text{NL: "lees deze toelatingsregels in plaats van de ingebouwde", EN: "read these admission rules instead of the embedded ones"},
	FlagLeerkrediet: auhl.Text{NL: "het saldo van je leerkrediet, in studiepunten (nul of negatief als het op is): de beslissing houdt er rekening mee",
		EN: "your leerkrediet (learning credit) balance, in credits (zero or negative when used up): the decision takes it into account"},
	FlagCredits:    auhl.Text{NL: "de studiepunten waarvoor je je wilt inschrijven, met -leerkrediet", EN: "the credits you want to enrol for, with -leerkrediet"},
	FlagConnecting: auhl.Text{NL: "de opleiding is een master die aansluit op je vorige opleiding, met -leerkrediet", EN: "the programme is a master that follows on from your previous programme, with -leerkrediet"},
	FlagHasMaster:  auhl.Text{NL: "je hebt al een masterdiploma, met -leerkrediet", EN: "you already hold a master's diploma, with -leerkrediet"},
	Together:       auhl.Text{NL: "Toelating en leerkrediet samen: %s.", EN: "Admission and leerkrediet together: %s."},

	InvalidApplicant: auhl.Text{NL: "De kandidaat uit %s klopt niet; er is geen beslissing:", EN: "The applicant from %s is not valid; there is no decision:"},
	InvalidRules:     auhl.Text{NL: "De toelatingsregels uit %s kloppen niet:", EN: "The admission rules from %s are not valid:"},
	UnknownProgramme: auhl.Text{
		NL: "De catalogus kent geen opleiding met id “%s” (-programme); go run ./examples/catalog toont de ids in de kolom ID.",
		EN: "The catalogue has no programme with id “%s” (-programme); go run ./examples/catalog shows the ids in the column ID.",
	},

	Programme:       auhl.Text{NL: "Opleiding: %s, %s, %s.", EN: "Programme: %s, %s, %s."},
	Outcome:         auhl.Text{NL: "Uitkomst: %s.", EN: "Outcome: %s."},
	Route:           auhl.Text{NL: "Toegangsweg: %s.", EN: "Route in: %s."},
	NoRoute:         auhl.Text{NL: "geen", EN: "none"},
	Requirements:    auhl.Text{NL: "Vereisten:", EN: "Requirements:"},
	NoRequirements:  auhl.Text{NL: "geen", EN: "none"},
	RequirementLine: auhl.Text{NL: "%s: %s (%s; contracten: %s)", EN: "%s: %s (%s; contracts: %s)"},
	LanguageLevel:   auhl.Text{NL: "%s op niveau %s", EN: "%s at level %s"},
	BeforeEnrolment: auhl.Text{NL: "vóór de inschrijving", EN: "before enrolment"},
	DuringEnrolment: auhl.Text{NL: "een voorwaarde van de inschrijving zelf", EN: "a condition of the enrolment itself"},
	Unconfirmed:     auhl.Text{NL: "(steunt op een regel die niet bevestigd is)", EN: "(rests on a rule that is not confirmed)"},
	Explanation:     auhl.Text{NL: "Uitleg:", EN: "Explanation:"},
	Source:          auhl.Text{NL: "Bron: %s", EN: "Source: %s"},
}

// langName names the language of a language requirement.
var langName = map[auhl.Lang]auhl.Text{
	auhl.Dutch:   {NL: "Nederlands", EN: "Dutch"},
	auhl.English: {NL: "Engels", EN: "English"},
}
