package build

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRewrite(t *testing.T) {
	const (
		wasm = "auhl-advisor.0123456789ab.wasm"
		exec = "wasm_exec.ba9876543210.js"
	)
	tests := []struct {
		name, script, wasm, exec string
		want                     string // "" when an error is expected
	}{
		{
			name:   "both literals once",
			script: `const w = new URL("./auhl-advisor.wasm", import.meta.url); const e = new URL("./wasm_exec.js", import.meta.url);`,
			wasm:   wasm, exec: exec,
			want: `const w = new URL("./auhl-advisor.0123456789ab.wasm", import.meta.url); const e = new URL("./wasm_exec.ba9876543210.js", import.meta.url);`,
		},
		{
			name:   "exec before wasm, other text untouched",
			script: "// loads wasm_exec.js and auhl-advisor.wasm\nx(\"./wasm_exec.js\");\ny(\"./auhl-advisor.wasm\");\n",
			wasm:   wasm, exec: exec,
			want: "// loads wasm_exec.js and auhl-advisor.wasm\nx(\"./wasm_exec.ba9876543210.js\");\ny(\"./auhl-advisor.0123456789ab.wasm\");\n",
		},
		{name: "wasm literal missing", script: `x("./wasm_exec.js")`, wasm: wasm, exec: exec},
		{name: "exec literal missing", script: `x("./auhl-advisor.wasm")`, wasm: wasm, exec: exec},
		{name: "wasm literal twice", script: `"./auhl-advisor.wasm" "./auhl-advisor.wasm" "./wasm_exec.js"`, wasm: wasm, exec: exec},
		{name: "exec literal twice", script: `"./auhl-advisor.wasm" "./wasm_exec.js" "./wasm_exec.js"`, wasm: wasm, exec: exec},
		{name: "single quotes are not the literal", script: `'./auhl-advisor.wasm' "./wasm_exec.js"`, wasm: wasm, exec: exec},
		{name: "empty script", script: "", wasm: wasm, exec: exec},
		{name: "name with a quote", script: `"./auhl-advisor.wasm" "./wasm_exec.js"`, wasm: `a".wasm`, exec: exec},
		{name: "name with a slash", script: `"./auhl-advisor.wasm" "./wasm_exec.js"`, wasm: wasm, exec: "../wasm_exec.js"},
		{name: "empty name", script: `"./auhl-advisor.wasm" "./wasm_exec.js"`, wasm: "", exec: exec},
		{name: "hidden name", script: `"./auhl-advisor.wasm" "./wasm_exec.js"`, wasm: ".x.wasm", exec: exec},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := []byte(tt.script)
			got, err := Rewrite(in, tt.wasm, tt.exec)
			assert.Equal(t, tt.script, string(in), "the input is left untouched")
			if tt.want == "" {
				require.ErrorIs(t, err, ErrScript)
				assert.Nil(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}

func TestVersionedName(t *testing.T) {
	tests := []struct {
		name string
		data string
		want string
	}{
		// sha256("") = e3b0c44298fc1c149afbf4c8996fb924…
		{"auhl-advisor.wasm", "", "auhl-advisor.e3b0c44298fc.wasm"},
		{"wasm_exec.js", "", "wasm_exec.e3b0c44298fc.js"},
		// sha256("abc") = ba7816bf8f01cfea414140de5dae2223…
		{"wasm_exec.js", "abc", "wasm_exec.ba7816bf8f01.js"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got := VersionedName(tt.name, []byte(tt.data))
			assert.Equal(t, tt.want, got)
			assert.True(t, isVersioned(got))
		})
	}
}

func TestIsVersioned(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"auhl-advisor.0123456789ab.wasm", true},
		{"auhl-advisor.0123456789ab.wasm.gz", true},
		{"wasm_exec.0123456789ab.js", true},
		{"auhl-advisor.js", false},
		{"auhl-advisor.wasm", false},
		{"wasm_exec.js", false},
		{"index.html", false},
		{".auhl-advisor.js.tmp-123", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, isVersioned(tt.name))
		})
	}
}

