package admission

import (
	"slices"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/enum"
)

// Access is what a foreign diploma gives at one level of programme. Its
// JSON encoding is the identifier of each constant.
type Access string

// The kinds of access.
const (
	// AccessUndecided (the empty string): no general rule, or none a
	// source confirms: the institution decides on the application.
	AccessUndecided Access = ""
	// AccessDirect: the diploma gives direct access.
	AccessDirect Access = "direct"
	// AccessNone: the diploma gives no direct access.
	AccessNone Access = "none"
)

var accesses = []Access{AccessDirect, AccessNone}

// Enum lists every valid Access but the empty one, which the rules file
// leaves out.
func (Access) Enum() []string { return auhl.Strings(accesses) }

// UnmarshalText accepts only a known access.
func (a *Access) UnmarshalText(b []byte) error { return enum.Unmarshal(a, b, accesses) }

// levelRule is what a foreign diploma gives at one level, with the rule it
// rests on.
type levelRule struct {
	// Access is the access; empty where the institution decides.
	Access Access `json:"access,omitempty"`
	rules.Basis
}

// levelAccess is what a foreign diploma gives at each level of a first
// cycle.
type levelAccess struct {
	// Graduaat is the access to a graduaat.
	Graduaat levelRule `json:"graduaat"`
	// ProfessionalBachelor is the access to a professional bachelor.
	ProfessionalBachelor levelRule `json:"professionalBachelor"`
	// AcademicBachelor is the access to an academic bachelor.
	AcademicBachelor levelRule `json:"academicBachelor"`
}

// at returns the rule for programme level l (a graduaat or a bachelor).
func (a *levelAccess) at(l auhl.Level) levelRule {
	switch l {
	case auhl.Graduaat:
		return a.Graduaat
	case auhl.ProfessionalBachelor:
		return a.ProfessionalBachelor
	}
	return a.AcademicBachelor
}

// namedDiploma is a foreign diploma the rules name, such as the Dutch VWO,
// with what it gives at each level.
type namedDiploma struct {
	// ID is the id an applicant's Diploma.Named gives, such as "nl-vwo".
	ID string `json:"id"`
	// Kind is the kind the applicant's diploma must be.
	Kind DiplomaKind `json:"kind"`
	// Name is the diploma's name in Dutch and English.
	Name auhl.Text `json:"name"`
	// Levels are what it gives at each level.
	Levels levelAccess `json:"levels"`
}

// checkNamed checks the named diplomas: each id once, of a known kind,
// named in both languages.
func (r *Rules) checkNamed(c *rules.Checker) {
	ids := make(rules.Entries)
	for i, n := range r.NamedDiplomas {
		p := auhl.Index("/namedDiplomas", i)
		requireOnce(c, ids, p+"/id", n.ID)
		c.Enum(p+"/kind", string(n.Kind), string(DiplomaSecondary), string(DiplomaPropedeuse))
		c.Require(p+"/name", n.Name.Complete())
	}
}

// named returns the named diploma id, if the rules name it.
func (r *Rules) named(id string) (namedDiploma, bool) {
	i := slices.IndexFunc(r.NamedDiplomas, func(n namedDiploma) bool { return n.ID == id })
	if i < 0 {
		return namedDiploma{}, false
	}
	return r.NamedDiplomas[i], true
}

// namedIDs lists the ids of the named diplomas, for a problem.
func (r *Rules) namedIDs() string {
	ids := make([]string, len(r.NamedDiplomas))
	for i, n := range r.NamedDiplomas {
		ids[i] = n.ID
	}
	return strings.Join(ids, ", ")
}

// checkNamedDiplomas adds to ve the problems of the applicant's named
// diplomas under rules r: a name the rules do not know, or a diploma of
// another kind than the named one.
func checkNamedDiplomas(ve *auhl.ValidationError, a Applicant, r *Rules) {
	for i, d := range a.Diplomas {
		if i == maxDiplomas || d.Named == "" {
			continue
		}
		p := auhl.Index("/diplomas", i)
		n, ok := r.named(d.Named)
		switch {
		case !ok:
			ve.Add(p+"/named", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(d.Named)), "allowed": auhl.Str(r.namedIDs())})
		case n.Kind != d.Kind:
			ve.Add(p+"/kind", CodeNamedKind, auhl.Params{"named": auhl.Str(n.ID), "kind": auhl.Str(string(n.Kind))})
		}
	}
}

// foreignAccess decides on a foreign diploma that the rules name, or that
// gives access at home to professional higher education only, with rule
// a of its level: direct access, none, or the institution decides (an
// open requirement before the enrolment). It reports whether there is a
// route.
func (d *decider) foreignAccess(a levelRule, diploma auhl.Text) bool {
	level := d.p.Level.Name()
	switch a.Access {
	case AccessDirect:
		d.emit(CodeForeignDirect, auhl.Info, a.Basis, "diploma", diploma, "level", level)
	case AccessNone:
		d.emit(CodeForeignNone, auhl.Warning, a.Basis, "diploma", diploma, "level", level)
		return false
	default:
		d.emit(CodeForeignUndecided, auhl.Warning, a.Basis, "diploma", diploma, "level", level)
		d.require(ReqInstitution, StatusOpen, true, a.Basis, nil)
	}
	d.dec.Route = RouteDiploma
	return true
}
