// Command governance runs a board self-evaluation of the association
// with generated respondents for two years, and prints the report with
// its trends and actions in the language asked:
//
//	go run ./examples/governance -lang en
//	go run ./examples/governance -html report.html
//	go run ./examples/governance -answers round.json -framework auhl-board
//
// -answers scores a round given as JSON (the format of
// governance.Round) on the framework of -framework, instead of the
// generated one: an invalid file gets a clear error, and nothing is
// written. -html writes the report as a self-contained HTML page; -json
// prints the structured report; -on sets the report's day (default
// today), which the actions' status depends on.
//
// The exit status is 0 on success, 1 when a file cannot be read or
// written, and 2 for invalid input: bad flags or an invalid answers file.
package main

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/governance"
	"github.com/auhl/auhl-go/auhl/governance/report"
	"github.com/auhl/auhl-go/auhl/i18n/negotiate"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/internal/cli"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Getenv, time.Now))
}

// options are the command's flags, checked.
type options struct {
	lang      auhl.Lang
	html      string
	answers   string
	framework string
	on        auhl.Date
	asJSON    bool
}

// run is the whole command, testable: it returns the exit status.
func run(args []string, stdout, stderr io.Writer, getenv func(string) string, now func() time.Time) int {
	opts, err := parseFlags(args, stderr, negotiate.FromLocale(getenv), now)
	if status, stop := term.FlagStatus(stderr, opts.lang, err); stop {
		return status
	}
	doc, err := evaluate(opts)
	if err != nil {
		return term.Rejected(stderr, opts.lang, ui.InvalidAnswers, opts.answers, err)
	}
	if opts.html != "" {
		var page bytes.Buffer
		if err := report.HTML(&page, opts.lang, doc); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		if err := writeFile(opts.html, page.Bytes()); err != nil {
			fmt.Fprintln(stderr, term.Named(opts.lang, ui.CannotWrite, opts.html))
			return 1
		}
	}
	if opts.asJSON {
		if err := term.WriteJSON(stdout, doc.Report); err != nil {
			return 1
		}
		return 0
	}
	if err := report.Text(stdout, opts.lang, doc); err != nil {
		return 1
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer, lang auhl.Lang, now func() time.Time) (options, error) {
	fs, lang := cli.NewFlagSet("governance", stderr, args, lang, "json")
	o := options{framework: governance.PresetAUHLBoard}
	var on string
	fs.StringVar(&o.html, "html", "", ui.FlagHTML.In(lang))
	fs.StringVar(&o.answers, "answers", "", ui.FlagAnswers.In(lang))
	fs.StringVar(&o.framework, "framework", o.framework, ui.FlagFramework.In(lang))
	fs.StringVar(&on, "on", "", ui.FlagOn.In(lang))
	fs.String("lang", "", ui.FlagLang.In(lang))
	fs.BoolVar(&o.asJSON, "json", false, ui.FlagJSON.In(lang))
	lang, ve, err := cli.Parse(fs, args, lang)
	o.lang = lang
	if err != nil {
		return o, err
	}
	if on == "" {
		t := now()
		o.on, _ = auhl.NewDate(t.Year(), int(t.Month()), t.Day())
	} else if d, err := auhl.ParseDate(on); err != nil {
		ve.Merge("-on", err)
	} else {
		o.on = d
	}
	if _, err := governance.Preset(o.framework); err != nil {
		ve.Merge("-framework", err)
	}
	return o, ve.Err()
}

// evaluate scores the round of -answers, or two generated rounds, and
// arranges the report.
func evaluate(o options) (report.Document, error) {
	f, err := governance.Preset(o.framework)
	if err != nil {
		return report.Document{}, err
	}
	fw := f.Latest()
	plan := planOf(governance.DefaultPlan())
	var cur, prev *governance.Evaluation
	if o.answers != "" {
		data, err := term.ReadFile(o.answers, governance.MaxRoundSize)
		if err != nil {
			return report.Document{}, err
		}
		r, err := governance.ParseRound(data, fw)
		if err != nil {
			return report.Document{}, err
		}
		if cur, err = governance.Evaluate(fw, r, governance.Options{}); err != nil {
			return report.Document{}, err
		}
	} else {
		rng := rand.New(rand.NewPCG(2025, 2028))
		y1, _ := auhl.ParseAcademicYear("2024-2025")
		if prev, err = governance.Evaluate(fw, generate(rng, fw, y1, 0), governance.Options{}); err != nil {
			return report.Document{}, err
		}
		if cur, err = governance.Evaluate(fw, generate(rng, fw, y1.Next(), 1), governance.Options{}); err != nil {
			return report.Document{}, err
		}
	}
	rep, err := governance.NewReport(fw, cur, prev, plan, o.on, governance.ReportOptions{})
	if err != nil {
		return report.Document{}, err
	}
	return report.Document{Report: rep, Framework: fw, Plan: plan}, nil
}

// planOf returns the latest plan of a plan file.
func planOf(f *governance.PlanFile) *governance.Plan {
	ps := f.Periods()
	if len(ps) == 0 {
		return nil
	}
	p, _ := f.For(ps[len(ps)-1])
	return p
}

// generated are the groups of a generated round and their sizes: the
// external partners are fewer than the minimum on purpose, to show that
// such a group is shown nowhere.
var generated = []struct {
	group governance.Group
	n     int
}{{governance.Board, 12}, {governance.Staff, 18}, {governance.Students, 9}, {governance.Partners, 3}}

// minGroupSize is the minimum size of the generated rounds.
const minGroupSize = 5

// generate makes a round of answers on fw: each group leans its own way,
// and the second round (step 1) leans higher on the board's own
// evaluation cycle and on stakeholder involvement, as if the board had
// acted on the first.
func generate(rng *rand.Rand, fw *governance.Framework, year auhl.AcademicYear, step int) *governance.Round {
	r := &governance.Round{Framework: fw.ID, Edition: fw.Edition, AcademicYear: year, MinGroupSize: minGroupSize}
	parents := map[string]bool{}
	for _, c := range fw.Criteria {
		parents[c.Parent] = true
	}
	lean := map[governance.Group]float64{governance.Board: 0.7, governance.Staff: 0.55, governance.Students: 0.45, governance.Partners: 0.6}
	for _, g := range generated {
		for i := range g.n {
			resp := governance.Respondent{ID: fmt.Sprintf("%s-%d", g.group, i+1), Group: g.group}
			for _, c := range fw.Criteria {
				if parents[c.ID] {
					continue
				}
				s, _ := fw.Scale(c.Scale)
				p := lean[g.group]
				if step > 0 && (c.Parent == "evaluation" || c.Parent == "stakeholders") {
					p += 0.2
				}
				if c.Parent == "evaluation" {
					p -= 0.12 * float64(c.Level-1)
				}
				if c.Reverse {
					p = 1 - p
				}
				switch {
				case s.NotApplicable && rng.Float64() < 0.05:
					resp.Answers = append(resp.Answers, governance.Answer{Criterion: c.ID, NotApplicable: true})
				case len(s.Levels) > 0:
					k := 0
					if rng.Float64() < p {
						k = len(s.Levels) - 1
					}
					resp.Answers = append(resp.Answers, governance.Answer{Criterion: c.ID, Level: s.Levels[k].ID})
				default:
					v := s.Min
					for range s.Max - s.Min {
						if rng.Float64() < p {
							v++
						}
					}
					resp.Answers = append(resp.Answers, governance.Answer{Criterion: c.ID, Value: v})
				}
			}
			r.Respondents = append(r.Respondents, resp)
		}
	}
	return r
}

// writeFile writes data to name through a file beside it, renamed in
// place at the end, so that a failure leaves no half-written page.
func writeFile(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".governance-*.html")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
