package ewp

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDecimal(t *testing.T) {
	tests := []struct{ in, out string }{
		{"9", "9"}, {"9.0", "9"}, {"9.00", "9"}, {"+7.50", "7.5"}, {"-0.5", "-0.5"}, {".5", "0.5"}, {"5.", "5"},
		{"007", "7"}, {"-0", "0"}, {"0.000", "0"}, {" 2.5\n", "2.5"}, {"0.000000000000000001", "0.000000000000000001"},
		{"999999999999999999", "999999999999999999"}, {"-99999999.9999999999", "-99999999.9999999999"},
	}
	for _, tt := range tests {
		d, err := ParseDecimal(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.out, d.String(), tt.in)
		again, err := ParseDecimal(d.String())
		require.NoError(t, err)
		assert.Equal(t, d, again, "a Decimal is kept in one form")
	}
	for _, bad := range []string{"", "+", "-", ".", "1e3", "1,5", "1.2.3", "NaN", "INF", "0x10", "1 000",
		"1000000000000000000", "0.0000000000000000001", "--1", "+-1", "٣"} {
		_, err := ParseDecimal(bad)
		assert.ErrorIs(t, err, ErrDecimal, bad)
	}
}

func TestDecimalArithmetic(t *testing.T) {
	a, b := MustDecimal("7.5"), MustDecimal("0.25")
	sum, err := a.Add(b)
	require.NoError(t, err)
	assert.Equal(t, MustDecimal("7.75"), sum)
	assert.Equal(t, 1, a.Cmp(b))
	assert.Equal(t, -1, b.Cmp(a))
	assert.Equal(t, 0, a.Cmp(MustDecimal("7.50")))
	assert.Equal(t, -1, MustDecimal("-1").Cmp(MustDecimal("0.000000000000000001")))
	assert.Equal(t, 1, MustDecimal("999999999999999999").Cmp(MustDecimal("0.000000000000000001")))
	assert.Equal(t, -1, MustDecimal("-999999999999999999").Cmp(MustDecimal("-0.000000000000000001")))
	_, err = MustDecimal("999999999999999999").Add(MustDecimal("1"))
	assert.ErrorIs(t, err, ErrDecimal)
	_, err = MustDecimal("999999999999999999").Add(MustDecimal("0.1"))
	assert.ErrorIs(t, err, ErrDecimal)
	d, err := NewDecimal(250, 2)
	require.NoError(t, err)
	assert.Equal(t, "2.5", d.String())
	c, s := d.Coefficient()
	assert.Equal(t, [2]int64{25, 1}, [2]int64{c, int64(s)})
	_, err = NewDecimal(1, 19)
	assert.ErrorIs(t, err, ErrDecimal)
	n, err := DecimalFromInt(30)
	require.NoError(t, err)
	assert.Equal(t, 1, n.Sign())
	assert.True(t, Decimal{}.IsZero())
	text, err := MustDecimal("-0.05").MarshalText()
	require.NoError(t, err)
	var back Decimal
	require.NoError(t, back.UnmarshalText(text))
	assert.Equal(t, MustDecimal("-0.05"), back)
	assert.Error(t, back.UnmarshalText([]byte("x")))
	assert.Panics(t, func() { MustDecimal("x") })
}

func TestDates(t *testing.T) {
	d, err := ParseDate("2024-02-29+01:00")
	require.NoError(t, err)
	assert.Equal(t, NewDate(2024, time.February, 29), d)
	for _, bad := range []string{"2023-02-29", "2024-13-01", "2024-00-10", "24-02-01", "2024-02-01T00:00", "2024-02-01+15:00", "0000-01-01"} {
		_, err := ParseDate(bad)
		assert.Error(t, err, bad)
	}
	p, err := parseYearMonth("2026-01Z")
	require.NoError(t, err)
	assert.Equal(t, "2026-01", p.String())
	assert.False(t, p.HasDay())
	_, err = parseYearMonth("2026-13")
	assert.Error(t, err)
	assert.Equal(t, "0042-03-04", NewDate(42, 3, 4).String())
	tm, err := parseDateTime("2025-06-02T10:00:00.5+02:00")
	require.NoError(t, err)
	assert.Equal(t, "2025-06-02T10:00:00.5+02:00", string(appendDateTime(nil, tm)))
	_, err = parseDateTime("2025-06-02")
	assert.Error(t, err)
	assert.True(t, GenderNotApplicable.Valid())
	assert.False(t, Gender(3).Valid())
}
