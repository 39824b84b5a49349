//go:build !auhlwidget

package catalog

import (
	_ "embed" // for the catalogue file
	"slices"

	"github.com/auhl/auhl-go/auhl"
)

// defaultData is the embedded catalogue file, which Default holds as Go
// values.
//
//go:embed data/catalog-2025-2026.json
var defaultData []byte

// DefaultJSON returns a copy of the embedded catalogue file, as Load reads
// it. The WebAssembly widget, built with the tag auhlwidget, does not have
// it: it holds the catalogue as Go values only.
func DefaultJSON() []byte { return slices.Clone(defaultData) }

// decode decodes a catalogue file into c, a zero value, and validates it
// (auhl.DecodeAndCheck).
func decode(data []byte, c *Catalog) error { return auhl.DecodeAndCheck(data, c, c.check) }
