package main

// Hostile input in a real browser: a catalogue made to be slow to reject,
// a catalogue on another origin, an endless catalogue body, and a restore
// link made of garbage.

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/wasm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// widgetPage serves at path a page with one element whose attributes are
// attrs, under the Content-Security-Policy policy ("" for none).
func (s *suite) widgetPage(t testing.TB, path, policy string, attrs map[string]string) {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Test</title>` +
		`<link rel="icon" href="data:,"><script type="module" src="/auhl/auhl-advisor.js"></script></head>` +
		`<body><main><h1>Test</h1><auhl-studiekeuze`)
	for k, v := range attrs {
		fmt.Fprintf(&b, ` %s="%s"`, k, html.EscapeString(v))
	}
	b.WriteString(`></auhl-studiekeuze></main></body></html>`)
	page := b.String()
	s.handle(t, path, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if policy != "" {
			w.Header().Set("Content-Security-Policy", policy)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	}))
}

// serveJSON serves body as JSON at path on the suite's server.
func (s *suite) serveJSON(t testing.TB, path string, body []byte) {
	s.handle(t, path, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	}))
}

// shadowText is the text of the first node that selector matches in the
// shadow root of the page's element.
func shadowText(tb *tab, selector string) string {
	tb.t.Helper()
	return eval[string](tb, fmt.Sprintf(`document.querySelector('auhl-studiekeuze').shadowRoot.querySelector(%q)?.textContent ?? ''`, selector))
}

// onlyReports fails on a console report that contains none of allowed.
// The element reports a catalogue it does not use as "catalogue not
// used".
func onlyReports(t *testing.T, tb *tab, allowed ...string) {
	t.Helper()
	for _, p := range tb.problemsSoFar() {
		assert.True(t, slices.ContainsFunc(allowed, func(a string) bool { return strings.Contains(p, a) }), p)
	}
}

// slowToReject is a catalogue shaped to make a validator work hard: n
// empty programmes (each missing every field) and n unknown fields.
func slowToReject(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"version":"2025.1","academicYear":"2025-2026","programmes":[`)
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("{}")
	}
	b.WriteString("]")
	for i := range n {
		fmt.Fprintf(&b, `,"u%d":1`, i)
	}
	b.WriteString("}")
	return []byte(b.String())
}

// heartbeat runs in the page from its first script on: a timer that
// records the longest gap between two of its beats. A main thread that
// freezes stops the beats.
const heartbeat = `(() => {
  const h = window.__auhlBeat = {last: performance.now(), maxGap: 0, beats: 0};
  setInterval(() => {
    const now = performance.now();
    h.maxGap = Math.max(h.maxGap, now - h.last);
    h.last = now;
    h.beats++;
  }, 20);
})();`

// freeze is how long the main thread may stop before the page counts as
// frozen: far above any pause of a page at work (the widget's start-up
// included), far below what a freeze costs.
const freeze = 2000 // ms

// TestSlowToRejectCatalogueKeepsThePageResponsive: a catalogue shaped to
// make validation slow (about 100 KB), given through the catalog attribute,
// is refused while the page's heartbeat keeps beating, and the embedded
// catalogue stays in use.
func TestSlowToRejectCatalogueKeepsThePageResponsive(t *testing.T) {
	s := needBrowser(t)
	body := slowToReject(8000)
	s.serveJSON(t, "/test/x/slow.json", body)
	s.widgetPage(t, "/test/x/slow.html", csp, map[string]string{"catalog": "/test/x/slow.json"})
	tb := newTab(t, s, 1280, 900)
	tb.onNewDocument(heartbeat)
	tb.open("/test/x/slow.html", 1)
	// One beat after the element is ready: a freeze before it shows.
	tb.waitFor(`window.__auhlBeat.last > window.__auhlTest.ready[0].at`)

	assert.Equal(t, catalog.Default().Version, eval[string](tb, `window.__auhlTest.ready[0].detail.catalog`))
	assert.Equal(t, text(auhl.Dutch, "catalogFailed"), shadowText(tb, ".notes"))
	gap := eval[float64](tb, `window.__auhlBeat.maxGap`)
	refused := eval[float64](tb, `window.__auhlTest.ready[0].at -
		performance.getEntriesByType('resource').find((e) => e.name.endsWith('/test/x/slow.json')).responseEnd`)
	t.Logf("a %d-byte catalogue refused %.0f ms after it arrived; longest pause of the main thread %.0f ms", len(body), refused, gap)
	assert.Less(t, gap, float64(freeze), "the main thread froze")
	tb.checkRequests("/test/x/slow.html", "/test/x/slow.json")
	onlyReports(t, tb, "catalogue not used")
}

