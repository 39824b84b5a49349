//go:build !auhlwidget

package auhl

import (
	"github.com/auhl/auhl-go/internal/jsonscan"

	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"sync"
)

// maxDepth bounds the nesting of objects and arrays in an input, so that a
// hostile input cannot exhaust the stack or the time of its checks. The
// formats of the SDK nest a few levels deep.
const maxDepth = 64

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
)

// walker compares a well-formed JSON document with a Go type, byte by byte,
// without building a tree: every mismatch is recorded at its JSON Pointer
// in ve, at most MaxProblems of them and the rest only counted. With out
// set, it writes the document without its misfit parts to out instead:
// the part of it that decodes without error.
//
// The walk takes time linear in the size of the input and allocates only
// for the problems it lists, the keys it must unescape, and the names of
// the fields of large objects it compares.
type walker struct {
	data []byte
	pos  int
	ve   *ValidationError
	out  []byte
	// write is true when the walk writes out.
	write bool
	// path is the JSON Pointer of the value under the walk, as tokens.
	path []token
	// keys are the names of the fields of the objects under the walk,
	// innermost last, for spotting a name given twice.
	keys []string
	// cost estimates the memory, in bytes, that the values accepted so
	// far take once decoded; budget bounds it.
	cost, budget int
	// spent is true once cost has passed budget.
	spent bool
}

// The memory a decoded input may take: maxExpansion times its size in
// bytes, plus expansionFloor. A list of many empty objects is small as
// JSON but large in memory (a 3-byte "{}," can become a struct of
// hundreds of bytes); real documents take about their own size.
const (
	maxExpansion   = 4
	expansionFloor = 1 << 20
	// mapEntryCost is what a map spends on an entry beyond its key and
	// value, roughly.
	mapEntryCost = 16
)

// newWalker returns a walker of data that records problems in ve, or that
// writes the fitting part of data when ve is nil.
func newWalker(data []byte, ve *ValidationError) *walker {
	w := &walker{data: data, ve: ve, budget: maxExpansion*len(data) + expansionFloor}
	if ve == nil {
		w.write = true
		w.out = make([]byte, 0, len(data))
	}
	w.ws()
	return w
}

// spend adds n bytes to the walk's cost and reports whether they fit the
// budget; the first time they do not, it records a problem here.
func (w *walker) spend(n uintptr) bool {
	w.cost += int(n)
	if w.cost <= w.budget {
		return true
	}
	if !w.spent {
		w.spent = true
		w.add(CodeJSONTooManyValues, nil)
	}
	return false
}

// token is one reference token of a JSON Pointer: an array index, or an
// object member's name as it stands in the input (without its quotes).
type token struct {
	raw []byte
	// escaped is true when raw has backslash escapes.
	escaped bool
	index   int
	isIndex bool
}

// pointer renders the walk's path as a JSON Pointer.
func (w *walker) pointer() string {
	p := ""
	for _, t := range w.path {
		if t.isIndex {
			p = Index(p, t.index)
			continue
		}
		p = Pointer(p, unquote(t.raw, t.escaped))
	}
	return p
}

// full reports whether the walk is past listing problems; then it counts
// one more. A caller that gets true skips building the problem.
func (w *walker) full() bool {
	if w.ve == nil {
		return true
	}
	if w.ve.Full() {
		w.ve.More++
		return true
	}
	return false
}

// add records a problem at the walk's path.
func (w *walker) add(code string, params Params) {
	if !w.full() {
		w.ve.Problems = append(w.ve.Problems, Problem{Path: w.pointer(), Code: code, Params: params})
	}
}

// typeProblem records that the value here should be of another type, and
// skips it.
func (w *walker) typeProblem(expected string) bool {
	if !w.full() {
		w.ve.Problems = append(w.ve.Problems, Problem{Path: w.pointer(), Code: CodeJSONType, Params: Params{"expected": Str(expected)}})
	}
	w.skipValue()
	return false
}

