package recognition

import "github.com/auhl/auhl-go/auhl"

// The codes of the recognition findings. Package auhl/i18n renders each
// in Dutch and English; Codes lists their parameters.
const (
	// CodeRecognised: a component recognised automatically. Params:
	// title, credits (string).
	CodeRecognised = "recognition.recognised"
	// CodeConditions (a warning): the agreement set recognition
	// conditions, so the home institution decides. Params: title,
	// conditions (string).
	CodeConditions = "recognition.conditions"
	// CodeFailed (an error): a component it rests on is failed. Params:
	// title, grade (string).
	CodeFailed = "recognition.failed"
	// CodeResultMissing (an error): a studied component has no result on
	// the transcript. Params: title (string).
	CodeResultMissing = "recognition.result-missing"
	// CodeNoStudied (an error): a recognised component rests on no
	// studied component. Params: title (string).
	CodeNoStudied = "recognition.no-studied"
	// CodePercentile: a grade converted by the grading tables. Params:
	// title, host, home, isced (string).
	CodePercentile = "recognition.converted.percentile"
	// CodeList: a grade converted by the conversion list. Params: title,
	// host, home (string).
	CodeList = "recognition.converted.list"
	// CodePassFail: no table or list converts the grade: passed, without
	// a number. Params: title, host (string).
	CodePassFail = "recognition.converted.pass-fail"
	// CodeMidpoint (a warning): the percentile method takes the midpoint
	// of the host grade's band, which the sources do not confirm as
	// Egracons's rule.
	CodeMidpoint = "recognition.midpoint-unconfirmed"
)

// The codes of the problems of a rejected grading.
const (
	// CodeISCED: not a four-digit ISCED-F code. Params: value (string).
	CodeISCED = "recognition.isced"
	// CodeTwice: a field or a grade given twice. Params: value (string).
	CodeTwice = "recognition.twice"
	// CodePercentage: a percentage below 0, above 100 or with more than
	// four decimals. Params: value (string).
	CodePercentage = "recognition.percentage"
)

// Codes lists the codes this package reports, with their parameters.
func Codes() []auhl.CodeSpec {
	s := func(names ...string) []auhl.ParamSpec {
		out := make([]auhl.ParamSpec, len(names))
		for i, n := range names {
			out[i] = auhl.ParamSpec{Name: n, Kind: auhl.KindString}
		}
		return out
	}
	return []auhl.CodeSpec{
		{Code: CodeRecognised, Params: s("title", "credits")},
		{Code: CodeConditions, Params: s("title", "conditions")},
		{Code: CodeFailed, Params: s("title", "grade")},
		{Code: CodeResultMissing, Params: s("title")},
		{Code: CodeNoStudied, Params: s("title")},
		{Code: CodePercentile, Params: s("title", "host", "home", "isced")},
		{Code: CodeList, Params: s("title", "host", "home")},
		{Code: CodePassFail, Params: s("title", "host")},
		{Code: CodeMidpoint},
		{Code: CodeISCED, Params: s("value")},
		{Code: CodeTwice, Params: s("value")},
		{Code: CodePercentage, Params: s("value")},
	}
}