// elsewhere is a server on another origin than the page's that serves a
// catalogue to the page's origin (CORS) and counts its requests.
type elsewhere struct {
	*httptest.Server
	requests atomic.Int32
	mu       sync.Mutex
	headers  []http.Header
}

func newElsewhere(t *testing.T, pageOrigin string, body []byte) *elsewhere {
	e := &elsewhere{}
	e.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		e.requests.Add(1)
		e.mu.Lock()
		e.headers = append(e.headers, r.Header.Clone())
		e.mu.Unlock()
		w.Header().Set("Access-Control-Allow-Origin", pageOrigin)
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	}))
	t.Cleanup(e.Close)
	return e
}

// TestCatalogueFromAnotherOrigin: a catalog URL on another origin is not
// fetched at all, even on a page without a CSP, unless catalog-origins
// lists that origin; then it is fetched without credentials and used.
func TestCatalogueFromAnotherOrigin(t *testing.T) {
	s := needBrowser(t)
	cat := catalog.Default().Clone()
	cat.Version = "2099.1-elsewhere"
	body, err := json.Marshal(cat)
	require.NoError(t, err)

	t.Run("not allowed", func(t *testing.T) {
		other := newElsewhere(t, s.server.URL, body)
		for i, attrs := range []map[string]string{
			{"catalog": other.URL + "/catalog.json"},
			{"catalog": other.URL + "/catalog.json", "catalog-origins": s.server.URL + " https://data.example.be"},
			{"catalog": other.URL + "/catalog.json", "catalog-origins": other.URL + "/catalog.json"},
		} {
			page := fmt.Sprintf("/test/x/other-%d.html", i)
			s.widgetPage(t, page, "", attrs)
			tb := newTab(t, s, 1280, 900)
			tb.open(page, 1)
			assert.Equal(t, catalog.Default().Version, eval[string](tb, `window.__auhlTest.ready[0].detail.catalog`), attrs)
			assert.Equal(t, text(auhl.Dutch, "catalogFailed"), shadowText(tb, ".notes"))
			tb.checkRequests(page)
			onlyReports(t, tb, "catalogue not used", "catalog-origins: ignored")
		}
		assert.Zero(t, other.requests.Load(), "the other origin was asked")
	})

	t.Run("allowed", func(t *testing.T) {
		other := newElsewhere(t, s.server.URL, body)
		policy := strings.Replace(csp, "connect-src 'self'", "connect-src 'self' "+other.URL, 1)
		s.widgetPage(t, "/test/x/other-allowed.html", policy, map[string]string{
			"catalog": other.URL + "/catalog.json", "catalog-origins": "https://data.example.be " + other.URL,
		})
		tb := newTab(t, s, 1280, 900)
		tb.open("/test/x/other-allowed.html", 1)
		assert.Equal(t, "2099.1-elsewhere", eval[string](tb, `window.__auhlTest.ready[0].detail.catalog`))
		assert.Empty(t, shadowText(tb, ".notes"))
		assert.Equal(t, int32(1), other.requests.Load())
		other.mu.Lock()
		h := other.headers[0]
		other.mu.Unlock()
		assert.Equal(t, s.server.URL, h.Get("Origin"), "a CORS request")
		assert.Empty(t, h.Get("Cookie"))
		assert.Empty(t, h.Get("Authorization"))
		tb.checkClean()
	})
}

// endless serves a body that never ends (or, declared, one that says it
// is 1 GiB long) and records how much of it was written before the
// browser hung up.
type endless struct {
	declared bool
	written  atomic.Int64
	done     chan struct{}
}

