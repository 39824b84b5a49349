package admission

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/enum"
	"github.com/auhl/auhl-go/procedures/language"
)

// Decide decides whether applicant a is admissible to programme
// p with the embedded rules: see RulesFile.Decide.
func Decide(a Applicant, p catalog.Programme) (Decision, error) {
	return Default().Decide(a, p)
}

// Decide decides whether applicant a is admissible to programme p of the
// catalogue in a's academic year, under that year's admission rules of s
// and language rules of s.Language (the embedded ones when nil): the route in (a diploma, afwijkende
// toelating, the graduaat admission test, a schakel- or
// voorbereidingsprogramma) and every requirement with where it stands: the
// binding entrance exam, the mandatory ijkingstoets, the starttoets and
// its remediation, the artistic admission test, the language levels, and
// the contracts each applies to. Every step is a Finding with its source;
// a rule the notes could not confirm adds a CodeUnconfirmed
// warning, and a requirement resting on it is marked Unconfirmed.
//
// An invalid applicant, a programme without id or of an unknown level or
// institution, or a year either rule set does not cover is a
// *auhl.ValidationError, and no decision.
func (s *RulesFile) Decide(a Applicant, p catalog.Programme) (Decision, error) {
	lang := s.Language
	if lang == nil {
		lang = language.Default()
	}
	ve := a.check()
	if p.ID == "" {
		ve.Add("/programme/id", auhl.CodeRequired, nil)
	}
	if !p.Level.Valid() {
		ve.Add("/programme/level", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(p.Level))), "allowed": auhl.Str(enum.Join(auhl.Levels()))})
	}
	if p.Institution != auhl.UHasselt && p.Institution != auhl.PXL {
		ve.Add("/programme/institution", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(p.Institution))), "allowed": auhl.Str(enum.Join([]auhl.Institution{auhl.UHasselt, auhl.PXL}))})
	}
	var rules *Rules
	var lrules *language.Rules
	if !a.AcademicYear.IsZero() {
		var err error
		if rules, err = s.For(a.AcademicYear); err != nil {
			ve.Merge("/academicYear", err)
		} else if lr, err := lang.For(a.AcademicYear); err != nil {
			ve.Merge("/academicYear", err)
		} else {
			lrules = lr
			// A Flemish secondary diploma issued before the year of the
			// qualification has none. One issued later may lack it: the
			// decision says what that means rather than refusing it.
			checkNamedDiplomas(ve, a, rules)
			from := rules.Secondary.QualificationFrom
			for i, d := range a.Diplomas {
				if i < maxDiplomas && d.Kind == DiplomaSecondary && !d.Foreign && d.Qualification != 0 && !d.Issued.IsZero() && d.Issued.Compare(from) < 0 {
					ve.Add(auhl.Index("/diplomas", i)+"/qualification", CodeQualificationBefore, auhl.Params{"issued": auhl.Str(d.Issued.String()), "from": auhl.Str(from.String())})
				}
			}
		}
	}
	if err := ve.Err(); err != nil {
		return Decision{}, err
	}
	d := &decider{set: s, r: rules, lang: lrules, a: a, p: p, contract: a.Contract}
	if d.contract == "" {
		d.contract = DiplomaContract
	}
	return d.run(), nil
}

// decider builds one admission decision.
type decider struct {
	set      *RulesFile
	r        *Rules
	lang     *language.Rules
	a        Applicant
	p        catalog.Programme
	contract Contract
	// applies are the contracts the admission conditions apply to.
	applies []Contract
	// free marks a credit contract without the admission conditions.
	free bool
	dec  Decision
	// warnings are the warnings about the unconfirmed rules used.
	warnings rules.Warnings
}

// params are the parameters every admission finding carries: the year
// and the programme.
func (d *decider) params(more ...any) auhl.Params {
	p := auhl.Params{"year": auhl.Str(d.a.AcademicYear.String()), "programme": auhl.Txt(d.p.Name)}
	for i := 0; i+1 < len(more); i += 2 {
		k := more[i].(string)
		switch v := more[i+1].(type) {
		case int:
			p[k] = auhl.Int(v)
		case float64:
			p[k] = auhl.Num(v)
		case string:
			p[k] = auhl.Str(v)
		case auhl.Text:
			p[k] = auhl.Txt(v)
		}
	}
	return p
}

