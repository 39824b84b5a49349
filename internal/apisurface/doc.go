// Package apisurface holds the test that keeps the module's public surface
// honest: every exported type of a public package is reachable from its
// package's public functions, methods, variables or constants. A shape
// that only an unexported decoder reads (a rules file's inner record, for
// example) is unexported, so that `go doc` lists what a caller can use.
package apisurface
