//go:build !auhlwidget

package studychoice

import (
	_ "embed" // for the data files
	"sync"

	"github.com/auhl/auhl-go/auhl"
)

// The data files, which the package holds as generated Go values; the
// WebAssembly widget, built with the tag auhlwidget, links only those.
var (
	//go:embed data/questionnaire.json
	questionnaireData []byte
	//go:embed data/rules.json
	rulesData []byte
)

// ParseQuestionnaire reads and checks a questionnaire file: every text in
// both languages, unique item IDs, at least five items on every RIASEC
// scale, the answer options 1 to 5. It returns a *auhl.ValidationError
// listing every problem.
func ParseQuestionnaire(data []byte) (*Questionnaire, error) {
	var q Questionnaire
	if err := auhl.DecodeAndCheck(data, &q, q.check); err != nil {
		return nil, err
	}
	return &q, nil
}

// defaultAdvisor is the advisor over the default catalogue, built once.
var defaultAdvisor = sync.OnceValue(func() *Advisor { return NewAdvisor(nil) })

// DecodeProfile decodes a Profile from JSON the strict way (unknown fields,
// wrong types) and checks it against the default questionnaire and
// catalogue, returning a *auhl.ValidationError with every problem.
func DecodeProfile(data []byte) (Profile, error) {
	return defaultAdvisor().DecodeProfile(data)
}

// DecodeProfile decodes a Profile from JSON the strict way and checks it
// against the advisor's questionnaire and catalogue.
func (a *Advisor) DecodeProfile(data []byte) (Profile, error) {
	var p Profile
	if err := auhl.DecodeAndCheck(data, &p, func() *auhl.ValidationError { return a.check(&p) }); err != nil {
		return Profile{}, err
	}
	return p, nil
}
