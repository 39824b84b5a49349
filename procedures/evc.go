package procedures

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/auhl/auhl-go/auhl"
)

// EVCProcedure is a candidate's EVC procedure (erkenning van eerder
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
// with a CodeEVCIllegalTransition problem (or another CodeEVC... code for
// a step whose details are wrong) and changes nothing. Its JSON encoding
// is {"history": [...]}; DecodeEVC reads and replays it.
type EVCProcedure struct {
	// History are the transitions made, in order.
	History []EVCTransition `json:"history"`
}

// EVCStep is a step a candidate or the institution takes in an
// EVCProcedure. Action says which fields it has:
//
//   - request-intake: Date;
//   - intake: Date, Guide (the EVC-begeleider);
//   - portfolio: Date;
//   - decision: Date, Assessors (the commission), Outcome;
//   - appeal: Date;
//   - appeal-decision: Date, Outcome;
//   - request-exemption: Date, Institution;
//   - withdraw: Date.
type EVCStep struct {
	// Action is the step.
	Action EVCAction `json:"action"`
	// Date is the day of the step, "2026-01-15".
	Date Date `json:"date"`
	// Guide is the EVC-begeleider named at the intake.
	Guide string `json:"guide,omitempty"`
	// Assessors are the members of the assessment commission.
	Assessors []string `json:"assessors,omitempty"`
	// Outcome is the outcome of a decision or an appeal decision.
	Outcome EVCOutcome `json:"outcome,omitempty"`
	// Institution is where the exemptions are requested: uhasselt or pxl.
	Institution auhl.Institution `json:"institution,omitempty"`
}

// EVCTransition is a recorded transition of an EVCProcedure: the step and
// the states before and after it.
type EVCTransition struct {
	EVCStep
	// From is the state before the step.
	From EVCState `json:"from"`
	// To is the state after it.
	To EVCState `json:"to"`
}

// EVCAction is a step of an EVCProcedure. Its JSON encoding is the
// identifier of each constant.
type EVCAction string

// The steps.
const (
	// ActionRequestIntake: the candidate requests an intake.
	ActionRequestIntake EVCAction = "request-intake"
	// ActionIntake: the intake interview is held and a guide named.
	ActionIntake EVCAction = "intake"
	// ActionPortfolio: the candidate submits the portfolio.
	ActionPortfolio EVCAction = "portfolio"
	// ActionDecision: the assessment commission decides.
	ActionDecision EVCAction = "decision"
	// ActionAppeal: the candidate appeals against the decision.
	ActionAppeal EVCAction = "appeal"
	// ActionAppealDecision: the appeal is decided.
	ActionAppealDecision EVCAction = "appeal-decision"
	// ActionRequestExemption: the candidate asks an institution for
	// exemptions on the certificate (outside the EVC procedure).
	ActionRequestExemption EVCAction = "request-exemption"
	// ActionWithdraw: the candidate withdraws before the decision.
	ActionWithdraw EVCAction = "withdraw"
)

var evcActions = []EVCAction{ActionRequestIntake, ActionIntake, ActionPortfolio, ActionDecision, ActionAppeal, ActionAppealDecision, ActionRequestExemption, ActionWithdraw}

// Enum lists every valid EVCAction.
func (EVCAction) Enum() []string { return auhl.Strings(evcActions) }

// UnmarshalText accepts only a known step.
func (a *EVCAction) UnmarshalText(b []byte) error { return unmarshalEnum(a, b, evcActions) }

// EVCState is the state of an EVCProcedure. Its JSON encoding is the
// identifier of each constant; the empty string is the state before the
// first step.
type EVCState string

// The states.
const (
	// EVCNotStarted is the state before the first step.
	EVCNotStarted EVCState = ""
	// EVCIntakeRequested: the intake is requested.
	EVCIntakeRequested EVCState = "intake-requested"
	// EVCIntakeHeld: the intake interview was held; the portfolio follows.
	EVCIntakeHeld EVCState = "intake-held"
	// EVCPortfolioSubmitted: the portfolio is in; the assessment follows.
	EVCPortfolioSubmitted EVCState = "portfolio-submitted"
	// EVCCertified: the candidate has a bewijs van bekwaamheid.
	EVCCertified EVCState = "certified"
	// EVCNotCertified: the commission did not grant the certificate.
	EVCNotCertified EVCState = "not-certified"
	// EVCAppealed: an appeal against the decision is pending.
	EVCAppealed EVCState = "appealed"
	// EVCExemptionRequested: exemptions were requested from an institution
	// on the certificate; the EVC procedure is over.
	EVCExemptionRequested EVCState = "exemption-requested"
	// EVCWithdrawn: the candidate withdrew.
	EVCWithdrawn EVCState = "withdrawn"
)

