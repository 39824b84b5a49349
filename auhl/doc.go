// Package auhl is the shared vocabulary of auhl-go, the Go SDK of AUHL, the
// association of Universiteit Hasselt (UHasselt) and Hogeschool PXL.
//
// It defines the types every other package speaks in: the institutions and
// their campuses, the levels of Flemish higher education, credits
// (studiepunten), academic years, the two languages (Dutch and English) and
// text in both, and the explained decisions of the SDK: a [Finding] carries a
// stable code, a severity, typed parameters and the source it rests on, and a
// [ValidationError] lists every problem of a rejected input with its JSON
// path. People read findings and problems through package auhl/i18n, which
// renders them in Dutch or English; this package never builds a sentence.
//
// The package has no I/O and depends on the standard library only. All types
// have stable JSON encodings, documented on each type.
package auhl
