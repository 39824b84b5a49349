package progress

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/procedures/internal/enum"
)

// maxAge is the oldest age a Plan may give.
const maxAge = 120

// MaxPlanBytes is the largest plan DecodePlan reads.
const MaxPlanBytes = 16 << 10

// Plan is what a student plans to take up in one academic year of a
// programme, as the rest of the decree of 15 July 2022 and the thresholds
// outside study progress see it: a first enrolment must be a model path
// unless an exemption applies, the third model path waits for the
// drempelpakket, the institution may not cap the credits below the right
// to at least 45, and the credits taken up decide the family allowance
// and, for a student from outside the EEA, the residence permit. Decode
// one with DecodePlan; DecidePlan judges it.
type Plan struct {
	// Institution is where the student enrols: uhasselt or pxl.
	Institution auhl.Institution `json:"institution"`
	// AcademicYear is the academic year planned.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Cohort is the academic year of the student's first enrolment in
	// higher education; the plan is a first enrolment when it is the
	// academic year planned.
	Cohort auhl.AcademicYear `json:"cohort"`
	// Credits are the credits planned (at least 1).
	Credits auhl.Credits `json:"credits"`
	// ModelPath says that the plan is the programme's first model path in
	// full.
	ModelPath bool `json:"modelPath,omitempty"`
	// Exemption is the ground on which a first enrolment need not be a
	// model path; empty for none.
	Exemption Exemption `json:"exemption,omitempty"`
	// ThirdModelPathCredits are the planned credits of course units of
	// the third model path.
	ThirdModelPathCredits auhl.Credits `json:"thirdModelPathCredits,omitempty"`
	// DrempelpakketOpen are the credits of the drempelpakket not yet
	// acquired when planning.
	DrempelpakketOpen auhl.Credits `json:"drempelpakketOpen,omitempty"`
	// CapCredits is a cap on the credits the institution imposes (binding
	// conditions, insufficient leerkrediet); 0 for none.
	CapCredits auhl.Credits `json:"capCredits,omitempty"`
	// Age is the student's age in the year planned, for the family
	// allowance; 0 when not known.
	Age int `json:"age,omitempty"`
	// NonEEA says that the student comes from outside the European
	// Economic Area, with a residence permit as a student. The yearly
	// minimum of credits is UHasselt's; the residence permit's steps
	// apply at both institutions.
	NonEEA bool `json:"nonEEA,omitempty"`
	// GraduationYear says that the plan is the student's graduation year.
	GraduationYear bool `json:"graduationYear,omitempty"`
	// Enrolments are the academic years the student was enrolled in
	// before the one planned, for the residence permit.
	Enrolments int `json:"enrolments,omitempty"`
	// Earned are the credits earned in those years.
	Earned auhl.Credits `json:"earned,omitempty"`
}

// PlanDecision is what the rules say about a Plan, and why.
type PlanDecision struct {
	// Year is the academic year planned.
	Year auhl.AcademicYear `json:"year"`
	// Outcome is the judgement.
	Outcome PlanOutcome `json:"outcome"`
	// Findings explain it, in order, each with its source.
	Findings []auhl.Finding `json:"findings"`
}

// PlanOutcome is the outcome of a PlanDecision. Its JSON encoding is the
// identifier of each constant.
type PlanOutcome string

// The outcomes of a plan.
const (
	// PlanFits: nothing the rules say stands in the plan's way.
	PlanFits PlanOutcome = "fits"
	// PlanFitsWithWarnings: the plan is allowed, but costs the student
	// something (family allowance, residence) or meets a cap below the
	// right to at least 45 credits.
	PlanFitsWithWarnings PlanOutcome = "fits-with-warnings"
	// PlanNotAllowed: the decree does not allow the plan (no model path at
	// a first enrolment, the third model path before the drempelpakket).
	PlanNotAllowed PlanOutcome = "not-allowed"
)

var planOutcomes = []PlanOutcome{PlanFits, PlanFitsWithWarnings, PlanNotAllowed}

// Enum lists every valid PlanOutcome.
func (PlanOutcome) Enum() []string { return auhl.Strings(planOutcomes) }

// Valid reports whether o is a known outcome.
func (o PlanOutcome) Valid() bool { return slices.Contains(planOutcomes, o) }

// UnmarshalText accepts only a known outcome.
func (o *PlanOutcome) UnmarshalText(b []byte) error { return enum.Unmarshal(o, b, planOutcomes) }

// Exemption is a ground on which a first enrolment in higher education
// need not be a model path. Its JSON encoding is the identifier of each
// constant.
type Exemption string

// The exemptions from the model path.
const (
	// ExemptionIndividualPath: an individualised path granted on a
	// dossier.
	ExemptionIndividualPath Exemption = "individual-path"
	// ExemptionSpecialStatus: a special status (werkstudent,
	// functiebeperking, topsport).
	ExemptionSpecialStatus Exemption = "special-status"
	// ExemptionHoldsDiploma: the student already holds a bachelor's or
	// master's diploma.
	ExemptionHoldsDiploma Exemption = "holds-diploma"
)

