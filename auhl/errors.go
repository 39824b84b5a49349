package auhl

import (
	"errors"
	"sort"
	"strconv"
	"strings"
)

// ErrInvalid is the condition of every rejected input: a *ValidationError
// matches it with errors.Is.
var ErrInvalid = errors.New("invalid input")

// The codes of the problems this package reports. Package auhl/i18n renders
// each in Dutch and English.
const (
	// CodeJSONSyntax: the input is not well-formed JSON. Params: offset (int).
	CodeJSONSyntax = "json.syntax"
	// CodeJSONType: a value has the wrong JSON type. Params: expected (string).
	CodeJSONType = "json.type"
	// CodeJSONUnknownField: an object has a field the format does not know.
	// Params: field (string).
	CodeJSONUnknownField = "json.unknown-field"
	// CodeJSONTrailing: more data follows the JSON value.
	CodeJSONTrailing = "json.trailing-data"
	// CodeJSONTooLarge: the input is larger than allowed. Params: limit (int,
	// bytes).
	CodeJSONTooLarge = "json.too-large"
	// CodeEnum: a value is not one of the allowed ones. Params: value
	// (string), allowed (string).
	CodeEnum = "value.enum"
	// CodeRequired: a required value is missing.
	CodeRequired = "value.required"
	// CodeNumberRange: a number lies outside its range. Params: value
	// (number, as given), min, max (int).
	CodeNumberRange = "value.range"
	// CodeTextMissing: a text lacks one of its two languages. Params: lang
	// (string).
	CodeTextMissing = "text.missing-language"
	// CodeYearFormat: an academic year is not written "2025-2026". Params:
	// value (string).
	CodeYearFormat = "year.format"
	// CodeYearRange: an academic year's start has not four digits. Params:
	// value (int).
	CodeYearRange = "year.range"
	// CodeJSONTooDeep: objects and arrays are nested deeper than allowed.
	// Params: limit (int, levels).
	CodeJSONTooDeep = "json.too-deep"
	// CodeJSONDuplicateKey: an object has the same field twice. Params:
	// field (string).
	CodeJSONDuplicateKey = "json.duplicate-key"
	// CodeJSONTooManyValues: a list or object holds so many values that
	// reading it would take far more memory than an input of its size
	// should.
	CodeJSONTooManyValues = "json.too-many-values"
	// CodeMoreProblems: the problems listed are the first MaxProblems of
	// more. It is not a problem of its own: ValidationError.More counts
	// the ones left out, and auhl/i18n renders this code with count (int)
	// as the last line of a rejected input.
	CodeMoreProblems = "problems.more"
)

// MaxProblems is the number of problems a ValidationError lists at most.
// The checks of a rejected input stop listing there and count the rest in
// ValidationError.More, so that no input, however hostile, costs more
// than a bounded list to report.
const MaxProblems = 100

// Codes lists the codes this package reports, with their parameters.
func Codes() []CodeSpec {
	return []CodeSpec{
		{Code: CodeJSONSyntax, Params: []ParamSpec{{"offset", KindInt}}},
		{Code: CodeJSONType, Params: []ParamSpec{{"expected", KindString}}},
		{Code: CodeJSONUnknownField, Params: []ParamSpec{{"field", KindString}}},
		{Code: CodeJSONTrailing},
		{Code: CodeJSONTooLarge, Params: []ParamSpec{{"limit", KindInt}}},
		{Code: CodeEnum, Params: []ParamSpec{{"value", KindString}, {"allowed", KindString}}},
		{Code: CodeRequired},
		{Code: CodeNumberRange, Params: []ParamSpec{{"value", KindNumber}, {"min", KindInt}, {"max", KindInt}}},
		{Code: CodeTextMissing, Params: []ParamSpec{{"lang", KindString}}},
		{Code: CodeYearFormat, Params: []ParamSpec{{"value", KindString}}},
		{Code: CodeYearRange, Params: []ParamSpec{{"value", KindInt}}},
		{Code: CodeJSONTooDeep, Params: []ParamSpec{{"limit", KindInt}}},
		{Code: CodeJSONDuplicateKey, Params: []ParamSpec{{"field", KindString}}},
		{Code: CodeJSONTooManyValues},
		{Code: CodeMoreProblems, Params: []ParamSpec{{"count", KindInt}}},
	}
}

// Problem is one reason an input was rejected: where (Path, a JSON Pointer
// such as "/programmes/3/name/en", "" for the whole input), what (a stable
// Code, rendered by auhl/i18n) and the Params its message needs.
type Problem struct {
	// Path is the JSON Pointer (RFC 6901) of the offending value.
	Path string `json:"path"`
	// Code identifies the problem.
	Code string `json:"code"`
	// Params are the values the problem's message refers to by name.
	Params Params `json:"params,omitempty"`
}

