package combination

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog/units"
	"github.com/auhl/auhl-go/auhl/rules"
)

// Validator validates plans against rules, agreements and a course-unit
// catalogue; its zero value uses the embedded ones. It is safe for
// concurrent use as long as its fields are not changed.
type Validator struct {
	// Rules are the combination rules; nil for Default.
	Rules *RulesFile
	// Agreements are the agreements between institutions; nil for
	// DefaultAgreements.
	Agreements *AgreementSet
	// Units is the course-unit catalogue; nil for units.Default.
	Units *units.Catalog
	// Taken is, by agreement id, how many of its places other students
	// already hold for the plan's year.
	Taken map[string]int
}

// Result is the validation of a plan: every unmet requirement at once,
// not a yes or no.
type Result struct {
	// AcademicYear is the year of the plan.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Credits is the plan's total, of the units whose credits are known.
	Credits auhl.Credits `json:"credits"`
	// Blocked reports whether a finding of severity error stands: the
	// plan cannot be approved as it is.
	Blocked bool `json:"blocked"`
	// Findings are the findings, in the order of the checks: load, then
	// each unit in the plan's order, clashes, the bridging programme,
	// the overrides.
	Findings []auhl.Finding `json:"findings"`
	// Overridden are the findings set aside by an override, each with it.
	Overridden []Overridden `json:"overridden,omitempty"`
}

// Overridden is a finding an override set aside, with the override: the
// audit trail of the examination board's decision.
type Overridden struct {
	// Finding is the finding set aside.
	Finding auhl.Finding `json:"finding"`
	// Override is the decision that set it aside.
	Override Override `json:"override"`
}

// Validate validates p with the embedded rules, agreements and units.
func Validate(p Plan) (Result, error) { return Validator{}.Validate(p) }

// Validate returns every finding on plan p: load limits of the student's
// institution and status, units unknown or already passed, units at the
// partner institution without an agreement or a place, exam-contract
// exclusions, prerequisites, enrolment deadlines, clashes of the events,
// the bridging programme, and the overrides applied. An invalid plan is a
// *auhl.ValidationError (see Plan.Validate); a year the rules do not
// cover is one too, with a rules.CodePeriodUnknown problem, never a
// fallback.
func (v Validator) Validate(p Plan) (Result, error) {
	if err := p.Validate(); err != nil {
		return Result{}, err
	}
	r, cat, err := v.setup(p.AcademicYear)
	if err != nil {
		return Result{}, err
	}
	a := &audit{v: v, p: &p, r: r, units: cat, agreements: v.Agreements}
	if a.agreements == nil {
		a.agreements = DefaultAgreements()
	}
	a.run()
	res := Result{AcademicYear: p.AcademicYear, Credits: a.total, Findings: a.findings, Overridden: a.overridden}
	for _, f := range res.Findings {
		res.Blocked = res.Blocked || f.Severity == auhl.Error
	}
	return res, nil
}

// setup returns the rules of year y and the units, the embedded ones
// where v names none; a year the rules do not cover is an error.
func (v Validator) setup(y auhl.AcademicYear) (*Rules, *units.Catalog, error) {
	rs := v.Rules
	if rs == nil {
		rs = Default()
	}
	r, err := rs.For(y)
	if err != nil {
		return nil, nil, err
	}
	cat := v.Units
	if cat == nil {
		cat = units.Default()
	}
	return r, cat, nil
}

// audit is one validation under way.
type audit struct {
	v          Validator
	p          *Plan
	r          *Rules
	units      *units.Catalog
	agreements *AgreementSet

	planned    []planned
	byKey      map[units.Key]int
	history    map[units.Key]Record // the best result of each unit
	total      auhl.Credits
	overridden []Overridden
	report
}

// report gathers the findings of a decision, and warns once of each
// unconfirmed rule one of them rests on.
type report struct {
	findings []auhl.Finding
	warned   rules.Warnings
}

// planned is a planned unit with what the catalogue and the plan say of
// it.
type planned struct {
	PlannedUnit
	key      units.Key
	unit     units.Unit
	listed   bool
	credits  auhl.Credits
	semester units.Semester
	contract Contract
	enrolled auhl.Date
}

// emit adds a finding resting on rule b, and the warning of an
// unconfirmed rule the first time one is used.
func (r *report) emit(code string, sev auhl.Severity, params auhl.Params, b rules.Basis) {
	r.findings = append(r.findings, auhl.Finding{Code: code, Severity: sev, Params: params, Source: b.Cited()})
	if r.warned.First(b) {
		r.findings = append(r.findings, rules.Warning(CodeRuleUnconfirmed, b, nil))
	}
}

