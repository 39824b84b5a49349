package rules

import (
	"sync"

	"github.com/auhl/auhl-go/auhl"
)

// Document is a rules file: a pointer to a struct that embeds a Header or
// a File. Only such types implement it.
type Document interface {
	header() *Header
	check(c *Checker)
}

// Format describes one kind of rules file, such as the admission rules: a
// new kind costs its types and a Format. The zero Format reads a file with
// only the common checks.
type Format[D Document] struct {
	// Name names the kind in the panic of an invalid embedded file, such
	// as "procedures/data/admission.json".
	Name string
	// LabelPrefix is the prefix of the message codes of the rules' labels, such
	// as "procedures.admission.rule": the rule at "/years/2/entranceExam/
	// programmes/0" has the label "procedures.admission.rule.entrance-exam.
	// programmes". Every code of Format.Labels needs a message in both
	// languages in auhl/i18n.
	LabelPrefix string
	// Check checks what is particular to the kind, after the common
	// checks: the version, a title for every source, every period given
	// once (a File), and the source every Basis cites. Nil for none.
	Check func(c *Checker, d D)
	// Index prepares a file that passed every check for its lookups, such
	// as sorting a list; nil for nothing to do.
	Index func(d D)
}

// Generated returns a function that checks d, a rules file embedded in the
// module as generated Go values (see internal/gen), and prepares it the
// first time it is called, and returns d every time: one value, shared,
// to treat as read-only. Each package holds its generated values equal to
// its JSON file in a test, which also reads the file with Parse: an
// invalid file is a mistake of the module, and the function panics on
// one. Unlike Embedded it links no JSON decoder.
func (f Format[D]) Generated(d D) func() D {
	return sync.OnceValue(func() D {
		if err := f.check(d).Err(); err != nil {
			panic("rules: the embedded " + f.Name + " is invalid: " + err.Error())
		}
		f.index(d)
		return d
	})
}

// check runs the common checks and the kind's own, and gives every Basis
// its path, label and source.
func (f Format[D]) check(d D) *auhl.ValidationError {
	h := d.header()
	c := newChecker(h.Sources)
	d.check(c)
	walkDoc(d, func(path string, pattern []string, b *Basis) {
		c.Cites(path+"/source", b.Source)
		b.at, b.label, b.cited = path, labelCode(f.LabelPrefix, pattern), h.Sources[b.Source]
	})
	if f.Check != nil {
		f.Check(c, d)
	}
	return c.ve
}

func (f Format[D]) index(d D) {
	if f.Index != nil {
		f.Index(d)
	}
}

// Labels lists the label code of every rule a file of the kind can hold,
// one per pattern of pointers (the list indexes left out), as
// auhl.CodeSpecs without parameters: a package that reads the kind lists
// them in its Codes, so that a rule without a message in both languages
// fails the i18n tests.
func (f Format[D]) Labels() []auhl.CodeSpec {
	var out []auhl.CodeSpec
	for _, p := range patternsOf[D]() {
		out = append(out, auhl.CodeSpec{Code: labelCode(f.LabelPrefix, p)})
	}
	return out
}

// Label returns the label code of the rule at path, a JSON Pointer in a
// file of the kind such as "/years/2/ijkingstoets", for a rule met
// outside a file (as Basis.Label gives it for one read from a file).
func (f Format[D]) Label(path string) string {
	var pattern []string
	for _, tok := range splitPointer(path) {
		if !isIndex(tok) {
			pattern = append(pattern, tok)
		}
	}
	return labelCode(f.LabelPrefix, pattern)
}
