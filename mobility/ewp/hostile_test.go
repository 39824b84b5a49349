package ewp

import (
	"bytes"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// hostileInputs are documents of about 4 MiB (the default MaxBytes) built
// to cost as much as possible, each with the problem it must end in
// ("" when it is read, with findings).
func hostileInputs() []struct{ name, code, doc string } {
	const size = 4<<20 - 256
	fill := func(unit string) string { return strings.Repeat(unit, (size-len(updateOpen)-40)/len(unit)) }
	lasOpen := `<omobility-las-get-response xmlns="` + NamespaceLAsGetResponse + `">`
	return []struct{ name, code, doc string }{
		{"elements", CodeTooManyElements, update(fill("<x/>"))},
		{"unknown elements under a known one", CodeTooManyValues, lasOpen + fill("<la><y/></la>") + `</omobility-las-get-response>`},
		{"one long text", CodeTextTooLong, update(`<reject-proposal-v1><comment>` + fill("x") + `</comment></reject-proposal-v1>`)},
		{"references", CodeTextTooLong, update(`<reject-proposal-v1><comment>` + fill("&amp;&#x1F600;") + `</comment></reject-proposal-v1>`)},
		{"many short texts", CodeTooMuchText, update(fill("<c>" + strings.Repeat("y", 100) + "</c>"))},
		{"comments", "", update(fill("<!-- x -->"))},
		{"a long name", "", update("<" + fill("n") + "/>")},
		{"deep nesting", CodeTooDeep, update(fill("<a>"))},
		{"attributes", CodeTooManyAttributes, `<omobilities-update-request xmlns="` + NamespaceOMobilitiesUpdateRequest + `"` + manyAttrs(20) + fill(` a=""`) + `/>`},
		{"empty components", CodeTooManyValues, lasOpen + `<la><first-version><components-studied>` + fill("<component/>") +
			`</components-studied></first-version></la></omobility-las-get-response>`},
	}
}

// Hostile input of the largest size read is refused or read within a
// bounded amount of memory: at most 64 MB allocated for 4 MiB of input,
// the budget the project sets for hostile input. Time is measured by
// BenchmarkDecodeHostile.
func TestDecodeHostileIsBounded(t *testing.T) {
	for _, tt := range hostileInputs() {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.doc)
			assert.LessOrEqual(t, len(src), 4<<20)
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, fs, err := Decoder{}.Decode(bytes.NewReader(src))
			runtime.ReadMemStats(&after)
			if tt.code != "" {
				assertProblem(t, err, tt.code)
			} else {
				assert.NoError(t, err)
				assert.LessOrEqual(t, len(fs), 100)
			}
			assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(64<<20), "bytes allocated")
		})
	}
}

func BenchmarkDecodeHostile(b *testing.B) {
	for _, tt := range hostileInputs() {
		b.Run(strings.ReplaceAll(tt.name, " ", "-"), func(b *testing.B) {
			src := []byte(tt.doc)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				_, _, _ = Decoder{}.Decode(bytes.NewReader(src))
			}
		})
	}
}
