package main

import "github.com/auhl/auhl-go/auhl"

// ui holds every text the command shows itself, in Dutch and English;
// the report's texts are those of auhl/governance/report.
var ui = struct {
	InvalidAnswers, CannotWrite                                      auhl.Text
	FlagHTML, FlagAnswers, FlagFramework, FlagOn, FlagLang, FlagJSON auhl.Text
}{
	InvalidAnswers: auhl.Text{NL: "De antwoorden uit %s kloppen niet; er is niets geschreven:", EN: "The answers from %s are not valid; nothing was written:"},
	CannotWrite:    auhl.Text{NL: "Kan %s niet schrijven.", EN: "Cannot write %s."},
	FlagHTML:       auhl.Text{NL: "schrijf het rapport ook als HTML-pagina naar dit bestand", EN: "also write the report as an HTML page to this file"},
	FlagAnswers:    auhl.Text{NL: "scoor de ronde uit dit JSON-bestand in plaats van gegenereerde antwoorden", EN: "score the round of this JSON file instead of generated answers"},
	FlagFramework:  auhl.Text{NL: "het raamwerk van -answers: auhl-board, charter, efqm of esg", EN: "the framework of -answers: auhl-board, charter, efqm or esg"},
	FlagOn:         auhl.Text{NL: "de dag van het rapport (2026-06-30; standaard vandaag)", EN: "the report's day (2026-06-30; default today)"},
	FlagLang:       auhl.Text{NL: "taal van de uitvoer: nl of en", EN: "language of the output: nl or en"},
	FlagJSON:       auhl.Text{NL: "schrijf het rapport als JSON", EN: "write the report as JSON"},
}
