// Package report arranges a study-choice advice for reading: every finding
// rendered in one language with auhl/i18n, the programmes that are not
// excluded in order, each block with its heading. The command-line advisor
// prints a Report; the WebAssembly widget shows one. Front ends lay it out
// and never compose sentences themselves.
package report
