package jsonlite

import (
	"unsafe"

	"github.com/auhl/auhl-go/auhl"
)

// StringTo reads a string into *p and reports whether it fitted.
func (d *Decoder) StringTo(p *string) bool {
	s, ok := d.String()
	if ok {
		*p = s
	}
	return ok
}

// IntTo reads a whole number into *p, an int.
func (d *Decoder) IntTo(p *int) bool {
	n, ok := d.Int(64)
	if ok {
		*p = int(n)
	}
	return ok
}

// BoolTo reads true or false into *p.
func (d *Decoder) BoolTo(p *bool) bool {
	b, ok := d.Bool()
	if ok {
		*p = b
	}
	return ok
}

// FloatTo reads a number into *p.
func (d *Decoder) FloatTo(p *float64) bool {
	f, ok := d.Float()
	if ok {
		*p = f
	}
	return ok
}

// TextTo reads an auhl.Text, {"nl": "...", "en": "..."}, into *t.
func (d *Decoder) TextTo(t *auhl.Text) bool {
	return d.Object(func(name string) bool {
		switch name {
		case "nl":
			d.StringTo(&t.NL)
		case "en":
			d.StringTo(&t.EN)
		default:
			return false
		}
		return true
	})
}

// List reads an array into *p, one element with elem each, which reports
// whether the element fitted: one that did not is left out, as
// auhl.DecodeJSON leaves it out. Null leaves *p nil; an empty array gives
// an empty slice.
func List[T any](d *Decoder, p *[]T, elem func(d *Decoder, v *T) bool) bool {
	if d.Null() {
		return true
	}
	var zero T
	if d.peek() == '[' {
		*p = []T{}
	}
	if !d.Array(unsafe.Sizeof(zero), func(int) {
		var v T
		if elem(d, &v) {
			*p = append(*p, v)
		}
	}) {
		// A list past the memory bound is left out whole.
		*p = nil
		return false
	}
	return true
}

// Strings reads an array of strings.
func Strings[T ~string](d *Decoder, p *[]T) bool {
	return List(d, p, func(d *Decoder, v *T) bool {
		var s string
		ok := d.StringTo(&s)
		*v = T(s)
		return ok
	})
}

// Texts reads an array of values with an UnmarshalText method.
func Texts[T any, PT interface {
	*T
	UnmarshalText([]byte) error
}](d *Decoder, p *[]T) bool {
	return List(d, p, func(d *Decoder, v *T) bool { return d.Text(PT(v)) })
}
