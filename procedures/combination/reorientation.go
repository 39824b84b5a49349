package combination

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog/units"
	"github.com/auhl/auhl-go/internal/enum"
	"github.com/auhl/auhl-go/procedures/leerkrediet"
	"github.com/auhl/auhl-go/procedures/progress"
)

// MaxReorientationBytes is the largest reorientation document
// DecodeReorientation reads.
const MaxReorientationBytes = 128 << 10

// Reorientation is a first-year student's change of programme
// (heroriëntering) on a day of the academic year: the programme left with
// its units and their results on that day, the new programme, the
// equivalences the examination board declared, and, for the what-if
// audit, the units the student would take in the new programme for the
// rest of the year. The student is taken to be in higher education for
// the first time, enrolled in both programmes in that year. Its JSON
// encoding is the input of examples/combination -reorientation (see the
// schema combination-reorientation.schema.json).
type Reorientation struct {
	// AcademicYear is the year of the first enrolment and of the change.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Date is the day of the change: the student has left the programme
	// and enrolled in the new one.
	Date auhl.Date `json:"date"`
	// Contract is the contract of both enrolments.
	Contract Contract `json:"contract"`
	// From is the programme left, a bachelor.
	From ProgrammeRef `json:"from"`
	// To is the new programme, a bachelor.
	To ProgrammeRef `json:"to"`
	// Units are the units of the programme left, each with its result on
	// the day of the change.
	Units []TakenUnit `json:"units"`
	// Equivalences are the examination board's declarations that a unit
	// passed exempts a unit of the new programme with another code.
	Equivalences []Equivalence `json:"equivalences,omitempty"`
	// Planned are the units of the new programme the student would take
	// for the rest of the year; empty when the student does not enrol in
	// it this year.
	Planned []PlannedUnit `json:"planned,omitempty"`
	// Overrides are the examination board's decisions on findings of the
	// planned units, such as the chair's consent to the late enrolment.
	Overrides []Override `json:"overrides,omitempty"`
	// ReturnedByInstitution says that the institution left returns the
	// leerkrediet of the units not yet examined under its own rules.
	ReturnedByInstitution bool `json:"returnedByInstitution,omitempty"`
}

// ProgrammeRef names a programme: the institution that runs it and its
// code in that institution's study guide.
type ProgrammeRef struct {
	// Institution runs the programme.
	Institution auhl.Institution `json:"institution"`
	// Code is the programme's code, such as "648".
	Code string `json:"code"`
}

// key returns the key of a unit of the programme's institution.
func (p ProgrammeRef) key(code string) units.Key {
	return units.Key{Institution: p.Institution, Code: code}
}

// TakenUnit is a unit of the programme left with its result on the day of
// the change.
type TakenUnit struct {
	// Code is the unit's code.
	Code string `json:"code"`
	// Credits is the unit's size; 0 for the catalogue's.
	Credits auhl.Credits `json:"credits,omitempty"`
	// Result is where the unit stands.
	Result Standing `json:"result"`
}

// Standing is where a unit stands on the day of a change of programme.
// Its JSON encoding is the identifier of each constant.
type Standing string

// The standings.
const (
	// StandingPassed: passed with at least 10/20, a credit.
	StandingPassed Standing = "passed"
	// StandingFailed: examined and not passed.
	StandingFailed Standing = "failed"
	// StandingNotExamined: not examined yet.
	StandingNotExamined Standing = "not-examined"
)

var standings = []Standing{StandingPassed, StandingFailed, StandingNotExamined}

// Enum lists every valid Standing.
func (Standing) Enum() []string { return auhl.Strings(standings) }

// UnmarshalText accepts only a known standing.
func (s *Standing) UnmarshalText(b []byte) error { return enum.Unmarshal(s, b, standings) }

// Equivalence is the examination board's declaration that a unit passed
// in the programme left exempts a unit of the new programme.
type Equivalence struct {
	// Unit is the code of the unit of the programme left.
	Unit string `json:"unit"`
	// Target is the code of the unit of the new programme.
	Target string `json:"target"`
	// By is who declared it, such as "bureau examencommissie".
	By string `json:"by"`
	// Date is the day of the declaration.
	Date auhl.Date `json:"date"`
}

// Match is how a unit passed was matched to the unit it exempts. Its JSON
// encoding is the identifier of each constant.
type Match string

// The matches.
const (
	// MatchCode: the same unit, by its code, in the new programme.
	MatchCode Match = "code"
	// MatchEquivalence: a unit the examination board declared
	// equivalent.
	MatchEquivalence Match = "equivalence"
)