// merge records the problems of err, the error of an UnmarshalJSON or
// UnmarshalText method, under the walk's path.
func (w *walker) merge(err error) {
	if w.ve != nil {
		w.ve.Merge(w.pointer(), err)
	}
}

func (w *walker) ws() { w.pos = jsonscan.Space(w.data, w.pos) }

// emit copies data[from:w.pos] to out.
func (w *walker) emit(from int) {
	if w.write {
		w.out = append(w.out, w.data[from:w.pos]...)
	}
}

// skipString moves past the string that starts at w.pos and returns its
// content, without the quotes, and whether it has escapes.
func (w *walker) skipString() (raw []byte, escaped bool) {
	raw, escaped, w.pos = jsonscan.String(w.data, w.pos)
	return raw, escaped
}

// skipValue moves past the value at w.pos, however deeply nested, without
// recursion.
func (w *walker) skipValue() { w.pos = jsonscan.Skip(w.data, w.pos) }

// scalar moves past the number or literal at w.pos and returns it.
func (w *walker) scalar() []byte {
	start := w.pos
	w.pos = jsonscan.Scalar(w.data, w.pos)
	return w.data[start:w.pos]
}

// unquote returns the content of a JSON string as Go text.
func unquote(raw []byte, escaped bool) string {
	return string(textOf(raw, escaped))
}

// textOf returns the content of a JSON string as UTF-8 bytes: raw itself
// when it has no escapes.
func textOf(raw []byte, escaped bool) []byte {
	if !escaped {
		return raw
	}
	quoted := make([]byte, 0, len(raw)+2)
	quoted = append(append(append(quoted, '"'), raw...), '"')
	var s string
	if json.Unmarshal(quoted, &s) != nil {
		return raw
	}
	return []byte(s)
}

// value checks the value at w.pos against t, moves past it and reports
// whether it fits (a misfit is recorded and left out of out).
func (w *walker) value(t reflect.Type, depth int) bool {
	start := w.pos
	if w.pos >= len(w.data) {
		return false
	}
	c := w.data[w.pos]
	if c == 'n' { // null leaves the zero value, as encoding/json does
		w.scalar()
		w.emit(start)
		return true
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
		if !w.spend(t.Size()) {
			w.skipValue()
			return false
		}
	}
	if (c == '{' || c == '[') && depth >= maxDepth {
		if !w.full() {
			w.ve.Problems = append(w.ve.Problems, Problem{Path: w.pointer(), Code: CodeJSONTooDeep, Params: Params{"limit": Int(maxDepth)}})
		}
		w.skipValue()
		return false
	}
	pt := reflect.PointerTo(t)
	switch {
	case pt.Implements(jsonUnmarshaler):
		w.skipValue()
		if err := reflect.New(t).Interface().(json.Unmarshaler).UnmarshalJSON(w.data[start:w.pos]); err != nil {
			w.merge(err)
			return false
		}
		w.emit(start)
		return true
	case pt.Implements(textUnmarshaler):
		if c != '"' {
			return w.typeProblem("string")
		}
		raw, escaped := w.skipString()
		if err := reflect.New(t).Interface().(encoding.TextUnmarshaler).UnmarshalText(textOf(raw, escaped)); err != nil {
			w.merge(err)
			return false
		}
		w.emit(start)
		return true
	}
	switch t.Kind() {
	case reflect.Struct:
		if c != '{' {
			return w.typeProblem("object")
		}
		fields := jsonFields(t)
		return w.object(depth, 0, func(name []byte) (reflect.Type, bool) {
			f, ok := fields[string(name)]
			return f, ok
		})
	case reflect.Map:
		if c != '{' {
			return w.typeProblem("object")
		}
		key := t.Key()
		keyText := reflect.PointerTo(key).Implements(textUnmarshaler)
		if key.Kind() != reflect.String && !keyText {
			return w.typeProblem("no value")
		}
		elem := t.Elem()
		return w.object(depth, key.Size()+elem.Size()+mapEntryCost, func(name []byte) (reflect.Type, bool) {
			if keyText {
				if err := reflect.New(key).Interface().(encoding.TextUnmarshaler).UnmarshalText(name); err != nil {
					w.merge(err)
					return nil, true // reported: skip the value
				}
			}
			return elem, true
		})
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
			// encoding/json reads a []byte from a base64 string.
			if c != '"' {
				return w.typeProblem("string")
			}
			w.skipString()
			w.emit(start)
			return true
		}
		if c != '[' {
			return w.typeProblem("array")
		}
		return w.array(depth, t.Elem())
	case reflect.String:
		if c != '"' {
			return w.typeProblem("string")
		}
		w.skipString()
	case reflect.Bool:
		if c != 't' && c != 'f' {
			return w.typeProblem("boolean")
		}
		w.scalar()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if !isNumberStart(c) || !intFits(w.scalar(), t) {
			w.pos = start
			return w.typeProblem("whole number")
		}
	case reflect.Float32, reflect.Float64:
		if !isNumberStart(c) {
			return w.typeProblem("number")
		}
		if _, err := strconv.ParseFloat(string(w.scalar()), t.Bits()); err != nil {
			w.pos = start
			return w.typeProblem("number")
		}
	case reflect.Interface:
		if t.NumMethod() > 0 {
			return w.typeProblem("no value")
		}
		return w.anything(depth)
	default:
		return w.typeProblem("no value")
	}
	w.emit(start)
	return true
}

