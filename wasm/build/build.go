package build

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
	advisor "github.com/auhl/auhl-go/wasm"

	"github.com/auhl/auhl-go/wasm/web"
)

// DefaultPackage is the package Build compiles when Options.Package is
// empty: the widget's wasm program.
const DefaultPackage = "github.com/auhl/auhl-go/wasm/cmd/auhl-advisor"

// ScriptName is the name of the element script in the built folder, the
// one file a page links; it never changes.
const ScriptName = "auhl-advisor.js"

// The unversioned names of the other files, as the element script names
// them before Build versions them.
const (
	// WasmName is the advisor compiled to WebAssembly.
	WasmName = "auhl-advisor.wasm"
	// WasmExecName is Go's JavaScript support for js/wasm programs.
	WasmExecName = "wasm_exec.js"
)

// modulePath is the module Build looks for when Options.ModuleDir is empty.
const modulePath = "github.com/auhl/auhl-go"

// maxStderr bounds the error output of the go command kept in an error.
const maxStderr = 64 << 10

// ErrNoModule means that Options.ModuleDir was empty and no folder from the
// current directory upwards holds the go.mod of module
// github.com/auhl/auhl-go.
var ErrNoModule = errors.New("build: not inside the module " + modulePath + " (set Options.ModuleDir)")

// ErrNotWasm means that the go command wrote something that is not a
// WebAssembly module.
var ErrNotWasm = errors.New("build: the compiled file is not a WebAssembly module")

// Options says what Build compiles, with which go command, and where it
// writes. Only Dir is required.
type Options struct {
	// Dir is the output folder; Build creates it when needed.
	Dir string
	// Go is the go command. Empty means the go of the toolchain that built
	// the running program (GOROOT/bin/go) when it exists, else "go" from
	// PATH.
	Go string
	// Package is the package to compile; empty means DefaultPackage.
	Package string
	// ModuleDir is the folder the go command runs in. Empty means the root
	// of module github.com/auhl/auhl-go, found from the current directory
	// upwards (ErrNoModule when there is none).
	ModuleDir string
	// Env holds extra environment variables ("KEY=value") for the go
	// command, after the inherited environment and before GOOS=js and
	// GOARCH=wasm, which always win.
	Env []string
	// BrotliQuality is the brotli quality, 1 to 11; 0 means 10, within
	// 0.2% of 11 in half its time. Quality 10 takes about 10 s for the
	// widget, and far longer in a program built with -race: its tests
	// pass a low one.
	BrotliQuality int
	// Script is the element script, with the literals "./auhl-advisor.wasm"
	// and "./wasm_exec.js" once each; nil means the embedded web.Script.
	Script []byte
}

// File is one file Build wrote.
type File struct {
	// Name is the file's name inside Result.Dir.
	Name string
	// Size is its length in bytes.
	Size int64
}

// Result describes the folder Build wrote.
type Result struct {
	// Dir is the output folder, as given in Options.Dir.
	Dir string
	// Script is auhl-advisor.js, the file pages link.
	Script File
	// Wasm is auhl-advisor.<hash>.wasm, the compiled advisor.
	Wasm File
	// WasmGzip is auhl-advisor.<hash>.wasm.gz, the same compressed with
	// gzip -9 for servers that serve precompressed files.
	WasmGzip File
	// WasmBrotli is auhl-advisor.<hash>.wasm.br, the same compressed with
	// brotli, for browsers that accept it (about a quarter smaller).
	WasmBrotli File
	// Compressed are auhl-advisor.js and wasm_exec.<hash>.js compressed
	// with gzip -9 (.gz) and brotli (.br), each beside its file.
	Compressed []File
	// Package are the files that make the folder an npm package:
	// package.json, custom-elements.json and README.md.
	Package []File
	// WasmExec is wasm_exec.<hash>.js, copied from the GOROOT of the go
	// command that compiled the wasm.
	WasmExec File
	// GoVersion is the version of that go command, such as "go1.26.8".
	GoVersion string
}

