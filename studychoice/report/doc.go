// Package report arranges a study-choice advice for reading: every finding
// rendered in one language with auhl/i18n, the programmes that are not
// excluded in order, each block with its heading. It is built for an
// overview first and details on request: each programme has a one-line
// overview (the fit in words and as a figure, the preparation, what
// admission asks), what holds for every programme listed is said once
// above the list, and the facts no official source confirms yet are
// counted once for the list and named on each programme. The command-line
// advisor prints a Report; the WebAssembly widget shows one. Front ends lay
// it out and never compose sentences themselves.
package report
