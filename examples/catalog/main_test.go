package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestRun(t *testing.T) {
	cat := catalog.Default()
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		code     int
		contains []string
		stderr   []string
	}{
		{"default Dutch table", nil, nil, 0, []string{"OPLEIDING", cat.Programmes[0].Name.NL, "Academiejaar 2025-2026"}, nil},
		{"English from the locale", nil, map[string]string{"LANG": "en_GB.UTF-8"}, 0, []string{"PROGRAMME", cat.Programmes[0].Name.EN}, nil},
		{"flag beats the locale", []string{"-lang", "nl"}, map[string]string{"LC_ALL": "en_US.UTF-8"}, 0, []string{"OPLEIDING"}, nil},
		{"institution filter", []string{"-institution", "pxl", "-lang", "en"}, nil, 0, []string{"PXL"}, nil},
		{"bad flags in Dutch", []string{"-level", "phd", "-institution", "kuleuven"}, nil, 2, nil,
			[]string{"“phd” is hier niet toegelaten", "(-level)", "“kuleuven” is hier niet toegelaten", "(-institution)"}},
		{"bad flags in English", []string{"-lang", "en", "-taught-in", "fr"}, nil, 2, nil, []string{"“fr” is not allowed here; choose from: nl, en. (-taught-in)"}},
		{"stray argument", []string{"pxl"}, nil, 2, nil, []string{"Onverwacht argument “pxl”: dit commando neemt alleen opties; -h toont ze."}},
		{"stray argument in English", []string{"-lang", "en", "pxl"}, nil, 2, nil, []string{"Unexpected argument “pxl”: this command takes only flags; -h lists them."}},
		{"unsupported language", []string{"-lang", "fr"}, nil, 2, nil, []string{"“fr” is hier niet toegelaten", "(-lang)"}},
		{"unknown flag", []string{"-colour", "red"}, nil, 2, nil, []string{"-colour", "-institution"}},
		{"help", []string{"-h"}, nil, 0, nil, []string{"-institution", ui.FlagFile.NL}},
		{"help in English", []string{"-lang", "en", "-h"}, nil, 0, nil, []string{ui.FlagFile.EN}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(tt.args, &out, &errOut, env(tt.env))
			assert.Equal(t, tt.code, code, errOut.String())
			for _, s := range tt.contains {
				assert.Contains(t, out.String(), s)
			}
			for _, s := range tt.stderr {
				assert.Contains(t, errOut.String(), s)
			}
		})
	}
}

func TestFiltersMatchTheLibrary(t *testing.T) {
	cat := catalog.Default()
	queries := []struct {
		args  []string
		query catalog.Query
	}{
		{[]string{"-institution", "uhasselt"}, catalog.Query{Institution: auhl.UHasselt}},
		{[]string{"-level", "graduaat"}, catalog.Query{Level: auhl.Graduaat}},
		{[]string{"-taught-in", "en"}, catalog.Query{Language: auhl.English}},
		{[]string{"-campus", cat.Campuses[0].ID}, catalog.Query{Campus: cat.Campuses[0].ID}},
		{[]string{"-area", cat.StudyAreas[0].ID, "-institution", "pxl"}, catalog.Query{StudyArea: cat.StudyAreas[0].ID, Institution: auhl.PXL}},
	}
	for _, q := range queries {
		t.Run(strings.Join(q.args, " "), func(t *testing.T) {
			var out, errOut bytes.Buffer
			require.Equal(t, 0, run(append(q.args, "-json"), &out, &errOut, env(nil)), errOut.String())
			want := cat.Filter(q.query)
			if len(want) == 0 {
				return // an empty listing is not a loadable catalogue
			}
			got, err := catalog.Load(&out)
			require.NoError(t, err, "the -json output is a catalogue Load reads")
			assert.Equal(t, want, got.Programmes)

			out.Reset()
			require.Equal(t, 0, run(q.args, &out, &errOut, env(map[string]string{"LANG": "en_US"})))
			for _, p := range want {
				assert.Contains(t, out.String(), p.ID)
			}
		})
	}
}

// TestFileProblems: whatever is wrong with the file of -file, the message
// names it, in the user's language.
func TestFileProblems(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, data, 0o600))
		return path
	}
	nope := filepath.Join(dir, "nope.json")
	large := write("large.json", bytes.Repeat([]byte(" "), catalog.MaxSize+1))
	notJSON := write("not.json", []byte("{"))
	bidi := filepath.Join(dir, "cat\u202enosj.exe")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"missing", []string{"-file", nope, "-lang", "en"}, 1, "The file “" + nope + "” does not exist.\n"},
		{"missing in Dutch", []string{"-file", nope}, 1, "Het bestand “" + nope + "” bestaat niet.\n"},
		{"a directory", []string{"-file", dir, "-lang", "en"}, 1, "Cannot read “" + dir + "”: it is a directory, not a file.\n"},
		{"a directory in Dutch", []string{"-file", dir}, 1, "Kan “" + dir + "” niet lezen: het is een map, geen bestand.\n"},
		{"too large", []string{"-file", large, "-lang", "en"}, 2, "The catalogue from “" + large + "” is not valid:\nThe input is too large: at most 16,777,216 bytes.\n"},
		{"too large in Dutch", []string{"-file", large}, 2, "De catalogus uit “" + large + "” klopt niet:\nDe invoer is te groot: hoogstens 16.777.216 bytes.\n"},
		{"not JSON", []string{"-file", notJSON, "-lang", "en"}, 2, "The catalogue from “" + notJSON + "” is not valid:\n"},
		{"a name that reorders the line", []string{"-file", bidi, "-lang", "en"}, 1, "The file “" + filepath.Join(dir, "catnosj.exe") + "” does not exist.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			assert.Equal(t, tt.code, run(tt.args, &out, &errOut, env(nil)))
			assert.Empty(t, out.String())
			if strings.HasSuffix(tt.stderr, ":\n") {
				assert.True(t, strings.HasPrefix(errOut.String(), tt.stderr), errOut.String())
			} else {
				assert.Equal(t, tt.stderr, errOut.String())
			}
		})
	}
}

