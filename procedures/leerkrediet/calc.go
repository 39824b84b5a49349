package leerkrediet

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// Decide computes the leerkrediet of a history with the
// embedded rules (Default). See
// RulesFile.Decide.
func Decide(h History) (Result, error) {
	return Default().Decide(h)
}

// Decide computes the leerkrediet of a history under the rules of each
// of its academic years. It applies the events in order, and passes
// through every academic year from the history's first to its last, those
// without an event included (a year without an event is a year without
// enrolment).
//
// A history that Validate rejects, or with an academic year the rule set
// does not cover, gives a *auhl.ValidationError and no result. Calculate is
// deterministic and safe for concurrent use.
//
// The rules as this calculator applies them, and how it reads them where
// the sources leave room:
//
//   - The balance starts at 140 credits (Start) with a bonus of 60 (Bonus).
//   - An enrolment that uses leerkrediet (Scope: a diploma contract in an
//     initial bachelor or master, a credit contract in any programme)
//     subtracts its credits; any other enrolment, and every exam contract,
//     uses none and says so.
//   - Results give back the credits earned (passed with at least 10/20);
//     tolerated and deliberated credits are lost. Results refer to the
//     last enrolment of the year before them.
//   - On a diploma contract, earned credits also take from the bonus and
//     count double until the 60 bonus credits are used up, over as many
//     years as it takes. A credit contract gives no bonus and leaves it
//     for later.
//   - A year without an enrolment that uses leerkrediet (a no-enrolment
//     event, a year without events, or a year of only exam contracts or
//     programmes outside leerkrediet) is an interruption. If the balance
//     is then under 60 (BonusLostBelow), the bonus left is lost, and a
//     student without a master's diploma gets the automatic rebuild
//     (case b) from the next academic year on.
//   - A bachelor's diploma changes nothing; a master's diploma subtracts
//     140 (each time one is obtained), and when that leaves under 60 the
//     automatic rebuild starts the next academic year (case a). A graduaat
//     diploma with a balance under 60 tops the balance up to 60 at the
//     next enrolment that uses leerkrediet (case c).
//   - The automatic rebuild is granted once: +10 at the start of each
//     academic year (before that year's enrolments) until the balance
//     reaches 60; from the moment it is granted the bonus is gone.
//   - A re-orientation gives back the credits passed (as earned, with the
//     bonus on a diploma contract), never those failed. For the credits
//     not yet examined: in full when the institution returned them under
//     its own rules (ReturnedByInstitution); otherwise, under the legal
//     rule for a student in an initial bachelor on a diploma contract for
//     the first time (no such enrolment in an earlier year) who enrols in
//     another programme later in the same year: in full before 1 December,
//     half (rounded down) from 1 December to 15 March inclusive, nothing
//     after. A credit contract gives nothing back on leaving.
//   - Force majeure gives back the credits the Raad granted, up to what
//     that year's enrolments that use leerkrediet had neither earned nor
//     had tolerated. Its event is placed in the academic year of the
//     enrolment it concerns, after that enrolment's results.
//   - A return under the COVID-19 procedure of its year (2019-2020 to
//     2021-2022; in any other year the history is refused) gives back up to
//     the credits not earned that year, tolerated ones included where the
//     year's procedure says so (2021-2022). From the year of the decree of
//     15 July 2022's jokerkrediet rule on, a return for force majeure also
//     says that it feeds the jokerkrediet of the studietoelage.
//   - An enrolment of more credits than the balance (a balance that is
//     positive but too low, zero or negative) is insufficient: the
//     findings give the institution's options, the most it may ask per
//     credit without leerkrediet (or that the year's amount is not known),
//     and, for an initial master on a student
//     without a master's diploma, that it may not refuse a master that
//     connects to the previous programme. The enrolment still counts.
//
// Every step that changes the balance or matters gives a finding with its
// source; a rule the data marks unconfirmed for the year gives a
// CodeUnconfirmed finding the first time a result uses it.
func (s *RulesFile) Decide(h History) (Result, error) {
	return s.decide(h, false)
}