// emit records a finding resting on b, and a CodeUnconfirmed
// warning the first time the decision uses b when b is unconfirmed.
func (d *decider) emit(code string, sev auhl.Severity, b rules.Basis, more ...any) {
	d.dec.Findings = append(d.dec.Findings, auhl.Finding{Code: code, Severity: sev, Params: d.params(more...), Source: b.Cited()})
	d.uses(b)
}

// uses records that the decision rests on b as well: a CodeUnconfirmed
// warning the first time when b is unconfirmed.
func (d *decider) uses(b rules.Basis) {
	if d.warnings.First(b) {
		d.dec.Findings = append(d.dec.Findings, rules.Warning(CodeUnconfirmed, b, auhl.Params{"year": auhl.Str(d.a.AcademicYear.String())}))
	}
}

// require records a requirement resting on b.
func (d *decider) require(kind RequirementKind, st RequirementStatus, before bool, b rules.Basis, set func(*Requirement)) {
	r := Requirement{Kind: kind, Status: st, BeforeEnrolment: before, Contracts: d.applies, Unconfirmed: b.Unconfirmed}
	if set != nil {
		set(&r)
	}
	d.dec.Requirements = append(d.dec.Requirements, r)
}

func (d *decider) run() Decision {
	r := d.r
	d.dec = Decision{AcademicYear: d.a.AcademicYear, Programme: d.p.ID, Contract: d.contract, Requirements: []Requirement{},
		Dates: []KeyDate{}, Appeals: []Appeal{}, Findings: []auhl.Finding{}}

	// The contracts the conditions apply to.
	c := r.contracts(d.p.Institution)
	d.applies = []Contract{DiplomaContract, ExamContract}
	if c.Credit.Applies {
		d.applies = append(d.applies, CreditContract)
	}
	switch {
	case d.contract == CreditContract && !c.Credit.Applies:
		d.free = true
		d.emit(CodeCreditFree, auhl.Info, c.Credit.Basis)
		d.require(ReqInstitution, StatusOpen, false, c.Credit.Basis, nil)
		return d.finish()
	case d.contract == CreditContract:
		d.emit(CodeCreditApplies, auhl.Info, c.Credit.Basis)
	default:
		d.emit(CodeContract, auhl.Info, c.Diploma, "contract", d.contract.Name())
	}

	switch d.p.Level {
	case auhl.Graduaat, auhl.ProfessionalBachelor, auhl.AcademicBachelor:
		d.firstCycle()
	case auhl.Master:
		d.master()
	default:
		d.other()
	}
	if d.dec.Route != "" {
		d.workExperience()
		d.programmeTests()
		d.languages()
	}
	return d.finish()
}

// finish sets the outcome, adds the dates and the appeals, and puts the
// outcome's finding first: not admissible
// when a requirement failed or there is no route; not yet admissible
// while a requirement to be met before the enrolment is open; admissible
// with conditions while only conditions that follow the enrolment are
// open; else admissible. The finding counts the requirements that make
// the outcome: the first steps, or the open conditions.
func (d *decider) finish() Decision {
	out, code, open := Admissible, CodeAdmissible, len(d.dec.OpenRequirements())
	failed := slices.ContainsFunc(d.dec.Requirements, func(q Requirement) bool { return q.Status == StatusFailed })
	switch first := len(d.dec.FirstSteps()); {
	case failed || (d.dec.Route == "" && !d.free):
		out, code = NotAdmissible, CodeNotAdmissible
	case first > 0:
		out, code, open = NotYetAdmissible, CodeNotYetAdmissible, first
	case open > 0:
		out, code = AdmissibleWithConditions, CodeWithConditions
	}
	d.dec.Outcome = out
	d.dates()
	d.appeals()
	sev := auhl.Info
	if out == NotAdmissible || out == NotYetAdmissible {
		sev = auhl.Warning
	}
	head := auhl.Finding{Code: code, Severity: sev, Params: d.params("open", open)}
	d.dec.Findings = append([]auhl.Finding{head}, d.dec.Findings...)
	return d.dec
}

