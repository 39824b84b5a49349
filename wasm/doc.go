// Package wasm is the reference widget of auhl-go: the study-choice advisor
// compiled to WebAssembly and wrapped in the <auhl-studiekeuze> custom
// element that UHasselt and PXL pages embed with two lines of HTML.
package wasm