var evcStates = []EVCState{EVCNotStarted, EVCIntakeRequested, EVCIntakeHeld, EVCPortfolioSubmitted, EVCCertified, EVCNotCertified, EVCAppealed, EVCExemptionRequested, EVCWithdrawn}

// Enum lists every valid EVCState.
func (EVCState) Enum() []string { return auhl.Strings(evcStates) }

// UnmarshalText accepts only a known state.
func (s *EVCState) UnmarshalText(b []byte) error { return unmarshalEnum(s, b, evcStates) }

// EVCOutcome is the outcome of an EVC decision or appeal decision. Its
// JSON encoding is the identifier of each constant.
type EVCOutcome string

// The outcomes.
const (
	// OutcomePositive: the competences are recognised; a bewijs van
	// bekwaamheid is issued.
	OutcomePositive EVCOutcome = "positive"
	// OutcomeNegative: they are not.
	OutcomeNegative EVCOutcome = "negative"
)

var evcOutcomes = []EVCOutcome{OutcomePositive, OutcomeNegative}

// Enum lists every valid EVCOutcome.
func (EVCOutcome) Enum() []string { return auhl.Strings(evcOutcomes) }

// UnmarshalText accepts only a known outcome.
func (o *EVCOutcome) UnmarshalText(b []byte) error { return unmarshalEnum(o, b, evcOutcomes) }

// EVCWindow is an intake window of the EVC procedure. Its JSON encoding is
// the identifier of each constant.
type EVCWindow string

// The windows.
const (
	// WindowSpring is the spring procedure (intake requested before
	// 1 February).
	WindowSpring EVCWindow = "spring"
	// WindowAutumn is the autumn procedure (intake requested before
	// 1 September).
	WindowAutumn EVCWindow = "autumn"
)

var evcWindows = []EVCWindow{WindowSpring, WindowAutumn}

// Enum lists every valid EVCWindow.
func (EVCWindow) Enum() []string { return auhl.Strings(evcWindows) }

// Valid reports whether w is a known window.
func (w EVCWindow) Valid() bool { return slices.Contains(evcWindows, w) }

// UnmarshalText accepts only a known window.
func (w *EVCWindow) UnmarshalText(b []byte) error { return unmarshalEnum(w, b, evcWindows) }

// Name returns the name of the window in Dutch and English.
func (w EVCWindow) Name() auhl.Text {
	if w == WindowSpring {
		return auhl.Text{NL: "de voorjaarsprocedure", EN: "the spring procedure"}
	}
	return auhl.Text{NL: "de najaarsprocedure", EN: "the autumn procedure"}
}

// evcTransitions are the legal transitions: from a state, by a step, to
// the state after it (for a decision, the positive outcome's; the negative
// one goes to EVCNotCertified).
var evcTransitions = map[EVCState]map[EVCAction]EVCState{
	EVCNotStarted:         {ActionRequestIntake: EVCIntakeRequested},
	EVCIntakeRequested:    {ActionIntake: EVCIntakeHeld, ActionWithdraw: EVCWithdrawn},
	EVCIntakeHeld:         {ActionPortfolio: EVCPortfolioSubmitted, ActionWithdraw: EVCWithdrawn},
	EVCPortfolioSubmitted: {ActionDecision: EVCCertified, ActionWithdraw: EVCWithdrawn},
	EVCCertified:          {ActionAppeal: EVCAppealed, ActionRequestExemption: EVCExemptionRequested},
	EVCNotCertified:       {ActionAppeal: EVCAppealed},
	EVCAppealed:           {ActionAppealDecision: EVCCertified},
}

// evcStepFields are the optional fields each step has.
var evcStepFields = map[EVCAction][]string{
	ActionIntake:           {"guide"},
	ActionDecision:         {"assessors", "outcome"},
	ActionAppealDecision:   {"outcome"},
	ActionRequestExemption: {"institution"},
}

// State returns the procedure's current state.
func (p EVCProcedure) State() EVCState {
	if len(p.History) == 0 {
		return EVCNotStarted
	}
	return p.History[len(p.History)-1].To
}

// Allowed returns the steps the procedure's current state allows.
func (p EVCProcedure) Allowed() []EVCAction {
	var out []EVCAction
	for _, a := range evcActions {
		if _, ok := evcTransitions[p.State()][a]; ok && (a != ActionAppeal || p.find(ActionAppeal) == nil) {
			out = append(out, a)
		}
	}
	return out
}

