// Package wasm is the Go side of the reference widget of auhl-go: the
// study-choice advisor compiled to WebAssembly and wrapped in the
// <auhl-studiekeuze> custom element (wasm/web) that UHasselt and PXL pages
// embed with two lines of HTML.
//
// API holds the widget's work as plain Go, tested natively: the questions
// in the student's language (UI), the advice arranged for reading (Advise),
// a newer catalogue fetched by the page (LoadCatalog) and the answers of a
// link (Decode). Each returns the JSON the element reads. In a js/wasm
// build, Serve hands the API's methods to the element's loader through a
// one-shot callback (no global API object remains); each returns a Promise,
// works in a goroutine, and turns a panic into a rejected Promise, so that
// one bad call never stops the runtime that every element on the page
// shares.
//
// The module links no net/http, no HTTP client, no schema reflection and
// no golang.org/x/text tables: languages are matched with a table drawn
// from x/text's matcher (see the tests). wasm/build writes the widget's
// folder; wasm/cmd/auhl-advisor is the module's main package.
package wasm