// firstCycle finds the route into a graduaat or a bachelor.
func (d *decider) firstCycle() {
	r := d.r
	if d.higherDiploma() {
		return
	}
	graduaat := d.p.Level == auhl.Graduaat
	for _, dip := range d.a.Diplomas {
		if d.access(dip, graduaat) {
			return
		}
	}
	if graduaat {
		w := r.Graduaat.WithoutDiploma
		switch {
		case d.a.Age == 0:
			d.emit(CodeGraduaatTestAgeUnknown, auhl.Info, w.Basis, "minAge", w.Age)
		case d.a.Age < w.Age:
			d.emit(CodeGraduaatTestTooYoung, auhl.Warning, w.Basis, "age", d.a.Age, "minAge", w.Age)
			return
		default:
			d.emit(CodeRouteGraduaatTest, auhl.Info, w.Basis, "age", d.a.Age, "minAge", w.Age)
		}
		d.dec.Route = RouteGraduaatTest
		st := d.passFail(TestGraduaat, "", CodeGraduaatTestPassed, CodeGraduaatTestFailed, CodeGraduaatTestOpen, r.Graduaat.AdmissionTest)
		d.require(ReqGraduaatTest, st, true, r.Graduaat.AdmissionTest, func(q *Requirement) { q.Test = TestGraduaat })
		return
	}
	d.dec.Route = RouteAfwijkend
	d.emit(CodeRouteAfwijkend, auhl.Warning, r.Afwijkend)
	d.require(ReqAfwijkend, StatusOpen, true, r.Afwijkend, nil)
}

// access reports whether diploma dip gives access to a graduaat
// (graduaat) or a bachelor, and records the route and findings if so, or
// why not.
func (d *decider) access(dip Diploma, graduaat bool) bool {
	r := d.r
	name := dip.Kind.Name()
	switch {
	case dip.Named != "":
		n, _ := r.named(dip.Named) // Decide checked the name
		return d.foreignAccess(n.Levels.at(d.p.Level), n.Name)
	case dip.Foreign && dip.Kind == DiplomaSecondary:
		f := r.Foreign
		switch {
		case !dip.AccessAtHome:
			d.emit(CodeForeignNoAccess, auhl.Warning, f.Lisbon)
			return false
		case dip.ProfessionalOnly:
			if !d.foreignAccess(f.ProfessionalOnly.at(d.p.Level), professionalOnlyName) {
				return false
			}
			if !dip.Lisbon {
				d.competenceCheck()
			}
			return true
		case dip.Lisbon:
			d.emit(CodeForeignLisbon, auhl.Info, f.Lisbon)
		default:
			d.competenceCheck()
		}
		d.dec.Route = RouteDiploma
		return true
	case dip.Kind == DiplomaSecondary:
		return d.secondary(dip, graduaat)
	case dip.Kind == DiplomaStudyCertificate:
		sc := r.Graduaat.StudyCertificate
		if !graduaat {
			d.emit(CodeCertificateNoBachelor, auhl.Warning, r.Secondary.Diploma, "diploma", name)
			return false
		}
		if !d.oldEnough(dip, sc.Years) {
			return false
		}
		d.dec.Route = RouteDiploma
		return true
	case dip.Kind == DiplomaAdultEducation:
		ae := r.Graduaat.AdultEducation
		if !graduaat {
			d.emit(CodeCertificateNoBachelor, auhl.Warning, r.Secondary.Diploma, "diploma", name)
			return false
		}
		if dip.Lessons < ae.Lessons {
			d.emit(CodeAdultEducationShort, auhl.Warning, ae.Basis, "lessons", dip.Lessons, "needed", ae.Lessons)
			return false
		}
		d.emit(CodeAdultEducation, auhl.Info, ae.Basis, "lessons", dip.Lessons, "needed", ae.Lessons)
		d.dec.Route = RouteDiploma
		return true
	case dip.Kind == DiplomaAdmissionCertificate:
		d.emit(CodeAfwijkendCertificate, auhl.Info, r.Afwijkend)
		d.dec.Route = RouteAfwijkend
		d.require(ReqAfwijkend, StatusMet, true, r.Afwijkend, nil)
		return true
	case dip.Kind.higher():
		d.emit(CodeHigherEducation, auhl.Info, r.HigherEducation, "diploma", name)
		d.foreignHigher(dip)
		d.dec.Route = RouteDiploma
		return true
	}
	return false
}

