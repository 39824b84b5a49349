package rules

import "github.com/auhl/auhl-go/auhl"

// The codes of the problems of a rules file that this package reports,
// besides auhl.CodeRequired (a missing version, title or period),
// auhl.CodeNumberRange and auhl.CodeEnum. Package auhl/i18n renders each
// in Dutch and English.
const (
	// CodePeriodUnknown: the file has no rules for the period asked.
	// Params: period (string, as asked), known (string, the periods the
	// file covers, comma-separated, earliest first).
	CodePeriodUnknown = "rules.period-unknown"
	// CodePeriodDuplicate: the file gives a period twice. Params: period
	// (string).
	CodePeriodDuplicate = "rules.period-duplicate"
	// CodeSourceUnknown: a rule cites a source the file does not list.
	// Params: id (string).
	CodeSourceUnknown = "rules.source-unknown"
	// CodeEntryDuplicate: a list gives an entry twice that it may give
	// once. Params: value (string).
	CodeEntryDuplicate = "rules.entry-duplicate"
	// CodeEntryMissing: a list lacks an entry it must give. Params: value
	// (string).
	CodeEntryMissing = "rules.entry-missing"
)

// Codes lists the codes this package reports, with their parameters.
// The label codes of a kind of rules file are its Format's Labels.
func Codes() []auhl.CodeSpec {
	str := func(name string) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: auhl.KindString} }
	return []auhl.CodeSpec{
		{Code: CodePeriodUnknown, Params: []auhl.ParamSpec{str("period"), str("known")}},
		{Code: CodePeriodDuplicate, Params: []auhl.ParamSpec{str("period")}},
		{Code: CodeSourceUnknown, Params: []auhl.ParamSpec{str("id")}},
		{Code: CodeEntryDuplicate, Params: []auhl.ParamSpec{str("value")}},
		{Code: CodeEntryMissing, Params: []auhl.ParamSpec{str("value")}},
	}
}