// Project computes the leerkrediet of a history with the embedded rules
// (Default), projecting the years after the last one they cover. See
// RulesFile.Project.
func Project(h History) (Result, error) {
	return Default().Project(h)
}

// Project computes the leerkrediet of a history as Decide does, except
// that an academic year after the last one the rule set covers is
// projected with the rules of that last year instead of refused: "what
// will I have left if I take 60 next year and pass 45?". Every projected
// year opens with a CodeProjected warning that its rules are not published
// yet, and its line in Result.Years is marked Projected. A year before the
// first one the rule set covers is still an error, and a history within
// the years covered gives exactly what Decide gives.
func (s *RulesFile) Project(h History) (Result, error) {
	return s.decide(h, true)
}

// decide is Decide, or Project with project set.
func (s *RulesFile) decide(h History, project bool) (Result, error) {
	if err := h.Validate(); err != nil {
		return Result{}, err
	}
	if err := s.covers(h, project); err != nil {
		return Result{}, err
	}
	c := &calc{set: s, h: &h, last: h.Events[len(h.Events)-1].Year, project: project}
	c.start(h.Events[0].Year)
	for i := range h.Events {
		e := &h.Events[i]
		if e.Year != c.year {
			c.closeYear()
			for y := c.year.Next(); y.Compare(e.Year) < 0; y = y.Next() {
				c.openYear(y)
				c.closeYear()
			}
			c.openYear(e.Year)
		}
		c.apply(i, e)
	}
	c.closeYear()
	c.res.Balance, c.res.BonusLeft = c.balance, c.bonusLeft
	return c.res, nil
}

// covers checks that the rule set covers every academic year of h, from
// its first to its last, naming the event at or after each missing year;
// with project, the years after the last one covered are projected. It
// also checks that a COVID return lies in a year with a COVID procedure.
func (s *RulesFile) covers(h History, project bool) error {
	var ve auhl.ValidationError
	var prev auhl.AcademicYear
	for i, e := range h.Events {
		if e.Kind == EventCovid {
			if r, _, err := s.rulesFor(e.Year, project); err == nil && r.Covid == nil {
				ve.Add(auhl.Index("/events", i)+"/kind", CodeCovidNotInYear, auhl.Params{"year": auhl.Str(e.Year.String())})
			}
		}
		if e.Year == prev {
			continue
		}
		path := auhl.Index("/events", i) + "/year"
		if !prev.IsZero() {
			// The first year between prev and e.Year that is missing, if any.
			for y := prev.Next(); y.Compare(e.Year) < 0; y = y.Next() {
				if _, _, err := s.rulesFor(y, project); err != nil {
					ve.Merge(path, err)
					break
				}
			}
		}
		if _, _, err := s.rulesFor(e.Year, project); err != nil {
			ve.Merge(path, err)
		}
		prev = e.Year
	}
	return ve.Err()
}

// rulesFor returns the rules of academic year y, and with project, for a
// year after the last one covered, the rules of that last year and true.
func (s *RulesFile) rulesFor(y auhl.AcademicYear, project bool) (*Rules, bool, error) {
	r, err := s.For(y)
	if err == nil || !project || len(s.Years) == 0 {
		return r, false, err
	}
	last := &s.Years[0]
	for i := range s.Years {
		if s.Years[i].AcademicYear.Compare(last.AcademicYear) > 0 {
			last = &s.Years[i]
		}
	}
	if y.Compare(last.AcademicYear) <= 0 {
		return nil, false, err
	}
	return last, true, nil
}

