package jsonlite

import (
	"github.com/auhl/auhl-go/internal/jsonscan"

	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/auhl/auhl-go/auhl"
)

// The memory a decoded input may take, as auhl.DecodeJSON bounds it: four
// times its size in bytes, plus a mebibyte.
const (
	maxExpansion   = 4
	expansionFloor = 1 << 20
	// MapEntryCost is what a map spends on an entry beyond its key and
	// value, roughly: a caller that reads an object into a map adds it to
	// each entry's Spend.
	MapEntryCost = 16
)

// Decoder reads one JSON document the strict way: the caller walks it
// with Object, Array and the scalar methods, in the shape of its Go type,
// and the Decoder records every misfit (an unknown field, a field given
// twice, a value of the wrong type, nesting beyond 64 levels, more values
// than the memory bound allows) at its JSON Pointer, as auhl.DecodeJSON
// does. A value that does not fit is skipped: the caller's variable keeps
// its zero value.
type Decoder struct {
	data []byte
	pos  int
	ve   auhl.ValidationError
	path []token
	// keys are the names of the fields of the objects under the walk,
	// innermost last, for spotting a name given twice.
	keys         []string
	depth        int
	cost, budget int
	spent        bool
}

// token is one reference token of the path: an index, or a name.
type token struct {
	name  string
	index int
}

// NewDecoder returns a Decoder of data, or the problem that makes data no
// JSON document at all (a syntax error with its offset, data after the
// value, nesting beyond what encoding/json follows), as auhl.DecodeJSON
// reports it. A UTF-8 byte-order mark at the start is skipped.
func NewDecoder(data []byte) (*Decoder, error) {
	if len(data) >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf {
		data = data[3:]
	}
	if p := syntax(data); p != nil {
		return nil, &auhl.ValidationError{Problems: []auhl.Problem{*p}}
	}
	d := &Decoder{data: data, budget: maxExpansion*len(data) + expansionFloor}
	d.ws()
	return d, nil
}

// Problems returns the problems recorded, or nil when there are none.
func (d *Decoder) Problems() *auhl.ValidationError {
	if len(d.ve.Problems) == 0 && d.ve.More == 0 {
		return nil
	}
	return &d.ve
}

// Path is the JSON Pointer of the value at hand.
func (d *Decoder) Path() string {
	p := ""
	for _, t := range d.path {
		if t.index >= 0 {
			p = auhl.Index(p, t.index)
		} else {
			p = auhl.Pointer(p, t.name)
		}
	}
	return p
}

// Add records a problem at the value at hand.
func (d *Decoder) Add(code string, params auhl.Params) {
	if d.ve.Full() {
		d.ve.More++
		return
	}
	d.ve.Problems = append(d.ve.Problems, auhl.Problem{Path: d.Path(), Code: code, Params: params})
}

// Merge records the problems of err, the error of an UnmarshalText method,
// at the value at hand.
func (d *Decoder) Merge(err error) { d.ve.Merge(d.Path(), err) }

// Spend adds n bytes to the memory the decoded values take, and reports
// whether they fit the bound; the first time they do not, it records a
// json.too-many-values problem. A caller spends the size of each list
// element and map entry before it reads it, and skips it (Skip) when
// Spend returns false.
func (d *Decoder) Spend(n uintptr) bool {
	d.cost += int(n)
	if d.cost <= d.budget {
		return true
	}
	if !d.spent {
		d.spent = true
		d.Add(auhl.CodeJSONTooManyValues, nil)
	}
	return false
}

func (d *Decoder) ws() { d.pos = jsonscan.Space(d.data, d.pos) }

func (d *Decoder) peek() byte {
	if d.pos < len(d.data) {
		return d.data[d.pos]
	}
	return 0
}

// Null reports whether the value at hand is null, and moves past it when it
// is: null leaves the zero value, as encoding/json does.
func (d *Decoder) Null() bool {
	if d.peek() != 'n' {
		return false
	}
	d.pos += 4
	d.ws()
	return true
}

// typeProblem records that the value at hand should be of another type,
// and skips it.
func (d *Decoder) typeProblem(expected string) {
	d.Add(auhl.CodeJSONType, auhl.Params{"expected": auhl.Str(expected)})
	d.Skip()
}

