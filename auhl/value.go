package auhl

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// Params are the named, typed values of a finding or a problem. Its JSON
// encoding is an object whose values are numbers, strings or Text objects.
type Params map[string]Value

// Value is one typed parameter value: a number, a string, or a Text in both
// languages. Build one with Int, Num, Str or Txt. Its JSON encoding is the
// bare number, string or {"nl": "...", "en": "..."} object.
type Value struct {
	kind valueKind
	num  float64
	str  string
	text Text
}

type valueKind uint8

const (
	valueNone valueKind = iota
	valueNumber
	valueString
	valueText
)

// Int returns a whole-number value.
func Int(v int) Value { return Value{kind: valueNumber, num: float64(v)} }

// Num returns a decimal-number value.
func Num(v float64) Value { return Value{kind: valueNumber, num: v} }

// Str returns a string value.
func Str(v string) Value { return Value{kind: valueString, str: v} }

// Txt returns a value in both languages.
func Txt(v Text) Value { return Value{kind: valueText, text: v} }

// Number returns the value as a number, and whether it is one.
func (v Value) Number() (float64, bool) { return v.num, v.kind == valueNumber }

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
		return strconv.FormatFloat(v.num, 'f', -1, 64)
	case valueString:
		return v.str
	case valueText:
		return v.text.In(Dutch)
	}
	return ""
}

// MarshalJSON encodes the value as a bare number, string or Text object.
func (v Value) MarshalJSON() ([]byte, error) {
	switch v.kind {
	case valueNumber:
		return []byte(strconv.FormatFloat(v.num, 'f', -1, 64)), nil
	case valueText:
		return json.Marshal(v.text)
	case valueString:
		return json.Marshal(v.str)
	}
	return []byte("null"), nil
}

// UnmarshalJSON decodes a number, a string or a Text object.
func (v *Value) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return &ValidationError{Problems: []Problem{{Code: CodeJSONType, Params: Params{"expected": Str("number, string or text")}}}}
	}
	switch b[0] {
	case '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*v = Str(s)
	case '{':
		var t Text
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&t); err != nil {
			return &ValidationError{Problems: []Problem{{Code: CodeJSONType, Params: Params{"expected": Str("number, string or text")}}}}
		}
		*v = Txt(t)
	case 'n':
		*v = Value{}
	default:
		f, err := strconv.ParseFloat(string(b), 64)
		if err != nil {
			return &ValidationError{Problems: []Problem{{Code: CodeJSONType, Params: Params{"expected": Str("number, string or text")}}}}
		}
		*v = Num(f)
	}
	return nil
}