func (a *audit) run() {
	a.resolve()
	a.load()
	a.programmeDeadline()
	for i := range a.planned {
		a.unit(&a.planned[i])
	}
	a.clashes()
	a.bridging()
	a.applyOverrides()
}

// resolve looks every planned unit up and reads the history.
func (a *audit) resolve() {
	p := a.p
	if !a.units.AcademicYear.IsZero() && a.units.AcademicYear != p.AcademicYear {
		a.findings = append(a.findings, auhl.Finding{Code: CodeUnitsYear, Severity: auhl.Warning,
			Params: auhl.Params{"year": auhl.Str(p.AcademicYear.String()), "unitsYear": auhl.Str(a.units.AcademicYear.String())},
			Source: a.units.Sources[a.units.Source]})
	}
	a.history = make(map[units.Key]Record, len(p.History))
	for _, r := range p.History {
		k := p.key(r.Institution, r.Unit)
		if old, ok := a.history[k]; !ok || r.Outcome.acquired() && !old.Outcome.acquired() {
			a.history[k] = r
		}
	}
	prog, hasProg := a.units.Programme(p.Institution, p.Programme)
	a.byKey = make(map[units.Key]int, len(p.Units))
	for _, u := range p.Units {
		pu := planned{PlannedUnit: u, key: p.key(u.Institution, u.Code), contract: u.Contract, enrolled: u.EnrolledOn}
		pu.unit, pu.listed = a.units.Unit(pu.key.Institution, pu.key.Code)
		pu.credits, pu.semester = u.Credits, u.Semester
		if pu.credits == 0 && pu.listed {
			pu.credits = pu.unit.Credits
			if hasProg {
				pu.credits = prog.CreditsOf(pu.unit)
			}
		}
		if pu.semester == "" {
			pu.semester = pu.unit.Semester
		}
		if pu.contract == "" {
			pu.contract = p.Contract
		}
		if pu.enrolled.IsZero() {
			pu.enrolled = p.EnrolledOn
		}
		a.byKey[pu.key] = len(a.planned)
		a.planned = append(a.planned, pu)
		a.total += pu.credits
	}
}

// unitParams are the params of a finding on one unit.
func unitParams(k units.Key, kv ...any) auhl.Params {
	params := auhl.Params{"unit": auhl.Str(k.String())}
	for i := 0; i+1 < len(kv); i += 2 {
		params[kv[i].(string)] = kv[i+1].(auhl.Value)
	}
	return params
}

// load checks the plan's credits against the limits of the student's
// institution and status.
func (a *audit) load() {
	total := int(a.total)
	a.findings = append(a.findings, auhl.Finding{Code: CodeLoadTotal, Severity: auhl.Info, Params: auhl.Params{"credits": auhl.Int(total)}, Source: a.units.SourceOf(units.Unit{})})
	st := a.p.Status
	if max := int(st.BindingMaxCredits); max > 0 && total > max {
		a.emit(CodeLoadBinding, auhl.Error, auhl.Params{"credits": auhl.Int(total), "max": auhl.Int(max)}, a.r.Binding.Basis)
	}
	if b := a.r.Binding; st.BindingMaxCredits > 0 && !slices.Contains(b.Credits, st.BindingMaxCredits) {
		a.emit(CodeLoadBindingUnusual, auhl.Warning, auhl.Params{"max": auhl.Int(int(st.BindingMaxCredits)), "usual": auhl.Str(joinCredits(b.Credits))}, b.Basis)
	}
	l, ok := a.r.load(a.p.Institution)
	if !ok {
		a.findings = append(a.findings, auhl.Finding{Code: CodeLoadRuleUnknown, Severity: auhl.Warning,
			Params: auhl.Params{"institution": auhl.Txt(a.p.Institution.Name())}})
		return
	}
	switch {
	case l.Max.Credits > 0 && total > int(l.Max.Credits):
		a.emit(CodeLoadMax, auhl.Error, auhl.Params{"credits": auhl.Int(total), "max": auhl.Int(int(l.Max.Credits)), "institution": auhl.Txt(a.p.Institution.Name())}, l.Max.Basis)
		fallthrough
	case l.Standard.Credits > 0 && total > int(l.Standard.Credits):
		a.emit(CodeLoadAboveStandard, auhl.Warning, auhl.Params{"credits": auhl.Int(total), "standard": auhl.Int(int(l.Standard.Credits))}, l.Standard.Basis)
	}
	if st.Visa && !st.GraduationYear && l.VisaMin.Credits > 0 && total < int(l.VisaMin.Credits) {
		a.emit(CodeLoadVisaMin, auhl.Error, auhl.Params{"credits": auhl.Int(total), "min": auhl.Int(int(l.VisaMin.Credits))}, l.VisaMin.Basis)
	}
	if len(st.Exchange) > 0 && l.ExchangeSemesterMin.Credits > 0 {
		a.exchange(l.ExchangeSemesterMin)
	}
}

