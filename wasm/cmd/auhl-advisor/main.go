//go:build js && wasm

// Command auhl-advisor is the WebAssembly module of the study-choice
// widget. It is not run by hand: auhl-advisor.js loads it and receives its
// API through a one-shot hand-over (see wasm.Serve). Build the widget's
// folder with go run ./wasm/cmd/build.
package main

import (
	"os"

	"github.com/auhl/auhl-go/wasm"
)

func main() {
	if err := wasm.Serve(); err != nil {
		println(err.Error())
		os.Exit(1)
	}
}
