package interview

import (
	"slices"
	"strconv"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/studychoice"
)

// Section groups the questions under one heading; the front ends show one
// section per step.
type Section string

// The sections, in the order they are asked.
const (
	// Background: the student's prior education and situation.
	Background Section = "background"
	// Interests: the items of the questionnaire.
	Interests Section = "interests"
	// Preferences: city, language, length and institution.
	Preferences Section = "preferences"
)

// Sections lists the sections in the order they are asked.
func Sections() []Section { return []Section{Background, Interests, Preferences} }

// Enum lists the sections, for the JSON Schema.
func (Section) Enum() []string { return auhl.Strings(Sections()) }

// Valid reports whether s is a section.
func (s Section) Valid() bool { return slices.Contains(Sections(), s) }

// Kind is the kind of answer a question takes.
type Kind string

// The kinds of question.
const (
	// Pick: the value of one of the choices.
	Pick Kind = "pick"
	// Number: a whole number from Min to Max.
	Number Kind = "number"
	// YesNo: Yes or No.
	YesNo Kind = "yes-no"
)

var kinds = []Kind{Pick, Number, YesNo}

// Enum lists the kinds, for the JSON Schema.
func (Kind) Enum() []string { return auhl.Strings(kinds) }

// Valid reports whether k is a kind.
func (k Kind) Valid() bool { return slices.Contains(kinds, k) }

// The values of a YesNo answer. As for every question, 0 is "not answered".
const (
	Yes = 1
	No  = 2
)

// Choice is one answer of a Pick or YesNo question.
type Choice struct {
	// Value is what the answer stores.
	Value int `json:"value"`
	// Label is what the student reads.
	Label auhl.Text `json:"label"`
}

// Condition holds when the answer to the question Key (0 when unanswered) is
// one of Values.
type Condition struct {
	// Key is the question the condition looks at.
	Key string `json:"key"`
	// Values are the answers for which the condition holds.
	Values []int `json:"values"`
}

// Question is one question of the interview.
type Question struct {
	// Key identifies the question among the answers: "diploma", "maths",
	// or "item/" and the ID of a questionnaire item.
	Key string `json:"key"`
	// Section is the heading the question belongs to.
	Section Section `json:"section"`
	// Text is the question.
	Text auhl.Text `json:"text"`
	// Kind is the kind of answer it takes.
	Kind Kind `json:"kind"`
	// Choices are the answers of a Pick or YesNo question.
	Choices []Choice `json:"choices,omitempty"`
	// Min and Max bound the answer of a Number question.
	Min int `json:"min,omitempty"`
	// Max is the highest answer of a Number question.
	Max int `json:"max,omitempty"`
	// Required questions must be answered when they are asked.
	Required bool `json:"required,omitempty"`
	// When lists the conditions under which the question is asked: all of
	// them must hold. Empty means always.
	When []Condition `json:"when,omitempty"`

	// set writes an answer into the profile.
	set func(p *studychoice.Profile, v int)
}

// Asked reports whether the question is asked, given the answers.
func (q Question) Asked(a Answers) bool {
	for _, c := range q.When {
		if !slices.Contains(c.Values, a[c.Key]) {
			return false
		}
	}
	return true
}

// Accepts reports whether v is an answer the question takes (0, no
// answer, is not).
func (q Question) Accepts(v int) bool {
	if q.Kind == Number {
		return v >= q.Min && v <= q.Max
	}
	for _, c := range q.Choices {
		if c.Value == v {
			return true
		}
	}
	return false
}

// Bounds are the lowest and highest answer the question takes.
func (q Question) Bounds() (lo, hi int) {
	if q.Kind == Number || len(q.Choices) == 0 {
		return q.Min, q.Max
	}
	lo, hi = q.Choices[0].Value, q.Choices[0].Value
	for _, c := range q.Choices {
		lo, hi = min(lo, c.Value), max(hi, c.Value)
	}
	return lo, hi
}

