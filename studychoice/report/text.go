package report

import "github.com/auhl/auhl-go/auhl"

// text holds the report's headings and formats in Dutch and English. The
// formats have the same verbs in the same order in both languages, which a
// test checks.
var text = struct {
	LevelHeading, InterestHeading, HollandCode, ProgrammesHeading auhl.Text
	NoProgrammes, FitFigure, PreferenceFit, RoutesHeading         auhl.Text
	StepsHeading, Versions, CommonLead, And, Preparation          auhl.Text
	UnconfirmedOne, UnconfirmedMany, ProgrammeUnconfirmed         auhl.Text
	ProgrammesWithoutInterests, AccessRoute                       auhl.Text
}{
	LevelHeading:      auhl.Text{NL: "Hogeschool of universiteit?", EN: "University college or university?"},
	InterestHeading:   auhl.Text{NL: "Je interesseprofiel", EN: "Your interest profile"},
	HollandCode:       auhl.Text{NL: "Je Holland-code: %s", EN: "Your Holland code: %s"},
	ProgrammesHeading: auhl.Text{NL: "De opleidingen die het best bij je passen", EN: "The programmes that fit you best"},
	ProgrammesWithoutInterests: auhl.Text{
		NL: "Opleidingen gerangschikt op niveau en voorbereiding, zonder je interesses",
		EN: "Programmes ranked by level and preparation, without your interests",
	},
	AccessRoute:   auhl.Text{NL: "%s, via %s", EN: "%s, by %s"},
	NoProgrammes:  auhl.Text{NL: "Geen enkele opleiding voldoet aan al je voorkeuren. Probeer het met minder voorkeuren.", EN: "No programme meets all your preferences. Try again with fewer preferences."},
	FitFigure:     auhl.Text{NL: "%s (%d/100)", EN: "%s (%d/100)"},
	PreferenceFit: auhl.Text{NL: "voorkeuren %d%%", EN: "preferences %d%%"},
	RoutesHeading: auhl.Text{NL: "Andere wegen", EN: "Other routes"},
	StepsHeading:  auhl.Text{NL: "Volgende stappen", EN: "Next steps"},
	Versions:      auhl.Text{NL: "Catalogus %s, vragenlijst %s.", EN: "Catalogue %s, questionnaire %s."},
	CommonLead:    auhl.Text{NL: "Voor elk van deze opleidingen geldt:", EN: "For each of these programmes:"},
	And:           auhl.Text{NL: " en ", EN: " and "},
	Preparation:   auhl.Text{NL: "voorbereiding: %s", EN: "preparation: %s"},
	UnconfirmedOne: auhl.Text{
		NL: "Eén gegeven over deze opleidingen is nog niet bevestigd door een officiële bron: %s. De catalogus haalt zijn gegevens uit openbare bronnen, en niet elk gegeven staat al voor dit academiejaar op een officiële pagina. Het advies gebruikt het toch, als het beste wat bekend is. Kijk het na op de officiële pagina van de opleiding voor je kiest; de details van de opleiding zeggen welk gegeven het is.",
		EN: "One fact about these programmes is not yet confirmed by an official source: %s. The catalogue takes its facts from public sources, and not every fact is on an official page for this academic year yet. The advice uses it all the same, as the best that is known. Check it on the programme's official page before you choose; the programme's details say which fact it is.",
	},
	UnconfirmedMany: auhl.Text{
		NL: "%d gegevens over deze opleidingen zijn nog niet bevestigd door een officiële bron (%s). De catalogus haalt zijn gegevens uit openbare bronnen, en niet elk gegeven staat al voor dit academiejaar op een officiële pagina. Het advies gebruikt ze toch, als het beste wat bekend is. Kijk ze na op de officiële pagina van elke opleiding voor je kiest; de details van elke opleiding zeggen welke gegevens het zijn.",
		EN: "%d facts about these programmes are not yet confirmed by an official source (%s). The catalogue takes its facts from public sources, and not every fact is on an official page for this academic year yet. The advice uses them all the same, as the best that is known. Check them on each programme's official page before you choose; each programme's details say which facts they are.",
	},
	ProgrammeUnconfirmed: auhl.Text{NL: "Nog niet bevestigd door een officiële bron: %s. Kijk dit na op de officiële pagina van de opleiding.", EN: "Not yet confirmed by an official source: %s. Check this on the programme's official page."},
}
