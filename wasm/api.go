package wasm

import (
	"errors"
	"strings"
	"sync"
	"unsafe"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/internal/jsonlite"
	"github.com/auhl/auhl-go/studychoice"
	"github.com/auhl/auhl-go/studychoice/interview"
	"github.com/auhl/auhl-go/studychoice/report"
)

//go:generate go test -run=^TestGeneratedEncoders$ -update .

// encode writes v as JSON with its generated encoder (encode_gen.go),
// which writes what encoding/json.Marshal writes (TestGeneratedEncoders
// and the tests of each method hold the two equal) without linking
// encoding/json and reflect into the module.
func encode[T any](v *T, write func(*jsonlite.Writer, *T)) ([]byte, error) {
	var w jsonlite.Writer
	write(&w, v)
	return w.B, nil
}

// Limits on what the page hands over.
const (
	// MaxCatalogs is how many catalogues one runtime holds besides the
	// embedded one.
	MaxCatalogs = 8
	// MaxAnswers is the largest answers text Advise reads, in bytes.
	MaxAnswers = 64 << 10
	// MaxCatalog is the largest catalogue file LoadCatalog reads, in
	// bytes: about twelve times the embedded catalogue, and far below
	// catalog.MaxSize, because the module validates a catalogue on the
	// page's main thread. The element applies the same limit while it
	// reads the body, before the text reaches Go.
	MaxCatalog = 2 << 20
	// maxTags is how many language tags UI looks at.
	maxTags = 16
)

// API is the widget's Go side, as plain Go: the JavaScript bridge hands its
// methods to the page, and tests call them directly. Each method returns
// the JSON the element reads; an error means something the student cannot
// fix (the element shows it as a general failure), while a rejected input
// comes back as JSON with "ok": false and messages in the student's
// language. It is safe for concurrent use.
type API struct {
	mu       sync.Mutex
	sessions []*session // [0] is nil: the embedded catalogue is embedded()
	// embedded is the session of the embedded catalogue, read on first
	// use: the runtime hands over its API before it reads anything.
	embedded func() *session
}

// session is one catalogue with its interview and advisor. The advisor,
// which prepares every programme, is made on first use: the questions come
// first, and the start-up of the widget does not wait for it.
type session struct {
	version string
	adv     func() *studychoice.Advisor
	iv      *interview.Interview
	qn      *studychoice.Questionnaire
}

func newSession(cat *catalog.Catalog) *session {
	qn := studychoice.DefaultQuestionnaire()
	return &session{version: cat.Version, iv: interview.New(qn, cat), qn: qn,
		adv: sync.OnceValue(func() *studychoice.Advisor { return studychoice.NewAdvisor(cat) })}
}

// New returns the API over the embedded catalogue, catalogue 0, which it
// reads on first use.
func New() *API {
	return &API{sessions: []*session{nil},
		embedded: sync.OnceValue(func() *session { return newSession(catalog.Default()) })}
}

// session returns catalogue id, or the embedded one for an unknown id.
func (a *API) session(id int) *session {
	a.mu.Lock()
	var s *session
	if id > 0 && id < len(a.sessions) {
		s = a.sessions[id]
	}
	a.mu.Unlock()
	if s == nil {
		return a.embedded()
	}
	return s
}

// lang reads a language the element passes; anything else is Dutch.
func lang(s string) auhl.Lang {
	if l := auhl.Lang(s); l.Valid() {
		return l
	}
	return auhl.Dutch
}

// UI is what the element needs to show the questions: the language matched
// from the page's tags, the widget's texts, the sections and the questions
// with their choices, all in that language.
type UI struct {
	// Lang is the language matched from the tags.
	Lang auhl.Lang `json:"lang"`
	// Catalog is the catalogue the questions and the advice use.
	Catalog CatalogInfo `json:"catalog"`
	// Text holds the widget's texts by key.
	Text map[string]string `json:"text"`
	// Sections are the steps with questions, in order.
	Sections []SectionView `json:"sections"`
	// Questions are every question, in order.
	Questions []QuestionView `json:"questions"`
}

// CatalogInfo identifies a catalogue the runtime holds.
type CatalogInfo struct {
	// ID is the number the element passes back; 0 is the embedded one.
	ID int `json:"id"`
	// Version is the catalogue's version.
	Version string `json:"version"`
}

// SectionView is a step's heading and introduction.
type SectionView struct {
	// ID is the section.
	ID interview.Section `json:"id"`
	// Heading names the step.
	Heading string `json:"heading"`
	// Intro says what the step asks.
	Intro string `json:"intro"`
}

