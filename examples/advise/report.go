package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/studychoice"
	"github.com/auhl/auhl-go/studychoice/report"
)

// printAdvice writes the advice for people, an overview first: the level
// with its headline, the top programmes that are not excluded in two lines
// each with what holds for all of them said once above them, the facts
// still to be confirmed counted once, the interests, the routes, the next
// steps and, last and apart, the disclaimer. Each programme's overview
// says whether the student can enter it and on which route. With details
// it adds everything else: the level's reasons, each programme's reasons,
// flags, admission lines (what must happen before the enrolment, with the
// page of its rule), facts to confirm and page, the scale scores, and the
// page of every finding.
func printAdvice(w io.Writer, lang auhl.Lang, qn *studychoice.Questionnaire, a studychoice.Advice, top int, details bool) {
	r := report.New(lang, qn, a, top)

	heading(w, r.Level.Heading)
	if len(r.Level.Lines) > 0 {
		head := r.Level.Lines[0]
		fmt.Fprintln(w, term.OneLine(head.Text))
		if details {
			printURL(w, "  ", head.URL)
			findings(w, "  ", r.Level.Lines[1:], "", true)
		}
	}

	heading(w, r.Programmes.Heading)
	if len(r.Programmes.Common) > 0 {
		fmt.Fprintln(w, term.OneLine(r.Programmes.CommonLead))
		findings(w, "  ", r.Programmes.Common, "", details)
	}
	for i, p := range r.Programmes.Items {
		fmt.Fprintf(w, "%2d. %s\n", i+1, term.OneLine(p.Name))
		fmt.Fprintf(w, "    %s · %s\n", term.OneLine(p.InstitutionName), term.OneLine(p.Level))
		fmt.Fprintln(w, "    "+term.OneLine(p.Overview))
		if details {
			findings(w, "    ", p.Reasons, p.URL, true)
			findings(w, "    ", p.Flags, p.URL, true)
			findings(w, "    ", p.Entry, p.URL, true)
			if p.Unconfirmed.Text != "" {
				findings(w, "    ", []report.Line{p.Unconfirmed}, p.URL, true)
			}
			printURL(w, "    ", p.URL)
		}
	}
	if r.Programmes.Empty != "" {
		fmt.Fprintln(w, term.OneLine(r.Programmes.Empty))
	}
	if r.Programmes.Unconfirmed != "" {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "! "+term.OneLine(r.Programmes.Unconfirmed))
	}

	heading(w, r.Interests.Heading)
	findings(w, "  ", r.Interests.Lines, "", details)
	if r.Interests.CodeText != "" {
		fmt.Fprintln(w, "  "+term.OneLine(r.Interests.CodeText))
	}
	if details {
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, s := range r.Interests.Scales {
			fmt.Fprintf(tw, "  %s\t%2d/%d\t%s\n", term.OneLine(s.Name), s.Score, s.Max, bar(s.Score))
		}
		tw.Flush()
	}

	if len(r.Routes.Lines) > 0 {
		heading(w, r.Routes.Heading)
		findings(w, "  ", r.Routes.Lines, "", true)
	}
	if len(r.NextSteps.Lines) > 0 {
		heading(w, r.NextSteps.Heading)
		findings(w, "  ", r.NextSteps.Lines, "", true)
	}

	fmt.Fprintln(w)
	if !details {
		fmt.Fprintln(w, term.OneLine(ui.MoreDetails.In(lang)))
	}
	fmt.Fprintln(w, term.OneLine(r.Versions))
	fmt.Fprintln(w, strings.Repeat("─", 72))
	for _, l := range r.Disclaimer {
		fmt.Fprintln(w, term.OneLine(l.Text))
		printURL(w, "", l.URL)
	}
}

// findings writes each line indented, marked by its severity, and, with
// pages, the page it rests on below it unless that is the page already
// shown for the block (skip).
func findings(w io.Writer, indent string, ls []report.Line, skip string, pages bool) {
	for _, l := range ls {
		mark := "-"
		if l.Warning {
			mark = "!"
		}
		fmt.Fprintf(w, "%s%s %s\n", indent, mark, term.OneLine(l.Text))
		if pages && l.URL != skip {
			printURL(w, indent+"  ", l.URL)
		}
	}
}

func printURL(w io.Writer, indent, url string) {
	if url != "" {
		fmt.Fprintln(w, indent+term.OneLine(url))
	}
}

// heading writes a section heading, underlined.
func heading(w io.Writer, s string) {
	s = term.OneLine(s)
	fmt.Fprintln(w)
	fmt.Fprintln(w, s)
	fmt.Fprintln(w, strings.Repeat("=", utf8.RuneCountInString(s)))
}

// bar draws a score from 0 to 40 as up to 20 blocks.
func bar(score int) string {
	return strings.Repeat("█", (max(0, min(40, score))+1)/2)
}
