package procedures

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
)

// The steps of the examples: a spring procedure of 2025-2026.
var (
	stRequest   = EVCStep{Action: ActionRequestIntake, Date: "2026-01-15"}
	stIntake    = EVCStep{Action: ActionIntake, Date: "2026-02-10", Guide: "An Peeters"}
	stPortfolio = EVCStep{Action: ActionPortfolio, Date: "2026-04-01"}
	stPositive  = EVCStep{Action: ActionDecision, Date: "2026-05-20", Assessors: []string{"Bram Claes", "Chris Dries", "Dana Evers"}, Outcome: OutcomePositive}
	stNegative  = EVCStep{Action: ActionDecision, Date: "2026-05-20", Assessors: []string{"Bram Claes", "Chris Dries", "Dana Evers"}, Outcome: OutcomeNegative}
	stAppeal    = EVCStep{Action: ActionAppeal, Date: "2026-05-27"}
	stUpheld    = EVCStep{Action: ActionAppealDecision, Date: "2026-06-10", Outcome: OutcomePositive}
	stRejected  = EVCStep{Action: ActionAppealDecision, Date: "2026-06-10", Outcome: OutcomeNegative}
	stExemption = EVCStep{Action: ActionRequestExemption, Date: "2026-06-15", Institution: auhl.UHasselt}
	stWithdraw  = EVCStep{Action: ActionWithdraw, Date: "2026-04-20"}
)

// evcAfter returns the procedure after steps, which must all be legal.
func evcAfter(t *testing.T, steps ...EVCStep) EVCProcedure {
	t.Helper()
	var p EVCProcedure
	for i, s := range steps {
		_, err := p.Apply(s)
		require.NoError(t, err, "step %d (%s)", i, s.Action)
	}
	return p
}

