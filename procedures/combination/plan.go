package combination

import (
	"slices"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog/units"
)

// The bounds of a plan, against hostile input.
const (
	// MaxPlanBytes is the largest plan document DecodePlan reads.
	MaxPlanBytes = 256 << 10
	// MaxUnits is the most units a plan may hold.
	MaxUnits = 60
	// MaxResults is the most results a plan's history may hold.
	MaxResults = 400
	// MaxEvents is the most events a plan may hold.
	MaxEvents = 400
	// MaxOverrides is the most overrides a plan may hold.
	MaxOverrides = 60
)

// Plan is a student's planned academic year, an individual programme
// (ISP) to validate: the units with their contracts, the history of
// passed and failed units, the student's status, events with dates to
// check for clashes, the examination board's overrides, and the bridging
// programme the year belongs to, if any. Its JSON encoding is the input of
// examples/combination (see the schema combination-plan.schema.json).
type Plan struct {
	// AcademicYear is the year planned.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Institution is the student's own institution, where the student is
	// enrolled in the programme.
	Institution auhl.Institution `json:"institution"`
	// Programme is the code of the student's programme in the
	// institution's study guide, such as "135"; empty for units alone.
	Programme string `json:"programme,omitempty"`
	// Contract is the contract of the enrolment, and of every unit that
	// names none.
	Contract Contract `json:"contract"`
	// EnrolledOn is the day of the enrolment in the programme, and of
	// every unit that names none; no date when unknown.
	EnrolledOn auhl.Date `json:"enrolledOn,omitzero"`
	// Status is what sets the student's load limits.
	Status Status `json:"status,omitzero"`
	// Units are the planned units.
	Units []PlannedUnit `json:"units"`
	// History are the student's results of earlier years.
	History []Record `json:"history,omitempty"`
	// Events are the classes and exams with dates, to check for clashes.
	Events []Event `json:"events,omitempty"`
	// Overrides are the examination board's decisions to set a finding
	// aside.
	Overrides []Override `json:"overrides,omitempty"`
	// Bridging is the bridging programme the year belongs to, if any.
	Bridging *Bridging `json:"bridging,omitempty"`
}

// Status is what sets a student's load limits.
type Status struct {
	// Visa marks a student-visa holder, who takes a minimum load outside
	// the graduation year.
	Visa bool `json:"visa,omitempty"`
	// GraduationYear marks the year the student graduates in.
	GraduationYear bool `json:"graduationYear,omitempty"`
	// Exchange are the semesters of an exchange student's stay; empty for
	// a student who is not on exchange.
	Exchange []units.Semester `json:"exchange,omitempty"`
	// BindingMaxCredits is the most credits binding conditions allow (45
	// or 60); 0 for none.
	BindingMaxCredits auhl.Credits `json:"bindingMaxCredits,omitempty"`
}

// PlannedUnit is a unit of a plan. What the plan gives of a unit (credits,
// semester) goes before the catalogue; a unit the catalogue does not list,
// such as a PXL unit, must give its credits.
type PlannedUnit struct {
	// Code is the unit's code in its institution's study guide.
	Code string `json:"code"`
	// Institution teaches the unit; empty for the plan's institution.
	Institution auhl.Institution `json:"institution,omitempty"`
	// Credits is the unit's size; 0 for the catalogue's.
	Credits auhl.Credits `json:"credits,omitempty"`
	// Semester is when the unit is taught; empty for the catalogue's.
	Semester units.Semester `json:"semester,omitempty"`
	// Contract is the contract the unit is taken under; empty for the
	// plan's.
	Contract Contract `json:"contract,omitempty"`
	// EnrolledOn is the day the unit was added; no date for the plan's.
	EnrolledOn auhl.Date `json:"enrolledOn,omitzero"`
	// TeachingStarts is the day the unit's teaching starts, for the
	// deadline of a diploma or credit contract.
	TeachingStarts auhl.Date `json:"teachingStarts,omitzero"`
	// ExamStarts is the first day of the unit's first exam period, for
	// the deadline of an exam contract.
	ExamStarts auhl.Date `json:"examStarts,omitzero"`
}

// Record is a unit of the student's history with its outcome.
type Record struct {
	// Unit is the unit's code.
	Unit string `json:"unit"`
	// Institution teaches the unit; empty for the plan's institution.
	Institution auhl.Institution `json:"institution,omitempty"`
	// Year is the academic year of the result, at most the plan's.
	Year auhl.AcademicYear `json:"year"`
	// Outcome is the result.
	Outcome Outcome `json:"outcome"`
}

// Event is a class or an exam of a unit on a day, from one time to
// another.
type Event struct {
	// Unit is the unit's code.
	Unit string `json:"unit"`
	// Institution teaches the unit; empty for the plan's institution.
	Institution auhl.Institution `json:"institution,omitempty"`
	// Kind is a lesson or an exam.
	Kind EventKind `json:"kind"`
	// Date is the day.
	Date auhl.Date `json:"date"`
	// From is when it starts, "08:30".
	From Clock `json:"from"`
	// To is when it ends, after From.
	To Clock `json:"to"`
}

