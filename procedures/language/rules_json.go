//go:build !auhlwidget

package language

import _ "embed" // for the rules file

// rulesData is the embedded rules file, which the package holds as
// generated Go values (Default); the WebAssembly widget, built with the
// tag auhlwidget, links only those.
//
//go:embed data/language.json
var rulesData []byte

// DecodeRules reads and checks a rules file of the embedded file's
// format: every year once, every source cited present, every level a CEFR
// level, one level rule per kind of programme, one proof rule per kind of
// proof with the language the kind proves, months real months. It returns
// a *auhl.ValidationError listing every problem.
func DecodeRules(data []byte) (*RulesFile, error) {
	return format.Parse(data, new(RulesFile))
}
