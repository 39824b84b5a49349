package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readValid(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/valid.json")
	require.NoError(t, err)
	return b
}

// mutate applies f to the decoded valid test catalogue and returns it
// re-encoded.
func mutate(t *testing.T, f func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(readValid(t), &m))
	f(m)
	b, err := json.Marshal(m)
	require.NoError(t, err)
	return b
}

func prog(m map[string]any, i int) map[string]any {
	return m["programmes"].([]any)[i].(map[string]any)
}

func TestLoadValid(t *testing.T) {
	c, err := Load(bytes.NewReader(readValid(t)))
	require.NoError(t, err)
	assert.Equal(t, "2025-2026", c.AcademicYear.String())
	assert.Len(t, c.Programmes, 3)
	p, ok := c.ByID("uhasselt-ba-fysica")
	require.True(t, ok)
	assert.Equal(t, catalogIjkingstoets("mandatory"), p.Admission.Ijkingstoets)
}

func catalogIjkingstoets(s string) Ijkingstoets { return Ijkingstoets(s) }

func TestLoadRejects(t *testing.T) {
	tests := []struct {
		name string
		in   func(t *testing.T) []byte
		want map[string]string // path → code; every problem must be listed
	}{
		{"unknown fields everywhere", func(t *testing.T) []byte {
			return mutate(t, func(m map[string]any) {
				m["colour"] = "blue"
				prog(m, 1)["duration"] = 3
				prog(m, 2)["name"].(map[string]any)["fr"] = "x"
			})
		}, map[string]string{
			"/colour":                auhl.CodeJSONUnknownField,
			"/programmes/1/duration": auhl.CodeJSONUnknownField,
			"/programmes/2/name/fr":  auhl.CodeJSONUnknownField,
		}},
		{"duplicate ids", func(t *testing.T) []byte {
			return mutate(t, func(m map[string]any) { prog(m, 2)["id"] = "uhasselt-ba-informatica" })
		}, map[string]string{"/programmes/2/id": CodeDuplicateID}},
		{"missing names in either language", func(t *testing.T) []byte {
			return mutate(t, func(m map[string]any) {
				prog(m, 0)["name"] = map[string]any{"nl": "Bachelor in de informatica", "en": ""}
				prog(m, 1)["name"] = map[string]any{"en": "Bachelor of Physics"}
			})
		}, map[string]string{"/programmes/0/name/en": auhl.CodeTextMissing, "/programmes/1/name/nl": auhl.CodeTextMissing}},
		{"impossible credits", func(t *testing.T) []byte {
			return mutate(t, func(m map[string]any) {
				prog(m, 0)["credits"] = 30
				prog(m, 1)["credits"] = -180
				prog(m, 2)["credits"] = 1.5
			})
		}, map[string]string{"/programmes/0/credits": auhl.CodeNumberRange, "/programmes/1/credits": auhl.CodeNumberRange, "/programmes/2/credits": auhl.CodeJSONType}},
		{"empty credits not marked", func(t *testing.T) []byte {
			return mutate(t, func(m map[string]any) { delete(prog(m, 0), "credits") })
		}, map[string]string{"/programmes/0/credits": CodeUnmarkedGap}},
		{"broken references", func(t *testing.T) []byte {
			return mutate(t, func(m map[string]any) {
				prog(m, 0)["campuses"] = []any{"nowhere", "pxl-hasselt"}
				prog(m, 1)["studyArea"] = "astrology"
				prog(m, 2)["sources"] = []any{"pxl-overview", "hearsay", "pxl-overview"}
			})
		}, map[string]string{
			"/programmes/0/campuses/0": CodeUnknownCampus,
			"/programmes/0/campuses/1": CodeCampusInstitution,
			"/programmes/1/studyArea":  CodeUnknownStudyArea,
			"/programmes/2/sources/1":  CodeUnknownSource,
			"/programmes/2/sources/2":  CodeDuplicateValue,
		}},
		{"bad enums, codes and urls", func(t *testing.T) []byte {
			return mutate(t, func(m map[string]any) {
				prog(m, 0)["level"] = "doctorate"
				prog(m, 0)["languages"] = []any{"fr"}
				prog(m, 1)["interest"].(map[string]any)["code"] = "IIX"
				prog(m, 1)["url"] = "javascript:alert(1)"
				prog(m, 2)["admission"] = map[string]any{"ijkingstoets": "sometimes"}
				prog(m, 2)["unverified"] = []any{"colour"}
				prog(m, 2)["institution"] = "auhl"
			})
		}, map[string]string{
			"/programmes/0/level":                  auhl.CodeEnum,
			"/programmes/0/languages/0":            auhl.CodeEnum,
			"/programmes/1/interest/code":          CodeHollandCode,
			"/programmes/1/url":                    CodeURL,
			"/programmes/2/admission/ijkingstoets": auhl.CodeEnum,
			"/programmes/2/unverified/0":           auhl.CodeEnum,
			"/programmes/2/institution":            auhl.CodeEnum,
			"/programmes/2/campuses/0":             CodeCampusInstitution,
		}},
		{"bad year and version", func(t *testing.T) []byte {
			return mutate(t, func(m map[string]any) { m["academicYear"] = "2025-2027"; m["version"] = " " })
		}, map[string]string{"/academicYear": auhl.CodeYearFormat, "/version": auhl.CodeRequired}},
		{"missing header and no programmes", func(t *testing.T) []byte {
			return mutate(t, func(m map[string]any) {
				delete(m, "version")
				delete(m, "academicYear")
				m["programmes"] = []any{}
			})
		}, map[string]string{"/version": auhl.CodeRequired, "/academicYear": auhl.CodeRequired, "/programmes": CodeNoProgrammes}},
		{"bad ids", func(t *testing.T) []byte {
			return mutate(t, func(m map[string]any) {
				prog(m, 0)["id"] = "Bachelor Informatica"
				m["campuses"].([]any)[1].(map[string]any)["id"] = ""
			})
		}, map[string]string{"/programmes/0/id": CodeIDFormat, "/campuses/1/id": auhl.CodeRequired, "/programmes/2/campuses/0": CodeUnknownCampus}},
		{"not json", func(*testing.T) []byte { return []byte("<html>") }, map[string]string{"": auhl.CodeJSONSyntax}},
		{"not an object", func(*testing.T) []byte { return []byte(`"catalogue"`) }, map[string]string{"": auhl.CodeJSONType}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(bytes.NewReader(tt.in(t)))
			require.Error(t, err)
			assert.Nil(t, c)
			assert.True(t, errors.Is(err, auhl.ErrInvalid))
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			got := map[string]string{}
			for _, p := range ve.Problems {
				got[p.Path] = p.Code
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLoadTooLarge(t *testing.T) {
	big := strings.NewReader(`{"version":"` + strings.Repeat("x", MaxSize) + `"}`)
	_, err := Load(big)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, auhl.CodeJSONTooLarge, ve.Problems[0].Code)
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

func TestLoadReadFailureIsNotInvalidInput(t *testing.T) {
	c, err := Load(failingReader{})
	require.Error(t, err)
	assert.Nil(t, c)
	assert.False(t, errors.Is(err, auhl.ErrInvalid))
	assert.Contains(t, err.Error(), "connection reset")
}

func TestDefaultIsValid(t *testing.T) {
	c, err := Load(bytes.NewReader(DefaultJSON()))
	require.NoError(t, err, "the embedded catalogue must load")
	assert.Same(t, Default(), Default(), "parsed once and shared")
	assert.Equal(t, c.Programmes, Default().Programmes)
	assert.Equal(t, "2025-2026", c.AcademicYear.String())
}

func TestDefaultEveryProgrammeIsComplete(t *testing.T) {
	for _, p := range Default().Programmes {
		t.Run(p.ID, func(t *testing.T) {
			assert.True(t, p.Name.Complete(), "both names")
			assert.True(t, strings.HasPrefix(p.URL, "https://") || strings.HasPrefix(p.URL, "http://"), "an official URL")
			assert.True(t, p.Interest.Code.Valid())
			assert.True(t, p.Interest.Rationale.Complete())
			assert.NotEmpty(t, p.Sources)
			for _, f := range p.Verification() {
				assert.Equal(t, CodeFactUnverified, f.Code)
				assert.True(t, f.Params["label"].IsText())
			}
		})
	}
}

func TestLookups(t *testing.T) {
	c, err := Load(bytes.NewReader(readValid(t)))
	require.NoError(t, err)
	ids := func(ps []Programme) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	tests := []struct {
		name string
		got  []Programme
		want []string
	}{
		{"institution", c.ByInstitution(auhl.PXL), []string{"pxl-pba-toegepaste-informatica"}},
		{"level", c.ByLevel(auhl.AcademicBachelor), []string{"uhasselt-ba-informatica", "uhasselt-ba-fysica"}},
		{"campus", c.ByCampus("uhasselt-diepenbeek"), []string{"uhasselt-ba-informatica", "uhasselt-ba-fysica"}},
		{"language", c.ByLanguage(auhl.English), nil},
		{"study area", c.ByStudyArea("ict"), []string{"uhasselt-ba-informatica", "pxl-pba-toegepaste-informatica"}},
		{"combined", c.Filter(Query{Institution: auhl.UHasselt, StudyArea: "ict"}), []string{"uhasselt-ba-informatica"}},
		{"everything", c.Filter(Query{}), []string{"uhasselt-ba-informatica", "uhasselt-ba-fysica", "pxl-pba-toegepaste-informatica"}},
		{"nothing", c.Filter(Query{Campus: "nowhere"}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, ids(tt.got)) })
	}
	_, ok := c.ByID("nope")
	assert.False(t, ok)
	campus, ok := c.Campus("pxl-hasselt")
	require.True(t, ok)
	assert.Equal(t, "Hasselt", campus.City)
	_, ok = c.StudyArea("sciences")
	assert.True(t, ok)
	_, ok = c.Source("pxl-overview")
	assert.True(t, ok)
}

func TestCloneIsIndependent(t *testing.T) {
	c := Default()
	before, _ := json.Marshal(c)
	cl := c.Clone()
	cl.Programmes[0].Name.NL = "changed"
	cl.Programmes[0].Languages = append(cl.Programmes[0].Languages[:0], auhl.English)
	cl.Programmes = cl.Programmes[:1]
	after, _ := json.Marshal(c)
	assert.Equal(t, string(before), string(after))
	require.NoError(t, c.Clone().Validate())
	assert.Error(t, (&Catalog{}).Validate())
}

func TestLoadedCatalogueRoundTrips(t *testing.T) {
	b, err := json.Marshal(Default())
	require.NoError(t, err)
	c, err := Load(bytes.NewReader(b))
	require.NoError(t, err)
	assert.Equal(t, Default().Programmes, c.Programmes)
}

func TestDefaultConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := Default()
			for _, p := range c.Programmes {
				got, ok := c.ByID(p.ID)
				assert.True(t, ok)
				assert.Equal(t, p.ID, got.ID)
			}
			_ = c.Filter(Query{Language: auhl.Dutch})
		}()
	}
	wg.Wait()
}