// QuestionView is a question in one language.
type QuestionView struct {
	// Key identifies the question among the answers.
	Key string `json:"key"`
	// Section is the step it belongs to.
	Section interview.Section `json:"section"`
	// Text is the question.
	Text string `json:"text"`
	// Kind is the kind of answer it takes.
	Kind interview.Kind `json:"kind"`
	// Choices are the answers of a pick or yes-no question.
	Choices []ChoiceView `json:"choices,omitempty"`
	// Min is the lowest answer of a number question.
	Min int `json:"min,omitempty"`
	// Max is the highest answer of a number question.
	Max int `json:"max,omitempty"`
	// Required questions must be answered when they are shown.
	Required bool `json:"required,omitempty"`
	// When lists the conditions under which the question is shown.
	When []interview.Condition `json:"when,omitempty"`
}

// ChoiceView is one answer in one language.
type ChoiceView struct {
	// Value is what the answer stores.
	Value int `json:"value"`
	// Label is what the student reads.
	Label string `json:"label"`
}

// UI returns the UI, as JSON, in the language that best fits tags (the
// element's lang, else its ancestors', else the browser's languages), for
// catalogue catalogID.
func (a *API) UI(tags []string, catalogID int) ([]byte, error) {
	if len(tags) > maxTags {
		tags = tags[:maxTags]
	}
	l := matchLang(tags)
	s := a.session(catalogID)
	if catalogID < 0 || catalogID >= a.count() {
		catalogID = 0
	}
	ui := UI{Lang: l, Catalog: CatalogInfo{ID: catalogID, Version: s.version}, Text: map[string]string{}}
	for k, t := range words {
		ui.Text[k] = t.In(l)
	}
	for _, sec := range interview.Sections() {
		h, intro := s.iv.Heading(l, sec)
		ui.Sections = append(ui.Sections, SectionView{ID: sec, Heading: h, Intro: intro})
	}
	for _, q := range s.iv.Questions {
		v := QuestionView{Key: q.Key, Section: q.Section, Text: q.Text.In(l), Kind: q.Kind, Min: q.Min, Max: q.Max,
			Required: q.Required, When: q.When}
		for _, c := range q.Choices {
			v.Choices = append(v.Choices, ChoiceView{Value: c.Value, Label: c.Label.In(l)})
		}
		ui.Questions = append(ui.Questions, v)
	}
	return encode(&ui, appendUI)
}

func (a *API) count() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return len(a.sessions)
}

// AdviseResult is the answer to Advise: either the errors to show by
// question, or the advice.
type AdviseResult struct {
	// OK is false when the answers were rejected.
	OK bool `json:"ok"`
	// Errors are the problems, by question key ("" for the whole input).
	Errors []FieldError `json:"errors,omitempty"`
	// Result is the advice arranged for reading, with the best
	// programmes.
	Result *report.Report `json:"result,omitempty"`
	// Event is the detail of the element's auhl-advice event.
	Event *Event `json:"event,omitempty"`
	// Fragment restores the answers from a link: the part after "#auhl=".
	Fragment string `json:"fragment,omitempty"`
}

// FieldError is one problem of the answers, for one question.
type FieldError struct {
	// Key is the question ("" for the whole input).
	Key string `json:"key"`
	// Message says what is wrong, in the student's language.
	Message string `json:"message"`
}

// Advise reads the answers (JSON: {"diploma": 2, "item/R1": 4, ...}),
// checks them against the questions of catalogue catalogID, and returns the
// advice in language l as JSON.
func (a *API) Advise(answers string, l string, catalogID int) ([]byte, error) {
	lg := lang(l)
	s := a.session(catalogID)
	ans, err := decodeAnswers(answers)
	if err == nil {
		err = s.iv.Check(ans)
	}
	if err != nil {
		return encode(&AdviseResult{Errors: fieldErrors(lg, err)}, appendAdviseResult)
	}
	adv, err := s.adv().Advise(s.iv.Profile(ans))
	if err != nil {
		return encode(&AdviseResult{Errors: fieldErrors(lg, err)}, appendAdviseResult)
	}
	rep := report.New(lg, s.qn, adv, topProgrammes)
	ev := newEvent(lg, adv)
	return encode(&AdviseResult{OK: true, Result: &rep, Event: &ev, Fragment: s.iv.Encode(ans)}, appendAdviseResult)
}

// decodeAnswers reads {"key": n, ...} strictly.
func decodeAnswers(s string) (interview.Answers, error) {
	if len(s) > MaxAnswers {
		var ve auhl.ValidationError
		ve.Add("", auhl.CodeJSONTooLarge, auhl.Params{"limit": auhl.Int(MaxAnswers)})
		return nil, &ve
	}
	d, err := jsonlite.NewDecoder([]byte(s))
	if err != nil {
		return nil, err
	}
	// As auhl.DecodeJSON reads a map[string]int (TestDecodeAnswers holds
	// the two equal): null is no answers, each entry costs its key, its
	// value and a map's overhead against the bound on memory.
	var ans interview.Answers
	if d.Kind() == '{' {
		ans = interview.Answers{}
	}
	d.Object(func(key string) bool {
		if !d.Spend(unsafe.Sizeof("") + unsafe.Sizeof(0) + jsonlite.MapEntryCost + uintptr(len(key))) {
			d.Skip()
			return true
		}
		if n, ok := d.Int(64); ok {
			ans[jsonlite.MapKey(key)] = int(n)
		}
		return true
	})
	if ve := d.Problems(); ve != nil {
		return nil, ve
	}
	return ans, nil
}

