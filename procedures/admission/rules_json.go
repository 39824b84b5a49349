//go:build !auhlwidget

package admission

import _ "embed" // for the rules file

// rulesData is the embedded rules file, which the package holds as
// generated Go values (Default); the WebAssembly widget, built with the
// tag auhlwidget, links only those.
//
//go:embed data/admission.json
var rulesData []byte

// DecodeRules reads and checks an admission rules file of the
// embedded file's format: every year once, every source cited present,
// every number in range. It returns a *auhl.ValidationError listing every
// problem.
func DecodeRules(data []byte) (*RulesFile, error) {
	return format.Parse(data, new(RulesFile))
}
