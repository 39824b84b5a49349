package progress

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/enum"
)

// Record is a student's record in one programme, as studievoortgang
// (study progress) sees it: the institution where the student wants to
// re-enrol (UHasselt or PXL), the cohort, every academic year of
// enrolment in that programme with its credits, the course units still
// at stake, and what the student asks for next year. Decode one with
// DecodeRecord; Decide says whether the student may
// re-enrol in the academic year after the last enrolment, and on which
// terms.
type Record struct {
	// Institution is where the student wants to re-enrol: uhasselt or
	// pxl (not the association itself).
	Institution auhl.Institution `json:"institution"`
	// Programme is the programme's catalogue id; informational only.
	Programme string `json:"programme,omitempty"`
	// Cohort is the academic year of the student's first enrolment in
	// higher education. It decides whether the decree's drempelpakket
	// rule applies (from 2023-2024 on).
	Cohort auhl.AcademicYear `json:"cohort"`
	// Enrolments are the academic years of enrolment in this programme,
	// at this or (with Elsewhere) another Flemish institution, oldest
	// first, each year once. The decision is about the academic year
	// after the last one.
	Enrolments []Enrolment `json:"enrolments"`
	// Courses are the course units of the programme with more than one
	// enrolment or without a credit yet; each unit once. A unit not
	// passed is taken to have its last enrolment in the last academic
	// year of Enrolments.
	Courses []Course `json:"courses,omitempty"`
	// Exception says that the institution granted an exception to the
	// decree's drempelpakket rule for force majeure or special individual
	// circumstances; the institution decides on it itself.
	Exception bool `json:"exception,omitempty"`
	// PlannedCredits are the credits the student plans to take up next
	// year; 0 when not known.
	PlannedCredits auhl.Credits `json:"plannedCredits,omitempty"`
	// NewProgramme says that the student asks to enrol in a different
	// programme next year: the refusals of this programme do not apply to
	// it, and binding conditions aim at the new programme's rate.
	NewProgramme bool `json:"newProgramme,omitempty"`
}

// Enrolment is one academic year of enrolment in the programme.
type Enrolment struct {
	// AcademicYear is the academic year of the enrolment.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Enrolled are the credits taken up that year (at least 1).
	Enrolled auhl.Credits `json:"enrolled"`
	// Earned are the credits acquired that year, after the September
	// resits; never more than Enrolled.
	Earned auhl.Credits `json:"earned"`
	// DrempelpakketOpen are the credits of the drempelpakket (the first
	// 60 credits of the model path) still not acquired at the end of that
	// year; they never grow from one year to the next.
	DrempelpakketOpen auhl.Credits `json:"drempelpakketOpen,omitempty"`
	// FinalMasterYearOnly says that the contract covered only the final
	// year of a master.
	FinalMasterYearOnly bool `json:"finalMasterYearOnly,omitempty"`
	// Elsewhere says that the enrolment was at another Flemish
	// institution, in the same programme.
	Elsewhere bool `json:"elsewhere,omitempty"`
	// Conditions are the binding conditions imposed for that year; nil for
	// none.
	Conditions *BindingConditions `json:"conditions,omitempty"`
}

// BindingConditions are the bindende voorwaarden (binding conditions) the
// exam board imposed for one academic year. Whether they were met follows
// from the year's credits: at most MaxCredits enrolled, a success rate of
// at least TargetRate.
type BindingConditions struct {
	// MaxCredits is the most credits the student could enrol for; 0 for
	// no cap.
	MaxCredits auhl.Credits `json:"maxCredits,omitempty"`
	// TargetRate is the success rate in percent the student had to reach;
	// 0 for none.
	TargetRate int `json:"targetRate,omitempty"`
	// PositiveAdvice says that the exam board gave a positive advice at
	// the end of the year (PXL's decision tree asks for it).
	PositiveAdvice bool `json:"positiveAdvice,omitempty"`
}

// Course is a course unit's enrolments in the programme.
type Course struct {
	// ID identifies the course unit, such as its catalogue id.
	ID string `json:"id"`
	// Enrolments is how many times the student enrolled in it, the last
	// year included: 1 to 4 (a fourth may have happened elsewhere or
	// under earlier rules).
	Enrolments int `json:"enrolments"`
	// Passed says that the student has acquired its credit.
	Passed bool `json:"passed,omitempty"`
}