// Window returns the intake window the procedure's intake request fell in
// under the embedded rules, or "" before the request.
func (p EVCProcedure) Window() EVCWindow {
	if len(p.History) == 0 {
		return ""
	}
	w, _, _ := DefaultProcedureRules().intakeWindow(p.History[0].Date)
	return w
}

// find returns the last transition by action a, or nil.
func (p *EVCProcedure) find(a EVCAction) *EVCTransition {
	for i := len(p.History) - 1; i >= 0; i-- {
		if p.History[i].Action == a {
			return &p.History[i]
		}
	}
	return nil
}

// CertifiedOn returns the day of the bewijs van bekwaamheid (the positive
// decision or appeal decision in force), or "" without one.
func (p EVCProcedure) CertifiedOn() Date {
	for i := len(p.History) - 1; i >= 0; i-- {
		t := p.History[i]
		if t.To == EVCCertified && (t.Action == ActionDecision || t.Action == ActionAppealDecision) {
			return t.Date
		}
	}
	return ""
}

// Apply makes step s with the embedded rules (DefaultProcedureRules): see
// ProcedureRuleSet.ApplyEVC.
func (p *EVCProcedure) Apply(s EVCStep) ([]auhl.Finding, error) {
	return DefaultProcedureRules().ApplyEVC(p, s)
}

// ApplyEVC makes step s in procedure p under the rules of the academic
// year of the step's day, records it in p's history and returns the
// findings that explain it and what comes next, each with its source. A
// step the current state does not allow (CodeEVCIllegalTransition), a day
// before the previous step's (CodeEVCDateOrder), a commission of the
// wrong size, with a member twice or with the guide in it, an appeal after
// its term, a field the step does not have or lacks, or a day in a year
// the rules do not cover is a *auhl.ValidationError, and p is left
// unchanged.
func (s *ProcedureRuleSet) ApplyEVC(p *EVCProcedure, st EVCStep) ([]auhl.Finding, error) {
	tr, fs, ve := s.transition(p, st, "")
	if err := ve.Err(); err != nil {
		return nil, err
	}
	p.History = append(p.History, tr)
	return fs, nil
}