// Flags returns the go build flags of the module, a new slice on every
// call: no paths of the build machine, the build tag Tag, no symbol
// table or debug information, and no inlining. Without inlining the module is about
// 100 KB smaller once compressed (1.21 MB against 1.11 MB with gzip -9,
// measured with Go 1.26) although it is larger raw: inlined copies
// compress worse than calls. Start-up and the advice were no slower in
// Node and Chromium within the noise.
func Flags() []string {
	return []string{"-trimpath", "-tags=" + Tag, "-ldflags=-s -w", "-gcflags=all=-l"}
}

// Tag is the build tag of the module: with it the packages leave out their
// JSON decoders (encoding/json, reflect, fmt), which the module does not
// need, as it holds the embedded data as generated Go values and reads and
// writes JSON with the module's own small code.
const Tag = "auhlwidget"

// Files lists the files written, the script first.
func (r Result) Files() []File {
	return append(append([]File{r.Script, r.Wasm, r.WasmGzip, r.WasmBrotli, r.WasmExec}, r.Compressed...), r.Package...)
}

// Build compiles the widget for GOOS=js GOARCH=wasm (with the flags of
// Flags) and writes into opt.Dir the versioned wasm, its gzip
// version, the wasm_exec.js of the same go command and the element script
// naming both; then it removes every older version from opt.Dir. The
// context cancels the go command. On an error the files already in Dir
// are left as they were or replaced whole, never half written.
func Build(ctx context.Context, opt Options) (Result, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return Result{}, err
	}
	// A script that cannot be rewritten fails before the slow part.
	if _, err := Rewrite(opt.Script, VersionedName(WasmName, nil), VersionedName(WasmExecName, nil)); err != nil {
		return Result{}, err
	}
	goroot, version, err := goEnv(ctx, opt)
	if err != nil {
		return Result{}, err
	}
	execPath := filepath.Join(goroot, "lib", "wasm", WasmExecName)
	wasmExec, err := os.ReadFile(execPath)
	if err != nil {
		return Result{}, fmt.Errorf("build: reading the wasm_exec.js of %s: %w", version, err)
	}
	wasm, err := compile(ctx, opt)
	if err != nil {
		return Result{}, err
	}
	gz, br, err := compress(wasm, opt.BrotliQuality)
	if err != nil {
		return Result{}, err
	}

	res := Result{Dir: opt.Dir, GoVersion: version}
	res.Wasm = File{Name: VersionedName(WasmName, wasm), Size: int64(len(wasm))}
	res.WasmGzip = File{Name: res.Wasm.Name + ".gz", Size: int64(len(gz))}
	res.WasmBrotli = File{Name: res.Wasm.Name + ".br", Size: int64(len(br))}
	res.WasmExec = File{Name: VersionedName(WasmExecName, wasmExec), Size: int64(len(wasmExec))}
	script, err := Rewrite(opt.Script, res.Wasm.Name, res.WasmExec.Name)
	if err != nil {
		return Result{}, err
	}
	if bytes.Contains(script, []byte(FirstScreenMark)) {
		first, err := advisor.New().FirstScreen()
		if err != nil {
			return Result{}, fmt.Errorf("build: the first screen: %w", err)
		}
		if script, err = WriteFirstScreen(script, first); err != nil {
			return Result{}, err
		}
	}
	res.Script = File{Name: ScriptName, Size: int64(len(script))}
	files := []file{{res.Wasm.Name, wasm}, {res.WasmGzip.Name, gz}, {res.WasmBrotli.Name, br}, {res.WasmExec.Name, wasmExec}}
	// The script's compressed copies just before the script, the rest
	// before them.
	for _, f := range []file{{res.WasmExec.Name, wasmExec}, {res.Script.Name, script}} {
		gz, br, err := compress(f.data, opt.BrotliQuality)
		if err != nil {
			return Result{}, err
		}
		res.Compressed = append(res.Compressed, File{Name: f.name + ".gz", Size: int64(len(gz))}, File{Name: f.name + ".br", Size: int64(len(br))})
		files = append(files, file{f.name + ".gz", gz}, file{f.name + ".br", br})
	}
	pkg, err := npmPackage(res)
	if err != nil {
		return Result{}, err
	}
	for _, f := range pkg {
		res.Package = append(res.Package, File{Name: f.name, Size: int64(len(f.data))})
		files = append(files, file{f.name, f.data})
	}
	files = append(files, file{res.Script.Name, script})

	if err := os.MkdirAll(opt.Dir, 0o755); err != nil {
		return Result{}, fmt.Errorf("build: creating the output folder: %w", err)
	}
	// The script last: until it is renamed into place, pages keep loading
	// the previous, complete version.
	for _, f := range files {
		if err := writeAtomic(opt.Dir, f.name, f.data); err != nil {
			return Result{}, err
		}
	}
	if err := removeStale(opt.Dir, res); err != nil {
		return Result{}, err
	}
	return res, nil
}

