//go:build js && wasm

// Command auhl-advisor is the WebAssembly module of the study-choice
// widget. It is not run by hand: auhl-advisor.js loads it and receives its
// API through a one-shot hand-over (see wasm.Serve). Build the widget's
// folder with go run ./wasm/cmd/build, which compiles it with the build
// tag auhlwidget: the packages then hold their data as generated Go values
// and leave their JSON decoders out.
package main

import (
	"syscall"

	"github.com/auhl/auhl-go/wasm"
)

func main() {
	if err := wasm.Serve(); err != nil {
		println(err.Error())
		syscall.Exit(1) // not os.Exit: os would link time and more
	}
}