func isNumberStart(c byte) bool { return c == '-' || c >= '0' && c <= '9' }

// object walks the object at w.pos: each member that field knows is
// checked against the type it returns (none for a member whose name field
// has already reported as a problem), any other is an unknown field, and a
// known name given twice is a duplicate key. Each known member costs
// memberCost bytes of memory: nothing for a struct's fields, which its
// size holds, an entry's size for a map.
func (w *walker) object(depth int, memberCost uintptr, field func(name []byte) (reflect.Type, bool)) bool {
	start, mark := w.pos, len(w.out)
	w.pos++ // {
	if w.write {
		w.out = append(w.out, '{')
	}
	first := len(w.keys)
	defer func() { w.keys = w.keys[:first] }()
	// seen takes over from keys in a large object, where comparing every
	// name with every other would take quadratic time.
	var seen map[string]bool
	wrote := false
	for {
		w.ws()
		if w.pos >= len(w.data) {
			return false
		}
		if w.data[w.pos] == '}' {
			w.pos++
			break
		}
		if w.data[w.pos] == ',' {
			w.pos++
			w.ws()
		}
		keyStart := w.pos
		raw, escaped := w.skipString()
		keyEnd := w.pos
		name := textOf(raw, escaped)
		w.ws()
		w.pos++ // :
		w.ws()
		w.path = append(w.path, token{raw: raw, escaped: escaped})
		t, known := field(name)
		if known && memberCost > 0 && !w.spend(memberCost+uintptr(len(name))) {
			w.path = w.path[:len(w.path)-1]
			w.pos = start
			w.skipValue()
			w.out = w.out[:mark]
			return false
		}
		dup := false
		if known {
			dup = w.seenBefore(name, first, &seen)
		}
		switch {
		case dup:
			if !w.full() {
				w.ve.Problems = append(w.ve.Problems, Problem{Path: w.pointer(), Code: CodeJSONDuplicateKey, Params: Params{"field": Str(Clip(string(name)))}})
			}
			w.skipValue()
		case !known:
			if !w.full() {
				w.ve.Problems = append(w.ve.Problems, Problem{Path: w.pointer(), Code: CodeJSONUnknownField, Params: Params{"field": Str(Clip(string(name)))}})
			}
			w.skipValue()
		case t == nil:
			w.skipValue()
		default:
			mark := len(w.out)
			if w.write {
				if wrote {
					w.out = append(w.out, ',')
				}
				w.out = append(w.out, w.data[keyStart:keyEnd]...)
				w.out = append(w.out, ':')
			}
			if w.value(t, depth+1) {
				wrote = true
			} else if w.write {
				w.out = w.out[:mark]
			}
		}
		w.path = w.path[:len(w.path)-1]
		w.ws()
	}
	if w.write {
		w.out = append(w.out, '}')
	}
	return true
}

