package main

// The harness of the browser tests: the widget built once, the demo and the
// test pages served under the demo's CSP, one Debian Chromium for every
// test, a tab per test that records every request, every CSP violation and
// every console error, and a keyboard-only driver of the element.

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/wasm/build"
)

// chromiumPath is Debian's chromium, which .ci/run installs.
const chromiumPath = "/usr/bin/chromium"

// axePath is axe-core as `make axe` installs it (npm ci).
var axePath = filepath.Join("testdata", "axe", "node_modules", "axe-core", "axe.min.js")

// suite is what every browser test shares.
type suite struct {
	widget  build.Result
	server  *httptest.Server
	routes  *routes         // what tests serve under /test/x/
	browser context.Context // a chromedp context whose browser runs
	axe     string
}

// routes are handlers that tests add to the suite's server, by path.
type routes struct {
	mu sync.Mutex
	m  map[string]http.Handler
}

func (rs *routes) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rs.mu.Lock()
	h, ok := rs.m[r.URL.Path]
	rs.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	h.ServeHTTP(w, r)
}

// handle serves h at path (which starts with /test/x/) on the suite's
// server until the test ends.
func (s *suite) handle(t testing.TB, path string, h http.Handler) {
	t.Helper()
	require.True(t, strings.HasPrefix(path, "/test/x/"), path)
	s.routes.mu.Lock()
	defer s.routes.mu.Unlock()
	require.NotContains(t, s.routes.m, path, "served twice")
	s.routes.m[path] = h
	t.Cleanup(func() {
		s.routes.mu.Lock()
		defer s.routes.mu.Unlock()
		delete(s.routes.m, path)
	})
}

var (
	suiteOnce sync.Once
	shared    *suite
	suiteErr  error
	stopSuite []func()

	widgetOnce sync.Once
	widget     build.Result
	widgetErr  error
)

// builtWidget builds the widget once for the whole test binary, the way
// the demo does.
func builtWidget(t testing.TB) build.Result {
	t.Helper()
	if testing.Short() && os.Getenv("CI") == "" {
		t.Skip("building the widget is not short")
	}
	widgetOnce.Do(func() {
		dir, err := os.MkdirTemp("", "auhl-widget-")
		if err != nil {
			widgetErr = err
			return
		}
		stopSuite = append(stopSuite, func() { os.RemoveAll(dir) })
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		widget, widgetErr = build.Build(ctx, build.Options{Dir: dir, BrotliQuality: suiteBrotli()})
	})
	require.NoError(t, widgetErr, "building the widget")
	return widget
}

// suiteBrotli is the brotli quality of the suite's builds: the build's
// own for a benchmark, which measures what a server would serve, and a
// quick one for the tests, which run under -race.
func suiteBrotli() int {
	if f := flag.Lookup("test.bench"); f != nil && f.Value.String() != "" {
		return 0
	}
	return 5
}

func TestMain(m *testing.M) {
	code := m.Run()
	for i := len(stopSuite) - 1; i >= 0; i-- {
		stopSuite[i]()
	}
	os.Exit(code)
}

// needBrowser returns the shared suite. Without Chromium or axe-core the
// test is skipped on a developer's machine and fails under CI, where
// .ci/run and `make test` install both: browser tests never skip in CI.
func needBrowser(t testing.TB) *suite {
	t.Helper()
	missing := ""
	if _, err := exec.LookPath(chromiumPath); err != nil {
		missing = "Debian's chromium (apt-get install chromium)"
	} else if _, err := os.Stat(axePath); err != nil {
		missing = "axe-core (make axe)"
	}
	switch {
	case missing != "" && os.Getenv("CI") != "":
		t.Fatalf("the browser tests need %s; CI must install it", missing)
	case missing != "":
		t.Skipf("the browser tests need %s", missing)
	case testing.Short() && os.Getenv("CI") == "":
		t.Skip("browser tests are not short")
	}
	res := builtWidget(t)
	suiteOnce.Do(func() { shared, suiteErr = startSuite(res) })
	require.NoError(t, suiteErr)
	return shared
}

