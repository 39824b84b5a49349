//go:build !auhlwidget

package auhl

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
)

// DecodeJSON decodes the JSON document data into v, a non-nil pointer, the
// strict way the SDK reads every outside input: unknown fields, a field
// given twice in one object, values of the wrong type, values a field's
// type rejects (an unknown enum value, an academic year written wrongly),
// nesting deeper than 64 levels, malformed JSON and trailing data are all
// reported, every one with its JSON Pointer, in one *ValidationError. On
// any problem v is left untouched. Checks beyond the shape (required
// fields, ranges, references) belong to the caller's own validation.
//
// Its cost is bounded by the size of data, however hostile: the time is
// linear, at most MaxProblems problems are listed and the rest counted,
// and a list that would take more than about 4 times the input's size in
// memory once decoded is refused (json.too-many-values) before it is
// decoded. A UTF-8 byte-order mark at the start is skipped.
func DecodeJSON(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("auhl: DecodeJSON needs a non-nil pointer")
	}
	fresh := reflect.New(rv.Type().Elem())
	if _, ve := decodePartial(data, fresh.Interface()); ve != nil {
		return ve
	}
	rv.Elem().Set(fresh.Elem())
	return nil
}

// decodePartial is DecodeJSON for validators that go on to check the
// meaning of a document with shape problems, so that one error lists them
// all: it checks data against v's type like DecodeJSON and returns the same
// problems (nil when there are none), but it also decodes into v, a
// pointer to a zero value, everything that fits, leaving a misfit field at
// its zero value; decoded reports whether it did. When data is not a JSON
// document at all, decoded is false and v is left untouched. A validator
// then adds its own problems with AddUncovered, so that a value already
// reported is not reported again.
func decodePartial(data []byte, v any) (decoded bool, problems *ValidationError) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return false, &ValidationError{Problems: []Problem{{Code: CodeJSONType, Params: Params{"expected": Str("pointer")}}}}
	}
	data = trimBOM(data)
	if ve := syntaxCheck(data); ve != nil {
		return false, ve
	}
	t := rv.Type().Elem()
	ve := &ValidationError{}
	newWalker(data, ve).value(t, 0)
	if len(ve.Problems) > 0 || ve.More > 0 {
		// Decode what fits: the document without its misfit parts.
		clean := newWalker(data, nil)
		if !clean.value(t, 0) {
			return true, ve
		}
		data = clean.out
	}
	if err := json.Unmarshal(data, v); err != nil {
		ve.Merge("", err)
	}
	if len(ve.Problems) == 0 {
		return true, nil
	}
	return true, ve
}

// bom is the UTF-8 byte-order mark.
const bom = "\xef\xbb\xbf"

// trimBOM drops a UTF-8 byte-order mark at the start of data. Every
// decoder of the SDK accepts one, as RFC 8259 allows, because editors on
// Windows write it; anywhere else in a document it is a syntax error.
func trimBOM(data []byte) []byte {
	if len(data) >= len(bom) && string(data[:len(bom)]) == bom {
		return data[len(bom):]
	}
	return data
}

// syntaxCheck returns the problem of data when it is not one well-formed
// JSON value: a syntax error with its offset, data after the value, or
// nesting beyond what encoding/json follows.
func syntaxCheck(data []byte) *ValidationError {
	if json.Valid(data) {
		return nil
	}
	// Find out why, without building the value.
	var raw json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&raw); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) && strings.Contains(se.Error(), "exceeded max depth") {
			return &ValidationError{Problems: []Problem{{Code: CodeJSONTooDeep, Params: Params{"limit": Int(maxDepth)}}}}
		}
		return syntaxProblem(err, dec)
	}
	return &ValidationError{Problems: []Problem{{Code: CodeJSONTrailing}}}
}

// DecodeAndCheck decodes data into v, a pointer to a zero value, with
// decodePartial and then runs check, the caller's own validation of what
// could be decoded. It returns one *ValidationError with the shape problems
// and, without repeating them, the problems check finds; or nil. On an
// error v may hold a partial value: discard it.
func DecodeAndCheck(data []byte, v any, check func() *ValidationError) error {
	decoded, ve := decodePartial(data, v)
	if !decoded || ve != nil && ve.More > 0 {
		return ve // the listing is full: the meaning would add nothing
	}
	if ve == nil {
		ve = &ValidationError{}
	}
	ve.AddUncovered(check())
	return ve.Err()
}

// ReadJSON reads at most limit bytes from r and decodes them with
// DecodeJSON. An input longer than limit gives a CodeJSONTooLarge problem;
// a failure of r itself is returned as it is, wrapped, and is not an
// ErrInvalid: the input was not read, so nothing can be said of it.
func ReadJSON(r io.Reader, limit int64, v any) error {
	data, err := ReadLimited(r, limit)
	if err != nil {
		return err
	}
	return DecodeJSON(data, v)
}

func syntaxProblem(err error, dec *json.Decoder) *ValidationError {
	var se *json.SyntaxError
	off := dec.InputOffset()
	if errors.As(err, &se) {
		off = se.Offset
	}
	if err == io.EOF {
		off = 0
	}
	return &ValidationError{Problems: []Problem{{Code: CodeJSONSyntax, Params: Params{"offset": Int(int(off))}}}}
}
