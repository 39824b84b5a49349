//go:build auhlwidget

package catalog

// decode decodes a catalogue file into c, a zero value, and validates it:
// in the widget without encoding/json or reflect.
func decode(data []byte, c *Catalog) error { return decodeLite(data, c) }
