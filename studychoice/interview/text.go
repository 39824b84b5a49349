package interview

import "github.com/auhl/auhl-go/auhl"

// text holds the questions, their choices and the section headings in
// Dutch and English.
var text = struct {
	BackgroundHeading, BackgroundIntro, PreferencesHeading, PreferencesIntro auhl.Text
	Yes, No                                                                  auhl.Text

	QDiploma, DiplomaObtained, DiplomaExpected, DiplomaNone            auhl.Text
	QForeign, QStructure, StructureReformed, StructureOld              auhl.Text
	QFinaliteit, FinaliteitDoorstroom, FinaliteitDubbele, FinaliteitAM auhl.Text
	QTrack, TrackASO, TrackTSO, TrackKSO, TrackBSO                     auhl.Text
	QMaths, QClassCouncil, QDutch, DutchSchooled, DutchCertificate     auhl.Text
	DutchNone, QWork, QAge                                             auhl.Text

	QCities, AnyCity, QLanguages, LangDutch, LangEnglish, LangBoth auhl.Text
	QMaxYears, QInstitutions, InstitutionBoth                      auhl.Text
}{
	BackgroundHeading:    auhl.Text{NL: "Je vooropleiding", EN: "Your prior education"},
	BackgroundIntro:      auhl.Text{NL: "Eerst enkele vragen over je secundair onderwijs en je situatie.", EN: "First a few questions about your secondary education and your situation."},
	PreferencesHeading:   auhl.Text{NL: "Je voorkeuren", EN: "Your preferences"},
	PreferencesIntro:     auhl.Text{NL: "Tot slot je voorkeuren. Laat een vraag open als je geen voorkeur hebt.", EN: "Finally, your preferences. Leave a question open if you have no preference."},
	Yes:                  auhl.Text{NL: "ja", EN: "yes"},
	No:                   auhl.Text{NL: "nee", EN: "no"},
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
}