func startSuite(res build.Result) (*suite, error) {
	dir, err := os.MkdirTemp("", "auhl-browser-")
	if err != nil {
		return nil, err
	}
	stopSuite = append(stopSuite, func() { os.RemoveAll(dir) })
	axe, err := os.ReadFile(axePath)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/", newHandler(res.Dir))
	mux.Handle("/test/", testPages())
	rs := &routes{m: map[string]http.Handler{}}
	mux.Handle("/test/x/", rs)
	srv := httptest.NewServer(mux)
	stopSuite = append(stopSuite, srv.Close)

	alloc, stopAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless, chromedp.NoSandbox, chromedp.NoFirstRun,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("lang", "nl-BE"),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
	)
	stopSuite = append(stopSuite, stopAlloc)
	browser, stopBrowser := chromedp.NewContext(alloc)
	stopSuite = append(stopSuite, stopBrowser)
	if err := chromedp.Do(browser); err != nil {
		return nil, fmt.Errorf("starting chromium: %w", err)
	}
	return &suite{widget: res, server: srv, routes: rs, browser: browser, axe: string(axe)}, nil
}

// testPages serves testdata/browser under the demo's headers, and a
// catalogue whose programme names are HTML and script.
func testPages() http.Handler {
	files := http.StripPrefix("/test/", http.FileServer(http.Dir(filepath.Join("testdata", "browser"))))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", cacheRevalidate)
		if r.URL.Path == "/test/hostile-catalog.json" {
			w.Header().Set("Content-Type", "application/json")
			w.Write(hostileCatalog())
			return
		}
		files.ServeHTTP(w, r)
	})
}

// instrument is run in every document before the page's own scripts (the
// DevTools protocol is not bound by the page's CSP): it records CSP
// violations, the widget's events with their times, the last key press,
// and how often a WebAssembly module is instantiated.
const instrument = `(() => {
  const t = window.__auhlTest = {csp: [], interactive: [], ready: [], advice: [], lastKey: 0, instantiations: 0};
  document.addEventListener('securitypolicyviolation', (e) => t.csp.push(e.violatedDirective + ' ' + e.blockedURI));
  addEventListener('auhl-interactive', (e) => t.interactive.push({at: performance.now(), detail: e.detail}), true);
  addEventListener('auhl-ready', (e) => t.ready.push({at: performance.now(), detail: e.detail}), true);
  addEventListener('auhl-advice', (e) => t.advice.push({at: performance.now(), detail: e.detail}), true);
  addEventListener('keydown', () => { t.lastKey = performance.now(); }, true);
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) { t.instantiations++; return original.apply(this, args); };
  }
})();`

// tab is one page in the shared browser.
type tab struct {
	t   testing.TB
	s   *suite
	ctx context.Context

	mu       sync.Mutex
	requests []string // every URL requested
	problems []string // console errors, exceptions, CSP reports
}

// newTab opens a tab of the given size with the recorders in place.
func newTab(t testing.TB, s *suite, width, height int64) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(s.browser)
	t.Cleanup(cancel)
	return newTabIn(t, s, ctx, width, height)
}

// newTabIn is newTab in a chromedp context of the caller's.
func newTabIn(t testing.TB, s *suite, ctx context.Context, width, height int64) *tab {
	t.Helper()
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(cancelTimeout)
	tb := &tab{t: t, s: s, ctx: ctx}
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(width, height)))
	require.NoError(t, chromedp.Listen(ctx, tb.record))
	tb.onNewDocument(instrument)
	return tb
}

// onNewDocument runs script in every document the tab opens from now on,
// before the page's own scripts.
func (tb *tab) onNewDocument(script string) {
	tb.t.Helper()
	require.NoError(tb.t, chromedp.Do(tb.ctx, chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		_, err := cdp.Call(ctx, target, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: script})
		return err
	})))
}

func (tb *tab) record(ev any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		tb.requests = append(tb.requests, ev.Request.URL)
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		tb.problems = append(tb.problems, fmt.Sprintf("exception: %s (%s:%d)", msg, d.URL, d.LineNumber))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			tb.problems = append(tb.problems, fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(parts, " ")))
		}
	case *cdplog.EventEntryAdded:
		if ev.Entry.Level == cdplog.EntryLevelError || ev.Entry.Level == cdplog.EntryLevelWarning {
			tb.problems = append(tb.problems, fmt.Sprintf("log %s: %s %s", ev.Entry.Level, ev.Entry.Text, ev.Entry.URL))
		}
	}
}