func TestHollandCode(t *testing.T) {
	for code, ok := range map[HollandCode]bool{"IRC": true, "SE": true, "RIA": true, "I": false, "IRCA": false, "IIR": false, "irc": false, "": false, "XYZ": false} {
		assert.Equal(t, ok, code.Valid(), string(code))
	}
}

func TestFactLabels(t *testing.T) {
	for _, f := range Fact("").Enum() {
		assert.True(t, Fact(f).Label().Complete(), f)
	}
}

func FuzzLoad(f *testing.F) {
	f.Add(readValid(f))
	f.Add([]byte(`{"version":"1","academicYear":"2025-2026","programmes":[{"id":"a"}]}`))
	f.Add([]byte(`{"programmes":[{"credits":1e9,"campuses":[null]}]}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Load(bytes.NewReader(data))
		if err != nil {
			assert.ErrorIs(t, err, auhl.ErrInvalid)
			assert.Nil(t, c)
			return
		}
		// Whatever loads is valid, and loads again after a round trip.
		require.NoError(t, c.Validate())
		b, err := json.Marshal(c)
		require.NoError(t, err)
		_, err = Load(bytes.NewReader(b))
		require.NoError(t, err)
	})
}

func BenchmarkByID(b *testing.B) {
	c := Default()
	id := c.Programmes[len(c.Programmes)/2].ID
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := c.ByID(id); !ok {
			b.Fatal("not found")
		}
	}
}

func BenchmarkFilter(b *testing.B) {
	c := Default()
	q := Query{Institution: auhl.UHasselt, Level: auhl.AcademicBachelor, Language: auhl.Dutch}
	b.ReportAllocs()
	for b.Loop() {
		if len(c.Filter(q)) == 0 {
			b.Fatal("empty")
		}
	}
}

func BenchmarkLoadDefault(b *testing.B) {
	data := DefaultJSON()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Load(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
