package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/internal/cli"
	"github.com/auhl/auhl-go/wasm/build"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

// fakeResult is what the fake build returns.
var fakeResult = build.Result{
	Script:     build.File{Name: "auhl-advisor.js", Size: 14210},
	Wasm:       build.File{Name: "auhl-advisor.0123456789ab.wasm", Size: 4012345},
	WasmGzip:   build.File{Name: "auhl-advisor.0123456789ab.wasm.gz", Size: 1120345},
	WasmBrotli: build.File{Name: "auhl-advisor.0123456789ab.wasm.br", Size: 830120},
	WasmExec:   build.File{Name: "wasm_exec.ba9876543210.js", Size: 17012},
	Compressed: []build.File{{Name: "wasm_exec.ba9876543210.js.gz", Size: 4012}, {Name: "wasm_exec.ba9876543210.js.br", Size: 3512},
		{Name: "auhl-advisor.js.gz", Size: 4210}, {Name: "auhl-advisor.js.br", Size: 3810}},
	GoVersion: "go1.26.8",
}

// fakeBuild replaces the build for the duration of the test; it records
// the options it was given.
func fakeBuild(t *testing.T, err error) *build.Options {
	t.Helper()
	var got build.Options
	old := buildWidget
	buildWidget = func(_ context.Context, opt build.Options) (build.Result, error) {
		got = opt
		if err != nil {
			return build.Result{}, err
		}
		res := fakeResult
		res.Dir = opt.Dir
		return res, nil
	}
	t.Cleanup(func() { buildWidget = old })
	return &got
}

func TestRun(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		env    map[string]string
		err    error
		code   int
		dir    string
		stdout []string
		stderr []string
	}{
		{
			name: "Dutch by default", code: 0, dir: "dist/auhl",
			stdout: []string{
				"De widget wordt gebouwd in dist/auhl …",
				"Klaar met go1.26.8 in ",
				"dist/auhl/auhl-advisor.js 14.210 bytes 14,2 kB",
				"dist/auhl/auhl-advisor.0123456789ab.wasm 4.012.345 bytes 4,01 MB",
				"dist/auhl/auhl-advisor.0123456789ab.wasm.gz 1.120.345 bytes 1,12 MB",
				"dist/auhl/wasm_exec.ba9876543210.js 17.012 bytes 17,0 kB",
				"De browser laadt 4,01 MB aan WebAssembly, 1,12 MB met gzip of 830,1 kB met brotli.",
			},
		},
		{
			name: "English from the locale", env: map[string]string{"LANG": "en_GB.UTF-8"}, args: []string{"-o", "out/"}, code: 0, dir: "out",
			stdout: []string{
				"Building the widget into out …",
				"Done with go1.26.8 in ",
				"out/auhl-advisor.0123456789ab.wasm 4,012,345 bytes 4.01 MB",
				"The browser loads 4.01 MB of WebAssembly, 1.12 MB with gzip or 830.1 kB with brotli.",
			},
		},
		{
			name: "the flag beats the locale", args: []string{"-lang", "nl"}, env: map[string]string{"LC_ALL": "en_US.UTF-8"}, code: 0, dir: "dist/auhl",
			stdout: []string{"Klaar met go1.26.8"},
		},
		{
			name: "a failed build in Dutch", err: errors.New("build: go build: exit status 1\nsyntax error"), code: 1, dir: "dist/auhl",
			stderr: []string{"De widget kon niet gebouwd worden:", "syntax error"},
		},
		{
			name: "a failed build in English", args: []string{"-lang", "en"}, err: errors.New("build: go build: exit status 1"), code: 1, dir: "dist/auhl",
			stderr: []string{"The widget could not be built:", "exit status 1"},
		},
		{
			name: "outside the module", args: []string{"-lang", "en"}, err: build.ErrNoModule, code: 1, dir: "dist/auhl",
			stderr: []string{"Run the command in the folder of the module github.com/auhl/auhl-go"},
		},
		{
			name: "outside the module in Dutch", err: build.ErrNoModule, code: 1, dir: "dist/auhl",
			stderr: []string{"Start de opdracht in de map van de module github.com/auhl/auhl-go"},
		},
		{name: "bad language", args: []string{"-lang", "fr"}, code: 2, stderr: []string{"“fr”", "(-lang)"}},
		{name: "stray argument", args: []string{"-lang", "en", "dist"}, code: 2, stderr: []string{"“dist”"}},
		{name: "empty folder", args: []string{"-o", ""}, code: 2, stderr: []string{"(-o)"}},
		{name: "unknown flag", args: []string{"-x"}, code: 2, stderr: []string{"-x"}},
		{name: "help in Dutch", args: []string{"-h"}, code: 0, stderr: []string{"de map waarin de widget komt"}},
		{name: "help in English", args: []string{"-lang", "en", "-h"}, code: 0, stderr: []string{"the folder to write the widget into"}},
		{name: "help in English after -o", args: []string{"-o", "x", "-lang=en", "-h"}, code: 0, stderr: []string{"the folder to write the widget into"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fakeBuild(t, tt.err)
			var out, errOut bytes.Buffer
			code := run(t.Context(), tt.args, &out, &errOut, env(tt.env))
			assert.Equal(t, tt.code, code, errOut.String())
			assert.Equal(t, filepath.FromSlash(tt.dir), got.Dir, "the folder built into")
			for _, s := range tt.stdout {
				assert.Contains(t, oneSpace(out.String()), filepath.FromSlash(s))
			}
			for _, s := range tt.stderr {
				assert.Contains(t, errOut.String(), s)
			}
			if tt.code != 0 {
				assert.NotContains(t, out.String(), "bytes", "no file list after a failure")
			}
		})
	}
}