// calc is one calculation in progress.
type calc struct {
	set  *RulesFile
	h    *History
	last auhl.AcademicYear // the history's last academic year
	res  Result
	// project projects the years after the rule set's last; projected is
	// set while the current year is one of them.
	project, projected bool

	year   auhl.AcademicYear // the academic year being applied
	rules  *Rules            // its rules
	ledger yearLedger        // its enrolments
	// forceMajeure are the credits returned for force majeure this year.
	forceMajeure int

	balance, bonusLeft int
	// bonusGone is set when the bonus was lost or an automatic rebuild
	// granted: no bonus any more.
	bonusGone bool
	// rebuildGranted is set once the one automatic rebuild is granted;
	// rebuildFrom is the academic year of its next +10 while it runs.
	rebuildGranted bool
	rebuildFrom    auhl.AcademicYear
	// graduaatTopUp is set by a graduaat diploma with a balance under 60:
	// the next enrolment that uses leerkrediet tops the balance up.
	graduaatTopUp bool
	master        bool // a master's diploma was obtained
	// bachelorBefore is set after a year with an initial bachelor on a
	// diploma contract: a later bachelor is not a first time.
	bachelorBefore bool
	// interrupted is set by a year without enrolment that uses leerkrediet,
	// until the next such enrolment.
	interrupted bool
	// warnings are the warnings about the unconfirmed rules used.
	warnings rules.Warnings
}

// emit records a finding resting on rule b of the current year's rules,
// and a CodeUnconfirmed warning the first time the result uses b when b
// is unconfirmed.
func (c *calc) emit(code string, sev auhl.Severity, params auhl.Params, b rules.Basis) {
	c.res.Findings = append(c.res.Findings, auhl.Finding{Code: code, Severity: sev, Params: params, Source: b.Cited()})
	if c.warnings.First(b) {
		c.res.Findings = append(c.res.Findings, rules.Warning(CodeUnconfirmed, b, auhl.Params{"year": c.yearParam()}))
	}
}

// yearParam is the current academic year as a finding's parameter.
func (c *calc) yearParam() auhl.Value { return auhl.Str(c.year.String()) }

// params returns the parameters of a finding: the year and the balance,
// and the named values of kv (name, value, name, value...), each a whole
// number (int or auhl.Credits) or an auhl.Value.
func (c *calc) params(kv ...any) auhl.Params {
	p := auhl.Params{"year": c.yearParam(), "balance": auhl.Int(c.balance)}
	for i := 0; i+1 < len(kv); i += 2 {
		name, _ := kv[i].(string)
		switch v := kv[i+1].(type) {
		case int:
			p[name] = auhl.Int(v)
		case auhl.Credits:
			p[name] = auhl.Int(int(v))
		case auhl.Value:
			p[name] = v
		}
	}
	return p
}

// start opens the history's first year with the starting balance.
func (c *calc) start(y auhl.AcademicYear) {
	c.res.Findings = []auhl.Finding{}
	c.res.Years = []Year{}
	c.rules, c.projected, _ = c.set.rulesFor(y, c.project)
	c.year, c.ledger = y, yearLedger{year: y}
	c.balance, c.bonusLeft = c.rules.Start.Credits, c.rules.Bonus.Credits
	c.emit(CodeStart, auhl.Info, c.params("bonus", c.bonusLeft), c.rules.Start.Basis)
	c.warnProjected()
}

// warnProjected gives the warning of a projected year.
func (c *calc) warnProjected() {
	if !c.projected {
		return
	}
	p := c.params("rules", auhl.Str(c.rules.AcademicYear.String()))
	c.res.Findings = append(c.res.Findings, auhl.Finding{Code: CodeProjected, Severity: auhl.Warning, Params: p, Source: c.rules.Start.Cited()})
}

// openYear starts academic year y: its rules, an empty ledger, the
// warning of a projected year, and the yearly step of a running rebuild.
func (c *calc) openYear(y auhl.AcademicYear) {
	// covers made sure that the rules have the year.
	c.rules, c.projected, _ = c.set.rulesFor(y, c.project)
	c.year, c.ledger, c.forceMajeure = y, yearLedger{year: y}, 0
	c.warnProjected()
	if c.rebuildFrom.IsZero() || y.Compare(c.rebuildFrom) < 0 {
		return
	}
	upTo := c.rules.Rebuild.UpTo
	if c.balance >= upTo {
		c.rebuildFrom = auhl.AcademicYear{}
		return
	}
	add := min(c.rules.Rebuild.PerYear, upTo-c.balance)
	c.balance += add
	c.rebuildFrom = y.Next()
	if c.balance >= upTo {
		c.rebuildFrom = auhl.AcademicYear{}
	}
	c.emit(CodeRebuildYear, auhl.Info, c.params("credits", add, "upTo", upTo), c.rules.Rebuild.Basis)
}

