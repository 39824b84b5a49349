//go:build !auhlwidget

package wasm

import (
	"encoding/json"

	"github.com/auhl/auhl-go/auhl"
)

// FirstScreenData is what the element draws before the Go runtime has
// started: the UI of the embedded catalogue in every language, and the
// table by which the element matches a language the way the module does.
type FirstScreenData struct {
	// UI is the UI of catalogue 0, by language.
	UI map[auhl.Lang]json.RawMessage `json:"ui"`
	// Close maps the primary subtags of the languages whose speakers are
	// sent to Dutch or English to that language.
	Close map[string]auhl.Lang `json:"close"`
}

// FirstScreen returns the first screen as JSON, for the build to write
// into the element script: the first question then shows before the
// runtime has loaded, and the element matches the page's language to the
// same result as the module (a test in wasm/web holds the two equal).
func (a *API) FirstScreen() ([]byte, error) {
	fs := FirstScreenData{UI: map[auhl.Lang]json.RawMessage{}, Close: closeLanguages}
	for _, l := range auhl.Langs() {
		ui, err := a.UI([]string{string(l)}, 0)
		if err != nil {
			return nil, err
		}
		fs.UI[l] = ui
	}
	return json.Marshal(fs)
}