// secondary reports whether Flemish secondary diploma dip gives access
// to a graduaat (graduaat) or a bachelor, and records the route and
// findings if so, or why not. A diploma issued before the qualification
// gives access; so does one issued in the transition's years, with or
// without a qualification; a later one needs the qualification of the
// programme, and where it does not state it a bachelor asks to show it.
func (d *decider) secondary(dip Diploma, graduaat bool) bool {
	sec := d.r.Secondary
	need := sec.Bachelor
	if graduaat {
		need = sec.Graduaat
	}
	switch {
	case dip.Issued.Compare(sec.QualificationFrom) < 0:
		d.emit(CodeDiploma, auhl.Info, sec.Diploma, "diploma", dip.Kind.Name())
	case dip.Issued.Compare(sec.Transition.LastYear) <= 0:
		d.emit(CodeTransition, auhl.Info, sec.Transition.Basis, "issued", dip.Issued.String(), "qualification", dip.Qualification)
	case dip.Qualification == 0 && need.Level <= 3:
		// Every qualification a diploma states (3 or 4) is enough.
		d.emit(CodeQualificationNotStated, auhl.Info, need.Basis, "needed", need.Level)
	case dip.Qualification == 0:
		d.emit(CodeQualificationUnknown, auhl.Warning, need.Basis, "needed", need.Level)
		d.require(ReqQualification, StatusOpen, true, need.Basis, nil)
	case dip.Qualification < need.Level:
		d.emit(CodeQualificationLow, auhl.Warning, need.Basis, "qualification", dip.Qualification, "needed", need.Level)
		return false
	default:
		d.emit(CodeQualification, auhl.Info, need.Basis, "qualification", dip.Qualification, "needed", need.Level)
	}
	d.dec.Route = RouteDiploma
	return true
}

// oldEnough reports whether certificate dip was obtained at least years
// before the enrolment, counted with dates: from the end of its month of
// issue (or of its school year, where the month is not given) to the
// start of the academic year. It records the finding either way.
func (d *decider) oldEnough(dip Diploma, years int) bool {
	c := d.r.Graduaat.Counting
	sc := d.r.Graduaat.StudyCertificate
	month, year := dip.Month, dip.Issued.End()
	if month == 0 {
		// The school year ends on 31 August.
		month = 8
		d.emit(CodeMonthAssumed, auhl.Info, c.Basis, "issued", dip.Issued.String())
	} else if month >= 9 {
		year = dip.Issued.Start()
	}
	// The first day after the month of issue, years later: by then the
	// certificate is surely that old.
	month++
	if month == 13 {
		month, year = 1, year+1
	}
	since, err := auhl.NewDate(year+years, month, 1)
	start := c.YearStart.InYear(d.a.AcademicYear.Start())
	// A year past 9999 (err) is one no academic year's rules reach.
	ok := err == nil && !start.IsZero() && !since.After(start)
	code, sev := CodeStudyCertificate, auhl.Info
	if !ok {
		code, sev = CodeStudyCertificateRecent, auhl.Warning
	}
	d.emit(code, sev, sc.Basis, "needed", years, "since", since.String(), "start", start.String())
	d.uses(c.Basis) // the counting, with or without the month
	return ok
}

