package rules

import (
	"sort"
	"strings"

	"github.com/auhl/auhl-go/auhl"
)

// Header is what every rules file starts with: its version, a note and
// the sources its rules cite. A rules file without periods (the advisor's
// parameters) embeds a Header; one with periods embeds a File, which
// holds one.
type Header struct {
	// Version is the release of the data, such as "2025.1".
	Version string `json:"version"`
	// Note says where the data comes from.
	Note string `json:"note,omitempty"`
	// Sources are the sources the rules cite, by id; each has a title.
	Sources map[string]auhl.Source `json:"sources"`
}

func (h *Header) header() *Header { return h }

// check checks the version and that every source has a title.
func (h *Header) check(c *Checker) {
	c.Text("/version", h.Version)
	ids := make([]string, 0, len(h.Sources))
	for id := range h.Sources {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		c.Text(auhl.Pointer("/sources", id, "title"), h.Sources[id].Title)
	}
}

// Period is a kind of period a rules file's rules are in force for: an
// auhl.AcademicYear, a call year of a grant programme, the version of a
// framework. Its zero value is no period.
type Period[P any] interface {
	comparable
	// String writes the period as its file does, such as "2025-2026".
	String() string
	// IsZero reports whether it is no period.
	IsZero() bool
	// Compare returns -1, 0 or +1 as the period is before, equal to or
	// after the other.
	Compare(P) int
}

// yearsKey is the JSON key of a File's periods.
const yearsKey = "years"

// File is a versioned rules file whose rules change from period to
// period: the Header, then in "years" the rules of each period, each R
// holding its period in its first field of type P (such as AcademicYear
// auhl.AcademicYear `json:"academicYear"`). Embed it in the type of a
// rules file and read the file with a Format:
//
//	type AdmissionRuleSet struct {
//		rules.File[auhl.AcademicYear, AdmissionRules]
//	}
//
// For looks the rules of a period up; an unknown period is an error, never
// a fallback. Treat a File read by a Format as read-only.
type File[P Period[P], R any] struct {
	Header
	// Years are the rules of each period, in the order of the file. The
	// key is "years" whatever the period.
	Years []R `json:"years"`

	// field is one more than the index in R of the period's field, set
	// when the file is checked; 0 when not known yet.
	field int
}

// check checks the header and the periods: at least one, each given and
// given once.
func (f *File[P, R]) check(c *Checker) {
	f.Header.check(c)
	if len(f.Years) == 0 {
		c.Add("/"+yearsKey, auhl.CodeRequired, nil)
	}
	idx, key := periodField[P, R]()
	f.field = idx + 1
	seen := make(map[P]bool, len(f.Years))
	for i := range f.Years {
		path := auhl.Pointer(auhl.Index("/"+yearsKey, i), key)
		if idx < 0 {
			c.Add(path, auhl.CodeRequired, nil)
			continue
		}
		p := f.period(idx, i)
		switch {
		case p.IsZero():
			c.Add(path, auhl.CodeRequired, nil)
		case seen[p]:
			c.Add(path, CodePeriodDuplicate, auhl.Params{"period": auhl.Str(p.String())})
		}
		seen[p] = true
	}
}

// fieldIndex returns the index in R of the period's field, or -1.
func (f *File[P, R]) fieldIndex() int {
	if f.field > 0 {
		return f.field - 1
	}
	idx, _ := periodField[P, R]()
	return idx
}

// periods returns the periods of Years, in order; none when R has no
// field of type P.
func (f *File[P, R]) periods() []P {
	idx := f.fieldIndex()
	if idx < 0 {
		return nil
	}
	out := make([]P, len(f.Years))
	for i := range f.Years {
		out[i] = f.period(idx, i)
	}
	return out
}

// Each runs check on the rules of every period, each with a Checker whose
// paths are relative to that period's rules ("/years/2"). check is
// usually a method expression, such as (*Rules).check.
func (f *File[P, R]) Each(c *Checker, check func(r *R, c *Checker)) {
	for i := range f.Years {
		check(&f.Years[i], c.At(auhl.Index("/"+yearsKey, i)))
	}
}

// For returns the rules in force in period p. A period the file does not
// cover (the zero period included) is a *auhl.ValidationError with one
// CodePeriodUnknown problem that names p and the periods the file knows:
// there is no fallback to another period.
func (f *File[P, R]) For(p P) (*R, error) {
	if idx := f.fieldIndex(); idx >= 0 && !p.IsZero() {
		for i := range f.Years {
			if f.period(idx, i) == p {
				return &f.Years[i], nil
			}
		}
	}
	known := f.periods()
	sort.Slice(known, func(i, j int) bool { return known[i].Compare(known[j]) < 0 })
	names := make([]string, len(known))
	for i, k := range known {
		names[i] = k.String()
	}
	return nil, &auhl.ValidationError{Problems: []auhl.Problem{{Code: CodePeriodUnknown, Params: auhl.Params{
		"period": auhl.Str(auhl.Clip(p.String())), "known": auhl.Str(strings.Join(names, ", ")),
	}}}}
}

// Periods returns the periods the file covers, in the order of the file.
func (f *File[P, R]) Periods() []P { return f.periods() }

// Unconfirmed returns every rule of the file marked unconfirmed, in the
// order of the file, each with its Path, Label and Cited source.
func (f *File[P, R]) Unconfirmed() []Basis { return Unconfirmed(f) }

// Unconfirmed returns every Basis in v (a pointer, as Walk takes) that is
// marked unconfirmed, in the order Walk finds them.
func Unconfirmed(v any) []Basis {
	var out []Basis
	Walk(v, func(_ string, b *Basis) {
		if b.Unconfirmed {
			out = append(out, *b)
		}
	})
	return out
}
