package browsertest

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// ChromiumPath is Debian's chromium, which CI installs.
const ChromiumPath = "/usr/bin/chromium"

// axeRel is axe-core as `make axe` installs it (npm ci), relative to the
// module root.
var axeRel = filepath.Join("examples", "demo", "testdata", "axe", "node_modules", "axe-core", "axe.min.js")

// Browser is a headless Chromium for one test, with axe-core at hand.
type Browser struct {
	t   testing.TB
	ctx context.Context
	axe string

	mu       sync.Mutex
	requests []string
}

// Requests returns the URLs the pages asked for so far.
func (b *Browser) Requests() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.requests)
}

// New starts a fresh headless Chromium for the test, stopped when it
// ends. It skips the test when Chromium or axe-core is missing, or under
// -short, unless CI is set: then it fails.
func New(t testing.TB) *Browser {
	t.Helper()
	axe, missing := readAxe()
	if _, err := exec.LookPath(ChromiumPath); err != nil {
		missing = "Debian's chromium (apt-get install chromium)"
	}
	ci := os.Getenv("CI") != ""
	switch {
	case missing != "" && ci:
		t.Fatalf("the browser tests need %s; CI must install it", missing)
	case missing != "":
		t.Skipf("the browser tests need %s", missing)
	case testing.Short() && !ci:
		t.Skip("browser tests are not short")
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(ChromiumPath),
		chromedp.Headless, chromedp.NoSandbox, chromedp.NoFirstRun,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(filepath.Join(t.TempDir(), "profile")),
	)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(cancel)
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(cancelTimeout)
	b := &Browser{t: t, ctx: ctx, axe: axe}
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	if err := chromedp.Listen(ctx, func(ev any) {
		if ev, ok := ev.(*network.EventRequestWillBeSent); ok {
			b.mu.Lock()
			b.requests = append(b.requests, ev.Request.URL)
			b.mu.Unlock()
		}
	}); err != nil {
		t.Fatalf("listening to chromium: %v", err)
	}
	return b
}

// readAxe returns axe-core's script, or what is missing.
func readAxe() (string, string) {
	root, err := moduleRoot()
	if err != nil {
		return "", "the module's root"
	}
	b, err := os.ReadFile(filepath.Join(root, axeRel))
	if err != nil {
		return "", "axe-core (make axe)"
	}
	return string(b), ""
}

// moduleRoot returns the directory of go.mod at or above the working
// directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("no go.mod")
		}
	}
}

// Open loads url and waits until the page is loaded.
func (b *Browser) Open(url string) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, chromedp.Navigate(url), chromedp.WaitReady("body")); err != nil {
		b.t.Fatalf("opening %s: %v", url, err)
	}
}

// Eval evaluates a JavaScript expression, awaiting a Promise, into T.
func Eval[T any](b *Browser, expr string) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// Violation is one serious or critical finding of axe-core.
type Violation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// Axe runs axe-core on the page (injected through the DevTools protocol,
// which a page's Content-Security-Policy does not bind) and returns its
// serious and critical violations of WCAG 2.2 A and AA and of axe's best
// practices.
func (b *Browser) Axe() []Violation {
	b.t.Helper()
	if _, err := chromedp.Run(b.ctx, chromedp.Evaluate[chromedp.Void](b.axe)); err != nil {
		b.t.Fatalf("loading axe-core: %v", err)
	}
	return Eval[[]Violation](b, `axe.run(document, {
		runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
	}).then((r) => r.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.html.slice(0, 200))})))`)
}