// Enum lists every valid Match.
func (Match) Enum() []string { return auhl.Strings([]Match{MatchCode, MatchEquivalence}) }

// Exemption is a unit passed in the programme left that carries over as
// an exemption (vrijstelling) into the new programme.
type Exemption struct {
	// Unit is the unit passed.
	Unit units.Key `json:"unit"`
	// Target is the unit of the new programme it exempts.
	Target units.Key `json:"target"`
	// Credits are the target's credits in the new programme; 0 when not
	// known.
	Credits auhl.Credits `json:"credits"`
	// Match is how the two were matched.
	Match Match `json:"match"`
	// By is who declared an equivalence; empty for a match by code.
	By string `json:"by,omitempty"`
}

// ReorientationResult is what a change of programme means: the exemptions
// that carry over, the leerkrediet, the study-progress decisions on the
// programme left and on a new one, and the what-if audit of the rest of
// the year in the new programme, each step explained by its findings.
type ReorientationResult struct {
	// AcademicYear is the year of the change.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Date is the day of the change.
	Date auhl.Date `json:"date"`
	// From is the programme left.
	From ProgrammeRef `json:"from"`
	// To is the new programme.
	To ProgrammeRef `json:"to"`
	// Credits are the credits taken up in the programme left.
	Credits auhl.Credits `json:"credits"`
	// Passed are those passed by the day of the change.
	Passed auhl.Credits `json:"passed"`
	// Failed are those examined and failed.
	Failed auhl.Credits `json:"failed"`
	// NotExamined are those not yet examined.
	NotExamined auhl.Credits `json:"notExamined"`
	// Exemptions are the units that carry over, in the order of the
	// units.
	Exemptions []Exemption `json:"exemptions"`
	// ExemptedCredits are the credits of the new programme exempted.
	ExemptedCredits auhl.Credits `json:"exemptedCredits"`
	// Leerkrediet is the learning credit of the year: the enrolment, the
	// change, and the enrolment in the new programme when units are
	// planned.
	Leerkrediet leerkrediet.Result `json:"leerkrediet"`
	// Back is the study-progress decision on enrolling in the programme
	// left again next year.
	Back progress.Decision `json:"back"`
	// Onward is the study-progress decision on enrolling in another
	// programme next year.
	Onward progress.Decision `json:"onward"`
	// Plan is the what-if audit of the planned units in the new
	// programme, with the history and the exemptions; nil without
	// planned units.
	Plan *WhatIf `json:"plan,omitempty"`
	// Findings explain the change: the exemptions, then what the
	// leerkrediet and the study-progress decisions come to.
	Findings []auhl.Finding `json:"findings"`
}

// WhatIf is the what-if audit of the units a student would take in the
// new programme for the rest of the year: the Result of their validation
// as a Plan of that programme, from the day of the change, with the
// results of the programme left and the exemptions as history.
type WhatIf struct {
	Result
}

// DecodeReorientation decodes a Reorientation from JSON the strict way
// and checks it with Reorientation.Validate. It returns a
// *auhl.ValidationError that lists every problem, each with its JSON
// Pointer. A document larger than MaxReorientationBytes is refused unread.
func DecodeReorientation(data []byte) (Reorientation, error) {
	var r Reorientation
	return r, decode(data, MaxReorientationBytes, &r, r.check)
}

// Validate checks that the change is well formed, without looking at any
// rule: the year and a day within it, the contract, two different
// programmes, one to MaxUnits units each once with its result, the
// equivalences naming a unit of the programme left and a target each once
// and saying who and when, the planned units and the overrides as a Plan
// has them. It returns a *auhl.ValidationError listing every problem, or
// nil.
func (r *Reorientation) Validate() error { return r.check().Err() }

