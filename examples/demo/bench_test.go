package main

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// startupSamples is how many page loads each iteration of
// BenchmarkWidgetInBrowser measures.
const startupSamples = 10

// BenchmarkWidgetInBrowser loads the PXL demo page in Chromium and reports
// the medians of:
//
//   - cold-ms: navigation to the first question being interactive (the
//     element's auhl-ready event), in a fresh browser context: a first
//     visit, nothing cached;
//   - warm-ms: the same on a second load of the page, with the module in
//     the HTTP and code caches;
//   - result-ms: the last key press (the button that asks for the advice)
//     to the result being rendered (the auhl-advice event), after a
//     student answered everything with the keyboard.
//
// Each iteration takes startupSamples samples; ns/op is their total.
func BenchmarkWidgetInBrowser(b *testing.B) {
	s := needBrowser(b)
	var cold, warm, result []float64
	for range b.N {
		for range startupSamples {
			ctx, cancel := chromedp.NewContext(s.browser, chromedp.WithNewBrowserContext())
			tb := newTabIn(b, s, ctx, 1280, 900)
			tb.open("/pxl/", 1)
			cold = append(cold, eval[float64](tb, `window.__auhlTest.ready[0].at`))
			tb.open("/pxl/", 1)
			warm = append(warm, eval[float64](tb, `window.__auhlTest.ready[0].at`))
			tb.answerStep(0, practicalPlan.background, text(auhl.Dutch, "next"))
			tb.answerStep(0, practicalPlan.interests, text(auhl.Dutch, "next"))
			tb.answerStep(0, practicalPlan.preferences, text(auhl.Dutch, "showAdvice"))
			tb.waitFor(`window.__auhlTest.advice.length === 1`)
			result = append(result, eval[float64](tb, `window.__auhlTest.advice[0].at - window.__auhlTest.lastKey`))
			cancel()
		}
	}
	b.ReportMetric(median(cold), "cold-ms")
	b.ReportMetric(median(warm), "warm-ms")
	b.ReportMetric(median(result), "result-ms")
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// benchPairs is how many cold loads of the widget and of the floor each
// iteration of BenchmarkFirstQuestion alternates.
const benchPairs = 10

// Lighthouse's mobile throttling: a 4× slower CPU, 1.6 Mbit/s down,
// 750 kbit/s up, 150 ms round trips.
const (
	mobileCPU      = 4
	mobileLatency  = 150 // ms
	mobileDownload = 1.6 * 1024 * 1024 / 8
	mobileUpload   = 750 * 1024 / 8
)

// BenchmarkFirstQuestion loads, in turn and each time cold (a fresh
// browser context: no HTTP or code cache), the demo's PXL page and the
// floor, a Go wasm page that shows one button, built with the same build
// and served with the same compression. It reports the medians, with the
// ranges, of the time from navigation to the first question being
// interactive (the element's auhl-interactive event) and to the floor's
// button being there, and the ratio of the two medians: on loopback, and
// under Lighthouse's mobile throttling.
func BenchmarkFirstQuestion(b *testing.B) {
	s := needBrowser(b)
	s.serveFloor(b)
	for _, mode := range []struct {
		name   string
		mobile bool
	}{{"loopback", false}, {"mobile", true}} {
		b.Run(mode.name, func(b *testing.B) {
			var widget, floor []float64
			for range b.N {
				for range benchPairs {
					widget = append(widget, coldLoad(b, s, mode.mobile, "/pxl/", `window.__auhlTest.interactive[0]?.at`))
					floor = append(floor, coldLoad(b, s, mode.mobile, "/test/x/floor.html", `window.__floorAt`))
				}
			}
			w, f := median(widget), median(floor)
			b.ReportMetric(w, "widget-ms")
			b.ReportMetric(f, "floor-ms")
			b.ReportMetric(w/f, "ratio")
			b.Logf("%s: widget median %.0f ms (%.0f–%.0f), floor median %.0f ms (%.0f–%.0f), ratio %.2f, %d pairs",
				mode.name, w, slices.Min(widget), slices.Max(widget), f, slices.Min(floor), slices.Max(floor), w/f, len(widget))
		})
	}
}

// coldLoad opens path in a fresh browser context (throttled as a phone
// when mobile) and returns the milliseconds from navigation to the
// moment the expression at gives.
func coldLoad(b *testing.B, s *suite, mobile bool, path, at string) float64 {
	b.Helper()
	ctx, cancel := chromedp.NewContext(s.browser, chromedp.WithNewBrowserContext())
	defer cancel()
	tb := newTabIn(b, s, ctx, 412, 900)
	tb.onNewDocument(`addEventListener('floor-ready', () => { window.__floorAt = performance.now(); });`)
	if mobile {
		err := chromedp.Do(tb.ctx, chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
			if _, err := cdp.Call(ctx, target, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: mobileCPU}); err != nil {
				return err
			}
			_, err := cdp.Call(ctx, target, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
				MatchedNetworkConditions: []*network.Conditions{{Latency: mobileLatency, DownloadThroughput: mobileDownload, UploadThroughput: mobileUpload}}})
			return err
		}))
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(s.server.URL+path)); err != nil {
		b.Fatal(err)
	}
	tb.waitFor(fmt.Sprintf(`(%s) !== undefined`, at))
	return eval[float64](tb, at)
}
