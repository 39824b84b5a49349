package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/procedures/leerkrediet"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// result is what one run of the command left behind.
type result struct {
	code        int
	out, errOut string
}

func runWith(args []string, stdin string, env map[string]string) result {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut, func(k string) string { return env[k] })
	return result{code, out.String(), errOut.String()}
}

func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return string(b)
}

// rulesFileThrough writes a rules file for the vectors that take longer
// than the embedded years: the embedded rules with the last year's
// parameters carried forward to the academic year that starts in last. It
// is a test fixture, not a forecast.
func rulesFileThrough(t *testing.T, last int) string {
	t.Helper()
	set := *leerkrediet.Default()
	set.Years = append([]leerkrediet.Rules(nil), set.Years...)
	final := set.Years[len(set.Years)-1]
	for start := final.AcademicYear.Start() + 1; start <= last; start++ {
		y, err := auhl.AcademicYearStarting(start)
		require.NoError(t, err)
		next := final
		next.AcademicYear = y
		set.Years = append(set.Years, next)
	}
	data, err := json.Marshal(set)
	require.NoError(t, err)
	name := filepath.Join(t.TempDir(), "rules.json")
	require.NoError(t, os.WriteFile(name, data, 0o600))
	return name
}

// TestVectors runs the command on the issue's examples and the worked
// examples of the domain notes: stdout must be the golden JSON to the
// byte, with the balance and the bonus the notes give.
func TestVectors(t *testing.T) {
	through2028 := rulesFileThrough(t, 2028)
	tests := []struct {
		name           string
		args           []string
		balance, bonus int
	}{
		{"issue", nil, 170, 15},                         // 140 - 60 + 45 + 45 bonus
		{"issue-reorientation", nil, 149, 18},           // 80 + 18 + 18 + 15 (half of 30) - 30 + 24 + 24
		{"lk1", nil, 200, 0},                            // 140 - 60 + 60 + 60
		{"lk2", nil, 160, 20},                           // 80 + 40 + 40
		{"lk3", nil, 80, 60},                            // 140 - 60
		{"lk4", nil, 110, 60},                           // credit contract: 140 - 60 + 30, no bonus
		{"lk4-bonus", nil, 140, 30},                     // diploma contract: 110 + 30 bonus
		{"lk6", []string{"-rules", through2028}, 60, 0}, // 200 through five years, master's diploma - 140
		{"lk7", nil, 185, 0},                            // 170, 185, 185; the bachelor's diploma keeps it
		{"lk9", nil, 140, 60},                           // 140 - 12 + 12, the bonus kept
		{"lk10", nil, 194, 0},                           // 200 - 60 + 54: the 6 tolerated are lost
		// 2016-2017 to 2025-2026: a re-orientation before 1 December, two
		// COVID years, a bachelor, a master (-140 leaves 33), the rebuild
		// after it (43, 53) and a credit contract (60).
		{"career", nil, 60, 0},
		// 2025-2026 to 2028-2029, the last two projected: 200, 194, 179, 119.
		{"projection", nil, 119, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(tt.args, readTestdata(t, tt.name+".json"), nil)
			require.Equal(t, 0, r.code, r.errOut)
			assert.Empty(t, r.errOut)
			golden := filepath.Join("testdata", tt.name+".golden")
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(r.out), 0o644))
			}
			assert.Equal(t, readTestdata(t, tt.name+".golden"), r.out, "run with -update to rewrite the golden file")

			var res leerkrediet.Result
			require.NoError(t, json.Unmarshal([]byte(r.out), &res))
			assert.Equal(t, tt.balance, res.Balance)
			assert.Equal(t, tt.bonus, res.BonusLeft)
			var keys map[string]json.RawMessage
			require.NoError(t, json.Unmarshal([]byte(r.out), &keys))
			assert.Len(t, keys, 4, "exactly balance, bonusLeft, years and findings")

			// -history FILE gives the same as standard input.
			fromFile := runWith(append([]string{"-history", filepath.Join("testdata", tt.name+".json")}, tt.args...), "", nil)
			assert.Equal(t, r, fromFile)
		})
	}
}