// open navigates to path on the test server and waits for n elements to
// be ready.
func (tb *tab) open(path string, n int) {
	tb.t.Helper()
	require.NoError(tb.t, chromedp.Do(tb.ctx, chromedp.Navigate(tb.s.server.URL+path)))
	tb.waitFor(fmt.Sprintf(`window.__auhlTest.ready.length >= %d`, n))
}

// openInteractive navigates to path and waits for n elements to show
// their first step, the runtime loaded or not.
func (tb *tab) openInteractive(path string, n int) {
	tb.t.Helper()
	require.NoError(tb.t, chromedp.Do(tb.ctx, chromedp.Navigate(tb.s.server.URL+path)))
	tb.waitFor(fmt.Sprintf(`window.__auhlTest.interactive.length >= %d`, n))
}

// waitFor polls a JavaScript condition.
func (tb *tab) waitFor(cond string) {
	tb.t.Helper()
	_, err := chromedp.Run(tb.ctx, chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingTimeout(60*time.Second)))
	require.NoError(tb.t, err, "waiting for %s; problems: %v", cond, tb.problemsSoFar())
}

// eval evaluates a JavaScript expression, awaiting a Promise, into T.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	require.NoError(tb.t, err, expr)
	return v
}

// press sends keys as a keyboard would.
func (tb *tab) press(keys string, mods ...chromedp.Modifier) {
	tb.t.Helper()
	var opts []chromedp.KeyOption
	if len(mods) > 0 {
		opts = append(opts, chromedp.KeyModifiers(mods...))
	}
	require.NoError(tb.t, chromedp.Do(tb.ctx, chromedp.KeyEvent(keys, opts...)))
}

func (tb *tab) problemsSoFar() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return slices.Clone(tb.problems)
}

// requested returns the URLs requested so far.
func (tb *tab) requested() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return slices.Clone(tb.requests)
}

// checkClean fails on any console error or warning, exception or CSP
// violation so far.
func (tb *tab) checkClean() {
	tb.t.Helper()
	require.Empty(tb.t, tb.problemsSoFar(), "console errors, exceptions or CSP reports")
	require.Empty(tb.t, eval[[]string](tb, `window.__auhlTest.csp`), "CSP violations")
}

// checkRequests fails on a request to anything but the page itself, its
// stylesheet, the widget's own files and the extra paths allowed.
func (tb *tab) checkRequests(pagePath string, extra ...string) {
	tb.t.Helper()
	allowed := map[string]bool{pagePath: true, "/auhl/" + build.ScriptName: true,
		"/auhl/" + tb.s.widget.Wasm.Name: true, "/auhl/" + tb.s.widget.WasmExec.Name: true}
	for _, p := range extra {
		allowed[p] = true
	}
	for _, raw := range tb.requested() {
		u, err := url.Parse(raw)
		require.NoError(tb.t, err)
		if u.Scheme == "data" {
			continue
		}
		require.Equal(tb.t, tb.s.server.URL, u.Scheme+"://"+u.Host, "a request outside the page's origin: %s", raw)
		if strings.HasPrefix(u.Path, "/css/") && strings.HasSuffix(u.Path, ".css") {
			continue
		}
		require.True(tb.t, allowed[u.Path], "a request the widget should not make: %s", raw)
	}
}

// checkNothingStored fails when the page wrote a cookie or used any
// storage.
func (tb *tab) checkNothingStored() {
	tb.t.Helper()
	got := eval[map[string]any](tb, `(async () => ({
		cookie: document.cookie,
		local: localStorage.length,
		session: sessionStorage.length,
		indexedDB: (await indexedDB.databases()).length,
		caches: (await caches.keys()).length,
	}))()`)
	require.Equal(tb.t, map[string]any{"cookie": "", "local": 0.0, "session": 0.0, "indexedDB": 0.0, "caches": 0.0}, got)
	// HttpOnly cookies too, as the browser holds them.
	err := chromedp.Do(tb.ctx, chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		res, err := cdp.Call(ctx, target, network.GetCookies, network.GetCookiesParams{})
		if err == nil && len(res.Cookies) > 0 {
			err = fmt.Errorf("cookies set: %v", res.Cookies)
		}
		return err
	}))
	require.NoError(tb.t, err)
}

