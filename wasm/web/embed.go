// Package web holds the widget's browser files.
package web

import _ "embed"

// Script is the source of the <auhl-studiekeuze> custom element
// (auhl-advisor.js), before the builder substitutes the hashed names of the
// wasm module and of wasm_exec.js.
//
//go:embed auhl-advisor.js
var Script []byte