// seenBefore reports whether the object whose names start at w.keys[first]
// had name before, and records it.
func (w *walker) seenBefore(name []byte, first int, seen *map[string]bool) bool {
	if *seen != nil {
		if (*seen)[string(name)] {
			return true
		}
		(*seen)[string(name)] = true
		return false
	}
	for _, k := range w.keys[first:] {
		if k == string(name) {
			return true
		}
	}
	w.keys = append(w.keys, string(name))
	if len(w.keys)-first > 16 {
		*seen = make(map[string]bool, 32)
		for _, k := range w.keys[first:] {
			(*seen)[k] = true
		}
	}
	return false
}

// array walks the array at w.pos, checking each element against elem.
func (w *walker) array(depth int, elem reflect.Type) bool {
	start, mark := w.pos, len(w.out)
	w.pos++ // [
	if w.write {
		w.out = append(w.out, '[')
	}
	wrote := false
	for i := 0; ; i++ {
		w.ws()
		if w.pos >= len(w.data) {
			return false
		}
		if w.data[w.pos] == ']' {
			w.pos++
			break
		}
		if w.data[w.pos] == ',' {
			w.pos++
			w.ws()
		}
		if !w.spend(elem.Size()) {
			w.pos = start
			w.skipValue()
			w.out = w.out[:mark]
			return false
		}
		mark := len(w.out)
		if w.write && wrote {
			w.out = append(w.out, ',')
		}
		w.path = append(w.path, token{index: i, isIndex: true})
		if w.value(elem, depth+1) {
			wrote = true
		} else if w.write {
			w.out = w.out[:mark]
		}
		w.path = w.path[:len(w.path)-1]
	}
	if w.write {
		w.out = append(w.out, ']')
	}
	return true
}

// anyType is the type of a value that may be anything.
var anyType = reflect.TypeFor[any]()

// anyCost is the memory of a value of anyType: the interface and what it
// holds, roughly.
const anyCost = 32

// anything walks a value of any shape: only its nesting and its keys are
// checked.
func (w *walker) anything(depth int) bool {
	switch w.data[w.pos] {
	case '{':
		return w.object(depth, anyCost+mapEntryCost, func([]byte) (reflect.Type, bool) { return anyType, true })
	case '[':
		if !w.spend(anyCost) {
			w.skipValue()
			return false
		}
		return w.array(depth, anyType)
	case '"':
		start := w.pos
		w.skipString()
		w.emit(start)
	default:
		start := w.pos
		w.scalar()
		w.emit(start)
	}
	return true
}

// intFits reports whether the JSON number n is a whole number that a value
// of type t holds.
func intFits(n []byte, t reflect.Type) bool {
	neg := len(n) > 0 && n[0] == '-'
	digits := n
	if neg {
		digits = n[1:]
	}
	if len(digits) == 0 || len(digits) > 20 {
		return false
	}
	var u uint64
	for _, c := range digits {
		if c < '0' || c > '9' {
			return false
		}
		d := uint64(c - '0')
		if u > (1<<64-1-d)/10 {
			return false
		}
		u = u*10 + d
	}
	bits := uint(t.Bits())
	switch t.Kind() {
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return !neg && (bits == 64 || u <= 1<<bits-1)
	}
	if neg {
		return u <= 1<<(bits-1)
	}
	return u <= 1<<(bits-1)-1
}

// fieldCache holds jsonFields by type.
var fieldCache sync.Map

// jsonFields maps the JSON names of a struct's fields, embedded structs
// included, to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	if f, ok := fieldCache.Load(t); ok {
		return f.(map[string]reflect.Type)
	}
	f := structFields(t)
	fieldCache.Store(t, f)
	return f
}

func structFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := cutComma(tag)
		if f.Anonymous && name == "" {
			et := f.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct {
				for k, v := range structFields(et) {
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

func cutComma(s string) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}