// transition checks step st against p and returns the transition and its
// findings, or the problems at path.
func (s *ProcedureRuleSet) transition(p *EVCProcedure, st EVCStep, path string) (EVCTransition, []auhl.Finding, *auhl.ValidationError) {
	var ve auhl.ValidationError
	from := p.State()
	tr := EVCTransition{EVCStep: st, From: from}
	if !slices.Contains(evcActions, st.Action) {
		ve.Add(path+"/action", auhl.CodeRequired, nil)
		return tr, nil, &ve
	}
	to, ok := evcTransitions[from][st.Action]
	if !ok {
		ve.Add(path+"/action", CodeEVCIllegalTransition, auhl.Params{"action": auhl.Str(string(st.Action)), "state": auhl.Str(stateName(from))})
		return tr, nil, &ve
	}
	// The fields of the step.
	allowed := evcStepFields[st.Action]
	for _, f := range []struct {
		name string
		set  bool
	}{{"guide", st.Guide != ""}, {"assessors", len(st.Assessors) > 0}, {"outcome", st.Outcome != ""}, {"institution", st.Institution != ""}} {
		if f.set && !slices.Contains(allowed, f.name) {
			ve.Add(path+"/"+f.name, CodeEVCFieldNotAllowed, auhl.Params{"field": auhl.Str(f.name), "action": auhl.Str(string(st.Action))})
		} else if !f.set && slices.Contains(allowed, f.name) {
			ve.Add(path+"/"+f.name, auhl.CodeRequired, nil)
		}
	}
	var rules *EVCRules
	if !st.Date.Valid() {
		ve.Add(path+"/date", CodeDateFormat, auhl.Params{"value": auhl.Str(auhl.Clip(string(st.Date)))})
	} else if r, err := s.For(st.Date.AcademicYear()); err != nil {
		ve.Merge(path+"/date", err)
	} else {
		rules = &r.EVC
		if len(p.History) > 0 {
			if prev := p.History[len(p.History)-1].Date; st.Date < prev {
				ve.Add(path+"/date", CodeEVCDateOrder, auhl.Params{"date": auhl.Str(string(st.Date)), "previous": auhl.Str(string(prev))})
			}
		}
	}
	if st.Outcome != "" && !slices.Contains(evcOutcomes, st.Outcome) {
		ve.Add(path+"/outcome", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(st.Outcome))), "allowed": auhl.Str(joinEnum(evcOutcomes))})
	}
	if st.Institution != "" && st.Institution != auhl.UHasselt && st.Institution != auhl.PXL {
		ve.Add(path+"/institution", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(st.Institution))), "allowed": auhl.Str(joinEnum([]auhl.Institution{auhl.UHasselt, auhl.PXL}))})
	}
	if len(st.Guide) > maxNameBytes {
		ve.Add(path+"/guide", CodeEVCNameTooLong, auhl.Params{"max": auhl.Int(maxNameBytes)})
	}
	if rules == nil || len(ve.Problems) > 0 {
		return tr, nil, &ve
	}

	if st.Action == ActionDecision {
		s.checkCommission(&ve, path, p, st, rules)
	}
	var fs []auhl.Finding
	var warnings warningSet
	f := func(code string, sev auhl.Severity, b Basis, params ...any) {
		fs = append(fs, s.evcFinding(code, sev, b, params...))
		if warnings.First(b) {
			fs = append(fs, unconfirmedWarning(CodeEVCUnconfirmed, b, auhl.Params{"year": auhl.Str(st.Date.AcademicYear().String())}))
		}
	}
	switch st.Action {
	case ActionRequestIntake:
		w, before, b := s.intakeWindow(st.Date)
		f(CodeEVCIntakeRequested, auhl.Info, b, "window", w.Name(), "before", string(before))
	case ActionIntake:
		f(CodeEVCIntakeHeld, auhl.Info, rules.GuideNotAssessor, "guide", st.Guide)
	case ActionPortfolio:
		f(CodeEVCPortfolioSubmitted, auhl.Info, rules.Assessors.Basis, "assessors", rules.Assessors.Count)
	case ActionDecision, ActionAppealDecision:
		if st.Outcome == OutcomeNegative {
			to = EVCNotCertified
		} else {
			to = EVCCertified
		}
		if st.Action == ActionAppealDecision {
			f(CodeEVCAppealDecided, auhl.Info, rules.Appeal.Basis, "outcome", outcomeName(st.Outcome))
		} else {
			until := addDays(st.Date, rules.Appeal.Days)
			f(CodeEVCDecided, auhl.Info, rules.Appeal.Basis, "outcome", outcomeName(st.Outcome), "until", string(until), "days", rules.Appeal.Days)
		}
		if to == EVCCertified {
			f(CodeEVCCertificate, auhl.Info, rules.Certificate, "date", string(st.Date))
		}
	case ActionAppeal:
		if p.find(ActionAppeal) != nil {
			ve.Add(path+"/action", CodeEVCIllegalTransition, auhl.Params{"action": auhl.Str(string(st.Action)), "state": auhl.Str(stateName(from))})
			break
		}
		decided := p.find(ActionDecision).Date
		until := addDays(decided, rules.Appeal.Days)
		if st.Date > until {
			ve.Add(path+"/date", CodeEVCAppealLate, auhl.Params{"date": auhl.Str(string(st.Date)), "until": auhl.Str(string(until)), "days": auhl.Int(rules.Appeal.Days)})
			break
		}
		f(CodeEVCAppealed, auhl.Info, rules.Appeal.Basis, "until", string(until))
	case ActionRequestExemption:
		f(CodeEVCExemptionRequested, auhl.Info, rules.Exemption, "institution", st.Institution.Name())
		certified := p.CertifiedOn()
		if age := calendarYears(certified, st.Date); age >= rules.Actualisation.Years {
			f(CodeEVCActualisation, auhl.Warning, rules.Actualisation.Basis, "date", string(certified), "years", age, "minYears", rules.Actualisation.Years)
		}
	case ActionWithdraw:
		f(CodeEVCWithdrawn, auhl.Info, rules.Certificate)
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
func (s *ProcedureRuleSet) checkCommission(ve *auhl.ValidationError, path string, p *EVCProcedure, st EVCStep, rules *EVCRules) {
	if len(st.Assessors) != rules.Assessors.Count {
		ve.Add(path+"/assessors", CodeEVCAssessorCount, auhl.Params{"count": auhl.Int(len(st.Assessors)), "want": auhl.Int(rules.Assessors.Count)})
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
			ve.Add(ap, CodeEVCNameTooLong, auhl.Params{"max": auhl.Int(maxNameBytes)})
		case n == guide:
			ve.Add(ap, CodeEVCGuideAssesses, auhl.Params{"name": auhl.Str(auhl.Clip(a))})
		case seen[n]:
			ve.Add(ap, CodeEVCAssessorTwice, auhl.Params{"name": auhl.Str(auhl.Clip(a))})
		}
		seen[n] = true
	}
}

