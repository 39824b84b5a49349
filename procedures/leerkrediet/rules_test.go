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
	var years []string
	for _, r := range set.Years {
		years = append(years, r.AcademicYear.String())
	}
	assert.Equal(t, []string{"2024-2025", "2025-2026", "2026-2027"}, years, "the years the issue asks for, no fallback")
	for id, src := range set.Sources {
		assert.True(t, strings.HasPrefix(src.URL, "https://"), "source %s has no URL", id)
	}
}

// TestUnconfirmedMarks: the notes mark [?] "no change to 140, bonus or
// -140 found for 2024-25..2026-27", and give the higher fee as 11 euro
// "jaarlijks geïndexeerd" without the indexed amount. Exactly those rules
// are unconfirmed, in every year; the others are [V].
func TestUnconfirmedMarks(t *testing.T) {
	for i, r := range Default().Years {
		var unconfirmed []string
		rules.Walk(&r, func(path string, b *rules.Basis) {
			if b.Unconfirmed {
				unconfirmed = append(unconfirmed, path)
			}
			assert.NotEmpty(t, b.Note, "%s: %s has no note", r.AcademicYear, path)
			assert.True(t, strings.HasPrefix(b.Path(), auhl.Index("/years", i)+"/"), b.Path())
		})
		assert.Equal(t, []string{"/start", "/bonus", "/masterDiploma", "/higherFee"}, unconfirmed, r.AcademicYear)
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
	_, err := Default().For(testkit.Year("2027-2028"))
	require.ErrorIs(t, err, auhl.ErrInvalid)
	var ve *auhl.ValidationError
	require.True(t, errors.As(err, &ve))
	assert.Equal(t, rules.CodePeriodUnknown, ve.Problems[0].Code)
	assert.Equal(t, "2024-2025, 2025-2026, 2026-2027", ve.Problems[0].Params["known"].String())
	_, err = Default().For(auhl.AcademicYear{})
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
		{"a year twice", edit(func(m map[string]any) { firstYear(m)["academicYear"] = "2025-2026" }), "/years/1/academicYear", rules.CodePeriodDuplicate},
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
