//go:build !auhlwidget

package rules

import (
	"reflect"

	"github.com/auhl/auhl-go/internal/jsonfield"
)

// periodField returns the index and JSON name of R's first field of type
// P, or -1.
func periodField[P, R any]() (int, string) {
	t, pt := reflect.TypeFor[R](), reflect.TypeFor[P]()
	idx, key := -1, ""
	if t.Kind() != reflect.Struct {
		return idx, key
	}
	jsonfield.Each(t, func(i int, name string) {
		if idx < 0 && name != "" && t.Field(i).Type == pt {
			idx, key = i, name
		}
	})
	return idx, key
}

// period returns the period of Years[i], whose field has index idx.
func (f *File[P, R]) period(idx, i int) P {
	return *reflect.ValueOf(&f.Years[i]).Elem().Field(idx).Addr().Interface().(*P)
}
