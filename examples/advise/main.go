// Command advise is the study-choice advisor of UHasselt and Hogeschool PXL
// in the terminal: it asks about your prior education, your interests and
// your preferences, and answers "hogeschool of universiteit?" with the
// programmes that fit you best, every step explained, in Dutch or English.
//
//	go run ./examples/advise                      # the questionnaire, interactively
//	go run ./examples/advise -lang en -top 10
//	go run ./examples/advise -profile profile.json -details
//	go run ./examples/advise -profile profile.json -json
//	go run ./examples/advise -profile profile.json -year 2026-2027
//	go run ./examples/advise -catalog newer-catalogue.json
//
// The advice is an overview: the level with its headline, the five
// best-fitting programmes (-top sets how many) in two lines each, what
// holds for all of them said once, the interests, the routes and the next
// steps. Each programme's line says whether you can enter it in the
// academic year (-year, else the profile's, else the catalogue's) and on
// which route, as the admission rules decide. -details adds everything
// else: the reasons of the level and of each programme, the flags, what
// admission asks before the enrolment, the facts still to be confirmed,
// the scale scores and the page every finding rests on.
//
// Without -profile the questions are asked on the terminal (or read from a
// pipe, one answer a line): type the number of an answer, Enter alone to
// skip a question, b to go back, r to start again, q to quit. Without
// -lang, the language follows the environment (LC_ALL, LC_MESSAGES, LANG):
// English for en_*, Dutch otherwise.
//
// The exit status is 0 on success (quitting included), 1 when a file cannot
// be read, the input ends too early or holds a line longer than 4096
// bytes, and 2 for invalid input: bad flags, an invalid profile or
// catalogue.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n/negotiate"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/internal/cli"
	"github.com/auhl/auhl-go/studychoice"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

// maxProfile is the largest profile file the command reads, in bytes.
const maxProfile = 1 << 20

// maxLine is the longest line of answers the command reads, in bytes,
// without its line ending: far more than any answer needs.
const maxLine = 4096

// maxTop bounds -top: more than any catalogue has.
const maxTop = 1000

// options are the command's flags, checked.
type options struct {
	lang    auhl.Lang
	profile string
	catalog string
	asJSON  bool
	top     int
	details bool
	year    auhl.AcademicYear
}

// run is the whole command, testable: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	opts, err := parseFlags(args, stderr, negotiate.FromLocale(getenv))
	// Speak the language asked for, even when other flags are wrong.
	if status, stop := term.FlagStatus(stderr, opts.lang, err); stop {
		return status
	}
	lang := opts.lang

	cat := catalog.Default()
	if opts.catalog != "" {
		cat, err = term.ReadCatalogue(opts.catalog)
		if err != nil {
			return term.Rejected(stderr, lang, ui.InvalidCatalogue, opts.catalog, err)
		}
	}
	advisor := studychoice.NewAdvisor(cat)

	var profile studychoice.Profile
	if opts.profile != "" {
		// The advisor's own DecodeProfile checks ijkingstoets scores against
		// the catalogue in use, not only the embedded one.
		data, err := term.ReadFile(opts.profile, maxProfile)
		if err == nil {
			profile, err = advisor.DecodeProfile(data)
		}
		if err != nil {
			return term.Rejected(stderr, lang, ui.InvalidProfile, opts.profile, err)
		}
	} else {
		// With -json, stdout holds only the advice: the questions go to
		// stderr.
		prompts := stdout
		if opts.asJSON {
			prompts = stderr
		}
		iv := newInterviewer(stdin, prompts, lang, advisor.Questionnaire(), cat)
		var end ending
		profile, end = iv.interview()
		switch end {
		case quit:
			fmt.Fprintln(prompts, ui.Goodbye.In(lang))
			return 0
		case inputEnded:
			fmt.Fprintln(stderr, ui.InputEnded.In(lang))
			return 1
		case lineTooLong:
			fmt.Fprintf(stderr, ui.LineTooLong.In(lang)+"\n", maxLine)
			return 1
		case readFailed:
			fmt.Fprintln(stderr, term.Named(lang, term.CannotRead, ""))
			return 1
		}
	}

	if !opts.year.IsZero() {
		profile.AcademicYear = opts.year
	}
	advice, err := advisor.Advise(profile)
	if err != nil {
		term.PrintErrors(stderr, lang, err)
		if errors.Is(err, auhl.ErrInvalid) {
			return 2
		}
		return 1
	}
	if opts.asJSON {
		if err := term.WriteJSON(stdout, advice); err != nil {
			return 1
		}
		return 0
	}
	printAdvice(stdout, lang, advisor.Questionnaire(), advice, opts.top, opts.details)
	return 0
}

func parseFlags(args []string, stderr io.Writer, lang auhl.Lang) (options, error) {
	// The usage speaks the language of -lang, when it comes with -h.
	fs, lang := cli.NewFlagSet("advise", stderr, args, lang, "json")
	var o options
	fs.String("lang", "", ui.FlagLang.In(lang))
	fs.StringVar(&o.profile, "profile", "", ui.FlagProfile.In(lang))
	fs.BoolVar(&o.asJSON, "json", false, ui.FlagJSON.In(lang))
	fs.IntVar(&o.top, "top", 5, ui.FlagTop.In(lang))
	fs.BoolVar(&o.details, "details", false, ui.FlagDetails.In(lang))
	fs.StringVar(&o.catalog, "catalog", "", ui.FlagCatalog.In(lang))
	fs.TextVar(&o.year, "year", auhl.AcademicYear{}, ui.FlagYear.In(lang))
	lang, ve, err := cli.Parse(fs, args, lang)
	o.lang = lang
	if err != nil {
		return o, err
	}
	if o.top < 1 || o.top > maxTop {
		ve.Add("-top", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(o.top), "min": auhl.Int(1), "max": auhl.Int(maxTop)})
	}
	return o, ve.Err()
}
