package rules_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// testRules are one year's rules with every shape a rule takes: a Basis
// field, an embedded Basis, a list of rules, a pointer to a rule.
type testRules struct {
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	Plain        rules.Basis       `json:"plain"`
	Count        countRule         `json:"countRule"`
	Entries      []entryRule       `json:"entries"`
	Maybe        *countRule        `json:"maybe,omitempty"`
}

type countRule struct {
	Count int `json:"count"`
	rules.Basis
}

type entryRule struct {
	Kind string `json:"kind"`
	rules.Basis
}

type testFile struct {
	rules.File[auhl.AcademicYear, testRules]
}

var testFormat = rules.Format[*testFile]{
	Name: "test.json", LabelPrefix: "test.rule",
	Check: func(c *rules.Checker, f *testFile) { f.Each(c, (*testRules).check) },
}

func (r *testRules) check(c *rules.Checker) {
	c.Range("/countRule/count", r.Count.Count, 1, 10)
	kinds := make(rules.Entries)
	for i, e := range r.Entries {
		kinds.Once(c, auhl.Index("/entries", i)+"/kind", e.Kind)
	}
	kinds.All(c, "/entries", "a", "b")
}

const good = `{
  "version": "1",
  "sources": {"s": {"title": "Source S"}, "t": {"title": "Source T", "url": "https://example.org"}},
  "years": [
    {"academicYear": "2026-2027", "plain": {"source": "s"}, "countRule": {"count": 3, "source": "t", "unconfirmed": true, "note": "n"},
     "entries": [{"kind": "a", "source": "s"}, {"kind": "b", "source": "t", "unconfirmed": true}]},
    {"academicYear": "2025-2026", "plain": {"source": "s", "unconfirmed": true}, "countRule": {"count": 3, "source": "t"},
     "entries": [{"kind": "b", "source": "s"}, {"kind": "a", "source": "t"}], "maybe": {"count": 1, "source": "s", "unconfirmed": true}}
  ]
}`

func year(t testing.TB, s string) auhl.AcademicYear {
	t.Helper()
	y, err := auhl.ParseAcademicYear(s)
	require.NoError(t, err)
	return y
}

func TestParseAndFor(t *testing.T) {
	for _, embedded := range []bool{false, true} {
		f, err := testFormat.Parse([]byte(good), new(testFile))
		if embedded {
			f, err = testFormat.Embedded([]byte(good), new(testFile))(), nil
		}
		require.NoError(t, err)
		assert.Equal(t, []auhl.AcademicYear{year(t, "2026-2027"), year(t, "2025-2026")}, f.Periods(), "in the order of the file")
		r, err := f.For(year(t, "2025-2026"))
		require.NoError(t, err)
		assert.Equal(t, "/years/1/countRule", r.Count.Path())
		assert.Equal(t, "test.rule.count-rule", r.Count.Label())
		assert.Equal(t, auhl.Source{Title: "Source T", URL: "https://example.org"}, r.Count.Cited())
		assert.Equal(t, "/years/1/entries/1", r.Entries[1].Path())
		assert.Equal(t, "test.rule.entries", r.Entries[1].Label())
		assert.Equal(t, "/years/1/maybe", r.Maybe.Path())
	}
}

func TestForUnknownPeriod(t *testing.T) {
	f, err := testFormat.Parse([]byte(good), new(testFile))
	require.NoError(t, err)
	for _, y := range []auhl.AcademicYear{year(t, "2024-2025"), {}} {
		r, err := f.For(y)
		assert.Nil(t, r)
		require.ErrorIs(t, err, auhl.ErrInvalid)
		var ve *auhl.ValidationError
		require.True(t, errors.As(err, &ve))
		assert.Equal(t, []auhl.Problem{{Code: rules.CodePeriodUnknown, Params: auhl.Params{
			"period": auhl.Str(y.String()), "known": auhl.Str("2025-2026, 2026-2027"),
		}}}, ve.Problems)
	}
}