// Label is the text of answer v in language l: the label of its choice, or
// the number itself.
func (q Question) Label(l auhl.Lang, v int) string {
	for _, c := range q.Choices {
		if c.Value == v {
			return c.Label.In(l)
		}
	}
	return strconv.Itoa(v)
}

// Answers holds the answer to each question by key; a missing key or 0 is
// unanswered.
type Answers map[string]int

// The keys of the background and preference questions. The items of the
// questionnaire are keyed ItemPrefix and their ID.
const (
	KeyDiploma      = "diploma"
	KeyForeign      = "foreign"
	KeyStructure    = "structure"
	KeyFinaliteit   = "finaliteit"
	KeyTrack        = "track"
	KeyMaths        = "maths"
	KeyClassCouncil = "class-council"
	KeyDutch        = "dutch"
	KeyWork         = "work"
	KeyAge          = "age"
	KeyCities       = "cities"
	KeyLanguages    = "languages"
	KeyMaxYears     = "max-years"
	KeyInstitutions = "institutions"
	ItemPrefix      = "item/"
)

// Interview is the whole conversation for one questionnaire and catalogue.
// It is safe for concurrent use; treat its questions as read-only.
type Interview struct {
	// Questions lists every question in the order it is asked.
	Questions []Question
	// Questionnaire is the version of the questionnaire its items come from.
	Questionnaire string

	q     *studychoice.Questionnaire
	index map[string]int
	items []int // the indexes of the questionnaire's items in Questions
}

// New returns the interview over the questionnaire qn and the catalogue
// cat; nil means the defaults. The cities to choose from are the
// catalogue's.
func New(qn *studychoice.Questionnaire, cat *catalog.Catalog) *Interview {
	if qn == nil {
		qn = studychoice.DefaultQuestionnaire()
	}
	if cat == nil {
		cat = catalog.Default()
	}
	iv := &Interview{Questionnaire: qn.Version, q: qn, index: map[string]int{}}
	iv.Questions = append(iv.Questions, background()...)
	for _, it := range qn.Items {
		id := it.ID
		choices := make([]Choice, len(qn.Options))
		for i, o := range qn.Options {
			choices[i] = Choice{Value: o.Value, Label: o.Label}
		}
		iv.items = append(iv.items, len(iv.Questions))
		iv.Questions = append(iv.Questions, Question{Key: ItemPrefix + id, Section: Interests, Text: it.Text, Kind: Pick,
			Choices: choices, set: func(p *studychoice.Profile, v int) { p.Answers[id] = v }})
	}
	iv.Questions = append(iv.Questions, preferences(cat)...)
	for i, q := range iv.Questions {
		iv.index[q.Key] = i
	}
	return iv
}

// Question returns the question with the given key.
func (iv *Interview) Question(key string) (Question, bool) {
	i, ok := iv.index[key]
	if !ok {
		return Question{}, false
	}
	return iv.Questions[i], true
}

// Heading is the heading and the introduction of a section in language l.
func (iv *Interview) Heading(l auhl.Lang, s Section) (heading, intro string) {
	switch s {
	case Background:
		return text.BackgroundHeading.In(l), text.BackgroundIntro.In(l)
	case Interests:
		return iv.q.Title.In(l), iv.q.Intro.In(l)
	case Preferences:
		return text.PreferencesHeading.In(l), text.PreferencesIntro.In(l)
	}
	return "", ""
}

// Profile builds the advisor's profile from the answers to the questions
// that are asked; answers to other questions, and answers a question does
// not accept, are left out.
func (iv *Interview) Profile(a Answers) studychoice.Profile {
	p := studychoice.Profile{Answers: map[string]int{}}
	for _, q := range iv.Questions {
		if v := a[q.Key]; v != 0 && q.set != nil && q.Accepts(v) && q.Asked(a) {
			q.set(&p, v)
		}
	}
	return p
}
