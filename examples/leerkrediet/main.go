// Command leerkrediet computes the leerkrediet (learning credit) of a
// student's history in Flemish higher education: it reads the history as
// JSON on standard input, or from -history FILE, and prints the result as
// JSON: the balance, the bonus left, both per academic year, and the
// findings that explain every step, each with its source. With -lang nl or
// -lang en it also explains the result in words.
//
//	go run ./examples/leerkrediet < history.json
//	go run ./examples/leerkrediet -history history.json -lang en
//	go run ./examples/leerkrediet -rules newer-rules.json -history history.json
//
// A history is {"events": [...]}, one event an object with its "year" and
// "kind" (enrolment, results, reorientation, force-majeure, covid,
// no-enrolment, diploma); see the schema
// auhl/schema/v1/leerkrediet-history.schema.json.
// -rules reads a leerkrediet rules file of the embedded file's format
// (procedures/leerkrediet/data/leerkrediet.json) instead of the embedded one, for
// academic years the embedded file does not cover.
//
// The embedded rules cover every academic year from 2008-2009 to
// 2026-2027. A history that runs into later years is projected with the
// rules of the last year covered, and every projected year carries a
// warning that its rules are not published yet; -strict refuses such a
// history instead.
//
//	go run ./examples/leerkrediet -strict < history.json
//
// The exit status is 0 on success; 1 when the history (or the rules file)
// is invalid or cannot be read, with the problems on standard error and
// nothing on standard output; 2 for bad flags. Without -lang, errors and
// help speak the language of the environment (LC_ALL, LC_MESSAGES, LANG):
// English for en_*, Dutch otherwise.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/i18n/negotiate"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/internal/cli"
	"github.com/auhl/auhl-go/procedures/leerkrediet"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

// maxRules is the largest rules file the command reads, in bytes.
const maxRules = 1 << 20

// options are the command's flags, checked.
type options struct {
	lang    auhl.Lang
	explain bool // -lang was given: explain the result in words
	history string
	rules   string
	strict  bool // refuse years after the rules instead of projecting them
}

// run is the whole command, testable: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	opts, err := parseFlags(args, stderr, negotiate.FromLocale(getenv))
	if status, stop := term.FlagStatus(stderr, opts.lang, err); stop {
		return status
	}
	lang := opts.lang

	rules := leerkrediet.Default()
	if opts.rules != "" {
		data, err := term.ReadFile(opts.rules, maxRules)
		if err == nil {
			rules, err = leerkrediet.DecodeRules(data)
		}
		if err != nil {
			return term.Failed(stderr, lang, ui.InvalidRules, opts.rules, err)
		}
	}

	var data []byte
	if opts.history != "" {
		data, err = term.ReadFile(opts.history, leerkrediet.MaxHistoryBytes)
	} else {
		data, err = auhl.ReadLimited(stdin, leerkrediet.MaxHistoryBytes)
	}
	var res leerkrediet.Result
	if err == nil {
		var h leerkrediet.History
		if h, err = leerkrediet.DecodeHistory(data); err == nil {
			decide := rules.Project
			if opts.strict {
				decide = rules.Decide
			}
			res, err = decide(h)
		}
	}
	if err != nil {
		return term.Failed(stderr, lang, ui.InvalidHistory, opts.history, err)
	}

	if err := term.WriteJSON(stdout, res); err != nil {
		return 1
	}
	if opts.explain {
		fmt.Fprintln(stdout)
		explain(stdout, lang, res)
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer, lang auhl.Lang) (options, error) {
	// The usage speaks the language of -lang, when it comes with -h.
	fs, lang := cli.NewFlagSet("leerkrediet", stderr, args, lang)
	var o options
	langFlag := fs.String("lang", "", ui.FlagLang.In(lang))
	fs.StringVar(&o.history, "history", "", ui.FlagHistory.In(lang))
	fs.StringVar(&o.rules, "rules", "", ui.FlagRules.In(lang))
	fs.BoolVar(&o.strict, "strict", false, ui.FlagStrict.In(lang))
	lang, ve, err := cli.Parse(fs, args, lang)
	o.lang = lang
	if err != nil {
		return o, err
	}
	o.explain = *langFlag != ""
	return o, ve.Err()
}

// explain writes the result in words in language lang: the balance, the
// years, and every finding with its source.
func explain(w io.Writer, lang auhl.Lang, res leerkrediet.Result) {
	fmt.Fprintf(w, ui.Summary.In(lang)+"\n", res.Balance, res.BonusLeft)
	fmt.Fprintln(w)
	fmt.Fprintln(w, ui.PerYear.In(lang))
	for _, y := range res.Years {
		line := fmt.Sprintf(ui.YearLine.In(lang), y.Year, y.Balance, y.BonusLeft)
		if y.Projected {
			line += " " + ui.Projected.In(lang)
		}
		fmt.Fprintln(w, "  "+line)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, ui.Explanation.In(lang))
	for _, f := range res.Findings {
		mark := "-"
		if f.Severity != auhl.Info {
			mark = "!"
		}
		fmt.Fprintln(w, mark, term.OneLine(i18n.Render(lang, f)))
		src := f.Source.Title
		if f.Source.URL != "" {
			src += " <" + f.Source.URL + ">"
		}
		fmt.Fprintf(w, "  "+ui.Source.In(lang)+"\n", term.OneLine(src))
	}
}
