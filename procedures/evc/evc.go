package evc

import (
	"slices"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/enum"
)

// Procedure is a candidate's EVC procedure (erkenning van eerder
// verworven competenties, recognition of prior learning) as a state
// machine. Its History records every transition with its day; the state
// is that of the last transition. The steps are, in order: an intake
// request (in the spring or autumn window), the intake interview (which
// names the guide), the portfolio, the decision of the assessment
// commission (three assessors, none of them the guide), which gives a
// bewijs van bekwaamheid (certificate of competence) or not, an optional
// appeal within 7 calendar days of the decision and its outcome, and,
// with a certificate, the request for exemptions to an institution, which
// lies outside the EVC procedure. A procedure not yet decided can be
// withdrawn.
//
// Apply makes a transition; an illegal one is a *auhl.ValidationError
// with a CodeIllegalTransition problem (or another CodeEVC... code for
// a step whose details are wrong) and changes nothing. Its JSON encoding
// is {"history": [...]}; DecodeProcedure reads and replays it.
type Procedure struct {
	// History are the transitions made, in order.
	History []Transition `json:"history"`
}

// Step is a step a candidate or the institution takes in an
// Procedure. Action says which fields it has:
//
//   - request-intake: auhl.Date;
//   - intake: auhl.Date, Guide (the EVC-begeleider);
//   - portfolio: auhl.Date;
//   - decision: auhl.Date, Assessors (the commission), Outcome;
//   - appeal: auhl.Date;
//   - appeal-decision: auhl.Date, Outcome;
//   - request-exemption: auhl.Date, Institution;
//   - withdraw: auhl.Date.
type Step struct {
	// Action is the step.
	Action Action `json:"action"`
	// auhl.Date is the day of the step, "2026-01-15".
	Date auhl.Date `json:"date"`
	// Guide is the EVC-begeleider named at the intake.
	Guide string `json:"guide,omitempty"`
	// Assessors are the members of the assessment commission.
	Assessors []string `json:"assessors,omitempty"`
	// Outcome is the outcome of a decision or an appeal decision.
	Outcome Outcome `json:"outcome,omitempty"`
	// Institution is where the exemptions are requested: uhasselt or pxl.
	Institution auhl.Institution `json:"institution,omitempty"`
}

// Transition is a recorded transition of an Procedure: the step and
// the states before and after it.
type Transition struct {
	Step
	// From is the state before the step.
	From State `json:"from"`
	// To is the state after it.
	To State `json:"to"`
}

// Action is a step of an Procedure. Its JSON encoding is the
// identifier of each constant.
type Action string

// The steps.
const (
	// ActionRequestIntake: the candidate requests an intake.
	ActionRequestIntake Action = "request-intake"
	// ActionIntake: the intake interview is held and a guide named.
	ActionIntake Action = "intake"
	// ActionPortfolio: the candidate submits the portfolio.
	ActionPortfolio Action = "portfolio"
	// ActionDecision: the assessment commission decides.
	ActionDecision Action = "decision"
	// ActionAppeal: the candidate appeals against the decision.
	ActionAppeal Action = "appeal"
	// ActionAppealDecision: the appeal is decided.
	ActionAppealDecision Action = "appeal-decision"
	// ActionRequestExemption: the candidate asks an institution for
	// exemptions on the certificate (outside the EVC procedure).
	ActionRequestExemption Action = "request-exemption"
	// ActionWithdraw: the candidate withdraws before the decision.
	ActionWithdraw Action = "withdraw"
)

var actions = []Action{ActionRequestIntake, ActionIntake, ActionPortfolio, ActionDecision, ActionAppeal, ActionAppealDecision, ActionRequestExemption, ActionWithdraw}

// Enum lists every valid Action.
func (Action) Enum() []string { return auhl.Strings(actions) }

// UnmarshalText accepts only a known step.
func (a *Action) UnmarshalText(b []byte) error { return enum.Unmarshal(a, b, actions) }

// State is the state of an Procedure. Its JSON encoding is the
// identifier of each constant; the empty string is the state before the
// first step.
type State string

// The states.
const (
	// NotStarted is the state before the first step.
	NotStarted State = ""
	// IntakeRequested: the intake is requested.
	IntakeRequested State = "intake-requested"
	// IntakeHeld: the intake interview was held; the portfolio follows.
	IntakeHeld State = "intake-held"
	// PortfolioSubmitted: the portfolio is in; the assessment follows.
	PortfolioSubmitted State = "portfolio-submitted"
	// Certified: the candidate has a bewijs van bekwaamheid.
	Certified State = "certified"
	// NotCertified: the commission did not grant the certificate.
	NotCertified State = "not-certified"
	// Appealed: an appeal against the decision is pending.
	Appealed State = "appealed"
	// ExemptionRequested: exemptions were requested from an institution
	// on the certificate; the EVC procedure is over.
	ExemptionRequested State = "exemption-requested"
	// Withdrawn: the candidate withdrew.
	Withdrawn State = "withdrawn"
)

