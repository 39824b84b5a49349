// Command admission decides whether an applicant is admissible to a
// programme of the catalogue of UHasselt and Hogeschool PXL: it reads the
// applicant as JSON on standard input, or from -applicant FILE, and prints
// the decision as JSON: the outcome, the route in, every requirement with
// where it stands, and the findings that explain every step, each with its
// source. With -lang nl or -lang en it also explains the decision in
// words.
//
//	go run ./examples/admission -programme uhasselt-ba-geneeskunde < applicant.json
//	go run ./examples/admission -programme pxl-pba-pop-en-rockmuziek -applicant applicant.json -lang en
//	go run ./examples/admission -programme uhasselt-ma-informatica -rules newer-rules.json -applicant applicant.json
//
// -programme is the catalogue id of the programme, which is required; the
// column ID of go run ./examples/catalog lists them. An applicant is
// {"academicYear": ..., "diplomas": [...], "languageProofs": [...],
// "tests": [...]}, with the contract and the age where they matter; see
// the schema auhl/schema/v1/admission-applicant.schema.json. -rules reads
// an admission rules file of the embedded file's format
// (procedures/admission/data/admission.json) instead of the embedded one, for
// academic years the embedded file does not cover.
//
// -leerkrediet N gives the applicant's leerkrediet (learning credit)
// balance, N credits (zero or negative when used up), for an enrolment of
// -credits credits (60, one year of a model path, when not given): the
// decision is then the admission together with what the balance means for
// the enrolment (procedures.Decide; see the schema
// auhl/schema/v1/admission-enrolment-decision.schema.json), with one
// outcome for both. -connecting-master says that the programme is a master
// that follows on from the applicant's previous programme, -has-master
// that the applicant already holds a master's diploma. On the route of
// afwijkende toelating that decision also gives the deadlines of its
// dossier among the dates.
//
//	go run ./examples/admission -programme uhasselt-ma-informatica -leerkrediet 20 -connecting-master -applicant applicant.json -lang en
//
// The exit status is 0 on success; 1 when the applicant (or the rules
// file) is invalid or cannot be read, or the programme is not in the
// catalogue, with the problems on standard error and nothing on standard
// output; 2 for bad flags. Without -lang, errors and help speak the
// language of the environment (LC_ALL, LC_MESSAGES, LANG): English for
// en_*, Dutch otherwise.
package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/i18n/negotiate"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/internal/cli"
	"github.com/auhl/auhl-go/procedures"
	"github.com/auhl/auhl-go/procedures/admission"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

// maxRules is the largest rules file the command reads, in bytes.
const maxRules = 1 << 20

// options are the command's flags, checked.
type options struct {
	lang      auhl.Lang
	explain   bool // -lang was given: explain the decision in words
	programme string
	applicant string
	rules     string
	// balance is the leerkrediet balance of -leerkrediet; nil without it.
	balance          *int
	credits          int
	connecting, both bool // -connecting-master, -has-master
}

// run is the whole command, testable: it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	opts, err := parseFlags(args, stderr, negotiate.FromLocale(getenv))
	if status, stop := term.FlagStatus(stderr, opts.lang, err); stop {
		return status
	}
	lang := opts.lang

	prog, ok := catalog.Default().ByID(opts.programme)
	if !ok {
		fmt.Fprintf(stderr, ui.UnknownProgramme.In(lang)+"\n", term.OneLine(auhl.Clip(opts.programme)))
		return 1
	}

	rules := admission.Default()
	if opts.rules != "" {
		data, err := term.ReadFile(opts.rules, maxRules)
		if err == nil {
			rules, err = admission.DecodeRules(data)
		}
		if err != nil {
			return term.Failed(stderr, lang, ui.InvalidRules, opts.rules, err)
		}
	}

	var data []byte
	if opts.applicant != "" {
		data, err = term.ReadFile(opts.applicant, admission.MaxApplicantBytes)
	} else {
		data, err = auhl.ReadLimited(stdin, admission.MaxApplicantBytes)
	}
	var a admission.Applicant
	if err == nil {
		a, err = admission.DecodeApplicant(data)
	}
	var dec admission.Decision
	var both procedures.AdmissionDecision
	switch {
	case err != nil:
	case opts.balance == nil:
		dec, err = rules.Decide(a, prog)
	default:
		app := procedures.Application{Applicant: a, Leerkrediet: &procedures.Balance{Balance: *opts.balance,
			Credits: auhl.Credits(opts.credits), ConnectingMaster: opts.connecting, HasMaster: opts.both}}
		both, err = procedures.DecideWith(rules, app, prog)
		dec = both.Admission
	}
	if err != nil {
		return term.Failed(stderr, lang, ui.InvalidApplicant, opts.applicant, err)
	}

	var out any = dec
	if opts.balance != nil {
		out = both
	}
	if err := term.WriteJSON(stdout, out); err != nil {
		return 1
	}
	if opts.explain {
		fmt.Fprintln(stdout)
		explain(stdout, lang, prog, dec)
		if opts.balance != nil {
			explainBalance(stdout, lang, both)
		}
	}
	return 0
}

