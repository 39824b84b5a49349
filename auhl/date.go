package auhl

import "strconv"

// The codes of a date written wrongly. They sit apart from Codes, which
// lists the rest of this package's codes; DateCodes lists them.
const (
	// CodeDateFormat: not a calendar day written 2006-01-02. Params: value
	// (string).
	CodeDateFormat = "date.format"
	// CodeMonthDayFormat: not a day of every year written 12-01 (29
	// February is not one). Params: value (string).
	CodeMonthDayFormat = "date.month-day-format"
)

// DateCodes lists the codes Date and MonthDay report, with their
// parameters.
func DateCodes() []CodeSpec {
	return []CodeSpec{
		{Code: CodeDateFormat, Params: []ParamSpec{{"value", KindString}}},
		{Code: CodeMonthDayFormat, Params: []ParamSpec{{"value", KindString}}},
	}
}

// Date is a calendar day, such as 15 September 2025, without a time or a
// time zone: the day a dossier was submitted, a step of a procedure was
// taken, a certificate was issued. It is parsed once, from "2006-01-02",
// and compared and counted without reading the text again. Its JSON and
// text encoding is "2025-09-15"; the zero value is no date and encodes as
// "". Dates compare with Compare, Before and After, or with == for
// equality.
type Date struct {
	// ymd is year*10000 + month*100 + day, so that the order of the
	// numbers is the order of the days; 0 is no date.
	ymd int32
}

// NewDate returns the day d of month m (1 to 12) of year y (1 to 9999).
// Anything else, such as 31 April or 29 February of a year that is not a
// leap year, is a *ValidationError with a CodeDateFormat problem.
func NewDate(y, m, d int) (Date, error) {
	if !validDay(y, m, d) {
		return Date{}, dateProblem(pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2))
	}
	return Date{ymd: int32(y*10000 + m*100 + d)}, nil
}

// ParseDate parses a calendar day written "2006-01-02", such as
// "2025-09-15". Anything else ("2025-9-15", "15/09/2025", "2025-02-30")
// is a *ValidationError, wrapping ErrInvalid, with one CodeDateFormat
// problem.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, dateProblem(s)
	}
	y, ok1 := digits(s[:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:])
	if !ok1 || !ok2 || !ok3 || !validDay(y, m, d) {
		return Date{}, dateProblem(s)
	}
	return Date{ymd: int32(y*10000 + m*100 + d)}, nil
}

// MustParseDate is ParseDate for a date written in a program, as in its
// tests and examples; it panics when s is not a calendar day.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic("auhl: MustParseDate(" + strconv.Quote(s) + "): not a calendar day")
	}
	return d
}

// IsZero reports whether d is the zero value, no date.
func (d Date) IsZero() bool { return d.ymd == 0 }

// Year returns the calendar year of d; 0 for no date.
func (d Date) Year() int { return int(d.ymd / 10000) }

// Month returns the month of d, 1 to 12; 0 for no date.
func (d Date) Month() int { return int(d.ymd / 100 % 100) }

// Day returns the day of the month of d, 1 to 31; 0 for no date.
func (d Date) Day() int { return int(d.ymd % 100) }

// String returns d written "2025-09-15", or "" for no date.
func (d Date) String() string {
	if d.ymd == 0 {
		return ""
	}
	return pad(d.Year(), 4) + "-" + pad(d.Month(), 2) + "-" + pad(d.Day(), 2)
}

// Compare returns -1, 0 or +1 as d is before, the same day as or after o.
// No date comes before every date.
func (d Date) Compare(o Date) int {
	switch {
	case d.ymd < o.ymd:
		return -1
	case d.ymd > o.ymd:
		return 1
	}
	return 0
}

// Before reports whether d is a day before o.
func (d Date) Before(o Date) bool { return d.ymd < o.ymd }

// After reports whether d is a day after o.
func (d Date) After(o Date) bool { return d.ymd > o.ymd }

// AddDays returns the day n days after d (before it for a negative n). No
// date, and a day outside the years 1 to 9999, give no date.
func (d Date) AddDays(n int) Date {
	if d.ymd == 0 {
		return Date{}
	}
	y, m, dd := civil(d.days() + int64(n))
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Date{ymd: int32(y*10000 + m*100 + dd)}
}

// DaysUntil returns the number of days from d to o: negative when o comes
// before d. It is 0 when either is no date.
func (d Date) DaysUntil(o Date) int {
	if d.ymd == 0 || o.ymd == 0 {
		return 0
	}
	return int(o.days() - d.days())
}

