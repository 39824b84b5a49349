// Command tiny is the smallest js/wasm program, for the tests of package
// build: it does nothing.
package main

func main() {}
