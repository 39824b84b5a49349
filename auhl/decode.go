package auhl

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// DecodeJSON decodes the JSON document data into v, a non-nil pointer, the
// strict way the SDK reads every outside input: unknown fields, values of the
// wrong type, values a field's type rejects (an unknown enum value, an
// academic year written wrongly), malformed JSON and trailing data are all
// reported, every one with its JSON Pointer, in one *ValidationError. On any
// problem v is left untouched. Checks beyond the shape (required fields,
// ranges, references) belong to the caller's own validation.
func DecodeJSON(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("auhl: DecodeJSON needs a non-nil pointer")
	}
	fresh := reflect.New(rv.Type().Elem())
	if _, ve := DecodePartial(data, fresh.Interface()); ve != nil {
		return ve
	}
	rv.Elem().Set(fresh.Elem())
	return nil
}

// DecodePartial is DecodeJSON for validators that go on to check the
// meaning of a document with shape problems, so that one error lists them
// all: it checks data against v's type like DecodeJSON and returns the same
// problems (nil when there are none), but it also decodes into v, a
// pointer to a zero value, everything that fits, leaving a misfit field at
// its zero value; decoded reports whether it did. When data is not a JSON
// document at all, decoded is false and v is left untouched. A validator
// then adds its own problems with AddUncovered, so that a value already
// reported is not reported again.
func DecodePartial(data []byte, v any) (decoded bool, problems *ValidationError) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return false, &ValidationError{Problems: []Problem{{Code: CodeJSONType, Params: Params{"expected": Str("pointer")}}}}
	}
	var tree any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&tree); err != nil {
		return false, syntaxProblem(err, dec)
	}
	if _, err := dec.Token(); err != io.EOF {
		return false, &ValidationError{Problems: []Problem{{Code: CodeJSONTrailing}}}
	}
	var ve ValidationError
	clean, _ := check(&ve, "", tree, rv.Type().Elem(), 0)
	if len(ve.Problems) > 0 {
		// Decode what fits: the tree without its misfit parts.
		data, _ = json.Marshal(clean)
	}
	if err := json.Unmarshal(data, v); err != nil {
		ve.Merge("", err)
	}
	if len(ve.Problems) == 0 {
		return true, nil
	}
	return true, &ve
}

// DecodeAndCheck decodes data into v, a pointer to a zero value, with
// DecodePartial and then runs check, the caller's own validation of what
// could be decoded. It returns one *ValidationError with the shape problems
// and, without repeating them, the problems check finds; or nil. On an
// error v may hold a partial value: discard it.
func DecodeAndCheck(data []byte, v any, check func() *ValidationError) error {
	decoded, ve := DecodePartial(data, v)
	if !decoded {
		return ve
	}
	if ve == nil {
		ve = &ValidationError{}
	}
	ve.AddUncovered(check())
	return ve.Err()
}

// DecodeEmbedded decodes data, a file embedded in a package of the module,
// into v, a pointer to a zero value, and then runs check (nil for none). It
// rejects unknown fields and malformed JSON but, unlike DecodeJSON, stops at
// the first problem and skips the second pass that lists every misfit with
// its path: embedded files are read at start-up, where that pass costs most
// of the time (in the WebAssembly widget, half of its start), and each
// package's tests read the same bytes with DecodeJSON, so a mistake in an
// embedded file fails the tests, never a run. Use DecodeJSON for anything
// else.
func DecodeEmbedded(data []byte, v any, check func() *ValidationError) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return &ValidationError{Problems: []Problem{{Code: CodeJSONTrailing}}}
	}
	if check == nil {
		return nil
	}
	return check().Err()
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

// ReadLimited reads r to its end, but at most limit bytes: a longer input
// gives a *ValidationError with a CodeJSONTooLarge problem, and a failure of
// r itself a wrapped error that is not an ErrInvalid.
func ReadLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("auhl: reading the input: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, &ValidationError{Problems: []Problem{{Code: CodeJSONTooLarge, Params: Params{"limit": Int(int(limit))}}}}
	}
	return data, nil
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

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
)

