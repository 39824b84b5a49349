// Package build writes the folder that a web server serves to embed the
// study-choice widget: the element script auhl-advisor.js, the advisor
// compiled to WebAssembly under a versioned name (raw and gzip -9), and the
// wasm_exec.js of the very Go that compiled it, also versioned.
//
//	res, err := build.Build(ctx, build.Options{Dir: "dist/auhl"})
//
// The wasm and wasm_exec.js carry the first 12 hex digits of the SHA-256
// of their bytes in their names, so a server may cache them for ever;
// auhl-advisor.js keeps its name (pages link it) and names the versioned
// files it loads. Every file is written atomically, and older versions are
// removed once the new ones are in place, so the folder always holds one
// complete version.
//
// Command wasm/cmd/build runs Build from the command line:
//
//	go run ./wasm/cmd/build -o dist/auhl
package build
