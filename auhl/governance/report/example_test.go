package report_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/governance"
	"github.com/auhl/auhl-go/auhl/governance/report"
)

// The first lines of a report of an ESG round, in English.
func ExampleText() {
	f, _ := governance.Preset(governance.PresetESG)
	fw := f.Latest()
	year, _ := auhl.ParseAcademicYear("2025-2026")
	round := &governance.Round{Framework: "esg", Edition: "2015", AcademicYear: year, MinGroupSize: 2}
	for _, id := range []string{"panel-1", "panel-2"} {
		round.Respondents = append(round.Respondents, governance.Respondent{ID: id, Group: governance.Partners, Answers: []governance.Answer{
			{Criterion: "1.1", Level: "compliance"}, {Criterion: "1.9", Level: "partial"},
		}})
	}
	ev, _ := governance.Evaluate(fw, round, governance.Options{})
	rep, _ := governance.NewReport(fw, ev, nil, nil, auhl.MustParseDate("2026-06-30"), governance.ReportOptions{Highlights: 1})
	var b bytes.Buffer
	_ = report.Text(&b, auhl.English, report.Document{Report: rep, Framework: fw})
	for _, line := range strings.Split(b.String(), "\n")[:14] {
		fmt.Println(line)
	}
	// Output:
	// Report: ESG 2015, Part 1: internal quality assurance
	// Academic year 2025-2026 · report of 30 June 2026
	//
	// Summary
	// =======
	// Overall score of all groups together: 66.7 %
	// - external partners: 2 respondents
	// A figure that rests on fewer than 2 answers appears nowhere in this report, so that no one can be recognised.
	//
	// Strengths
	// =========
	// - 1.1 Policy for quality assurance (100.0 %)
	//
	// Areas for improvement
}
