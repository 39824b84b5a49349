package main

import "github.com/auhl/auhl-go/auhl"

// ui holds every text the command shows, in Dutch and English. Texts with
// %s are formats; both languages have the same verbs in the same order,
// which a test checks.
var ui = struct {
	FlagOut, FlagLang                          auhl.Text
	Building, Built, Summary, Failed, NoModule auhl.Text
}{
	FlagOut:  auhl.Text{NL: "de map waarin de widget komt (wordt aangemaakt)", EN: "the folder to write the widget into (created when needed)"},
	FlagLang: auhl.Text{NL: "taal van de uitvoer: nl of en", EN: "language of the output: nl or en"},
	Building: auhl.Text{NL: "De widget wordt gebouwd in %s …", EN: "Building the widget into %s …"},
	Built:    auhl.Text{NL: "Klaar met %s in %s:", EN: "Done with %s in %s:"},
	Summary:  auhl.Text{NL: "De browser laadt %s aan WebAssembly, %s met gzip of %s met brotli.", EN: "The browser loads %s of WebAssembly, %s with gzip or %s with brotli."},
	Failed:   auhl.Text{NL: "De widget kon niet gebouwd worden:", EN: "The widget could not be built:"},
	NoModule: auhl.Text{NL: "Start de opdracht in de map van de module github.com/auhl/auhl-go (of een map eronder).", EN: "Run the command in the folder of the module github.com/auhl/auhl-go (or a folder below it)."},
}
