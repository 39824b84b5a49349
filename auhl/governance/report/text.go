package report

import (
	"bufio"
	"io"
	"strings"

	"github.com/auhl/auhl-go/auhl"
)

// Text writes the report as plain text in lang: the summary, the scores
// per criterion and per group, the trend, the strengths, the areas for
// improvement, the actions and the notes. A document without its report,
// evaluation or framework is a *auhl.ValidationError, and nothing is
// written.
func Text(w io.Writer, lang auhl.Lang, d Document) error {
	if err := d.check(); err != nil {
		return err
	}
	v := newView(lang, d)
	b := bufio.NewWriter(w)
	line := func(s ...string) { b.WriteString(strings.Join(s, "") + "\n") }
	heading := func(s string) { line(); line(s); line(strings.Repeat("=", len([]rune(s)))) }
	list := func(items []string) {
		if len(items) == 0 {
			line(v.None)
		}
		for _, s := range items {
			line("- ", s)
		}
	}
	line(v.Title)
	line(v.Subtitle)
	heading(v.Summary)
	line(v.OverallLabel, ": ", v.Overall)
	list(v.Respondents)
	line(v.MinSize)
	heading(v.StrengthsHeading)
	list(v.Strengths)
	heading(v.ImprovementsHeading)
	list(v.Improvements)
	heading(v.CriteriaHeading)
	writeTable(b, v.Criteria)
	heading(v.GroupsHeading)
	writeTable(b, v.Groups)
	heading(v.TrendHeading)
	if v.NoPrevious != "" {
		line(v.NoPrevious)
	} else {
		writeTable(b, v.Trend)
		line()
		list(v.Changes)
		line(v.Tested)
	}
	heading(v.ActionsHeading)
	writeTable(b, v.Actions)
	heading(v.FindingsHeading)
	list(v.Findings)
	return b.Flush()
}

// writeTable writes a table as lines: the row's label, indented by its
// depth, then its cells after a colon.
func writeTable(b *bufio.Writer, t table) {
	b.WriteString("(" + strings.Join(t.Headers, " | ") + ")\n")
	for _, r := range t.Rows {
		b.WriteString(strings.Repeat("  ", r.Depth) + r.Label)
		if len(r.Cells) > 0 {
			b.WriteString(": " + strings.Join(r.Cells, " | "))
		}
		b.WriteString("\n")
	}
}