var states = []State{NotStarted, IntakeRequested, IntakeHeld, PortfolioSubmitted, Certified, NotCertified, Appealed, ExemptionRequested, Withdrawn}

// Enum lists every valid State.
func (State) Enum() []string { return auhl.Strings(states) }

// UnmarshalText accepts only a known state.
func (s *State) UnmarshalText(b []byte) error { return enum.Unmarshal(s, b, states) }

// Outcome is the outcome of an EVC decision or appeal decision. Its
// JSON encoding is the identifier of each constant.
type Outcome string

// The outcomes.
const (
	// OutcomePositive: the competences are recognised; a bewijs van
	// bekwaamheid is issued.
	OutcomePositive Outcome = "positive"
	// OutcomeNegative: they are not.
	OutcomeNegative Outcome = "negative"
)

var outcomes = []Outcome{OutcomePositive, OutcomeNegative}

// Enum lists every valid Outcome.
func (Outcome) Enum() []string { return auhl.Strings(outcomes) }

// UnmarshalText accepts only a known outcome.
func (o *Outcome) UnmarshalText(b []byte) error { return enum.Unmarshal(o, b, outcomes) }

// Window is an intake window of the EVC procedure. Its JSON encoding is
// the identifier of each constant.
type Window string

// The windows.
const (
	// WindowSpring is the spring procedure (intake requested before
	// 1 February).
	WindowSpring Window = "spring"
	// WindowAutumn is the autumn procedure (intake requested before
	// 1 September).
	WindowAutumn Window = "autumn"
)

var windows = []Window{WindowSpring, WindowAutumn}

// Enum lists every valid Window.
func (Window) Enum() []string { return auhl.Strings(windows) }

// Valid reports whether w is a known window.
func (w Window) Valid() bool { return slices.Contains(windows, w) }

// UnmarshalText accepts only a known window.
func (w *Window) UnmarshalText(b []byte) error { return enum.Unmarshal(w, b, windows) }

// Name returns the name of the window in Dutch and English.
func (w Window) Name() auhl.Text {
	if w == WindowSpring {
		return auhl.Text{NL: "de voorjaarsprocedure", EN: "the spring procedure"}
	}
	return auhl.Text{NL: "de najaarsprocedure", EN: "the autumn procedure"}
}

// transitions are the legal transitions: from a state, by a step, to
// the state after it (for a decision, the positive outcome's; the negative
// one goes to NotCertified).
var transitions = map[State]map[Action]State{
	NotStarted:         {ActionRequestIntake: IntakeRequested},
	IntakeRequested:    {ActionIntake: IntakeHeld, ActionWithdraw: Withdrawn},
	IntakeHeld:         {ActionPortfolio: PortfolioSubmitted, ActionWithdraw: Withdrawn},
	PortfolioSubmitted: {ActionDecision: Certified, ActionWithdraw: Withdrawn},
	Certified:          {ActionAppeal: Appealed, ActionRequestExemption: ExemptionRequested},
	NotCertified:       {ActionAppeal: Appealed},
	Appealed:           {ActionAppealDecision: Certified},
}

// stepFields are the optional fields each step has.
var stepFields = map[Action][]string{
	ActionIntake:           {"guide"},
	ActionDecision:         {"assessors", "outcome"},
	ActionAppealDecision:   {"outcome"},
	ActionRequestExemption: {"institution"},
}

// State returns the procedure's current state.
func (p Procedure) State() State {
	if len(p.History) == 0 {
		return NotStarted
	}
	return p.History[len(p.History)-1].To
}

// Allowed returns the steps the procedure's current state allows.
func (p Procedure) Allowed() []Action {
	var out []Action
	for _, a := range actions {
		if _, ok := transitions[p.State()][a]; ok && (a != ActionAppeal || p.find(ActionAppeal) == nil) {
			out = append(out, a)
		}
	}
	return out
}

// Window returns the intake window the procedure's intake request fell in
// under the embedded rules, or "" before the request.
func (p Procedure) Window() Window {
	if len(p.History) == 0 {
		return ""
	}
	w, _, _ := Default().intakeWindow(p.History[0].Date)
	return w
}