// oneSpace collapses every run of spaces, so that checks do not depend on
// the alignment of the columns.
func oneSpace(s string) string {
	return regexp.MustCompile(` +`).ReplaceAllString(s, " ")
}

func TestOneFileALine(t *testing.T) {
	fakeBuild(t, nil)
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(t.Context(), []string{"-lang", "en"}, &out, &errOut, env(nil)))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 3+len(fakeResult.Files()), out.String())
	assert.Regexp(t, `^Done with go1\.26\.8 in \d+\.\d s:$`, lines[1])
	for i, f := range fakeResult.Files() {
		assert.True(t, strings.HasPrefix(lines[2+i], filepath.Join("dist", "auhl", f.Name)), lines[2+i])
		assert.True(t, strings.HasSuffix(lines[2+i], cli.Size(auhl.English, f.Size)), lines[2+i])
	}
}

func TestBytesText(t *testing.T) {
	tests := []struct {
		n      int64
		nl, en string
	}{
		{0, "0 bytes", "0 bytes"},
		{999, "999 bytes", "999 bytes"},
		{1000, "1.000 bytes", "1,000 bytes"},
		{17012, "17.012 bytes", "17,012 bytes"},
		{999949, "999.949 bytes", "999,949 bytes"},
		{999950, "999.950 bytes", "999,950 bytes"},
		{4012345, "4.012.345 bytes", "4,012,345 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.nl, func(t *testing.T) {
			assert.Equal(t, tt.nl, bytesText(auhl.Dutch, tt.n))
			assert.Equal(t, tt.en, bytesText(auhl.English, tt.n))
		})
	}
}

// TestBuildForReal runs the command with the real build and checks that
// it lists the files it wrote.
func TestBuildForReal(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the widget")
	}
	dir := filepath.Join(t.TempDir(), "auhl")
	old := buildWidget
	buildWidget = func(ctx context.Context, opt build.Options) (build.Result, error) {
		opt.BrotliQuality = 5 // quick, also under -race
		return old(ctx, opt)
	}
	t.Cleanup(func() { buildWidget = old })
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run(t.Context(), []string{"-o", dir, "-lang", "en"}, &out, &errOut, env(nil)), errOut.String())
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, entries, 12, "the script, the wasm and wasm_exec.js, each with its .gz and .br, and the package's three files")
	for _, e := range entries {
		fi, err := e.Info()
		require.NoError(t, err)
		assert.Regexp(t, regexp.MustCompile(regexp.QuoteMeta(filepath.Join(dir, e.Name()))+` +`+regexp.QuoteMeta(bytesText(auhl.English, fi.Size()))), out.String())
	}
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
		assert.NotEqual(t, text.NL, text.EN, "ui.%s is translated", name)
		assert.Equal(t, verbs.FindAllString(text.NL, -1), verbs.FindAllString(text.EN, -1), "ui.%s: the format verbs", name)
	}
}