// explainBalance writes in language lang what the decision adds to the
// admission: the one outcome, what the balance means for the enrolment,
// and the deadlines of afwijkende toelating, each finding with its source.
func explainBalance(w io.Writer, lang auhl.Lang, d procedures.AdmissionDecision) {
	fmt.Fprintln(w)
	fmt.Fprintf(w, ui.Together.In(lang)+"\n", d.Outcome.Name().In(lang))
	findings(w, lang, append(append([]auhl.Finding(nil), d.Findings...), d.Leerkrediet.Findings...))
}

func parseFlags(args []string, stderr io.Writer, lang auhl.Lang) (options, error) {
	// The usage speaks the language of -lang, when it comes with -h.
	fs, lang := cli.NewFlagSet("admission", stderr, args, lang, "connecting-master", "has-master")
	var o options
	langFlag := fs.String("lang", "", ui.FlagLang.In(lang))
	fs.StringVar(&o.programme, "programme", "", ui.FlagProgramme.In(lang))
	fs.StringVar(&o.applicant, "applicant", "", ui.FlagApplicant.In(lang))
	fs.StringVar(&o.rules, "rules", "", ui.FlagRules.In(lang))
	fs.Func("leerkrediet", ui.FlagLeerkrediet.In(lang), func(v string) error {
		n, err := strconv.Atoi(v)
		o.balance = &n
		return err
	})
	fs.IntVar(&o.credits, "credits", 60, ui.FlagCredits.In(lang))
	fs.BoolVar(&o.connecting, "connecting-master", false, ui.FlagConnecting.In(lang))
	fs.BoolVar(&o.both, "has-master", false, ui.FlagHasMaster.In(lang))
	lang, ve, err := cli.Parse(fs, args, lang)
	o.lang = lang
	if err != nil {
		return o, err
	}
	if o.programme == "" {
		ve.Add("-programme", auhl.CodeRequired, nil)
	}
	o.explain = *langFlag != ""
	return o, ve.Err()
}

// explain writes the decision in words in language lang: the programme,
// the outcome and the route, the requirements, and every finding with its
// source.
func explain(w io.Writer, lang auhl.Lang, prog catalog.Programme, dec admission.Decision) {
	fmt.Fprintf(w, ui.Programme.In(lang)+"\n", term.OneLine(prog.Name.In(lang)), dec.AcademicYear, dec.Contract.Name().In(lang))
	fmt.Fprintf(w, ui.Outcome.In(lang)+"\n", dec.Outcome.Name().In(lang))
	route := ui.NoRoute.In(lang)
	if dec.Route != "" {
		route = dec.Route.Name().In(lang)
	}
	fmt.Fprintf(w, ui.Route.In(lang)+"\n", route)
	fmt.Fprintln(w)
	fmt.Fprintln(w, ui.Requirements.In(lang))
	if len(dec.Requirements) == 0 {
		fmt.Fprintln(w, "  "+ui.NoRequirements.In(lang))
	}
	for _, r := range dec.Requirements {
		fmt.Fprintln(w, "  "+requirement(lang, r))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, ui.Explanation.In(lang))
	findings(w, lang, dec.Findings)
}

// findings writes every finding of fs on its line, with its source on the
// next.
func findings(w io.Writer, lang auhl.Lang, fs []auhl.Finding) {
	for _, f := range fs {
		mark := "-"
		if f.Severity != auhl.Info {
			mark = "!"
		}
		fmt.Fprintln(w, mark, term.OneLine(i18n.Render(lang, f)))
		src := f.Source.Title
		if f.Source.URL != "" {
			src += " <" + f.Source.URL + ">"
		}
		if src != "" { // the outcome rests on the findings after it
			fmt.Fprintf(w, "  "+ui.Source.In(lang)+"\n", term.OneLine(src))
		}
	}
}

// requirement writes one requirement on one line: where it stands, what
// it is, when it must be met, the contracts it applies to, and whether it
// rests on a rule the notes could not confirm.
func requirement(lang auhl.Lang, r admission.Requirement) string {
	var what string
	switch {
	case r.Kind == admission.ReqLanguage:
		what = fmt.Sprintf(ui.LanguageLevel.In(lang), langName[r.Language].In(lang), r.Level)
	case r.Test != "":
		what = r.Test.Name().In(lang)
	default:
		what = r.Kind.Name().In(lang)
	}
	when := ui.DuringEnrolment.In(lang)
	if r.BeforeEnrolment {
		when = ui.BeforeEnrolment.In(lang)
	}
	contracts := make([]string, len(r.Contracts))
	for i, c := range r.Contracts {
		contracts[i] = c.Name().In(lang)
	}
	line := fmt.Sprintf(ui.RequirementLine.In(lang), r.Status.Name().In(lang), what, when, strings.Join(contracts, ", "))
	if r.Unconfirmed {
		line += " " + ui.Unconfirmed.In(lang)
	}
	return term.OneLine(line)
}