// find returns the last transition by action a, or nil.
func (p *Procedure) find(a Action) *Transition {
	for i := len(p.History) - 1; i >= 0; i-- {
		if p.History[i].Action == a {
			return &p.History[i]
		}
	}
	return nil
}

// CertifiedOn returns the day of the bewijs van bekwaamheid (the positive
// decision or appeal decision in force), or "" without one.
func (p Procedure) CertifiedOn() auhl.Date {
	for i := len(p.History) - 1; i >= 0; i-- {
		t := p.History[i]
		if t.To == Certified && (t.Action == ActionDecision || t.Action == ActionAppealDecision) {
			return t.Date
		}
	}
	return auhl.Date{}
}

// Apply makes step s with the embedded rules (Default): see
// RulesFile.Apply.
func (p *Procedure) Apply(s Step) ([]auhl.Finding, error) {
	return Default().Apply(p, s)
}

// Apply makes step s in procedure p under the rules of the academic
// year of the step's day, records it in p's history and returns the
// findings that explain it and what comes next, each with its source. A
// step the current state does not allow (CodeIllegalTransition), a day
// before the previous step's (CodeDateOrder), a commission of the
// wrong size, with a member twice or with the guide in it, an appeal after
// its term, a field the step does not have or lacks, or a day in a year
// the rules do not cover is a *auhl.ValidationError, and p is left
// unchanged.
func (s *RulesFile) Apply(p *Procedure, st Step) ([]auhl.Finding, error) {
	tr, fs, ve := s.transition(p, st, "")
	if err := ve.Err(); err != nil {
		return nil, err
	}
	p.History = append(p.History, tr)
	return fs, nil
}