// closeYear ends the current academic year: what became of its
// enrolments, an interruption, and the year's line of the result.
func (c *calc) closeYear() {
	used, lost := false, 0
	for _, en := range c.ledger.enrolments {
		if !en.inScope {
			continue
		}
		used = true
		if en.programme == InitialBachelor && en.contract == DiplomaContract {
			c.bachelorBefore = true
		}
		switch {
		case en.closed:
			// The re-orientation said what became of its credits.
		case !en.reported && c.year == c.last:
			c.emit(CodeResultsPending, auhl.Info, c.params("credits", en.credits), c.rules.Earned)
		case !en.reported:
			c.emit(CodeNoResults, auhl.Warning, c.params("credits", en.credits), c.rules.Earned)
		default:
			lost += en.credits - en.earned - en.tolerated
		}
	}
	if lost -= c.forceMajeure; lost > 0 {
		c.emit(CodeNotEarned, auhl.Warning, c.params("credits", lost), c.rules.Earned)
	}
	if !used {
		c.interruption()
	}
	c.res.Years = append(c.res.Years, Year{Year: c.year, Balance: c.balance, BonusLeft: c.bonusLeft, Projected: c.projected})
}

// interruption applies a year without enrolment that uses leerkrediet.
func (c *calc) interruption() {
	first := !c.interrupted
	c.interrupted = true
	c.emit(CodeNoEnrolment, auhl.Info, c.params(), c.rules.BonusLostBelow.Basis)
	below := c.rules.BonusLostBelow.Credits
	if !first || c.balance >= below {
		return
	}
	if c.bonusLeft > 0 && !c.bonusGone {
		c.emit(CodeBonusLost, auhl.Warning, c.params("credits", c.bonusLeft, "threshold", below), c.rules.BonusLostBelow.Basis)
	}
	c.bonusLeft, c.bonusGone = 0, true
	if c.master || c.graduaatTopUp {
		return
	}
	c.grantRebuild(CodeRebuildStopped)
}

// grantRebuild grants the one automatic rebuild from the next academic
// year on, by code (case a or b); or says it was granted before.
func (c *calc) grantRebuild(code string) {
	if c.rebuildGranted {
		c.emit(CodeRebuildUsed, auhl.Info, c.params(), c.rules.Rebuild.Basis)
		return
	}
	c.rebuildGranted = true
	c.loseBonusToRebuild()
	c.rebuildFrom = c.year.Next()
	c.emit(code, auhl.Info, c.params("from", auhl.Str(c.rebuildFrom.String()), "upTo", c.rules.Rebuild.UpTo, "perYear", c.rules.Rebuild.PerYear), c.rules.Rebuild.Basis)
}

// loseBonusToRebuild ends the bonus when a rebuild is granted.
func (c *calc) loseBonusToRebuild() {
	if c.bonusLeft > 0 && !c.bonusGone {
		c.emit(CodeRebuildBonusLost, auhl.Warning, c.params("credits", c.bonusLeft), c.rules.Rebuild.Basis)
	}
	c.bonusLeft, c.bonusGone = 0, true
}

// apply applies event i of the history, e, to the current year.
func (c *calc) apply(i int, e *Event) {
	// The history is valid: follow succeeds and keeps the ledger.
	lostBefore := c.ledger.notEarned(true)
	c.ledger.follow(e)
	switch e.Kind {
	case EventEnrolment:
		c.enrol(e)
	case EventResults:
		en := c.ledger.open()
		if en == nil || !en.inScope {
			return
		}
		c.earn(en, int(e.Earned))
		if e.Tolerated > 0 {
			c.emit(CodeTolerated, auhl.Warning, c.params("credits", e.Tolerated), c.rules.Earned)
		}
	case EventReorientation:
		c.reorient(i, e)
	case EventForceMajeure:
		got := c.giveBack(CodeForceMajeure, int(e.Credits), lostBefore, c.rules.ForceMajeure)
		if j := c.rules.Jokerkrediet; j != nil && got > 0 {
			c.emit(CodeJokerkrediet, auhl.Info, c.params("credits", got), *j)
		}
	case EventCovid:
		// covers made sure that the year has a COVID procedure.
		cv := c.rules.Covid
		if cv.Tolerated {
			lostBefore += c.ledger.tolerated(true)
		}
		c.giveBack(CodeCovid, int(e.Credits), lostBefore, cv.Basis)
	case EventDiploma:
		c.diploma(e.Level)
	}
}

