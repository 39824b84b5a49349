// Package enum is the procedures' name for the module's enumeration
// helper, github.com/auhl/auhl-go/internal/enum, which holds the one
// implementation: the strict reading of a value and the list of allowed
// ones.
package enum

import "github.com/auhl/auhl-go/internal/enum"

// Unmarshal sets *dst to the value b when it is one of all, and otherwise
// returns a *auhl.ValidationError with an auhl.CodeEnum problem; see
// internal/enum.Unmarshal.
func Unmarshal[T ~string](dst *T, b []byte, all []T) error { return enum.Unmarshal(dst, b, all) }

// Join lists the values of all, comma-separated, as the "allowed"
// parameter of an auhl.CodeEnum problem gives them; see internal/enum.Join.
func Join[T ~string](all []T) string { return enum.Join(all) }
