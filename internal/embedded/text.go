package embedded

// FromText returns the T that text decodes to with T's UnmarshalText, for
// the generated Go values of embedded files (see internal/gen), which
// build a value with unexported fields, such as an auhl.AcademicYear, from
// its text. Text that T rejects panics: the generated files come from
// files the package's tests decode, so that is a mistake of the module.
func FromText[T any, PT interface {
	*T
	UnmarshalText([]byte) error
}](text string) T {
	var v T
	if err := PT(&v).UnmarshalText([]byte(text)); err != nil {
		panic("embedded: a generated value does not decode: " + err.Error())
	}
	return v
}