// giveBack returns up to credits of leerkrediet lost this year (at most
// lost), with a finding of code resting on b, and a warning for the part
// that had nothing left to return. It returns what came back.
func (c *calc) giveBack(code string, credits, lost int, b rules.Basis) int {
	got := min(credits, max(lost, 0))
	c.balance += got
	c.forceMajeure += got
	c.emit(code, auhl.Info, c.params("credits", got), b)
	if got < credits {
		c.emit(CodeForceMajeureCapped, auhl.Warning, c.params("credits", credits-got), b)
	}
	return got
}

// enrol applies an enrolment, the ledger's last.
func (c *calc) enrol(e *Event) {
	en := &c.ledger.enrolments[len(c.ledger.enrolments)-1]
	en.inScope = c.rules.Uses(e.Contract, e.Programme)
	what := []any{"credits", e.Credits, "programme", auhl.Txt(e.Programme.Name()), "contract", auhl.Txt(e.Contract.Name())}
	if !en.inScope {
		c.outOfScope(e.Contract, what)
		return
	}
	c.interrupted = false
	if c.graduaatTopUp {
		c.graduaatTopUp = false
		if upTo := c.rules.Rebuild.UpTo; c.balance < upTo && !c.rebuildGranted {
			add := upTo - c.balance
			c.rebuildGranted = true
			c.loseBonusToRebuild()
			c.balance = upTo
			c.emit(CodeRebuildGraduaat, auhl.Info, c.params("credits", add, "upTo", upTo), c.rules.Rebuild.Basis)
		}
	}
	before := c.balance
	c.balance -= int(e.Credits)
	scope := c.rules.scope(DiplomaContract).Basis
	if e.Contract == CreditContract {
		scope = c.rules.scope(CreditContract).Basis
	}
	c.emit(CodeEnrolment, auhl.Info, c.params(what...), scope)
	if before >= int(e.Credits) {
		return
	}
	c.insufficient(before, int(e.Credits))
	if e.Programme == InitialMaster && e.Contract == DiplomaContract && !c.master {
		c.emit(CodeConnectingMaster, auhl.Info, c.params(), c.rules.Insufficient)
	}
}

// outOfScope says that an enrolment on contract k uses no leerkrediet;
// what are its parameters.
func (c *calc) outOfScope(k Contract, what []any) {
	if k == ExamContract {
		c.emit(CodeOutOfScopeExam, auhl.Info, c.params(what...), c.rules.scope(ExamContract).Basis)
		return
	}
	c.emit(CodeOutOfScopeProgramme, auhl.Info, c.params(what...), c.rules.scope(DiplomaContract).Basis)
}

// insufficient says that a balance of before was too low for an enrolment
// of credits, and what the institution may ask for the uncovered credits.
func (c *calc) insufficient(before, credits int) {
	uncovered := credits - max(before, 0)
	c.emit(CodeInsufficient, auhl.Warning, c.params("before", before, "credits", credits, "uncovered", uncovered), c.rules.Insufficient)
	fee := c.params("uncovered", uncovered)
	if c.rules.HigherFee.Euro == 0 {
		c.emit(CodeHigherFeeUnknown, auhl.Info, fee, c.rules.HigherFee.Basis)
		return
	}
	fee["euro"] = auhl.Num(c.rules.HigherFee.Euro)
	c.emit(CodeHigherFee, auhl.Info, fee, c.rules.HigherFee.Basis)
}

