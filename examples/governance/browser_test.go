package main

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/internal/browsertest"
)

// TestHTMLReportInABrowser opens the page the command writes, in both
// languages, the way a board member opens a mailed file: in headless
// Chromium, from disk. axe-core finds no serious or critical violation,
// the page asks for nothing but itself, runs no script, and shows its charts
// as inline SVG with their tables; its print style sheet hides nothing.
func TestHTMLReportInABrowser(t *testing.T) {
	b := browsertest.New(t)
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			page := filepath.Join(t.TempDir(), "report-"+lang+".html")
			status, _, errOut := runArgs(t, "-lang", lang, "-html", page)
			require.Equal(t, 0, status, errOut)
			raw, err := os.ReadFile(page)
			require.NoError(t, err)
			assert.NotContains(t, strings.ToLower(string(raw)), "<script")
			assert.NotContains(t, string(raw), "http://www.w3.org/1999/xlink")
			u := (&url.URL{Scheme: "file", Path: page}).String()
			b.Open(u)

			assert.Empty(t, b.Axe(), "axe-core on the %s page", lang)
			assert.Equal(t, lang, browsertest.Eval[string](b, `document.documentElement.lang`))
			assert.Equal(t, 3, browsertest.Eval[int](b, `document.querySelectorAll('figure > svg[role=img]').length`), "three charts")
			assert.Equal(t, 0, browsertest.Eval[int](b, `document.scripts.length`))
			require.NotEmpty(t, b.Requests(), "the page itself was requested")
			for _, r := range b.Requests() {
				assert.True(t, strings.HasPrefix(r, "file://") && strings.HasSuffix(r, ".html") || strings.HasPrefix(r, "data:"), "a request beyond the page itself: %s", r)
			}
			// No section, chart or table is hidden; the print style sheet
			// hides nothing either (it only sets display: none nowhere).
			hidden := browsertest.Eval[int](b, `[...document.querySelectorAll('section, figure, table')].filter((e) => getComputedStyle(e).display === 'none').length`)
			assert.Zero(t, hidden)
			assert.NotContains(t, string(raw), "display: none")
		})
	}
}
