// Package testkit holds what the tests of the procedures packages share:
// their academic years, days and checks of problems and findings.
package testkit

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The academic years of the tests and examples.
const (
	Y24 = "2024-2025"
	Y25 = "2025-2026"
	Y26 = "2026-2027"
	Y27 = "2027-2028"
	Y28 = "2028-2029"
	Y29 = "2029-2030"
	Y30 = "2030-2031"
)

// Year parses an academic year written correctly, such as Y25; it panics
// on anything else.
func Year(s string) auhl.AcademicYear {
	y, err := auhl.ParseAcademicYear(s)
	if err != nil {
		panic(err)
	}
	return y
}

// Day parses a calendar day written correctly, such as "2026-05-20"; ""
// is no date.
func Day(s string) auhl.Date {
	if s == "" {
		return auhl.Date{}
	}
	return auhl.MustParseDate(s)
}

// AssertProblem checks that err is a *auhl.ValidationError with a problem
// of code at path ("/" for any path).
func AssertProblem(t *testing.T, err error, path, code string) {
	t.Helper()
	require.Error(t, err)
	assert.ErrorIs(t, err, auhl.ErrInvalid)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	for _, p := range ve.Problems {
		if p.Code == code && (path == "/" || p.Path == path) {
			return
		}
	}
	t.Errorf("no problem %s at %s in %v", code, path, ve.Problems)
}

// Codes returns the codes of findings, in order.
func Codes(fs []auhl.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Code
	}
	return out
}

// RulesCase is a rules file for EveryUnconfirmedRuleWarnsByItself: how
// to decode it, and decisions that together rest on its rules.
type RulesCase struct {
	Data []byte
	// Codes are the codes of the file's unconfirmed warnings.
	Codes []string
	// Decode reads a copy of the file; Decide runs the decisions on it
	// and returns all their findings.
	Decode func(data []byte) (any, error)
	Decide func(t *testing.T, set any) []auhl.Finding
	// Unused are the rules (pointers within the year) that no decision
	// rests on: marking one unconfirmed warns nowhere.
	Unused []string
}

// EveryUnconfirmedRuleWarnsByItself marks each rule of the year
// 2025-2026 of every rules file unconfirmed in turn, alone, and runs
// decisions that use it: every warning names exactly that rule, by its
// pointer and its label, and rendered in both languages; a rule no
// decision rests on is listed as such. This is the promise that a
// decision that rests on an unconfirmed rule says so, rule by rule.
func EveryUnconfirmedRuleWarnsByItself(t *testing.T, fc RulesCase) {
	if testing.Short() {
		t.Skip("runs every decision once per rule")
	}
	var doc map[string]any
	require.NoError(t, json.Unmarshal(fc.Data, &doc))
	clearUnconfirmed(doc)
	years := doc["years"].([]any)
	yi := yearIndex(years, Y25)
	require.GreaterOrEqual(t, yi, 0)
	clean, err := json.Marshal(doc)
	require.NoError(t, err)
	set, err := fc.Decode(clean)
	require.NoError(t, err)
	assert.Empty(t, unconfirmedWarnings(fc.Decide(t, set), fc.Codes), "no rule is unconfirmed")

	prefix := auhl.Index("/years", yi)
	var paths []string
	rules.Walk(set, func(path string, b *rules.Basis) {
		if strings.HasPrefix(path, prefix+"/") {
			paths = append(paths, path)
		}
	})
	require.NotEmpty(t, paths)
	unused := map[string]bool{}
	for _, u := range fc.Unused {
		unused[prefix+u] = true
	}
	for _, path := range paths {
		marked := markUnconfirmed(t, clean, path)
		set, err := fc.Decode(marked)
		require.NoError(t, err, path)
		var label string
		rules.Walk(set, func(p string, b *rules.Basis) {
			if p == path {
				label = b.Label()
			}
		})
		ws := unconfirmedWarnings(fc.Decide(t, set), fc.Codes)
		if unused[path] {
			assert.Empty(t, ws, "%s is listed as used by no decision", path)
			continue
		}
		require.NotEmpty(t, ws, "no decision warns about %s", path)
		for _, w := range ws {
			assert.Equal(t, path, w.Params["path"].String(), "a warning names exactly the rule marked")
			assert.Equal(t, label, w.Params["rule"].String(), path)
			for _, l := range auhl.Langs() {
				text := i18n.Render(l, w)
				assert.NotContains(t, text, label, "%s: the label is rendered", path)
				assert.Contains(t, text, i18n.Message(l, label, nil), path)
			}
		}
	}
}

// yearIndex returns the index of the year y in the years of a rules
// file document, or -1.
func yearIndex(years []any, y string) int {
	for i, r := range years {
		if r.(map[string]any)["academicYear"] == y {
			return i
		}
	}
	return -1
}

// clearUnconfirmed removes every unconfirmed mark of a JSON document.
func clearUnconfirmed(v any) {
	switch v := v.(type) {
	case map[string]any:
		delete(v, "unconfirmed")
		for _, e := range v {
			clearUnconfirmed(e)
		}
	case []any:
		for _, e := range v {
			clearUnconfirmed(e)
		}
	}
}

// markUnconfirmed returns data with the rule at path marked unconfirmed.
func markUnconfirmed(t *testing.T, data []byte, path string) []byte {
	t.Helper()
	var doc any
	require.NoError(t, json.Unmarshal(data, &doc))
	v := doc
	for _, tok := range strings.Split(path, "/")[1:] {
		switch c := v.(type) {
		case map[string]any:
			v = c[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			require.NoError(t, err)
			v = c[i]
		}
	}
	v.(map[string]any)["unconfirmed"] = true
	out, err := json.Marshal(doc)
	require.NoError(t, err)
	return out
}

// unconfirmedWarnings returns the findings with one of codes.
func unconfirmedWarnings(fs []auhl.Finding, codes []string) []auhl.Finding {
	var out []auhl.Finding
	for _, f := range fs {
		if slices.Contains(codes, f.Code) {
			out = append(out, f)
		}
	}
	return out
}
