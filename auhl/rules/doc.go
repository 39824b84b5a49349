// Package rules is the kernel of every versioned fact of the SDK: a rules
// file with its version, note and sources, and its rules per period (an
// academic year, a call year, the version of a framework); strict and
// embedded decoding; one lookup by period, for which an unknown period is
// an error and never a fallback; the checks every file needs; and the
// rules the sources do not confirm, each identified by its JSON Pointer
// and named by a label that auhl/i18n renders.
//
// A kind of rules file costs its types and a Format:
//
//	type Rules struct {
//		AcademicYear auhl.AcademicYear `json:"academicYear"`
//		Deposit      DepositRule       `json:"deposit"`
//	}
//
//	type DepositRule struct {
//		Euro int `json:"euro"`
//		rules.Basis
//	}
//
//	type RuleSet struct {
//		rules.File[auhl.AcademicYear, Rules]
//	}
//
//	var format = rules.Format[*RuleSet]{
//		Name:        "deposit.json",
//		LabelPrefix: "deposit.rule",
//		Check:       func(c *rules.Checker, s *RuleSet) { s.Each(c, (*Rules).check) },
//	}
//
//	func (r *Rules) check(c *rules.Checker) {
//		c.Range("/deposit/euro", r.Deposit.Euro, 0, 1000)
//	}
//
// format.Parse reads a file from outside (every problem listed, each with
// its path), format.Embedded one embedded in the module, and
// RuleSet.For(year) returns a year's Rules. The File checks that the
// version is given, that every source has a title, that every period is
// given once and that every rule cites a source the file lists; the
// Checker gives the rest one way each (Range for a number, Enum, Entries
// for lists that give a key once, Require and Text).
//
// # Unconfirmed rules
//
// A rule embeds a Basis: the id of its source, whether the sources
// confirm it for its period, and a note. Reading a file gives every Basis
// its Path, the JSON Pointer of the rule in the file
// ("/years/2/deposit"), its Label, a message code derived from the
// pointer's field names ("deposit.rule.deposit"), and the source it
// Cites. A decision that rests on an unconfirmed rule keys its warning by
// the rule's Path, so that every unconfirmed rule gives its own warning,
// and names the rule by its Label, which the message of the warning
// renders with the placeholder format {rule:label}. Format.Labels lists
// the label codes of a kind, so that a package declares them in its Codes
// and the i18n tests ask a message in both languages for each.
//
// The package imports only auhl and the standard library, without fmt or
// net/http: the WebAssembly widget links it.
package rules
