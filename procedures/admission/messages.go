package admission

import "github.com/auhl/auhl-go/auhl/i18n"

// The Dutch and English texts of this package's codes (see Codes) are
// messages.json, held as a Go string (messages_gen.go, which internal/gen's
// TestGeneratedMessages holds equal to the file) rather than embedded:
// package embed would link io/fs and time into the WebAssembly widget.
// They are registered with auhl/i18n when a program imports the package.
//
//go:generate go test ../../internal/gen -run=^TestGeneratedMessages$ -update

func init() { i18n.Register("admission", messages) }
