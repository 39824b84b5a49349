package main

// The floor of the start-up benchmark: the smallest Go wasm page that
// shows one button, built with the widget's build and served the way the
// widget is.

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/auhl/auhl-go/wasm/build"
	"github.com/stretchr/testify/require"
)

// floorMain is the floor's Go: one button, then an event that says so.
const floorMain = `//go:build js && wasm

package main

import "syscall/js"

func main() {
	doc := js.Global().Get("document")
	b := doc.Call("createElement", "button")
	b.Set("textContent", "Start")
	doc.Get("body").Call("append", b)
	js.Global().Call("dispatchEvent", js.Global().Get("CustomEvent").New("floor-ready"))
	select {}
}
`

// floorScript loads the floor as auhl-advisor.js loads the widget: the
// module fetched while wasm_exec.js loads, compiled as it streams in.
const floorScript = `const wasm = fetch(new URL("./auhl-advisor.wasm", import.meta.url));
await import(new URL("./wasm_exec.js", import.meta.url).href);
const go = new Go();
const { instance } = await WebAssembly.instantiateStreaming(wasm, go.importObject);
go.run(instance);
`

// serveFloor builds the floor and serves it at /test/x/floor.html, its
// files under /test/x/floor/ through the demo's handler (same headers,
// same compression as the widget).
func (s *suite) serveFloor(t testing.TB) {
	t.Helper()
	src := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(src, "go.mod"), []byte("module floor\n\ngo 1.26\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(src, "main.go"), []byte(floorMain), 0o644))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dist := t.TempDir()
	res, err := build.Build(ctx, build.Options{Dir: dist, ModuleDir: src, Package: ".", Script: []byte(floorScript), BrotliQuality: suiteBrotli()})
	require.NoError(t, err)
	files := newHandler(dist)
	for _, f := range res.Files() {
		name := f.Name
		s.handle(t, "/test/x/floor/"+name, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			r2 := r.Clone(r.Context())
			r2.URL.Path = widgetPrefix + name
			files.ServeHTTP(w, r2)
		}))
	}
	page := `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Floor</title>` +
		`<link rel="icon" href="data:,"><script type="module" src="/test/x/floor/auhl-advisor.js"></script></head>` +
		`<body><main><h1>Floor</h1></main></body></html>`
	s.handle(t, "/test/x/floor.html", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
}
