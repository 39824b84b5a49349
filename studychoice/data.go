package studychoice

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

//go:generate go test -run=^TestGenerated$ -update .

// advisorRules are the advisor's evidence and parameters: thresholds,
// weights and the sources its findings cite. They are data, like the
// catalogue: a rules file without periods (see auhl/rules).
type advisorRules struct {
	rules.Header
	MathsHours struct {
		Low    int `json:"low"`
		Strong int `json:"strong"`
	} `json:"mathsHours"`
	Ijkingstoets struct {
		Average float64 `json:"average"`
		Good    float64 `json:"good"`
	} `json:"ijkingstoets"`
	FlatSpread     float64 `json:"flatSpread"`
	MinAnswered    int     `json:"minAnswered"`
	AcademicHigh   float64 `json:"academicHigh"`
	AcademicLow    float64 `json:"academicLow"`
	InterestStrong float64 `json:"interestStrong"`
	Weights        struct {
		Interest    int `json:"interest"`
		Preparation int `json:"preparation"`
		Level       int `json:"level"`
		Preference  int `json:"preference"`
	} `json:"weights"`
	DomainAreas struct {
		Note  string                   `json:"note"`
		Areas map[StudyDomain][]string `json:"areas"`
	} `json:"domainAreas"`
}

func (r *advisorRules) source(id string) auhl.Source {
	s, ok := r.Sources[id]
	if !ok {
		panic("studychoice: rules.json lacks source " + id) // caught by the tests
	}
	return s
}

// advisorFormat is the format of rules.json: the common checks of a
// rules file (a version, a title for every source).
var advisorFormat = rules.Format[*advisorRules]{Name: "studychoice/data/rules.json"}

// loadedRules are data/rules.json, held as generated Go values
// (data_gen.go) that TestGenerated holds equal to the file.
var loadedRules = advisorFormat.Generated(&generatedRules)

// DefaultQuestionnaire returns the embedded questionnaire, shared: treat
// it as read-only. It is data/questionnaire.json, held as generated Go
// values (data_gen.go) that TestGenerated holds equal to the file parsed
// and checked with ParseQuestionnaire.
func DefaultQuestionnaire() *Questionnaire { return &generatedQuestionnaire }