func TestUnconfirmedByPointer(t *testing.T) {
	f, err := testFormat.Parse([]byte(good), new(testFile))
	require.NoError(t, err)
	var got []string
	for _, b := range f.Unconfirmed() {
		got = append(got, b.Path()+" "+b.Label())
	}
	assert.Equal(t, []string{
		"/years/0/countRule test.rule.count-rule",
		"/years/0/entries/1 test.rule.entries",
		"/years/1/plain test.rule.plain",
		"/years/1/maybe test.rule.maybe",
	}, got)
}

func TestLabels(t *testing.T) {
	var got []string
	for _, c := range testFormat.Labels() {
		assert.Empty(t, c.Params)
		got = append(got, c.Code)
	}
	assert.Equal(t, []string{"test.rule.plain", "test.rule.count-rule", "test.rule.entries", "test.rule.maybe"}, got)
	assert.Equal(t, "test.rule.entries", testFormat.Label("/years/3/entries/0"))
	assert.Equal(t, "test.rule.count-rule", testFormat.Label("/countRule"))
}

func TestWarnings(t *testing.T) {
	f, err := testFormat.Parse([]byte(good), new(testFile))
	require.NoError(t, err)
	r, err := f.For(year(t, "2026-2027"))
	require.NoError(t, err)
	var w rules.Warnings
	assert.False(t, w.First(r.Plain), "a confirmed rule gives no warning")
	require.True(t, w.First(r.Count.Basis))
	params := auhl.Params{"year": auhl.Str("2026-2027")}
	assert.Equal(t, auhl.Finding{Code: "x.unconfirmed", Severity: auhl.Warning, Source: r.Count.Cited(), Params: auhl.Params{
		"rule": auhl.Str("test.rule.count-rule"), "path": auhl.Str("/years/0/countRule"), "year": auhl.Str("2026-2027"),
	}}, rules.Warning("x.unconfirmed", r.Count.Basis, params))
	assert.Len(t, params, 1, "Warning leaves params as they are")
	assert.False(t, w.First(r.Count.Basis), "one warning per rule")
	assert.True(t, w.First(r.Entries[1].Basis), "another rule has its own warning, whatever its label shares")
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name string
		data string
		want map[string]string
	}{
		{"not JSON", `{`, map[string]string{"": auhl.CodeJSONSyntax}},
		{"unknown field", `{"version": "1", "sources": {"s": {"title": "S"}}, "years": [{"academicYear": "2025-2026", "x": 1,
			"countRule": {"count": 1, "source": "s"}, "plain": {"source": "s"}, "entries": [{"kind": "a", "source": "s"}, {"kind": "b", "source": "s"}]}]}`,
			map[string]string{"/years/0/x": auhl.CodeJSONUnknownField}},
		{"header", `{"version": " ", "sources": {"s": {"title": ""}}, "years": []}`, map[string]string{
			"/version": auhl.CodeRequired, "/sources/s/title": auhl.CodeRequired, "/years": auhl.CodeRequired,
		}},
		{"periods", `{"version": "1", "sources": {"s": {"title": "S"}}, "years": [
			{"academicYear": "2025-2026", "countRule": {"count": 1, "source": "s"}, "plain": {"source": "s"}, "entries": [{"kind": "a", "source": "s"}, {"kind": "b", "source": "s"}]},
			{"academicYear": "2025-2026", "countRule": {"count": 1, "source": "s"}, "plain": {"source": "s"}, "entries": [{"kind": "a", "source": "s"}, {"kind": "b", "source": "s"}]},
			{"countRule": {"count": 1, "source": "s"}, "plain": {"source": "s"}, "entries": [{"kind": "a", "source": "s"}, {"kind": "b", "source": "s"}]}]}`,
			map[string]string{"/years/1/academicYear": rules.CodePeriodDuplicate, "/years/2/academicYear": auhl.CodeRequired}},
		{"rules", `{"version": "1", "sources": {"s": {"title": "S"}}, "years": [
			{"academicYear": "2025-2026", "countRule": {"count": 11, "source": "s"}, "plain": {"source": "nowhere"},
			 "entries": [{"kind": "a", "source": "s"}, {"kind": "a", "source": "s"}], "maybe": {"count": 1}}]}`,
			map[string]string{
				"/years/0/countRule/count": auhl.CodeNumberRange,
				"/years/0/plain/source":    rules.CodeSourceUnknown,
				"/years/0/entries/1/kind":  rules.CodeEntryDuplicate,
				"/years/0/entries":         rules.CodeEntryMissing,
				"/years/0/maybe/source":    rules.CodeSourceUnknown,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := testFormat.Parse([]byte(tt.data), new(testFile))
			assert.Nil(t, f)
			require.ErrorIs(t, err, auhl.ErrInvalid)
			var ve *auhl.ValidationError
			require.True(t, errors.As(err, &ve))
			got := map[string]string{}
			for _, p := range ve.Problems {
				got[p.Path] = p.Code
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestEmbeddedPanicsOnABadFile(t *testing.T) {
	load := testFormat.Embedded([]byte(`{"version": "1", "sources": {}, "years": [{"academicYear": "2025-2026", "plain": {"source": "x"}}]}`), new(testFile))
	defer func() {
		msg, _ := recover().(string)
		assert.True(t, strings.HasPrefix(msg, "rules: the embedded test.json is invalid: "), msg)
		assert.Contains(t, msg, "/years/0/plain/source")
	}()
	load()
}

// header is a rules file without periods, such as the advisor's
// parameters.
type header struct {
	rules.Header
	Weight int `json:"weight"`
}

func TestHeaderOnly(t *testing.T) {
	f := rules.Format[*header]{Check: func(c *rules.Checker, h *header) { c.Range("/weight", h.Weight, 0, 100) }}
	h, err := f.Parse([]byte(`{"version": "1", "sources": {"s": {"title": "S"}}, "weight": 50}`), new(header))
	require.NoError(t, err)
	assert.Equal(t, 50, h.Weight)
	_, err = f.Parse([]byte(`{"version": "1", "sources": {}, "weight": 500}`), new(header))
	var ve *auhl.ValidationError
	require.True(t, errors.As(err, &ve))
	assert.Equal(t, "/weight", ve.Problems[0].Path)
}

func TestCheckerHelpers(t *testing.T) {
	f := rules.Format[*header]{Check: func(c *rules.Checker, h *header) {
		c = c.At("/part")
		c.Require("/a", false)
		c.Text("/b", " ")
		c.RangeNum("/c", 2.5, 0, 2)
		c.Enum("/d", "x", "y", "z")
		c.Cites("/e", "nowhere")
		c.Add("/f", "own.code", nil)
	}}
	_, err := f.Parse([]byte(`{"version": "1", "sources": {}}`), new(header))
	var ve *auhl.ValidationError
	require.True(t, errors.As(err, &ve))
	var got []string
	for _, p := range ve.Problems {
		got = append(got, p.Path+" "+p.Code)
	}
	assert.Equal(t, []string{
		"/part/a value.required", "/part/b value.required", "/part/c value.range",
		"/part/d value.enum", "/part/e rules.source-unknown", "/part/f own.code",
	}, got)
}

// FuzzParse feeds the decoder bytes: it never panics, a rejected file is
// ErrInvalid and returns no file, and an accepted one answers For for each
// of its periods and says where each unconfirmed rule is.
func FuzzParse(f *testing.F) {
	f.Add([]byte(good))
	f.Add([]byte(`{"version": "1", "sources": {}, "years": [{"academicYear": "2025-2026"}]}`))
	f.Add([]byte(`{"version": "1", "sources": {"s": {"title": "S"}}, "years": [{"academicYear": "2025-2026", "maybe": null, "entries": null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := testFormat.Parse(data, new(testFile))
		if err != nil {
			if !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("an error that is not ErrInvalid: %v", err)
			}
			if file != nil {
				t.Fatal("a rejected file is returned")
			}
			return
		}
		for _, p := range file.Periods() {
			if _, err := file.For(p); err != nil {
				t.Fatalf("period %s of the file: %v", p, err)
			}
		}
		for _, b := range file.Unconfirmed() {
			if b.Path() == "" || b.Label() == "" || b.Cited().Title == "" {
				t.Fatalf("an unconfirmed rule without path, label or source: %+v", b)
			}
		}
	})
}
