package report

import (
	_ "embed" // for the message file

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
)

// messages are the Dutch and English texts of the page and the text
// report (see Codes), registered with auhl/i18n when a program imports
// the package.
//
//go:embed messages.json
var messages string

func init() { i18n.Register("governance/report", messages) }

// Codes lists the codes of this package's texts, with their parameters.
func Codes() []auhl.CodeSpec {
	p := func(name string, k auhl.ParamKind) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: k} }
	specs := map[string][]auhl.ParamSpec{
		"title":          {p("framework", auhl.KindText)},
		"subtitle":       {p("year", auhl.KindYear), p("on", auhl.KindDate)},
		"respondents":    {p("group", auhl.KindString), p("count", auhl.KindInt)},
		"min-size":       {p("min", auhl.KindInt)},
		"trend":          {p("from", auhl.KindYear)},
		"proposed":       {p("criterion", auhl.KindText)},
		"theme":          {p("number", auhl.KindInt), p("title", auhl.KindText)},
		"previous":       {p("year", auhl.KindYear)},
		"tested":         {p("test", auhl.KindString), p("alpha", auhl.KindNumber)},
		"summary":        nil,
		"overall":        nil,
		"criteria":       nil,
		"groups":         nil,
		"no-previous":    nil,
		"no-change":      nil,
		"strengths":      nil,
		"improvements":   nil,
		"actions":        nil,
		"findings":       nil,
		"proposed-mark":  nil,
		"no-theme":       nil,
		"none":           nil,
		"legend":         nil,
		"chart-criteria": nil,
		"chart-groups":   nil,
		"chart-trend":    nil,
	}
	for _, c := range []string{"criterion", "n", "mean", "min", "max", "sd", "band", "points", "maturity", "group", "from", "to", "change", "action", "status", "owners"} {
		specs["col-"+c] = nil
	}
	out := make([]auhl.CodeSpec, 0, len(specs))
	for name, params := range specs {
		out = append(out, auhl.CodeSpec{Code: prefix + name, Params: params})
	}
	return out
}

// prefix is the prefix of this package's codes.
const prefix = "governance-report."

// msg renders this package's message name in lang.
func msg(lang auhl.Lang, name string, params auhl.Params) string {
	return i18n.Message(lang, prefix+name, params)
}