func TestRemoveStale(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"auhl-advisor.js", "auhl-advisor.111111111111.wasm", "auhl-advisor.111111111111.wasm.gz",
		"wasm_exec.111111111111.js", "auhl-advisor.222222222222.wasm", "auhl-advisor.222222222222.wasm.gz",
		"wasm_exec.222222222222.js", "README.txt", "auhl-advisor.111111111111.wasm.br", "wasm_exec.111111111111.js.gz",
		"wasm_exec.111111111111.js.br", "auhl-advisor.222222222222.wasm.br",
	} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644))
	}
	require.NoError(t, os.Mkdir(filepath.Join(dir, "wasm_exec.333333333333.js"), 0o755), "a folder is not ours to remove")
	res := Result{
		Script:     File{Name: "auhl-advisor.js"},
		Wasm:       File{Name: "auhl-advisor.222222222222.wasm"},
		WasmGzip:   File{Name: "auhl-advisor.222222222222.wasm.gz"},
		WasmBrotli: File{Name: "auhl-advisor.222222222222.wasm.br"},
		WasmExec:   File{Name: "wasm_exec.222222222222.js"},
	}
	require.NoError(t, removeStale(dir, res))
	assert.Equal(t, []string{
		"README.txt", "auhl-advisor.222222222222.wasm", "auhl-advisor.222222222222.wasm.br", "auhl-advisor.222222222222.wasm.gz",
		"auhl-advisor.js", "wasm_exec.222222222222.js", "wasm_exec.333333333333.js",
	}, names(t, dir))
}

func TestWriteAtomic(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.js"), []byte("old"), 0o600))
	require.NoError(t, writeAtomic(dir, "a.js", []byte("new")))
	data, err := os.ReadFile(filepath.Join(dir, "a.js"))
	require.NoError(t, err)
	assert.Equal(t, "new", string(data))
	fi, err := os.Stat(filepath.Join(dir, "a.js"))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), fi.Mode().Perm(), "readable by a web server")
	assert.Equal(t, []string{"a.js"}, names(t, dir), "no temporary file left behind")

	err = writeAtomic(filepath.Join(dir, "missing"), "b.js", []byte("x"))
	require.Error(t, err)
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestModulePathOf(t *testing.T) {
	tests := []struct {
		gomod, want string
	}{
		{"module github.com/auhl/auhl-go\n\ngo 1.26.8\n", "github.com/auhl/auhl-go"},
		{"// the SDK\n\nmodule github.com/auhl/auhl-go // here\n", "github.com/auhl/auhl-go"},
		{"module \"github.com/auhl/auhl-go\"\n", "github.com/auhl/auhl-go"},
		{"module example.com/other\n", "example.com/other"},
		{"go 1.26\nmodule github.com/auhl/auhl-go\n", ""},
		{"", ""},
		{"module\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.gomod, func(t *testing.T) {
			assert.Equal(t, tt.want, modulePathOf([]byte(tt.gomod)))
		})
	}
}

func TestModuleRoot(t *testing.T) {
	root := t.TempDir()
	nested := filepath.Join(root, "wasm", "build")
	require.NoError(t, os.MkdirAll(nested, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "go.mod"), []byte("module github.com/auhl/auhl-go\n"), 0o644))
	// A go.mod of another module on the way up is passed by.
	require.NoError(t, os.WriteFile(filepath.Join(root, "wasm", "go.mod"), []byte("module example.com/other\n"), 0o644))

	got, err := moduleRoot(nested)
	require.NoError(t, err)
	assert.Equal(t, root, got)

	_, err = moduleRoot(t.TempDir())
	assert.ErrorIs(t, err, ErrNoModule)

	t.Chdir(nested)
	opt, err := Options{Dir: "out", Script: []byte{}}.withDefaults()
	require.NoError(t, err)
	assert.Equal(t, root, opt.ModuleDir, "the default is found from the current directory")
	assert.Equal(t, DefaultPackage, opt.Package)
	assert.NotEmpty(t, opt.Go)
}

func TestOptionsNeedADir(t *testing.T) {
	_, err := Build(t.Context(), Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "Options.Dir")
}

func TestLimitedBuffer(t *testing.T) {
	b := &limitedBuffer{max: 4}
	n, err := b.Write([]byte("abc"))
	assert.Equal(t, 3, n)
	require.NoError(t, err)
	n, err = b.Write([]byte("defgh"))
	assert.Equal(t, 5, n, "the writer never fails")
	require.NoError(t, err)
	assert.Equal(t, "abcd", b.String())
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

func TestWriteFirstScreen(t *testing.T) {
	tests := []struct {
		name, script, first, want string
		err                       bool
	}{
		{"the mark becomes the JSON", "const F = /*auhl:first-screen*/null;", `{"ui":{}}`, `const F = {"ui":{}};`, false},
		{"no mark, no change", "const F = null;", `{}`, "const F = null;", false},
		{"twice", "/*auhl:first-screen*/null /*auhl:first-screen*/null", `{}`, "", true},
		{"not JSON", "const F = /*auhl:first-screen*/null;", `{ui: alert(1)}`, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := WriteFirstScreen([]byte(tt.script), []byte(tt.first))
			if tt.err {
				assert.ErrorIs(t, err, ErrScript)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(out))
		})
	}
}