func (r *Reorientation) check() *auhl.ValidationError {
	ve := &auhl.ValidationError{}
	switch {
	case r.AcademicYear.IsZero():
		ve.Add("/academicYear", auhl.CodeRequired, nil)
	case r.Date.IsZero():
		ve.Add("/date", auhl.CodeRequired, nil)
	case r.Date.AcademicYear() != r.AcademicYear:
		ve.Add("/date", CodeDateOutsideYear, auhl.Params{"date": auhl.Str(r.Date.String()), "year": auhl.Str(r.AcademicYear.String())})
	}
	if !r.Contract.Valid() {
		ve.Add("/contract", auhl.CodeRequired, nil)
	}
	for _, p := range []struct {
		path string
		ref  ProgrammeRef
	}{{"/from", r.From}, {"/to", r.To}} {
		institution(ve, p.path+"/institution", p.ref.Institution, true)
		code(ve, p.path+"/code", p.ref.Code)
	}
	if r.From == r.To && r.From.Code != "" {
		ve.Add("/to/code", CodeSameProgramme, nil)
	}
	count(ve, "/units", len(r.Units), 1, MaxUnits)
	taken := make(map[string]bool, len(r.Units))
	for i, u := range r.Units {
		path := auhl.Index("/units", i)
		code(ve, path+"/code", u.Code)
		if taken[u.Code] {
			ve.Add(path+"/code", units.CodeDuplicate, auhl.Params{"value": auhl.Str(auhl.Clip(u.Code))})
		}
		taken[u.Code] = true
		if u.Credits > units.MaxCredits {
			ve.Add(path+"/credits", auhl.CodeNumberRange, rangeParams(int(u.Credits), 0, units.MaxCredits))
		}
		if u.Result == "" {
			ve.Add(path+"/result", auhl.CodeRequired, nil)
		}
	}
	count(ve, "/equivalences", len(r.Equivalences), 0, MaxUnits)
	targets := make(map[string]bool, len(r.Equivalences))
	for i, e := range r.Equivalences {
		path := auhl.Index("/equivalences", i)
		code(ve, path+"/unit", e.Unit)
		if units.ValidCode(e.Unit) && !taken[e.Unit] {
			ve.Add(path+"/unit", CodeEquivalenceUnit, auhl.Params{"unit": auhl.Str(e.Unit)})
		}
		code(ve, path+"/target", e.Target)
		if targets[e.Target] {
			ve.Add(path+"/target", units.CodeDuplicate, auhl.Params{"value": auhl.Str(auhl.Clip(e.Target))})
		}
		targets[e.Target] = true
		text(ve, path+"/by", e.By)
		if e.Date.IsZero() {
			ve.Add(path+"/date", auhl.CodeRequired, nil)
		}
	}
	count(ve, "/planned", len(r.Planned), 0, MaxUnits)
	checkPlanned(ve, "/planned", r.Planned, func(inst auhl.Institution, c string) units.Key {
		if inst == "" {
			inst = r.To.Institution
		}
		return units.Key{Institution: inst, Code: c}
	})
	checkOverrides(ve, "/overrides", r.Overrides)
	return ve
}

// Reorient says what the change r means with the embedded rules,
// agreements and units: see Validator.Reorient.
func Reorient(r Reorientation) (ReorientationResult, error) { return Validator{}.Reorient(r) }

// Reorient says what the change r means:
//
//   - which units passed carry over as exemptions into the new
//     programme: a unit the new programme lists under the same code at
//     the same institution, or one the examination board declared
//     equivalent, never a unit failed or not yet examined; a target with
//     more credits than the unit passed gets a warning;
//   - the leerkrediet of the year (package leerkrediet): the enrolment in
//     the programme left, the change on its day with the credits passed,
//     failed and not yet examined, and the enrolment in the new programme
//     of the planned units (exempted units cost none);
//   - the study progress (package progress) of the programme left, its
//     success rate read on the day of the change: whether the student
//     may enrol in it again next year, and in another programme, with
//     the first-60-credits rule of the decree of 15 July 2022 and
//     UHasselt's or PXL's success-rate thresholds;
//   - the what-if audit of the planned units in the new programme, as
//     Validate checks a plan (load, prerequisites against the history and
//     the exemptions, deadlines from the day of the change, overrides).
//
// Both programmes are bachelors (a programme the catalogue lists at
// another level is refused) and the student is in higher education for
// the first time. An invalid r, a unit whose credits nobody gives, or a
// year the rules do not cover is a *auhl.ValidationError.
func (v Validator) Reorient(r Reorientation) (ReorientationResult, error) {
	if err := r.Validate(); err != nil {
		return ReorientationResult{}, err
	}
	y, cat, err := v.setup(r.AcademicYear)
	if err != nil {
		return ReorientationResult{}, err
	}
	ro := &reorienting{r: &r, rules: &y.Reorientation, cat: cat}
	if err := ro.resolve(); err != nil {
		return ReorientationResult{}, err
	}
	ro.exemptions()
	res := ReorientationResult{AcademicYear: r.AcademicYear, Date: r.Date, From: r.From, To: r.To,
		Credits: ro.credits, Passed: ro.passed, Failed: ro.failed, NotExamined: ro.notExamined,
		Exemptions: ro.exempt, ExemptedCredits: ro.exempted}
	if len(r.Planned) > 0 {
		plan, err := v.Validate(ro.plan())
		if err != nil {
			return ReorientationResult{}, err
		}
		res.Plan = &WhatIf{plan}
	}
	if res.Leerkrediet, err = ro.leerkrediet(res.Plan); err != nil {
		return ReorientationResult{}, err
	}
	if res.Back, res.Onward, err = ro.progress(); err != nil {
		return ReorientationResult{}, err
	}
	ro.summarise(&res)
	res.Findings = ro.findings
	return res, nil
}

