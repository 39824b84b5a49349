package main

import "github.com/auhl/auhl-go/auhl"

// ui holds every text the command shows, in Dutch and English. Texts with
// %d or %s are formats; both languages have the same verbs in the same
// order, which a test checks.
var ui = struct {
	FlagLang, FlagHistory, FlagRules, FlagStrict    auhl.Text
	InvalidHistory, InvalidRules                    auhl.Text
	Summary, PerYear, YearLine, Explanation, Source auhl.Text
	Projected                                       auhl.Text
}{
	FlagLang:    auhl.Text{NL: "leg het resultaat ook in woorden uit, in deze taal: nl of en", EN: "also explain the result in words, in this language: nl or en"},
	FlagHistory: auhl.Text{NL: "lees de geschiedenis uit dit JSON-bestand in plaats van de standaardinvoer", EN: "read the history from this JSON file instead of standard input"},
	FlagRules:   auhl.Text{NL: "lees deze leerkredietregels in plaats van de ingebouwde", EN: "read these leerkrediet rules instead of the embedded ones"},
	FlagStrict:  auhl.Text{NL: "weiger academiejaren na de laatste met gekende regels in plaats van ze te projecteren", EN: "refuse academic years after the last one with known rules instead of projecting them"},

	InvalidHistory: auhl.Text{NL: "De geschiedenis uit %s klopt niet; er is geen saldo:", EN: "The history from %s is not valid; there is no balance:"},
	InvalidRules:   auhl.Text{NL: "De leerkredietregels uit %s kloppen niet:", EN: "The leerkrediet rules from %s are not valid:"},

	Summary:     auhl.Text{NL: "Leerkrediet: %d studiepunten, bonus nog %d.", EN: "Leerkrediet: %d credits, bonus left %d."},
	PerYear:     auhl.Text{NL: "Per academiejaar:", EN: "Per academic year:"},
	YearLine:    auhl.Text{NL: "%s: saldo %d, bonus nog %d", EN: "%s: balance %d, bonus left %d"},
	Explanation: auhl.Text{NL: "Uitleg:", EN: "Explanation:"},
	Source:      auhl.Text{NL: "Bron: %s", EN: "Source: %s"},
	Projected:   auhl.Text{NL: "(projectie: de regels van dit jaar zijn nog niet gepubliceerd)", EN: "(projection: the rules of this year are not published yet)"},
}
