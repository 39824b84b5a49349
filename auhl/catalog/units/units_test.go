package units

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDefaultIsValid reads the embedded file the strict way, which lists
// every problem: Default reads it the quick way.
func TestDefaultIsValid(t *testing.T) {
	c, err := Load(bytes.NewReader(DefaultJSON()))
	require.NoError(t, err)
	assert.Len(t, c.Units, len(Default().Units))
	assert.Equal(t, "2024-2025", c.AcademicYear.String())
	require.NotNil(t, c.Attribution)
	assert.Contains(t, c.Attribution.Notice, "Copyright (c) 2019, 2020 Laurent Eschenauer")
	assert.Equal(t, "MIT", c.Attribution.Licence)
}

// TestDefaultHoldsTheStudyGuide spot-checks units and programmes of the
// 2024-2025 study guide.
func TestDefaultHoldsTheStudyGuide(t *testing.T) {
	c := Default()
	tests := []struct {
		code    string
		name    string
		credits auhl.Credits
		lang    auhl.Lang
	}{
		{"2193", "Wiskunde voor informatica I", 6, auhl.Dutch},
		{"2248", "Wiskunde voor informatica II", 6, auhl.Dutch},
		{"0660", "Besturingssystemen", 7, auhl.Dutch},
		{"1955", "Globalization and sustainable development", 3, auhl.English},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			u, ok := c.Unit(auhl.UHasselt, tt.code)
			require.True(t, ok)
			assert.Equal(t, tt.name, u.Name.In(tt.lang))
			assert.Equal(t, tt.credits, u.Credits)
			assert.Equal(t, []auhl.Lang{tt.lang}, u.Languages)
			assert.True(t, c.IsUnverified(u, FactName), "names come from the 2021-2022 crawl")
			assert.True(t, c.IsUnverified(u, FactSemester))
			assert.False(t, c.IsUnverified(u, FactCredits))
		})
	}
	p, ok := c.Programme(auhl.UHasselt, "135")
	require.True(t, ok)
	assert.Equal(t, "bachelor in de informatica", p.Name)
	assert.Equal(t, auhl.AcademicBachelor, p.Level)
	assert.True(t, p.Has("2193"))
	assert.Len(t, p.Units, 45)

	// 4863 has 10 credits in the bachelor in de informatica and 5 in two
	// other programmes: the unit has none of its own.
	u, ok := c.Unit(auhl.UHasselt, "4863")
	require.True(t, ok)
	assert.Zero(t, u.Credits)
	assert.True(t, c.IsUnverified(u, FactCredits))
	assert.Equal(t, auhl.Credits(10), p.CreditsOf(u))

	// The study guide lists 4067 twice in the bachelor in de industriële
	// wetenschappen, with 3 and with 5 credits: neither is taken.
	h20, ok := c.Programme(auhl.UHasselt, "H20")
	require.True(t, ok)
	u, ok = c.Unit(auhl.UHasselt, "4067")
	require.True(t, ok)
	assert.True(t, h20.Has("4067"))
	assert.Zero(t, h20.CreditsOf(u))
	assert.True(t, c.IsUnverified(u, FactCredits))

	_, ok = c.Unit(auhl.PXL, "2193")
	assert.False(t, ok, "no PXL unit is known")
	_, ok = c.Programme(auhl.UHasselt, "nope")
	assert.False(t, ok)
}

// TestVerification lists the unverified facts of a unit.
func TestVerification(t *testing.T) {
	c := Default()
	u, _ := c.Unit(auhl.UHasselt, "2193")
	var facts []string
	for _, f := range c.Verification(u) {
		assert.Equal(t, CodeFactUnverified, f.Code)
		assert.Equal(t, "uhasselt/2193", f.Params["unit"].String())
		assert.NotEmpty(t, f.Source.Title)
		facts = append(facts, f.Params["fact"].String())
	}
	assert.Equal(t, []string{"name", "semester", "languages", "prerequisites", "exam-contract"}, facts)
}

// small is a valid catalogue of two units, for the rejection tests.
const small = `{
  "version": "t", "academicYear": "2024-2025",
  "sources": {"s": {"title": "a source"}}, "source": "s",
  "unverified": ["semester", "exam-contract"],
  "units": [
    {"code": "A1", "institution": "uhasselt", "name": {"nl": "Een"}, "credits": 6, "languages": ["nl"]},
    {"code": "A2", "institution": "uhasselt", "name": {"nl": "Twee"}, "credits": 3, "languages": ["nl"],
     "prerequisites": [{"unit": "A1", "mode": "passed"}]}
  ],
  "programmes": [{"code": "P", "institution": "uhasselt", "name": "een opleiding", "level": "master", "units": ["A1", "A2"], "credits": {"A2": 4}}]
}`

