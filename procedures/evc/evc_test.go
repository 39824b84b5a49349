package evc

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
)

// The steps of the examples: a spring procedure of 2025-2026.
var (
	stRequest   = Step{Action: ActionRequestIntake, Date: testkit.Day("2026-01-15")}
	stIntake    = Step{Action: ActionIntake, Date: testkit.Day("2026-02-10"), Guide: "An Peeters"}
	stPortfolio = Step{Action: ActionPortfolio, Date: testkit.Day("2026-04-01")}
	stPositive  = Step{Action: ActionDecision, Date: testkit.Day("2026-05-20"), Assessors: []string{"Bram Claes", "Chris Dries", "Dana Evers"}, Outcome: OutcomePositive}
	stNegative  = Step{Action: ActionDecision, Date: testkit.Day("2026-05-20"), Assessors: []string{"Bram Claes", "Chris Dries", "Dana Evers"}, Outcome: OutcomeNegative}
	stAppeal    = Step{Action: ActionAppeal, Date: testkit.Day("2026-05-27")}
	stUpheld    = Step{Action: ActionAppealDecision, Date: testkit.Day("2026-06-10"), Outcome: OutcomePositive}
	stRejected  = Step{Action: ActionAppealDecision, Date: testkit.Day("2026-06-10"), Outcome: OutcomeNegative}
	stExemption = Step{Action: ActionRequestExemption, Date: testkit.Day("2026-06-15"), Institution: auhl.UHasselt}
	stWithdraw  = Step{Action: ActionWithdraw, Date: testkit.Day("2026-04-20")}
)

// evcAfter returns the procedure after steps, which must all be legal.
func evcAfter(t *testing.T, steps ...Step) Procedure {
	t.Helper()
	var p Procedure
	for i, s := range steps {
		_, err := p.Apply(s)
		require.NoError(t, err, "step %d (%s)", i, s.Action)
	}
	return p
}

func TestEVCLegalTransitions(t *testing.T) {
	tests := []struct {
		name   string
		before []Step
		step   Step
		from   State
		to     State
		codes  []string
	}{
		{"request an intake in the spring window", nil, stRequest, NotStarted, IntakeRequested,
			[]string{CodeIntakeRequested, CodeUnconfirmed}},
		{"intake", []Step{stRequest}, stIntake, IntakeRequested, IntakeHeld, []string{CodeIntakeHeld}},
		{"withdraw before the intake", []Step{stRequest}, stWithdraw, IntakeRequested, Withdrawn, []string{CodeWithdrawn}},
		{"portfolio", []Step{stRequest, stIntake}, stPortfolio, IntakeHeld, PortfolioSubmitted,
			[]string{CodePortfolioSubmitted, CodeUnconfirmed}},
		{"withdraw before the portfolio", []Step{stRequest, stIntake}, stWithdraw, IntakeHeld, Withdrawn, []string{CodeWithdrawn}},
		{"positive decision: a bewijs van bekwaamheid", []Step{stRequest, stIntake, stPortfolio}, stPositive, PortfolioSubmitted, Certified,
			[]string{CodeDecided, CodeUnconfirmed, CodeCertificate}},
		{"negative decision", []Step{stRequest, stIntake, stPortfolio}, stNegative, PortfolioSubmitted, NotCertified,
			[]string{CodeDecided, CodeUnconfirmed}},
		{"withdraw before the decision", []Step{stRequest, stIntake, stPortfolio}, stWithdraw, PortfolioSubmitted, Withdrawn, []string{CodeWithdrawn}},
		{"appeal against a negative decision on day 7", []Step{stRequest, stIntake, stPortfolio, stNegative}, stAppeal, NotCertified, Appealed,
			[]string{CodeAppealed, CodeUnconfirmed}},
		{"appeal against a positive decision", []Step{stRequest, stIntake, stPortfolio, stPositive}, stAppeal, Certified, Appealed,
			[]string{CodeAppealed, CodeUnconfirmed}},
		{"appeal upheld", []Step{stRequest, stIntake, stPortfolio, stNegative, stAppeal}, stUpheld, Appealed, Certified,
			[]string{CodeAppealDecided, CodeUnconfirmed, CodeCertificate}},
		{"appeal rejected", []Step{stRequest, stIntake, stPortfolio, stNegative, stAppeal}, stRejected, Appealed, NotCertified,
			[]string{CodeAppealDecided, CodeUnconfirmed}},
		{"exemption request on the certificate", []Step{stRequest, stIntake, stPortfolio, stPositive}, stExemption, Certified, ExemptionRequested,
			[]string{CodeExemptionRequested}},
		{"exemption request after an upheld appeal", []Step{stRequest, stIntake, stPortfolio, stNegative, stAppeal, stUpheld}, stExemption, Certified, ExemptionRequested,
			[]string{CodeExemptionRequested}},
		{"exemption request on a certificate of exactly 5 years: actualisation", []Step{stRequest, stIntake, stPortfolio, stPositive},
			Step{Action: ActionRequestExemption, Date: testkit.Day("2031-05-20"), Institution: auhl.PXL}, Certified, ExemptionRequested,
			[]string{CodeExemptionRequested, CodeActualisation}},
	}
	// The 2031 step needs rules for 2030-2031: a rule set extended with it.
	ext := extendedRules(t, testkit.Y30)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := evcAfter(t, tt.before...)
			fs, err := ext.Apply(&p, tt.step)
			require.NoError(t, err)
			require.Len(t, p.History, len(tt.before)+1)
			last := p.History[len(p.History)-1]
			assert.Equal(t, tt.from, last.From)
			assert.Equal(t, tt.to, last.To)
			assert.Equal(t, tt.to, p.State())
			assert.Equal(t, tt.step, last.Step)
			assert.Equal(t, tt.codes, testkit.Codes(fs))
			for _, f := range fs {
				assert.NotEmpty(t, f.Source.URL, f.Code)
				for _, l := range auhl.Langs() {
					assert.NotContains(t, i18n.Render(l, f), "{", f.Code)
				}
			}
		})
	}
}

