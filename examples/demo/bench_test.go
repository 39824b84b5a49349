package main

import (
	"slices"
	"testing"

	"github.com/auhl/auhl-go/auhl"
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