// maxDepth bounds the nesting the checker follows, so that a hostile input
// cannot exhaust the stack.
const maxDepth = 64

// check compares the decoded JSON tree with the Go type t and records every
// mismatch at its path. It returns the value with every misfit part removed
// (a misfit value itself gives ok false), ready to decode without error.
func check(ve *ValidationError, path string, v any, t reflect.Type, depth int) (clean any, ok bool) {
	if depth > maxDepth {
		ve.Add(path, CodeJSONType, Params{"expected": Str("less deeply nested value")})
		return nil, false
	}
	if v == nil {
		return nil, true // null leaves the zero value, as encoding/json does
	}
	fail := func(expected string) (any, bool) {
		ve.Add(path, CodeJSONType, Params{"expected": Str(expected)})
		return nil, false
	}
	pt := reflect.PointerTo(t)
	if pt.Implements(jsonUnmarshaler) {
		raw, _ := json.Marshal(v)
		if err := reflect.New(t).Interface().(json.Unmarshaler).UnmarshalJSON(raw); err != nil {
			ve.Merge(path, err)
			return nil, false
		}
		return v, true
	}
	if pt.Implements(textUnmarshaler) {
		s, isStr := v.(string)
		if !isStr {
			return fail("string")
		}
		if err := reflect.New(t).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			ve.Merge(path, err)
			return nil, false
		}
		return v, true
	}
	switch t.Kind() {
	case reflect.Pointer:
		return check(ve, path, v, t.Elem(), depth+1)
	case reflect.Struct:
		obj, isObj := v.(map[string]any)
		if !isObj {
			return fail("object")
		}
		fields := jsonFields(t)
		out := make(map[string]any, len(obj))
		for _, k := range sortedKeys(obj) {
			f, known := fields[k]
			if !known {
				ve.Add(Pointer(path, k), CodeJSONUnknownField, Params{"field": Str(Clip(k))})
				continue
			}
			if c, good := check(ve, Pointer(path, k), obj[k], f, depth+1); good {
				out[k] = c
			}
		}
		return out, true
	case reflect.Slice, reflect.Array:
		arr, isArr := v.([]any)
		if !isArr {
			return fail("array")
		}
		out := make([]any, 0, len(arr))
		for i, e := range arr {
			if c, good := check(ve, Index(path, i), e, t.Elem(), depth+1); good {
				out = append(out, c)
			}
		}
		return out, true
	case reflect.Map:
		obj, isObj := v.(map[string]any)
		if !isObj || t.Key().Kind() != reflect.String {
			return fail("object")
		}
		out := make(map[string]any, len(obj))
		for _, k := range sortedKeys(obj) {
			if c, good := check(ve, Pointer(path, k), obj[k], t.Elem(), depth+1); good {
				out[k] = c
			}
		}
		return out, true
	case reflect.String:
		if _, isStr := v.(string); !isStr {
			return fail("string")
		}
	case reflect.Bool:
		if _, isBool := v.(bool); !isBool {
			return fail("boolean")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, isNum := v.(json.Number)
		if !isNum || !intFits(n, t) {
			return fail("whole number")
		}
	case reflect.Float32, reflect.Float64:
		n, isNum := v.(json.Number)
		if !isNum {
			return fail("number")
		}
		if f, err := n.Float64(); err != nil || math.IsInf(f, 0) {
			return fail("number")
		}
	case reflect.Interface:
		// Anything goes.
	default:
		return fail("no value")
	}
	return v, true
}

func intFits(n json.Number, t reflect.Type) bool {
	z := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		u, err := strconv.ParseUint(string(n), 10, 64)
		return err == nil && !z.OverflowUint(u)
	}
	i, err := strconv.ParseInt(string(n), 10, 64)
	return err == nil && !z.OverflowInt(i)
}

// jsonFields maps the JSON names of a struct's fields, embedded structs
// included, to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			et := f.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct {
				for k, v := range jsonFields(et) {
					if _, dup := out[k]; !dup {
						out[k] = v
					}
				}
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out[name] = f.Type
	}
	return out
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	// Insertion order is lost in a map; sort so that problems come out in a
	// stable order.
	slices.Sort(keys)
	return keys
}
