package mobility

import (
	"strconv"

	"github.com/auhl/auhl-go/auhl"
)

// CallYear is the year of an Erasmus+ call, such as 2024: the grant rates
// and the eligibility rules that fund a mobility are those of the call its
// project was granted under, which the Commission and the national
// agencies configure per call year (and not per academic year: a
// project of one call funds mobilities in more than one academic year).
// Its JSON encoding is the year as a number; the zero value is no call.
type CallYear int

// String writes the year, "2024"; "" for no call.
func (y CallYear) String() string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(int(y))
}

// IsZero reports whether y is no call.
func (y CallYear) IsZero() bool { return y == 0 }

// Compare returns -1, 0 or +1 as y is before, equal to or after o.
func (y CallYear) Compare(o CallYear) int {
	switch {
	case y < o:
		return -1
	case y > o:
		return 1
	}
	return 0
}

// Valid reports whether y has four digits.
func (y CallYear) Valid() bool { return y >= 1000 && y <= 9999 }

// Duration is the length of a mobility period counted the way the
// Erasmus+ grant rules count it: whole months, each from a day of the
// month to the day before the same day of the next month, and the days
// left over (0 to 30). When the next month has no such day (a start on
// 31 January), its last day stands for it. Its JSON encoding is
// {"months": 2, "days": 3, "totalDays": 64}.
type Duration struct {
	// Months are the whole months.
	Months int `json:"months"`
	// Days are the days left over after the whole months.
	Days int `json:"days"`
	// TotalDays are the calendar days, first and last included.
	TotalDays int `json:"totalDays"`
}

// Between returns the duration from start to end, both days included.
// It is zero when either date is missing or end comes before start.
func Between(start, end auhl.Date) Duration {
	if start.IsZero() || end.IsZero() || end.Before(start) {
		return Duration{}
	}
	after := end.AddDays(1)
	months := 0
	for {
		next := monthsAfter(start, months+1)
		if next.IsZero() || next.After(after) {
			break
		}
		months++
	}
	return Duration{Months: months, Days: monthsAfter(start, months).DaysUntil(after), TotalDays: start.DaysUntil(after)}
}

// monthsAfter returns the same day of the month n months after d, or the
// last day of that month when it is shorter; no date beyond year 9999.
func monthsAfter(d auhl.Date, n int) auhl.Date {
	m := d.Month() - 1 + n
	y := d.Year() + m/12
	m = m%12 + 1
	day := min(d.Day(), daysIn(y, m))
	out, err := auhl.NewDate(y, m, day)
	if err != nil {
		return auhl.Date{}
	}
	return out
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	first, err := auhl.NewDate(y, m, 1)
	if err != nil {
		return 0
	}
	next := monthsFirst(y, m+1)
	if next.IsZero() {
		return 31 // December 9999
	}
	return first.DaysUntil(next)
}

// monthsFirst returns the first day of month m of year y, m possibly 13.
func monthsFirst(y, m int) auhl.Date {
	if m > 12 {
		y, m = y+1, 1
	}
	d, err := auhl.NewDate(y, m, 1)
	if err != nil {
		return auhl.Date{}
	}
	return d
}

// Units returns the duration in thirtieths of a month: Months×30 + Days,
// the unit in which partial months are paid and durations added up.
func (d Duration) Units() int { return d.Months*30 + d.Days }

// FromUnits returns the duration of u thirtieths of a month, with
// totalDays as its calendar days.
func FromUnits(u, totalDays int) Duration {
	if u < 0 {
		u = 0
	}
	return Duration{Months: u / 30, Days: u % 30, TotalDays: totalDays}
}

// Period is a span of days, both included, such as a mobility or an
// interruption of one. Its JSON encoding is {"start": "2025-09-22",
// "end": "2026-01-31"}.
type Period struct {
	// Start is the first day.
	Start auhl.Date `json:"start"`
	// End is the last day.
	End auhl.Date `json:"end"`
}

// Days returns the number of days of p, both ends included; 0 when a date
// is missing or End comes before Start.
func (p Period) Days() int {
	if p.Start.IsZero() || p.End.IsZero() || p.End.Before(p.Start) {
		return 0
	}
	return p.Start.DaysUntil(p.End) + 1
}

// check records the problems of p at path: both dates given, the end not
// before the start.
func (p Period) check(e *auhl.ValidationError, path string) {
	if p.Start.IsZero() {
		e.Add(path+"/start", auhl.CodeRequired, nil)
	}
	if p.End.IsZero() {
		e.Add(path+"/end", auhl.CodeRequired, nil)
	}
	if !p.Start.IsZero() && !p.End.IsZero() && p.End.Before(p.Start) {
		e.Add(path+"/end", CodeEndBeforeStart, auhl.Params{"start": auhl.Str(p.Start.String()), "end": auhl.Str(p.End.String())})
	}
}
