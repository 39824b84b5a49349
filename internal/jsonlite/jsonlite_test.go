package jsonlite

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
)

// reference is what auhl.DecodeJSON says of data as a document of any
// shape, when data is no JSON document at all: its one problem.
func reference(data []byte) *auhl.Problem {
	var v any
	err := auhl.DecodeJSON(data, &v)
	ve, ok := err.(*auhl.ValidationError)
	if !ok || len(ve.Problems) != 1 || ve.Problems[0].Path != "" {
		return nil
	}
	switch ve.Problems[0].Code {
	case auhl.CodeJSONSyntax, auhl.CodeJSONTrailing:
		return &ve.Problems[0]
	case auhl.CodeJSONTooDeep:
		if json.Valid(data) {
			return nil // auhl's own limit, not a syntax problem
		}
		return &ve.Problems[0]
	}
	return nil
}

func TestSyntaxMatchesDecodeJSON(t *testing.T) {
	deep := make([]byte, 0, 2*maxNesting+4)
	for range maxNesting + 1 {
		deep = append(deep, '[')
	}
	for range maxNesting + 1 {
		deep = append(deep, ']')
	}
	tests := []string{
		``, ` `, `{`, `{"a"`, `{"a":`, `{"a":1`, `{"a":1,}`, `{"a" 1}`, `{1:2}`, `[1,]`, `[1 2]`,
		`1x`, `1 x`, `{}x`, `{} {}`, `"a"x`, `"a" x`, `truex`, `tru`, `nul`, `-`, `-x`, `01`, `[01]`,
		`1.`, `1.x`, `1e`, `1e+`, `1e+x`, `"\x"`, `"\u12x4"`, "\"a\x01\"", `"abc`, `[`, `]`, `}`,
		`{"a":{"b":[1,{"c":tru}]}}`, `{"a":1}`, `[1, 2.5e-3, "x", true, false, null, {}]`, "\xef\xbb\xbf{}",
		string(deep), `{"a":"\ud800"}`, "  \n\t[ ]  ",
	}
	for _, in := range tests {
		t.Run(in[:min(len(in), 20)], func(t *testing.T) {
			data := []byte(in)
			if len(data) >= 3 && string(data[:3]) == "\xef\xbb\xbf" {
				data = data[3:]
			}
			assert.Equal(t, reference([]byte(in)), syntax(data))
		})
	}
}

func FuzzSyntax(f *testing.F) {
	for _, s := range []string{`{"a":[1,2,{"b":null}]}`, `1x`, `[1,]`, `"\u00e9"`, `{} x`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got := syntax(data)
		want := reference(data)
		if want != nil || json.Valid(data) {
			assert.Equal(t, want, got)
		} else {
			assert.NotNil(t, got)
		}
	})
}

func TestWriterMatchesMarshal(t *testing.T) {
	strs := []string{"", "plain", `<a href="x">&</a>`, "tab\tnew\nline\r\b\f\x00\x1f", "é ü 漢字 🙂", "\u2028\u2029", "bad \xff utf-8", `back\slash "quote"`}
	for _, s := range strs {
		var w Writer
		w.String(s)
		want, err := json.Marshal(s)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(w.B))
	}
	floats := []float64{0, 1, -1, 0.5, 1e-7, 1e21, 123456789.125, -2.5e-10, math.MaxFloat64, math.SmallestNonzeroFloat64, 100}
	for _, f := range floats {
		var w Writer
		w.Float(f)
		want, err := json.Marshal(f)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(w.B))
	}
	var w Writer
	w.Open('{')
	w.StringField("a", "x")
	w.IntField("n", -3)
	w.Key("list")
	w.Strings([]string{"p", "q"})
	w.Key("none")
	w.Ints(nil)
	w.Key("ok")
	w.Bool(true)
	w.Close('}')
	assert.Equal(t, `{"a":"x","n":-3,"list":["p","q"],"none":null,"ok":true}`, string(w.B))
}

