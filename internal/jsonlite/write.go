package jsonlite

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// Writer appends JSON to a buffer the way encoding/json.Marshal writes it:
// no white space, strings escaped for HTML (<, > and & as \u003c, \u003e
// and \u0026), invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped, numbers
// in encoding/json's form. The caller writes the commas with Comma, or
// uses Key and Elem, which write them.
type Writer struct {
	// B is the JSON written so far.
	B []byte
	// first is true right after an opening brace or bracket.
	first bool
}

// Open writes { or [.
func (w *Writer) Open(c byte) {
	w.B = append(w.B, c)
	w.first = true
}

// Close writes } or ].
func (w *Writer) Close(c byte) {
	w.B = append(w.B, c)
	w.first = false
}

// Key writes a member's name and the colon, after a comma unless it is the
// first member.
func (w *Writer) Key(name string) {
	w.Elem()
	w.B = appendString(w.B, name)
	w.B = append(w.B, ':')
}

// Elem writes the comma before an array element unless it is the first.
func (w *Writer) Elem() {
	if !w.first {
		w.B = append(w.B, ',')
	}
	w.first = false
}

// String writes s as a JSON string.
func (w *Writer) String(s string) { w.B = appendString(w.B, s) }

// Int writes a whole number.
func (w *Writer) Int(n int64) { w.B = strconv.AppendInt(w.B, n, 10) }

// Bool writes true or false.
func (w *Writer) Bool(b bool) { w.B = strconv.AppendBool(w.B, b) }

// Null writes null.
func (w *Writer) Null() { w.B = append(w.B, "null"...) }

// Raw writes JSON that is already encoded.
func (w *Writer) Raw(b []byte) { w.B = append(w.B, b...) }

// Float writes a float64 as encoding/json does; a number that is not
// finite, which encoding/json refuses, is written as null.
func (w *Writer) Float(f float64) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		w.Null()
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b := strconv.AppendFloat(w.B, f, format, -1, 64)
	if format == 'e' {
		// e-09 becomes e-9, as encoding/json writes it.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	w.B = b
}

// StringField writes a member whose value is a string.
func (w *Writer) StringField(name, s string) {
	w.Key(name)
	w.String(s)
}

// IntField writes a member whose value is a whole number.
func (w *Writer) IntField(name string, n int64) {
	w.Key(name)
	w.Int(n)
}

// Strings writes a list of strings; nil is null, as encoding/json writes a
// nil slice.
func (w *Writer) Strings(list []string) {
	if list == nil {
		w.Null()
		return
	}
	w.Open('[')
	for _, s := range list {
		w.Elem()
		w.String(s)
	}
	w.Close(']')
}

// Ints writes a list of whole numbers; nil is null.
func (w *Writer) Ints(list []int) {
	if list == nil {
		w.Null()
		return
	}
	w.Open('[')
	for _, n := range list {
		w.Elem()
		w.Int(int64(n))
	}
	w.Close(']')
}

const hexDigits = "0123456789abcdef"

// appendString appends s quoted and escaped as encoding/json does with
// HTML escaping on.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