// transition checks step st against p and returns the transition and its
// findings, or the problems at path.
func (s *RulesFile) transition(p *Procedure, st Step, path string) (Transition, []auhl.Finding, *auhl.ValidationError) {
	var ve auhl.ValidationError
	from := p.State()
	tr := Transition{Step: st, From: from}
	if !slices.Contains(actions, st.Action) {
		ve.Add(path+"/action", auhl.CodeRequired, nil)
		return tr, nil, &ve
	}
	to, ok := transitions[from][st.Action]
	if !ok {
		ve.Add(path+"/action", CodeIllegalTransition, auhl.Params{"action": auhl.Str(string(st.Action)), "state": auhl.Str(stateName(from))})
		return tr, nil, &ve
	}
	// The fields of the step.
	allowed := stepFields[st.Action]
	for _, f := range []struct {
		name string
		set  bool
	}{{"guide", st.Guide != ""}, {"assessors", len(st.Assessors) > 0}, {"outcome", st.Outcome != ""}, {"institution", st.Institution != ""}} {
		if f.set && !slices.Contains(allowed, f.name) {
			ve.Add(path+"/"+f.name, CodeFieldNotAllowed, auhl.Params{"field": auhl.Str(f.name), "action": auhl.Str(string(st.Action))})
		} else if !f.set && slices.Contains(allowed, f.name) {
			ve.Add(path+"/"+f.name, auhl.CodeRequired, nil)
		}
	}
	var yr *Rules
	if st.Date.IsZero() {
		ve.Add(path+"/date", auhl.CodeRequired, nil)
	} else if r, err := s.For(st.Date.AcademicYear()); err != nil {
		ve.Merge(path+"/date", err)
	} else {
		yr = r
		if len(p.History) > 0 {
			if prev := p.History[len(p.History)-1].Date; st.Date.Compare(prev) < 0 {
				ve.Add(path+"/date", CodeDateOrder, auhl.Params{"date": auhl.Str(st.Date.String()), "previous": auhl.Str(prev.String())})
			}
		}
	}
	if st.Outcome != "" && !slices.Contains(outcomes, st.Outcome) {
		ve.Add(path+"/outcome", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(st.Outcome))), "allowed": auhl.Str(enum.Join(outcomes))})
	}
	if st.Institution != "" && st.Institution != auhl.UHasselt && st.Institution != auhl.PXL {
		ve.Add(path+"/institution", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(st.Institution))), "allowed": auhl.Str(enum.Join([]auhl.Institution{auhl.UHasselt, auhl.PXL}))})
	}
	if len(st.Guide) > maxNameBytes {
		ve.Add(path+"/guide", CodeNameTooLong, auhl.Params{"max": auhl.Int(maxNameBytes)})
	}
	if yr == nil || len(ve.Problems) > 0 {
		return tr, nil, &ve
	}

	if st.Action == ActionDecision {
		s.checkCommission(&ve, path, p, st, yr)
	}
	var fs []auhl.Finding
	var warnings rules.Warnings
	f := func(code string, sev auhl.Severity, b rules.Basis, params ...any) {
		fs = append(fs, s.evcFinding(code, sev, b, params...))
		if warnings.First(b) {
			fs = append(fs, rules.Warning(CodeUnconfirmed, b, auhl.Params{"year": auhl.Str(st.Date.AcademicYear().String())}))
		}
	}
	switch st.Action {
	case ActionRequestIntake:
		w, before, b := s.intakeWindow(st.Date)
		f(CodeIntakeRequested, auhl.Info, b, "window", w.Name(), "before", before.String())
	case ActionIntake:
		f(CodeIntakeHeld, auhl.Info, yr.GuideNotAssessor, "guide", st.Guide)
	case ActionPortfolio:
		f(CodePortfolioSubmitted, auhl.Info, yr.Assessors.Basis, "assessors", yr.Assessors.Count)
	case ActionDecision, ActionAppealDecision:
		if st.Outcome == OutcomeNegative {
			to = NotCertified
		} else {
			to = Certified
		}
		if st.Action == ActionAppealDecision {
			f(CodeAppealDecided, auhl.Info, yr.Appeal.Basis, "outcome", outcomeName(st.Outcome))
		} else {
			until := st.Date.AddDays(yr.Appeal.Days)
			f(CodeDecided, auhl.Info, yr.Appeal.Basis, "outcome", outcomeName(st.Outcome), "until", until.String(), "days", yr.Appeal.Days)
		}
		if to == Certified {
			f(CodeCertificate, auhl.Info, yr.Certificate, "date", st.Date.String())
		}
	case ActionAppeal:
		if p.find(ActionAppeal) != nil {
			ve.Add(path+"/action", CodeIllegalTransition, auhl.Params{"action": auhl.Str(string(st.Action)), "state": auhl.Str(stateName(from))})
			break
		}
		decided := p.find(ActionDecision).Date
		until := decided.AddDays(yr.Appeal.Days)
		if st.Date.Compare(until) > 0 {
			ve.Add(path+"/date", CodeAppealLate, auhl.Params{"date": auhl.Str(st.Date.String()), "until": auhl.Str(until.String()), "days": auhl.Int(yr.Appeal.Days)})
			break
		}
		f(CodeAppealed, auhl.Info, yr.Appeal.Basis, "until", until.String())
	case ActionRequestExemption:
		f(CodeExemptionRequested, auhl.Info, yr.Exemption, "institution", st.Institution.Name())
		certified := p.CertifiedOn()
		if age := calendarYears(certified, st.Date); age >= yr.Actualisation.Years {
			f(CodeActualisation, auhl.Warning, yr.Actualisation.Basis, "date", certified.String(), "years", age, "minYears", yr.Actualisation.Years)
		}
	case ActionWithdraw:
		f(CodeWithdrawn, auhl.Info, yr.Certificate)
	}
	tr.To = to
	if len(ve.Problems) > 0 {
		return tr, nil, &ve
	}
	return tr, fs, &ve
}

// maxNameBytes bounds the name of a guide or an assessor.
const maxNameBytes = 200

// checkCommission checks the assessment commission of a decision.
func (s *RulesFile) checkCommission(ve *auhl.ValidationError, path string, p *Procedure, st Step, rules *Rules) {
	if len(st.Assessors) != rules.Assessors.Count {
		ve.Add(path+"/assessors", CodeAssessorCount, auhl.Params{"count": auhl.Int(len(st.Assessors)), "want": auhl.Int(rules.Assessors.Count)})
	}
	guide := ""
	if t := p.find(ActionIntake); t != nil {
		guide = normName(t.Guide)
	}
	seen := map[string]bool{}
	for i, a := range st.Assessors {
		ap := auhl.Index(path+"/assessors", i)
		n := normName(a)
		switch {
		case n == "":
			ve.Add(ap, auhl.CodeRequired, nil)
		case len(a) > maxNameBytes:
			ve.Add(ap, CodeNameTooLong, auhl.Params{"max": auhl.Int(maxNameBytes)})
		case n == guide:
			ve.Add(ap, CodeGuideAssesses, auhl.Params{"name": auhl.Str(auhl.Clip(a))})
		case seen[n]:
			ve.Add(ap, CodeAssessorTwice, auhl.Params{"name": auhl.Str(auhl.Clip(a))})
		}
		seen[n] = true
	}
}

