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
)

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

// ValidationError is the error of a rejected input. It lists every problem
// found, not only the first, and matches ErrInvalid with errors.Is. Its JSON
// encoding is {"problems": [...]}.
type ValidationError struct {
	// Problems are the problems found, in the order of the input.
	Problems []Problem `json:"problems"`
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
			b.WriteString("; and " + strconv.Itoa(len(e.Problems)-5) + " more")
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
	return b.String()
}

// Is makes errors.Is(err, ErrInvalid) true for every ValidationError.
func (e *ValidationError) Is(target error) bool { return target == ErrInvalid }

// Add records a problem at path.
func (e *ValidationError) Add(path, code string, params Params) {
	e.Problems = append(e.Problems, Problem{Path: path, Code: code, Params: params})
}

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
			e.Problems = append(e.Problems, p)
		}
		return
	}
	e.Add(prefix, CodeJSONType, Params{"expected": Str("valid value")})
}

// AddUncovered records the problems of other whose path is not already the
// path of a problem of e, nor lies below or above one: a value already
// reported as malformed is not reported again for its meaning, nor is the
// list or object that holds it.
func (e *ValidationError) AddUncovered(other *ValidationError) {
	if other == nil {
		return
	}
	covered := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		covered[i] = p.Path
	}
	for _, p := range other.Problems {
		if !coveredBy(p.Path, covered) {
			e.Problems = append(e.Problems, p)
		}
	}
}

func coveredBy(path string, covered []string) bool {
	for _, c := range covered {
		if path == c || c == "" || path == "" || strings.HasPrefix(path, c+"/") || strings.HasPrefix(c, path+"/") {
			return true
		}
	}
	return false
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
