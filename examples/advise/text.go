package main

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/studychoice"
)

// ui holds every text the command shows, in Dutch and English. Texts with
// %d or %s are formats; both languages have the same verbs in the same
// order, which a test checks.
var ui = struct {
	// Flags.
	FlagLang, FlagProfile, FlagJSON, FlagTop, FlagCatalog auhl.Text

	// Files and the end of the session.
	CannotOpen, CannotRead, InvalidFile, InputEnded, Goodbye auhl.Text

	// Sections and the commands of the questionnaire.
	Welcome, Commands, BackgroundHeading, BackgroundIntro      auhl.Text
	PreferencesHeading, PreferencesIntro, Progress, Current    auhl.Text
	OptionalNote, RangeRequired, RangeOptional, YesNo          auhl.Text
	HintRange, HintYesNo, HintRequired, HintFirst, HintCommand auhl.Text
	ConfirmRestart, Restarted, Yes, No                         auhl.Text

	// The background questions and their choices.
	QDiploma, DiplomaObtained, DiplomaExpected, DiplomaNone            auhl.Text
	QForeign, QStructure, StructureReformed, StructureOld              auhl.Text
	QFinaliteit, FinaliteitDoorstroom, FinaliteitDubbele, FinaliteitAM auhl.Text
	QTrack, TrackASO, TrackTSO, TrackKSO, TrackBSO                     auhl.Text
	QMaths, QClassCouncil, QDutch, DutchSchooled, DutchCertificate     auhl.Text
	DutchNone, QWork, QAge                                             auhl.Text

	// The preference questions and their choices.
	QCities, AnyCity, QLanguages, LangDutch, LangEnglish, LangBoth auhl.Text
	QMaxYears, QInstitutions, InstitutionBoth                      auhl.Text

	// The advice.
	LevelHeading, InterestHeading, HollandCode, ProgrammesHeading auhl.Text
	NoProgrammes, Fit, Preferences, RoutesHeading, StepsHeading   auhl.Text
	Versions                                                      auhl.Text
}{
	FlagLang:    auhl.Text{NL: "taal van de vragen en het advies: nl of en", EN: "language of the questions and the advice: nl or en"},
	FlagProfile: auhl.Text{NL: "lees het profiel uit dit JSON-bestand in plaats van de vragen te stellen", EN: "read the profile from this JSON file instead of asking the questions"},
	FlagJSON:    auhl.Text{NL: "schrijf het advies als JSON (de vragen gaan dan naar stderr)", EN: "write the advice as JSON (the questions then go to stderr)"},
	FlagTop:     auhl.Text{NL: "hoeveel opleidingen tonen", EN: "how many programmes to show"},
	FlagCatalog: auhl.Text{NL: "lees deze catalogus in plaats van de ingebouwde", EN: "read this catalogue instead of the embedded one"},

	CannotOpen:  auhl.Text{NL: "Kan het bestand niet openen:", EN: "Cannot open the file:"},
	CannotRead:  auhl.Text{NL: "Kan het bestand niet lezen:", EN: "Cannot read the file:"},
	InvalidFile: auhl.Text{NL: "Het bestand %s klopt niet:", EN: "The file %s is not valid:"},
	InputEnded:  auhl.Text{NL: "De invoer stopte voordat alle vragen beantwoord waren; er is geen advies.", EN: "The input ended before all the questions were answered; there is no advice."},
	Goodbye:     auhl.Text{NL: "Tot ziens! Er werd niets bewaard.", EN: "Goodbye! Nothing was saved."},

	Welcome:            auhl.Text{NL: "Welkom bij de studiekeuzehulp van UHasselt en Hogeschool PXL.", EN: "Welcome to the study-choice guide of UHasselt and Hogeschool PXL."},
	Commands:           auhl.Text{NL: "Typ het nummer van je antwoord en druk op Enter. Enter alleen slaat een vraag over; b = vorige vraag, r = opnieuw beginnen, q = stoppen.", EN: "Type the number of your answer and press Enter. Enter alone skips a question; b = previous question, r = start again, q = quit."},
	BackgroundHeading:  auhl.Text{NL: "Je vooropleiding", EN: "Your prior education"},
	BackgroundIntro:    auhl.Text{NL: "Eerst enkele vragen over je secundair onderwijs en je situatie.", EN: "First a few questions about your secondary education and your situation."},
	PreferencesHeading: auhl.Text{NL: "Je voorkeuren", EN: "Your preferences"},
	PreferencesIntro:   auhl.Text{NL: "Tot slot je voorkeuren. Enter betekent: geen voorkeur.", EN: "Finally, your preferences. Enter means: no preference."},
	Progress:           auhl.Text{NL: "Vraag %d van %d", EN: "Question %d of %d"},
	Current:            auhl.Text{NL: "Je antwoord tot nu: %s (Enter houdt het)", EN: "Your answer so far: %s (Enter keeps it)"},
	OptionalNote:       auhl.Text{NL: "(Enter = overslaan)", EN: "(Enter = skip)"},
	RangeRequired:      auhl.Text{NL: "(%d tot %d)", EN: "(%d to %d)"},
	RangeOptional:      auhl.Text{NL: "(%d tot %d, Enter = overslaan)", EN: "(%d to %d, Enter = skip)"},
	YesNo:              auhl.Text{NL: "(j/n)", EN: "(y/n)"},
	HintRange:          auhl.Text{NL: "Typ een getal van %d tot %d.", EN: "Type a number from %d to %d."},
	HintYesNo:          auhl.Text{NL: "Typ j (ja) of n (nee).", EN: "Type y (yes) or n (no)."},
	HintRequired:       auhl.Text{NL: "Deze vraag is nodig voor het advies.", EN: "This question is needed for the advice."},
	HintFirst:          auhl.Text{NL: "Dit is de eerste vraag.", EN: "This is the first question."},
	HintCommand:        auhl.Text{NL: "b = vorige vraag, r = opnieuw beginnen, q = stoppen.", EN: "b = previous question, r = start again, q = quit."},
	ConfirmRestart:     auhl.Text{NL: "Alle antwoorden wissen en opnieuw beginnen? (j/n)", EN: "Clear all answers and start again? (y/n)"},
	Restarted:          auhl.Text{NL: "We beginnen opnieuw.", EN: "Starting again."},
	Yes:                auhl.Text{NL: "ja", EN: "yes"},
	No:                 auhl.Text{NL: "nee", EN: "no"},

	QDiploma:             auhl.Text{NL: "Heb je een diploma secundair onderwijs?", EN: "Do you have a secondary-school diploma?"},
	DiplomaObtained:      auhl.Text{NL: "ja, ik heb het al", EN: "yes, I have it"},
	DiplomaExpected:      auhl.Text{NL: "ik verwacht het dit schooljaar", EN: "I expect it this school year"},
	DiplomaNone:          auhl.Text{NL: "nee, ik heb geen diploma secundair onderwijs", EN: "no, I have no secondary-school diploma"},
	QForeign:             auhl.Text{NL: "Is (of wordt) je diploma uitgereikt buiten Vlaanderen?", EN: "Is (or will) your diploma (be) awarded outside Flanders?"},
	QStructure:           auhl.Text{NL: "Welke structuur van het secundair onderwijs volg(de) je?", EN: "Which structure of secondary education do (or did) you follow?"},
	StructureReformed:    auhl.Text{NL: "de nieuwe structuur met finaliteiten (diploma's vanaf 2024-2025)", EN: "the reformed structure with finalities (diplomas from 2024-2025 on)"},
	StructureOld:         auhl.Text{NL: "de oude structuur met aso, tso, kso of bso", EN: "the old structure with aso, tso, kso or bso"},
	QFinaliteit:          auhl.Text{NL: "Welke finaliteit heeft je richting?", EN: "Which finality does your programme have?"},
	FinaliteitDoorstroom: auhl.Text{NL: "doorstroomfinaliteit (bereidt voor op hoger onderwijs)", EN: "transition finality (prepares for higher education)"},
	FinaliteitDubbele:    auhl.Text{NL: "dubbele finaliteit (bereidt voor op hoger onderwijs én op werk)", EN: "dual finality (prepares for higher education and for work)"},
	FinaliteitAM:         auhl.Text{NL: "arbeidsmarktfinaliteit (bereidt voor op werk)", EN: "labour-market finality (prepares for work)"},
	QTrack:               auhl.Text{NL: "Welke onderwijsvorm volgde je?", EN: "Which type of secondary education did you follow?"},
	TrackASO:             auhl.Text{NL: "aso (algemeen secundair onderwijs)", EN: "aso (general secondary education)"},
	TrackTSO:             auhl.Text{NL: "tso (technisch secundair onderwijs)", EN: "tso (technical secondary education)"},
	TrackKSO:             auhl.Text{NL: "kso (kunstsecundair onderwijs)", EN: "kso (secondary arts education)"},
	TrackBSO:             auhl.Text{NL: "bso (beroepssecundair onderwijs)", EN: "bso (vocational secondary education)"},
	QMaths:               auhl.Text{NL: "Hoeveel uur wiskunde per week heb (of had) je in de derde graad?", EN: "How many hours of mathematics a week do (or did) you have in the third grade?"},
	QClassCouncil:        auhl.Text{NL: "Welk niveau raadt de klassenraad je aan?", EN: "Which level does the class council advise?"},
	QDutch:               auhl.Text{NL: "Hoe toon je aan dat je voldoende Nederlands kent?", EN: "How do you show that you know enough Dutch?"},
	DutchSchooled:        auhl.Text{NL: "ik volgde minstens één geslaagd schooljaar secundair onderwijs in het Nederlands", EN: "I completed at least one school year of secondary education in Dutch"},
	DutchCertificate:     auhl.Text{NL: "ik heb een taalcertificaat Nederlands (B2, of B1 voor een graduaat)", EN: "I have a Dutch-language certificate (B2, or B1 for a graduaat)"},
	DutchNone:            auhl.Text{NL: "geen van beide", EN: "neither"},
	QWork:                auhl.Text{NL: "Heb je werkervaring die je wilt laten erkennen (EVC)?", EN: "Do you have work experience you would like recognised (EVC)?"},
	QAge:                 auhl.Text{NL: "Hoe oud ben je op 31 december van het jaar waarin je begint?", EN: "How old will you be on 31 December of the year you start?"},

	QCities:         auhl.Text{NL: "In welke stad wil je studeren?", EN: "In which city would you like to study?"},
	AnyCity:         auhl.Text{NL: "maakt niet uit (alle steden)", EN: "any (all cities)"},
	QLanguages:      auhl.Text{NL: "In welke taal wil je les krijgen?", EN: "In which language would you like to be taught?"},
	LangDutch:       auhl.Text{NL: "Nederlands", EN: "Dutch"},
	LangEnglish:     auhl.Text{NL: "Engels", EN: "English"},
	LangBoth:        auhl.Text{NL: "beide", EN: "both"},
	QMaxYears:       auhl.Text{NL: "Hoeveel jaar mag de opleiding hoogstens duren?", EN: "At most how many years may the programme take?"},
	QInstitutions:   auhl.Text{NL: "Aan welke instelling wil je studeren?", EN: "At which institution would you like to study?"},
	InstitutionBoth: auhl.Text{NL: "beide", EN: "both"},

	LevelHeading:      auhl.Text{NL: "Hogeschool of universiteit?", EN: "University college or university?"},
	InterestHeading:   auhl.Text{NL: "Je interesseprofiel", EN: "Your interest profile"},
	HollandCode:       auhl.Text{NL: "Je Holland-code: %s", EN: "Your Holland code: %s"},
	ProgrammesHeading: auhl.Text{NL: "De opleidingen die het best bij je passen", EN: "The programmes that fit you best"},
	NoProgrammes:      auhl.Text{NL: "Geen enkele opleiding voldoet aan al je voorkeuren. Probeer het met minder voorkeuren.", EN: "No programme meets all your preferences. Try again with fewer preferences."},
	Fit:               auhl.Text{NL: "interesse %d%% · voorbereiding: %s · totaal %d/100", EN: "interest %d%% · preparation: %s · overall %d/100"},
	Preferences:       auhl.Text{NL: "voorkeuren %d%%", EN: "preferences %d%%"},
	RoutesHeading:     auhl.Text{NL: "Andere wegen", EN: "Other routes"},
	StepsHeading:      auhl.Text{NL: "Volgende stappen", EN: "Next steps"},
	Versions:          auhl.Text{NL: "Catalogus %s, vragenlijst %s.", EN: "Catalogue %s, questionnaire %s."},
}

// bandLabel names each preparation band for a reader.
var bandLabel = map[studychoice.Band]auhl.Text{
	studychoice.BandSolid:   {NL: "goed voorbereid", EN: "well prepared"},
	studychoice.BandFair:    {NL: "grotendeels voorbereid", EN: "mostly prepared"},
	studychoice.BandExtra:   {NL: "extra voorbereiding aanbevolen", EN: "extra preparation recommended"},
	studychoice.BandUnknown: {NL: "niet in te schatten", EN: "cannot tell"},
}