// reorienting is one change of programme under way.
type reorienting struct {
	r     *Reorientation
	rules *reorientationRules
	cat   *units.Catalog

	from, to    units.Programme
	hasFrom     bool
	hasTo       bool
	unitCredits []auhl.Credits // by index of r.Units
	credits     auhl.Credits
	passed      auhl.Credits
	failed      auhl.Credits
	notExamined auhl.Credits
	exempt      []Exemption
	exempted    auhl.Credits
	report
}

// resolve looks the programmes and the units up, and adds their credits.
func (ro *reorienting) resolve() error {
	r := ro.r
	ve := &auhl.ValidationError{}
	ro.from, ro.hasFrom = ro.cat.Programme(r.From.Institution, r.From.Code)
	ro.to, ro.hasTo = ro.cat.Programme(r.To.Institution, r.To.Code)
	for _, p := range []struct {
		path string
		prog units.Programme
		ok   bool
	}{{"/from/code", ro.from, ro.hasFrom}, {"/to/code", ro.to, ro.hasTo}} {
		if p.ok && p.prog.Level != auhl.AcademicBachelor && p.prog.Level != auhl.ProfessionalBachelor {
			ve.Add(p.path, CodeNotBachelor, auhl.Params{"programme": auhl.Str(p.prog.Key().String())})
		}
	}
	ro.unitCredits = make([]auhl.Credits, len(r.Units))
	for i, tu := range r.Units {
		c := tu.Credits
		if c == 0 {
			if u, ok := ro.cat.Unit(r.From.Institution, tu.Code); ok {
				c = ro.from.CreditsOf(u)
			}
		}
		if c == 0 {
			ve.Add(auhl.Index("/units", i)+"/credits", CodeUnitCreditsUnknown, auhl.Params{"unit": auhl.Str(r.From.key(tu.Code).String())})
		}
		ro.unitCredits[i] = c
		ro.credits += c
		switch tu.Result {
		case StandingPassed:
			ro.passed += c
		case StandingFailed:
			ro.failed += c
		default:
			ro.notExamined += c
		}
	}
	if ro.credits > leerkrediet.MaxEventCredits {
		ve.Add("/units", auhl.CodeNumberRange, rangeParams(int(ro.credits), 1, leerkrediet.MaxEventCredits))
	}
	return ve.Err()
}