// axeViolation is one serious or critical finding of axe-core.
type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// checkAccessible runs axe-core on the whole page (shadow roots included)
// and fails on any serious or critical violation of WCAG 2.2 A and AA or
// axe's best practices.
func (tb *tab) checkAccessible(where string) {
	tb.t.Helper()
	if !eval[bool](tb, `typeof window.axe === 'object'`) {
		_, err := chromedp.Run(tb.ctx, chromedp.Evaluate[chromedp.Void](tb.s.axe))
		require.NoError(tb.t, err)
	}
	got := eval[[]axeViolation](tb, `axe.run(document, {
		runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
	}).then((r) => r.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.html.slice(0, 200))})))`)
	require.Empty(tb.t, got, "axe-core on %s", where)
}

// checkLabels fails when a form control of element i has no label.
func (tb *tab) checkLabels(i int) {
	tb.t.Helper()
	unlabelled := eval[[]string](tb, fmt.Sprintf(`[...document.querySelectorAll('auhl-studiekeuze')[%d].shadowRoot
		.querySelectorAll('input, select, textarea, button')]
		.filter((c) => !c.hidden && c.offsetParent !== null)
		.filter((c) => c.tagName === 'BUTTON' ? !c.textContent.trim() && !c.getAttribute('aria-label') : c.labels.length === 0 && !c.getAttribute('aria-label'))
		.map((c) => c.outerHTML.slice(0, 120))`, i))
	require.Empty(tb.t, unlabelled, "controls without a label")
}

// focus is where the keyboard is, inside element i.
type focus struct {
	Inside  bool   `json:"inside"`
	Tag     string `json:"tag"`
	Type    string `json:"type"`
	Key     string `json:"key"`
	Value   string `json:"value"`
	Checked bool   `json:"checked"`
	Primary bool   `json:"primary"`
	Text    string `json:"text"`
	Radios  []int  `json:"radios"`
}

func (tb *tab) focus(i int) focus {
	return eval[focus](tb, fmt.Sprintf(`(() => {
		const host = document.querySelectorAll('auhl-studiekeuze')[%d];
		const a = host.shadowRoot.activeElement;
		if (!a) return {inside: false, radios: []};
		const q = a.closest('.question');
		const radios = q && a.type === 'radio' ? [...q.querySelectorAll('input[type=radio]')].map((r) => Number(r.value)) : [];
		return {inside: true, tag: a.tagName.toLowerCase(), type: a.type || '', key: q ? q.dataset.key : '',
			value: String(a.value ?? ''), checked: !!a.checked, primary: a.classList.contains('primary'),
			text: a.textContent.trim(), radios};
	})()`, i))
}

// step is what element i shows: the current step of the indicator and
// its heading.
type stepState struct {
	Current string `json:"current"`
	Of      string `json:"of"`
	Heading string `json:"heading"`
}

func (tb *tab) step(i int) stepState {
	return eval[stepState](tb, fmt.Sprintf(`(() => {
		const r = document.querySelectorAll('auhl-studiekeuze')[%d].shadowRoot;
		const h = [...r.querySelectorAll('h2')].find((h) => !h.hidden && h.offsetParent !== null);
		return {current: r.querySelector('[aria-current=step]')?.textContent ?? '',
			of: r.querySelector('.step-of')?.textContent ?? '', heading: h ? h.textContent : ''};
	})()`, i))
}

// answerStep answers the questions of the current step of element i with
// the keyboard alone, following plan (question key → value; a question not
// in the plan is left as it is), and presses the step's primary button,
// whose text must be button. Tab moves between questions, the arrow keys
// and Space choose within a radio group, digits fill a number.
func (tb *tab) answerStep(i int, plan map[string]int, button string) {
	tb.t.Helper()
	answered := map[string]bool{}
	for range 2000 {
		f := tb.focus(i)
		switch {
		case !f.Inside || f.Key == "" && !f.Primary:
			tb.press(kb.Tab)
		case f.Type == "radio":
			if want, ok := plan[f.Key]; ok && !answered[f.Key] {
				tb.choose(f, want)
				answered[f.Key] = true
			}
			tb.press(kb.Tab)
		case f.Type == "number":
			if want, ok := plan[f.Key]; ok && !answered[f.Key] {
				tb.press("a", chromedp.ModifierCtrl)
				tb.press(kb.Backspace)
				tb.press(fmt.Sprint(want))
				answered[f.Key] = true
			}
			tb.press(kb.Tab)
		case f.Primary:
			require.Equal(tb.t, button, f.Text, "the step's button")
			tb.press(kb.Enter)
			return
		default:
			tb.press(kb.Tab)
		}
	}
	tb.t.Fatal("the keyboard never reached the step's button")
}