func TestEVCLegalTransitions(t *testing.T) {
	tests := []struct {
		name   string
		before []EVCStep
		step   EVCStep
		from   EVCState
		to     EVCState
		codes  []string
	}{
		{"request an intake in the spring window", nil, stRequest, EVCNotStarted, EVCIntakeRequested,
			[]string{CodeEVCIntakeRequested, CodeEVCUnconfirmed}},
		{"intake", []EVCStep{stRequest}, stIntake, EVCIntakeRequested, EVCIntakeHeld, []string{CodeEVCIntakeHeld}},
		{"withdraw before the intake", []EVCStep{stRequest}, stWithdraw, EVCIntakeRequested, EVCWithdrawn, []string{CodeEVCWithdrawn}},
		{"portfolio", []EVCStep{stRequest, stIntake}, stPortfolio, EVCIntakeHeld, EVCPortfolioSubmitted,
			[]string{CodeEVCPortfolioSubmitted, CodeEVCUnconfirmed}},
		{"withdraw before the portfolio", []EVCStep{stRequest, stIntake}, stWithdraw, EVCIntakeHeld, EVCWithdrawn, []string{CodeEVCWithdrawn}},
		{"positive decision: a bewijs van bekwaamheid", []EVCStep{stRequest, stIntake, stPortfolio}, stPositive, EVCPortfolioSubmitted, EVCCertified,
			[]string{CodeEVCDecided, CodeEVCUnconfirmed, CodeEVCCertificate}},
		{"negative decision", []EVCStep{stRequest, stIntake, stPortfolio}, stNegative, EVCPortfolioSubmitted, EVCNotCertified,
			[]string{CodeEVCDecided, CodeEVCUnconfirmed}},
		{"withdraw before the decision", []EVCStep{stRequest, stIntake, stPortfolio}, stWithdraw, EVCPortfolioSubmitted, EVCWithdrawn, []string{CodeEVCWithdrawn}},
		{"appeal against a negative decision on day 7", []EVCStep{stRequest, stIntake, stPortfolio, stNegative}, stAppeal, EVCNotCertified, EVCAppealed,
			[]string{CodeEVCAppealed, CodeEVCUnconfirmed}},
		{"appeal against a positive decision", []EVCStep{stRequest, stIntake, stPortfolio, stPositive}, stAppeal, EVCCertified, EVCAppealed,
			[]string{CodeEVCAppealed, CodeEVCUnconfirmed}},
		{"appeal upheld", []EVCStep{stRequest, stIntake, stPortfolio, stNegative, stAppeal}, stUpheld, EVCAppealed, EVCCertified,
			[]string{CodeEVCAppealDecided, CodeEVCUnconfirmed, CodeEVCCertificate}},
		{"appeal rejected", []EVCStep{stRequest, stIntake, stPortfolio, stNegative, stAppeal}, stRejected, EVCAppealed, EVCNotCertified,
			[]string{CodeEVCAppealDecided, CodeEVCUnconfirmed}},
		{"exemption request on the certificate", []EVCStep{stRequest, stIntake, stPortfolio, stPositive}, stExemption, EVCCertified, EVCExemptionRequested,
			[]string{CodeEVCExemptionRequested}},
		{"exemption request after an upheld appeal", []EVCStep{stRequest, stIntake, stPortfolio, stNegative, stAppeal, stUpheld}, stExemption, EVCCertified, EVCExemptionRequested,
			[]string{CodeEVCExemptionRequested}},
		{"exemption request on a certificate of exactly 5 years: actualisation", []EVCStep{stRequest, stIntake, stPortfolio, stPositive},
			EVCStep{Action: ActionRequestExemption, Date: "2031-05-20", Institution: auhl.PXL}, EVCCertified, EVCExemptionRequested,
			[]string{CodeEVCExemptionRequested, CodeEVCActualisation}},
	}
	// The 2031 step needs rules for 2030-2031: a rule set extended with it.
	ext := extendedRules(t, y30)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := evcAfter(t, tt.before...)
			fs, err := ext.ApplyEVC(&p, tt.step)
			require.NoError(t, err)
			require.Len(t, p.History, len(tt.before)+1)
			last := p.History[len(p.History)-1]
			assert.Equal(t, tt.from, last.From)
			assert.Equal(t, tt.to, last.To)
			assert.Equal(t, tt.to, p.State())
			assert.Equal(t, tt.step, last.EVCStep)
			assert.Equal(t, tt.codes, codes(fs))
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
func extendedRules(t *testing.T, y string) *ProcedureRuleSet {
	t.Helper()
	var doc map[string]any
	require.NoError(t, json.Unmarshal(proceduresData, &doc))
	years := doc["years"].([]any)
	b, err := json.Marshal(years[len(years)-1])
	require.NoError(t, err)
	var extra map[string]any
	require.NoError(t, json.Unmarshal(b, &extra))
	extra["academicYear"] = y
	doc["years"] = append(years, extra)
	b, err = json.Marshal(doc)
	require.NoError(t, err)
	s, err := ParseProcedureRules(b)
	require.NoError(t, err)
	return s
}

func TestEVCIllegalTransitions(t *testing.T) {
	decided := []EVCStep{stRequest, stIntake, stPortfolio, stNegative}
	tests := []struct {
		name       string
		before     []EVCStep
		step       EVCStep
		path, code string
	}{
		{"intake without a request", nil, stIntake, "/action", CodeEVCIllegalTransition},
		{"portfolio before the intake", []EVCStep{stRequest}, stPortfolio, "/action", CodeEVCIllegalTransition},
		{"decision before the portfolio", []EVCStep{stRequest, stIntake}, stPositive, "/action", CodeEVCIllegalTransition},
		{"a second intake request", []EVCStep{stRequest}, stRequest, "/action", CodeEVCIllegalTransition},
		{"exemption without a certificate", decided, stExemption, "/action", CodeEVCIllegalTransition},
		{"withdraw after the decision", decided, EVCStep{Action: ActionWithdraw, Date: "2026-05-21"}, "/action", CodeEVCIllegalTransition},
		{"anything after withdrawing", []EVCStep{stRequest, stWithdraw}, EVCStep{Action: ActionIntake, Date: "2026-05-01", Guide: "X"}, "/action", CodeEVCIllegalTransition},
		{"appeal after the exemption request", []EVCStep{stRequest, stIntake, stPortfolio, stPositive, stExemption}, EVCStep{Action: ActionAppeal, Date: "2026-06-16"}, "/action", CodeEVCIllegalTransition},
		{"a second appeal", append(decided, stAppeal, stRejected), EVCStep{Action: ActionAppeal, Date: "2026-06-11"}, "/action", CodeEVCIllegalTransition},
		{"appeal decision without appeal", decided, stUpheld, "/action", CodeEVCIllegalTransition},
		{"appeal on day 8", decided, EVCStep{Action: ActionAppeal, Date: "2026-05-28"}, "/date", CodeEVCAppealLate},
		{"the guide assesses", []EVCStep{stRequest, stIntake, stPortfolio},
			EVCStep{Action: ActionDecision, Date: "2026-05-20", Assessors: []string{"Bram Claes", " an  PEETERS", "Dana Evers"}, Outcome: OutcomePositive}, "/assessors/1", CodeEVCGuideAssesses},
		{"two assessors", []EVCStep{stRequest, stIntake, stPortfolio},
			EVCStep{Action: ActionDecision, Date: "2026-05-20", Assessors: []string{"Bram Claes", "Dana Evers"}, Outcome: OutcomePositive}, "/assessors", CodeEVCAssessorCount},
		{"an assessor twice", []EVCStep{stRequest, stIntake, stPortfolio},
			EVCStep{Action: ActionDecision, Date: "2026-05-20", Assessors: []string{"Bram Claes", "Dana Evers", "bram claes"}, Outcome: OutcomePositive}, "/assessors/2", CodeEVCAssessorTwice},
		{"a decision without outcome", []EVCStep{stRequest, stIntake, stPortfolio},
			EVCStep{Action: ActionDecision, Date: "2026-05-20", Assessors: []string{"Bram Claes", "Chris Dries", "Dana Evers"}}, "/outcome", auhl.CodeRequired},
		{"an intake without guide", []EVCStep{stRequest}, EVCStep{Action: ActionIntake, Date: "2026-02-10"}, "/guide", auhl.CodeRequired},
		{"a portfolio with a guide", []EVCStep{stRequest, stIntake}, EVCStep{Action: ActionPortfolio, Date: "2026-04-01", Guide: "An Peeters"}, "/guide", CodeEVCFieldNotAllowed},
		{"a step before the previous one", []EVCStep{stRequest}, EVCStep{Action: ActionIntake, Date: "2026-01-01", Guide: "An Peeters"}, "/date", CodeEVCDateOrder},
		{"a day the rules do not cover", nil, EVCStep{Action: ActionRequestIntake, Date: "2031-01-01"}, "/date", CodeProceduresYearUnknown},
		{"no day", nil, EVCStep{Action: ActionRequestIntake}, "/date", CodeDateFormat},
		{"an exemption at the association", []EVCStep{stRequest, stIntake, stPortfolio, stPositive}, EVCStep{Action: ActionRequestExemption, Date: "2026-06-15", Institution: auhl.AUHL}, "/institution", auhl.CodeEnum},
		{"an unknown action", nil, EVCStep{Action: "skip", Date: "2026-01-15"}, "/action", auhl.CodeRequired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := evcAfter(t, tt.before...)
			before := append([]EVCTransition(nil), p.History...)
			fs, err := p.Apply(tt.step)
			assertProblem(t, err, tt.path, tt.code)
			assert.Nil(t, fs)
			assert.Equal(t, before, p.History, "an illegal step changes nothing")
		})
	}
}

