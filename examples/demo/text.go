package main

import "github.com/auhl/auhl-go/auhl"

// ui holds every text the command shows or serves, in Dutch and English.
// Texts with %s are formats; both languages have the same verbs in the
// same order, which a test checks. The pages themselves are HTML files
// under site/, one per language.
var ui = struct {
	// Flags.
	FlagAddr, FlagDist, FlagLang auhl.Text

	// The console.
	Building, Built, BuildFailed, NoModule auhl.Text
	CannotListen, ServeFailed              auhl.Text
	Open, HowToStop, Stopped               auhl.Text

	// Error responses.
	NotFound, MethodNotAllowed, ServerError auhl.Text
}{
	FlagAddr: auhl.Text{NL: "het adres waarop de demo luistert (host:poort)", EN: "the address the demo listens on (host:port)"},
	FlagDist: auhl.Text{NL: "de map waarin de widget gebouwd wordt en van waaruit hij geserveerd wordt (standaard %s)", EN: "the folder the widget is built into and served from (default %s)"},
	FlagLang: auhl.Text{NL: "taal van de meldingen: nl of en", EN: "language of the messages: nl or en"},

	Building:    auhl.Text{NL: "De widget wordt gebouwd in %s …", EN: "Building the widget into %s …"},
	Built:       auhl.Text{NL: "Widget gebouwd met %s in %s: %s WebAssembly, %s met gzip.", EN: "Widget built with %s in %s: %s of WebAssembly, %s with gzip."},
	BuildFailed: auhl.Text{NL: "De widget kon niet gebouwd worden:", EN: "The widget could not be built:"},
	NoModule:    auhl.Text{NL: "Start de demo in de map van de module github.com/auhl/auhl-go (of een map eronder).", EN: "Start the demo in the folder of the module github.com/auhl/auhl-go (or a folder below it)."},

	CannotListen: auhl.Text{NL: "De demo kan niet luisteren op %s:", EN: "The demo cannot listen on %s:"},
	ServeFailed:  auhl.Text{NL: "De server is onverwacht gestopt:", EN: "The server stopped unexpectedly:"},
	Open:         auhl.Text{NL: "Open %s in je browser.", EN: "Open %s in your browser."},
	HowToStop:    auhl.Text{NL: "Stoppen: Ctrl+C.", EN: "To stop: Ctrl+C."},
	Stopped:      auhl.Text{NL: "De demo is gestopt.", EN: "The demo has stopped."},

	NotFound:         auhl.Text{NL: "Deze pagina bestaat niet.", EN: "This page does not exist."},
	MethodNotAllowed: auhl.Text{NL: "Deze methode is hier niet toegestaan; gebruik GET of HEAD.", EN: "This method is not allowed here; use GET or HEAD."},
	ServerError:      auhl.Text{NL: "Er ging iets mis in de demo.", EN: "Something went wrong in the demo."},
}
