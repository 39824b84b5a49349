// Package enum holds what the enumerations of the module share: the
// strict reading of a value and the list of allowed ones. It sits at the
// module's root so that every layer reads its enumerations the same way:
// auhl/catalog/units as well as the procedures.
package enum

import (
	"slices"
	"strings"

	"github.com/auhl/auhl-go/auhl"
)

// Unmarshal sets *dst to the value b when it is one of all, and otherwise
// returns a *auhl.ValidationError with an auhl.CodeEnum problem.
func Unmarshal[T ~string](dst *T, b []byte, all []T) error {
	v := T(b)
	if !slices.Contains(all, v) {
		return &auhl.ValidationError{Problems: []auhl.Problem{{
			Code:   auhl.CodeEnum,
			Params: auhl.Params{"value": auhl.Str(auhl.Clip(string(b))), "allowed": auhl.Str(Join(all))},
		}}}
	}
	*dst = v
	return nil
}

// Join lists the values of all, comma-separated, as the "allowed"
// parameter of an auhl.CodeEnum problem gives them.
func Join[T ~string](all []T) string { return strings.Join(auhl.Strings(all), ", ") }