func FuzzWriterString(f *testing.F) {
	f.Add("<&>\u2028\xff")
	f.Fuzz(func(t *testing.T, s string) {
		var w Writer
		w.String(s)
		want, err := json.Marshal(s)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(w.B))
	})
}

func FuzzDecoderString(f *testing.F) {
	f.Add([]byte(`"a\u00e9\ud83d\ude00\ud800x\n"`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := NewDecoder(data)
		var want string
		jerr := json.Unmarshal(data, &want)
		if err != nil || d.peek() != '"' {
			return
		}
		require.NoError(t, jerr)
		got, ok := d.String()
		assert.True(t, ok)
		assert.Equal(t, want, got)
	})
}

// doc is a small document read with a Decoder, for the tests.
type doc struct {
	Name  string
	N     int
	On    bool
	Tags  []string
	Level auhl.Level
	Inner struct{ X float64 }
}

type docJSON struct {
	Name  string     `json:"name"`
	N     int        `json:"n"`
	On    bool       `json:"on"`
	Tags  []string   `json:"tags"`
	Level auhl.Level `json:"level"`
	Inner struct {
		X float64 `json:"x"`
	} `json:"inner"`
}

func readDoc(data []byte) (doc, error) {
	var v doc
	d, err := NewDecoder(data)
	if err != nil {
		return v, err
	}
	d.Object(func(name string) bool {
		switch name {
		case "name":
			v.Name, _ = d.String()
		case "n":
			n, _ := d.Int(64)
			v.N = int(n)
		case "on":
			v.On, _ = d.Bool()
		case "tags":
			if d.peek() == '[' {
				v.Tags = []string{}
			}
			d.Array(16, func(int) {
				s, _ := d.String()
				v.Tags = append(v.Tags, s)
			})
		case "level":
			d.Text(&v.Level)
		case "inner":
			d.Object(func(name string) bool {
				if name != "x" {
					return false
				}
				v.Inner.X, _ = d.Float()
				return true
			})
		default:
			return false
		}
		return true
	})
	if ve := d.Problems(); ve != nil {
		return v, ve
	}
	return v, nil
}

func TestDecoderMatchesDecodeJSON(t *testing.T) {
	tests := []string{
		`{"name":"a","n":2,"on":true,"tags":["x","y"],"level":"master","inner":{"x":1.5}}`,
		`{"name":1,"n":"2","on":"yes","tags":"x","level":"nope","inner":[]}`,
		`{"name":"a","name":"b","extra":1,"inner":{"y":2}}`,
		`{"n":1.5}`, `{"n":1e2}`, `{"n":-0}`, `{"n":99999999999999999999}`,
		`{"tags":[1,"a",null]}`, `null`, `{"inner":null,"tags":null}`, `[]`, `"x"`,
		`{"name":"\u00e9\"","ex\u0074ra":1}`,
	}
	for _, in := range tests {
		t.Run(in, func(t *testing.T) {
			var want docJSON
			werr := auhl.DecodeJSON([]byte(in), &want)
			got, err := readDoc([]byte(in))
			if werr != nil {
				assert.Equal(t, werr, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, want.Name, got.Name)
			assert.Equal(t, want.N, got.N)
			assert.Equal(t, want.On, got.On)
			assert.Equal(t, want.Tags, got.Tags)
			assert.Equal(t, want.Level, got.Level)
			assert.Equal(t, want.Inner.X, got.Inner.X)
		})
	}
}

func FuzzDecoder(f *testing.F) {
	f.Add([]byte(`{"name":"a","n":2,"tags":["x"],"inner":{"x":1}}`))
	f.Add([]byte(`{"name":"a","name":"b","extra":[[[1]]]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var want docJSON
		werr := auhl.DecodeJSON(data, &want)
		_, err := readDoc(data)
		if werr == nil {
			assert.NoError(t, err)
			return
		}
		assert.Equal(t, werr, err)
	})
}
