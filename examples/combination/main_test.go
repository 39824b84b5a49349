package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCmd(args ...string) (status int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	status = run(args, &out, &errOut, func(string) string { return "" })
	return status, out.String(), errOut.String()
}

// TestPlanExitStatus: 0 when nothing blocks the plan, 1 when something
// does, 2 when the file is not a plan.
func TestPlanExitStatus(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
		out    string
		errOut string
	}{
		{"blocked", []string{"-plan", "testdata/blocked.json", "-lang", "en"}, 1, "exceeds the maximum of 72 credits", ""},
		{"blocked in Dutch", []string{"-plan", "testdata/blocked.json", "-lang", "nl"}, 1, "boven het maximum van 72 studiepunten", ""},
		{"ok", []string{"-plan", "testdata/ok.json"}, 0, `"blocked": false`, ""},
		{"not a plan", []string{"-plan", "testdata/not-a-plan.json", "-lang", "en"}, 2, "", "is not a valid plan"},
		{"no file", []string{"-plan", "testdata/none.json", "-lang", "en"}, 2, "", "does not exist"},
		{"bad language", []string{"-lang", "fr"}, 2, "", ""},
		{"bad agreements", []string{"-agreements", "testdata/ok.json", "-lang", "en"}, 2, "", "agreements"},
		{"the cases", []string{"-lang", "en"}, 0, "bridging student", ""},
		{"the February change", []string{"-lang", "en"}, 0, "moves to the bachelor in de toegepaste economische wetenschappen on 10 February", ""},
		{"the February change in Dutch", []string{"-lang", "nl"}, 0, "stapt op 10 februari over", ""},
		{"reorientation", []string{"-reorientation", "testdata/reorientation.json", "-lang", "en"}, 0, "carry over as exemptions", ""},
		{"reorientation in Dutch", []string{"-reorientation", "testdata/reorientation.json", "-lang", "nl"}, 0, "gaan als vrijstelling mee", ""},
		{"reorientation blocked by the late enrolment", []string{"-reorientation", "testdata/reorientation-late.json", "-lang", "en"}, 1, "combination.deadline.programme", ""},
		{"not a reorientation", []string{"-reorientation", "testdata/ok.json", "-lang", "en"}, 2, "", "is not a valid change of programme"},
		{"plan and reorientation", []string{"-plan", "testdata/ok.json", "-reorientation", "testdata/reorientation.json", "-lang", "en"}, 2, "", "not both"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out, errOut := runCmd(tt.args...)
			assert.Equal(t, tt.status, status, errOut)
			assert.Contains(t, out, tt.out)
			assert.Contains(t, errOut, tt.errOut)
		})
	}
}

// TestPlanJSON: the findings come as JSON, each with its message.
func TestPlanJSON(t *testing.T) {
	status, out, _ := runCmd("-plan", "testdata/blocked.json", "-lang", "en")
	require.Equal(t, 1, status)
	var res struct {
		Credits  int  `json:"credits"`
		Blocked  bool `json:"blocked"`
		Findings []struct {
			Code, Severity, Message string
		} `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	assert.Equal(t, 75, res.Credits)
	assert.True(t, res.Blocked)
	var codes []string
	for _, f := range res.Findings {
		assert.NotEmpty(t, f.Message)
		codes = append(codes, f.Code)
	}
	assert.Contains(t, codes, "combination.partner.no-agreement")
	assert.Contains(t, codes, "combination.load.max")
}

// TestReorientationJSON: the change comes as JSON, every finding of each
// part with its message.
func TestReorientationJSON(t *testing.T) {
	status, out, errOut := runCmd("-reorientation", "testdata/reorientation.json", "-lang", "en")
	require.Equal(t, 0, status, errOut)
	type part struct {
		Findings []struct{ Code, Message string } `json:"findings"`
	}
	var res struct {
		part
		ExemptedCredits int `json:"exemptedCredits"`
		Leerkrediet     struct {
			part
			Balance int `json:"balance"`
		} `json:"leerkrediet"`
		Back   part `json:"back"`
		Onward part `json:"onward"`
		Plan   struct {
			part
			Blocked bool `json:"blocked"`
		} `json:"plan"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	assert.Equal(t, 15, res.ExemptedCredits)
	assert.Equal(t, 119, res.Leerkrediet.Balance)
	assert.False(t, res.Plan.Blocked)
	for _, p := range []part{res.part, res.Leerkrediet.part, res.Back, res.Onward, res.Plan.part} {
		require.NotEmpty(t, p.Findings)
		for _, f := range p.Findings {
			assert.NotEmpty(t, f.Message, f.Code)
		}
	}
}

// TestTexts: both languages of every text have the same verbs.
func TestTexts(t *testing.T) {
	for _, tx := range []struct{ nl, en string }{
		{ui.InvalidPlan.NL, ui.InvalidPlan.EN}, {ui.InvalidAgreements.NL, ui.InvalidAgreements.EN}, {ui.Source.NL, ui.Source.EN},
		{ui.InvalidReorientation.NL, ui.InvalidReorientation.EN},
	} {
		assert.Equal(t, strings.Count(tx.nl, "%s"), strings.Count(tx.en, "%s"))
	}
}