// Decision is whether a student may re-enrol in the programme of a
// Record in the academic year after its last enrolment, on which
// terms, and why: the findings, each with its source.
type Decision struct {
	// Year is the academic year of the enrolment decided on.
	Year auhl.AcademicYear `json:"year"`
	// Outcome is the decision.
	Outcome Outcome `json:"outcome"`
	// RefusedUntil is the last academic year of the longest refusal whose
	// duration is known; empty when none is.
	RefusedUntil auhl.AcademicYear `json:"refusedUntil,omitzero"`
	// RefusalOpen says that a refusal has no known end: a fourth
	// enrolment in a course unit is never allowed, or the sources do not
	// give the duration.
	RefusalOpen bool `json:"refusalOpen,omitempty"`
	// Conditions are the binding conditions the exam board may impose,
	// with the outcome allowed-with-conditions; nil otherwise.
	Conditions *Conditions `json:"conditions,omitempty"`
	// SuccessRate is the success rate of the last year in percent, earned
	// over enrolled credits, rounded down to one decimal so that it never
	// reaches a threshold the exact fraction does not.
	SuccessRate float64 `json:"successRate"`
	// Earned and Enrolled are the exact fraction of SuccessRate.
	Earned auhl.Credits `json:"earned"`
	// Enrolled are the credits taken up in the last year.
	Enrolled auhl.Credits `json:"enrolled"`
	// Findings explain the decision, in order.
	Findings []auhl.Finding `json:"findings"`
}

// Conditions are binding conditions the exam board may impose for
// the year decided on. A term the sources do not give is empty.
type Conditions struct {
	// MaxCredits are the caps on the credits the exam board may choose
	// from (45 or 60 at UHasselt), lowest first.
	MaxCredits []auhl.Credits `json:"maxCredits,omitempty"`
	// TargetRate is the success rate in percent to reach in that year: in
	// the same programme, or in the new one when the student changes.
	TargetRate int `json:"targetRate,omitempty"`
}

// Outcome is the outcome of a Decision. Its JSON encoding
// is the identifier of each constant.
type Outcome string

// The outcomes.
const (
	// Allowed: the student may re-enrol.
	Allowed Outcome = "allowed"
	// AllowedWithConditions: the student may re-enrol, and the
	// exam board may impose binding conditions.
	AllowedWithConditions Outcome = "allowed-with-conditions"
	// Refused: the re-enrolment in the programme is refused.
	Refused Outcome = "refused"
)

var progressOutcomes = []Outcome{Allowed, AllowedWithConditions, Refused}

// Enum lists every valid Outcome.
func (Outcome) Enum() []string { return auhl.Strings(progressOutcomes) }

// Valid reports whether o is a known outcome.
func (o Outcome) Valid() bool { return slices.Contains(progressOutcomes, o) }

// UnmarshalText accepts only a known outcome.
func (o *Outcome) UnmarshalText(b []byte) error {
	return enum.Unmarshal(o, b, progressOutcomes)
}

// The limits of a Record.
const (
	// MaxRecordBytes is the largest record DecodeRecord reads.
	MaxRecordBytes = 64 << 10
	// MaxCredits is the most credits any credit field of a
	// record may hold: more than any programme has in a year.
	MaxCredits = 240
	// maxProgressYears is the most enrolments a record may list.
	maxProgressYears = 30
	// maxProgressCourses is the most course units a record may list.
	maxProgressCourses = 400
	// maxCourseEnrolments is the most enrolments in one course unit a
	// record may give.
	maxCourseEnrolments = 4
	// maxProgressID is the longest programme or course id, in characters.
	maxProgressID = 100
)

// DecodeRecord decodes a Record from JSON the strict way
// (unknown fields, wrong types, unknown institutions) and checks it with
// Validate. It returns a *auhl.ValidationError listing every problem with
// its JSON Pointer. A document larger than MaxRecordBytes is refused
// unread.
func DecodeRecord(data []byte) (Record, error) {
	if len(data) > MaxRecordBytes {
		return Record{}, &auhl.ValidationError{Problems: []auhl.Problem{{
			Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(MaxRecordBytes)},
		}}}
	}
	var r Record
	if err := auhl.DecodeAndCheck(data, &r, r.check); err != nil {
		return Record{}, err
	}
	return r, nil
}