var exemptions = []Exemption{ExemptionIndividualPath, ExemptionSpecialStatus, ExemptionHoldsDiploma}

// Enum lists every valid Exemption.
func (Exemption) Enum() []string { return auhl.Strings(exemptions) }

// Valid reports whether e is a known exemption.
func (e Exemption) Valid() bool { return slices.Contains(exemptions, e) }

// UnmarshalText accepts only a known exemption.
func (e *Exemption) UnmarshalText(b []byte) error { return enum.Unmarshal(e, b, exemptions) }

// Name returns the exemption in Dutch and English.
func (e Exemption) Name() auhl.Text {
	switch e {
	case ExemptionIndividualPath:
		return auhl.Text{NL: "een geïndividualiseerd traject op grond van een dossier", EN: "an individualised path granted on a dossier"}
	case ExemptionSpecialStatus:
		return auhl.Text{NL: "een bijzonder statuut (werkstudent, functiebeperking, topsport)", EN: "a special status (working student, disability, top sport)"}
	case ExemptionHoldsDiploma:
		return auhl.Text{NL: "al een bachelor- of masterdiploma", EN: "a bachelor's or master's diploma already held"}
	}
	return auhl.Text{NL: string(e), EN: string(e)}
}

// DecodePlan decodes a Plan from JSON the strict way (unknown fields,
// wrong types, unknown institutions and exemptions) and checks it with
// Validate. It returns a *auhl.ValidationError listing every problem with
// its JSON Pointer. A document larger than MaxPlanBytes is refused unread.
func DecodePlan(data []byte) (Plan, error) {
	if len(data) > MaxPlanBytes {
		return Plan{}, &auhl.ValidationError{Problems: []auhl.Problem{{
			Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(MaxPlanBytes)},
		}}}
	}
	var p Plan
	if err := auhl.DecodeAndCheck(data, &p, p.check); err != nil {
		return Plan{}, err
	}
	return p, nil
}

// Validate checks the plan without the rules of any year: the institution
// (uhasselt or pxl), the academic year and the cohort given, the year not
// before the cohort; 1 to 240 credits planned, the credits of the third
// model path no more than those; every other count in range. It returns a
// *auhl.ValidationError, or nil.
func (p Plan) Validate() error { return p.check().Err() }

func (p *Plan) check() *auhl.ValidationError {
	var ve auhl.ValidationError
	rng := func(path string, n, lo, hi int) { checkRange(&ve, path, n, lo, hi) }
	checkInstitution(&ve, p.Institution)
	switch {
	case p.AcademicYear.IsZero():
		ve.Add("/academicYear", auhl.CodeRequired, nil)
	case !p.Cohort.IsZero() && p.AcademicYear.Compare(p.Cohort) < 0:
		ve.Add("/academicYear", CodeBeforeCohort, auhl.Params{"year": auhl.Str(p.AcademicYear.String()), "cohort": auhl.Str(p.Cohort.String())})
	}
	if p.Cohort.IsZero() {
		ve.Add("/cohort", auhl.CodeRequired, nil)
	}
	rng("/credits", int(p.Credits), 1, MaxCredits)
	rng("/thirdModelPathCredits", int(p.ThirdModelPathCredits), 0, int(max(p.Credits, 0)))
	rng("/drempelpakketOpen", int(p.DrempelpakketOpen), 0, MaxCredits)
	rng("/capCredits", int(p.CapCredits), 0, MaxCredits)
	rng("/age", p.Age, 0, maxAge)
	rng("/enrolments", p.Enrolments, 0, maxProgressYears)
	rng("/earned", int(p.Earned), 0, MaxCredits*maxProgressYears)
	if p.Exemption != "" && !p.Exemption.Valid() {
		ve.Add("/exemption", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(p.Exemption))), "allowed": auhl.Str(enum.Join(exemptions))})
	}
	return &ve
}

// checkRange checks that n lies between lo and hi, and reports whether
// it does.
func checkRange(ve *auhl.ValidationError, path string, n, lo, hi int) bool {
	if n < lo || n > hi {
		ve.Add(path, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(n), "min": auhl.Int(lo), "max": auhl.Int(hi)})
		return false
	}
	return true
}

// checkInstitution checks that inst is uhasselt or pxl.
func checkInstitution(ve *auhl.ValidationError, inst auhl.Institution) {
	institutions := []auhl.Institution{auhl.UHasselt, auhl.PXL}
	switch {
	case inst == "":
		ve.Add("/institution", auhl.CodeRequired, nil)
	case !slices.Contains(institutions, inst):
		ve.Add("/institution", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(inst))), "allowed": auhl.Str(enum.Join(institutions))})
	}
}

// DecidePlan judges a plan with the embedded rules (Default): see
// RulesFile.DecidePlan.
func DecidePlan(p Plan) (PlanDecision, error) {
	return Default().DecidePlan(p)
}

