//go:build !auhlwidget

package wasm_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/wasm"
)

// TestFirstScreen: the first screen the build writes into the element is
// the UI the module gives for catalogue 0, in every language, with the
// table of the element's language matcher.
func TestFirstScreen(t *testing.T) {
	api := wasm.New()
	out, err := api.FirstScreen()
	require.NoError(t, err)
	var fs struct {
		UI    map[string]json.RawMessage `json:"ui"`
		Close map[string]string          `json:"close"`
	}
	require.NoError(t, json.Unmarshal(out, &fs))
	for _, l := range auhl.Langs() {
		ui, err := api.UI([]string{string(l)}, 0)
		require.NoError(t, err)
		assert.JSONEq(t, string(ui), string(fs.UI[string(l)]), l)
	}
	assert.Len(t, fs.UI, len(auhl.Langs()))
	assert.Equal(t, "nl", fs.Close["fy"])
	assert.Equal(t, "en", fs.Close["cy"])
}