// choose selects value want in the radio group that has the focus: Space
// on the focused radio, the arrow keys to move (which also select).
func (tb *tab) choose(f focus, want int) {
	tb.t.Helper()
	cur, _ := indexOf(f.Radios, atoi(f.Value))
	tgt, ok := indexOf(f.Radios, want)
	require.True(tb.t, ok, "%s has no choice %d (%v)", f.Key, want, f.Radios)
	switch {
	case tgt == cur && !f.Checked:
		tb.press(" ")
	case tgt > cur:
		tb.press(strings.Repeat(kb.ArrowRight, tgt-cur))
	case tgt < cur:
		tb.press(strings.Repeat(kb.ArrowLeft, cur-tgt))
	}
}

func indexOf(s []int, v int) (int, bool) {
	i := slices.Index(s, v)
	return i, i >= 0
}

func atoi(s string) int {
	var n int
	fmt.Sscan(s, &n)
	return n
}

// result is what element i shows as its result.
type result struct {
	Text           string   `json:"text"`
	Live           bool     `json:"live"`
	SameRegion     bool     `json:"sameRegion"`
	FocusOnHeading bool     `json:"focusOnHeading"`
	Programmes     []string `json:"programmes"`
	Highlighted    []string `json:"highlighted"`
	Links          []string `json:"links"`
	Markup         int      `json:"markup"`
}

func (tb *tab) result(i int) result {
	return eval[result](tb, fmt.Sprintf(`(() => {
		const r = document.querySelectorAll('auhl-studiekeuze')[%[1]d].shadowRoot;
		const region = r.querySelector('[aria-live]');
		return {
			text: region.textContent,
			live: region.getAttribute('aria-live') === 'polite' && region.getAttribute('role') === 'status',
			sameRegion: window.__auhlRegion%[1]d === region,
			focusOnHeading: r.activeElement !== null && r.activeElement.tagName === 'H2',
			programmes: [...region.querySelectorAll('[part~=programme] h4')].map((h) => h.textContent),
			highlighted: [...region.querySelectorAll('[part~=programme-highlighted] h4')].map((h) => h.textContent),
			links: [...region.querySelectorAll('a')].map((a) => a.getAttribute('href')),
			markup: region.querySelectorAll('img, script, iframe, object, embed, svg, style').length,
		};
	})()`, i))
}

// markRegion remembers element i's live region, to prove later that the
// result was written into the region that existed before.
func (tb *tab) markRegion(i int) {
	tb.t.Helper()
	empty := eval[bool](tb, fmt.Sprintf(`(() => {
		const region = document.querySelectorAll('auhl-studiekeuze')[%[1]d].shadowRoot.querySelector('[aria-live]');
		window.__auhlRegion%[1]d = region;
		return region !== null && region.textContent === '';
	})()`, i))
	require.True(tb.t, empty, "an empty live region exists before the result")
}

// screenshot saves a full-page PNG under testdata/artefacts (or
// $AUHL_ARTEFACTS) for people to look at.
func (tb *tab) screenshot(name string) {
	tb.t.Helper()
	png, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(100))
	require.NoError(tb.t, err)
	tb.save(name, png)
}

// viewport saves a PNG of what the viewport shows.
func (tb *tab) viewport(name string) {
	tb.t.Helper()
	png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(tb.t, err)
	tb.save(name, png)
}

func (tb *tab) save(name string, png []byte) {
	tb.t.Helper()
	dir := os.Getenv("AUHL_ARTEFACTS")
	if dir == "" {
		dir = filepath.Join("testdata", "artefacts")
	}
	require.NoError(tb.t, os.MkdirAll(dir, 0o755))
	require.NoError(tb.t, os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644))
}
