package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
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
		{"stray argument", []string{"pxl"}, nil, 2, nil, []string{"pxl"}},
		{"missing file", []string{"-file", "/nonexistent/catalogue.json", "-lang", "en"}, nil, 1, nil, []string{"Cannot open the file:"}},
		{"help", []string{"-h"}, nil, 0, nil, []string{"-institution"}},
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
	assert.Contains(t, errOut.String(), "The field “extra” is not part of this format. (/extra)")
	assert.Empty(t, out.String())
}

func TestOneMarkPerCell(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(nil, &out, &errOut, env(nil)))
	assert.NotContains(t, out.String(), "**")
}

// TestEveryTextInBothLanguages proves that each text the command shows
// exists in Dutch and in English.
func TestEveryTextInBothLanguages(t *testing.T) {
	v := reflect.ValueOf(ui)
	for i := 0; i < v.NumField(); i++ {
		text := v.Field(i).Interface().(auhl.Text)
		assert.True(t, text.Complete(), "ui.%s", v.Type().Field(i).Name)
	}
	for _, l := range auhl.Levels() {
		assert.True(t, levelShort[l].Complete(), "levelShort[%s]", l)
	}
}