func (e *endless) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer close(e.done)
	w.Header().Set("Content-Type", "application/json")
	if e.declared {
		w.Header().Set("Content-Length", fmt.Sprint(1<<30))
	}
	chunk := []byte(`{"version":"` + strings.Repeat("x", 32<<10))
	flusher := w.(http.Flusher)
	for r.Context().Err() == nil {
		n, err := w.Write(chunk)
		e.written.Add(int64(n))
		if err != nil {
			return
		}
		flusher.Flush()
		chunk = chunk[:cap(chunk)]
		for i := range chunk {
			chunk[i] = ' '
		}
	}
}

// TestEndlessCatalogueIsCut: the element stops reading a catalogue body
// that passes its limit, or refuses it when its declared length does, and
// hangs up; the embedded catalogue stays in use.
func TestEndlessCatalogueIsCut(t *testing.T) {
	s := needBrowser(t)
	for _, declared := range []bool{false, true} {
		name := map[bool]string{false: "endless", true: "declared too large"}[declared]
		t.Run(name, func(t *testing.T) {
			e := &endless{declared: declared, done: make(chan struct{})}
			path := fmt.Sprintf("/test/x/endless-%t", declared)
			s.handle(t, path+".json", e)
			s.widgetPage(t, path+".html", csp, map[string]string{"catalog": path + ".json"})
			tb := newTab(t, s, 1280, 900)
			tb.open(path+".html", 1)
			assert.Equal(t, catalog.Default().Version, eval[string](tb, `window.__auhlTest.ready[0].detail.catalog`))
			assert.Equal(t, text(auhl.Dutch, "catalogFailed"), shadowText(tb, ".notes"))
			select {
			case <-e.done: // the browser hung up
			case <-time.After(time.Minute):
				t.Fatal("the browser is still reading the body")
			}
			written := e.written.Load()
			t.Logf("%d bytes written before the browser hung up (limit %d)", written, wasm.MaxCatalog)
			// Allowed for: what the sockets' buffers took on top of
			// what the element read (on loopback they grow to tens of
			// MiB). Not allowed: a body read on, as a whole body read
			// before its size is checked (over 1 GiB here).
			assert.Less(t, written, int64(wasm.MaxCatalog+64<<20))
			tb.checkRequests(path+".html", path+".json")
			onlyReports(t, tb, "catalogue not used")
		})
	}
}

// TestRestoreLinkOfGarbage: a restore link whose questionnaire version is
// 64 bytes of someone's text, with a NUL and a right-to-left override, is
// refused with the fixed note; nothing of the link appears on the page.
func TestRestoreLinkOfGarbage(t *testing.T) {
	s := needBrowser(t)
	version := "\x00\u202eBel 0800 12345 want je diploma is ongeldig\u202c"
	version += strings.Repeat("!", 64-len(version))
	require.Len(t, version, 64)
	marks := []string{"\x00", "\u202e", "\u202c", "0800", "12345", "ongeldig", "diploma is", "!!"}
	for _, tt := range []struct {
		page string
		lang auhl.Lang
	}{{"/pxl/", auhl.Dutch}, {"/en/uhasselt/", auhl.English}} {
		t.Run(tt.page, func(t *testing.T) {
			tb := newTab(t, s, 1280, 900)
			tb.open(tt.page+"#auhl=q="+url.PathEscape(version)+"&i=1", 1)
			tb.waitFor(`document.querySelector('auhl-studiekeuze').shadowRoot.querySelector('.notes').textContent.length > 0`)
			assert.Equal(t, text(tt.lang, "restoreFailed"), shadowText(tb, ".notes"))
			assert.Equal(t, text(tt.lang, "stepBackground"), tb.step(0).Current)
			page := eval[map[string]string](tb, `(() => {
				const host = document.querySelector('auhl-studiekeuze');
				return {shadowText: host.shadowRoot.textContent, shadowHTML: host.shadowRoot.innerHTML,
					page: document.documentElement.outerHTML, title: document.title};
			})()`)
			for where, got := range page {
				for _, m := range marks {
					assert.NotContains(t, got, m, "%q in the %s", m, where)
				}
			}
			assert.Zero(t, eval[int](tb, `window.__auhlTest.advice.length`))
			tb.checkClean()
		})
	}
}