// DecidePlan judges a plan under the rules of its academic year:
//
//   - for a cohort from 2023-2024 on, a first enrolment (the cohort's own
//     year) must be the model path unless an exemption applies, and the
//     third model path waits until the drempelpakket is complete; either
//     failing makes the plan not allowed;
//   - a cap on the credits below the right to at least 45 is a warning;
//   - fewer credits than the family allowance asks (27) is a warning for
//     a student under its age limit (25) or of unknown age;
//   - for a student from outside the EEA, fewer credits than UHasselt's
//     yearly minimum (54) outside the graduation year, and fewer credits
//     earned than the residence permit asks after the enrolments so far,
//     are warnings.
//
// Every step is a Finding with its source, and a rule the data marks
// unconfirmed adds a CodeUnconfirmed warning. An invalid plan, or a year
// the rules do not cover, is a *auhl.ValidationError.
func (s *RulesFile) DecidePlan(p Plan) (PlanDecision, error) {
	ve := p.check()
	var r *Rules
	if ve.Err() == nil {
		var err error
		if r, err = s.For(p.AcademicYear); err != nil {
			ve.Merge("/academicYear", err)
		}
	}
	if err := ve.Err(); err != nil {
		return PlanDecision{}, err
	}
	d := &decider{set: s, rules: r, dec: Decision{Year: p.AcademicYear, Findings: []auhl.Finding{}}}
	out := PlanDecision{Year: p.AcademicYear, Outcome: PlanFits}
	worse := func(o PlanOutcome) {
		if slices.Index(planOutcomes, o) > slices.Index(planOutcomes, out.Outcome) {
			out.Outcome = o
		}
	}
	dec, st := &r.Decree, &r.Student
	num := func(kv ...any) auhl.Params {
		ps := auhl.Params{}
		for i := 0; i+1 < len(kv); i += 2 {
			switch v := kv[i+1].(type) {
			case int:
				ps[kv[i].(string)] = auhl.Int(v)
			case auhl.Credits:
				ps[kv[i].(string)] = auhl.Int(int(v))
			}
		}
		return ps
	}

	cohort := auhl.Params{"cohort": auhl.Str(p.Cohort.String()), "from": auhl.Str(dec.Cohort.From.String())}
	if p.Cohort.Compare(dec.Cohort.From) < 0 {
		d.emit(CodeDecreeNotApplicable, auhl.Info, cohort, dec.Cohort.Basis)
	} else {
		d.emit(CodeDecreeApplies, auhl.Info, cohort, dec.Cohort.Basis)
		mp := dec.ModelPath
		switch {
		case p.Cohort != p.AcademicYear:
		case p.ModelPath:
			d.emit(CodePlanModelPath, auhl.Info, auhl.Params{}, mp.Basis)
		case p.Exemption != "" && slices.Contains(mp.Exemptions, p.Exemption):
			d.emit(CodePlanModelPathExempt, auhl.Info, auhl.Params{"exemption": auhl.Txt(p.Exemption.Name())}, mp.Basis)
		default:
			worse(PlanNotAllowed)
			d.emit(CodePlanModelPathRequired, auhl.Error, auhl.Params{}, mp.Basis)
		}
		if p.ThirdModelPathCredits > 0 && p.DrempelpakketOpen > 0 {
			worse(PlanNotAllowed)
			d.emit(CodePlanThirdModelPath, auhl.Error, num("credits", p.ThirdModelPathCredits, "open", p.DrempelpakketOpen), dec.ThirdModelPath)
		}
	}
	if m := dec.MinimumCredits; p.CapCredits > 0 && int(p.CapCredits) < m.Credits {
		worse(PlanFitsWithWarnings)
		d.emit(CodePlanCapBelowMinimum, auhl.Warning, num("cap", p.CapCredits, "minimum", m.Credits), m.Basis)
	}
	if fa := st.FamilyAllowance; int(p.Credits) < fa.Credits && (p.Age == 0 || p.Age < fa.UnderAge) {
		worse(PlanFitsWithWarnings)
		d.emit(CodePlanFamilyAllowance, auhl.Warning, num("credits", p.Credits, "threshold", fa.Credits, "age", fa.UnderAge), fa.Basis)
	}
	if p.NonEEA {
		n := st.NonEEA
		switch {
		case p.Institution != auhl.UHasselt:
			// The yearly minimum is UHasselt's; PXL's is not known.
		case p.GraduationYear:
			d.emit(CodePlanNonEEAGraduation, auhl.Info, num("threshold", n.Credits), n.Basis)
		case int(p.Credits) < n.Credits:
			worse(PlanFitsWithWarnings)
			d.emit(CodePlanNonEEA, auhl.Warning, num("credits", p.Credits, "threshold", n.Credits), n.Basis)
		}
		var step *residenceStep
		for i := range st.Residence.Steps {
			if st.Residence.Steps[i].Enrolments <= p.Enrolments {
				step = &st.Residence.Steps[i]
			}
		}
		if step != nil && int(p.Earned) < step.Credits {
			worse(PlanFitsWithWarnings)
			d.emit(CodePlanResidence, auhl.Warning, num("earned", p.Earned, "threshold", step.Credits, "enrolments", step.Enrolments), st.Residence.Basis)
		}
	}
	out.Findings = d.dec.Findings
	return out, nil
}
