// Package cli holds what the module's commands (examples/advise,
// examples/demo, wasm/cmd/build) share on the command line.
//
// LangArg finds -lang before the flags are parsed, so that the usage and
// the flag errors already speak the user's language; NewFlagSet uses it to
// give a command its flag set and the language of its usage. Parse parses
// the flags and makes the checks every command makes: no argument left
// over, a supported -lang. Size and Seconds write sizes and durations with
// the decimal separator of the language.
//
// It is internal to the module: its API follows the needs of the
// commands, not a promise of stability.
package cli
