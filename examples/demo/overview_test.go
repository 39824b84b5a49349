package main

// The result as a pupil reads it on a phone: an overview first, the
// details behind disclosures that the keyboard opens, nothing of the
// advice lost once they are open.

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/studychoice"
	"github.com/auhl/auhl-go/studychoice/interview"
	"github.com/auhl/auhl-go/studychoice/report"
	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Limits of the result at 360 px, in CSS pixels from the top of the
// result.
const (
	// overviewReach is where the level advice and the names of the first
	// five programmes must end.
	overviewReach = 1500
	// closedHeight is the most the whole result may take with every
	// disclosure closed.
	closedHeight = 4000
)

// resultBox is where element 0's result lies on the page, in CSS pixels
// from the top of the result: its height, the end of the level advice,
// and the end of each programme name a reader sees.
type resultBox struct {
	Height float64   `json:"height"`
	Level  float64   `json:"level"`
	Names  []nameBox `json:"names"`
}

type nameBox struct {
	Text   string  `json:"text"`
	Bottom float64 `json:"bottom"`
}

func (tb *tab) resultBox() resultBox {
	return eval[resultBox](tb, `(() => {
		const r = document.querySelector('auhl-studiekeuze').shadowRoot;
		const region = r.querySelector('[aria-live]');
		const top = region.getBoundingClientRect().top;
		const bottom = (e) => e.getBoundingClientRect().bottom - top;
		const level = [...r.querySelectorAll('[part~=level] > p')];
		return {
			height: region.getBoundingClientRect().height,
			level: level.length ? Math.max(...level.map(bottom)) : -1,
			names: [...region.querySelectorAll('[part~=programme] h4')]
				.filter((h) => h.checkVisibility())
				.map((h) => ({text: h.textContent, bottom: bottom(h)})),
		};
	})()`)
}

// disclosureFocus is the disclosure whose summary has the keyboard focus
// in element 0, if any.
type disclosureFocus struct {
	Summary bool   `json:"summary"`
	Key     string `json:"key"`
	Open    bool   `json:"open"`
	Actions bool   `json:"actions"`
}

func (tb *tab) disclosureFocus() disclosureFocus {
	return eval[disclosureFocus](tb, `(() => {
		const a = document.querySelector('auhl-studiekeuze').shadowRoot.activeElement;
		const d = a && a.tagName === 'SUMMARY' ? a.parentElement : null;
		return {summary: !!d, key: d ? d.dataset.disclosure : '', open: !!d && d.open, actions: !!a && !!a.closest('[part~=actions]')};
	})()`)
}

// openEveryDisclosure walks the result with Tab and opens each closed
// disclosure it meets with Enter or Space, as a keyboard user does, until
// the focus reaches the actions below the result. It checks that each
// opens, announces itself as expanded and keeps the focus, and returns
// how many it opened.
func (tb *tab) openEveryDisclosure() int {
	tb.t.Helper()
	opened := 0
	for range 500 {
		tb.press(kb.Tab)
		f := tb.disclosureFocus()
		if f.Actions {
			return opened
		}
		if !f.Summary || f.Open {
			continue
		}
		role, expanded := tb.focusedAX()
		require.Equal(tb.t, "false", expanded, "%s: a screen reader hears it collapsed (role %s)", f.Key, role)
		key := " "
		if opened%2 == 0 {
			key = kb.Enter
		}
		tb.press(key)
		after := tb.disclosureFocus()
		require.True(tb.t, after.Summary, "%s: the focus stays on the summary", f.Key)
		require.Equal(tb.t, f.Key, after.Key, "the focus does not move")
		require.True(tb.t, after.Open, "%s opens with the keyboard", f.Key)
		role, expanded = tb.focusedAX()
		require.Equal(tb.t, "true", expanded, "%s: a screen reader hears it expanded (role %s)", f.Key, role)
		opened++
	}
	tb.t.Fatal("the keyboard never reached the actions below the result")
	return opened
}

// focusedAX is the role of the element that has the focus in element 0,
// and its expanded state ("true", "false", or "" when it has none), as the
// browser's accessibility tree gives them to a screen reader.
func (tb *tab) focusedAX() (role, expanded string) {
	tb.t.Helper()
	err := chromedp.Do(tb.ctx, chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		res, err := cdp.Call(ctx, target, runtime.Evaluate, runtime.EvaluateParams{
			Expression: `document.querySelector('auhl-studiekeuze').shadowRoot.activeElement`})
		if err != nil {
			return err
		}
		if res.Result == nil || res.Result.ObjectID == "" {
			return fmt.Errorf("no element has the focus")
		}
		relatives := false
		tree, err := cdp.Call(ctx, target, accessibility.GetPartialAXTree, accessibility.GetPartialAXTreeParams{
			ObjectID: res.Result.ObjectID, FetchRelatives: &relatives})
		if err != nil {
			return err
		}
		for _, n := range tree.Nodes {
			if n.Role != nil {
				role = strings.Trim(string(n.Role.Value), `"`)
			}
			for _, p := range n.Properties {
				if p.Name == accessibility.PropertyNameExpanded && p.Value != nil {
					expanded = string(p.Value.Value)
				}
			}
		}
		return nil
	}))
	require.NoError(tb.t, err)
	return role, expanded
}