// Override is a decision of the examination board to set one finding of a
// plan aside, such as a prerequisite not met or a late enrolment: it names
// the finding by its code and unit (and the other unit of a clash), and
// records who decided, why and when.
type Override struct {
	// Finding is the code of the finding, such as
	// "combination.prerequisite.not-passed".
	Finding string `json:"finding"`
	// Unit is the unit the finding names, "uhasselt/2248" or a code of
	// the plan's institution; empty for a finding of the plan as a whole.
	Unit string `json:"unit,omitempty"`
	// Other is the other unit of a clash, written as Unit; empty
	// otherwise.
	Other string `json:"other,omitempty"`
	// By is who decided, such as "voorzitter examencommissie".
	By string `json:"by"`
	// Reason says why.
	Reason string `json:"reason"`
	// Date is the day of the decision.
	Date auhl.Date `json:"date"`
}

// Bridging is the bridging programme (schakelprogramma) of a student, as
// the institution set it: its size after any reduction, its units, the
// master it leads to and the threshold after which its remaining units
// may be combined with master units.
type Bridging struct {
	// Targets are the codes of the masters it leads to: one.
	Targets []string `json:"targets"`
	// Credits is the programme's size for this student.
	Credits auhl.Credits `json:"credits"`
	// Reduction is the ground of a size below the usual minimum; empty
	// for none.
	Reduction Reduction `json:"reduction,omitempty"`
	// Units are the codes of the programme's units, taught by the plan's
	// institution; a planned unit not among them is a master unit.
	Units []string `json:"units"`
	// Combine is the threshold after which the remaining units may be
	// combined with master units; nil when none is known.
	Combine *Threshold `json:"combine,omitempty"`
}

// Threshold is met when at least AtLeast of Units are passed.
type Threshold struct {
	// Units are the codes of the threshold units (drempelvakken).
	Units []string `json:"units"`
	// AtLeast is how many of them must be passed.
	AtLeast int `json:"atLeast"`
}

// DecodePlan decodes a Plan from JSON the strict way (unknown fields,
// wrong types, unknown enum values, malformed dates and times) and checks
// it with Plan.Validate. It returns a *auhl.ValidationError that lists
// every problem, each with its JSON Pointer ("/units/3/code"). A document
// larger than MaxPlanBytes is refused unread.
func DecodePlan(data []byte) (Plan, error) {
	var p Plan
	return p, decode(data, MaxPlanBytes, &p, p.check)
}

// decode decodes data of at most limit bytes into *v strictly and checks
// it with check; on a problem it leaves *v zero.
func decode[T any](data []byte, limit int, v *T, check func() *auhl.ValidationError) error {
	if len(data) > limit {
		return &auhl.ValidationError{Problems: []auhl.Problem{{
			Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(limit)},
		}}}
	}
	if err := auhl.DecodeAndCheck(data, v, check); err != nil {
		var zero T
		*v = zero
		return err
	}
	return nil
}

// Validate checks that the plan is well formed, without looking at any
// rule: the year, institution and contract given; one to MaxUnits units,
// none twice; codes valid; results no later than the plan's year; events
// that end after they start; overrides that say who, why and when; a
// bridging programme with its units. It returns a *auhl.ValidationError
// listing every problem, or nil.
func (p *Plan) Validate() error { return p.check().Err() }

func (p *Plan) check() *auhl.ValidationError {
	ve := &auhl.ValidationError{}
	if p.AcademicYear.IsZero() {
		ve.Add("/academicYear", auhl.CodeRequired, nil)
	}
	institution(ve, "/institution", p.Institution, true)
	if p.Programme != "" {
		code(ve, "/programme", p.Programme)
	}
	if !p.Contract.Valid() {
		ve.Add("/contract", auhl.CodeRequired, nil)
	}
	if p.Status.BindingMaxCredits > units.MaxCredits {
		ve.Add("/status/bindingMaxCredits", auhl.CodeNumberRange, rangeParams(int(p.Status.BindingMaxCredits), 0, units.MaxCredits))
	}
	count(ve, "/units", len(p.Units), 1, MaxUnits)
	checkPlanned(ve, "/units", p.Units, p.key)
	count(ve, "/history", len(p.History), 0, MaxResults)
	for i, r := range p.History {
		path := auhl.Index("/history", i)
		code(ve, path+"/unit", r.Unit)
		institution(ve, path+"/institution", r.Institution, false)
		switch {
		case r.Year.IsZero():
			ve.Add(path+"/year", auhl.CodeRequired, nil)
		case !p.AcademicYear.IsZero() && r.Year.Compare(p.AcademicYear) > 0:
			ve.Add(path+"/year", CodeResultLater, auhl.Params{"year": auhl.Str(p.AcademicYear.String())})
		}
		if r.Outcome == "" {
			ve.Add(path+"/outcome", auhl.CodeRequired, nil)
		}
	}
	count(ve, "/events", len(p.Events), 0, MaxEvents)
	for i, e := range p.Events {
		path := auhl.Index("/events", i)
		code(ve, path+"/unit", e.Unit)
		institution(ve, path+"/institution", e.Institution, false)
		if e.Kind == "" {
			ve.Add(path+"/kind", auhl.CodeRequired, nil)
		}
		if e.Date.IsZero() {
			ve.Add(path+"/date", auhl.CodeRequired, nil)
		}
		if e.From == "" || e.To == "" || e.To.minutes() <= e.From.minutes() {
			ve.Add(path+"/to", CodeEventTimes, nil)
		}
	}
	checkOverrides(ve, "/overrides", p.Overrides)
	if b := p.Bridging; b != nil {
		for i, t := range b.Targets {
			code(ve, auhl.Index("/bridging/targets", i), t)
		}
		if b.Credits == 0 || b.Credits > units.MaxCredits {
			ve.Add("/bridging/credits", auhl.CodeNumberRange, rangeParams(int(b.Credits), 1, units.MaxCredits))
		}
		count(ve, "/bridging/units", len(b.Units), 1, MaxUnits)
		for i, u := range b.Units {
			code(ve, auhl.Index("/bridging/units", i), u)
		}
		if c := b.Combine; c != nil {
			count(ve, "/bridging/combine/units", len(c.Units), 1, MaxUnits)
			for i, u := range c.Units {
				code(ve, auhl.Index("/bridging/combine/units", i), u)
			}
			if c.AtLeast < 1 || c.AtLeast > len(c.Units) {
				ve.Add("/bridging/combine/atLeast", auhl.CodeNumberRange, rangeParams(c.AtLeast, 1, max(1, len(c.Units))))
			}
		}
	}
	return ve
}