// TestExplanation: with -lang the JSON is followed by the explanation in
// that language, every finding with its source.
func TestExplanation(t *testing.T) {
	stdin := readTestdata(t, "issue.json")
	plain := runWith(nil, stdin, nil)
	require.Equal(t, 0, plain.code)
	var res leerkrediet.Result
	require.NoError(t, json.Unmarshal([]byte(plain.out), &res))
	for _, lang := range auhl.Langs() {
		t.Run(string(lang), func(t *testing.T) {
			r := runWith([]string{"-lang", string(lang)}, stdin, nil)
			require.Equal(t, 0, r.code, r.errOut)
			words, ok := strings.CutPrefix(r.out, plain.out+"\n")
			require.True(t, ok, "the JSON comes first, as without -lang")
			assert.True(t, strings.HasPrefix(words, fmt.Sprintf(ui.Summary.In(lang), 170, 15)+"\n"), words)
			assert.Contains(t, words, "  "+fmt.Sprintf(ui.YearLine.In(lang), "2025-2026", 170, 15)+"\n")
			for _, f := range res.Findings {
				assert.Contains(t, words, i18n.Render(lang, f)+"\n  "+fmt.Sprintf(ui.Source.In(lang), f.Source.Title+" <"+f.Source.URL+">"))
			}
		})
	}
	en := runWith([]string{"-lang", "en"}, stdin, nil)
	assert.Contains(t, en.out, "- 2025-2026: you enrol for 60 credits in an initial bachelor on a diploma contract; they come off your leerkrediet. Balance: 80.\n")
	assert.Contains(t, en.out, "! 2025-2026: 6 credits tolerated or deliberated are lost")
	nl := runWith([]string{"-lang", "nl"}, stdin, map[string]string{"LANG": "en_GB.UTF-8"})
	assert.Contains(t, nl.out, "- Met een diplomacontract tellen die studiepunten dubbel: 45 studiepunten bonus. Saldo: 170; bonus nog over: 15.\n")
	assert.Contains(t, nl.out, "  Bron: UGent")
}

// TestInvalidHistory: an invalid history gives its problems in the user's
// language on stderr, exit status 1, and nothing on stdout.
func TestInvalidHistory(t *testing.T) {
	stdin := readTestdata(t, "invalid.json")
	problems := []auhl.Problem{
		{Path: "/events/0", Code: leerkrediet.CodeResultsWithoutEnrolment, Params: auhl.Params{"year": auhl.Str("2025-2026")}},
		{Path: "/events/2", Code: leerkrediet.CodeResultsExceedEnrolment, Params: auhl.Params{"earned": auhl.Int(50), "tolerated": auhl.Int(11), "credits": auhl.Int(60)}},
		{Path: "/events/3/year", Code: leerkrediet.CodeYearOrder, Params: auhl.Params{"year": auhl.Str("2024-2025"), "previous": auhl.Str("2025-2026")}},
		{Path: "/events/4/date", Code: leerkrediet.CodeDateOutsideYear, Params: auhl.Params{"date": auhl.Str("2027-02-10"), "year": auhl.Str("2025-2026")}},
	}
	tests := []struct {
		name string
		args []string
		env  map[string]string
		lang auhl.Lang
	}{
		{"Dutch by default", nil, nil, auhl.Dutch},
		{"English from the locale", nil, map[string]string{"LANG": "en_GB.UTF-8"}, auhl.English},
		{"English from the flag", []string{"-lang", "en"}, map[string]string{"LC_ALL": "nl_BE.UTF-8"}, auhl.English},
		{"Dutch from the flag", []string{"-lang", "nl"}, map[string]string{"LANG": "en_GB.UTF-8"}, auhl.Dutch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(tt.args, stdin, tt.env)
			assert.Equal(t, 1, r.code)
			assert.Empty(t, r.out, "no balance")
			want := term.Named(tt.lang, ui.InvalidHistory, "") + "\n"
			for _, p := range problems {
				want += i18n.RenderProblem(tt.lang, p) + " (" + p.Path + ")\n"
			}
			assert.Equal(t, want, r.errOut)
		})
	}
}

