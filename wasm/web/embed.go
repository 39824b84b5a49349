// Package web holds the widget's browser files: the <auhl-studiekeuze>
// custom element as a few ES modules by concern (Modules), which Join
// makes into the one script pages link, auhl-advisor.js.
package web

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// sources holds the element's modules.
//
//go:embed *.js
var sources embed.FS

// Modules are the element's modules in the order Join puts them, each
// after the ones it imports: the styles, the languages and the texts
// before the runtime, the loading of the Go runtime, a configured
// catalogue, the view, and the element itself, last.
var Modules = []string{"styles.js", "lang.js", "runtime.js", "catalog.js", "view.js", "element.js"}

// Script is the source of the <auhl-studiekeuze> custom element
// (auhl-advisor.js): Modules joined, before the builder substitutes the
// hashed names of the wasm module and of wasm_exec.js and writes the
// first screen into it.
var Script = mustJoin()

// Package holds the npm package's own files, which the build writes
// beside the others: package/custom-elements.json, the manifest of the
// element's attributes, events, parts and CSS properties, and
// package/README.md, for web teams.
//
//go:embed package
var Package embed.FS

// ErrJoin means that a module breaks the rules Join relies on.
var ErrJoin = errors.New("web: cannot join the modules")

var (
	// importLine is the only import a module may make: named bindings
	// of an earlier module, on one line.
	importLine = regexp.MustCompile(`^import \{[A-Za-z0-9_$, ]+\} from "\./([a-z-]+\.js)";$`)
	// exportDecl is the only export a module may make: a declaration.
	exportDecl = regexp.MustCompile(`^export ((?:const|let|function|async function|class) )`)
)

// Join makes one ES module of the modules read from files, in order: it
// drops the imports between them and the export keyword of every module
// but the last, whose exports stay the script's, and puts the last
// module's leading comment (the element's documentation) on top. A module
// may import only named bindings of an earlier one, on one line, and
// export only declarations; anything else is an error that matches
// ErrJoin.
func Join(files func(name string) ([]byte, error), order []string) ([]byte, error) {
	if len(order) == 0 {
		return nil, fmt.Errorf("%w: no modules", ErrJoin)
	}
	var head, body bytes.Buffer
	for i, name := range order {
		src, err := files(name)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrJoin, err)
		}
		text := strings.ReplaceAll(string(src), "\r\n", "\n")
		last := i == len(order)-1
		if last && strings.HasPrefix(text, "/**") {
			end := strings.Index(text, "*/")
			if end < 0 {
				return nil, fmt.Errorf("%w: %s: an unclosed comment", ErrJoin, name)
			}
			head.WriteString(text[:end+2] + "\n\n")
			text = strings.TrimLeft(text[end+2:], "\n")
		}
		fmt.Fprintf(&body, "// ---- %s\n\n", name)
		for n, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
			switch {
			case strings.HasPrefix(line, "import "):
				m := importLine.FindStringSubmatch(line)
				if m == nil || !slices.Contains(order[:i], m[1]) {
					return nil, fmt.Errorf("%w: %s:%d: imports only named bindings of an earlier module on one line: %s", ErrJoin, name, n+1, line)
				}
				continue
			case strings.HasPrefix(line, "export "):
				if !exportDecl.MatchString(line) {
					return nil, fmt.Errorf("%w: %s:%d: exports only declarations: %s", ErrJoin, name, n+1, line)
				}
				if !last {
					line = exportDecl.ReplaceAllString(line, "$1")
				}
			}
			body.WriteString(line + "\n")
		}
		body.WriteString("\n")
	}
	out := head.String() + "// auhl-advisor.js: wasm/web's modules joined by wasm/build (" + strings.Join(order, ", ") + ").\n\n" + body.String()
	return []byte(strings.TrimRight(out, "\n") + "\n"), nil
}

// mustJoin joins the embedded modules; they are the project's own files,
// checked by the tests.
func mustJoin() []byte {
	out, err := Join(func(name string) ([]byte, error) { return sources.ReadFile(name) }, Modules)
	if err != nil {
		panic(err)
	}
	return out
}
