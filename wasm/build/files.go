package build

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// HashLen is the number of hex digits of the SHA-256 in a versioned name.
const HashLen = 12

// ErrScript means that the element script does not name a file exactly
// once as the literal Rewrite replaces, or that a replacement name is not
// a plain file name.
var ErrScript = errors.New("build: cannot point the element script at the versioned files")

// VersionedName puts the first HashLen hex digits of the SHA-256 of data
// into name, before its extension: VersionedName("wasm_exec.js", data) is
// "wasm_exec.0123456789ab.js".
func VersionedName(name string, data []byte) string {
	sum := sha256.Sum256(data)
	h := hex.EncodeToString(sum[:])[:HashLen]
	ext := filepath.Ext(name)
	return strings.TrimSuffix(name, ext) + "." + h + ext
}

// Rewrite returns a copy of the element script in which the string
// literals "./auhl-advisor.wasm" and "./wasm_exec.js" become "./" + wasm
// and "./" + wasmExec. Each literal must occur exactly once, and both names
// must be plain file names (letters, digits, '.', '_', '-'); otherwise the
// error matches ErrScript.
func Rewrite(script []byte, wasm, wasmExec string) ([]byte, error) {
	out := script
	for _, r := range []struct{ from, to string }{
		{WasmName, wasm},
		{WasmExecName, wasmExec},
	} {
		if !plainName.MatchString(r.to) {
			return nil, fmt.Errorf("%w: %q is not a plain file name", ErrScript, r.to)
		}
		lit := []byte(strconv.Quote("./" + r.from))
		if n := bytes.Count(out, lit); n != 1 {
			return nil, fmt.Errorf("%w: the literal %s occurs %d times, not once", ErrScript, lit, n)
		}
		out = bytes.Replace(out, lit, []byte(strconv.Quote("./"+r.to)), 1)
	}
	return out, nil
}

// FirstScreenMark is the expression of the element script that Build
// replaces with the first screen (see wasm.API.FirstScreen): the questions
// of the embedded catalogue in every language, which the element draws
// before the Go runtime has loaded.
const FirstScreenMark = "/*auhl:first-screen*/null"

// WriteFirstScreen returns a copy of script in which FirstScreenMark
// becomes the JSON first; a script without the mark comes back as it is.
// A mark found more than once, or first that is not JSON, is an error that
// matches ErrScript.
func WriteFirstScreen(script, first []byte) ([]byte, error) {
	switch n := bytes.Count(script, []byte(FirstScreenMark)); {
	case n == 0:
		return script, nil
	case n > 1:
		return nil, fmt.Errorf("%w: %s occurs %d times, not once", ErrScript, FirstScreenMark, n)
	}
	if !json.Valid(first) {
		return nil, fmt.Errorf("%w: the first screen is not JSON", ErrScript)
	}
	return bytes.Replace(script, []byte(FirstScreenMark), first, 1), nil
}

// plainName is a file name that needs no escaping in a JavaScript string
// or a URL path.
var plainName = regexp.MustCompile(`^[A-Za-z0-9_-][A-Za-z0-9._-]*$`)

// writeAtomic writes data to dir/name through a temporary file in dir and
// a rename, so that a reader sees the old file or the new one, whole.
func writeAtomic(dir, name string, data []byte) (err error) {
	f, err := os.CreateTemp(dir, "."+name+".tmp-*")
	if err != nil {
		return fmt.Errorf("build: writing %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
			err = fmt.Errorf("build: writing %s: %w", name, err)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), filepath.Join(dir, name))
}

// stalePatterns are the versioned files of any build.
var stalePatterns = []string{"auhl-advisor.*.wasm", "auhl-advisor.*.wasm.gz", "auhl-advisor.*.wasm.br",
	"wasm_exec.*.js", "wasm_exec.*.js.gz", "wasm_exec.*.js.br"}

// isVersioned reports whether name is a versioned file of some build.
func isVersioned(name string) bool {
	for _, p := range stalePatterns {
		if ok, _ := filepath.Match(p, name); ok {
			return true
		}
	}
	return false
}

// removeStale removes from dir the versioned files of other builds than
// res.
func removeStale(dir string, res Result) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("build: cleaning the output folder: %w", err)
	}
	keep := map[string]bool{}
	for _, f := range res.Files() {
		keep[f.Name] = true
	}
	var errs []error
	for _, e := range entries {
		if keep[e.Name()] || !e.Type().IsRegular() || !isVersioned(e.Name()) {
			continue
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("build: cleaning the output folder: %w", err)
	}
	return nil
}

// moduleRoot walks up from dir to the folder whose go.mod declares module
// github.com/auhl/auhl-go.
func moduleRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("build: finding the module: %w", err)
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && modulePathOf(data) == modulePath {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrNoModule
		}
		dir = parent
	}
}

// modulePathOf returns the module path a go.mod declares on its first
// line, comments and blank lines aside, or "" when it does not start with
// a module line.
func modulePathOf(gomod []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(gomod))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "//")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != 2 || fields[0] != "module" {
			return ""
		}
		if p, err := strconv.Unquote(fields[1]); err == nil {
			return p
		}
		return fields[1]
	}
	return ""
}
