package auhl

import (
	"strconv"
)

// AcademicYear is an academic year, such as 2025-2026. Its JSON and text
// encoding is "YYYY-YYYY" with the second year one after the first; the zero
// value is no year and encodes as "". Rules that change from year to year are
// looked up by AcademicYear, and an unknown year is an error.
type AcademicYear struct {
	start int
}

const (
	minYear = 1000
	maxYear = 9998
)

// AcademicYearStarting returns the academic year that starts in the calendar
// year start (2025 gives 2025-2026). It returns a *ValidationError when start
// has not four digits.
func AcademicYearStarting(start int) (AcademicYear, error) {
	if start < minYear || start > maxYear {
		return AcademicYear{}, &ValidationError{Problems: []Problem{{
			Code:   CodeYearRange,
			Params: Params{"value": Int(start)},
		}}}
	}
	return AcademicYear{start: start}, nil
}

// ParseAcademicYear parses "2025-2026". Anything else, such as "2025/2026",
// "2025-2027" or "2025-26", gives a *ValidationError that wraps ErrInvalid.
func ParseAcademicYear(s string) (AcademicYear, error) {
	bad := func() (AcademicYear, error) {
		return AcademicYear{}, &ValidationError{Problems: []Problem{{
			Code:   CodeYearFormat,
			Params: Params{"value": Str(Clip(s))},
		}}}
	}
	if len(s) != 9 || s[4] != '-' {
		return bad()
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && (s[i] < '0' || s[i] > '9') {
			return bad()
		}
	}
	a, _ := strconv.Atoi(s[:4])
	b, _ := strconv.Atoi(s[5:])
	if b != a+1 || a < minYear || a > maxYear {
		return bad()
	}
	return AcademicYear{start: a}, nil
}

// String returns "2025-2026", or "" for the zero value.
func (y AcademicYear) String() string {
	if y.start == 0 {
		return ""
	}
	return strconv.Itoa(y.start) + "-" + strconv.Itoa(y.start+1)
}

// IsZero reports whether y is the zero value, no year.
func (y AcademicYear) IsZero() bool { return y.start == 0 }

// Start returns the calendar year in which the academic year begins.
func (y AcademicYear) Start() int { return y.start }

// End returns the calendar year in which the academic year ends.
func (y AcademicYear) End() int {
	if y.start == 0 {
		return 0
	}
	return y.start + 1
}

// Next returns the following academic year. The zero value and the last
// year the format can write, 9998-9999, stay as they are.
func (y AcademicYear) Next() AcademicYear {
	if y.start == 0 || y.start >= maxYear {
		return y
	}
	return AcademicYear{start: y.start + 1}
}

// Prev returns the preceding academic year; the zero value stays zero.
func (y AcademicYear) Prev() AcademicYear {
	if y.start <= minYear {
		return y
	}
	return AcademicYear{start: y.start - 1}
}

// Compare returns -1, 0 or +1 as y is before, equal to or after o.
func (y AcademicYear) Compare(o AcademicYear) int {
	switch {
	case y.start < o.start:
		return -1
	case y.start > o.start:
		return 1
	}
	return 0
}

// MarshalText encodes the year as "2025-2026".
func (y AcademicYear) MarshalText() ([]byte, error) { return []byte(y.String()), nil }

// UnmarshalText decodes "2025-2026"; an empty text gives the zero value.
func (y *AcademicYear) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*y = AcademicYear{}
		return nil
	}
	v, err := ParseAcademicYear(string(b))
	if err != nil {
		return err
	}
	*y = v
	return nil
}

// Clip shortens a value echoed from input to at most 64 bytes (cut on a
// rune boundary, with an ellipsis), so that a problem never carries a huge
// value.
func Clip(s string) string {
	const n = 64
	if len(s) <= n {
		return s
	}
	// Cut on a rune boundary.
	i := n
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "…"
}