func TestInputsAndFlags(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
		return path
	}
	issue := filepath.Join("testdata", "issue.json")
	badRules := write("bad-rules.json", `{"version": "1", "sources": {}, "years": [], "extra": true}`)
	unknownYear := `{"events": [{"year": "2027-2028", "kind": "no-enrolment"}]}`
	nope := filepath.Join(dir, "nope.json")
	largeHistory := write("large-history.json", strings.Repeat(" ", leerkrediet.MaxHistoryBytes+1))
	largeRules := write("large-rules.json", strings.Repeat(" ", maxRules+1))
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout []string
		stderr []string
	}{
		{"help", []string{"-h"}, "", 0, nil, []string{"-history", "-rules", "-strict", ui.FlagHistory.NL, ui.FlagStrict.NL}},
		{"help in English", []string{"-lang", "en", "-h"}, "", 0, nil, []string{ui.FlagHistory.EN}},
		{"unknown flag", []string{"-colour", "red"}, "", 2, nil, []string{"-colour"}},
		{"unknown language", []string{"-lang", "fr"}, "", 2, nil, []string{"“fr”", "(-lang)"}},
		{"stray argument", []string{"history.json"}, "", 2, nil, []string{"Onverwacht argument “history.json”"}},
		{"stray argument in English", []string{"-lang", "en", "history.json"}, "", 2, nil, []string{"Unexpected argument “history.json”"}},
		{"missing history", []string{"-history", nope, "-lang", "en"}, "", 1, nil, []string{"The file “" + nope + "” does not exist."}},
		{"missing history in Dutch", []string{"-history", nope}, "", 1, nil, []string{term.Named(auhl.Dutch, term.NotFound, nope)}},
		{"history is a directory", []string{"-history", dir, "-lang", "en"}, "", 1, nil, []string{term.Named(auhl.English, term.IsDir, dir)}},
		{"history is a directory in Dutch", []string{"-history", dir}, "", 1, nil, []string{"Kan “" + dir + "” niet lezen: het is een map, geen bestand."}},
		{"history file too large", []string{"-history", largeHistory, "-lang", "en"}, "", 1, nil, []string{term.Named(auhl.English, ui.InvalidHistory, largeHistory), "65,536"}},
		{"history file invalid", []string{"-history", badRules}, "", 1, nil, []string{term.Named(auhl.Dutch, ui.InvalidHistory, badRules), "(/extra)"}},
		{"not JSON", []string{"-lang", "en"}, `{"events": [`, 1, nil, []string{"The history from standard input is not valid", "not valid JSON"}},
		{"empty input", nil, "", 1, nil, []string{term.Named(auhl.Dutch, ui.InvalidHistory, "")}},
		{"too large", nil, strings.Repeat(" ", leerkrediet.MaxHistoryBytes+1), 1, nil, []string{term.Named(auhl.Dutch, ui.InvalidHistory, ""), "65.536"}},
		{"a year without rules, strict", []string{"-lang", "en", "-strict"}, unknownYear, 1, nil, []string{"There are no rules for 2027-2028", "(/events/0/year)"}},
		{"a year without rules, projected", []string{"-lang", "en"}, unknownYear, 0, []string{`"projected": true`, "2027-2028 is a projection", "(projection: the rules of this year are not published yet)"}, nil},
		{"a year before the rules", []string{"-lang", "en"}, `{"events": [{"year": "2007-2008", "kind": "no-enrolment"}]}`, 1, nil, []string{"There are no rules for 2007-2008", "(/events/0/year)"}},
		{"a year with rules from a file", []string{"-rules", rulesFileThrough(t, 2027)}, unknownYear, 0, []string{`"balance": 140`, `"year": "2027-2028"`}, nil},
		{"invalid rules", []string{"-rules", badRules, "-history", issue, "-lang", "en"}, "", 1, nil, []string{"The leerkrediet rules from “" + badRules + "” are not valid:", "(/extra)", "(/years)"}},
		{"missing rules", []string{"-rules", nope, "-history", issue}, "", 1, nil, []string{term.Named(auhl.Dutch, term.NotFound, nope)}},
		{"rules are a directory", []string{"-rules", dir, "-history", issue, "-lang", "en"}, "", 1, nil, []string{term.Named(auhl.English, term.IsDir, dir)}},
		{"rules file too large", []string{"-rules", largeRules, "-history", issue}, "", 1, nil, []string{term.Named(auhl.Dutch, ui.InvalidRules, largeRules), "1.048.576"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(tt.args, tt.stdin, nil)
			assert.Equal(t, tt.code, r.code, r.errOut)
			if tt.code != 0 {
				assert.Empty(t, r.out)
			}
			for _, s := range tt.stdout {
				assert.Contains(t, r.out, s)
			}
			for _, s := range tt.stderr {
				assert.Contains(t, r.errOut, s)
			}
		})
	}
}

// TestStrict: a history that runs into the years after the rules is
// projected by default, one warning per projected year, and refused with
// -strict; a history within the rules is the same either way.
func TestStrict(t *testing.T) {
	projection := readTestdata(t, "projection.json")
	r := runWith(nil, projection, nil)
	require.Equal(t, 0, r.code, r.errOut)
	var res leerkrediet.Result
	require.NoError(t, json.Unmarshal([]byte(r.out), &res))
	var warned []string
	for _, f := range res.Findings {
		if f.Code == leerkrediet.CodeProjected {
			warned = append(warned, f.Params["year"].String())
		}
	}
	assert.Equal(t, []string{"2027-2028", "2028-2029"}, warned, "one warning per projected year")

	strict := runWith([]string{"-strict", "-lang", "en"}, projection, nil)
	assert.Equal(t, 1, strict.code)
	assert.Empty(t, strict.out)
	assert.Contains(t, strict.errOut, "There are no rules for 2027-2028")
	assert.Contains(t, strict.errOut, "(/events/4/year)")
	strictNL := runWith([]string{"-strict"}, projection, nil)
	assert.Contains(t, strictNL.errOut, "2027-2028")

	career := readTestdata(t, "career.json")
	assert.Equal(t, runWith(nil, career, nil), runWith([]string{"-strict"}, career, nil), "a history in the past stays exact")
}

// TestEveryTextInBothLanguages proves that each text the command shows
// exists in Dutch and in English, with the same format verbs.
func TestEveryTextInBothLanguages(t *testing.T) {
	verbs := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)
	v := reflect.ValueOf(ui)
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		text := v.Field(i).Interface().(auhl.Text)
		assert.True(t, text.Complete(), "ui.%s", name)
		assert.Equal(t, verbs.FindAllString(text.NL, -1), verbs.FindAllString(text.EN, -1), "ui.%s: the format verbs", name)
	}
}