// joinCredits writes limits as "45 / 60".
func joinCredits(cs []auhl.Credits) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = strconv.Itoa(int(c))
	}
	return strings.Join(s, " / ")
}

// exchange checks each semester of an exchange stay against its minimum.
func (a *audit) exchange(min creditsRule) {
	per := map[units.Semester]int{}
	var unknown []string
	for _, pu := range a.planned {
		switch pu.semester {
		case units.First, units.Second:
			per[pu.semester] += int(pu.credits)
		default:
			unknown = append(unknown, pu.key.String())
		}
	}
	if len(unknown) > 0 {
		a.emit(CodeLoadSemesterUnknown, auhl.Warning, auhl.Params{"count": auhl.Int(len(unknown)), "units": auhl.Str(strings.Join(unknown, ", "))}, min.Basis)
	}
	for _, s := range []units.Semester{units.First, units.Second} {
		if slices.Contains(a.p.Status.Exchange, s) && per[s] < int(min.Credits) {
			a.emit(CodeLoadExchangeMin, auhl.Error, auhl.Params{"semester": auhl.Str(string(s)), "credits": auhl.Int(per[s]), "min": auhl.Int(int(min.Credits))}, min.Basis)
		}
	}
}

// unit checks one planned unit.
func (a *audit) unit(pu *planned) {
	k := pu.key
	switch {
	case !pu.listed && pu.Credits == 0:
		a.findings = append(a.findings, auhl.Finding{Code: CodeUnitUnknown, Severity: auhl.Error, Params: unitParams(k), Source: a.units.SourceOf(units.Unit{})})
	case !pu.listed:
		a.findings = append(a.findings, auhl.Finding{Code: CodeUnitFromPlan, Severity: auhl.Warning, Params: unitParams(k), Source: a.units.SourceOf(units.Unit{})})
	case pu.credits == 0:
		a.findings = append(a.findings, auhl.Finding{Code: CodeUnitCreditsUnknown, Severity: auhl.Error, Params: unitParams(k), Source: a.units.SourceOf(pu.unit)})
	}
	if r, ok := a.history[k]; ok && r.Outcome.acquired() {
		a.emit(CodeUnitAlreadyPassed, auhl.Warning, unitParams(k, "year", auhl.Str(r.Year.String())), a.r.Reorientation.Credit)
	}
	if k.Institution != a.p.Institution {
		a.partner(pu)
	}
	if pu.contract == Exam {
		switch pu.unit.ExamContract {
		case units.ExamExcluded:
			a.emit(CodeExamContractExcluded, auhl.Error, unitParams(k), a.r.ExamContract)
		case "":
			a.emit(CodeExamContractUnknown, auhl.Warning, unitParams(k), a.r.ExamContract)
		}
	}
	for _, pr := range pu.unit.Prerequisites {
		a.prerequisite(pu, pr)
	}
	a.deadline(pu)
}

// partner checks a unit at the partner institution against the
// agreements.
func (a *audit) partner(pu *planned) {
	p := a.p
	for i := range a.agreements.Agreements {
		ag := &a.agreements.Agreements[i]
		if !ag.covers(pu.key, p.Institution, p.Programme, pu.contract, p.AcademicYear) {
			continue
		}
		if ag.Places > 0 && a.v.Taken[ag.ID] >= ag.Places {
			a.emit(CodePartnerNoPlace, auhl.Error, unitParams(pu.key, "agreement", auhl.Str(ag.ID), "places", auhl.Int(ag.Places)), ag.Basis)
			return
		}
		a.emit(CodePartnerAgreement, auhl.Info, unitParams(pu.key, "agreement", auhl.Str(ag.ID), "regulation", auhl.Txt(ag.Regulation.Name())), ag.Basis)
		return
	}
	a.emit(CodePartnerNoAgreement, auhl.Error, unitParams(pu.key, "provider", auhl.Txt(pu.key.Institution.Name()), "institution", auhl.Txt(p.Institution.Name())), a.r.Partner)
}

// before orders the planned semesters: a unit of the first semester comes
// before one of the second; a year-long unit, or one whose semester is not
// known, is taken to share the term of every other.
func before(a, b units.Semester) bool { return a == units.First && b == units.Second }