// fieldErrors renders err by question: a problem's path "/key" names the
// question.
func fieldErrors(l auhl.Lang, err error) []FieldError {
	var ve *auhl.ValidationError
	if !errors.As(err, &ve) {
		return []FieldError{{Message: i18n.Message(l, i18n.CodeUnexpected, nil)}}
	}
	out := make([]FieldError, 0, len(ve.Problems)+1)
	for _, p := range ve.Problems {
		key := strings.TrimPrefix(p.Path, "/")
		key = strings.ReplaceAll(strings.ReplaceAll(key, "~1", "/"), "~0", "~")
		out = append(out, FieldError{Key: key, Message: i18n.RenderProblem(l, p)})
	}
	if ve.More > 0 {
		// The problems past the listing's cap, counted.
		out = append(out, FieldError{Message: i18n.Message(l, auhl.CodeMoreProblems, auhl.Params{"count": auhl.Int(ve.More)})})
	}
	return out
}

// CatalogResult is the answer to LoadCatalog.
type CatalogResult struct {
	// OK is false when the catalogue was rejected.
	OK bool `json:"ok"`
	// ID is the catalogue's number for UI and Advise.
	ID int `json:"id,omitempty"`
	// Version is the catalogue's version.
	Version string `json:"version,omitempty"`
	// Message says, in the student's language, that the embedded catalogue
	// stays.
	Message string `json:"message,omitempty"`
	// Problems are the catalogue's problems, for the page's developers.
	Problems []string `json:"problems,omitempty"`
}

// maxProblems is how many problems of a rejected catalogue are reported.
const maxProblems = 20

// LoadCatalog reads a catalogue file in the format catalog.Load reads (at
// most MaxCatalog bytes) and keeps it under a new number, for UI and
// Advise. A rejected catalogue changes nothing.
func (a *API) LoadCatalog(text string, l string) ([]byte, error) {
	lg := lang(l)
	failed := func(err error) ([]byte, error) {
		var problems []string
		if err != nil {
			problems = i18n.Errors(lg, firstProblems(err, maxProblems))
		}
		return encode(&CatalogResult{Message: words["catalogFailed"].In(lg), Problems: problems}, appendCatalogResult)
	}
	if len(text) > MaxCatalog {
		var ve auhl.ValidationError
		ve.Add("", auhl.CodeJSONTooLarge, auhl.Params{"limit": auhl.Int(MaxCatalog)})
		return failed(&ve)
	}
	cat, err := catalog.Load(strings.NewReader(text))
	if err != nil {
		return failed(err)
	}
	s := newSession(cat)
	a.mu.Lock()
	if len(a.sessions) > MaxCatalogs {
		a.mu.Unlock()
		return failed(nil)
	}
	a.sessions = append(a.sessions, s)
	id := len(a.sessions) - 1
	a.mu.Unlock()
	return encode(&CatalogResult{OK: true, ID: id, Version: cat.Version}, appendCatalogResult)
}

// firstProblems keeps the first n problems of a validation error, so that
// only those are rendered, and counts the rest in More, so that a line
// says how many more there are; any other error is returned as it is.
func firstProblems(err error, n int) error {
	var ve *auhl.ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) <= n {
		return err
	}
	return &auhl.ValidationError{Problems: ve.Problems[:n], More: ve.More + len(ve.Problems) - n}
}

// DecodeResult is the answer to Decode.
type DecodeResult struct {
	// OK is false when the link could not be read.
	OK bool `json:"ok"`
	// Answers are the restored answers.
	Answers interview.Answers `json:"answers,omitempty"`
	// Message says that the link could not be read: always the same
	// text, which repeats nothing of the link.
	Message string `json:"message,omitempty"`
}

// Decode reads the answers from a link's fragment (the part after
// "#auhl="), for catalogue catalogID. A fragment that does not decode to
// answers of the current questionnaire is refused with the widget's fixed
// text restoreFailed: a link is anyone's text, and nothing of it (not even
// the questionnaire version it claims) is put on the page.
func (a *API) Decode(fragment string, l string, catalogID int) ([]byte, error) {
	ans, err := a.session(catalogID).iv.Decode(fragment)
	if err != nil {
		return encode(&DecodeResult{Message: words["restoreFailed"].In(lang(l))}, appendDecodeResult)
	}
	return encode(&DecodeResult{OK: true, Answers: ans}, appendDecodeResult)
}

// WarmUp works out one advice and forgets it, so that the first advice a
// student asks for does not also pay for reading the messages and building
// the JSON encoders of the result.
func (a *API) WarmUp() {
	_, _ = a.Advise(`{"diploma": 3}`, string(auhl.Dutch), 0)
}