// adviceOf is the advisor's own advice for the answers of p.
func adviceOf(t *testing.T, p plan) studychoice.Advice {
	t.Helper()
	a, err := studychoice.NewAdvisor(nil).Advise(interview.New(nil, nil).Profile(p.all()))
	require.NoError(t, err)
	return a
}

// TestOverviewOnAPhone: a pupil completes the flow with the keyboard on a
// 360 px wide screen. The level advice and the first five programmes are
// on the first screens of the result, the whole result is short with its
// details closed; the keyboard opens every disclosure, and then every fact
// of the advice is on the page. axe-core finds nothing serious, closed or
// open, in Dutch and in English. Screenshots of the overview and of an
// opened card go to the artefacts.
func TestOverviewOnAPhone(t *testing.T) {
	s := needBrowser(t)
	tests := []struct {
		page  string
		lang  auhl.Lang
		plan  plan
		width int64
	}{
		{"/uhasselt/", auhl.Dutch, stemPlan, 360},
		{"/en/pxl/", auhl.English, practicalPlan, 360},
		{"/uhasselt/", auhl.Dutch, stemPlan, 1280},
		{"/en/pxl/", auhl.English, practicalPlan, 1280},
	}
	for _, tt := range tests {
		name := fmt.Sprintf("%s%d", strings.Trim(strings.ReplaceAll(tt.page, "/", "-"), "-")+"-", tt.width)
		t.Run(name, func(t *testing.T) {
			tb := newTab(t, s, tt.width, 800)
			tb.open(tt.page, 1)
			l := tt.lang
			tb.answerStep(0, tt.plan.background, text(l, "next"))
			tb.answerStep(0, tt.plan.interests, text(l, "next"))
			tb.answerStep(0, tt.plan.preferences, text(l, "showAdvice"))
			tb.waitFor(`window.__auhlTest.advice.length === 1`)
			want := expected(t, tt.plan, l)
			require.Greater(t, len(want.Programmes.Items), 5, "more programmes than the overview shows")

			closed := tb.resultBox()
			require.GreaterOrEqual(t, len(closed.Names), 5)
			t.Logf("%s at %d px: the result is %.0f px with its details closed; the level advice ends at %.0f px, the fifth name at %.0f px",
				tt.page, tt.width, closed.Height, closed.Level, closed.Names[4].Bottom)
			var first []string
			for i, n := range closed.Names[:5] {
				first = append(first, n.Text)
				assert.Equal(t, want.Programmes.Items[i].Name, n.Text, "the best five, in order")
			}
			assert.Len(t, closed.Names, 5, "five programmes first; the others on request")
			tb.screenshot(fmt.Sprintf("overview-%s", name))
			if tt.width == 360 {
				assert.Positive(t, closed.Level)
				assert.LessOrEqual(t, closed.Level, float64(overviewReach), "the level advice")
				assert.LessOrEqual(t, closed.Names[4].Bottom, float64(overviewReach), "the names of the first five programmes: %v", first)
				assert.LessOrEqual(t, closed.Height, float64(closedHeight), "the whole result, details closed")
			}
			tb.checkAccessible(name + " result, details closed")

			all := eval[int](tb, `document.querySelector('auhl-studiekeuze').shadowRoot.querySelectorAll('[aria-live] details').length`)
			assert.Equal(t, all, tb.openEveryDisclosure(), "the keyboard reaches and opens every disclosure")
			open := tb.resultBox()
			t.Logf("%s at %d px: the result is %.0f px with every disclosure open", tt.page, tt.width, open.Height)
			assert.Len(t, open.Names, len(want.Programmes.Items), "every programme once opened")
			checkEveryFact(t, tb, l, want, adviceOf(t, tt.plan))
			tb.checkAccessible(name + " result, details open")
			_ = eval[bool](tb, `(document.querySelector('auhl-studiekeuze').shadowRoot.querySelector('[part~=programme]').scrollIntoView(), true)`)
			tb.viewport(fmt.Sprintf("card-%s", name))
			tb.checkClean()
		})
	}
}

