//go:build !auhlwidget

// Package embedded decodes the JSON files that the module's packages embed
// (a catalogue, a questionnaire, rules files, messages) the quick way, for
// start-up, where a second pass that lists every misfit with its path would
// cost most of the time (in the WebAssembly widget, half of its start).
//
// It rejects unknown fields, malformed JSON and trailing data, but stops at
// the first problem: each package's tests read the same bytes with
// auhl.DecodeJSON, which lists every problem, so a mistake in an embedded
// file fails the tests, never a run. Anything read from outside the module
// goes through auhl.DecodeJSON or auhl.DecodeAndCheck instead.
package embedded

import (
	"bytes"
	"encoding/json"
	"errors"
)

// ErrTrailing is the error of a file with more after its JSON value.
var ErrTrailing = errors.New("embedded: data after the JSON value")

// Decode decodes data, a JSON file embedded in a package of the module,
// into v, a pointer to a zero value, and then runs check (nil for none),
// the package's own validation, whose error it returns.
func Decode(data []byte, v any, check func() error) error {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return ErrTrailing
	}
	if check == nil {
		return nil
	}
	return check()
}
