package admission

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/language"
)

// conditionKind is a kind of entry condition a programme sets of its own.
type conditionKind string

// The programmes' own conditions.
const (
	// condHigherDiploma: a shortened programme for holders of a diploma of
	// higher education, one of Diplomas.
	condHigherDiploma conditionKind = "higher-diploma"
	// condWorkExperience: work experience, shown at an intake before the
	// enrolment.
	condWorkExperience conditionKind = "work-experience"
	// condNoLanguageExemption: the exemptions of the Dutch language
	// condition do not apply; a level must be proved.
	condNoLanguageExemption conditionKind = "no-language-exemption"
)

// programmeCondition is an entry condition one programme sets of its own,
// with the source it rests on.
type programmeCondition struct {
	// Programme is the catalogue id.
	Programme string `json:"programme"`
	// Condition is the kind of condition.
	Condition conditionKind `json:"condition"`
	// Diplomas are, for a higher-diploma condition, the kinds of diploma
	// that admit.
	Diplomas []DiplomaKind `json:"diplomas,omitempty"`
	// Years are, for a work-experience condition, the years of work
	// experience asked; 0 where no source gives them.
	Years int `json:"years,omitempty"`
	rules.Basis
}

// checkConditions checks the programmes' own conditions: a programme and
// a known condition, each pair once, diplomas (known kinds, at least one)
// only on a higher-diploma condition, years (up to 50) only on a
// work-experience one.
func (r *Rules) checkConditions(c *rules.Checker) {
	seen := make(rules.Entries)
	for i, pc := range r.ProgrammeConditions {
		p := auhl.Index("/programmeConditions", i)
		c.Text(p+"/programme", pc.Programme)
		if pc.Programme != "" {
			seen.Once(c, p+"/condition", pc.Programme+" "+string(pc.Condition))
		}
		c.Enum(p+"/condition", string(pc.Condition), string(condHigherDiploma), string(condWorkExperience), string(condNoLanguageExemption))
		if pc.Condition == condHigherDiploma {
			c.Range(p+"/diplomas", len(pc.Diplomas), 1, len(diplomaKinds))
		} else {
			c.Range(p+"/diplomas", len(pc.Diplomas), 0, 0)
		}
		for j, k := range pc.Diplomas {
			c.Enum(auhl.Index(p+"/diplomas", j), string(k), auhl.Strings(diplomaKinds)...)
		}
		if pc.Condition == condWorkExperience {
			c.Range(p+"/years", pc.Years, 0, 50)
		} else {
			c.Range(p+"/years", pc.Years, 0, 0)
		}
	}
}

// condition returns the condition of kind k of programme id, if it has
// one.
func (r *Rules) condition(id string, k conditionKind) (programmeCondition, bool) {
	i := slices.IndexFunc(r.ProgrammeConditions, func(pc programmeCondition) bool { return pc.Programme == id && pc.Condition == k })
	if i < 0 {
		return programmeCondition{}, false
	}
	return r.ProgrammeConditions[i], true
}

// higherDiploma decides on a programme for holders of a diploma of higher
// education: the first diploma of a kind the condition lists admits;
// without one there is no route. It reports whether the programme has
// such a condition.
func (d *decider) higherDiploma() bool {
	c, ok := d.r.condition(d.p.ID, condHigherDiploma)
	if !ok {
		return false
	}
	for _, dip := range d.a.Diplomas {
		if slices.Contains(c.Diplomas, dip.Kind) {
			d.emit(CodeHigherDiplomaMet, auhl.Info, c.Basis, "diploma", dip.Kind.Name())
			d.foreignHigher(dip)
			d.dec.Route = RouteDiploma
			return true
		}
	}
	d.emit(CodeHigherDiplomaMissing, auhl.Warning, c.Basis)
	return true
}

// workExperience adds the work experience a programme asks, shown at an
// intake before the enrolment.
func (d *decider) workExperience() {
	if c, ok := d.r.condition(d.p.ID, condWorkExperience); ok {
		d.emit(CodeWorkExperience, auhl.Warning, c.Basis, "years", c.Years)
		d.require(ReqWorkExperience, StatusOpen, true, c.Basis, nil)
	}
}

// withoutExemptions returns proofs without those that exempt from the
// Dutch condition where the programme's own condition says the
// exemptions do not apply, and records that; else proofs unchanged.
func (d *decider) withoutExemptions(proofs []language.Proof) []language.Proof {
	c, ok := d.r.condition(d.p.ID, condNoLanguageExemption)
	if !ok {
		return proofs
	}
	d.emit(CodeNoLanguageExemption, auhl.Warning, c.Basis)
	return slices.DeleteFunc(slices.Clone(proofs), func(p language.Proof) bool { return d.lang.Exempts(p.Kind) })
}
