package ewp

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"time"
)

// Decimal is an exact decimal number, such as a number of credits: an
// int64 coefficient scaled by a power of ten (Value = coefficient ×
// 10^-scale). It never passes through a float. A Decimal is kept in its
// shortest form (no trailing zeros after the point), so two Decimals of
// the same number are equal with ==, and 9, 9.0 and 9.00 are the same
// value. The zero Decimal is 0.
//
// A Decimal holds up to 18 significant digits and up to 18 digits after
// the point, far more than any credit value needs; ParseDecimal refuses a
// number beyond that rather than round it.
type Decimal struct {
	coef  int64
	scale uint8
}

// maxScale is the number of digits after the point a Decimal holds at most.
const maxScale = 18

// maxCoef bounds the coefficient to 18 digits, so that arithmetic on two
// Decimals can align their scales without overflow checks in most cases.
const maxCoef = 999_999_999_999_999_999

// ErrDecimal is the error of ParseDecimal and of arithmetic whose result a
// Decimal cannot hold exactly.
var ErrDecimal = errors.New("not an exact decimal of at most 18 digits")

// NewDecimal returns coef × 10^-scale, such as NewDecimal(25, 1) for 2.5.
// It returns ErrDecimal when the coefficient has more than 18 digits or
// the scale lies outside 0..18.
func NewDecimal(coef int64, scale int) (Decimal, error) {
	if scale < 0 || scale > maxScale || coef > maxCoef || coef < -maxCoef {
		return Decimal{}, ErrDecimal
	}
	return Decimal{coef: coef, scale: uint8(scale)}.norm(), nil
}

// DecimalFromInt returns the whole number n as a Decimal. It returns
// ErrDecimal when n has more than 18 digits.
func DecimalFromInt(n int64) (Decimal, error) { return NewDecimal(n, 0) }

// MustDecimal is ParseDecimal for constants in programs and tests: it
// panics when s is not a decimal a Decimal holds.
func MustDecimal(s string) Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic("ewp.MustDecimal(" + strconv.Quote(s) + "): " + err.Error())
	}
	return d
}

// ParseDecimal reads an xs:decimal: an optional sign, digits, and
// optionally a point followed by digits ("9", "-0.5", "+7.50", ".5"), with
// the surrounding XML white space the schema type collapses. No exponent,
// no NaN. Leading zeros and trailing zeros after the point are dropped.
func ParseDecimal(s string) (Decimal, error) {
	s = trimSpace(s)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	intPart, frac, hasPoint := strings.Cut(s, ".")
	if intPart == "" && frac == "" || hasPoint && strings.Contains(frac, ".") {
		return Decimal{}, ErrDecimal
	}
	frac = strings.TrimRight(frac, "0")
	intPart = strings.TrimLeft(intPart, "0")
	if len(frac) > maxScale || len(intPart)+len(frac) > 18 {
		return Decimal{}, ErrDecimal
	}
	var coef int64
	for _, part := range [2]string{intPart, frac} {
		for i := 0; i < len(part); i++ {
			c := part[i]
			if c < '0' || c > '9' {
				return Decimal{}, ErrDecimal
			}
			coef = coef*10 + int64(c-'0')
		}
	}
	if neg {
		coef = -coef
	}
	return Decimal{coef: coef, scale: uint8(len(frac))}, nil
}

// norm drops trailing zeros after the point.
func (d Decimal) norm() Decimal {
	if d.coef == 0 {
		return Decimal{}
	}
	for d.scale > 0 && d.coef%10 == 0 {
		d.coef /= 10
		d.scale--
	}
	return d
}

// Coefficient returns the unscaled value and the number of digits after
// the point: 2.5 gives (25, 1).
func (d Decimal) Coefficient() (coef int64, scale int) { return d.coef, int(d.scale) }

// IsZero reports whether d is 0.
func (d Decimal) IsZero() bool { return d.coef == 0 }

// Sign returns -1, 0 or +1.
func (d Decimal) Sign() int {
	switch {
	case d.coef < 0:
		return -1
	case d.coef > 0:
		return 1
	}
	return 0
}

// align returns both coefficients at the larger scale of the two, and
// false when one of them does not fit an int64 there.
func align(a, b Decimal) (x, y int64, scale uint8, ok bool) {
	x, y, scale = a.coef, b.coef, a.scale
	for ; scale < b.scale; scale++ {
		if x > math.MaxInt64/10 || x < math.MinInt64/10 {
			return 0, 0, 0, false
		}
		x *= 10
	}
	for s := b.scale; s < scale; s++ {
		if y > math.MaxInt64/10 || y < math.MinInt64/10 {
			return 0, 0, 0, false
		}
		y *= 10
	}
	return x, y, scale, true
}

