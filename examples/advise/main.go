// Command advise is the study-choice advisor of UHasselt and Hogeschool PXL
// in the terminal: it asks about your prior education, your interests and
// your preferences, and answers "hogeschool of universiteit?" with the
// programmes that fit you best, every step explained, in Dutch or English.
//
//	go run ./examples/advise                      # the questionnaire, interactively
//	go run ./examples/advise -lang en -top 5
//	go run ./examples/advise -profile profile.json -json
//	go run ./examples/advise -catalog newer-catalogue.json
//
// Without -profile the questions are asked on the terminal (or read from a
// pipe, one answer a line): type the number of an answer, Enter alone to
// skip a question, b to go back, r to start again, q to quit. Without
// -lang, the language follows the environment (LC_ALL, LC_MESSAGES, LANG):
// English for en_*, Dutch otherwise.
//
// The exit status is 0 on success (quitting included), 1 when a file cannot
// be read or the input ends too early, and 2 for invalid input: bad flags,
// an invalid profile or catalogue.
package main

import (
	"errors"
	"flag"
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

// maxTop bounds -top: more than any catalogue has.
const maxTop = 1000

// options are the command's flags, checked.
type options struct {
	lang    auhl.Lang
	profile string
	catalog string
	asJSON  bool
	top     int
}

// run is the whole command, testable: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	opts, err := parseFlags(args, stderr, negotiate.FromLocale(getenv))
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if errors.Is(err, cli.ErrUsage) {
		return 2 // package flag has said what is wrong, with the usage
	}
	if err != nil {
		// Speak the language asked for, even when other flags are wrong.
		term.PrintErrors(stderr, opts.lang, err)
		return 2
	}
	lang := opts.lang

	cat := catalog.Default()
	if opts.catalog != "" {
		cat, err = readFile(opts.catalog, catalog.Load)
		if err != nil {
			return fileFailed(stderr, lang, opts.catalog, err)
		}
	}
	advisor := studychoice.NewAdvisor(cat)

	var profile studychoice.Profile
	if opts.profile != "" {
		// The advisor's own DecodeProfile checks ijkingstoets scores against
		// the catalogue in use, not only the embedded one.
		profile, err = readFile(opts.profile, func(r io.Reader) (studychoice.Profile, error) {
			data, err := auhl.ReadLimited(r, maxProfile)
			if err != nil {
				return studychoice.Profile{}, err
			}
			return advisor.DecodeProfile(data)
		})
		if err != nil {
			return fileFailed(stderr, lang, opts.profile, err)
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
		}
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
	printAdvice(stdout, lang, advisor.Questionnaire(), advice, opts.top)
	return 0
}

func parseFlags(args []string, stderr io.Writer, lang auhl.Lang) (options, error) {
	// The usage speaks the language of -lang, when it comes with -h.
	fs, lang := cli.NewFlagSet("advise", stderr, args, lang, "json")
	var o options
	fs.String("lang", "", ui.FlagLang.In(lang))
	fs.StringVar(&o.profile, "profile", "", ui.FlagProfile.In(lang))
	fs.BoolVar(&o.asJSON, "json", false, ui.FlagJSON.In(lang))
	fs.IntVar(&o.top, "top", 10, ui.FlagTop.In(lang))
	fs.StringVar(&o.catalog, "catalog", "", ui.FlagCatalog.In(lang))
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

// readFile opens the file name and decodes it.
func readFile[T any](name string, decode func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(name)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	return decode(f)
}

// fileFailed reports a file that could not be used and returns the exit
// status: 2 when its content is invalid, 1 when it could not be read.
func fileFailed(stderr io.Writer, lang auhl.Lang, name string, err error) int {
	name = term.OneLine(name)
	switch {
	case errors.Is(err, auhl.ErrInvalid):
		fmt.Fprintf(stderr, ui.InvalidFile.In(lang)+"\n", name)
		term.PrintErrors(stderr, lang, err)
		return 2
	case errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrPermission):
		fmt.Fprintln(stderr, ui.CannotOpen.In(lang), name)
	default:
		fmt.Fprintln(stderr, ui.CannotRead.In(lang), name)
	}
	return 1
}
