package auhl

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type decodeDoc struct {
	Name   string         `json:"name"`
	Year   AcademicYear   `json:"year"`
	Level  Level          `json:"level"`
	Langs  []Lang         `json:"langs"`
	Count  int            `json:"count"`
	Small  uint8          `json:"small"`
	Ratio  float64        `json:"ratio"`
	OK     bool           `json:"ok"`
	Title  Text           `json:"title"`
	Params Params         `json:"params"`
	Nested *decodeNested  `json:"nested"`
	Tags   map[string]int `json:"tags"`
	Free   any            `json:"free"`
}

type decodeNested struct {
	Inner string `json:"inner"`
}

func TestDecodeJSON(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		codes map[string]string // path → code
	}{
		{"valid", `{"name":"x","year":"2025-2026","level":"master","langs":["nl","en"],"count":3,"small":7,"ratio":0.5,"ok":true,
			"title":{"nl":"a","en":"b"},"params":{"n":1,"s":"x","t":{"nl":"a","en":"b"}},"nested":{"inner":"y"},"tags":{"a":1},"free":[1,"x"]}`, nil},
		{"null fields keep zero", `{"name":null,"nested":null}`, nil},
		{"every problem at its path", `{"name":3,"year":"2025/26","level":"phd","langs":["nl","fr"],"count":1.5,"small":300,"ratio":"x","ok":"yes",
			"title":{"nl":"a","de":"b"},"params":{"n":[1]},"nested":{"inner":1,"extra":true},"tags":{"a":"b"},"bogus":1}`,
			map[string]string{
				"/name":         CodeJSONType,
				"/year":         CodeYearFormat,
				"/level":        CodeEnum,
				"/langs/1":      CodeEnum,
				"/count":        CodeJSONType,
				"/small":        CodeJSONType,
				"/ratio":        CodeJSONType,
				"/ok":           CodeJSONType,
				"/title/de":     CodeJSONUnknownField,
				"/params/n":     CodeJSONType,
				"/nested/inner": CodeJSONType,
				"/nested/extra": CodeJSONUnknownField,
				"/tags/a":       CodeJSONType,
				"/bogus":        CodeJSONUnknownField,
			}},
		{"escaped pointer", `{"a/b~c":1}`, map[string]string{"/a~1b~0c": CodeJSONUnknownField}},
		{"case matters", `{"Name":"x"}`, map[string]string{"/Name": CodeJSONUnknownField}},
		{"not an object", `[1,2]`, map[string]string{"": CodeJSONType}},
		{"syntax", `{"name":`, map[string]string{"": CodeJSONSyntax}},
		{"empty", ``, map[string]string{"": CodeJSONSyntax}},
		{"trailing", `{} {}`, map[string]string{"": CodeJSONTrailing}},
		{"negative uint", `{"small":-1}`, map[string]string{"/small": CodeJSONType}},
		{"huge int", `{"count":1e400}`, map[string]string{"/count": CodeJSONType}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := decodeDoc{Name: "untouched"}
			d := before
			err := DecodeJSON([]byte(tt.in), &d)
			if tt.codes == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, ErrInvalid)
			var ve *ValidationError
			require.ErrorAs(t, err, &ve)
			got := map[string]string{}
			for _, p := range ve.Problems {
				got[p.Path] = p.Code
			}
			assert.Equal(t, tt.codes, got)
			assert.Equal(t, before, d, "a rejected input changes nothing")
		})
	}
}

func TestDecodeJSONDeepNesting(t *testing.T) {
	var v struct {
		Free any `json:"free"`
	}
	deep := `{"free":` + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + `}`
	// encoding/json itself refuses very deep nesting; either way no panic.
	_ = DecodeJSON([]byte(deep), &v)
}

func TestDecodeJSONNeedsPointer(t *testing.T) {
	var d decodeDoc
	assert.Error(t, DecodeJSON([]byte(`{}`), d))
	assert.Error(t, DecodeJSON([]byte(`{}`), nil))
}

func TestReadJSONLimit(t *testing.T) {
	var d decodeDoc
	err := ReadJSON(strings.NewReader(`{"name":"`+strings.Repeat("x", 100)+`"}`), 50, &d)
	var ve *ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, CodeJSONTooLarge, ve.Problems[0].Code)
	require.NoError(t, ReadJSON(strings.NewReader(`{"name":"x"}`), 50, &d))
	assert.Equal(t, "x", d.Name)
}

func FuzzDecodeJSON(f *testing.F) {
	f.Add([]byte(`{"name":"x","year":"2025-2026","params":{"a":1}}`))
	f.Add([]byte(`{"title":{"nl":1},"langs":[null,"en"]}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := decodeDoc{Name: "untouched"}
		err := DecodeJSON(data, &d)
		if err != nil {
			assert.ErrorIs(t, err, ErrInvalid)
			assert.Equal(t, "untouched", d.Name)
		}
	})
}

func TestDecodeEmbedded(t *testing.T) {
	type doc struct {
		Name string `json:"name"`
		N    int    `json:"n"`
	}
	tooBig := func(d *doc) func() *ValidationError {
		return func() *ValidationError {
			var ve ValidationError
			if d.N > 3 {
				ve.Add("/n", CodeNumberRange, Params{"value": Int(d.N), "min": Int(0), "max": Int(3)})
			}
			return &ve
		}
	}
	tests := []struct {
		name, data string
		ok         bool
	}{
		{"fine", `{"name": "a", "n": 2}`, true},
		{"an unknown field", `{"name": "a", "x": 1}`, false},
		{"a wrong type", `{"n": "2"}`, false},
		{"trailing data", `{"n": 1} {"n": 2}`, false},
		{"not JSON", `{`, false},
		{"the check fails", `{"n": 4}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			err := DecodeEmbedded([]byte(tt.data), &d, tooBig(&d))
			assert.Equal(t, tt.ok, err == nil, "%v", err)
		})
	}
	var d doc
	assert.NoError(t, DecodeEmbedded([]byte(`{"n": 9}`), &d, nil), "no check")
}
