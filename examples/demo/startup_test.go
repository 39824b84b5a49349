package main

// The first screen before the Go runtime: a student who is quicker than
// the module loses nothing, waits politely, and a module that cannot be
// loaded leaves a clear message.

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// heldWasm serves the widget's module at path only once release is
// called: a runtime that takes as long as the test wants.
func (s *suite) heldWasm(t *testing.T, path string) (release func()) {
	t.Helper()
	wasm, err := os.ReadFile(filepath.Join(s.widget.Dir, s.widget.Wasm.Name))
	require.NoError(t, err)
	held := make(chan struct{})
	var once sync.Once
	release = func() { once.Do(func() { close(held) }) }
	t.Cleanup(release)
	s.handle(t, path, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-held:
		case <-r.Context().Done():
			return
		}
		w.Header().Set("Content-Type", "application/wasm")
		w.Write(wasm)
	}))
	return release
}

// runtimeFailed is the element's message for a module that cannot be
// loaded (LOCAL_TEXT in wasm/web/lang.js), by language.
var runtimeFailed = map[auhl.Lang]string{
	auhl.Dutch:   "De studiekeuzehulp kon niet geladen worden. Probeer het later opnieuw.",
	auhl.English: "The study choice advisor could not be loaded. Please try again later.",
}

// TestAnsweringBeforeTheRuntime: the first step shows while the module is
// still on its way; a student answers every step with the keyboard,
// switches language on the way and asks for the advice; the element says,
// in a status region, that the advice is coming, and once the module is
// there the advice is the one of every answer given.
func TestAnsweringBeforeTheRuntime(t *testing.T) {
	s := needBrowser(t)
	release := s.heldWasm(t, "/test/x/held.wasm")
	s.widgetPage(t, "/test/x/held.html", csp, map[string]string{"src": "/test/x/held.wasm", "theme": "pxl"})
	tb := newTab(t, s, 1280, 900)
	tb.openInteractive("/test/x/held.html", 1)
	tb.markRegion(0)
	assert.Equal(t, text(auhl.Dutch, "stepBackground"), tb.step(0).Current)
	tb.checkLabels(0)
	tb.checkAccessible("the first screen")

	tb.answerStep(0, practicalPlan.background, text(auhl.Dutch, "next"))
	tb.waitFor(fmt.Sprintf(`document.querySelector('auhl-studiekeuze').shadowRoot.querySelector('[aria-current=step]')?.textContent === %q`, text(auhl.Dutch, "stepInterests")))
	// The language changes before the runtime is there.
	_ = eval[bool](tb, `(document.querySelector('auhl-studiekeuze').setAttribute('lang', 'en'), true)`)
	tb.waitFor(fmt.Sprintf(`document.querySelector('auhl-studiekeuze').shadowRoot.querySelector('[aria-current=step]')?.textContent === %q`, text(auhl.English, "stepInterests")))
	tb.answerStep(0, practicalPlan.interests, text(auhl.English, "next"))
	tb.answerStep(0, practicalPlan.preferences, text(auhl.English, "showAdvice"))

	busy := eval[map[string]any](tb, `(() => {
		const r = document.querySelector('auhl-studiekeuze').shadowRoot;
		const b = r.querySelector('[part~=busy]');
		return {text: b.textContent, role: b.getAttribute('role'), visible: b.offsetParent !== null,
			resultBusy: r.querySelector('[part~=result]').getAttribute('aria-busy'),
			ready: window.__auhlTest.ready.length, instances: window.__auhlTest.instantiations};
	})()`)
	assert.Equal(t, map[string]any{"text": text(auhl.English, "loadingAdvice"), "role": "status", "visible": true,
		"resultBusy": "true", "ready": 0.0, "instances": 0.0}, busy, "a polite busy note while the runtime loads")

	release()
	tb.waitFor(`window.__auhlTest.advice.length === 1`)
	got := tb.result(0)
	want := expected(t, practicalPlan, auhl.English)
	assert.True(t, got.SameRegion)
	assert.Contains(t, got.Text, want.Level.Lines[0].Text)
	var names []string
	for _, p := range want.Programmes.Items {
		names = append(names, p.Name)
	}
	assert.Equal(t, names, got.Programmes, "the advice of every answer given before the runtime")
	assert.Empty(t, shadowText(tb, "[part~=busy]"), "the busy note goes")
	tb.checkRequests("/test/x/held.html", "/test/x/held.wasm")
	tb.checkNothingStored()
	tb.checkClean()
}

// TestRuntimeThatFailsToLoad: a module that cannot be fetched leaves the
// questions and an alert in the element's language; asking for the advice
// tries once more and says the same, never a blank element.
func TestRuntimeThatFailsToLoad(t *testing.T) {
	s := needBrowser(t)
	for _, l := range []auhl.Lang{auhl.Dutch, auhl.English} {
		t.Run(string(l), func(t *testing.T) {
			page := "/test/x/broken-" + string(l) + ".html"
			s.widgetPage(t, page, csp, map[string]string{"src": "/test/x/no-such.wasm", "lang": string(l)})
			tb := newTab(t, s, 1280, 900)
			tb.openInteractive(page, 1)
			tb.waitFor(`document.querySelector('auhl-studiekeuze').shadowRoot.querySelector('[role=alert].notice') !== null`)
			alert := eval[map[string]string](tb, `(() => {
				const a = document.querySelector('auhl-studiekeuze').shadowRoot.querySelector('[role=alert].notice');
				return {text: a.textContent, lang: a.closest('[lang]')?.lang ?? ''};
			})()`)
			assert.Equal(t, map[string]string{"text": runtimeFailed[l], "lang": string(l)}, alert)
			assert.Equal(t, text(l, "stepBackground"), tb.step(0).Current, "the questions stay")
			tb.checkAccessible("a runtime that failed")

			tb.answerStep(0, stemPlan.background, text(l, "next"))
			tb.answerStep(0, nil, text(l, "next"))
			tb.answerStep(0, nil, text(l, "showAdvice"))
			tb.waitFor(`document.querySelector('auhl-studiekeuze').shadowRoot.querySelector('[part~=error-summary]').textContent.length > 0`)
			assert.Contains(t, shadowText(tb, "[part~=error-summary]"), runtimeFailed[l])
			assert.Empty(t, shadowText(tb, "[part~=busy]"))
			onlyReports(t, tb, "could not be loaded", "no-such.wasm", "404", "advice failed")
		})
	}
}