// Skip moves past the value at hand, however deeply nested.
func (d *Decoder) Skip() {
	d.pos = jsonscan.Skip(d.data, d.pos)
	d.ws()
}

// rawString moves past the string at d.pos and returns its content
// without the quotes, and whether it has escapes.
func (d *Decoder) rawString() ([]byte, bool) {
	raw, escaped, end := jsonscan.String(d.data, d.pos)
	d.pos = end
	return raw, escaped
}

func (d *Decoder) scalar() []byte {
	start := d.pos
	d.pos = jsonscan.Scalar(d.data, d.pos)
	return d.data[start:d.pos]
}

// open checks the nesting before an object or array; past the limit it
// records json.too-deep and skips the value.
func (d *Decoder) open() bool {
	if d.depth >= maxDepth {
		d.Add(auhl.CodeJSONTooDeep, auhl.Params{"limit": auhl.Int(maxDepth)})
		d.Skip()
		return false
	}
	return true
}

// Object reads the object at hand: for each member it calls field with
// the member's name, with the member's value at hand; field reads the
// value and returns true, or returns false for a name it does not know,
// which is recorded as json.unknown-field and skipped. A known name given
// twice is recorded as json.duplicate-key and its second value skipped.
// Object returns false (and records json.type) when the value is not an
// object; null is an empty object that calls field never.
func (d *Decoder) Object(field func(name string) bool) bool {
	if d.Null() {
		return true
	}
	if d.peek() != '{' {
		d.typeProblem("object")
		return false
	}
	if !d.open() {
		return false
	}
	d.depth++
	d.pos++
	d.ws()
	first := len(d.keys)
	for d.peek() != '}' && d.pos < len(d.data) {
		if d.peek() == ',' {
			d.pos++
			d.ws()
		}
		raw, escaped := d.rawString()
		// A name without escapes is taken as it stands, as auhl.DecodeJSON
		// takes it.
		name := string(raw)
		if escaped {
			name = textOf(raw, escaped)
		}
		d.ws()
		d.pos++ // :
		d.ws()
		d.path = append(d.path, token{name: name, index: -1})
		dup := false
		for _, k := range d.keys[first:] {
			if k == name {
				dup = true
				break
			}
		}
		if dup {
			d.Add(auhl.CodeJSONDuplicateKey, auhl.Params{"field": auhl.Str(auhl.Clip(name))})
			d.Skip()
		} else if field(name) {
			d.keys = append(d.keys, name)
		} else {
			d.Add(auhl.CodeJSONUnknownField, auhl.Params{"field": auhl.Str(auhl.Clip(name))})
			d.Skip()
		}
		d.path = d.path[:len(d.path)-1]
		d.ws()
	}
	d.keys = d.keys[:first]
	d.pos++ // }
	d.ws()
	d.depth--
	return true
}

// Array reads the array at hand: for each element it calls elem with the
// element's index, with the element at hand, which elem reads. It
// returns false (and records json.type) when the value is not an array;
// null is an empty array. size is the memory an element takes (see
// Spend): an element past the memory bound is not read.
func (d *Decoder) Array(size uintptr, elem func(i int)) bool {
	if d.Null() {
		return true
	}
	if d.peek() != '[' {
		d.typeProblem("array")
		return false
	}
	if !d.open() {
		return false
	}
	d.depth++
	start := d.pos
	d.pos++
	d.ws()
	for i := 0; d.peek() != ']' && d.pos < len(d.data); i++ {
		if d.peek() == ',' {
			d.pos++
			d.ws()
		}
		if !d.Spend(size) {
			d.pos = start
			d.Skip()
			d.depth--
			return false
		}
		d.path = append(d.path, token{index: i})
		elem(i)
		d.path = d.path[:len(d.path)-1]
		d.ws()
	}
	d.pos++ // ]
	d.ws()
	d.depth--
	return true
}

// String reads a string; ok is false (and json.type recorded) for any
// other value. Null gives "".
func (d *Decoder) String() (s string, ok bool) {
	if d.Null() {
		return "", true
	}
	if d.peek() != '"' {
		d.typeProblem("string")
		return "", false
	}
	raw, escaped := d.rawString()
	d.ws()
	return textOf(raw, escaped), true
}

