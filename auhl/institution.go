package auhl

import "slices"

// Institution identifies a member of the association, or the association
// itself. Its JSON encoding is the lower-case identifier ("uhasselt", "pxl",
// "auhl").
type Institution string

// The institutions of the association.
const (
	// UHasselt is Universiteit Hasselt, the university.
	UHasselt Institution = "uhasselt"
	// PXL is Hogeschool PXL, the university of applied sciences and arts.
	PXL Institution = "pxl"
	// AUHL is the association of UHasselt and Hogeschool PXL itself, which
	// runs some procedures (afwijkende toelating, EVC, the language test) for
	// both.
	AUHL Institution = "auhl"
)

var institutions = []Institution{UHasselt, PXL, AUHL}

// Enum lists every valid Institution, in a fixed order.
func (Institution) Enum() []string { return Strings(institutions) }

// Valid reports whether i is one of the known institutions.
func (i Institution) Valid() bool { return slices.Contains(institutions, i) }

// Name returns the institution's official name in both languages.
func (i Institution) Name() Text {
	switch i {
	case UHasselt:
		return Text{NL: "Universiteit Hasselt", EN: "Hasselt University"}
	case PXL:
		return Text{NL: "Hogeschool PXL", EN: "PXL University of Applied Sciences and Arts"}
	case AUHL:
		return Text{NL: "Associatie Universiteit-Hogescholen Limburg", EN: "Association University-University Colleges Limburg"}
	}
	return Text{}
}

// UnmarshalText accepts only a known institution.
func (i *Institution) UnmarshalText(b []byte) error {
	v := Institution(b)
	if !v.Valid() {
		return invalidEnum("institution", string(b), v.Enum())
	}
	*i = v
	return nil
}

// Campus is a site where an institution teaches. Its JSON encoding is an
// object with the fields below; ID is the key programmes refer to.
type Campus struct {
	// ID is the stable identifier of the campus, such as "uhasselt-diepenbeek".
	ID string `json:"id"`
	// Institution is the institution the campus belongs to.
	Institution Institution `json:"institution"`
	// Name is the campus's name in Dutch and English.
	Name Text `json:"name"`
	// City is the municipality the campus lies in.
	City string `json:"city"`
	// Address is the street address, empty where no source confirms it.
	Address string `json:"address,omitempty"`
}

// Strings converts values of a string type, such as the constants of an
// enumeration, to plain strings: what an Enum method returns.
func Strings[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}