// prerequisite checks one prerequisite of a planned unit against the
// history and the plan.
func (a *audit) prerequisite(pu *planned, pr units.Prerequisite) {
	req := units.Key{Institution: pr.Institution, Code: pr.Unit}
	if req.Institution == "" {
		req.Institution = pu.key.Institution
	}
	r, inHistory := a.history[req]
	i, inPlan := a.byKey[req]
	var ok bool
	var code string
	switch pr.Mode {
	case units.Passed:
		ok, code = inHistory && r.Outcome.acquired(), CodeNotPassed
	case units.Followed:
		ok, code = inHistory || inPlan && before(a.planned[i].semester, pu.semester), CodeNotFollowed
	default: // units.Corequisite
		ok, code = inHistory || inPlan && !before(pu.semester, a.planned[i].semester), CodeNotAlongside
	}
	if !ok {
		a.emit(code, auhl.Error, unitParams(pu.key, "required", auhl.Str(req.String())), a.r.Prerequisite)
	}
}

// deadline checks the day a unit was added against its deadline.
func (a *audit) deadline(pu *planned) {
	if pu.enrolled.IsZero() {
		return
	}
	d := a.r.Deadlines
	if pu.contract == Exam {
		if pu.ExamStarts.IsZero() {
			a.emit(CodeDeadlineUnchecked, auhl.Info, unitParams(pu.key), d.ExamContract.Basis)
			return
		}
		if last := pu.ExamStarts.AddDays(-d.ExamContract.Days); pu.enrolled.After(last) {
			a.emit(CodeLateExamContract, auhl.Error, unitParams(pu.key, "date", auhl.Str(pu.enrolled.String()), "deadline", auhl.Str(last.String())), d.ExamContract.Basis)
		}
		return
	}
	if pu.TeachingStarts.IsZero() {
		a.emit(CodeDeadlineUnchecked, auhl.Info, unitParams(pu.key), d.Unit)
		return
	}
	if pu.enrolled.After(pu.TeachingStarts) {
		a.emit(CodeLateUnit, auhl.Error, unitParams(pu.key, "date", auhl.Str(pu.enrolled.String()), "deadline", auhl.Str(pu.TeachingStarts.String())), d.Unit)
	}
}

// programmeDeadline checks the day of the enrolment in the programme.
func (a *audit) programmeDeadline() {
	p := a.p
	if p.Programme == "" || p.EnrolledOn.IsZero() {
		return
	}
	d := a.r.Deadlines.Programme
	if last := d.Day.In(p.AcademicYear); p.EnrolledOn.After(last) {
		a.emit(CodeLateProgramme, auhl.Error, auhl.Params{"date": auhl.Str(p.EnrolledOn.String()), "deadline": auhl.Str(last.String())}, d.Basis)
	}
}

// clashes reports every pair of overlapping events of two different units
// on one day, once. Classes of a unit taken under an exam contract are
// left out: the student does not attend them.
func (a *audit) clashes() {
	type ev struct {
		Event
		key      units.Key
		from, to int
	}
	var evs []ev
	for _, e := range a.p.Events {
		k := a.p.key(e.Institution, e.Unit)
		if i, ok := a.byKey[k]; !ok || e.Kind == Lesson && a.planned[i].contract == Exam {
			continue
		}
		evs = append(evs, ev{Event: e, key: k, from: e.From.minutes(), to: e.To.minutes()})
	}
	sort.SliceStable(evs, func(i, j int) bool {
		if c := evs[i].Date.Compare(evs[j].Date); c != 0 {
			return c < 0
		}
		return evs[i].from < evs[j].from
	})
	seen := map[[3]string]bool{}
	for i := range evs {
		for j := i + 1; j < len(evs) && evs[j].Date == evs[i].Date && evs[j].from < evs[i].to; j++ {
			x, y := evs[i], evs[j]
			if x.key == y.key || x.Kind != y.Kind {
				continue
			}
			if y.key.String() < x.key.String() {
				x, y = y, x
			}
			pair := [3]string{x.key.String(), y.key.String(), string(x.Kind) + x.Date.String()}
			if seen[pair] {
				continue
			}
			seen[pair] = true
			code := CodeClashLesson
			if x.Kind == ExamEvent {
				code = CodeClashExam
			}
			from, to := max(x.from, y.from), min(x.to, y.to)
			a.emit(code, auhl.Error, unitParams(x.key, "other", auhl.Str(y.key.String()), "date", auhl.Str(x.Date.String()),
				"from", auhl.Str(clock(from)), "to", auhl.Str(clock(to))), a.r.Clash)
		}
	}
}

// clock writes minutes since midnight as "08:30".
func clock(m int) string {
	return string([]byte{byte('0' + m/600), byte('0' + m/60%10), ':', byte('0' + m%60/10), byte('0' + m%10)})
}