// extendedRules returns the embedded rules with a copy of the last year as
// academic year y.
func extendedRules(t *testing.T, y string) *RulesFile {
	t.Helper()
	var doc map[string]any
	require.NoError(t, json.Unmarshal(rulesData, &doc))
	years := doc["years"].([]any)
	b, err := json.Marshal(years[len(years)-1])
	require.NoError(t, err)
	var extra map[string]any
	require.NoError(t, json.Unmarshal(b, &extra))
	extra["academicYear"] = y
	doc["years"] = append(years, extra)
	b, err = json.Marshal(doc)
	require.NoError(t, err)
	s, err := DecodeRules(b)
	require.NoError(t, err)
	return s
}

func TestEVCIllegalTransitions(t *testing.T) {
	decided := []Step{stRequest, stIntake, stPortfolio, stNegative}
	tests := []struct {
		name       string
		before     []Step
		step       Step
		path, code string
	}{
		{"intake without a request", nil, stIntake, "/action", CodeIllegalTransition},
		{"portfolio before the intake", []Step{stRequest}, stPortfolio, "/action", CodeIllegalTransition},
		{"decision before the portfolio", []Step{stRequest, stIntake}, stPositive, "/action", CodeIllegalTransition},
		{"a second intake request", []Step{stRequest}, stRequest, "/action", CodeIllegalTransition},
		{"exemption without a certificate", decided, stExemption, "/action", CodeIllegalTransition},
		{"withdraw after the decision", decided, Step{Action: ActionWithdraw, Date: testkit.Day("2026-05-21")}, "/action", CodeIllegalTransition},
		{"anything after withdrawing", []Step{stRequest, stWithdraw}, Step{Action: ActionIntake, Date: testkit.Day("2026-05-01"), Guide: "X"}, "/action", CodeIllegalTransition},
		{"appeal after the exemption request", []Step{stRequest, stIntake, stPortfolio, stPositive, stExemption}, Step{Action: ActionAppeal, Date: testkit.Day("2026-06-16")}, "/action", CodeIllegalTransition},
		{"a second appeal", append(decided, stAppeal, stRejected), Step{Action: ActionAppeal, Date: testkit.Day("2026-06-11")}, "/action", CodeIllegalTransition},
		{"appeal decision without appeal", decided, stUpheld, "/action", CodeIllegalTransition},
		{"appeal on day 8", decided, Step{Action: ActionAppeal, Date: testkit.Day("2026-05-28")}, "/date", CodeAppealLate},
		{"the guide assesses", []Step{stRequest, stIntake, stPortfolio},
			Step{Action: ActionDecision, Date: testkit.Day("2026-05-20"), Assessors: []string{"Bram Claes", " an  PEETERS", "Dana Evers"}, Outcome: OutcomePositive}, "/assessors/1", CodeGuideAssesses},
		{"two assessors", []Step{stRequest, stIntake, stPortfolio},
			Step{Action: ActionDecision, Date: testkit.Day("2026-05-20"), Assessors: []string{"Bram Claes", "Dana Evers"}, Outcome: OutcomePositive}, "/assessors", CodeAssessorCount},
		{"an assessor twice", []Step{stRequest, stIntake, stPortfolio},
			Step{Action: ActionDecision, Date: testkit.Day("2026-05-20"), Assessors: []string{"Bram Claes", "Dana Evers", "bram claes"}, Outcome: OutcomePositive}, "/assessors/2", CodeAssessorTwice},
		{"a decision without outcome", []Step{stRequest, stIntake, stPortfolio},
			Step{Action: ActionDecision, Date: testkit.Day("2026-05-20"), Assessors: []string{"Bram Claes", "Chris Dries", "Dana Evers"}}, "/outcome", auhl.CodeRequired},
		{"an intake without guide", []Step{stRequest}, Step{Action: ActionIntake, Date: testkit.Day("2026-02-10")}, "/guide", auhl.CodeRequired},
		{"a portfolio with a guide", []Step{stRequest, stIntake}, Step{Action: ActionPortfolio, Date: testkit.Day("2026-04-01"), Guide: "An Peeters"}, "/guide", CodeFieldNotAllowed},
		{"a step before the previous one", []Step{stRequest}, Step{Action: ActionIntake, Date: testkit.Day("2026-01-01"), Guide: "An Peeters"}, "/date", CodeDateOrder},
		{"a day the rules do not cover", nil, Step{Action: ActionRequestIntake, Date: testkit.Day("2031-01-01")}, "/date", rules.CodePeriodUnknown},
		{"no day", nil, Step{Action: ActionRequestIntake}, "/date", auhl.CodeRequired},
		{"an exemption at the association", []Step{stRequest, stIntake, stPortfolio, stPositive}, Step{Action: ActionRequestExemption, Date: testkit.Day("2026-06-15"), Institution: auhl.AUHL}, "/institution", auhl.CodeEnum},
		{"an unknown action", nil, Step{Action: "skip", Date: testkit.Day("2026-01-15")}, "/action", auhl.CodeRequired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := evcAfter(t, tt.before...)
			before := append([]Transition(nil), p.History...)
			fs, err := p.Apply(tt.step)
			testkit.AssertProblem(t, err, tt.path, tt.code)
			assert.Nil(t, fs)
			assert.Equal(t, before, p.History, "an illegal step changes nothing")
		})
	}
}