// AcademicYear returns the academic year the day falls in, taking an
// academic year to run from 1 September to 31 August, so that every day
// belongs to exactly one (the Codex lets institutions start the teaching
// year later in September; that changes nothing here). It returns the zero
// year for no date and for a day outside the years AcademicYear knows.
func (d Date) AcademicYear() AcademicYear {
	start := d.Year()
	if d.Month() < 9 {
		start--
	}
	y, err := AcademicYearStarting(start)
	if err != nil {
		return AcademicYear{}
	}
	return y
}

// MarshalText writes d as "2025-09-15", or "" for no date.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a day written "2025-09-15", or "" for no date;
// anything else is a *ValidationError with a CodeDateFormat problem, and
// leaves d unchanged.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MonthDay is a day of the year without the year, such as 1 December, as
// rules that come back every year give their dates. Its JSON and text
// encoding is "12-01"; the zero value is no day and encodes as "". Every
// MonthDay is a day of every year: 29 February is not one.
type MonthDay struct {
	// md is month*100 + day; 0 is no day.
	md int16
}

// ParseMonthDay parses a day of the year written "12-01" for 1 December.
// Anything else, 29 February included, is a *ValidationError with one
// CodeMonthDayFormat problem.
func ParseMonthDay(s string) (MonthDay, error) {
	bad := func() (MonthDay, error) {
		return MonthDay{}, &ValidationError{Problems: []Problem{{Code: CodeMonthDayFormat, Params: Params{"value": Str(Clip(s))}}}}
	}
	if len(s) != 5 || s[2] != '-' {
		return bad()
	}
	m, ok1 := digits(s[:2])
	d, ok2 := digits(s[3:])
	// 2001 is not a leap year: a day of it is a day of every year.
	if !ok1 || !ok2 || !validDay(2001, m, d) {
		return bad()
	}
	return MonthDay{md: int16(m*100 + d)}, nil
}

// IsZero reports whether m is the zero value, no day.
func (m MonthDay) IsZero() bool { return m.md == 0 }

// String returns m written "12-01", or "" for no day.
func (m MonthDay) String() string {
	if m.md == 0 {
		return ""
	}
	return pad(int(m.md/100), 2) + "-" + pad(int(m.md%100), 2)
}

// Compare returns -1, 0 or +1 as m comes before, is or comes after o in
// a calendar year (January first).
func (m MonthDay) Compare(o MonthDay) int {
	switch {
	case m.md < o.md:
		return -1
	case m.md > o.md:
		return 1
	}
	return 0
}

// In returns the day in academic year y: "12-01" in 2026-2027 is
// 2026-12-01, "03-15" is 2027-03-15 (a month from September on falls in
// the first calendar year of an academic year, an earlier one in the
// second). It returns no date for no day or no year.
func (m MonthDay) In(y AcademicYear) Date {
	if y.IsZero() {
		return Date{}
	}
	year := y.End()
	if m.md/100 >= 9 {
		year = y.Start()
	}
	return m.InYear(year)
}

// InYear returns the day in calendar year y (1 to 9999); no date for no
// day or a year outside that range.
func (m MonthDay) InYear(y int) Date {
	if m.md == 0 || y < 1 || y > 9999 {
		return Date{}
	}
	return Date{ymd: int32(y*10000 + int(m.md))}
}

// MarshalText writes m as "12-01", or "" for no day.
func (m MonthDay) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText reads a day written "12-01", or "" for no day; anything
// else is a *ValidationError with a CodeMonthDayFormat problem, and leaves
// m unchanged.
func (m *MonthDay) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*m = MonthDay{}
		return nil
	}
	v, err := ParseMonthDay(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// dateProblem is the error of a date written wrongly.
func dateProblem(s string) error {
	return &ValidationError{Problems: []Problem{{Code: CodeDateFormat, Params: Params{"value": Str(Clip(s))}}}}
}

// digits reads a string of ASCII digits only.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, len(s) > 0
}

// pad writes n with at least width digits.
func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// validDay reports whether d is a day of month m of year y, 1 to 9999.
func validDay(y, m, d int) bool {
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= monthDays(y, m)
}

// monthDays returns the number of days of month m of year y.
func monthDays(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// days returns the number of days from 1970-01-01 to d, in the proleptic
// Gregorian calendar (the days-from-civil algorithm of H. Hinnant).
func (d Date) days() int64 {
	y, m, dd := int64(d.Year()), int64(d.Month()), int64(d.Day())
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + dd - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil is the inverse of days: the year, month and day of the day n days
// after 1970-01-01.
func civil(n int64) (y, m, d int) {
	n += 719468
	era := n / 146097
	if n < 0 && n%146097 != 0 {
		era--
	}
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	yy := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	dd := doy - (153*mp+2)/5 + 1
	mm := mp + 3
	if mm > 12 {
		mm -= 12
	}
	if mm <= 2 {
		yy++
	}
	return int(yy), int(mm), int(dd)
}