// professionalOnlyName names a foreign diploma that gives access to
// professional higher education only.
var professionalOnlyName = auhl.Text{NL: "buitenlands diploma dat thuis enkel toegang geeft tot professioneel hoger onderwijs",
	EN: "foreign diploma that gives access at home to professional higher education only"}

// competenceCheck adds the extra competence check of a diploma from a
// country that did not ratify the Lisbon convention.
func (d *decider) competenceCheck() {
	f := d.r.Foreign.NonLisbon
	d.emit(CodeForeignNonLisbon, auhl.Warning, f)
	st := d.passFail(TestCompetenceCheck, "", CodeCompetenceCheckPassed, CodeCompetenceCheckFailed, "", f)
	d.require(ReqCompetenceCheck, st, true, f, func(q *Requirement) { q.Test = TestCompetenceCheck })
}

// foreignHigher adds the equivalence a foreign diploma of higher
// education needs.
func (d *decider) foreignHigher(dip Diploma) {
	if !dip.Foreign {
		return
	}
	e := d.r.Foreign.Equivalence
	d.emit(CodeEquivalence, auhl.Warning, e, "diploma", dip.Kind.Name())
	d.require(ReqEquivalence, StatusOpen, true, e, nil)
}

// master finds the route into a master.
func (d *decider) master() {
	m := d.r.Master
	// rank orders the diplomas that lead towards a master, most direct
	// first: an academic bachelor not known to connect elsewhere, one that
	// connects elsewhere, a master, a professional bachelor.
	rank := func(dip *Diploma) int {
		switch dip.Kind {
		case DiplomaAcademicBachelor:
			if len(dip.ConnectsTo) == 0 {
				return 1
			}
			return 2
		case DiplomaMaster:
			return 3
		case DiplomaProfessionalBachelor:
			return 4
		}
		return 0
	}
	var best *Diploma
	for i := range d.a.Diplomas {
		dip := &d.a.Diplomas[i]
		switch {
		case dip.Kind == DiplomaSchakelCertificate && dip.Programme == d.p.ID:
			d.emit(CodeSchakelCertificate, auhl.Info, m.Certificate)
			d.dec.Route = RouteSchakel
			d.require(ReqSchakel, StatusMet, true, m.Certificate, nil)
			return
		case dip.Kind == DiplomaAcademicBachelor && slices.Contains(dip.ConnectsTo, d.p.ID):
			d.emit(CodeConnecting, auhl.Info, m.AcademicBachelor)
			d.foreignHigher(*dip)
			d.dec.Route = RouteDiploma
			d.require(ReqConnecting, StatusMet, true, m.AcademicBachelor, nil)
			return
		case rank(dip) > 0 && (best == nil || rank(dip) < rank(best)):
			best = dip
		}
	}
	if best == nil {
		d.emit(CodeMasterNoBachelor, auhl.Warning, m.AcademicBachelor)
		return
	}
	d.foreignHigher(*best)
	switch rank(best) {
	case 1:
		d.emit(CodeConnectingUnknown, auhl.Warning, m.AcademicBachelor)
		d.dec.Route = RouteDiploma
		d.require(ReqConnecting, StatusOpen, true, m.AcademicBachelor, nil)
	case 2:
		d.emit(CodeVoorbereiding, auhl.Warning, m.Voorbereiding, "diploma", best.Kind.Name())
		d.dec.Route = RouteVoorbereiding
		d.require(ReqVoorbereiding, StatusOpen, true, m.Voorbereiding, nil)
	case 3:
		// A master after a master: the notes give no general rule.
		d.emit(CodeOwnConditions, auhl.Warning, d.r.OwnConditions, "level", d.p.Level.Name(), "diploma", best.Kind.Name())
		d.dec.Route = RouteDiploma
		d.require(ReqInstitution, StatusOpen, true, d.r.OwnConditions, nil)
	default:
		s := m.Schakel
		d.emit(CodeSchakel, auhl.Warning, s.Basis, "min", s.Min, "max", s.Max, "reduced", s.Reduced)
		d.dec.Route = RouteSchakel
		d.require(ReqSchakel, StatusOpen, true, s.Basis, nil)
	}
}

