package auhl

import (
	"math"
	"strconv"
)

// Params are the named, typed values of a finding or a problem. Its JSON
// encoding is an object whose values are numbers, strings or Text objects.
type Params map[string]Value

// Value is one typed parameter value: a number, a string, or a Text in both
// languages. Build one with Int, Num, Str or Txt. Its JSON encoding is the
// bare number, string or {"nl": "...", "en": "..."} object.
//
// A whole number is kept exactly, also beyond the 2^53 that a float64
// holds: Int(9007199254740993) prints as 9007199254740993, and so does a
// whole number decoded from JSON. A whole Num and the Int of the same
// number are the same Value.
type Value struct {
	kind valueKind
	// whole is true when i holds the number exactly.
	whole bool
	num   float64
	i     int64
	str   string
	text  Text
}

type valueKind uint8

const (
	valueNone valueKind = iota
	valueNumber
	valueString
	valueText
)

// Int returns a whole-number value.
func Int(v int) Value { return int64Value(int64(v)) }

func int64Value(v int64) Value {
	return Value{kind: valueNumber, whole: true, num: float64(v), i: v}
}

// maxExactFloat is the largest whole number below which every whole
// float64 is exact: 2^53.
const maxExactFloat = 1 << 53

// Num returns a decimal-number value. A whole v (within ±2^53, where a
// float64 is exact) gives the same Value as Int.
func Num(v float64) Value {
	if v == math.Trunc(v) && math.Abs(v) <= maxExactFloat {
		return int64Value(int64(v))
	}
	return Value{kind: valueNumber, num: v}
}

// Str returns a string value.
func Str(v string) Value { return Value{kind: valueString, str: v} }

// Txt returns a value in both languages.
func Txt(v Text) Value { return Value{kind: valueText, text: v} }

// Number returns the value as a number, and whether it is one. A whole
// number beyond ±2^53 comes back rounded to the nearest float64: use Int64
// for its exact value.
func (v Value) Number() (float64, bool) { return v.num, v.kind == valueNumber }

// Int64 returns the value as an exact whole number, and whether it is one.
func (v Value) Int64() (int64, bool) { return v.i, v.kind == valueNumber && v.whole }

// Text returns the value as a Text, and whether it is one.
func (v Value) Text() (Text, bool) { return v.text, v.kind == valueText }

// IsNumber reports whether the value is a number.
func (v Value) IsNumber() bool { return v.kind == valueNumber }

// IsText reports whether the value is a Text.
func (v Value) IsText() bool { return v.kind == valueText }

// String returns the value as plain text: a number in Go's shortest form, a
// string as it is, a Text in Dutch. Use auhl/i18n to format for a reader.
func (v Value) String() string {
	switch v.kind {
	case valueNumber:
		return v.numberString()
	case valueString:
		return v.str
	case valueText:
		return v.text.In(Dutch)
	}
	return ""
}

// numberString writes a number exactly when it is whole, else in Go's
// shortest form.
func (v Value) numberString() string {
	if v.whole {
		return strconv.FormatInt(v.i, 10)
	}
	return strconv.FormatFloat(v.num, 'f', -1, 64)
}