// ValidationError is the error of a rejected input. It lists the problems
// found, not only the first, up to MaxProblems, and counts the rest in
// More; it matches ErrInvalid with errors.Is. Its JSON encoding is
// {"problems": [...], "more": N}, without "more" when nothing was left
// out.
//
// Record problems with Add, Append or Merge, which keep the bound; a
// literal ValidationError with a few problems is fine too.
type ValidationError struct {
	// Problems are the problems listed: those of the input's shape first,
	// in the order of the input, then those of its meaning, in the order
	// of the checks.
	Problems []Problem `json:"problems"`
	// More is the number of further problems found and not listed. When
	// the shape of an input already has more than MaxProblems problems,
	// its meaning is not checked, so More is then a lower bound.
	More int `json:"more,omitempty"`
}

// Error returns a one-line technical summary in English, for logs. Render the
// problems with auhl/i18n for people.
func (e *ValidationError) Error() string {
	if e == nil || len(e.Problems) == 0 {
		return ErrInvalid.Error()
	}
	var b strings.Builder
	b.WriteString(ErrInvalid.Error())
	for i, p := range e.Problems {
		if i == 5 {
			break
		}
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		if p.Path != "" {
			b.WriteString(p.Path + ": ")
		}
		b.WriteString(p.Code)
		if len(p.Params) > 0 {
			names := make([]string, 0, len(p.Params))
			for k := range p.Params {
				names = append(names, k)
			}
			sort.Strings(names)
			b.WriteString(" (")
			for j, k := range names {
				if j > 0 {
					b.WriteString(", ")
				}
				b.WriteString(k + "=" + p.Params[k].String())
			}
			b.WriteString(")")
		}
	}
	if more := e.More + max(len(e.Problems)-5, 0); more > 0 {
		b.WriteString("; and " + strconv.Itoa(more) + " more")
	}
	return b.String()
}

// Is makes errors.Is(err, ErrInvalid) true for every ValidationError.
func (e *ValidationError) Is(target error) bool { return target == ErrInvalid }

// Add records a problem at path; past MaxProblems it only counts it in
// More.
func (e *ValidationError) Add(path, code string, params Params) {
	e.Append(Problem{Path: path, Code: code, Params: params})
}

// Append records problems, as Add does.
func (e *ValidationError) Append(ps ...Problem) {
	for _, p := range ps {
		if e.Full() {
			e.More++
			continue
		}
		e.Problems = append(e.Problems, p)
	}
}

// Full reports whether e lists MaxProblems problems: any further one is
// only counted. A check that is costly per problem may stop there.
func (e *ValidationError) Full() bool { return len(e.Problems) >= MaxProblems }

// Merge records every problem of err under the path prefix: the problems of
// a *ValidationError with their paths prefixed, any other error as a
// CodeJSONType problem at prefix. A nil err adds nothing.
func (e *ValidationError) Merge(prefix string, err error) {
	if err == nil {
		return
	}
	var ve *ValidationError
	if errors.As(err, &ve) {
		for _, p := range ve.Problems {
			p.Path = prefix + p.Path
			e.Append(p)
		}
		e.More += ve.More
		return
	}
	e.Add(prefix, CodeJSONType, Params{"expected": Str("valid value")})
}

// AddUncovered records the problems of other whose path is not already the
// path of a problem of e, nor lies below or above one: a value already
// reported as malformed is not reported again for its meaning, nor is the
// list or object that holds it. Its time is linear in the length of the
// paths. Problems that e counts in More but does not list cover nothing.
func (e *ValidationError) AddUncovered(other *ValidationError) {
	if other == nil {
		return
	}
	// exact holds the paths of e's problems, above every path that holds
	// one of them.
	exact := make(map[string]bool, len(e.Problems))
	above := make(map[string]bool, len(e.Problems))
	for _, p := range e.Problems {
		exact[p.Path] = true
		for i := len(p.Path) - 1; i >= 0; i-- {
			if p.Path[i] == '/' {
				above[p.Path[:i]] = true
			}
		}
	}
	covered := func(path string) bool {
		if len(exact) == 0 {
			return false
		}
		if exact[""] || path == "" || exact[path] || above[path] {
			return true
		}
		for i := len(path) - 1; i > 0; i-- {
			if path[i] == '/' && exact[path[:i]] {
				return true
			}
		}
		return false
	}
	for _, p := range other.Problems {
		if !covered(p.Path) {
			e.Append(p)
		}
	}
	e.More += other.More
}

// Err returns e when it holds a problem, else nil: the usual end of a
// validation that collected problems.
func (e *ValidationError) Err() error {
	if e == nil || len(e.Problems) == 0 {
		return nil
	}
	return e
}

// Pointer appends reference tokens to a JSON Pointer, escaping "~" and "/"
// as RFC 6901 requires: Pointer("/programmes", "3", "name") is
// "/programmes/3/name".
func Pointer(base string, tokens ...string) string {
	for _, t := range tokens {
		t = strings.ReplaceAll(t, "~", "~0")
		t = strings.ReplaceAll(t, "/", "~1")
		base += "/" + t
	}
	return base
}

// Index is a convenience for Pointer(base, strconv.Itoa(i)).
func Index(base string, i int) string { return base + "/" + strconv.Itoa(i) }

func invalidEnum(_ string, value string, allowed []string) error {
	return &ValidationError{Problems: []Problem{{
		Code:   CodeEnum,
		Params: Params{"value": Str(Clip(value)), "allowed": Str(strings.Join(allowed, ", "))},
	}}}
}