// Validate checks that the record can have happened, without the rules of
// any year: the institution (uhasselt or pxl) and cohort given; 1 to 30
// enrolments, their academic years strictly rising and none before the
// cohort; in each, 1 to 240 credits enrolled and no more earned than
// enrolled, drempelpakket credits that never grow, binding conditions
// with a cap or a target rate; course units each once, with 1 to 4
// enrolments. It returns a *auhl.ValidationError, or nil.
func (r Record) Validate() error { return r.check().Err() }

func (r *Record) check() *auhl.ValidationError {
	var ve auhl.ValidationError
	rng := func(p string, n, lo, hi int) bool { return checkRange(&ve, p, n, lo, hi) }
	id := func(p, s string) {
		if utf8.RuneCountInString(s) > maxProgressID {
			ve.Add(p, CodeTooLong, auhl.Params{"max": auhl.Int(maxProgressID)})
		}
	}
	checkInstitution(&ve, r.Institution)
	id("/programme", r.Programme)
	if r.Cohort.IsZero() {
		ve.Add("/cohort", auhl.CodeRequired, nil)
	}
	if len(r.Enrolments) == 0 {
		ve.Add("/enrolments", auhl.CodeRequired, nil)
	}
	rng("/enrolments", len(r.Enrolments), 0, maxProgressYears)
	var prev *Enrolment
	for i := range r.Enrolments {
		e := &r.Enrolments[i]
		p := auhl.Index("/enrolments", i)
		switch {
		case e.AcademicYear.IsZero():
			ve.Add(p+"/academicYear", auhl.CodeRequired, nil)
		case i == 0 && !r.Cohort.IsZero() && e.AcademicYear.Compare(r.Cohort) < 0:
			ve.Add(p+"/academicYear", CodeBeforeCohort, auhl.Params{"year": auhl.Str(e.AcademicYear.String()), "cohort": auhl.Str(r.Cohort.String())})
		case prev != nil && !prev.AcademicYear.IsZero() && e.AcademicYear == prev.AcademicYear:
			ve.Add(p+"/academicYear", CodeYearDuplicate, auhl.Params{"year": auhl.Str(e.AcademicYear.String())})
		case prev != nil && !prev.AcademicYear.IsZero() && e.AcademicYear.Compare(prev.AcademicYear) < 0:
			ve.Add(p+"/academicYear", CodeYearOrder, auhl.Params{"year": auhl.Str(e.AcademicYear.String()), "previous": auhl.Str(prev.AcademicYear.String())})
		}
		okEnrolled := rng(p+"/enrolled", int(e.Enrolled), 1, MaxCredits)
		if rng(p+"/earned", int(e.Earned), 0, MaxCredits) && okEnrolled && e.Earned > e.Enrolled {
			ve.Add(p+"/earned", CodeEarnedExceeds, auhl.Params{"earned": auhl.Int(int(e.Earned)), "enrolled": auhl.Int(int(e.Enrolled))})
		}
		if rng(p+"/drempelpakketOpen", int(e.DrempelpakketOpen), 0, MaxCredits) && prev != nil && e.DrempelpakketOpen > prev.DrempelpakketOpen {
			ve.Add(p+"/drempelpakketOpen", CodeDrempelpakketGrew, auhl.Params{"open": auhl.Int(int(e.DrempelpakketOpen)), "previous": auhl.Int(int(prev.DrempelpakketOpen))})
		}
		if c := e.Conditions; c != nil {
			cp := p + "/conditions"
			rng(cp+"/maxCredits", int(c.MaxCredits), 0, MaxCredits)
			rng(cp+"/targetRate", c.TargetRate, 0, 100)
			if c.MaxCredits == 0 && c.TargetRate == 0 {
				ve.Add(cp, CodeConditionsEmpty, nil)
			}
		}
		prev = e
	}
	rng("/courses", len(r.Courses), 0, maxProgressCourses)
	seen := make(map[string]bool, len(r.Courses))
	for i, c := range r.Courses {
		p := auhl.Index("/courses", i)
		switch {
		case strings.TrimSpace(c.ID) == "":
			ve.Add(p+"/id", auhl.CodeRequired, nil)
		case seen[c.ID]:
			ve.Add(p+"/id", CodeCourseDuplicate, auhl.Params{"course": auhl.Str(auhl.Clip(c.ID))})
		}
		seen[c.ID] = true
		id(p+"/id", c.ID)
		rng(p+"/enrolments", c.Enrolments, 1, maxCourseEnrolments)
	}
	rng("/plannedCredits", int(r.PlannedCredits), 0, MaxCredits)
	return &ve
}

