package auhl

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseAcademicYear(t *testing.T) {
	tests := []struct {
		in      string
		start   int
		wantErr string // the problem code, "" for success
	}{
		{"2025-2026", 2025, ""},
		{"1999-2000", 1999, ""},
		{"9998-9999", 9998, ""},
		{"2025-2027", 0, CodeYearFormat},
		{"2025-2025", 0, CodeYearFormat},
		{"2025/2026", 0, CodeYearFormat},
		{"2025-26", 0, CodeYearFormat},
		{" 2025-2026", 0, CodeYearFormat},
		{"2025-2026 ", 0, CodeYearFormat},
		{"+025-1026", 0, CodeYearFormat},
		{"0999-1000", 0, CodeYearFormat},
		{"９９９９-2026", 0, CodeYearFormat},
		{"", 0, CodeYearFormat},
		{"abcd-efgh", 0, CodeYearFormat},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			y, err := ParseAcademicYear(tt.in)
			if tt.wantErr == "" {
				require.NoError(t, err)
				assert.Equal(t, tt.start, y.Start())
				assert.Equal(t, tt.in, y.String())
				return
			}
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrInvalid))
			var ve *ValidationError
			require.ErrorAs(t, err, &ve)
			require.Len(t, ve.Problems, 1)
			assert.Equal(t, tt.wantErr, ve.Problems[0].Code)
			assert.True(t, y.IsZero())
		})
	}
}

func TestAcademicYearArithmetic(t *testing.T) {
	y, err := AcademicYearStarting(2025)
	require.NoError(t, err)
	assert.Equal(t, "2026-2027", y.Next().String())
	assert.Equal(t, "2024-2025", y.Prev().String())
	assert.Equal(t, 2026, y.End())
	assert.Equal(t, -1, y.Compare(y.Next()))
	assert.Equal(t, 1, y.Compare(y.Prev()))
	assert.Equal(t, 0, y.Compare(y))
	assert.True(t, AcademicYear{}.Next().IsZero())
	assert.Equal(t, "", AcademicYear{}.String())

	_, err = AcademicYearStarting(25)
	assert.ErrorIs(t, err, ErrInvalid)
}

func TestAcademicYearJSON(t *testing.T) {
	type doc struct {
		Year AcademicYear `json:"year"`
		Opt  AcademicYear `json:"opt,omitzero"`
	}
	y, _ := AcademicYearStarting(2024)
	b, err := json.Marshal(doc{Year: y})
	require.NoError(t, err)
	assert.JSONEq(t, `{"year":"2024-2025"}`, string(b))

	var d doc
	require.NoError(t, json.Unmarshal(b, &d))
	assert.Equal(t, y, d.Year)
	assert.Error(t, json.Unmarshal([]byte(`{"year":"2024-2026"}`), &d))
}

func FuzzParseAcademicYear(f *testing.F) {
	for _, s := range []string{"2025-2026", "2025-26", "", "9998-9999", "0000-0001", "2025-2026x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, err := ParseAcademicYear(s)
		if err != nil {
			assert.ErrorIs(t, err, ErrInvalid)
			assert.True(t, y.IsZero())
			return
		}
		// A parsed year prints back exactly as it was written, and its
		// successor follows it.
		assert.Equal(t, s, y.String())
		if y.Start() < 9998 {
			assert.Equal(t, y.End(), y.Next().Start())
		}
		back, err := ParseAcademicYear(y.String())
		require.NoError(t, err)
		assert.Equal(t, y, back)
	})
}