// exemptions matches every unit passed to the unit of the new programme it
// exempts, if any.
func (ro *reorienting) exemptions() {
	r, rl := ro.r, ro.rules
	if !ro.hasTo {
		ro.emit(CodeReoProgrammeUnknown, auhl.Warning, auhl.Params{"programme": auhl.Str(r.To.key(r.To.Code).String())}, rl.Credit)
	}
	declared := make(map[string]Equivalence, len(r.Equivalences))
	for _, e := range r.Equivalences {
		declared[e.Unit] = e
	}
	used := map[string]bool{}
	for i, tu := range r.Units {
		k := r.From.key(tu.Code)
		if ro.hasFrom && !ro.from.Has(tu.Code) {
			ro.findings = append(ro.findings, auhl.Finding{Code: CodeReoNotInProgramme, Severity: auhl.Warning,
				Params: unitParams(k, "programme", auhl.Str(r.From.key(r.From.Code).String())), Source: ro.cat.SourceOf(units.Unit{})})
		}
		e, isDeclared := declared[tu.Code]
		if tu.Result != StandingPassed {
			if isDeclared {
				ro.emit(CodeReoNotAcquired, auhl.Warning, unitParams(k, "target", auhl.Str(r.To.key(e.Target).String())), rl.Acquired)
			}
			continue
		}
		ex := Exemption{Unit: k, Match: MatchCode, Target: r.To.key(tu.Code)}
		basis := rl.Credit
		switch {
		case isDeclared:
			ex.Match, ex.Target, ex.By, basis = MatchEquivalence, r.To.key(e.Target), e.By, rl.Exemption.Basis
			if ro.hasTo && !ro.to.Has(e.Target) {
				ro.emit(CodeReoTargetNotInProgramme, auhl.Warning, unitParams(k, "target", auhl.Str(ex.Target.String()), "programme", auhl.Str(r.To.key(r.To.Code).String())), basis)
				continue
			}
		case r.To.Institution != r.From.Institution || !ro.hasTo || !ro.to.Has(tu.Code):
			ro.emit(CodeReoNoMatch, auhl.Info, unitParams(k), rl.Credit)
			continue
		}
		if used[ex.Target.Code] {
			ro.emit(CodeReoTargetTwice, auhl.Warning, unitParams(k, "target", auhl.Str(ex.Target.String())), basis)
			continue
		}
		used[ex.Target.Code] = true
		if u, ok := ro.cat.Unit(ex.Target.Institution, ex.Target.Code); ok {
			ex.Credits = ro.to.CreditsOf(u)
		}
		params := unitParams(k, "target", auhl.Str(ex.Target.String()), "credits", auhl.Int(int(ex.Credits)))
		if ex.Match == MatchEquivalence {
			params["by"], params["date"] = auhl.Str(e.By), auhl.Str(e.Date.String())
			ro.emit(CodeReoEquivalent, auhl.Info, params, basis)
		} else {
			ro.emit(CodeReoSameUnit, auhl.Info, params, basis)
		}
		if ex.Credits > ro.unitCredits[i] {
			ro.emit(CodeReoCreditsDiffer, auhl.Warning, unitParams(k, "target", auhl.Str(ex.Target.String()),
				"credits", auhl.Int(int(ro.unitCredits[i])), "targetCredits", auhl.Int(int(ex.Credits))), rl.Correspondence)
		}
		ro.exempt = append(ro.exempt, ex)
		ro.exempted += ex.Credits
	}
	ro.emit(CodeReoExempted, auhl.Info, auhl.Params{"count": auhl.Int(len(ro.exempt)), "credits": auhl.Int(int(ro.exempted))}, rl.Credit)
	if len(ro.exempt) > 0 && slices.Contains(rl.Exemption.Institutions, r.To.Institution) {
		ro.emit(CodeReoRequest, auhl.Info, auhl.Params{"date": auhl.Str(r.Date.String())}, rl.Exemption.Basis)
	}
}

// plan is the what-if plan of the rest of the year in the new programme:
// the planned units from the day of the change, with the results of the
// programme left and the exemptions as history.
func (ro *reorienting) plan() Plan {
	r := ro.r
	p := Plan{AcademicYear: r.AcademicYear, Institution: r.To.Institution, Programme: r.To.Code, Contract: r.Contract,
		EnrolledOn: r.Date, Units: r.Planned, Overrides: r.Overrides}
	for _, tu := range r.Units {
		out := OutcomePassed
		switch tu.Result {
		case StandingNotExamined:
			continue
		case StandingFailed:
			out = OutcomeFailed
		}
		p.History = append(p.History, Record{Unit: tu.Code, Institution: r.From.Institution, Year: r.AcademicYear, Outcome: out})
	}
	for _, ex := range ro.exempt {
		p.History = append(p.History, Record{Unit: ex.Target.Code, Institution: ex.Target.Institution, Year: r.AcademicYear, Outcome: OutcomeExempted})
	}
	return p
}

// leerkrediet computes the year's leerkrediet: the enrolment, the change,
// and the enrolment in the new programme of the planned units' credits.
func (ro *reorienting) leerkrediet(plan *WhatIf) (leerkrediet.Result, error) {
	r, y := ro.r, ro.r.AcademicYear
	c := leerkrediet.Contract(r.Contract)
	h := leerkrediet.History{Events: []leerkrediet.Event{
		{Year: y, Kind: leerkrediet.EventEnrolment, Contract: c, Programme: leerkrediet.InitialBachelor, Credits: ro.credits},
		{Year: y, Kind: leerkrediet.EventReorientation, Date: r.Date, Passed: ro.passed, Failed: ro.failed, NotExamined: ro.notExamined,
			ReturnedByInstitution: r.ReturnedByInstitution},
	}}
	if plan != nil && plan.Credits > 0 {
		h.Events = append(h.Events, leerkrediet.Event{Year: y, Kind: leerkrediet.EventEnrolment, Contract: c,
			Programme: leerkrediet.InitialBachelor, Credits: min(plan.Credits, leerkrediet.MaxEventCredits)})
	}
	return leerkrediet.Decide(h)
}