// Text reads a string into v with its UnmarshalText, recording its
// problems at the value at hand; null leaves v as it is.
func (d *Decoder) Text(v interface{ UnmarshalText([]byte) error }) bool {
	if d.Null() {
		return true
	}
	if d.peek() != '"' {
		d.typeProblem("string")
		return false
	}
	// The text as it stands when it has no escapes, as auhl.DecodeJSON
	// hands it over.
	raw, escaped := d.rawString()
	d.ws()
	if escaped {
		raw = []byte(textOf(raw, true))
	}
	if err := v.UnmarshalText(raw); err != nil {
		d.Merge(err)
		return false
	}
	return true
}

// Bool reads true or false.
func (d *Decoder) Bool() (b, ok bool) {
	if d.Null() {
		return false, true
	}
	switch d.peek() {
	case 't':
		d.pos += 4
		b = true
	case 'f':
		d.pos += 5
	default:
		d.typeProblem("boolean")
		return false, false
	}
	d.ws()
	return b, true
}

// Int reads a whole number that a Go integer of the given bits (8, 16, 32
// or 64) holds.
func (d *Decoder) Int(bits int) (int64, bool) {
	if d.Null() {
		return 0, true
	}
	c := d.peek()
	if c != '-' && !isDigit(c) {
		d.typeProblem("whole number")
		return 0, false
	}
	n, err := strconv.ParseInt(string(d.scalar()), 10, bits)
	if err != nil {
		d.Add(auhl.CodeJSONType, auhl.Params{"expected": auhl.Str("whole number")})
		d.ws()
		return 0, false
	}
	d.ws()
	return n, true
}

// Float reads a number.
func (d *Decoder) Float() (float64, bool) {
	if d.Null() {
		return 0, true
	}
	c := d.peek()
	if c != '-' && !isDigit(c) {
		d.typeProblem("number")
		return 0, false
	}
	f, err := strconv.ParseFloat(string(d.scalar()), 64)
	if err != nil {
		d.Add(auhl.CodeJSONType, auhl.Params{"expected": auhl.Str("number")})
		d.ws()
		return 0, false
	}
	d.ws()
	return f, true
}

// textOf returns the content of a JSON string as Go text, its escapes
// resolved as encoding/json resolves them (an unpaired surrogate and
// invalid UTF-8 become U+FFFD).
func textOf(raw []byte, escaped bool) string {
	if !escaped && utf8.Valid(raw) {
		return string(raw)
	}
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c == '\\' && i+1 < len(raw) {
			e := raw[i+1]
			i += 2
			switch e {
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r := hex4(raw[i:])
				i += 4
				if utf16.IsSurrogate(r) {
					r2 := rune(-1)
					if i+6 <= len(raw) && raw[i] == '\\' && raw[i+1] == 'u' {
						r2 = hex4(raw[i+2:])
					}
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						i += 6
						r = dec
					} else {
						r = utf8.RuneError
					}
				}
				out = utf8.AppendRune(out, r)
			default: // " \ /
				out = append(out, e)
			}
			continue
		}
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		i += size
		out = utf8.AppendRune(out, r)
	}
	return string(out)
}

// hex4 reads four hexadecimal digits, which the syntax check has seen.
func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		default:
			c = c - 'A' + 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

// Kind is the first byte of the value at hand: '{', '[', '"', 't', 'f',
// 'n', or the first byte of a number; 0 past the end.
func (d *Decoder) Kind() byte { return d.peek() }

// Raw moves past the value at hand and returns it as it stands in the
// input, for a caller that reads it later with a Decoder of its own.
func (d *Decoder) Raw() []byte {
	start := d.pos
	d.Skip()
	end := d.pos
	for end > start && jsonscan.IsSpace(d.data[end-1]) {
		end--
	}
	return d.data[start:end]
}

// MapKey is the key encoding/json gives a map entry whose member name
// Object passed as name: the same text, with each byte of invalid UTF-8
// replaced by U+FFFD (Object passes a name as it stands, as the problems
// of auhl.DecodeJSON quote it).
func MapKey(name string) string {
	if utf8.ValidString(name) {
		return name
	}
	return textOf([]byte(name), false)
}
