package rules

import (
	"strings"

	"github.com/auhl/auhl-go/auhl"
)

// Checker collects the problems of a rules file while a Format checks it:
// the checks every file needs are its methods, and every path it takes is
// a JSON Pointer relative to the part of the file being checked (see At).
// The problems end up in the *auhl.ValidationError that Format.Parse
// returns.
type Checker struct {
	ve      *auhl.ValidationError
	sources map[string]auhl.Source
	base    string
}

// newChecker returns a Checker of a file with these sources.
func newChecker(sources map[string]auhl.Source) *Checker {
	return &Checker{ve: &auhl.ValidationError{}, sources: sources}
}

// At returns a Checker that records into the same problems, with paths
// relative to path (itself relative to c's).
func (c *Checker) At(path string) *Checker {
	return &Checker{ve: c.ve, sources: c.sources, base: c.base + path}
}

// Add records a problem with code and params at path, for the checks of
// one file's own.
func (c *Checker) Add(path, code string, params auhl.Params) {
	c.ve.Add(c.base+path, code, params)
}

// Require records an auhl.CodeRequired problem at path unless ok.
func (c *Checker) Require(path string, ok bool) {
	if !ok {
		c.Add(path, auhl.CodeRequired, nil)
	}
}

// Text records an auhl.CodeRequired problem at path when s is blank.
func (c *Checker) Text(path, s string) { c.Require(path, strings.TrimSpace(s) != "") }

// Range records an auhl.CodeNumberRange problem at path unless lo <= v <=
// hi.
func (c *Checker) Range(path string, v, lo, hi int) {
	if v < lo || v > hi {
		c.Add(path, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(v), "min": auhl.Int(lo), "max": auhl.Int(hi)})
	}
}

// RangeNum is Range for a decimal number.
func (c *Checker) RangeNum(path string, v float64, lo, hi int) {
	if !(v >= float64(lo) && v <= float64(hi)) {
		c.Add(path, auhl.CodeNumberRange, auhl.Params{"value": auhl.Num(v), "min": auhl.Int(lo), "max": auhl.Int(hi)})
	}
}

// Enum records an auhl.CodeEnum problem at path unless value is one of
// allowed.
func (c *Checker) Enum(path, value string, allowed ...string) {
	for _, a := range allowed {
		if value == a {
			return
		}
	}
	c.Add(path, auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(value)), "allowed": auhl.Str(strings.Join(allowed, ", "))})
}

// Cites records a CodeSourceUnknown problem at path when the file has no
// source id. Every Basis is checked this way without asking; Cites is for
// a source a file names otherwise.
func (c *Checker) Cites(path, id string) {
	if _, ok := c.sources[id]; !ok {
		c.Add(path, CodeSourceUnknown, auhl.Params{"id": auhl.Str(auhl.Clip(id))})
	}
}

// Entries are the keys of a list's entries seen so far, for a list that
// gives each key once (one rule per kind of programme, per contract): Once
// reports a repeated key, All a missing one. Make one with
// make(rules.Entries).
type Entries map[string]bool

// Once records key at path, with a CodeEntryDuplicate problem when e
// already holds it.
func (e Entries) Once(c *Checker, path, key string) {
	if e[key] {
		c.Add(path, CodeEntryDuplicate, auhl.Params{"value": auhl.Str(auhl.Clip(key))})
	}
	e[key] = true
}

// All records a CodeEntryMissing problem at path (the list's) for every
// one of want that e lacks.
func (e Entries) All(c *Checker, path string, want ...string) {
	for _, w := range want {
		if !e[w] {
			c.Add(path, CodeEntryMissing, auhl.Params{"value": auhl.Str(w)})
		}
	}
}
