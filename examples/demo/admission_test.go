package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/studychoice/interview"
	"github.com/auhl/auhl-go/studychoice/report"
)

// shownProgramme is a programme as the result shows it: its name, its
// overview line and its admission lines.
type shownProgramme struct {
	Name     string   `json:"name"`
	Overview string   `json:"overview"`
	Entry    []string `json:"entry"`
}

// TestAdmissionShown: in Dutch and in English, every programme of the
// result says whether the student can enter it and on which route, and
// its details list what admission asks, as the admission decision has
// it; for geneeskunde, that the entrance exam comes before the
// enrolment.
func TestAdmissionShown(t *testing.T) {
	s := needBrowser(t)
	for _, tt := range []struct {
		path         string
		l            auhl.Lang
		access, exam string
	}{
		{"/uhasselt/", auhl.Dutch, "nog niet toelaatbaar", "toelatingsexamen arts"},
		{"/en/uhasselt/", auhl.English, "not yet admissible", "entrance exam in medicine"},
	} {
		t.Run(string(tt.l), func(t *testing.T) {
			tb := newTab(t, s, 1280, 900)
			tb.open(tt.path+"#auhl="+interview.New(nil, nil).Encode(stemPlan.all()), 1)
			tb.waitFor(`window.__auhlTest.advice.length === 1`)
			want := expected(t, stemPlan, tt.l)
			got := eval[[]shownProgramme](tb, `(() => {
				const r = document.querySelector('auhl-studiekeuze').shadowRoot;
				return [...r.querySelectorAll('[part~=programme]')].map((li) => ({
					name: li.querySelector('h4').textContent,
					overview: li.querySelector('.overview')?.textContent ?? '',
					entry: [...li.querySelectorAll('.entry li')].map((x) => x.firstChild.textContent),
				}));
			})()`)
			require.Len(t, got, len(want.Programmes.Items))
			common := lineTexts(want.Programmes.Common)
			exam := false
			for i, p := range want.Programmes.Items {
				assert.Equal(t, p.Name, got[i].Name)
				require.NotEmpty(t, p.Access, p.ID)
				assert.Equal(t, p.Overview, got[i].Overview)
				assert.Contains(t, got[i].Overview, p.Access)
				assert.Equal(t, lineTexts(p.Entry), got[i].Entry, p.ID)
				if p.ID == "uhasselt-ba-geneeskunde" {
					exam = true
					assert.Equal(t, tt.access, p.Access)
					assert.True(t, slices.ContainsFunc(slices.Concat(got[i].Entry, common), func(s string) bool { return strings.Contains(s, tt.exam) }),
						"geneeskunde's lines name the %s", tt.exam)
				}
			}
			assert.True(t, exam, "geneeskunde is among the programmes shown")
			tb.checkClean()
		})
	}
}

func lineTexts(ls []report.Line) []string {
	out := []string{}
	for _, l := range ls {
		out = append(out, l.Text)
	}
	return out
}
