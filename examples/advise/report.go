package main

import (
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/studychoice"
)

// printAdvice writes the advice for people: the level, the interests, the
// top programmes that are not excluded, the routes, the next steps and, last
// and apart, the disclaimer.
func printAdvice(w io.Writer, lang auhl.Lang, qn *studychoice.Questionnaire, a studychoice.Advice, top int) {
	say := func(f auhl.Finding) string { return term.OneLine(i18n.Render(lang, f)) }
	var interest, routes, disclaimers []auhl.Finding
	for _, f := range a.Findings {
		switch {
		case f.Code == studychoice.CodeDisclaimer:
			disclaimers = append(disclaimers, f)
		case strings.HasPrefix(f.Code, "studychoice.interest."):
			interest = append(interest, f)
		default:
			routes = append(routes, f)
		}
	}

	heading(w, ui.LevelHeading.In(lang))
	if len(a.Level.Reasons) > 0 {
		head := a.Level.Reasons[0]
		fmt.Fprintln(w, say(head))
		printURL(w, "  ", head.Source.URL)
		findings(w, lang, "  ", a.Level.Reasons[1:], "")
	}

	heading(w, ui.InterestHeading.In(lang))
	findings(w, lang, "  ", interest, "")
	if a.Interests.Code != "" {
		fmt.Fprintf(w, "  "+ui.HollandCode.In(lang)+"\n", term.OneLine(string(a.Interests.Code)))
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, s := range qn.Scales {
		if score, ok := a.Interests.Scores[s.ID]; ok {
			fmt.Fprintf(tw, "  %s\t%2d/40\t%s\n", term.OneLine(s.Name.In(lang)), int(math.Round(score)), bar(score))
		}
	}
	tw.Flush()

	heading(w, ui.ProgrammesHeading.In(lang))
	rank := 0
	for _, p := range a.Programmes {
		if p.Excluded {
			continue
		}
		if rank == top {
			break
		}
		rank++
		fmt.Fprintf(w, "%2d. %s\n", rank, term.OneLine(p.Name.In(lang)))
		fmt.Fprintf(w, "    %s · %s\n", p.Institution.Name().In(lang), p.Level.Name().In(lang))
		fit := fmt.Sprintf(ui.Fit.In(lang), p.InterestFit, bandLabel[p.Preparation].In(lang), p.Overall)
		if p.PreferenceFit < 100 {
			fit += " · " + fmt.Sprintf(ui.Preferences.In(lang), p.PreferenceFit)
		}
		fmt.Fprintln(w, "    "+fit)
		findings(w, lang, "    ", p.Reasons, p.URL)
		findings(w, lang, "    ", p.Flags, p.URL)
		printURL(w, "    ", p.URL)
	}
	if rank == 0 {
		fmt.Fprintln(w, ui.NoProgrammes.In(lang))
	}

	if len(routes) > 0 {
		heading(w, ui.RoutesHeading.In(lang))
		findings(w, lang, "  ", routes, "")
	}
	if len(a.NextSteps) > 0 {
		heading(w, ui.StepsHeading.In(lang))
		findings(w, lang, "  ", a.NextSteps, "")
	}

	fmt.Fprintln(w)
	fmt.Fprintf(w, ui.Versions.In(lang)+"\n", term.OneLine(a.Catalog), term.OneLine(a.Questionnaire))
	fmt.Fprintln(w, strings.Repeat("─", 72))
	for _, f := range disclaimers {
		fmt.Fprintln(w, say(f))
		printURL(w, "", f.Source.URL)
	}
}

// findings writes each finding on an indented line, marked by its
// severity, with the page it rests on below it unless that is the page
// already shown for the block (skip).
func findings(w io.Writer, lang auhl.Lang, indent string, fs []auhl.Finding, skip string) {
	for _, f := range fs {
		mark := "-"
		if f.Severity == auhl.Warning || f.Severity == auhl.Error {
			mark = "!"
		}
		fmt.Fprintf(w, "%s%s %s\n", indent, mark, term.OneLine(i18n.Render(lang, f)))
		if f.Source.URL != skip {
			printURL(w, indent+"  ", f.Source.URL)
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
	fmt.Fprintln(w)
	fmt.Fprintln(w, s)
	fmt.Fprintln(w, strings.Repeat("=", utf8.RuneCountInString(s)))
}

// bar draws a score from 0 to 40 as up to 20 blocks.
func bar(score float64) string {
	n := int(math.Round(math.Max(0, math.Min(40, score)) / 2))
	return strings.Repeat("█", n)
}