// checkPlanned checks planned units at path: codes and institutions
// valid, none twice (key tells a unit's key), credits in range.
func checkPlanned(ve *auhl.ValidationError, path string, us []PlannedUnit, key func(auhl.Institution, string) units.Key) {
	seen := make(map[units.Key]bool, len(us))
	for i, u := range us {
		at := auhl.Index(path, i)
		code(ve, at+"/code", u.Code)
		institution(ve, at+"/institution", u.Institution, false)
		if k := key(u.Institution, u.Code); seen[k] {
			ve.Add(at+"/code", units.CodeDuplicate, auhl.Params{"value": auhl.Str(auhl.Clip(k.String()))})
		} else {
			seen[k] = true
		}
		if u.Credits > units.MaxCredits {
			ve.Add(at+"/credits", auhl.CodeNumberRange, rangeParams(int(u.Credits), 0, units.MaxCredits))
		}
	}
}

// checkOverrides checks at most MaxOverrides overrides at path, each
// saying what, who, why and when.
func checkOverrides(ve *auhl.ValidationError, path string, os []Override) {
	count(ve, path, len(os), 0, MaxOverrides)
	for i, o := range os {
		at := auhl.Index(path, i)
		text(ve, at+"/finding", o.Finding)
		text(ve, at+"/by", o.By)
		text(ve, at+"/reason", o.Reason)
		if o.Date.IsZero() {
			ve.Add(at+"/date", auhl.CodeRequired, nil)
		}
	}
}

// key returns the key of a unit that the plan names with inst (empty for
// the plan's institution) and code.
func (p *Plan) key(inst auhl.Institution, code string) units.Key {
	if inst == "" {
		inst = p.Institution
	}
	return units.Key{Institution: inst, Code: code}
}

// unitRef returns the key an override's Unit or Other names: a bare code
// is one of the plan's institution.
func (p *Plan) unitRef(s string) string {
	if s == "" || strings.Contains(s, "/") {
		return s
	}
	return p.key("", s).String()
}

func rangeParams(v, lo, hi int) auhl.Params {
	return auhl.Params{"value": auhl.Int(v), "min": auhl.Int(lo), "max": auhl.Int(hi)}
}

func count(ve *auhl.ValidationError, path string, n, lo, hi int) {
	switch {
	case n < lo && lo == 1:
		ve.Add(path, auhl.CodeRequired, nil)
	case n < lo || n > hi:
		ve.Add(path, CodeTooMany, auhl.Params{"count": auhl.Int(n), "max": auhl.Int(hi)})
	}
}

func code(ve *auhl.ValidationError, path, s string) {
	if !units.ValidCode(s) {
		ve.Add(path, units.CodeCodeFormat, auhl.Params{"value": auhl.Str(auhl.Clip(s))})
	}
}

func text(ve *auhl.ValidationError, path, s string) {
	if strings.TrimSpace(s) == "" {
		ve.Add(path, auhl.CodeRequired, nil)
	}
}

// institution records a problem at path unless i teaches; an empty i is
// one only when required.
func institution(ve *auhl.ValidationError, path string, i auhl.Institution, required bool) {
	switch {
	case i == "" && !required:
	case i == "":
		ve.Add(path, auhl.CodeRequired, nil)
	case !slices.Contains([]auhl.Institution{auhl.UHasselt, auhl.PXL}, i):
		ve.Add(path, units.CodeInstitution, auhl.Params{"value": auhl.Str(string(i))})
	}
}