// TestLoadRejects lists, for each broken file, the problems Load reports.
func TestLoadRejects(t *testing.T) {
	ok, err := Load(strings.NewReader(small))
	require.NoError(t, err)
	u, _ := ok.Unit(auhl.UHasselt, "A2")
	p, _ := ok.Programme(auhl.UHasselt, "P")
	assert.Equal(t, auhl.Credits(4), p.CreditsOf(u))

	tests := []struct {
		name, from, to string
		want           []string // path code
	}{
		{"duplicate unit", `"code": "A2"`, `"code": "A1"`, []string{"/units/1/code rules.entry-duplicate", "/units/1/prerequisites/0 units.self-prerequisite", "/programmes/0/units/1 units.unknown-unit"}},
		{"unknown prerequisite", `{"unit": "A1"`, `{"unit": "Z9"`, []string{"/units/1/prerequisites/0/unit units.unknown-unit"}},
		{"unknown mode", `"mode": "passed"`, `"mode": "done"`, []string{"/units/1/prerequisites/0/mode value.enum"}},
		{"unmarked gap", `"credits": 6, `, ``, []string{"/units/0/credits units.unmarked-gap"}},
		{"bad code", `"code": "A1", "institution"`, `"code": "A 1", "institution"`, []string{"/units/0/code units.code-format", "/units/1/prerequisites/0/unit units.unknown-unit", "/programmes/0/units/0 units.unknown-unit"}},
		{"association", `"code": "A1", "institution": "uhasselt"`, `"code": "A1", "institution": "auhl"`, []string{"/units/0/institution units.institution", "/units/1/prerequisites/0/unit units.unknown-unit", "/programmes/0/units/0 units.unknown-unit"}},
		{"credits", `"credits": 3`, `"credits": 300`, []string{"/units/1/credits value.range"}},
		{"unknown source", `"source": "s"`, `"source": "x"`, []string{"/source rules.source-unknown"}},
		{"programme credits", `{"A2": 4}`, `{"A3": 4}`, []string{"/programmes/0/credits/A3 units.unknown-unit"}},
		{"unknown field", `"level": "master"`, `"level": "master", "x": 1`, []string{"/programmes/0/x json.unknown-field"}},
		{"no year", `"academicYear": "2024-2025",`, ``, []string{"/academicYear value.required"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := strings.Replace(small, tt.from, tt.to, 1)
			require.NotEqual(t, small, data)
			c, err := Load(strings.NewReader(data))
			require.Error(t, err)
			assert.Nil(t, c)
			assert.ErrorIs(t, err, auhl.ErrInvalid)
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			var got []string
			for _, p := range ve.Problems {
				got = append(got, p.Path+" "+p.Code)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestLoadTooLarge refuses a file beyond MaxSize unread.
func TestLoadTooLarge(t *testing.T) {
	_, err := Load(bytes.NewReader(make([]byte, MaxSize+1)))
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, auhl.CodeJSONTooLarge, ve.Problems[0].Code)
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

// TestLoadReadFailure is not an invalid input.
func TestLoadReadFailure(t *testing.T) {
	_, err := Load(failingReader{})
	require.Error(t, err)
	assert.NotErrorIs(t, err, auhl.ErrInvalid)
}

// TestCloneAndReindex changes a copy of the embedded data without
// touching it, and checks the change.
func TestCloneAndReindex(t *testing.T) {
	c := Default().Clone()
	i := c.units[Key{auhl.UHasselt, "2248"}]
	c.Units[i].Prerequisites = append(c.Units[i].Prerequisites, Prerequisite{Unit: "2193", Mode: Passed})
	require.NoError(t, c.Reindex())
	u, _ := c.Unit(auhl.UHasselt, "2248")
	assert.Len(t, u.Prerequisites, 1)
	orig, _ := Default().Unit(auhl.UHasselt, "2248")
	assert.Empty(t, orig.Prerequisites)

	c.Units[i].Prerequisites = []Prerequisite{{Unit: "9999", Mode: Passed}}
	err := c.Reindex()
	assert.ErrorIs(t, err, auhl.ErrInvalid)
}

// TestRoundTrip encodes the embedded catalogue and reads it back.
func TestRoundTrip(t *testing.T) {
	data, err := json.Marshal(Default())
	require.NoError(t, err)
	c, err := Load(bytes.NewReader(data))
	require.NoError(t, err)
	assert.Equal(t, Default().Units, c.Units)
	assert.Equal(t, Default().Programmes, c.Programmes)
}

// TestTheWidgetDoesNotLinkTheUnits holds the package's reason to sit apart
// from auhl/catalog: the WebAssembly widget, which links the programme
// catalogue, never links the course-unit data.
func TestTheWidgetDoesNotLinkTheUnits(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	cmd := exec.Command(goBin, "list", "-deps", "github.com/auhl/auhl-go/wasm/cmd/auhl-advisor")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	require.NoError(t, err)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "github.com/auhl/auhl-go/auhl/catalog")
	assert.NotContains(t, deps, "github.com/auhl/auhl-go/auhl/catalog/units")
	for _, d := range deps {
		assert.False(t, strings.HasPrefix(d, "github.com/auhl/auhl-go/procedures/combination"), "the widget links %s", d)
	}
}

// FuzzLoad: no input makes Load panic, and what it accepts it reads back.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(small))
	f.Add([]byte(`{"units": [{"code": "A", "prerequisites": [{"unit": "A"}]}]}`))
	f.Add([]byte(`{"programmes": [{"credits": {"": 0}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Load(bytes.NewReader(data))
		if err != nil {
			require.ErrorIs(t, err, auhl.ErrInvalid)
			return
		}
		for _, u := range c.Units {
			got, ok := c.Unit(u.Institution, u.Code)
			require.True(t, ok)
			require.Equal(t, u.Code, got.Code)
		}
	})
}

// BenchmarkLoadDefault reads the embedded file the strict way.
func BenchmarkLoadDefault(b *testing.B) {
	data := DefaultJSON()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
