package report

import "github.com/auhl/auhl-go/auhl"

// text holds the report's headings and formats in Dutch and English. The
// formats have the same verbs in the same order in both languages, which a
// test checks.
var text = struct {
	LevelHeading, InterestHeading, HollandCode, ProgrammesHeading auhl.Text
	NoProgrammes, Fit, PreferenceFit, RoutesHeading, StepsHeading auhl.Text
	Versions                                                      auhl.Text
}{
	LevelHeading:      auhl.Text{NL: "Hogeschool of universiteit?", EN: "University college or university?"},
	InterestHeading:   auhl.Text{NL: "Je interesseprofiel", EN: "Your interest profile"},
	HollandCode:       auhl.Text{NL: "Je Holland-code: %s", EN: "Your Holland code: %s"},
	ProgrammesHeading: auhl.Text{NL: "De opleidingen die het best bij je passen", EN: "The programmes that fit you best"},
	NoProgrammes:      auhl.Text{NL: "Geen enkele opleiding voldoet aan al je voorkeuren. Probeer het met minder voorkeuren.", EN: "No programme meets all your preferences. Try again with fewer preferences."},
	Fit:               auhl.Text{NL: "interesse %d%% · voorbereiding: %s · totaal %d/100", EN: "interest %d%% · preparation: %s · overall %d/100"},
	PreferenceFit:     auhl.Text{NL: "voorkeuren %d%%", EN: "preferences %d%%"},
	RoutesHeading:     auhl.Text{NL: "Andere wegen", EN: "Other routes"},
	StepsHeading:      auhl.Text{NL: "Volgende stappen", EN: "Next steps"},
	Versions:          auhl.Text{NL: "Catalogus %s, vragenlijst %s.", EN: "Catalogue %s, questionnaire %s."},
}
