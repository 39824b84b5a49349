package catalog

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
)

// both decodes data with decodeLite, the widget's decoder, and with
// auhl.DecodeAndCheck, and returns both results.
func both(data []byte) (lite, strict *Catalog, liteErr, strictErr error) {
	lite, strict = &Catalog{}, &Catalog{}
	liteErr = decodeLite(data, lite)
	strictErr = auhl.DecodeAndCheck(data, strict, strict.check)
	return lite, strict, liteErr, strictErr
}

// TestDecodeLite holds the widget's catalogue decoder equal to the strict
// one: the same catalogue, or the same problems.
func TestDecodeLite(t *testing.T) {
	good := DefaultJSON()
	edits := []struct{ name, old, new string }{
		{"as it is", "", ""},
		{"an unknown level", `"level": "academic-bachelor"`, `"level": "bachelor"`},
		{"a number for a name", `"nl": "Bachelor`, `"nl": 1, "x": "`},
		{"an unknown field", `"version": "2025.1"`, `"version": "2025.1", "extra": true`},
		{"a field twice", `"version": "2025.1"`, `"version": "2025.1", "version": "2"`},
		{"a wrong year", `"academicYear": "2025-2026"`, `"academicYear": "2025-2027"`},
		{"a language list with a bad one", "\"languages\": [\n        \"nl\"\n      ]", `"languages": ["nl", "fr", 3]`},
		{"credits as text", `"credits": 180`, `"credits": "180"`},
		{"credits with a fraction", `"credits": 180`, `"credits": 180.5`},
		{"a boolean as text", `"ijkingstoets": "optional"`, `"ijkingstoets": "optional", "entranceExam": "yes"`},
		{"programmes as an object", `"programmes": [`, `"programmes": {}, "p": [`},
	}
	for _, e := range edits {
		t.Run(e.name, func(t *testing.T) {
			data := good
			if e.old != "" {
				require.True(t, bytes.Contains(good, []byte(e.old)), e.old)
				data = bytes.Replace(good, []byte(e.old), []byte(e.new), 1)
			}
			lite, strict, liteErr, strictErr := both(data)
			assert.Equal(t, strictErr, liteErr)
			if strictErr == nil {
				assert.Equal(t, strict, lite)
			}
		})
	}
	for name, data := range hostileCatalogs() {
		t.Run(name, func(t *testing.T) {
			_, _, liteErr, strictErr := both(data)
			assert.Equal(t, strictErr, liteErr)
		})
	}
	for _, s := range []string{``, `{`, `[]`, `null`, `{"programmes": [{}, {"id": 1}]}`, strings.Repeat(`[`, 70) + strings.Repeat(`]`, 70)} {
		t.Run(s, func(t *testing.T) {
			_, _, liteErr, strictErr := both([]byte(s))
			assert.Equal(t, strictErr, liteErr)
		})
	}
}

func FuzzDecodeLite(f *testing.F) {
	// Small seeds: the fuzzer mutates them quickly (the embedded file is
	// in TestDecodeLite).
	f.Add([]byte(`{"version":"2025.1","academicYear":"2025-2026","sources":[{"id":"s","title":"S"}],` +
		`"campuses":[{"id":"c","institution":"pxl","name":{"nl":"C","en":"C"},"city":"Hasselt"}],` +
		`"studyAreas":[{"id":"a","name":{"nl":"A","en":"A"}}],"programmes":[{"id":"p","institution":"pxl",` +
		`"level":"professional-bachelor","name":{"nl":"P","en":"P"},"credits":180,"campuses":["c"],` +
		`"languages":["nl"],"studyArea":"a","url":"https://www.pxl.be/","admission":{"ijkingstoets":"optional"},` +
		`"interest":{"code":"SEC","rationale":{"nl":"R","en":"R"}},"sources":["s"],"unverified":["url"]}]}`))
	f.Add([]byte(`{"version":"1","programmes":[{"id":"a","languages":["nl","x"]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		lite, strict, liteErr, strictErr := both(data)
		assert.Equal(t, strictErr, liteErr)
		if strictErr == nil {
			assert.Equal(t, strict, lite)
		}
	})
}
