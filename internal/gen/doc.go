// Package gen writes Go source that declares a value decoded from one of
// the module's embedded JSON files, so that a program (the WebAssembly
// widget above all) links the data as Go values instead of a JSON decoder.
//
// Each package that embeds such a file has a test, TestGenerated, that
// decodes the file the strict way, renders it with Source and compares the
// result with the committed generated file; run with -update it rewrites
// the file instead (go generate runs it so). The same test holds the
// generated value equal to the decoded one.
package gen
