//go:build !auhlwidget

package wasm

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/studychoice/interview"
)

// strictAnswers reads answers as the module read them before it had its
// own decoder: with auhl.DecodeJSON.
func strictAnswers(s string) (interview.Answers, error) {
	var ans map[string]int
	if err := auhl.DecodeJSON([]byte(s), &ans); err != nil {
		return nil, err
	}
	return interview.Answers(ans), nil
}

// TestDecodeAnswers holds decodeAnswers, which links no encoding/json,
// equal to auhl.DecodeJSON: the same answers, or the same problems.
func TestDecodeAnswers(t *testing.T) {
	for _, s := range []string{
		`{"diploma": 2, "item/R1": 4}`, `{}`, `null`, `[]`, `"x"`, `{"diploma":`, `{"diploma": "1"}`,
		`{"a": 1, "a": 2}`, `{"a": 1.5}`, `{"a": 1e3}`, `{"a": 99999999999999999999}`, `{"a": null}`,
		`{"a": {"b": 1}}`, `{"a~b/c": true}`, "\xef\xbb\xbf{\"a\": 1}", `{"a": 1} x`,
		"{\"\xe8\": 1, \"\xe9\": 2}",
		`{` + strings.Repeat(`"k": [],`, 150) + `"z": 1}`,
	} {
		t.Run(s[:min(len(s), 30)], func(t *testing.T) {
			want, wantErr := strictAnswers(s)
			got, err := decodeAnswers(s)
			assert.Equal(t, wantErr, err)
			assert.Equal(t, want, got)
		})
	}
}

func FuzzDecodeAnswers(f *testing.F) {
	f.Add(`{"diploma": 2, "item/R1": 4}`)
	f.Add(`{"a": 1, "a": [1, {"b": 2}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		want, wantErr := strictAnswers(s)
		got, err := decodeAnswers(s)
		assert.Equal(t, wantErr, err)
		assert.Equal(t, want, got)
	})
}
