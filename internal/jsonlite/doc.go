// Package jsonlite reads and writes JSON without encoding/json, reflect or
// fmt, for the WebAssembly widget, whose size those packages would nearly
// double. Its Decoder reads outside input the strict way auhl.DecodeJSON
// does, with the same problems (codes, JSON Pointers, the cap on their
// number, the bounds on nesting and memory), field by field in code the
// caller writes; its Writer writes values as encoding/json.Marshal does,
// byte for byte. Tests in the packages that use it hold both equal to
// encoding/json and auhl.DecodeJSON.
package jsonlite
