// Command catalog lists the programme catalogue of UHasselt and Hogeschool
// PXL, filtered by institution, level, campus, language of instruction or
// study area, in Dutch or English, as a table or as the catalogue's own
// JSON.
//
//	go run ./examples/catalog -institution pxl -level graduaat -lang en
//	go run ./examples/catalog -taught-in en -json
//	go run ./examples/catalog -file newer-catalogue.json
//
// Without -lang, the language follows the environment (LC_ALL, LC_MESSAGES,
// LANG): English for en_*, Dutch otherwise. Facts that no official source
// confirms are marked with an asterisk.
//
// The exit status is 0 on success, 1 when the file of -file cannot be
// read, and 2 for invalid input: bad flags or an invalid catalogue.
package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/i18n/negotiate"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/internal/cli"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}

// options are the command's flags, checked.
type options struct {
	file   string
	query  catalog.Query
	lang   auhl.Lang
	asJSON bool
}

// run is the whole command, testable: it returns the exit status.
func run(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	opts, err := parseFlags(args, stderr, negotiate.FromLocale(getenv))
	if status, stop := term.FlagStatus(stderr, opts.lang, err); stop {
		return status
	}
	cat := catalog.Default()
	if opts.file != "" {
		cat, err = term.ReadCatalogue(opts.file)
		if err != nil {
			return term.Rejected(stderr, opts.lang, ui.InvalidCatalogue, opts.file, err)
		}
	}
	progs := cat.Filter(opts.query)
	if opts.asJSON {
		out := *cat
		out.Programmes = progs
		if err := term.WriteJSON(stdout, &out); err != nil {
			return 1
		}
		return 0
	}
	writeTable(stdout, cat, progs, opts.lang)
	return 0
}

func parseFlags(args []string, stderr io.Writer, lang auhl.Lang) (options, error) {
	// The usage speaks the language of -lang, when it comes with -h.
	fs, lang := cli.NewFlagSet("catalog", stderr, args, lang, "json")
	var (
		o                       options
		inst, level, taught, ar string
	)
	fs.StringVar(&o.file, "file", "", ui.FlagFile.In(lang))
	fs.StringVar(&inst, "institution", "", ui.FlagInstitution.In(lang))
	fs.StringVar(&level, "level", "", ui.FlagLevel.In(lang)+": "+strings.Join(auhl.Level("").Enum(), ", "))
	fs.StringVar(&o.query.Campus, "campus", "", ui.FlagCampus.In(lang))
	fs.StringVar(&taught, "taught-in", "", ui.FlagTaught.In(lang))
	fs.StringVar(&ar, "area", "", ui.FlagArea.In(lang))
	fs.String("lang", "", ui.FlagLang.In(lang))
	fs.BoolVar(&o.asJSON, "json", false, ui.FlagJSON.In(lang))
	lang, ve, err := cli.Parse(fs, args, lang)
	o.lang = lang
	if err != nil {
		return o, err
	}
	enum := func(flagName, v string, into interface{ UnmarshalText([]byte) error }) {
		if v != "" {
			ve.Merge("-"+flagName, into.UnmarshalText([]byte(v)))
		}
	}
	enum("institution", inst, &o.query.Institution)
	enum("level", level, &o.query.Level)
	enum("taught-in", taught, &o.query.Language)
	o.query.StudyArea = ar
	return o, ve.Err()
}

func writeTable(w io.Writer, cat *catalog.Catalog, progs []catalog.Programme, lang auhl.Lang) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join([]string{
		ui.ColProgramme.In(lang), ui.ColInstitution.In(lang), ui.ColLevel.In(lang),
		ui.ColCredits.In(lang), ui.ColCampus.In(lang), ui.ColTaught.In(lang), ui.ColID.In(lang),
	}, "\t"))
	marked := false
	mark := func(p catalog.Programme, f catalog.Fact, s string) string {
		if p.IsUnverified(f) {
			marked = true
			return s + "*"
		}
		return s
	}
	for _, p := range progs {
		nameFact := catalog.FactNameNL
		if lang == auhl.English {
			nameFact = catalog.FactNameEN
		}
		credits := "–"
		if p.Credits > 0 {
			credits = strconv.Itoa(int(p.Credits))
		}
		var campuses []string
		for _, id := range p.Campuses {
			if c, ok := cat.Campus(id); ok {
				campuses = append(campuses, c.City)
			}
		}
		campus := strings.Join(campuses, ", ")
		if campus == "" {
			campus = "–"
		}
		var langs []string
		for _, l := range p.Languages {
			langs = append(langs, string(l))
		}
		name := term.OneLine(p.Name.In(lang))
		if p.IsUnverified(nameFact) || p.IsUnverified(catalog.FactProgramme) {
			name, marked = name+"*", true
		}
		fmt.Fprintln(tw, strings.Join([]string{
			name,
			institutionShort(p.Institution),
			levelShort[p.Level].In(lang),
			mark(p, catalog.FactCredits, credits),
			mark(p, catalog.FactCampuses, term.OneLine(campus)),
			mark(p, catalog.FactLanguages, strings.Join(langs, ", ")),
			p.ID,
		}, "\t"))
	}
	tw.Flush()
	fmt.Fprintln(w)
	fmt.Fprintln(w, i18n.Message(lang, catalog.CodeCount, auhl.Params{"count": auhl.Int(len(progs))}), ui.AcademicYear.In(lang), cat.AcademicYear)
	if marked {
		fmt.Fprintln(w, ui.Legend.In(lang))
	}
}

func institutionShort(i auhl.Institution) string {
	switch i {
	case auhl.UHasselt:
		return "UHasselt"
	case auhl.PXL:
		return "PXL"
	}
	return string(i)
}
