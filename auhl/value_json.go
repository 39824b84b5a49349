//go:build !auhlwidget

package auhl

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// MarshalJSON encodes the value as a bare number, string or Text object.
func (v Value) MarshalJSON() ([]byte, error) {
	switch v.kind {
	case valueNumber:
		return []byte(v.numberString()), nil
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
		if err := DecodeJSON(b, &t); err != nil {
			return err // strictly, as the rest of the input
		}
		*v = Txt(t)
	case 'n':
		*v = Value{}
	default:
		if i, err := strconv.ParseInt(string(b), 10, 64); err == nil {
			*v = int64Value(i)
			return nil
		}
		f, err := strconv.ParseFloat(string(b), 64)
		if err != nil {
			return &ValidationError{Problems: []Problem{{Code: CodeJSONType, Params: Params{"expected": Str("number, string or text")}}}}
		}
		*v = Num(f)
	}
	return nil
}
