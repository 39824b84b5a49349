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
		{"the two cases", []string{"-lang", "en"}, 0, "bridging student", ""},
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

// TestTexts: both languages of every text have the same verbs.
func TestTexts(t *testing.T) {
	for _, tx := range []struct{ nl, en string }{
		{ui.InvalidPlan.NL, ui.InvalidPlan.EN}, {ui.InvalidAgreements.NL, ui.InvalidAgreements.EN}, {ui.Source.NL, ui.Source.EN},
	} {
		assert.Equal(t, strings.Count(tx.nl, "%s"), strings.Count(tx.en, "%s"))
	}
}
