package auhl_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
)

func TestParseDate(t *testing.T) {
	for _, tt := range []struct {
		in string
		ok bool
	}{
		{"2025-09-15", true}, {"2024-02-29", true}, {"2000-02-29", true}, {"0001-01-01", true}, {"9999-12-31", true},
		{"2025-02-29", false}, {"1900-02-29", false}, {"2025-04-31", false}, {"2025-13-01", false}, {"2025-00-10", false},
		{"2025-01-00", false}, {"0000-01-01", false}, {"2025-9-15", false}, {"15/09/2025", false}, {"", false},
		{"2025-09-15T00:00:00Z", false}, {"+025-09-15", false}, {"2025-09-1x", false},
	} {
		t.Run(tt.in, func(t *testing.T) {
			d, err := auhl.ParseDate(tt.in)
			if !tt.ok {
				require.Error(t, err)
				assert.True(t, errors.Is(err, auhl.ErrInvalid))
				var ve *auhl.ValidationError
				require.ErrorAs(t, err, &ve)
				assert.Equal(t, auhl.CodeDateFormat, ve.Problems[0].Code)
				assert.True(t, d.IsZero())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.in, d.String())
		})
	}
}

func TestDateArithmetic(t *testing.T) {
	start := time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC)
	prev := auhl.Date{}
	for i := 0; i < 800*366; i += 7 {
		want := start.AddDate(0, 0, i)
		d := auhl.MustParseDate(want.Format(time.DateOnly))
		assert.Equal(t, want.Year(), d.Year())
		assert.Equal(t, int(want.Month()), d.Month())
		assert.Equal(t, want.Day(), d.Day())
		for _, n := range []int{-400, -1, 1, 59, 366} {
			require.Equal(t, want.AddDate(0, 0, n).Format(time.DateOnly), d.AddDays(n).String(), "%s %+d", d, n)
		}
		assert.Equal(t, 7, prev.DaysUntil(d)+boolInt(prev.IsZero())*(7-prev.DaysUntil(d)))
		assert.True(t, prev.Before(d))
		assert.True(t, d.After(prev))
		assert.Equal(t, 1, d.Compare(prev))
		prev = d
	}
	assert.True(t, auhl.MustParseDate("9999-12-31").AddDays(1).IsZero())
	assert.True(t, auhl.Date{}.AddDays(1).IsZero())
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestDateAcademicYear(t *testing.T) {
	for in, want := range map[string]string{
		"2025-09-01": "2025-2026", "2026-08-31": "2025-2026", "2025-08-31": "2024-2025", "0999-09-01": "",
	} {
		assert.Equal(t, want, auhl.MustParseDate(in).AcademicYear().String(), in)
	}
	assert.True(t, auhl.Date{}.AcademicYear().IsZero())
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		On    auhl.Date     `json:"on"`
		Until auhl.Date     `json:"until,omitzero"`
		Every auhl.MonthDay `json:"every"`
	}
	var d doc
	require.NoError(t, auhl.DecodeJSON([]byte(`{"on":"2025-09-15","every":"12-01"}`), &d))
	assert.Equal(t, auhl.MustParseDate("2025-09-15"), d.On)
	out, err := json.Marshal(d)
	require.NoError(t, err)
	assert.JSONEq(t, `{"on":"2025-09-15","every":"12-01"}`, string(out))

	err = auhl.DecodeJSON([]byte(`{"on":"2025-02-30","every":"02-29"}`), &d)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	require.Len(t, ve.Problems, 2)
	assert.Equal(t, auhl.Problem{Path: "/on", Code: auhl.CodeDateFormat, Params: auhl.Params{"value": auhl.Str("2025-02-30")}}, ve.Problems[0])
	assert.Equal(t, auhl.Problem{Path: "/every", Code: auhl.CodeMonthDayFormat, Params: auhl.Params{"value": auhl.Str("02-29")}}, ve.Problems[1])

	var e doc
	require.NoError(t, auhl.DecodeJSON([]byte(`{"on":"","every":""}`), &e))
	assert.True(t, e.On.IsZero())
	assert.True(t, e.Every.IsZero())
}

func TestMonthDay(t *testing.T) {
	y, err := auhl.ParseAcademicYear("2026-2027")
	require.NoError(t, err)
	for in, want := range map[string]string{"12-01": "2026-12-01", "03-15": "2027-03-15", "09-01": "2026-09-01", "08-31": "2027-08-31"} {
		m, err := auhl.ParseMonthDay(in)
		require.NoError(t, err)
		assert.Equal(t, in, m.String())
		assert.Equal(t, want, m.In(y).String())
	}
	for _, in := range []string{"02-29", "13-01", "04-31", "1-01", "12/01", ""} {
		_, err := auhl.ParseMonthDay(in)
		assert.Error(t, err, in)
	}
	a, b := auhl.MonthDay{}, auhl.MonthDay{}
	require.NoError(t, a.UnmarshalText([]byte("05-15")))
	require.NoError(t, b.UnmarshalText([]byte("08-25")))
	assert.Equal(t, -1, a.Compare(b))
	assert.True(t, auhl.MonthDay{}.In(y).IsZero())
}

// FuzzParseDate holds ParseDate to the time package's reading of the same
// layout.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-09-15", "2024-02-29", "2025-02-29", "0000-01-01", "2025-9-15", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := auhl.ParseDate(s)
		tm, terr := time.Parse(time.DateOnly, s)
		ok := terr == nil && len(s) == 10 && tm.Year() >= 1
		if !ok {
			require.Error(t, err, s)
			return
		}
		require.NoError(t, err, s)
		assert.Equal(t, s, d.String())
		assert.Equal(t, tm.AddDate(0, 0, 40).Format(time.DateOnly), d.AddDays(40).String())
	})
}
