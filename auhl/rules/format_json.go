//go:build !auhlwidget

package rules

import (
	"sync"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/internal/embedded"
)

// Parse reads data, a rules file from outside the module, into d, a
// pointer to a zero value, the strict way (auhl.DecodeAndCheck: unknown
// fields, values of the wrong type, malformed JSON) and checks it: it
// returns d, or nil and a *auhl.ValidationError listing every problem.
func (f Format[D]) Parse(data []byte, d D) (D, error) {
	if err := auhl.DecodeAndCheck(data, d, func() *auhl.ValidationError { return f.check(d) }); err != nil {
		var none D
		return none, err
	}
	f.index(d)
	return d, nil
}

// Embedded returns a function that reads data, a file embedded in the
// module, into d, a pointer to a zero value, the first time it is called
// (quickly, stopping at the first problem), and returns d
// every time: one value, shared, to treat as read-only. An invalid file is
// a mistake of the module, which its tests catch by reading the same
// bytes with Parse: the function panics on one.
func (f Format[D]) Embedded(data []byte, d D) func() D {
	return sync.OnceValue(func() D {
		if err := embedded.Decode(data, d, func() error { return f.check(d).Err() }); err != nil {
			panic("rules: the embedded " + f.Name + " is invalid: " + err.Error())
		}
		f.index(d)
		return d
	})
}