// Cmp compares d and e: -1 when d < e, 0 when equal, +1 when d > e.
func (d Decimal) Cmp(e Decimal) int {
	x, y, _, ok := align(d, e)
	if !ok {
		// One side overflows when scaled up, so it has the larger
		// magnitude: its sign decides unless the signs differ.
		if d.Sign() != e.Sign() {
			return cmpInt(int64(d.Sign()), int64(e.Sign()))
		}
		// Compare magnitudes through the integer parts.
		di, ei := d.coef/pow10(d.scale), e.coef/pow10(e.scale)
		if di != ei {
			return cmpInt(di, ei)
		}
		return cmpInt(int64(e.scale), int64(d.scale)) * d.Sign()
	}
	return cmpInt(x, y)
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func pow10(n uint8) int64 {
	p := int64(1)
	for range n {
		p *= 10
	}
	return p
}

// Add returns d + e exactly, or ErrDecimal when the sum has more digits
// than a Decimal holds.
func (d Decimal) Add(e Decimal) (Decimal, error) {
	x, y, scale, ok := align(d, e)
	if !ok {
		return Decimal{}, ErrDecimal
	}
	if y > 0 && x > math.MaxInt64-y || y < 0 && x < math.MinInt64-y {
		return Decimal{}, ErrDecimal
	}
	s := x + y
	r := Decimal{coef: s, scale: scale}.norm()
	if r.coef > maxCoef || r.coef < -maxCoef {
		return Decimal{}, ErrDecimal
	}
	return r, nil
}

// String writes d as an xs:decimal in its shortest form: "9", "2.5",
// "-0.75".
func (d Decimal) String() string {
	return string(d.appendTo(nil))
}

func (d Decimal) appendTo(b []byte) []byte {
	if d.scale == 0 {
		return strconv.AppendInt(b, d.coef, 10)
	}
	u := uint64(d.coef)
	if d.coef < 0 {
		b = append(b, '-')
		u = uint64(-d.coef)
	}
	digits := strconv.AppendUint(nil, u, 10)
	if n := int(d.scale) - len(digits) + 1; n > 0 {
		digits = append([]byte(strings.Repeat("0", n)), digits...)
	}
	cut := len(digits) - int(d.scale)
	b = append(b, digits[:cut]...)
	b = append(b, '.')
	return append(b, digits[cut:]...)
}

// MarshalText writes d as String does.
func (d Decimal) MarshalText() ([]byte, error) { return d.appendTo(nil), nil }

// UnmarshalText reads d as ParseDecimal does.
func (d *Decimal) UnmarshalText(b []byte) error {
	v, err := ParseDecimal(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Date is a calendar date without a time of day, as xs:date writes it
// ("2025-09-22"). The zero Date means "not given". A time zone on an
// xs:date that is read is dropped: a birth date or a start date names a
// day, not an instant.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the Date of y-m-d; it does not check that the day
// exists (Validate does).
func NewDate(y int, m time.Month, d int) Date { return Date{Year: y, Month: m, Day: d} }

// IsZero reports whether the date is not given.
func (d Date) IsZero() bool { return d == Date{} }

// Valid reports whether the date exists in the proleptic Gregorian
// calendar and its year has four digits, as the schemas' xs:date needs.
func (d Date) Valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.Day
}

// String writes the date as "2006-01-02".
func (d Date) String() string { return string(d.appendTo(nil)) }

func (d Date) appendTo(b []byte) []byte {
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// ParseDate reads an xs:date ("2025-09-22", optionally followed by a time
// zone, which is dropped). It checks that the day exists.
func ParseDate(s string) (Date, error) {
	s = trimSpace(s)
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, errDate
	}
	if !validZone(s[10:]) {
		return Date{}, errDate
	}
	y, ok1 := atoiDigits(s[0:4])
	m, ok2 := atoiDigits(s[5:7])
	d, ok3 := atoiDigits(s[8:10])
	v := Date{Year: y, Month: time.Month(m), Day: d}
	if !ok1 || !ok2 || !ok3 || !v.Valid() {
		return Date{}, errDate
	}
	return v, nil
}

var errDate = errors.New("not an xs:date")

// validZone reports whether z is empty or an XML Schema time zone: "Z" or
// "+hh:mm"/"-hh:mm" with hh ≤ 14.
func validZone(z string) bool {
	switch {
	case z == "" || z == "Z":
		return true
	case len(z) == 6 && (z[0] == '+' || z[0] == '-') && z[3] == ':':
		h, ok1 := atoiDigits(z[1:3])
		m, ok2 := atoiDigits(z[4:6])
		return ok1 && ok2 && m < 60 && (h < 14 || h == 14 && m == 0)
	}
	return false
}

func atoiDigits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// PlannedDate is a planned start or end of a mobility: a date, or only a
// year and month when the day is not known yet (Day 0). An LA writes the
// first as start-date/end-date (xs:date) and the second as
// start-year-month/end-year-month (xs:gYearMonth). The zero PlannedDate
// means "not given".
type PlannedDate struct {
	Year  int
	Month time.Month
	// Day is the day of the month, or 0 when only the month is planned.
	Day int
}

// IsZero reports whether the planned date is not given.
func (p PlannedDate) IsZero() bool { return p == PlannedDate{} }

// HasDay reports whether the day is planned too.
func (p PlannedDate) HasDay() bool { return p.Day != 0 }

// Valid reports whether the planned date exists (a Day of 0 stands for
// the month as a whole).
func (p PlannedDate) Valid() bool {
	if p.Day == 0 {
		return p.Year >= 1 && p.Year <= 9999 && p.Month >= 1 && p.Month <= 12
	}
	return Date(p).Valid()
}

// String writes "2025-09-22", or "2025-09" without a day.
func (p PlannedDate) String() string { return string(p.appendTo(nil)) }

func (p PlannedDate) appendTo(b []byte) []byte {
	if p.Day != 0 {
		return Date(p).appendTo(b)
	}
	b = appendPadded(b, p.Year, 4)
	b = append(b, '-')
	return appendPadded(b, int(p.Month), 2)
}

// parseYearMonth reads an xs:gYearMonth ("2025-09", optionally with a time
// zone, which is dropped).
func parseYearMonth(s string) (PlannedDate, error) {
	s = trimSpace(s)
	if len(s) < 7 || s[4] != '-' || !validZone(s[7:]) {
		return PlannedDate{}, errDate
	}
	y, ok1 := atoiDigits(s[0:4])
	m, ok2 := atoiDigits(s[5:7])
	p := PlannedDate{Year: y, Month: time.Month(m)}
	if !ok1 || !ok2 || !p.Valid() {
		return PlannedDate{}, errDate
	}
	return p, nil
}

// parseDateTime reads an xs:dateTime. A time without a zone is taken as
// UTC; an offset of zero gives UTC, any other a fixed zone, so that the
// result never depends on the machine's local zone.
func parseDateTime(s string) (time.Time, error) {
	s = trimSpace(s)
	layout := "2006-01-02T15:04:05.999999999Z07:00"
	if len(s) >= 19 && !strings.ContainsAny(s[19:], "Z+-") {
		layout = "2006-01-02T15:04:05.999999999"
	}
	t, err := time.ParseInLocation(layout, s, time.UTC)
	if err != nil {
		return time.Time{}, errors.New("not an xs:dateTime")
	}
	return t, nil
}

// appendDateTime writes t as an xs:dateTime with its zone offset ("Z" for
// UTC) and only the fractional seconds it has.
func appendDateTime(b []byte, t time.Time) []byte {
	return t.AppendFormat(b, time.RFC3339Nano)
}

// Gender is an ISO/IEC 5218 code, as the EWP common type Gender lists
// them.
type Gender int

// The genders of ISO/IEC 5218.
const (
	// GenderNotKnown is code 0.
	GenderNotKnown Gender = 0
	// GenderMale is code 1.
	GenderMale Gender = 1
	// GenderFemale is code 2.
	GenderFemale Gender = 2
	// GenderNotApplicable is code 9.
	GenderNotApplicable Gender = 9
)

// Valid reports whether g is one of the four codes.
func (g Gender) Valid() bool {
	return g == GenderNotKnown || g == GenderMale || g == GenderFemale || g == GenderNotApplicable
}

// GenderOf returns a pointer to g, for the optional Gender fields.
func GenderOf(g Gender) *Gender { return &g }

// trimSpace removes the XML white space (space, tab, CR, LF) around s, as
// the schema types with a collapsed white space facet do.
func trimSpace(s string) string {
	return strings.Trim(s, " \t\r\n")
}
