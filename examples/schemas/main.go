// Command schemas writes the JSON Schema files of the public input and
// output types of auhl-go, one file per type, with the settings of package
// auhl/schema. Run it from anywhere inside the repository:
//
//	go run ./examples/schemas            # rewrites auhl/schema/v1
//	go run ./examples/schemas -out DIR   # writes the files into DIR
//
// Without -out it writes the committed folder auhl/schema/v1 and removes
// from it the schema files it no longer generates. The descriptions come
// from the doc comments of the Go source, so run it from a checkout of the
// module. The drift test of this package fails when the committed files no
// longer match the types; `go test ./examples/schemas -update` rewrites
// them too.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/catalog/units"
	"github.com/auhl/auhl-go/auhl/governance"
	"github.com/auhl/auhl-go/auhl/schema"
	"github.com/auhl/auhl-go/mobility"
	"github.com/auhl/auhl-go/mobility/ewp"
	"github.com/auhl/auhl-go/mobility/grant"
	"github.com/auhl/auhl-go/mobility/recognition"
	"github.com/auhl/auhl-go/procedures"
	"github.com/auhl/auhl-go/procedures/admission"
	"github.com/auhl/auhl-go/procedures/afwijkend"
	"github.com/auhl/auhl-go/procedures/combination"
	"github.com/auhl/auhl-go/procedures/evc"
	"github.com/auhl/auhl-go/procedures/language"
	"github.com/auhl/auhl-go/procedures/leerkrediet"
	"github.com/auhl/auhl-go/procedures/progress"
	"github.com/auhl/auhl-go/studychoice"
	"github.com/auhl/auhl-go/studychoice/interview"
	"github.com/auhl/auhl-go/studychoice/report"
	"github.com/auhl/auhl-go/wasm"
)

// committedDir is the folder of the committed schema files, relative to the
// module root.
const committedDir = "auhl/schema/v1"

