package build

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	advisor "github.com/auhl/auhl-go/wasm"
	"github.com/auhl/auhl-go/wasm/web"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tinyScript is an element script for the tiny test program.
const tinyScript = `import("./wasm_exec.js"); fetch(new URL("./auhl-advisor.wasm", import.meta.url));` + "\n"

// quickBrotli is the brotli quality of the tests' builds: quick, also
// under -race.
const quickBrotli = 5

// tinyPackage is a js/wasm program that does nothing, quick to build.
const tinyPackage = "./wasm/build/testdata/tiny"

func TestBuildTheWidget(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the widget")
	}
	dir := filepath.Join(t.TempDir(), "dist", "auhl")
	res, err := Build(t.Context(), Options{Dir: dir, BrotliQuality: quickBrotli})
	require.NoError(t, err)
	checkFolder(t, dir, res, web.Script)
	assert.Greater(t, res.Wasm.Size, res.WasmGzip.Size)
	checkPackage(t, dir, res)
}

// checkPackage proves that dir is an npm package of the element: its
// package.json exports the script and lists every file, its manifest
// describes every part the script uses, and npm pack takes it.
func checkPackage(t *testing.T, dir string, res Result) {
	t.Helper()
	var pkg struct {
		Name           string            `json:"name"`
		Version        string            `json:"version"`
		Type           string            `json:"type"`
		Exports        map[string]string `json:"exports"`
		Files          []string          `json:"files"`
		CustomElements string            `json:"customElements"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "package.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &pkg))
	assert.Equal(t, PackageName, pkg.Name)
	assert.Regexp(t, `^\d+\.\d+\.\d+-g[0-9a-f]{12}$`, pkg.Version)
	assert.Equal(t, "module", pkg.Type)
	assert.Equal(t, "./"+ScriptName, pkg.Exports["."])
	for _, target := range pkg.Exports {
		assert.FileExists(t, filepath.Join(dir, target))
	}
	for _, f := range res.Files() {
		assert.Contains(t, pkg.Files, f.Name)
	}
	for _, name := range pkg.Files {
		assert.FileExists(t, filepath.Join(dir, name))
	}

	var manifest struct {
		Modules []struct {
			Declarations []struct {
				TagName    string                  `json:"tagName"`
				Attributes []struct{ Name string } `json:"attributes"`
				Events     []struct{ Name string } `json:"events"`
				CSSParts   []struct{ Name string } `json:"cssParts"`
				CSSProps   []struct{ Name string } `json:"cssProperties"`
			} `json:"declarations"`
		} `json:"modules"`
	}
	data, err = os.ReadFile(filepath.Join(dir, pkg.CustomElements))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &manifest))
	require.Len(t, manifest.Modules, 1)
	decl := manifest.Modules[0].Declarations[0]
	assert.Equal(t, "auhl-studiekeuze", decl.TagName)
	names := func(list []struct{ Name string }) []string {
		var out []string
		for _, x := range list {
			out = append(out, x.Name)
		}
		return out
	}
	script := string(web.Script)
	for _, m := range regexp.MustCompile(`part: "([a-z -]+)"`).FindAllStringSubmatch(script, -1) {
		for _, part := range strings.Fields(m[1]) {
			assert.Contains(t, names(decl.CSSParts), part, "the manifest describes the part")
		}
	}
	for _, m := range regexp.MustCompile(`(--auhl-[a-z-]+):`).FindAllStringSubmatch(script, -1) {
		assert.Contains(t, names(decl.CSSProps), m[1])
	}
	for _, m := range regexp.MustCompile(`new CustomEvent\("([a-z-]+)"`).FindAllStringSubmatch(script, -1) {
		assert.Contains(t, names(decl.Events), m[1])
	}
	for _, a := range []string{"lang", "theme", "src", "institution", "catalog", "catalog-origins"} {
		assert.Contains(t, names(decl.Attributes), a)
	}

	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Log("no npm on PATH: npm pack not tried")
		return
	}
	cmd := exec.Command(npm, "pack", "--dry-run", "--json")
	cmd.Dir = dir
	out, err := cmd.Output()
	require.NoError(t, err, "npm pack")
	var packed []struct {
		Files []struct{ Path string } `json:"files"`
	}
	require.NoError(t, json.Unmarshal(out, &packed))
	require.Len(t, packed, 1)
	assert.Len(t, packed[0].Files, len(pkg.Files), "npm pack takes every file")
}

func TestBuildReplacesTheOlderVersion(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a wasm program")
	}
	dir := t.TempDir()
	old := []string{"auhl-advisor.0123456789ab.wasm", "auhl-advisor.0123456789ab.wasm.gz", "wasm_exec.0123456789ab.js"}
	for _, name := range append(old, "auhl-advisor.js", "index.html") {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte("old"), 0o644))
	}
	opt := Options{Dir: dir, Package: tinyPackage, Script: []byte(tinyScript), BrotliQuality: quickBrotli}
	res, err := Build(t.Context(), opt)
	require.NoError(t, err)
	checkFolder(t, dir, res, []byte(tinyScript))
	for _, name := range old {
		assert.NoFileExists(t, filepath.Join(dir, name))
	}
	assert.FileExists(t, filepath.Join(dir, "index.html"), "files that are not the widget's stay")

	again, err := Build(t.Context(), opt)
	require.NoError(t, err)
	assert.Equal(t, res, again, "the same sources give the same files")
	checkFolder(t, dir, again, []byte(tinyScript))
}

func TestBuildErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	canceled, cancel := context.WithCancel(t.Context())
	cancel()
	tests := []struct {
		name  string
		ctx   context.Context
		opt   Options
		check func(t *testing.T, err error)
	}{
		{
			name: "the package does not compile",
			opt:  Options{Package: "./wasm/build/testdata/missing", Script: []byte(tinyScript)},
			check: func(t *testing.T, err error) {
				var ce *CommandError
				require.ErrorAs(t, err, &ce)
				assert.Contains(t, ce.Args, "build")
				assert.Contains(t, err.Error(), "testdata/missing", "the go command's own message is kept")
				var exitErr *exec.ExitError
				assert.ErrorAs(t, err, &exitErr)
			},
		},
		{
			name: "no such go command",
			opt:  Options{Go: filepath.Join(t.TempDir(), "go"), Package: tinyPackage, Script: []byte(tinyScript)},
			check: func(t *testing.T, err error) {
				var ce *CommandError
				require.ErrorAs(t, err, &ce)
				assert.ErrorIs(t, err, os.ErrNotExist)
			},
		},
		{
			name: "the script does not name its files",
			opt:  Options{Package: tinyPackage, Script: []byte(`import("./wasm_exec.js")`)},
			check: func(t *testing.T, err error) {
				assert.ErrorIs(t, err, ErrScript)
			},
		},
		{
			name: "canceled",
			ctx:  canceled,
			opt:  Options{Package: tinyPackage, Script: []byte(tinyScript)},
			check: func(t *testing.T, err error) {
				assert.ErrorIs(t, err, context.Canceled)
			},
		},
		{
			name: "not in the module",
			opt:  Options{ModuleDir: "", Package: tinyPackage, Script: []byte(tinyScript)},
			check: func(t *testing.T, err error) {
				assert.ErrorIs(t, err, ErrNoModule)
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := tt.ctx
			if ctx == nil {
				ctx = t.Context()
			}
			if tt.name == "not in the module" {
				t.Chdir(t.TempDir())
			}
			dir := t.TempDir()
			tt.opt.Dir = dir
			_, err := Build(ctx, tt.opt)
			require.Error(t, err)
			tt.check(t, err)
			assert.Empty(t, names(t, dir), "a failed build writes nothing")
		})
	}
}

func TestFlags(t *testing.T) {
	tests := []struct {
		name string
		flag string
	}{
		{"no paths of the build machine", "-trimpath"},
		{"no symbol table or debug information", "-ldflags=-s -w"},
		{"no inlining", "-gcflags=all=-l"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Contains(t, Flags(), tt.flag)
		})
	}
	t.Run("a new slice on every call", func(t *testing.T) {
		f := Flags()
		require.NotEmpty(t, f)
		f[0] = "-race"
		assert.NotContains(t, Flags(), "-race")
	})
}

// checkFolder proves that dir holds exactly the files of res, as Build
// promises them.
func checkFolder(t *testing.T, dir string, res Result, script []byte) {
	t.Helper()
	hash := `[0-9a-f]{12}`
	assert.Equal(t, dir, res.Dir)
	assert.Equal(t, "auhl-advisor.js", res.Script.Name)
	assert.Regexp(t, regexp.MustCompile(`^auhl-advisor\.`+hash+`\.wasm$`), res.Wasm.Name)
	assert.Equal(t, res.Wasm.Name+".gz", res.WasmGzip.Name)
	assert.Regexp(t, regexp.MustCompile(`^wasm_exec\.`+hash+`\.js$`), res.WasmExec.Name)

	read := func(f File) []byte {
		data, err := os.ReadFile(filepath.Join(dir, f.Name))
		require.NoError(t, err)
		if f.Size >= 0 {
			assert.Equal(t, f.Size, int64(len(data)), f.Name)
		}
		return data
	}
	wasm := read(res.Wasm)
	assert.True(t, bytes.HasPrefix(wasm, []byte("\x00asm")), "a WebAssembly module")
	assert.Equal(t, res.Wasm.Name, VersionedName(WasmName, wasm))

	assert.Equal(t, res.Wasm.Name+".br", res.WasmBrotli.Name)
	assert.True(t, bytes.Equal(wasm, gunzip(t, read(res.WasmGzip))), "the gzip file holds the wasm")
	assert.True(t, bytes.Equal(wasm, unbrotli(t, read(res.WasmBrotli))), "the brotli file holds the wasm")
	assert.Less(t, res.WasmBrotli.Size, res.WasmGzip.Size)

	goroot, version := goEnvForTest(t)
	assert.Equal(t, version, res.GoVersion)
	want, err := os.ReadFile(filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"))
	require.NoError(t, err)
	wasmExec := read(res.WasmExec)
	assert.True(t, bytes.Equal(want, wasmExec), "wasm_exec.js is the GOROOT's")
	assert.Equal(t, res.WasmExec.Name, VersionedName(WasmExecName, wasmExec))

	wantScript, err := Rewrite(script, res.Wasm.Name, res.WasmExec.Name)
	require.NoError(t, err)
	if bytes.Contains(script, []byte(FirstScreenMark)) {
		first, err := advisor.New().FirstScreen()
		require.NoError(t, err)
		wantScript, err = WriteFirstScreen(wantScript, first)
		require.NoError(t, err)
		assert.NotContains(t, string(wantScript), FirstScreenMark)
	}
	assert.Equal(t, string(wantScript), string(read(res.Script)))

	require.Len(t, res.Compressed, 4)
	for _, f := range res.Compressed {
		base := strings.TrimSuffix(strings.TrimSuffix(f.Name, ".gz"), ".br")
		require.Contains(t, []string{res.Script.Name, res.WasmExec.Name}, base)
		orig := read(File{Name: base, Size: -1})
		if strings.HasSuffix(f.Name, ".gz") {
			assert.True(t, bytes.Equal(orig, gunzip(t, read(f))), f.Name)
		} else {
			assert.True(t, bytes.Equal(orig, unbrotli(t, read(f))), f.Name)
		}
	}

	var files []string
	for _, f := range res.Files() {
		files = append(files, f.Name)
	}
	for _, name := range names(t, dir) {
		if isVersioned(name) || name == ScriptName {
			assert.Contains(t, files, name, "one version only")
		}
		assert.False(t, strings.HasPrefix(name, "."), "no temporary file left: %s", name)
	}
}

// goEnvForTest asks the go command Build uses by default for its GOROOT
// and version, independently of Build.
func goEnvForTest(t *testing.T) (goroot, version string) {
	t.Helper()
	root, err := moduleRoot(".")
	require.NoError(t, err)
	cmd := exec.Command(defaultGo(), "env", "GOROOT", "GOVERSION")
	cmd.Dir = root
	out, err := cmd.Output()
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		t.Log(string(exitErr.Stderr))
	}
	require.NoError(t, err)
	lines := strings.Fields(string(out))
	require.Len(t, lines, 2)
	return lines[0], lines[1]
}

func gunzip(t *testing.T, data []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(data))
	require.NoError(t, err)
	out, err := io.ReadAll(zr)
	require.NoError(t, err)
	return out
}

func unbrotli(t *testing.T, data []byte) []byte {
	t.Helper()
	out, err := io.ReadAll(brotli.NewReader(bytes.NewReader(data)))
	require.NoError(t, err)
	return out
}
