// Command combination validates course combinations. Without -plan it
// shows two cases, every finding with its source: a PXL student who adds
// two UHasselt units, and a bridging student who combines the rest of a
// bridging programme with units of the master in de informatica. With
// -plan FILE it validates that plan and prints the result as JSON, each
// finding with its message in the language of -lang.
//
//	go run ./examples/combination -lang en
//	go run ./examples/combination -plan plan.json -lang nl
//	go run ./examples/combination -plan plan.json -agreements agreements.json
//
// With -reorientation FILE it says what a first-year student's change of
// programme means (combination.Reorient) and prints the result as JSON:
// the exemptions, the leerkrediet, the study-progress decisions and the
// what-if audit of the units planned in the new programme, each finding
// with its message. Without -plan or -reorientation it also shows a
// first-year student of the bachelor handelsingenieur who changes to the
// bachelor in de toegepaste economische wetenschappen in February.
//
//	go run ./examples/combination -reorientation change.json -lang en
//
// A plan is the JSON of combination.Plan (see the schema
// auhl/schema/v1/combination-plan.schema.json). -agreements reads a file of
// agreements between the institutions (the format of
// procedures/combination/data/agreements.json) instead of the embedded
// one, which lists none.
//
// A change is the JSON of combination.Reorientation (the schema
// combination-reorientation.schema.json).
//
// With -plan the exit status is 0 when nothing blocks the plan, 1 when a
// finding does, and 2 when the file is not a plan (or cannot be read) or
// the flags are wrong. With -reorientation it is 0, or 1 when a finding
// blocks the units planned in the new programme, and 2 when the file is
// not a change of programme. Without -lang the command speaks the language of
// the environment (LC_ALL, LC_MESSAGES, LANG): English for en_*, Dutch
// otherwise.
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
	"github.com/auhl/auhl-go/procedures/combination"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}

// maxAgreements is the largest agreements file the command reads, in
// bytes.
const maxAgreements = 1 << 20

type options struct {
	lang          auhl.Lang
	plan          string
	reorientation string
	agreements    string
}

// run is the whole command, testable: it returns the exit status.
func run(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	opts, err := parseFlags(args, stderr, negotiate.FromLocale(getenv))
	if status, stop := term.FlagStatus(stderr, opts.lang, err); stop {
		return status
	}
	lang := opts.lang
	var v combination.Validator
	if opts.agreements != "" {
		data, err := term.ReadFile(opts.agreements, maxAgreements)
		if err == nil {
			v.Agreements, err = combination.DecodeAgreements(data)
		}
		if err != nil {
			term.Failed(stderr, lang, ui.InvalidAgreements, opts.agreements, err)
			return 2
		}
	}
	if opts.plan != "" && opts.reorientation != "" {
		fmt.Fprintln(stderr, ui.OneInput.In(lang))
		return 2
	}
	if opts.reorientation != "" {
		return reorient(v, opts.reorientation, lang, stdout, stderr)
	}
	if opts.plan == "" {
		for _, c := range cases() {
			fmt.Fprintln(stdout, c.title.In(lang))
			res, err := v.Validate(c.plan)
			if err != nil {
				term.PrintErrors(stderr, lang, err)
				return 1
			}
			explain(stdout, lang, res.Blocked, res.Findings)
			fmt.Fprintln(stdout)
		}
		fmt.Fprintln(stdout, ui.ReorientationCase.In(lang))
		res, err := v.Reorient(february())
		if err != nil {
			term.PrintErrors(stderr, lang, err)
			return 1
		}
		explainReorientation(stdout, lang, res)
		return 0
	}
	data, err := term.ReadFile(opts.plan, combination.MaxPlanBytes)
	var res combination.Result
	if err == nil {
		var p combination.Plan
		if p, err = combination.DecodePlan(data); err == nil {
			res, err = v.Validate(p)
		}
	}
	if err != nil {
		term.Failed(stderr, lang, ui.InvalidPlan, opts.plan, err)
		return 2
	}
	if err := term.WriteJSON(stdout, render(lang, res)); err != nil {
		return 2
	}
	if res.Blocked {
		return 1
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer, lang auhl.Lang) (options, error) {
	fs, lang := cli.NewFlagSet("combination", stderr, args, lang)
	var o options
	fs.String("lang", "", ui.FlagLang.In(lang))
	fs.StringVar(&o.plan, "plan", "", ui.FlagPlan.In(lang))
	fs.StringVar(&o.reorientation, "reorientation", "", ui.FlagReorientation.In(lang))
	fs.StringVar(&o.agreements, "agreements", "", ui.FlagAgreements.In(lang))
	lang, ve, err := cli.Parse(fs, args, lang)
	o.lang = lang
	if err != nil {
		return o, err
	}
	return o, ve.Err()
}

// output is the JSON the command prints for a plan: the result, each
// finding with its message.
type output struct {
	AcademicYear auhl.AcademicYear        `json:"academicYear"`
	Credits      auhl.Credits             `json:"credits"`
	Blocked      bool                     `json:"blocked"`
	Findings     []message                `json:"findings"`
	Overridden   []combination.Overridden `json:"overridden,omitempty"`
}

// message is a finding with its text in one language.
type message struct {
	auhl.Finding
	Message string `json:"message"`
}

func render(lang auhl.Lang, res combination.Result) output {
	return output{AcademicYear: res.AcademicYear, Credits: res.Credits, Blocked: res.Blocked, Overridden: res.Overridden, Findings: messages(lang, res.Findings)}
}

// messages are the findings, each with its message in lang.
func messages(lang auhl.Lang, fs []auhl.Finding) []message {
	out := []message{}
	for _, f := range fs {
		out = append(out, message{Finding: f, Message: i18n.Render(lang, f)})
	}
	return out
}

// explain writes a verdict and every finding in words, with its source.
func explain(w io.Writer, lang auhl.Lang, blocked bool, fs []auhl.Finding) {
	verdict := ui.Approvable
	if blocked {
		verdict = ui.Blocked
	}
	fmt.Fprintln(w, verdict.In(lang))
	list(w, lang, fs)
}

// list writes every finding in words, with its source.
func list(w io.Writer, lang auhl.Lang, fs []auhl.Finding) {
	for _, f := range fs {
		mark := "-"
		if f.Severity != auhl.Info {
			mark = "!"
		}
		fmt.Fprintln(w, mark, term.OneLine(i18n.Render(lang, f)))
		if f.Source.Title != "" {
			src := f.Source.Title
			if f.Source.URL != "" {
				src += " <" + f.Source.URL + ">"
			}
			fmt.Fprintf(w, "  "+ui.Source.In(lang)+"\n", term.OneLine(src))
		}
	}
}