func TestEVCAllowedAndWindow(t *testing.T) {
	var p Procedure
	assert.Equal(t, []Action{ActionRequestIntake}, p.Allowed())
	assert.Equal(t, Window(""), p.Window())
	p = evcAfter(t, stRequest, stIntake, stPortfolio, stNegative)
	assert.Equal(t, []Action{ActionAppeal}, p.Allowed())
	assert.Equal(t, WindowSpring, p.Window())
	assert.Equal(t, auhl.Date{}, p.CertifiedOn())
	p = evcAfter(t, stRequest, stIntake, stPortfolio, stNegative, stAppeal, stUpheld)
	assert.Equal(t, []Action{ActionRequestExemption}, p.Allowed(), "no second appeal")
	assert.Equal(t, testkit.Day("2026-06-10"), p.CertifiedOn())

	for _, tt := range []struct {
		day    auhl.Date
		window Window
		before auhl.Date
	}{
		{testkit.Day("2026-01-31"), WindowSpring, testkit.Day("2026-02-01")},
		{testkit.Day("2026-02-01"), WindowAutumn, testkit.Day("2026-09-01")},
		{testkit.Day("2026-08-31"), WindowAutumn, testkit.Day("2026-09-01")},
		{testkit.Day("2025-09-01"), WindowSpring, testkit.Day("2026-02-01")},
	} {
		w, before, b := Default().intakeWindow(tt.day)
		assert.Equal(t, tt.window, w, tt.day)
		assert.Equal(t, tt.before, before, tt.day)
		assert.True(t, b.Unconfirmed)
	}
}

