package leerkrediet

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/contract"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
)

// TestEmbeddedRules reads the embedded file the strict way (every misfit
// with its path), which Default skips at start-up.
func TestEmbeddedRules(t *testing.T) {
	set, err := DecodeRules(rulesData)
	require.NoError(t, err)
	assert.Equal(t, set, Default())
	// Every academic year from 2008-2009, when leerkrediet began
	// (procedures-addendum.md §1.1 R1), to 2026-2027, in order, none missing.
	require.Len(t, set.Years, 19)
	y := testkit.Year("2008-2009")
	for _, r := range set.Years {
		assert.Equal(t, y, r.AcademicYear)
		y = y.Next()
	}
	for id, src := range set.Sources {
		assert.True(t, strings.HasPrefix(src.URL, "https://"), "source %s has no URL", id)
	}
}

// TestUnconfirmedMarks: the marks follow the notes. For 2024-2025 to
// 2026-2027 they mark [?] "no change to 140, bonus or -140 found", give the
// higher fee as 11 euro "jaarlijks geïndexeerd" without the indexed
// amount, the jokerkrediet link without its date of coming into force
// (procedures-addendum.md §1.1 R11), and UHasselt's limit from an undated
// form (procedures.md §5.1). The earlier years follow the year table of
// the addendum (§1.3); see TestRulesOfEveryYear.
func TestUnconfirmedMarks(t *testing.T) {
	for i, r := range Default().Years {
		rules.Walk(&r, func(path string, b *rules.Basis) {
			assert.NotEmpty(t, b.Note, "%s: %s has no note", r.AcademicYear, path)
			assert.True(t, strings.HasPrefix(b.Path(), auhl.Index("/years", i)+"/"), b.Path())
			if b.Unconfirmed {
				assert.Contains(t, b.Note, "[?]", "%s: %s is unconfirmed; its note says why", r.AcademicYear, path)
			}
		})
		if r.AcademicYear.Start() < 2024 {
			continue
		}
		assert.Equal(t, []string{"/start", "/bonus", "/masterDiploma", "/jokerkrediet", "/higherFee", "/uhasselt"}, unconfirmedPaths(&r), r.AcademicYear)
		assert.Equal(t, 140, r.Start.Credits)
		assert.Equal(t, 60, r.Bonus.Credits)
		assert.Equal(t, 60, r.BonusLostBelow.Credits)
		assert.Equal(t, 140, r.MasterDiploma.Credits)
		assert.Equal(t, rebuildRule{PerYear: 10, UpTo: 60, Basis: r.Rebuild.Basis}, r.Rebuild)
		assert.Equal(t, "12-01", r.Reorientation.FullBefore.String())
		assert.Equal(t, "03-15", r.Reorientation.HalfUntil.String())
		assert.Equal(t, 11.0, r.HigherFee.Euro)
	}
}

// unconfirmedPaths lists the rules of one year marked unconfirmed, the
// scope's entries as "/scope".
func unconfirmedPaths(r *Rules) []string {
	var out []string
	rules.Walk(r, func(path string, b *rules.Basis) {
		if strings.HasPrefix(path, "/scope/") {
			path = "/scope"
		}
		if b.Unconfirmed && (len(out) == 0 || out[len(out)-1] != path) {
			out = append(out, path)
		}
	})
	return out
}

func TestScope(t *testing.T) {
	r, err := Default().For(testkit.Year("2025-2026"))
	require.NoError(t, err)
	for _, p := range programmeTypes {
		inDiploma := p == InitialBachelor || p == InitialMaster
		assert.Equal(t, inDiploma, r.Uses(DiplomaContract, p), "diploma contract, %s", p)
		assert.True(t, r.Uses(CreditContract, p), "credit contract, %s", p)
		assert.False(t, r.Uses(ExamContract, p), "exam contract, %s", p)
	}
}

func TestForUnknownYear(t *testing.T) {
	for _, y := range []string{"2007-2008", "2027-2028"} {
		_, err := Default().For(testkit.Year(y))
		require.ErrorIs(t, err, auhl.ErrInvalid)
		var ve *auhl.ValidationError
		require.True(t, errors.As(err, &ve))
		assert.Equal(t, rules.CodePeriodUnknown, ve.Problems[0].Code)
		known := ve.Problems[0].Params["known"].String()
		assert.True(t, strings.HasPrefix(known, "2008-2009, 2009-2010, "), known)
		assert.True(t, strings.HasSuffix(known, ", 2025-2026, 2026-2027"), known)
	}
	_, err := Default().For(auhl.AcademicYear{})
	assert.ErrorIs(t, err, auhl.ErrInvalid)
}

func TestParseLeerkredietRulesProblems(t *testing.T) {
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		require.NoError(t, json.Unmarshal(rulesData, &m))
		f(m)
		b, err := json.Marshal(m)
		require.NoError(t, err)
		return b
	}
	firstYear := func(m map[string]any) map[string]any { return m["years"].([]any)[0].(map[string]any) }
	tests := []struct {
		name string
		data []byte
		path string
		code string
	}{
		{"a year twice", edit(func(m map[string]any) { firstYear(m)["academicYear"] = "2025-2026" }), "/years/17/academicYear", rules.CodePeriodDuplicate},
		{"an unknown exception", edit(func(m map[string]any) {
			firstYear(m)["uhasselt"].(map[string]any)["exceptions"] = []any{"graduation-year", "graduation-year", "sunshine"}
		}), "/years/0/uhasselt/exceptions/1", rules.CodeEntryDuplicate},
		{"an exception not known", edit(func(m map[string]any) {
			firstYear(m)["uhasselt"].(map[string]any)["exceptions"] = []any{"graduation-year", "family-allowance", "sunshine"}
		}), "/years/0/uhasselt/exceptions/2", auhl.CodeEnum},
		{"an unknown source", edit(func(m map[string]any) { firstYear(m)["start"].(map[string]any)["source"] = "nowhere" }), "/years/0/start/source", rules.CodeSourceUnknown},
		{"a day that is not one", edit(func(m map[string]any) { firstYear(m)["reorientation"].(map[string]any)["halfUntil"] = "02-30" }), "/years/0/reorientation/halfUntil", auhl.CodeMonthDayFormat},
		{"no start", edit(func(m map[string]any) { firstYear(m)["start"].(map[string]any)["credits"] = 0 }), "/years/0/start/credits", auhl.CodeNumberRange},
		{"a contract missing", edit(func(m map[string]any) {
			y := firstYear(m)
			y["scope"] = y["scope"].([]any)[:2]
		}), "/years/0/scope", rules.CodeEntryMissing},
		{"no version", edit(func(m map[string]any) { delete(m, "version") }), "/version", auhl.CodeRequired},
		{"an unknown field", edit(func(m map[string]any) { firstYear(m)["colour"] = "red" }), "/years/0/colour", auhl.CodeJSONUnknownField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeRules(tt.data)
			var ve *auhl.ValidationError
			require.True(t, errors.As(err, &ve), "%v", err)
			var got []string
			for _, p := range ve.Problems {
				got = append(got, p.Path+" "+p.Code)
			}
			assert.Contains(t, got, tt.path+" "+tt.code)
		})
	}
}

func TestEnumNames(t *testing.T) {
	for _, c := range contract.All {
		assert.True(t, c.Name().Complete(), c)
	}
	for _, p := range programmeTypes {
		assert.True(t, p.Name().Complete(), p)
	}
	for _, l := range diplomaLevels {
		assert.True(t, l.Name().Complete(), l)
	}
}