func TestEVCAllowedAndWindow(t *testing.T) {
	var p EVCProcedure
	assert.Equal(t, []EVCAction{ActionRequestIntake}, p.Allowed())
	assert.Equal(t, EVCWindow(""), p.Window())
	p = evcAfter(t, stRequest, stIntake, stPortfolio, stNegative)
	assert.Equal(t, []EVCAction{ActionAppeal}, p.Allowed())
	assert.Equal(t, WindowSpring, p.Window())
	assert.Equal(t, Date(""), p.CertifiedOn())
	p = evcAfter(t, stRequest, stIntake, stPortfolio, stNegative, stAppeal, stUpheld)
	assert.Equal(t, []EVCAction{ActionRequestExemption}, p.Allowed(), "no second appeal")
	assert.Equal(t, Date("2026-06-10"), p.CertifiedOn())

	for _, tt := range []struct {
		day    Date
		window EVCWindow
		before Date
	}{
		{"2026-01-31", WindowSpring, "2026-02-01"},
		{"2026-02-01", WindowAutumn, "2026-09-01"},
		{"2026-08-31", WindowAutumn, "2026-09-01"},
		{"2025-09-01", WindowSpring, "2026-02-01"},
	} {
		w, before, b := DefaultProcedureRules().intakeWindow(tt.day)
		assert.Equal(t, tt.window, w, tt.day)
		assert.Equal(t, tt.before, before, tt.day)
		assert.True(t, b.Unconfirmed)
	}
}