// withDefaults fills in the empty options, or says why it cannot.
func (opt Options) withDefaults() (Options, error) {
	if opt.Dir == "" {
		return opt, errors.New("build: Options.Dir is empty")
	}
	if opt.Go == "" {
		opt.Go = defaultGo()
	}
	if opt.Package == "" {
		opt.Package = DefaultPackage
	}
	if opt.ModuleDir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return opt, fmt.Errorf("build: finding the module: %w", err)
		}
		if opt.ModuleDir, err = moduleRoot(wd); err != nil {
			return opt, err
		}
	}
	if opt.Script == nil {
		opt.Script = web.Script
	}
	return opt, nil
}

// defaultGo is the go command of the toolchain that built this program
// (the one `go run` used), when it is still there, else "go" from PATH.
func defaultGo() string {
	//lint:ignore SA1019 the toolchain that built this program is the one whose go command should build the widget; PATH is the fallback.
	if root := runtime.GOROOT(); root != "" {
		name := "go"
		if runtime.GOOS == "windows" {
			name = "go.exe"
		}
		p := filepath.Join(root, "bin", name)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p
		}
	}
	return "go"
}

// goEnv asks the go command for its GOROOT and version.
func goEnv(ctx context.Context, opt Options) (goroot, version string, err error) {
	out, err := runGo(ctx, opt, "env", "GOROOT", "GOVERSION")
	if err != nil {
		return "", "", err
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 2 || strings.TrimSpace(lines[0]) == "" || strings.TrimSpace(lines[1]) == "" {
		return "", "", fmt.Errorf("build: unexpected output of %s env GOROOT GOVERSION: %q", opt.Go, out)
	}
	return strings.TrimSpace(lines[0]), strings.TrimSpace(lines[1]), nil
}

// compile builds opt.Package for js/wasm into a temporary file and returns
// its bytes.
func compile(ctx context.Context, opt Options) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "auhl-build-")
	if err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, WasmName)
	args := append([]string{"build"}, Flags()...)
	if _, err := runGo(ctx, opt, append(args, "-o", out, opt.Package)...); err != nil {
		return nil, err
	}
	wasm, err := os.ReadFile(out)
	if err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	if !bytes.HasPrefix(wasm, []byte("\x00asm")) {
		return nil, ErrNotWasm
	}
	return wasm, nil
}

// CommandError is a go command that failed; Stderr holds what it said.
type CommandError struct {
	// Args are the go command and its arguments.
	Args []string
	// Stderr is the command's error output, at most 64 KiB of it.
	Stderr string
	// Err is the reason it failed, such as an *exec.ExitError.
	Err error
}

// Error gives the command, the reason and the command's own output.
func (e *CommandError) Error() string {
	msg := "build: " + strings.Join(e.Args, " ") + ": " + e.Err.Error()
	if s := strings.TrimSpace(e.Stderr); s != "" {
		msg += "\n" + s
	}
	return msg
}

// Unwrap returns the reason the command failed.
func (e *CommandError) Unwrap() error { return e.Err }