// other finds the route into a schakel- or voorbereidingsprogramma or an
// advanced programme.
func (d *decider) other() {
	r := d.r
	var best *Diploma
	for i := range d.a.Diplomas {
		dip := &d.a.Diplomas[i]
		if !dip.Kind.bachelorOrMaster() {
			continue
		}
		if d.p.Level == auhl.Bridging && dip.Kind == DiplomaProfessionalBachelor {
			d.emit(CodeBridging, auhl.Info, r.Master.ProfessionalBachelor)
			d.foreignHigher(*dip)
			d.dec.Route = RouteDiploma
			return
		}
		if best == nil {
			best = dip
		}
	}
	if best == nil {
		d.emit(CodeNeedsHigherDiploma, auhl.Warning, r.OwnConditions, "level", d.p.Level.Name())
		return
	}
	d.emit(CodeOwnConditions, auhl.Warning, r.OwnConditions, "level", d.p.Level.Name(), "diploma", best.Kind.Name())
	d.foreignHigher(*best)
	d.dec.Route = RouteDiploma
	d.require(ReqInstitution, StatusOpen, true, r.OwnConditions, nil)
}

// passFail finds the applicant's result of a pass-or-fail test (for
// programme id where it is an artistic test) taken for the decision's
// year or, where later is false, and records its finding: met when
// passed, failed when taken and not passed, else open.
func (d *decider) passFail(kind TestKind, programme, passed, failed, open string, b rules.Basis) RequirementStatus {
	st := StatusOpen
	for _, t := range d.a.Tests {
		if t.Test != kind || t.AcademicYear != d.a.AcademicYear || t.Programme != programme {
			continue
		}
		if t.Passed {
			st = StatusMet
			break
		}
		st = StatusFailed
	}
	switch {
	case st == StatusMet:
		d.emit(passed, auhl.Info, b)
	case st == StatusFailed:
		d.emit(failed, auhl.Warning, b)
	case open != "":
		d.emit(open, auhl.Warning, b)
	}
	return st
}

// taken reports whether the applicant took test kind for the decision's
// year, and whether it found shortfalls.
func (d *decider) taken(kind TestKind) (taken, shortfalls bool) {
	for _, t := range d.a.Tests {
		if t.Test == kind && t.AcademicYear == d.a.AcademicYear {
			taken = true
			shortfalls = shortfalls || t.Shortfalls
		}
	}
	return taken, shortfalls
}

// programmeTests adds the programme's own tests: the entrance exam, the
// ijkingstoets, the starttoets and the artistic admission test.
func (d *decider) programmeTests() {
	r, adm := d.r, d.p.Admission
	if adm.EntranceExam {
		d.entranceExam()
	}
	switch adm.Ijkingstoets {
	case catalog.IjkingstoetsMandatory:
		if ok, _ := d.taken(TestIjkingstoets); ok {
			d.emit(CodeIjkingstoetsTaken, auhl.Info, r.Ijkingstoets)
			d.require(ReqIjkingstoets, StatusMet, true, r.Ijkingstoets, func(q *Requirement) { q.Test = TestIjkingstoets })
		} else {
			d.emit(CodeIjkingstoetsMissing, auhl.Warning, r.Ijkingstoets)
			d.require(ReqIjkingstoets, StatusOpen, true, r.Ijkingstoets, func(q *Requirement) { q.Test = TestIjkingstoets })
		}
	case catalog.IjkingstoetsOptional:
		d.emit(CodeIjkingstoetsOptional, auhl.Info, r.Ijkingstoets)
	}
	if adm.TeacherTest && d.a.AcademicYear.Compare(r.Starttoets.From) >= 0 {
		st := r.Starttoets
		ok, short := d.taken(TestStarttoets)
		switch {
		case !ok:
			d.emit(CodeStarttoetsMissing, auhl.Warning, st.Participation)
			d.require(ReqStarttoets, StatusOpen, true, st.Participation, func(q *Requirement) { q.Test = TestStarttoets })
		case short:
			d.emit(CodeStarttoetsTaken, auhl.Info, st.Participation)
			d.require(ReqStarttoets, StatusMet, true, st.Participation, func(q *Requirement) { q.Test = TestStarttoets })
			d.emit(CodeRemediation, auhl.Warning, st.Remediation)
			d.require(ReqRemediation, StatusOpen, false, st.Remediation, nil)
		default:
			d.emit(CodeStarttoetsTaken, auhl.Info, st.Participation)
			d.require(ReqStarttoets, StatusMet, true, st.Participation, func(q *Requirement) { q.Test = TestStarttoets })
		}
	}
	if adm.ArtisticTest {
		st := d.passFail(TestArtistic, d.p.ID, CodeArtisticPassed, CodeArtisticFailed, CodeArtisticOpen, r.ArtisticTest)
		d.require(ReqArtisticTest, st, true, r.ArtisticTest, func(q *Requirement) { q.Test = TestArtistic })
	}
}