// normName compares names without case and surrounding or repeated space.
func normName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// evcFinding builds a finding resting on b with params given as name,
// value pairs.
func (s *ProcedureRuleSet) evcFinding(code string, sev auhl.Severity, b Basis, params ...any) auhl.Finding {
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
func (s *ProcedureRuleSet) intakeWindow(d Date) (EVCWindow, Date, Basis) {
	r, err := s.For(d.AcademicYear())
	if err != nil || !d.Valid() {
		return "", "", Basis{}
	}
	var best IntakeWindow
	var bestDay Date
	year, _ := strconv.Atoi(string(d[:4]))
	for _, w := range r.EVC.IntakeWindows {
		day := w.Before.inCalendarYear(year)
		if day <= d {
			day = w.Before.inCalendarYear(year + 1)
		}
		if bestDay == "" || day < bestDay {
			best, bestDay = w, day
		}
	}
	return best.Window, bestDay, best.Basis
}

// stateName is the name of a state in a problem.
func stateName(s EVCState) string {
	if s == EVCNotStarted {
		return "not-started"
	}
	return string(s)
}

// outcomeName returns the outcome in Dutch and English.
func outcomeName(o EVCOutcome) auhl.Text {
	if o == OutcomePositive {
		return auhl.Text{NL: "positief", EN: "positive"}
	}
	return auhl.Text{NL: "negatief", EN: "negative"}
}

// addDays returns d plus n calendar days; d must be valid.
func addDays(d Date, n int) Date {
	t, err := time.Parse(dateLayout, string(d))
	if err != nil {
		return ""
	}
	return Date(t.AddDate(0, 0, n).Format(dateLayout))
}

// calendarYears returns the whole years from d to on (both valid), 0
// otherwise.
func calendarYears(d, on Date) int {
	a, err1 := time.Parse(dateLayout, string(d))
	b, err2 := time.Parse(dateLayout, string(on))
	if err1 != nil || err2 != nil || b.Before(a) {
		return 0
	}
	n := b.Year() - a.Year()
	if b.Month() < a.Month() || (b.Month() == a.Month() && b.Day() < a.Day()) {
		n--
	}
	return n
}

// MaxEVCBytes is the largest procedure document DecodeEVC reads.
const MaxEVCBytes = 32 << 10

// maxEVCSteps is the most transitions a procedure may hold.
const maxEVCSteps = 20

// DecodeEVC decodes a serialised EVCProcedure the strict way and replays
// its history with the embedded rules: every transition must be legal and
// its recorded From and To must be the states the replay gives. It
// returns a *auhl.ValidationError listing the problems of the first
// transition that fails (with its JSON Pointer, "/history/3/date"), or of
// the shape. A document larger than MaxEVCBytes is refused unread.
func DecodeEVC(data []byte) (EVCProcedure, error) {
	return DefaultProcedureRules().DecodeEVC(data)
}

// DecodeEVC is DecodeEVC with the rules of s.
func (s *ProcedureRuleSet) DecodeEVC(data []byte) (EVCProcedure, error) {
	if len(data) > MaxEVCBytes {
		return EVCProcedure{}, &auhl.ValidationError{Problems: []auhl.Problem{{
			Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(MaxEVCBytes)},
		}}}
	}
	var p EVCProcedure
	check := func() *auhl.ValidationError {
		var ve auhl.ValidationError
		if len(p.History) > maxEVCSteps {
			ve.Add("/history", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(len(p.History)), "min": auhl.Int(0), "max": auhl.Int(maxEVCSteps)})
			return &ve
		}
		var replay EVCProcedure
		for i, t := range p.History {
			path := auhl.Index("/history", i)
			tr, _, pe := s.transition(&replay, t.EVCStep, path)
			if len(pe.Problems) > 0 {
				ve.Problems = append(ve.Problems, pe.Problems...)
				return &ve
			}
			if t.From != tr.From {
				ve.Add(path+"/from", CodeEVCRecordedState, auhl.Params{"recorded": auhl.Str(stateName(t.From)), "replayed": auhl.Str(stateName(tr.From))})
			}
			if t.To != tr.To {
				ve.Add(path+"/to", CodeEVCRecordedState, auhl.Params{"recorded": auhl.Str(stateName(t.To)), "replayed": auhl.Str(stateName(tr.To))})
			}
			if len(ve.Problems) > 0 {
				return &ve
			}
			replay.History = append(replay.History, tr)
		}
		return &ve
	}
	if err := auhl.DecodeAndCheck(data, &p, check); err != nil {
		return EVCProcedure{}, err
	}
	return p, nil
}
