package studychoice

import (
	"strings"

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

func (q *Questionnaire) check() *auhl.ValidationError {
	var ve auhl.ValidationError
	if strings.TrimSpace(q.Version) == "" {
		ve.Add("/version", auhl.CodeRequired, nil)
	}
	text := func(path string, t auhl.Text) {
		if strings.TrimSpace(t.NL) == "" {
			ve.Add(path+"/nl", auhl.CodeTextMissing, auhl.Params{"lang": auhl.Str("nl")})
		}
		if strings.TrimSpace(t.EN) == "" {
			ve.Add(path+"/en", auhl.CodeTextMissing, auhl.Params{"lang": auhl.Str("en")})
		}
	}
	text("/title", q.Title)
	text("/intro", q.Intro)
	seenScale := map[ScaleID]bool{}
	for i, s := range q.Scales {
		p := auhl.Index("/scales", i)
		if !s.ID.Valid() {
			ve.Add(p+"/id", auhl.CodeEnum, auhl.Params{"value": auhl.Str(string(s.ID)), "allowed": auhl.Str(strings.Join(s.ID.Enum(), ", "))})
		}
		seenScale[s.ID] = true
		text(p+"/name", s.Name)
		text(p+"/description", s.Description)
	}
	for _, id := range scaleIDs {
		if !seenScale[id] {
			ve.Add("/scales", auhl.CodeRequired, nil)
			break
		}
	}
	if len(q.Options) != 5 {
		ve.Add("/options", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(len(q.Options)), "min": auhl.Int(5), "max": auhl.Int(5)})
	}
	for i, o := range q.Options {
		p := auhl.Index("/options", i)
		if o.Value != i+1 {
			ve.Add(p+"/value", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(o.Value), "min": auhl.Int(i + 1), "max": auhl.Int(i + 1)})
		}
		text(p+"/label", o.Label)
	}
	ids := map[string]bool{}
	perScale := map[ScaleID]int{}
	for i, it := range q.Items {
		p := auhl.Index("/items", i)
		if strings.TrimSpace(it.ID) == "" {
			ve.Add(p+"/id", auhl.CodeRequired, nil)
		} else if ids[it.ID] {
			ve.Add(p+"/id", CodeDuplicateItem, auhl.Params{"id": auhl.Str(auhl.Clip(it.ID))})
		}
		ids[it.ID] = true
		if !it.Scale.Valid() {
			ve.Add(p+"/scale", auhl.CodeEnum, auhl.Params{"value": auhl.Str(string(it.Scale)), "allowed": auhl.Str(strings.Join(it.Scale.Enum(), ", "))})
		}
		perScale[it.Scale]++
		text(p+"/text", it.Text)
	}
	for _, s := range RIASEC {
		if perScale[s] < 5 {
			ve.Add("/items", CodeFewItems, auhl.Params{"scale": auhl.Str(string(s)), "count": auhl.Int(perScale[s])})
		}
	}
	return &ve
}