// entranceExam adds the binding entrance exam: both parts above half and
// ranked within the places, in any earlier year too (the admission does
// not expire).
func (d *decider) entranceExam() {
	e := d.r.EntranceExam
	ep, listed := d.r.examFor(d.p.ID)
	if !listed {
		// The catalogue marks an exam the rules do not name: it cannot be
		// met from the data.
		d.emit(CodeExamUnlisted, auhl.Warning, e.Pass)
		d.require(ReqEntranceExam, StatusOpen, true, e.Pass, nil)
		return
	}
	set := func(q *Requirement) { q.Test = ep.Exam }
	d.emit(CodeExam, auhl.Info, ep.Basis, "exam", ep.Exam.Name())
	st := StatusOpen
	var last *TestResult
	for i := range d.a.Tests {
		t := &d.a.Tests[i]
		if t.Test != ep.Exam {
			continue
		}
		last = t
		if t.Knowledge > 50 && t.Generic > 50 && t.Ranked {
			st = StatusMet
			break
		}
	}
	switch {
	case st == StatusMet:
		d.emit(CodeExamPassed, auhl.Info, e.Validity, "exam", ep.Exam.Name(), "since", last.AcademicYear.String())
	case last == nil:
		d.emit(CodeExamOpen, auhl.Warning, e.Pass, "exam", ep.Exam.Name())
	case last.Knowledge <= 50 || last.Generic <= 50:
		st = StatusFailed
		d.emit(CodeExamFailed, auhl.Warning, e.Pass, "exam", ep.Exam.Name(), "knowledge", last.Knowledge, "generic", last.Generic)
	default:
		st = StatusFailed
		d.emit(CodeExamNotRanked, auhl.Warning, e.Ranking, "exam", ep.Exam.Name())
	}
	d.require(ReqEntranceExam, st, true, e.Pass, set)
}

// languages adds the language requirements of the programme. A passed
// entrance exam in medicine or dentistry among the tests counts as a
// language proof too, after the applicant's own.
func (d *decider) languages() {
	proofs := d.a.LanguageProofs
	for _, t := range d.a.Tests {
		if (t.Test == TestArts || t.Test == TestTandarts) && t.Knowledge > 50 && t.Generic > 50 {
			proofs = append(slices.Clip(proofs), language.Proof{Kind: language.ProofArtsTandartsExam, Obtained: t.AcademicYear})
		}
	}
	for _, need := range d.lang.Needs(d.p) {
		if need.Language == auhl.Dutch {
			proofs = d.withoutExemptions(proofs)
		}
		c := d.lang.Decide(need, proofs, d.a.AcademicYear)
		st := StatusOpen
		if c.Met {
			st = StatusMet
		}
		d.dec.Findings = append(d.dec.Findings, c.Findings...)
		d.require(ReqLanguage, st, true, rules.Basis{Unconfirmed: need.Unconfirmed}, func(q *Requirement) {
			q.Language, q.Level = need.Language, need.Level
		})
	}
}