// TestManyProblems: a catalogue with thousands of problems gets the first
// auhl.MaxProblems of them, one a line, and one line that counts the rest.
func TestManyProblems(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"version": "1", "academicYear": "2025-2026", "programmes": []`)
	const n = 5000
	for i := range n {
		fmt.Fprintf(&b, `, "x%d": 0`, i)
	}
	b.WriteString("}")
	file := filepath.Join(t.TempDir(), "hostile.json")
	require.NoError(t, os.WriteFile(file, []byte(b.String()), 0o600))
	for _, lang := range auhl.Langs() {
		t.Run(string(lang), func(t *testing.T) {
			var out, errOut bytes.Buffer
			assert.Equal(t, 2, run([]string{"-file", file, "-lang", string(lang)}, &out, &errOut, env(nil)))
			assert.Empty(t, out.String())
			lines := strings.Split(strings.TrimSuffix(errOut.String(), "\n"), "\n")
			require.Len(t, lines, 1+auhl.MaxProblems+1, "the heading, the problems listed, the count of the others")
			assert.Equal(t, term.Named(lang, ui.InvalidCatalogue, file), lines[0])
			more := n - auhl.MaxProblems // the shape's problems: the meaning is not checked then
			assert.Equal(t, i18n.Message(lang, auhl.CodeMoreProblems, auhl.Params{"count": auhl.Int(more)}), lines[len(lines)-1])
		})
	}
}

func TestReadsAnotherCatalogue(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	require.NoError(t, os.WriteFile(good, catalog.DefaultJSON(), 0o600))
	var out, errOut bytes.Buffer
	assert.Equal(t, 0, run([]string{"-file", good}, &out, &errOut, env(nil)))

	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"version":"1","academicYear":"2025-2026","programmes":[],"extra":true}`), 0o600))
	out.Reset()
	errOut.Reset()
	assert.Equal(t, 2, run([]string{"-file", bad, "-lang", "en"}, &out, &errOut, env(nil)), "an invalid catalogue is invalid input")
	assert.Contains(t, errOut.String(), "The catalogue from “"+bad+"” is not valid:\n")
	assert.Contains(t, errOut.String(), "The field “extra” is not part of this format. (/extra)")
	assert.Empty(t, out.String())
}

// TestTableCannotControlTheTerminal lists a catalogue whose names and
// cities carry control characters and bidirectional controls: the table
// shows neither.
func TestTableCannotControlTheTerminal(t *testing.T) {
	cat := catalog.Default().Clone()
	for i := range cat.Programmes {
		p := &cat.Programmes[i]
		p.Name.NL = "\u202e" + p.Name.NL + "\x1b[2J\u2066"
		p.Name.EN = "\u200f" + p.Name.EN + "\nFAKE"
	}
	for i := range cat.Campuses {
		cat.Campuses[i].City += "\u061c\r"
	}
	data, err := json.Marshal(cat)
	require.NoError(t, err)
	if _, err := catalog.Load(bytes.NewReader(data)); err != nil {
		t.Skip("the catalogue rejects these characters itself:", err)
	}
	file := filepath.Join(t.TempDir(), "catalogue.json")
	require.NoError(t, os.WriteFile(file, data, 0o600))
	for _, lang := range auhl.Langs() {
		t.Run(string(lang), func(t *testing.T) {
			var out, errOut bytes.Buffer
			require.Equal(t, 0, run([]string{"-file", file, "-lang", string(lang)}, &out, &errOut, env(nil)), errOut.String())
			assert.NotRegexp(t, regexp.MustCompile("[\x00-\x09\x0b-\x1f\x7f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"), out.String())
			assert.NotContains(t, out.String(), "\nFAKE")
		})
	}
}

func TestOneMarkPerCell(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(nil, &out, &errOut, env(nil)))
	assert.NotContains(t, out.String(), "**")
}

// TestEveryTextInBothLanguages proves that each text the command shows
// exists in Dutch and in English, with the same format verbs.
func TestEveryTextInBothLanguages(t *testing.T) {
	verbs := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)
	v := reflect.ValueOf(ui)
	for i := 0; i < v.NumField(); i++ {
		text := v.Field(i).Interface().(auhl.Text)
		assert.True(t, text.Complete(), "ui.%s", v.Type().Field(i).Name)
		assert.Equal(t, verbs.FindAllString(text.NL, -1), verbs.FindAllString(text.EN, -1), "ui.%s: the format verbs", v.Type().Field(i).Name)
	}
	for _, l := range auhl.Levels() {
		assert.True(t, levelShort[l].Complete(), "levelShort[%s]", l)
	}
}