func TestCalendarYears(t *testing.T) {
	assert.Equal(t, 4, calendarYears("2026-05-20", "2031-05-19"))
	assert.Equal(t, 5, calendarYears("2026-05-20", "2031-05-20"))
	assert.Equal(t, 0, calendarYears("2026-05-20", "2025-05-20"))
	assert.Equal(t, Date("2026-03-03"), addDays("2026-02-24", 7))
}

func TestDecodeEVC(t *testing.T) {
	p := evcAfter(t, stRequest, stIntake, stPortfolio, stNegative, stAppeal, stUpheld, stExemption)
	b, err := json.Marshal(p)
	require.NoError(t, err)
	got, err := DecodeEVC(b)
	require.NoError(t, err)
	assert.Equal(t, p, got)
	assert.Equal(t, EVCExemptionRequested, got.State())

	for _, tt := range []struct{ doc, path, code string }{
		{`{"history": [{"action": "intake", "date": "2026-02-10", "guide": "A", "from": "", "to": "intake-held"}]}`, "/history/0/action", CodeEVCIllegalTransition},
		{`{"history": [{"action": "request-intake", "date": "2026-01-15", "from": "", "to": "certified"}]}`, "/history/0/to", CodeEVCRecordedState},
		{`{"history": [{"action": "request-intake", "date": "2026-01-15", "from": "intake-held", "to": "intake-requested"}]}`, "/history/0/from", CodeEVCRecordedState},
		{`{"history": [{"action": "fly", "date": "2026-01-15", "from": "", "to": "intake-requested"}]}`, "/history/0/action", auhl.CodeEnum},
		{`{"history": [{"action": "request-intake", "date": "2026-01-15", "from": "", "to": "intake-requested", "colour": 1}]}`, "/history/0/colour", auhl.CodeJSONUnknownField},
	} {
		_, err := DecodeEVC([]byte(tt.doc))
		assertProblem(t, err, tt.path, tt.code)
	}
	_, err = DecodeEVC(make([]byte, MaxEVCBytes+1))
	assertProblem(t, err, "", auhl.CodeJSONTooLarge)
}

func FuzzDecodeEVC(f *testing.F) {
	var p EVCProcedure
	for _, s := range []EVCStep{stRequest, stIntake, stPortfolio, stNegative, stAppeal, stUpheld, stExemption} {
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
		p, err := DecodeEVC(data)
		if err != nil {
			if !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("DecodeEVC: an error that is not ErrInvalid: %v", err)
			}
			return
		}
		_ = p.Allowed()
		again, err := json.Marshal(p)
		require.NoError(t, err)
		p2, err := DecodeEVC(again)
		require.NoError(t, err, "a valid procedure encodes to a valid procedure")
		assert.Equal(t, p, p2)
	})
}