// runGo runs the go command with args in opt.ModuleDir for js/wasm and
// returns its standard output.
func runGo(ctx context.Context, opt Options, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, opt.Go, args...)
	cmd.Dir = opt.ModuleDir
	cmd.Env = append(append(os.Environ(), opt.Env...), "GOOS=js", "GOARCH=wasm")
	cmd.WaitDelay = 5 * time.Second
	var stdout bytes.Buffer
	stderr := &limitedBuffer{max: maxStderr}
	cmd.Stdout, cmd.Stderr = &stdout, stderr
	if err := cmd.Run(); err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			err = ctxErr
		}
		return nil, &CommandError{Args: append([]string{opt.Go}, args...), Stderr: stderr.String(), Err: err}
	}
	return stdout.Bytes(), nil
}

// limitedBuffer keeps the first max bytes written to it and drops the
// rest, without failing the writer.
type limitedBuffer struct {
	buf bytes.Buffer
	max int
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (b *limitedBuffer) String() string { return b.buf.String() }

// brotliQuality is the brotli quality of the compressed files when
// Options.BrotliQuality is 0: 10 gives the module within 0.2% of 11, the
// best, in half the time (about 10 s against 21 s for the widget, measured
// with Go 1.26).
const brotliQuality = 10

// compress returns data with gzip at its best compression, without a name
// or time in the header, and with brotli at quality (0: brotliQuality), so
// that the same data always gives the same bytes. The two run side by
// side.
func compress(data []byte, quality int) (gz, br []byte, err error) {
	if quality <= 0 || quality > 11 {
		quality = brotliQuality
	}
	var brErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		var buf bytes.Buffer
		bw := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: quality, LGWin: 22})
		if _, brErr = bw.Write(data); brErr == nil {
			brErr = bw.Close()
		}
		br = buf.Bytes()
	}()
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err == nil {
		if _, err = zw.Write(data); err == nil {
			err = zw.Close()
		}
	}
	<-done
	if err = errors.Join(err, brErr); err != nil {
		return nil, nil, fmt.Errorf("build: compressing: %w", err)
	}
	return buf.Bytes(), br, nil
}

// file is a file to write.
type file struct {
	name string
	data []byte
}

// PackageName is the name of the npm package the folder makes.
const PackageName = "@auhl/studiekeuze"

// npmPackage returns the files that make the folder of res an npm
// package: package.json (its version names the module's hash, its exports
// the element script and the manifest, its files every file of the
// folder) and the embedded custom-elements.json and README.md.
func npmPackage(res Result) ([]file, error) {
	var out []file
	names := []string{"package.json"}
	for _, name := range []string{"custom-elements.json", "README.md"} {
		data, err := web.Package.ReadFile("package/" + name)
		if err != nil {
			return nil, fmt.Errorf("build: %w", err)
		}
		out = append(out, file{name, data})
		names = append(names, name)
	}
	for _, f := range res.Files() {
		names = append(names, f.Name)
	}
	hash := strings.TrimSuffix(strings.TrimPrefix(res.Wasm.Name, "auhl-advisor."), ".wasm")
	pkg := map[string]any{
		"name":           PackageName,
		"version":        "0.1.0-g" + hash,
		"description":    "<auhl-studiekeuze>: the study-choice advisor of UHasselt and Hogeschool PXL as a custom element (WebAssembly).",
		"type":           "module",
		"main":           "./" + ScriptName,
		"exports":        map[string]string{".": "./" + ScriptName, "./" + ScriptName: "./" + ScriptName, "./custom-elements.json": "./custom-elements.json", "./package.json": "./package.json"},
		"customElements": "custom-elements.json",
		"sideEffects":    []string{"./" + ScriptName},
		"files":          names,
		"keywords":       []string{"web-components", "custom-element", "webassembly", "studiekeuze", "UHasselt", "PXL"},
		"license":        "SEE LICENSE IN README.md",
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(pkg); err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	return append([]file{{"package.json", buf.Bytes()}}, out...), nil
}