// Decide decides on record rec with the embedded rules
// (Default): see RulesFile.Decide.
func Decide(rec Record) (Decision, error) {
	return Default().Decide(rec)
}

// Decide says whether the student of rec may re-enrol in the programme in
// the academic year after the last enrolment, under the rules of that
// year, and on which terms. It applies both the decree's drempelpakket
// rule (to cohorts from 2023-2024 on) and the institution's own measures
// (success-rate refusal, binding conditions, enrolments per course unit,
// credits per year); any refusal refuses, and only a decision that
// refuses nothing says whether binding conditions may follow. Each step is a Finding with its
// source, and every rule the data marks unconfirmed adds a
// CodeUnconfirmed warning the first time the decision uses it.
//
// The refusals concern the same programme: with NewProgramme they are
// reported as warnings and do not refuse. The record's Exception lifts
// only the decree's rule, the one the sources let institutions deviate
// from.
//
// An invalid record, or one whose next academic year the rules do not
// cover, is a *auhl.ValidationError.
func (s *RulesFile) Decide(rec Record) (Decision, error) {
	ve := rec.check()
	var rules *Rules
	if err := ve.Err(); err == nil {
		i := len(rec.Enrolments) - 1
		year := rec.Enrolments[i].AcademicYear.Next()
		if rules, err = s.For(year); err != nil {
			ve.Merge(auhl.Index("/enrolments", i)+"/academicYear", err)
		} else {
			max := rules.Decree.Drempelpakket.Credits
			for j, e := range rec.Enrolments {
				if int(e.DrempelpakketOpen) > max {
					ve.Add(auhl.Index("/enrolments", j)+"/drempelpakketOpen", CodeDrempelpakketExceeds, auhl.Params{"open": auhl.Int(int(e.DrempelpakketOpen)), "credits": auhl.Int(max)})
				}
			}
		}
	}
	if err := ve.Err(); err != nil {
		return Decision{}, err
	}
	d := &decider{set: s, rules: rules, inst: rules.institution(rec.Institution), rec: &rec,
		last: &rec.Enrolments[len(rec.Enrolments)-1]}
	d.run()
	return d.dec, nil
}

// decider builds one decision.
type decider struct {
	set   *RulesFile
	rules *Rules
	inst  *institutionRules
	rec   *Record
	last  *Enrolment
	dec   Decision
	// warnings are the warnings about the unconfirmed rules used.
	warnings rules.Warnings
	// refused and conditions gather the outcome.
	refused, conditions bool
}

// emit records a finding resting on b, and b's unconfirmed mark the first
// time the decision uses it. A refusal under NewProgramme is a warning.
func (d *decider) emit(code string, sev auhl.Severity, params auhl.Params, b rules.Basis) {
	params["year"] = auhl.Str(d.dec.Year.String())
	d.dec.Findings = append(d.dec.Findings, auhl.Finding{Code: code, Severity: sev, Params: params, Source: b.Cited()})
	d.note(b)
}

// note adds a CodeUnconfirmed warning the first time the decision
// uses b when b is unconfirmed.
func (d *decider) note(b rules.Basis) {
	if d.warnings.First(b) {
		d.dec.Findings = append(d.dec.Findings, rules.Warning(CodeUnconfirmed, b, auhl.Params{"year": auhl.Str(d.dec.Year.String())}))
	}
}

// refuse records a refusal of the programme for years academic years
// from the year decided on (0: no known end) and returns the severity of
// its finding.
func (d *decider) refuse(years int) auhl.Severity {
	if d.rec.NewProgramme {
		return auhl.Warning
	}
	d.refused = true
	if years <= 0 {
		d.dec.RefusalOpen = true
		return auhl.Error
	}
	until := d.dec.Year
	for range years - 1 {
		until = until.Next()
	}
	if until.Compare(d.dec.RefusedUntil) > 0 {
		d.dec.RefusedUntil = until
	}
	return auhl.Error
}

// until returns the last academic year of a refusal of years years.
func (d *decider) until(years int) auhl.Value {
	y := d.dec.Year
	for range years - 1 {
		y = y.Next()
	}
	return auhl.Str(y.String())
}