// normName compares names without case and surrounding or repeated space.
func normName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// evcFinding builds a finding resting on b with params given as name,
// value pairs.
func (s *RulesFile) evcFinding(code string, sev auhl.Severity, b rules.Basis, params ...any) auhl.Finding {
	p := auhl.Params{}
	for i := 0; i+1 < len(params); i += 2 {
		name, _ := params[i].(string)
		switch v := params[i+1].(type) {
		case int:
			p[name] = auhl.Int(v)
		case string:
			p[name] = auhl.Str(v)
		case auhl.Text:
			p[name] = auhl.Txt(v)
		}
	}
	if len(p) == 0 {
		p = nil
	}
	return auhl.Finding{Code: code, Severity: sev, Params: p, Source: b.Cited()}
}

// intakeWindow returns the window an intake requested on d falls in: the
// first window whose day comes after d, with that day and its basis.
func (s *RulesFile) intakeWindow(d auhl.Date) (Window, auhl.Date, rules.Basis) {
	r, err := s.For(d.AcademicYear())
	if err != nil {
		return "", auhl.Date{}, rules.Basis{}
	}
	var best intakeWindow
	var bestDay auhl.Date
	for _, w := range r.IntakeWindows {
		day := w.Before.InYear(d.Year())
		if !day.After(d) {
			day = w.Before.InYear(d.Year() + 1)
		}
		if bestDay.IsZero() || day.Before(bestDay) {
			best, bestDay = w, day
		}
	}
	return best.Window, bestDay, best.Basis
}

// stateName is the name of a state in a problem.
func stateName(s State) string {
	if s == NotStarted {
		return "not-started"
	}
	return string(s)
}

// outcomeName returns the outcome in Dutch and English.
func outcomeName(o Outcome) auhl.Text {
	if o == OutcomePositive {
		return auhl.Text{NL: "positief", EN: "positive"}
	}
	return auhl.Text{NL: "negatief", EN: "negative"}
}

// calendarYears returns the whole years from d to on (both valid), 0
// otherwise.
func calendarYears(d, on auhl.Date) int {
	if d.IsZero() || on.IsZero() || on.Before(d) {
		return 0
	}
	n := on.Year() - d.Year()
	if on.Month() < d.Month() || (on.Month() == d.Month() && on.Day() < d.Day()) {
		n--
	}
	return n
}

// MaxProcedureBytes is the largest procedure document DecodeProcedure reads.
const MaxProcedureBytes = 32 << 10

// maxEVCSteps is the most transitions a procedure may hold.
const maxEVCSteps = 20

// DecodeProcedure decodes a serialised Procedure the strict way and replays
// its history with the embedded rules: every transition must be legal and
// its recorded From and To must be the states the replay gives. It
// returns a *auhl.ValidationError listing the problems of the first
// transition that fails (with its JSON Pointer, "/history/3/date"), or of
// the shape. A document larger than MaxProcedureBytes is refused unread.
func DecodeProcedure(data []byte) (Procedure, error) {
	return Default().DecodeProcedure(data)
}

// DecodeProcedure is DecodeProcedure with the rules of s.
func (s *RulesFile) DecodeProcedure(data []byte) (Procedure, error) {
	if len(data) > MaxProcedureBytes {
		return Procedure{}, &auhl.ValidationError{Problems: []auhl.Problem{{
			Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(MaxProcedureBytes)},
		}}}
	}
	var p Procedure
	check := func() *auhl.ValidationError {
		var ve auhl.ValidationError
		if len(p.History) > maxEVCSteps {
			ve.Add("/history", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(len(p.History)), "min": auhl.Int(0), "max": auhl.Int(maxEVCSteps)})
			return &ve
		}
		var replay Procedure
		for i, t := range p.History {
			path := auhl.Index("/history", i)
			tr, _, pe := s.transition(&replay, t.Step, path)
			if len(pe.Problems) > 0 {
				ve.Append(pe.Problems...)
				return &ve
			}
			if t.From != tr.From {
				ve.Add(path+"/from", CodeRecordedState, auhl.Params{"recorded": auhl.Str(stateName(t.From)), "replayed": auhl.Str(stateName(tr.From))})
			}
			if t.To != tr.To {
				ve.Add(path+"/to", CodeRecordedState, auhl.Params{"recorded": auhl.Str(stateName(t.To)), "replayed": auhl.Str(stateName(tr.To))})
			}
			if len(ve.Problems) > 0 {
				return &ve
			}
			replay.History = append(replay.History, tr)
		}
		return &ve
	}
	if err := auhl.DecodeAndCheck(data, &p, check); err != nil {
		return Procedure{}, err
	}
	return p, nil
}
