package build_test

import (
	"context"
	"fmt"
	"log"

	"github.com/auhl/auhl-go/wasm/build"
)

func ExampleBuild() {
	res, err := build.Build(context.Background(), build.Options{Dir: "dist/auhl"})
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range res.Files() {
		fmt.Println(f.Name, f.Size)
	}
}

func ExampleRewrite() {
	script := []byte(`const wasmURL = new URL("./auhl-advisor.wasm", import.meta.url);
const execURL = new URL("./wasm_exec.js", import.meta.url);`)
	wasm := build.VersionedName(build.WasmName, []byte("the compiled advisor"))
	exec := build.VersionedName(build.WasmExecName, []byte("Go's support script"))
	out, err := build.Rewrite(script, wasm, exec)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
	// Output:
	// const wasmURL = new URL("./auhl-advisor.e4dea816092d.wasm", import.meta.url);
	// const execURL = new URL("./wasm_exec.64c0d8d0f1f9.js", import.meta.url);
}
