package main

import (
	"github.com/auhl/auhl-go/auhl"
)

// ui holds every text the command shows, in Dutch and English. Texts with
// %d or %s are formats; both languages have the same verbs in the same
// order, which a test checks.
var ui = struct {
	// Flags.
	FlagLang, FlagProfile, FlagJSON, FlagTop, FlagCatalog, FlagDetails, FlagYear auhl.Text

	// The advice.
	MoreDetails auhl.Text

	// Files and the end of the session.
	InvalidProfile, InvalidCatalogue, InputEnded, LineTooLong, Goodbye auhl.Text

	// Sections and the commands of the questionnaire.
	Welcome, Commands                                          auhl.Text
	PreferencesIntro, Progress, Current                        auhl.Text
	OptionalNote, RangeRequired, RangeOptional, YesNo          auhl.Text
	HintRange, HintYesNo, HintRequired, HintFirst, HintCommand auhl.Text
	ConfirmRestart, Restarted                                  auhl.Text
}{
	FlagLang:    auhl.Text{NL: "taal van de vragen en het advies: nl of en", EN: "language of the questions and the advice: nl or en"},
	FlagProfile: auhl.Text{NL: "lees het profiel uit dit JSON-bestand in plaats van de vragen te stellen", EN: "read the profile from this JSON file instead of asking the questions"},
	FlagJSON:    auhl.Text{NL: "schrijf het advies als JSON (de vragen gaan dan naar stderr)", EN: "write the advice as JSON (the questions then go to stderr)"},
	FlagTop:     auhl.Text{NL: "hoeveel opleidingen tonen", EN: "how many programmes to show"},
	FlagCatalog: auhl.Text{NL: "lees deze catalogus in plaats van de ingebouwde", EN: "read this catalogue instead of the embedded one"},
	FlagDetails: auhl.Text{NL: "toon alles: de redenen, de stappen, wat de toelating vraagt, de nog te bevestigen gegevens en de bronnen", EN: "show everything: the reasons, the steps, what admission asks, the facts still to be confirmed and the sources"},
	FlagYear:    auhl.Text{NL: "het academiejaar waarin je wilt starten, zoals 2026-2027 (anders dat van het profiel of de catalogus)", EN: "the academic year you want to start in, such as 2026-2027 (else the profile's or the catalogue's)"},

	MoreDetails: auhl.Text{NL: "Dit is een overzicht. Met -details zie je alles: waarom elke opleiding past, de volgende stappen, wat nog te bevestigen is en de bronnen; met -top 10 zie je meer opleidingen.", EN: "This is an overview. With -details you see everything: why each programme fits, the next steps, what is still to be confirmed and the sources; with -top 10 you see more programmes."},

	InvalidProfile:   auhl.Text{NL: "Het profiel uit %s klopt niet:", EN: "The profile from %s is not valid:"},
	InvalidCatalogue: auhl.Text{NL: "De catalogus uit %s klopt niet:", EN: "The catalogue from %s is not valid:"},
	InputEnded:       auhl.Text{NL: "De invoer stopte voordat alle vragen beantwoord waren; er is geen advies.", EN: "The input ended before all the questions were answered; there is no advice."},
	LineTooLong:      auhl.Text{NL: "Een regel van de invoer is te lang: hoogstens %d bytes; er is geen advies.", EN: "A line of the input is too long: at most %d bytes; there is no advice."},
	Goodbye:          auhl.Text{NL: "Tot ziens! Er werd niets bewaard.", EN: "Goodbye! Nothing was saved."},

	Welcome:          auhl.Text{NL: "Welkom bij de studiekeuzehulp van UHasselt en Hogeschool PXL.", EN: "Welcome to the study-choice guide of UHasselt and Hogeschool PXL."},
	Commands:         auhl.Text{NL: "Typ het nummer van je antwoord en druk op Enter. Enter alleen slaat een vraag over; b = vorige vraag, r = opnieuw beginnen, q = stoppen.", EN: "Type the number of your answer and press Enter. Enter alone skips a question; b = previous question, r = start again, q = quit."},
	PreferencesIntro: auhl.Text{NL: "Tot slot je voorkeuren. Enter betekent: geen voorkeur.", EN: "Finally, your preferences. Enter means: no preference."},
	Progress:         auhl.Text{NL: "Vraag %d van %d", EN: "Question %d of %d"},
	Current:          auhl.Text{NL: "Je antwoord tot nu: %s (Enter houdt het)", EN: "Your answer so far: %s (Enter keeps it)"},
	OptionalNote:     auhl.Text{NL: "(Enter = overslaan)", EN: "(Enter = skip)"},
	RangeRequired:    auhl.Text{NL: "(%d tot %d)", EN: "(%d to %d)"},
	RangeOptional:    auhl.Text{NL: "(%d tot %d, Enter = overslaan)", EN: "(%d to %d, Enter = skip)"},
	YesNo:            auhl.Text{NL: "(j/n)", EN: "(y/n)"},
	HintRange:        auhl.Text{NL: "Typ een getal van %d tot %d.", EN: "Type a number from %d to %d."},
	HintYesNo:        auhl.Text{NL: "Typ j (ja) of n (nee).", EN: "Type y (yes) or n (no)."},
	HintRequired:     auhl.Text{NL: "Deze vraag is nodig voor het advies.", EN: "This question is needed for the advice."},
	HintFirst:        auhl.Text{NL: "Dit is de eerste vraag.", EN: "This is the first question."},
	HintCommand:      auhl.Text{NL: "b = vorige vraag, r = opnieuw beginnen, q = stoppen.", EN: "b = previous question, r = start again, q = quit."},
	ConfirmRestart:   auhl.Text{NL: "Alle antwoorden wissen en opnieuw beginnen? (j/n)", EN: "Clear all answers and start again? (y/n)"},
	Restarted:        auhl.Text{NL: "We beginnen opnieuw.", EN: "Starting again."},
}
