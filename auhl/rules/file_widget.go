//go:build auhlwidget

package rules

import "github.com/auhl/auhl-go/auhl"

// periodField returns 0 and the JSON name of R's period field when *R
// implements periodRules, or -1.
func periodField[P, R any]() (int, string) {
	if r, ok := any(new(R)).(periodRules[P]); ok {
		return 0, r.RulesPeriodKey()
	}
	return -1, ""
}

// period returns the period of Years[i].
func (f *File[P, R]) period(_, i int) P {
	return any(&f.Years[i]).(periodRules[P]).RulesPeriod()
}

// walkBasis walks the Basis values of every period's rules that walk
// themselves (rules.BasisWalker), at their paths in the file.
func (f *File[P, R]) walkBasis(fn func(path string, pattern []string, b *Basis)) {
	for i := range f.Years {
		w, ok := any(&f.Years[i]).(BasisWalker)
		if !ok {
			return
		}
		base := auhl.Index("/"+yearsKey, i)
		w.WalkBasis(func(path string, pattern []string, b *Basis) {
			fn(base+path, append([]string{yearsKey}, pattern...), b)
		})
	}
}

// periodRules is the rules of one period of a File whose accessor
// internal/gen generates: the widget's build finds the period of each
// with it.
type periodRules[P any] interface {
	// RulesPeriod returns the period.
	RulesPeriod() P
	// RulesPeriodKey returns the JSON name of the period's field.
	RulesPeriodKey() string
}