func TestCalendarYears(t *testing.T) {
	assert.Equal(t, 4, calendarYears(testkit.Day("2026-05-20"), testkit.Day("2031-05-19")))
	assert.Equal(t, 5, calendarYears(testkit.Day("2026-05-20"), testkit.Day("2031-05-20")))
	assert.Equal(t, 0, calendarYears(testkit.Day("2026-05-20"), testkit.Day("2025-05-20")))
	assert.Equal(t, testkit.Day("2026-03-03"), testkit.Day("2026-02-24").AddDays(7))
}

func TestDecodeEVC(t *testing.T) {
	p := evcAfter(t, stRequest, stIntake, stPortfolio, stNegative, stAppeal, stUpheld, stExemption)
	b, err := json.Marshal(p)
	require.NoError(t, err)
	got, err := DecodeProcedure(b)
	require.NoError(t, err)
	assert.Equal(t, p, got)
	assert.Equal(t, ExemptionRequested, got.State())

	for _, tt := range []struct{ doc, path, code string }{
		{`{"history": [{"action": "intake", "date": "2026-02-10", "guide": "A", "from": "", "to": "intake-held"}]}`, "/history/0/action", CodeIllegalTransition},
		{`{"history": [{"action": "request-intake", "date": "2026-01-15", "from": "", "to": "certified"}]}`, "/history/0/to", CodeRecordedState},
		{`{"history": [{"action": "request-intake", "date": "2026-01-15", "from": "intake-held", "to": "intake-requested"}]}`, "/history/0/from", CodeRecordedState},
		{`{"history": [{"action": "fly", "date": "2026-01-15", "from": "", "to": "intake-requested"}]}`, "/history/0/action", auhl.CodeEnum},
		{`{"history": [{"action": "request-intake", "date": "2026-01-15", "from": "", "to": "intake-requested", "colour": 1}]}`, "/history/0/colour", auhl.CodeJSONUnknownField},
	} {
		_, err := DecodeProcedure([]byte(tt.doc))
		testkit.AssertProblem(t, err, tt.path, tt.code)
	}
	_, err = DecodeProcedure(make([]byte, MaxProcedureBytes+1))
	testkit.AssertProblem(t, err, "", auhl.CodeJSONTooLarge)
}

func FuzzDecodeEVC(f *testing.F) {
	var p Procedure
	for _, s := range []Step{stRequest, stIntake, stPortfolio, stNegative, stAppeal, stUpheld, stExemption} {
		if _, err := p.Apply(s); err != nil {
			f.Fatal(err)
		}
		b, err := json.Marshal(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"history": null}`))
	f.Add([]byte(`{"history": [{"action": "appeal", "date": "2026-02-30", "from": "", "to": ""}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := DecodeProcedure(data)
		if err != nil {
			if !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("DecodeEVC: an error that is not ErrInvalid: %v", err)
			}
			return
		}
		_ = p.Allowed()
		again, err := json.Marshal(p)
		require.NoError(t, err)
		p2, err := DecodeProcedure(again)
		require.NoError(t, err, "a valid procedure encodes to a valid procedure")
		assert.Equal(t, p, p2)
	})
}
