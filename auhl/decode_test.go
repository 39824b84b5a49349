package auhl

import (
	"encoding/json"
	"strconv"
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
		{"int beyond int64", `{"count":9223372036854775808}`, map[string]string{"/count": CodeJSONType}},
		{"uint8 bound", `{"small":256}`, map[string]string{"/small": CodeJSONType}},
		{"minus zero uint", `{"small":-0}`, map[string]string{"/small": CodeJSONType}},
		{"huge float", `{"ratio":1e400}`, map[string]string{"/ratio": CodeJSONType}},
		{"int bounds", `{"count":-9223372036854775808,"small":255}`, nil},
		{"duplicate key", `{"name":"a","name":"b"}`, map[string]string{"/name": CodeJSONDuplicateKey}},
		{"duplicate key, escaped", `{"name":"a","n\u0061me":"b"}`, map[string]string{"/name": CodeJSONDuplicateKey}},
		{"duplicate key of another type", `{"count":"x","count":18}`, map[string]string{"/count": CodeJSONDuplicateKey}},
		{"duplicate key, nested", `{"nested":{"inner":"a","inner":"b"}}`, map[string]string{"/nested/inner": CodeJSONDuplicateKey}},
		{"duplicate key in a map", `{"tags":{"a":1,"b":2,"a":3}}`, map[string]string{"/tags/a": CodeJSONDuplicateKey}},
		{"duplicate key in free data", `{"free":[{"x":1,"x":2}]}`, map[string]string{"/free/0/x": CodeJSONDuplicateKey}},
		{"duplicate key in a text", `{"title":{"nl":"a","en":"b","nl":"c"}}`, map[string]string{"/title/nl": CodeJSONDuplicateKey}},
		{"duplicate key in a text parameter", `{"params":{"t":{"nl":"a","nl":"c"}}}`, map[string]string{"/params/t/nl": CodeJSONDuplicateKey}},
		{"unknown field in a text parameter", `{"params":{"t":{"nl":"a","de":"c"}}}`, map[string]string{"/params/t/de": CodeJSONUnknownField}},
		{"duplicate list, the first with a wrong field", `{"langs":["nl","xx"],"langs":["en"]}`,
			map[string]string{"/langs/1": CodeEnum, "/langs": CodeJSONDuplicateKey}},
		{"too deep", `{"free":` + strings.Repeat("[", 70) + strings.Repeat("]", 70) + `}`,
			map[string]string{"/free/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0": CodeJSONTooDeep}},
		{"too deep for encoding/json", `{"free":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`,
			map[string]string{"": CodeJSONTooDeep}},
		{"a byte-order mark", "\xef\xbb\xbf{\"name\":\"x\"}", nil},
		{"a byte-order mark inside", "{\"name\":\"x\"}\xef\xbb\xbf", map[string]string{"": CodeJSONTrailing}},
		{"two byte-order marks", "\xef\xbb\xbf\xef\xbb\xbf{}", map[string]string{"": CodeJSONSyntax}},
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

func TestDecodeJSONDepthLimit(t *testing.T) {
	nested := func(n int) []byte {
		return []byte(`{"free":` + strings.Repeat("[", n) + strings.Repeat("]", n) + `}`)
	}
	var v struct {
		Free any `json:"free"`
	}
	// The object is the first level, so the arrays may be one less deep.
	require.NoError(t, DecodeJSON(nested(maxDepth-1), &v))
	err := DecodeJSON(nested(maxDepth), &v)
	var ve *ValidationError
	require.ErrorAs(t, err, &ve)
	require.Len(t, ve.Problems, 1)
	assert.Equal(t, CodeJSONTooDeep, ve.Problems[0].Code)
	assert.Equal(t, Params{"limit": Int(maxDepth)}, ve.Problems[0].Params)
}

func TestDecodeJSONKeepsIntegersExact(t *testing.T) {
	var v struct {
		N int64  `json:"n"`
		P Params `json:"p"`
	}
	require.NoError(t, DecodeJSON([]byte(`{"n":9007199254740993,"p":{"big":9007199254740993,"neg":-9223372036854775808,"half":0.5}}`), &v))
	assert.Equal(t, int64(9007199254740993), v.N)
	big, ok := v.P["big"].Int64()
	require.True(t, ok)
	assert.Equal(t, int64(9007199254740993), big)
	assert.Equal(t, "9007199254740993", v.P["big"].String())
	assert.Equal(t, "-9223372036854775808", v.P["neg"].String())
	assert.Equal(t, "0.5", v.P["half"].String())
	out, err := json.Marshal(v.P)
	require.NoError(t, err)
	assert.JSONEq(t, `{"big":9007199254740993,"neg":-9223372036854775808,"half":0.5}`, string(out))
	assert.Contains(t, string(out), `9007199254740993`, "not rounded to a float64")
	assert.Equal(t, Int(3), Num(3), "a whole Num is the Int of the same number")
}

// hostileDoc is a document of n empty objects where an array of texts is
// expected, and n unknown fields: 2n problems of shape in about 12n bytes.
func hostileDoc(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"langs":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{}`)
	}
	b.WriteString(`]`)
	for i := range n {
		b.WriteString(`,"u` + strconv.Itoa(i) + `":1`)
	}
	b.WriteString(`}`)
	return []byte(b.String())
}

func TestDecodeJSONListsAtMostMaxProblems(t *testing.T) {
	var d decodeDoc
	err := DecodeJSON(hostileDoc(8000), &d)
	var ve *ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Len(t, ve.Problems, MaxProblems)
	assert.Equal(t, 16000-MaxProblems, ve.More, "the rest is counted")
	assert.Equal(t, "/langs/0", ve.Problems[0].Path, "in the order of the input")
	assert.Contains(t, ve.Error(), "and 15995 more")
}

func TestDecodeJSONBoundsMemory(t *testing.T) {
	type big struct {
		Fill [64]int64 `json:"fill"`
	}
	var v struct {
		Items []big          `json:"items"`
		Map   map[string]int `json:"map"`
		Name  string         `json:"name"`
	}
	// 2 MiB of empty objects would be about 350 MiB of structs.
	empties := `{"name":"x","items":[` + strings.Repeat(`{},`, 700_000) + `{}]}`
	err := DecodeJSON([]byte(empties), &v)
	var ve *ValidationError
	require.ErrorAs(t, err, &ve)
	require.Len(t, ve.Problems, 1)
	assert.Equal(t, Problem{Path: "/items", Code: CodeJSONTooManyValues}, ve.Problems[0])

	decoded, ve := decodePartial([]byte(empties), &v)
	assert.True(t, decoded)
	assert.NotNil(t, ve)
	assert.Equal(t, "x", v.Name, "what fits is decoded")
	assert.Empty(t, v.Items, "the list that does not fit is left out")

	// A thousand of them fit.
	require.NoError(t, DecodeJSON([]byte(`{"items":[`+strings.Repeat(`{},`, 999)+`{}]}`), &v))
	assert.Len(t, v.Items, 1000)
}

func TestDecodeAndCheckStopsWhenFull(t *testing.T) {
	var d decodeDoc
	checked := false
	err := DecodeAndCheck(hostileDoc(200), &d, func() *ValidationError {
		checked = true
		return nil
	})
	var ve *ValidationError
	require.ErrorAs(t, err, &ve)
	assert.False(t, checked, "a full listing is not checked for meaning")
	assert.Equal(t, 400-MaxProblems, ve.More)

	err = DecodeAndCheck([]byte(`{"name":"x","count":-1}`), &d, func() *ValidationError {
		var ve ValidationError
		for i := range 150 {
			ve.Add(Index("/things", i), CodeRequired, nil)
		}
		return &ve
	})
	require.ErrorAs(t, err, &ve)
	assert.Len(t, ve.Problems, MaxProblems)
	assert.Equal(t, 50, ve.More)
}

// BenchmarkRejectHostile measures the rejection of a 103 KB document with
// 16,000 problems of shape: linear, however many problems.
func BenchmarkRejectHostile(b *testing.B) {
	data := hostileDoc(8000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var d decodeDoc
		if DecodeJSON(data, &d) == nil {
			b.Fatal("accepted")
		}
	}
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
	f.Add([]byte(`{"name":"a","n\u0061me":"b"}`))
	f.Add([]byte("\xef\xbb\xbf{\"count\":9007199254740993}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := decodeDoc{Name: "untouched"}
		err := DecodeJSON(data, &d)
		if err != nil {
			assert.ErrorIs(t, err, ErrInvalid)
			assert.Equal(t, "untouched", d.Name)
			var ve *ValidationError
			require.ErrorAs(t, err, &ve)
			assert.LessOrEqual(t, len(ve.Problems), MaxProblems)
			return
		}
		// What the strict decoder accepts, encoding/json reads the same.
		var plain decodeDoc
		require.NoError(t, json.Unmarshal(trimBOM(data), &plain))
		assert.Equal(t, plain, d)
	})
}