// rateAtLeast reports whether the last year's success rate is at least pct
// percent, on the exact fraction.
func (d *decider) rateAtLeast(pct int) bool {
	return int(d.last.Earned)*100 >= pct*int(d.last.Enrolled)
}

func (d *decider) run() {
	last, rec := d.last, d.rec
	d.dec = Decision{
		Year: last.AcademicYear.Next(), Earned: last.Earned, Enrolled: last.Enrolled,
		SuccessRate: float64(int(last.Earned)*1000/int(last.Enrolled)) / 10,
		Findings:    []auhl.Finding{},
	}
	rate := auhl.Num(d.dec.SuccessRate)
	k := &d.inst.Conditions
	d.emit(CodeSuccessRate, auhl.Info, auhl.Params{"last": auhl.Str(last.AcademicYear.String()),
		"earned": auhl.Int(int(last.Earned)), "enrolled": auhl.Int(int(last.Enrolled)), "rate": rate}, k.Basis)
	if rec.NewProgramme {
		d.emit(CodeNewProgramme, auhl.Info, auhl.Params{}, k.Basis)
	}
	d.decree()
	d.boundConditions(rate)
	d.rateRefusal(rate)
	d.courses(rate)
	d.rateConditions(rate)
	if m := d.inst.MaxCredits; m != nil && int(rec.PlannedCredits) > m.Credits {
		d.emit(CodeCreditsOverMax, auhl.Warning, auhl.Params{"planned": auhl.Int(int(rec.PlannedCredits)), "max": auhl.Int(m.Credits)}, m.Basis)
	}
	switch {
	case d.refused:
		d.dec.Outcome = Refused
	case d.conditions:
		d.dec.Outcome = AllowedWithConditions
	default:
		d.dec.Outcome = Allowed
	}
}

// decree applies the drempelpakket rule.
func (d *decider) decree() {
	r, rec, last := &d.rules.Decree, d.rec, d.last
	cohort := auhl.Params{"cohort": auhl.Str(rec.Cohort.String()), "from": auhl.Str(r.Cohort.From.String())}
	if rec.Cohort.Compare(r.Cohort.From) < 0 {
		d.emit(CodeDecreeNotApplicable, auhl.Info, cohort, r.Cohort.Basis)
		return
	}
	d.emit(CodeDecreeApplies, auhl.Info, cohort, r.Cohort.Basis)
	d.note(d.inst.Combination)
	p := r.Drempelpakket
	open, n := int(last.DrempelpakketOpen), len(rec.Enrolments)
	switch {
	case open == 0:
		d.emit(CodeDrempelpakketComplete, auhl.Info, auhl.Params{"credits": auhl.Int(p.Credits)}, p.Basis)
	case n < p.Enrolments:
		d.emit(CodeDrempelpakketOpen, auhl.Warning, auhl.Params{"open": auhl.Int(open), "credits": auhl.Int(p.Credits),
			"by": d.until(p.Enrolments - n)}, p.Basis)
		d.emit(CodeThirdModelPathWaits, auhl.Info, auhl.Params{"open": auhl.Int(open)}, r.ThirdModelPath)
	case rec.Exception:
		d.emit(CodeDrempelpakketException, auhl.Info, auhl.Params{"open": auhl.Int(open)}, r.Exception)
	default:
		sev := d.refuse(r.Refusal.Years)
		d.emit(CodeDrempelpakketRefused, sev, auhl.Params{"open": auhl.Int(open), "credits": auhl.Int(p.Credits),
			"enrolments": auhl.Int(n), "until": d.until(r.Refusal.Years), "years": auhl.Int(r.Refusal.Years)}, p.Basis)
		d.note(r.Refusal.Basis)
	}
}

