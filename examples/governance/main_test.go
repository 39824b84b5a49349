package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/governance"
)

func noEnv(string) string { return "" }

func day() time.Time { return time.Date(2026, 6, 30, 12, 0, 0, 0, time.UTC) }

func runArgs(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status := run(args, &out, &errOut, noEnv, day)
	return status, out.String(), errOut.String()
}

func TestReportInBothLanguages(t *testing.T) {
	tests := []struct {
		lang string
		want []string
	}{
		{"nl", []string{"Rapport: Zelfevaluatie van de raad van bestuur van AUHL", "Sterktes", "Verbeterpunten", "Evolutie sinds 2024-2025", "Thema 10: Goed bestuur", "externe partners telt minder dan 5 respondenten", "t-toets van Welch"}},
		{"en", []string{"Report: Self-evaluation of the AUHL board", "Strengths", "Areas for improvement", "Change since 2024-2025", "Theme 10: Good governance", "external partners has fewer than 5 respondents", "Welch's t-test"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			status, out, errOut := runArgs(t, "-lang", tt.lang)
			require.Equal(t, 0, status, errOut)
			for _, w := range tt.want {
				assert.Contains(t, out, w)
			}
		})
	}
}

func TestJSON(t *testing.T) {
	status, out, _ := runArgs(t, "-json", "-on", "2026-06-30")
	require.Equal(t, 0, status)
	var r governance.Report
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.Equal(t, auhl.MustParseDate("2026-06-30"), r.On)
	require.NotNil(t, r.Trend)
	assert.Len(t, r.Evaluation.Groups, 3, "the partners are under the minimum")
}

func TestAnswersFile(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	status, out, errOut := runArgs(t, "-lang", "en", "-answers", filepath.Join("testdata", "round.json"), "-html", page)
	require.Equal(t, 0, status, errOut)
	assert.Contains(t, out, "There is no previous round to compare with.")
	b, err := os.ReadFile(page)
	require.NoError(t, err)
	assert.Contains(t, string(b), "<html lang=\"en\">")
}

func TestInvalidAnswersWriteNothing(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	status, out, errOut := runArgs(t, "-lang", "en", "-answers", filepath.Join("testdata", "invalid-round.json"), "-html", page)
	assert.Equal(t, 2, status)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "The answers from “testdata/invalid-round.json” are not valid; nothing was written:")
	assert.Contains(t, errOut, "/respondents/0/answers/0/value")
	assert.Contains(t, errOut, "/respondents/1/group")
	_, err := os.Stat(page)
	assert.True(t, os.IsNotExist(err), "no page written")
	entries, _ := os.ReadDir(dir)
	assert.Empty(t, entries)
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-on", "tomorrow"}, {"-framework", "baldrige"}, {"-lang", "fr"}, {"extra"}} {
		status, _, errOut := runArgs(t, args...)
		assert.Equal(t, 2, status, strings.Join(args, " "))
		assert.NotEmpty(t, errOut)
	}
	status, _, errOut := runArgs(t, "-answers", "testdata/none.json")
	assert.Equal(t, 1, status)
	assert.Contains(t, errOut, "none.json")
}
