package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/governance"
)

// boardDocument is a report of two rounds of the AUHL board preset: five
// board members, four of staff and two students (under the minimum of
// 3), the second year higher on every item for the board.
func boardDocument(t testing.TB) Document {
	t.Helper()
	f, err := governance.Preset(governance.PresetAUHLBoard)
	require.NoError(t, err)
	fw := f.Latest()
	round := func(y string, lift int) *governance.Round {
		year, err := auhl.ParseAcademicYear(y)
		require.NoError(t, err)
		r := &governance.Round{Framework: fw.ID, Edition: fw.Edition, AcademicYear: year, MinGroupSize: 3}
		for _, g := range []struct {
			group governance.Group
			n     int
		}{{governance.Board, 5}, {governance.Staff, 4}, {governance.Students, 2}} {
			for i := range g.n {
				resp := governance.Respondent{ID: string(g.group) + "-" + string(rune('a'+i)), Group: g.group}
				for _, c := range fw.Criteria {
					s, ok := fw.Scale(c.Scale)
					if !ok {
						continue
					}
					a := governance.Answer{Criterion: c.ID}
					if len(s.Levels) > 0 {
						a.Level = s.Levels[(i+lift)%len(s.Levels)].ID
					} else {
						a.Value = min(s.Max, s.Min+(i+len(c.ID))%3+lift)
					}
					resp.Answers = append(resp.Answers, a)
				}
				r.Respondents = append(r.Respondents, resp)
			}
		}
		return r
	}
	prev, err := governance.Evaluate(fw, round("2024-2025", 0), governance.Options{})
	require.NoError(t, err)
	cur, err := governance.Evaluate(fw, round("2025-2026", 2), governance.Options{})
	require.NoError(t, err)
	plan := &governance.DefaultPlan().Years[0]
	rep, err := governance.NewReport(fw, cur, prev, plan, auhl.MustParseDate("2026-06-30"), governance.ReportOptions{})
	require.NoError(t, err)
	return Document{Report: rep, Framework: fw, Plan: plan}
}

// TestRenderings renders the board's report as text and as HTML in both
// languages: each has the headings and names of its language, the trend
// of the two years, and no figure of the students, who are fewer than the
// minimum.
func TestRenderings(t *testing.T) {
	d := boardDocument(t)
	tests := []struct {
		name   string
		render func(io.Writer, auhl.Lang, Document) error
		lang   auhl.Lang
		want   []string
	}{
		{"text nl", Text, auhl.Dutch, []string{"Rapport: Zelfevaluatie van de raad van bestuur van AUHL", "2024-2025", "raad van bestuur"}},
		{"text en", Text, auhl.English, []string{"Report: Self-evaluation of the AUHL board", "2024-2025", "board"}},
		{"html nl", HTML, auhl.Dutch, []string{`<html lang="nl"`, "<svg", "2024-2025"}},
		{"html en", HTML, auhl.English, []string{`<html lang="en"`, "<svg", "2024-2025"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, tt.render(&b, tt.lang, d))
			out := b.String()
			for _, w := range tt.want {
				assert.Contains(t, out, w)
			}
			if _, body, ok := strings.Cut(out, "</style>"); ok {
				out = body // the style sheet has braces of its own
			}
			assert.NotContains(t, out, "{", "every placeholder filled")
			assert.NotContains(t, out, "studenten:", "the students are under the minimum")
			assert.NotContains(t, out, "students:", "the students are under the minimum")
		})
	}
}

// TestIncompleteDocuments: a document without its report, evaluation or
// framework is refused with the path of what is missing, and nothing is
// written.
func TestIncompleteDocuments(t *testing.T) {
	full := boardDocument(t)
	noEvaluation := *full.Report
	noEvaluation.Evaluation = nil
	tests := []struct {
		name string
		doc  Document
		path string
	}{
		{"no report", Document{Framework: full.Framework}, "/report"},
		{"no evaluation", Document{Report: &noEvaluation, Framework: full.Framework}, "/report/evaluation"},
		{"no framework", Document{Report: full.Report}, "/framework"},
	}
	for _, tt := range tests {
		for name, render := range map[string]func(io.Writer, auhl.Lang, Document) error{"text": Text, "html": HTML} {
			t.Run(tt.name+" "+name, func(t *testing.T) {
				var b bytes.Buffer
				err := render(&b, auhl.English, tt.doc)
				require.ErrorIs(t, err, auhl.ErrInvalid)
				var ve *auhl.ValidationError
				require.True(t, errors.As(err, &ve))
				assert.Equal(t, tt.path, ve.Problems[0].Path)
				assert.Zero(t, b.Len())
			})
		}
	}
}

// FuzzRender: a report read from JSON, such as one kept from an earlier
// run, renders as text and as HTML in both languages without a panic.
func FuzzRender(f *testing.F) {
	d := boardDocument(f)
	seed := *d.Report
	seed.Previous, seed.Trend = nil, nil // a smaller seed, for speed
	b, err := json.Marshal(&seed)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{"on":"2026-06-30","evaluation":{"framework":"x","overall":{"all":{"n":1,"mean":1e308,"sd":-1}},"criteria":[{"id":"","depth":-5,"groups":[{"group":"board","n":2,"mean":-40}]}]},"strengths":[{"criterion":"zz","theme":99}],"actions":[{"theme":-1,"action":{"id":""},"status":"on-track"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var rep governance.Report
		if auhl.DecodeJSON(data, &rep) != nil {
			return
		}
		doc := Document{Report: &rep, Framework: d.Framework, Plan: d.Plan}
		for _, lang := range []auhl.Lang{auhl.Dutch, auhl.English} {
			for _, render := range []func(io.Writer, auhl.Lang, Document) error{Text, HTML} {
				if err := render(io.Discard, lang, doc); err != nil && !errors.Is(err, auhl.ErrInvalid) && !strings.Contains(err.Error(), "template") {
					t.Fatalf("%v", err)
				}
			}
		}
	})
}
