//go:build !auhlwidget

package studychoice

import (
	_ "embed" // for the data files
	"strings"
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

// check checks a questionnaire file; the embedded one is checked by the
// tests, so the widget's build leaves it out.
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
