package gen

import (
	"reflect"
	"slices"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// RulesFile describes a package's rules file that the widget holds as
// generated values: what GoldenRulesFile checks.
type RulesFile struct {
	// Package is the package's import path; Name its name.
	Package, Name string
	// Source is the JSON file, relative to the package, such as
	// "data/admission.json".
	Source string
	// Raw is the file decoded without its checks (auhl.DecodeJSON): the
	// values the generator writes.
	Raw any
	// Decoded is the file decoded and checked the strict way (the
	// package's DecodeRules); Default is what the package's Default returns.
	Decoded, Default rules.BasisWalker
	// First is the first period's rules of Decoded.
	First rules.BasisWalker
	// PeriodKey is the JSON key of a period's rules that names the period,
	// and FirstKey what First's RulesPeriodKey says.
	PeriodKey, FirstKey string
	// Doc, Rules and Period are the file's type (a pointer), the type of a
	// period's rules and the type of the period.
	Doc, Rules, Period reflect.Type
	// Label is the package's Format.Label; Labels its Format.Labels.
	Label  func(path string) string
	Labels []auhl.CodeSpec
}

// GoldenRulesFile holds the generated source of a rules file equal to the
// JSON file: data_gen.go is what the generator writes from the file as it
// stands (before the checks prepare it), walk_gen.go the walkers of its
// types (update rewrites both); and unless update is set, the file decoded
// the strict way gives the same rules as Default, the generated walkers
// find what reflection finds, and their patterns have the labels the
// format finds by reflection.
func GoldenRulesFile(t testingTB, f RulesFile, update bool) {
	t.Helper()
	command := "go generate ./" + strings.TrimPrefix(f.Package, "github.com/auhl/auhl-go/")
	Golden(t, "data_gen.go", File{
		Package: f.Package, Name: f.Name, Source: f.Source, Command: command,
		Decls: []Decl{{Name: "generatedRules", Value: f.Raw}},
	}, update)
	GoldenWalkers(t, "walk_gen.go", Walkers{
		Package: f.Package, Name: f.Name, Command: command,
		Doc: f.Doc, Rules: f.Rules, Period: f.Period,
	}, update)
	if update {
		return
	}
	if !reflect.DeepEqual(f.Decoded, f.Default) {
		t.Errorf("%s decoded the strict way differs from the generated values: run %s", f.Source, command)
	}
	CheckWalker(t, f.Decoded)
	CheckWalker(t, f.First)
	var labels, want []string
	for _, p := range f.Decoded.BasisPatterns() {
		labels = append(labels, f.Label("/"+strings.Join(p, "/")))
	}
	for _, c := range f.Labels {
		want = append(want, c.Code)
	}
	if !slices.Equal(labels, want) {
		t.Errorf("the labels of the generated patterns %v differ from those the format finds by reflection %v", labels, want)
	}
	if f.FirstKey != f.PeriodKey {
		t.Errorf("the period's key is %q, want %q", f.FirstKey, f.PeriodKey)
	}
}