// earn gives back credits earned on enrolment en, with the bonus on a
// diploma contract.
func (c *calc) earn(en *enrolment, credits int) {
	if credits <= 0 {
		return
	}
	c.balance += credits
	c.emit(CodeEarned, auhl.Info, c.params("credits", credits), c.rules.Earned)
	switch {
	case c.bonusGone || c.bonusLeft == 0:
	case en.contract == DiplomaContract:
		bonus := min(credits, c.bonusLeft)
		c.bonusLeft -= bonus
		c.balance += bonus
		c.emit(CodeBonus, auhl.Info, c.params("credits", bonus, "left", c.bonusLeft), c.rules.Bonus.Basis)
	default:
		c.emit(CodeBonusCreditContract, auhl.Info, c.params("left", c.bonusLeft), c.rules.Bonus.Basis)
	}
}

// reorient applies re-orientation event i, e, which closed the ledger's
// last enrolment.
func (c *calc) reorient(i int, e *Event) {
	en := &c.ledger.enrolments[len(c.ledger.enrolments)-1]
	if !en.inScope {
		c.emit(CodeReorientationNoLeerkrediet, auhl.Info, c.params("date", auhl.Str(e.Date.String())), c.rules.scope(DiplomaContract).Basis)
		return
	}
	c.earn(en, int(e.Passed))
	notExamined := int(e.NotExamined)
	r := c.rules.Reorientation
	var (
		code     string
		returned int
		rule     = r.Basis
		sev      = auhl.Warning
	)
	switch {
	case e.ReturnedByInstitution:
		code, returned, rule, sev = CodeReorientationInstitution, notExamined, c.rules.InstitutionReturn, auhl.Info
	case en.contract == CreditContract:
		code, rule = CodeReorientationCreditContract, c.rules.CreditContractDrop
	case en.programme != InitialBachelor || en.contract != DiplomaContract || c.bachelorBefore:
		code = CodeReorientationNotFirstTime
	case !c.enrolsLater(i):
		code = CodeReorientationStopped
	case e.Date.Compare(r.FullBefore.In(c.year)) < 0:
		code, returned, sev = CodeReorientationFull, notExamined, auhl.Info
	case e.Date.Compare(r.HalfUntil.In(c.year)) <= 0:
		code, returned, sev = CodeReorientationHalf, notExamined/2, auhl.Info
	default:
		code = CodeReorientationLate
	}
	en.returned = returned
	c.balance += returned
	c.emit(code, sev, c.params("date", auhl.Str(e.Date.String()), "notExamined", notExamined, "returned", returned, "failed", e.Failed), rule)
}

// enrolsLater reports whether event i is followed by an enrolment in the
// same academic year.
func (c *calc) enrolsLater(i int) bool {
	for _, e := range c.h.Events[i+1:] {
		if e.Year != c.year {
			return false
		}
		if e.Kind == EventEnrolment {
			return true
		}
	}
	return false
}

// diploma applies a diploma of level lv.
func (c *calc) diploma(lv DiplomaLevel) {
	upTo := c.rules.Rebuild.UpTo
	switch lv {
	case BachelorDiploma:
		c.emit(CodeDiplomaBachelor, auhl.Info, c.params(), c.rules.BachelorDiploma)
	case MasterDiploma:
		c.master = true
		c.balance -= c.rules.MasterDiploma.Credits
		c.emit(CodeDiplomaMaster, auhl.Info, c.params("credits", c.rules.MasterDiploma.Credits), c.rules.MasterDiploma.Basis)
		if c.balance < upTo {
			c.grantRebuild(CodeRebuildMaster)
		}
	case GraduaatDiploma:
		switch {
		case c.balance >= upTo:
			c.emit(CodeDiplomaGraduaat, auhl.Info, c.params("upTo", upTo), c.rules.Rebuild.Basis)
		case c.rebuildGranted:
			c.emit(CodeRebuildUsed, auhl.Info, c.params(), c.rules.Rebuild.Basis)
		default:
			c.graduaatTopUp = true
			c.emit(CodeRebuildGraduaatPending, auhl.Info, c.params("upTo", upTo), c.rules.Rebuild.Basis)
		}
	}
}
