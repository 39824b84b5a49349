// Command mobility walks one outgoing School of Arts student from
// application to recognition: the eligibility of the exchange, the
// document checklist and the deadlines on the partner's factsheet, the
// learning agreement and its changes, the grant with the planned and the
// actual dates, and the recognition of the results, in the language
// asked. The partner and the student are made up; the rules and the
// grant rates are the embedded ones (mobility/data/rules.json,
// mobility/grant/data/grant.json), every figure still to confirm.
//
//	go run ./examples/mobility -lang en
//	go run ./examples/mobility -out DIR     # also writes the case's EWP documents
//
// With -out DIR it writes the case's four EWP documents into DIR:
// la-get-response.xml, la-update-request.xml,
// omobilities-get-response.xml and omobilities-update-request.xml.
//
// Integrators check documents of their own with it:
//
//	go run ./examples/mobility -check FILE.xml [-reencode OUT.xml]
//
// reads an OLA v1.2 or outgoing mobilities v3 document, or a bare `la` or
// `student-mobility` element without a namespace (taken as that API's),
// validates it with the package's rules and prints {"kind": ...,
// "valid": ..., "findings": [{"code", "severity", "path"}]}. With
// -reencode it also writes the document as package mobility/ewp encodes
// it: a complete document that the official schema accepts (a valid one
// only). The exit status is 0 when the document is valid, 1 when it is
// not, 2 when the file cannot be read as one of those documents or the
// flags are wrong.
//
// Without -lang, texts speak the language of the environment (LC_ALL,
// LC_MESSAGES, LANG): English for en_*, Dutch otherwise.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/i18n/negotiate"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/internal/cli"
	"github.com/auhl/auhl-go/mobility/ewp"
	_ "github.com/auhl/auhl-go/mobility/ewp/messages" // the texts of the ewp codes
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}

// options are the command's flags.
type options struct {
	lang     auhl.Lang
	out      string
	check    string
	reencode string
}

// run is the whole command, testable: it returns the exit status.
func run(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	opts, err := parseFlags(args, stderr, negotiate.FromLocale(getenv))
	if status, stop := term.FlagStatus(stderr, opts.lang, err); stop {
		return status
	}
	if opts.check != "" {
		return check(opts, stdout, stderr)
	}
	if opts.reencode != "" {
		fmt.Fprintln(stderr, term.OneLine(ui.ReencodeNeedsCheck.In(opts.lang)))
		return 2
	}
	docs, err := walk(stdout, opts.lang)
	if err != nil {
		term.PrintErrors(stderr, opts.lang, err)
		return 1
	}
	if opts.out != "" {
		if err := writeDocuments(opts.out, docs); err != nil {
			fmt.Fprintln(stderr, term.OneLine(fmt.Sprintf(ui.CannotWrite.In(opts.lang), opts.out)), err)
			return 1
		}
		fmt.Fprintf(stdout, "\n"+ui.Written.In(opts.lang)+"\n", term.OneLine(opts.out))
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer, lang auhl.Lang) (options, error) {
	fs, lang := cli.NewFlagSet("mobility", stderr, args, lang)
	var o options
	fs.String("lang", "", ui.FlagLang.In(lang))
	fs.StringVar(&o.out, "out", "", ui.FlagOut.In(lang))
	fs.StringVar(&o.check, "check", "", ui.FlagCheck.In(lang))
	fs.StringVar(&o.reencode, "reencode", "", ui.FlagReencode.In(lang))
	lang, ve, err := cli.Parse(fs, args, lang)
	o.lang = lang
	if err != nil {
		return o, err
	}
	return o, ve.Err()
}

// documentNames are the files -out writes, by kind.
var documentNames = map[ewp.Kind]string{
	ewp.KindLAsGetResponse:           "la-get-response.xml",
	ewp.KindLAsUpdateRequest:         "la-update-request.xml",
	ewp.KindOMobilitiesGetResponse:   "omobilities-get-response.xml",
	ewp.KindOMobilitiesUpdateRequest: "omobilities-update-request.xml",
}

// writeDocuments writes docs into dir, which it makes if needed.
func writeDocuments(dir string, docs []ewp.Document) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, d := range docs {
		b, err := ewp.Marshal(d)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, documentNames[d.Kind()]), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// checkFinding is a finding as -check prints it.
type checkFinding struct {
	Code     string        `json:"code"`
	Severity auhl.Severity `json:"severity"`
	Path     string        `json:"path"`
}

// checkReport is what -check prints.
type checkReport struct {
	Kind     ewp.Kind       `json:"kind"`
	Valid    bool           `json:"valid"`
	Findings []checkFinding `json:"findings"`
}

// check runs -check (and -reencode).
func check(o options, stdout, stderr io.Writer) int {
	data, err := term.ReadFile(o.check, ewp.DefaultLimits.MaxBytes)
	if err != nil {
		term.Failed(stderr, o.lang, ui.Unreadable, o.check, err)
		return 2
	}
	doc, fs, err := readAny(data)
	if err != nil {
		term.Failed(stderr, o.lang, ui.Unreadable, o.check, err)
		return 2
	}
	rep := checkReport{Kind: doc.Kind(), Valid: !ewp.HasErrors(fs), Findings: []checkFinding{}}
	for _, f := range fs {
		rep.Findings = append(rep.Findings, checkFinding{Code: f.Code, Severity: f.Severity, Path: f.Path})
	}
	if err := term.WriteJSON(stdout, rep); err != nil {
		return 2
	}
	status := 0
	if !rep.Valid {
		status = 1
	}
	if o.reencode != "" {
		b, err := ewp.Marshal(doc)
		if err == nil {
			err = os.WriteFile(o.reencode, b, 0o644)
		}
		if err != nil {
			fmt.Fprintln(stderr, term.OneLine(fmt.Sprintf(ui.NotReencoded.In(o.lang), o.reencode)))
			term.PrintErrors(stderr, o.lang, err)
			return max(status, 1)
		}
	}
	return status
}

// readAny reads a document of any of the four kinds; a document without
// a namespace, or a bare element, is taken as that of the kind whose
// root it has.
func readAny(data []byte) (ewp.Document, []ewp.Finding, error) {
	doc, fs, err := ewp.Check(bytes.NewReader(data), "")
	var ve *auhl.ValidationError
	if err == nil || !errors.As(err, &ve) || len(ve.Problems) == 0 || ve.Problems[0].Code != ewp.CodeNamespaceMissing {
		return doc, fs, err
	}
	first := err
	for _, k := range ewp.Kinds() {
		doc, fs, err := ewp.Check(bytes.NewReader(data), k)
		if err == nil {
			return doc, fs, nil
		}
		if !errors.As(err, &ve) || len(ve.Problems) == 0 || ve.Problems[0].Code != ewp.CodeUnknownRoot {
			return nil, nil, err
		}
	}
	return nil, nil, first
}

// render renders a finding for people, on one line.
func render(lang auhl.Lang, f auhl.Finding) string {
	return term.OneLine(i18n.Render(lang, f))
}