// files lists the schema files: one per public input or output type, and
// the enumerations and the academic year as small schemas of their own.
func files() []schema.File {
	return []schema.File{
		{Name: "academic-year", Type: reflect.TypeFor[auhl.AcademicYear]()},
		{Name: "campus", Type: reflect.TypeFor[auhl.Campus]()},
		{Name: "catalog", Type: reflect.TypeFor[catalog.Catalog]()},
		{Name: "code-spec", Type: reflect.TypeFor[auhl.CodeSpec]()},
		{Name: "finding", Type: reflect.TypeFor[auhl.Finding]()},
		{Name: "institution", Type: reflect.TypeFor[auhl.Institution]()},
		{Name: "lang", Type: reflect.TypeFor[auhl.Lang]()},
		{Name: "level", Type: reflect.TypeFor[auhl.Level]()},
		{Name: "programme", Type: reflect.TypeFor[catalog.Programme]()},
		{Name: "severity", Type: reflect.TypeFor[auhl.Severity]()},
		{Name: "text", Type: reflect.TypeFor[auhl.Text]()},
		{Name: "validation-error", Type: reflect.TypeFor[auhl.ValidationError]()},
		{Name: "questionnaire", Type: reflect.TypeFor[studychoice.Questionnaire]()},
		{Name: "profile", Type: reflect.TypeFor[studychoice.Profile]()},
		{Name: "advice", Type: reflect.TypeFor[studychoice.Advice]()},
		{Name: "interview-question", Type: reflect.TypeFor[interview.Question]()},
		{Name: "interview-answers", Type: reflect.TypeFor[interview.Answers]()},
		{Name: "report", Type: reflect.TypeFor[report.Report]()},
		{Name: "widget-event", Type: reflect.TypeFor[wasm.Event]()},
		{Name: "leerkrediet-history", Type: reflect.TypeFor[leerkrediet.History]()},
		{Name: "leerkrediet-result", Type: reflect.TypeFor[leerkrediet.Result]()},
		{Name: "leerkrediet-enrolment-request", Type: reflect.TypeFor[leerkrediet.EnrolmentRequest]()},
		{Name: "leerkrediet-enrolment-decision", Type: reflect.TypeFor[leerkrediet.EnrolmentDecision]()},
		{Name: "afwijkend-case", Type: reflect.TypeFor[afwijkend.Case]()},
		{Name: "afwijkend-status", Type: reflect.TypeFor[afwijkend.Status]()},
		{Name: "evc-procedure", Type: reflect.TypeFor[evc.Procedure]()},
		{Name: "evc-step", Type: reflect.TypeFor[evc.Step]()},
		{Name: "admission-applicant", Type: reflect.TypeFor[admission.Applicant]()},
		{Name: "admission-decision", Type: reflect.TypeFor[admission.Decision]()},
		{Name: "admission-application", Type: reflect.TypeFor[procedures.Application]()},
		{Name: "admission-enrolment-decision", Type: reflect.TypeFor[procedures.AdmissionDecision]()},
		{Name: "language-proofs", Type: reflect.TypeFor[language.Proofs]()},
		{Name: "language-check", Type: reflect.TypeFor[language.Decision]()},
		{Name: "language-test-registration", Type: reflect.TypeFor[language.TestRegistration]()},
		{Name: "language-test-check", Type: reflect.TypeFor[language.TestDecision]()},
		{Name: "progress-record", Type: reflect.TypeFor[progress.Record]()},
		{Name: "progress-decision", Type: reflect.TypeFor[progress.Decision]()},
		{Name: "progress-plan", Type: reflect.TypeFor[progress.Plan]()},
		{Name: "progress-plan-decision", Type: reflect.TypeFor[progress.PlanDecision]()},
		{Name: "admission-rules", Type: reflect.TypeFor[admission.RulesFile]()},
		{Name: "language-rules", Type: reflect.TypeFor[language.RulesFile]()},
		{Name: "afwijkend-rules", Type: reflect.TypeFor[afwijkend.RulesFile]()},
		{Name: "evc-rules", Type: reflect.TypeFor[evc.RulesFile]()},
		{Name: "leerkrediet-rules", Type: reflect.TypeFor[leerkrediet.RulesFile]()},
		{Name: "progress-rules", Type: reflect.TypeFor[progress.RulesFile]()},
		{Name: "combination-rules", Type: reflect.TypeFor[combination.RulesFile]()},
		{Name: "course-units", Type: reflect.TypeFor[units.Catalog]()},
		{Name: "combination-plan", Type: reflect.TypeFor[combination.Plan]()},
		{Name: "combination-result", Type: reflect.TypeFor[combination.Result]()},
		{Name: "combination-agreements", Type: reflect.TypeFor[combination.AgreementSet]()},
		{Name: "combination-reorientation", Type: reflect.TypeFor[combination.Reorientation]()},
		{Name: "combination-reorientation-result", Type: reflect.TypeFor[combination.ReorientationResult]()},
		{Name: "governance-framework", Type: reflect.TypeFor[governance.Framework]()},
		{Name: "governance-round", Type: reflect.TypeFor[governance.Round]()},
		{Name: "governance-evaluation", Type: reflect.TypeFor[governance.Evaluation]()},
		{Name: "governance-trend", Type: reflect.TypeFor[governance.Trend]()},
		{Name: "governance-report", Type: reflect.TypeFor[governance.Report]()},
		{Name: "governance-plan", Type: reflect.TypeFor[governance.Plan]()},
		{Name: "governance-register", Type: reflect.TypeFor[governance.Register]()},
		{Name: "governance-framework-file", Type: reflect.TypeFor[governance.FrameworkFile]()},
		{Name: "governance-plan-file", Type: reflect.TypeFor[governance.PlanFile]()},
		{Name: "mobility-application", Type: reflect.TypeFor[mobility.Application]()},
		{Name: "mobility-eligibility", Type: reflect.TypeFor[mobility.Eligibility]()},
		{Name: "mobility-case", Type: reflect.TypeFor[mobility.Case]()},
		{Name: "mobility-factsheet", Type: reflect.TypeFor[mobility.Factsheet]()},
		{Name: "mobility-checklist", Type: reflect.TypeFor[mobility.Checklist]()},
		{Name: "mobility-evidence", Type: reflect.TypeFor[mobility.Evidence]()},
		{Name: "mobility-grant-input", Type: reflect.TypeFor[grant.Input]()},
		{Name: "mobility-grant", Type: reflect.TypeFor[grant.Grant]()},
		{Name: "mobility-transcript", Type: reflect.TypeFor[recognition.Transcript]()},
		{Name: "mobility-grading", Type: reflect.TypeFor[recognition.Grading]()},
		{Name: "mobility-recognition-link", Type: reflect.TypeFor[recognition.Link]()},
		{Name: "mobility-recognition", Type: reflect.TypeFor[recognition.Decision]()},
		{Name: "mobility-rules", Type: reflect.TypeFor[mobility.RuleSet]()},
		{Name: "mobility-grant-rates", Type: reflect.TypeFor[grant.RateSet]()},
	}
}

