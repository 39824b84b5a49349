package catalog

import (
	"bytes"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileCatalogs are catalogue files built to cost a validator as much
// as possible for their size, by name.
func hostileCatalogs() map[string][]byte {
	const head = `{"version":"2025.1","academicYear":"2025-2026"`
	const size = 4 << 20
	repeat := func(prefix, item, suffix string) []byte {
		n := (size - len(prefix) - len(suffix)) / len(item)
		return []byte(prefix + strings.Repeat(item, n) + `1` + suffix)
	}
	// N empty programmes and N unknown fields: thousands of problems
	// of shape and of meaning in 103 KB.
	var b strings.Builder
	b.WriteString(head + `,"programmes":[`)
	const n = 8000
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
	empties := repeat(head+`,"programmes":[`, `{},`, `{}]}`)
	empties = bytes.Replace(empties, []byte(`1{}]}`), []byte(`{}]}`), 1)
	return map[string][]byte{
		"8000 empty programmes and unknown fields": []byte(b.String()),
		"4 MiB of sources as a list":               repeat(head+`,"sources":[`, `1,`, `]}`),
		"4 MiB of empty programmes":                empties,
		"4 MiB of unknown fields":                  unknownFields(head, size),
		"4 MiB of nesting":                         []byte(head + `,"x":` + strings.Repeat(`[`, size/2) + strings.Repeat(`]`, size/2) + `}`),
		"nesting below encoding/json's limit":      []byte(head + `,"programmes":[{"name":` + strings.Repeat(`[`, 9000) + strings.Repeat(`]`, 9000) + `}]}`),
	}
}

// unknownFields is a catalogue of about size bytes, almost all of it
// unknown fields.
func unknownFields(head string, size int) []byte {
	b := bytes.NewBufferString(head)
	for i := 0; b.Len() < size; i++ {
		b.WriteString(`,"u` + strconv.Itoa(i) + `":1`)
	}
	b.WriteString(`}`)
	return b.Bytes()
}

func TestLoadRejectsHostileCatalogues(t *testing.T) {
	for name, data := range hostileCatalogs() {
		t.Run(name, func(t *testing.T) {
			c, err := Load(bytes.NewReader(data))
			assert.Nil(t, c)
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.NotEmpty(t, ve.Problems)
			assert.LessOrEqual(t, len(ve.Problems), auhl.MaxProblems, "at most the documented number listed")
		})
	}
}

func TestLoadHostileCounts(t *testing.T) {
	_, err := Load(bytes.NewReader(hostileCatalogs()["8000 empty programmes and unknown fields"]))
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Len(t, ve.Problems, auhl.MaxProblems)
	assert.GreaterOrEqual(t, auhl.MaxProblems+ve.More, 8000, "the problems not listed are counted")
	assert.Contains(t, ve.Error(), " more")
}

func TestLoadDuplicateKeys(t *testing.T) {
	valid := readValid(t)
	// The first source says its id twice: once as another id.
	dup := bytes.Replace(valid, []byte(`"id": "`), []byte(`"id": "other", "id": "`), 1)
	require.NotEqual(t, valid, dup)
	_, err := Load(bytes.NewReader(dup))
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	require.NotEmpty(t, ve.Problems)
	assert.Equal(t, auhl.CodeJSONDuplicateKey, ve.Problems[0].Code)
	assert.Equal(t, "/sources/0/id", ve.Problems[0].Path)
}

// TestLoadHostileMemory holds the memory a hostile catalogue of 4 MiB
// costs to reject below 64 MB: bytes allocated, which do not jitter as
// time does.
func TestLoadHostileMemory(t *testing.T) {
	for name, data := range hostileCatalogs() {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, err := Load(bytes.NewReader(data))
			runtime.ReadMemStats(&after)
			require.Error(t, err)
			assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(64<<20))
		})
	}
}

// BenchmarkLoadHostile measures the rejection of each hostile catalogue.
func BenchmarkLoadHostile(b *testing.B) {
	for name, data := range hostileCatalogs() {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Load(bytes.NewReader(data)); err == nil {
					b.Fatal("accepted")
				}
			}
		})
	}
}