// progress decides on enrolling in the programme left next year, at its
// institution, and in another one at the new programme's institution,
// from the year's credits read on the day of the change.
func (ro *reorienting) progress() (back, onward progress.Decision, err error) {
	r := ro.r
	open := min(ro.credits-ro.passed, ro.rules.Drempelpakket.Credits)
	rec := progress.Record{Institution: r.From.Institution, Programme: r.From.Code, Cohort: r.AcademicYear,
		Enrolments: []progress.Enrolment{{AcademicYear: r.AcademicYear, Enrolled: ro.credits, Earned: ro.passed, DrempelpakketOpen: open}}}
	if back, err = progress.Decide(rec); err != nil {
		return back, onward, err
	}
	rec.NewProgramme, rec.Institution = true, r.To.Institution
	onward, err = progress.Decide(rec)
	return back, onward, err
}

// summarise adds what the leerkrediet and the study-progress decisions
// come to.
func (ro *reorienting) summarise(res *ReorientationResult) {
	r, rl := ro.r, ro.rules
	lk := res.Leerkrediet
	ro.findings = append(ro.findings, auhl.Finding{Code: CodeReoLeerkrediet, Severity: auhl.Info,
		Params: auhl.Params{"balance": auhl.Int(lk.Balance), "bonus": auhl.Int(lk.BonusLeft)},
		Source: sourceOf(lk.Findings, leerkrediet.CodeReorientationFull, leerkrediet.CodeReorientationHalf, leerkrediet.CodeReorientationLate,
			leerkrediet.CodeReorientationInstitution, leerkrediet.CodeReorientationCreditContract, leerkrediet.CodeReorientationNotFirstTime,
			leerkrediet.CodeReorientationStopped, leerkrediet.CodeReorientationNoLeerkrediet)})
	ro.emit(CodeReoRate, auhl.Info, auhl.Params{"earned": auhl.Int(int(ro.passed)), "enrolled": auhl.Int(int(ro.credits)),
		"rate": auhl.Num(res.Back.SuccessRate), "programme": auhl.Str(r.From.key(r.From.Code).String())}, rl.Rate)
	decisive := []string{progress.CodeDrempelpakketRefused, progress.CodeRateRefused, progress.CodeCourseRefused,
		progress.CodeRateConditions, progress.CodeRateSufficient, progress.CodeDrempelpakketOpen}
	back := map[progress.Outcome]string{progress.Allowed: CodeReoBackAllowed, progress.AllowedWithConditions: CodeReoBackConditions, progress.Refused: CodeReoBackRefused}
	ro.findings = append(ro.findings, auhl.Finding{Code: back[res.Back.Outcome], Severity: auhl.Info,
		Params: auhl.Params{"programme": auhl.Str(r.From.key(r.From.Code).String()), "year": auhl.Str(res.Back.Year.String())},
		Source: sourceOf(res.Back.Findings, decisive...)})
	onward := auhl.Finding{Code: CodeReoOnwardAllowed, Severity: auhl.Info, Params: auhl.Params{"year": auhl.Str(res.Onward.Year.String())},
		Source: sourceOf(res.Onward.Findings, decisive...)}
	if c := res.Onward.Conditions; c != nil && res.Onward.Outcome == progress.AllowedWithConditions {
		onward.Code = CodeReoOnwardConditions
		onward.Params["target"] = auhl.Int(c.TargetRate)
	}
	ro.findings = append(ro.findings, onward)
	if slices.ContainsFunc(res.Onward.Findings, func(f auhl.Finding) bool { return f.Code == progress.CodeDecreeApplies }) {
		ro.emit(CodeReoDrempelpakketNew, auhl.Info, auhl.Params{"programme": auhl.Str(r.To.key(r.To.Code).String()),
			"by": auhl.Str(r.AcademicYear.Next().String()), "credits": auhl.Int(int(ro.exempted))}, rl.NewProgramme)
	}
}

// sourceOf returns the source of a finding with the first of codes that
// fs hold, or none.
func sourceOf(fs []auhl.Finding, codes ...string) auhl.Source {
	for _, c := range codes {
		if i := slices.IndexFunc(fs, func(f auhl.Finding) bool { return f.Code == c }); i >= 0 {
			return fs[i].Source
		}
	}
	return auhl.Source{}
}