// boundConditions judges the binding conditions imposed for the last
// year.
func (d *decider) boundConditions(rate auhl.Value) {
	c, last, k := d.last.Conditions, d.last, &d.inst.Conditions
	if c == nil {
		return
	}
	met := true
	if c.MaxCredits > 0 && last.Enrolled > c.MaxCredits {
		met = false
		d.emit(CodeConditionsCreditsExceeded, auhl.Warning, auhl.Params{"enrolled": auhl.Int(int(last.Enrolled)), "max": auhl.Int(int(c.MaxCredits))}, k.Basis)
	}
	if c.TargetRate > 0 && !d.rateAtLeast(c.TargetRate) {
		met = false
		d.emit(CodeConditionsRateMissed, auhl.Warning, auhl.Params{"rate": rate, "target": auhl.Int(c.TargetRate)}, k.Basis)
	}
	lastYear := auhl.Params{"last": auhl.Str(last.AcademicYear.String())}
	switch {
	case met:
		d.emit(CodeConditionsMet, auhl.Info, lastYear, k.Basis)
	case k.RescueAdvice && c.PositiveAdvice:
		d.emit(CodeConditionsAdvice, auhl.Info, lastYear, k.Basis)
	case k.RescueRate > 0 && d.rateAtLeast(k.RescueRate):
		d.emit(CodeConditionsRescued, auhl.Info, auhl.Params{"rate": rate, "threshold": auhl.Int(k.RescueRate)}, k.Basis)
	case k.RefusalYears > 0:
		sev := d.refuse(k.RefusalYears)
		d.emit(CodeConditionsRefused, sev, auhl.Params{"until": d.until(k.RefusalYears), "years": auhl.Int(k.RefusalYears)}, k.Basis)
	default:
		sev := d.refuse(0)
		d.emit(CodeConditionsRefusedOpen, sev, auhl.Params{}, k.Basis)
	}
}

// rateRefusal applies the low-rate refusal to the last year.
func (d *decider) rateRefusal(rate auhl.Value) {
	f, last := d.inst.Refusal, d.last
	if f == nil || d.rateAtLeast(f.Below) {
		return
	}
	p := auhl.Params{"rate": rate, "threshold": auhl.Int(f.Below)}
	if last.FinalMasterYearOnly {
		d.emit(CodeRateFinalMasterYear, auhl.Info, p, f.Basis)
		return
	}
	code := CodeRateRefused
	if last.Elsewhere {
		code = CodeRateRefusedElsewhere
	}
	p["until"], p["years"] = d.until(f.Years), auhl.Int(f.Years)
	d.emit(code, d.refuse(f.Years), p, f.Basis)
}

// rateConditions says, when nothing refuses, whether the last year's
// success rate allows binding conditions.
func (d *decider) rateConditions(rate auhl.Value) {
	k := &d.inst.Conditions
	if d.refused {
		return
	}
	if d.rateAtLeast(k.Below) {
		d.emit(CodeRateSufficient, auhl.Info, auhl.Params{"rate": rate, "threshold": auhl.Int(k.Below)}, k.Basis)
		return
	}
	target := k.SameProgrammeRate
	if d.rec.NewProgramme {
		target = k.NewProgrammeRate
	}
	d.conditions = true
	d.dec.Conditions = &Conditions{MaxCredits: slices.Clone(k.MaxCredits), TargetRate: target}
	d.emit(CodeRateConditions, auhl.Warning, auhl.Params{"rate": rate, "threshold": auhl.Int(k.Below), "target": auhl.Int(target)}, k.Basis)
	if n := len(k.MaxCredits); n > 0 {
		d.emit(CodeConditionsMaxCredits, auhl.Info, auhl.Params{"low": auhl.Int(int(k.MaxCredits[0])), "high": auhl.Int(int(k.MaxCredits[n-1]))}, k.Basis)
	}
}

// courses applies the limit on enrolments per course unit.
func (d *decider) courses(rate auhl.Value) {
	r := d.inst.Courses
	if r == nil {
		return
	}
	for _, c := range d.rec.Courses {
		if c.Passed || c.Enrolments < r.Max {
			continue
		}
		course := auhl.Str(auhl.Clip(c.ID))
		switch {
		case c.Enrolments >= r.Never-1:
			d.emit(CodeCourseNever, d.refuse(0), auhl.Params{"course": course, "enrolments": auhl.Int(c.Enrolments), "never": auhl.Int(r.Never)}, r.Basis)
		case d.rateAtLeast(r.UnlessRate):
			d.emit(CodeCourseRescued, auhl.Info, auhl.Params{"course": course, "enrolments": auhl.Int(c.Enrolments), "rate": rate, "threshold": auhl.Int(r.UnlessRate)}, r.Basis)
		default:
			d.emit(CodeCourseRefused, d.refuse(r.RefusalYears), auhl.Params{"course": course, "enrolments": auhl.Int(c.Enrolments),
				"until": d.until(r.RefusalYears), "years": auhl.Int(r.RefusalYears), "rate": rate, "threshold": auhl.Int(r.UnlessRate)}, r.Basis)
		}
	}
}