// checkEveryFact proves that element 0, every disclosure open, shows every
// fact of the advice as the result showed it before the overview: the
// level and its reasons, the interests and their scores, each programme's
// name, institution, level, fit, preparation, reasons and flags (said
// once for the list or on the programme), its facts to confirm on its own
// card, the routes, the next steps, the disclaimer and the versions.
func checkEveryFact(t *testing.T, tb *tab, l auhl.Lang, want *report.Report, a studychoice.Advice) {
	t.Helper()
	type card struct {
		Name string `json:"name"`
		Text string `json:"text"`
	}
	var page struct {
		Text  string   `json:"text"`
		Cards []card   `json:"cards"`
		Links []string `json:"links"`
	}
	raw := eval[string](tb, `(() => {
		const region = document.querySelector('auhl-studiekeuze').shadowRoot.querySelector('[aria-live]');
		return JSON.stringify({
			text: region.innerText,
			cards: [...region.querySelectorAll('[part~=programme]')].map((c) => ({name: c.querySelector('h4').textContent, text: c.innerText})),
			links: [...region.querySelectorAll('a')].filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')),
		});
	})()`)
	require.NoError(t, json.Unmarshal([]byte(raw), &page))
	// innerText is what is rendered: a closed disclosure's content is not.
	shows := func(s, what string) {
		t.Helper()
		assert.Contains(t, oneSpace(page.Text), oneSpace(s), what)
	}
	links := map[string]bool{}
	for _, u := range page.Links {
		links[u] = true
	}
	linked := func(ls []report.Line) {
		t.Helper()
		for _, line := range ls {
			shows(line.Text, "a line")
			if line.URL != "" {
				assert.True(t, links[line.URL], "the page %s of %q is linked", line.URL, line.Text)
			}
		}
	}
	shows(want.Level.Recommended, "the level")
	linked(want.Level.Lines)
	shows(want.Interests.CodeText, "the Holland code")
	for _, line := range want.Interests.Lines {
		shows(line.Text, "the interests")
	}
	for _, sc := range want.Interests.Scales {
		shows(fmt.Sprintf("%s %d/%d", sc.Name, sc.Score, sc.Max), "a scale's score")
	}
	linked(want.Programmes.Common)
	if want.Programmes.Unconfirmed != "" {
		shows(want.Programmes.Unconfirmed, "the facts to confirm, counted")
	}
	require.Len(t, page.Cards, len(want.Programmes.Items))
	for i, p := range want.Programmes.Items {
		c := page.Cards[i]
		assert.Equal(t, p.Name, c.Name)
		for _, s := range []string{p.InstitutionName, p.Level, p.Overview, p.Fit, p.Preparation, fmt.Sprintf("%d/100", p.Overall)} {
			assert.Contains(t, c.Text, s, "%s on the card of %s", s, p.Name)
		}
		assert.True(t, links[p.URL], "the official page of %s", p.Name)
		linked(p.Reasons)
		linked(p.Flags)
		// Against the advisor's own advice: every reason and flag of the
		// programme, on its card or said once for the list; its facts to
		// confirm on its card.
		ps := a.Programmes[indexOfID(a, p.ID)]
		for _, f := range append(ps.Reasons, ps.Flags...) {
			if f.Code == catalog.CodeFactUnverified {
				label, _ := f.Params["label"].Text()
				assert.Contains(t, c.Text, label.In(l), "a fact of %s to confirm, on its card", p.Name)
				continue
			}
			say := i18n.Render(l, f)
			assert.True(t, strings.Contains(oneSpace(c.Text), oneSpace(say)) || containsText(want.Programmes.Common, say),
				"%q of %s, on its card or said once for all", say, p.Name)
		}
		prog, ok := catalog.Default().ByID(p.ID)
		require.True(t, ok)
		for _, fact := range prog.Unverified {
			assert.Contains(t, c.Text, fact.Label().In(l), "%s: %s to confirm", p.Name, fact)
		}
	}
	linked(want.Routes.Lines)
	linked(want.NextSteps.Lines)
	for _, d := range want.Disclaimer {
		shows(d.Text, "the disclaimer")
	}
	shows(want.Versions, "the versions")
}

func indexOfID(a studychoice.Advice, id string) int {
	for i, p := range a.Programmes {
		if p.ID == id {
			return i
		}
	}
	return -1
}

func containsText(ls []report.Line, s string) bool {
	for _, l := range ls {
		if l.Text == s {
			return true
		}
	}
	return false
}

// oneSpace folds runs of white space, as innerText breaks lines where the
// layout does.
func oneSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