// Patterns of the declared string types.
const (
	yearPattern         = `^[0-9]{4}-[0-9]{4}$`
	optionalYearPattern = `^([0-9]{4}-[0-9]{4})?$`
	hollandPattern      = `^[RIASEC]{2,3}$`
	datePattern         = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`
	monthDayPattern     = `^[0-9]{2}-[0-9]{2}$`
	clockPattern        = `^([01][0-9]|2[0-4]):[0-5][0-9]$`
	partyPattern        = `^(uhasselt|pxl|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+)$`
	decimalPattern      = `^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$`
)

// types declares the schemas of the domain types whose JSON encoding is
// their own (auhl.AcademicYear, auhl.Value) or needs more than its Go kind
// says (catalog.HollandCode, auhl.Credits, auhl.Date, auhl.MonthDay). Enumerations
// need no entry: their Enum method is enough.
func types() []schema.Type {
	text := reflect.TypeFor[auhl.Text]()
	return []schema.Type{
		{
			// A policy plan's period, "2025-2028"; the zero period encodes
			// as "", where the field may be left out.
			Type: reflect.TypeFor[governance.PlanPeriod](),
			Schema: func() *jsonschema.Schema {
				return &jsonschema.Schema{Type: "string", Pattern: yearPattern}
			},
			Optional: func() *jsonschema.Schema {
				return &jsonschema.Schema{Type: "string", Pattern: optionalYearPattern}
			},
		},
		{
			Type: reflect.TypeFor[auhl.AcademicYear](),
			Schema: func() *jsonschema.Schema {
				return &jsonschema.Schema{Type: "string", Pattern: yearPattern}
			},
			// The zero year encodes as "": allowed only where the field
			// may be left out.
			Optional: func() *jsonschema.Schema {
				return &jsonschema.Schema{Type: "string", Pattern: optionalYearPattern}
			},
		},
		{
			Type: reflect.TypeFor[auhl.Value](),
			Schema: func() *jsonschema.Schema {
				return &jsonschema.Schema{OneOf: []*jsonschema.Schema{
					{Type: "number"},
					{Type: "string"},
					schema.Ref(text),
				}}
			},
			Uses: []reflect.Type{text},
		},
		{
			Type: reflect.TypeFor[auhl.Credits](),
			Schema: func() *jsonschema.Schema {
				return &jsonschema.Schema{Type: "integer", Minimum: "0"}
			},
		},
		{
			Type: reflect.TypeFor[auhl.Date](),
			Schema: func() *jsonschema.Schema {
				return &jsonschema.Schema{Type: "string", Format: "date", Pattern: datePattern}
			},
		},
		{
			Type: reflect.TypeFor[auhl.MonthDay](),
			Schema: func() *jsonschema.Schema {
				return &jsonschema.Schema{Type: "string", Pattern: monthDayPattern}
			},
		},
		{
			// An exact decimal (credits, percentages) written as a string,
			// "7.5", never a JSON number.
			Type: reflect.TypeFor[ewp.Decimal](),
			Schema: func() *jsonschema.Schema {
				return &jsonschema.Schema{Type: "string", Pattern: decimalPattern}
			},
		},
		{
			// An Erasmus+ call year, such as 2024.
			Type: reflect.TypeFor[mobility.CallYear](),
			Schema: func() *jsonschema.Schema {
				return &jsonschema.Schema{Type: "integer", Minimum: "1000", Maximum: "9999"}
			},
		},
		{
			// "uhasselt", "pxl", or another institution's SCHAC code.
			Type: reflect.TypeFor[combination.Party](),
			Schema: func() *jsonschema.Schema {
				maxLen := uint64(253)
				return &jsonschema.Schema{Type: "string", Pattern: partyPattern, MaxLength: &maxLen}
			},
		},
		{
			Type: reflect.TypeFor[combination.Clock](),
			Schema: func() *jsonschema.Schema {
				return &jsonschema.Schema{Type: "string", Pattern: clockPattern}
			},
		},
		{
			Type: reflect.TypeFor[catalog.HollandCode](),
			Schema: func() *jsonschema.Schema {
				return &jsonschema.Schema{Type: "string", Pattern: hollandPattern}
			},
		},
	}
}

// config returns the generator's settings for the module at root.
func config(root string) schema.Config {
	return schema.Config{ModuleRoot: root, Types: types()}
}

// generateAll returns the schema files of the module at root, keyed by file
// name.
func generateAll(root string) (map[string][]byte, error) {
	return schema.Generate(config(root), files()...)
}

// moduleRoot returns the directory of the auhl-go go.mod at or above dir.
func moduleRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		b, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil {
			if modulePath(b) == schema.ModulePath {
				return d, nil
			}
		} else if !errors.Is(err, os.ErrNotExist) {
			return "", err
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod of %s at or above %s: run inside the repository", schema.ModulePath, dir)
		}
	}
}

// modulePath returns the path of a go.mod's module directive.
func modulePath(gomod []byte) string {
	for _, line := range strings.Split(string(gomod), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module"); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	return ""
}

// write writes the files into dir, creating it. With prune it also removes
// the schema files in dir that are not among files.
func write(dir string, files map[string][]byte, prune bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, b := range files {
		old, err := os.ReadFile(filepath.Join(dir, name))
		if err == nil && bytes.Equal(old, b) {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
	}
	if !prune {
		return nil
	}
	stale, err := staleFiles(dir, files)
	if err != nil {
		return err
	}
	for _, name := range stale {
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			return err
		}
	}
	return nil
}

// staleFiles lists, sorted, the schema files in dir that are not among
// files.
func staleFiles(dir string, files map[string][]byte) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if _, ok := files[e.Name()]; !ok && !e.IsDir() && strings.HasSuffix(e.Name(), schema.Ext) {
			out = append(out, e.Name())
		}
	}
	slices.Sort(out)
	return out, nil
}

func run(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("schemas", flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("out", "", "write the schema files into `DIR` (default: the module's "+committedDir+", pruning stale files)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %q", fl.Args())
	}
	root, err := moduleRoot(".")
	if err != nil {
		return err
	}
	gen, err := generateAll(root)
	if err != nil {
		return err
	}
	dir, prune := *out, false
	if dir == "" {
		dir, prune = filepath.Join(root, filepath.FromSlash(committedDir)), true
	}
	if err := write(dir, gen, prune); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %d schema files to %s\n", len(gen), dir)
	return nil
}

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "schemas:", err)
		}
		os.Exit(2)
	}
}
