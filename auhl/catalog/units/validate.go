package units

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// The codes of the findings and problems this package reports, besides
// those of auhl and auhl/rules (a missing value, a number out of range).
// Package auhl/i18n renders each in Dutch and English; Codes lists their
// parameters.
const (
	// CodeFactUnverified: a fact of a unit is not confirmed by a source.
	// Params: unit (string, institution/code), fact (string).
	CodeFactUnverified = "units.fact-unverified"
	// CodeDuplicate: a unit or programme is given twice. Params: value
	// (string, institution/code).
	CodeDuplicate = "units.duplicate"
	// CodeUnknownUnit: a prerequisite or a programme names a unit the
	// file does not list. Params: value (string, institution/code).
	CodeUnknownUnit = "units.unknown-unit"
	// CodeUnmarkedGap: a fact of a unit is empty without being marked
	// unverified. Params: fact (string).
	CodeUnmarkedGap = "units.unmarked-gap"
	// CodeSelfPrerequisite: a unit requires itself.
	CodeSelfPrerequisite = "units.self-prerequisite"
	// CodeCodeFormat: a code is empty, too long or holds a character that
	// is not a letter, a digit, '-', '_' or '.'. Params: value (string).
	CodeCodeFormat = "units.code-format"
	// CodeInstitution: a unit or programme belongs to the association
	// itself, which teaches none. Params: value (string).
	CodeInstitution = "units.institution"
)

// Codes lists the codes this package reports, with their parameters.
func Codes() []auhl.CodeSpec {
	str := func(n string) auhl.ParamSpec { return auhl.ParamSpec{Name: n, Kind: auhl.KindString} }
	return []auhl.CodeSpec{
		{Code: CodeFactUnverified, Params: []auhl.ParamSpec{str("unit"), str("fact")}},
		{Code: CodeDuplicate, Params: []auhl.ParamSpec{str("value")}},
		{Code: CodeUnknownUnit, Params: []auhl.ParamSpec{str("value")}},
		{Code: CodeUnmarkedGap, Params: []auhl.ParamSpec{str("fact")}},
		{Code: CodeSelfPrerequisite},
		{Code: CodeCodeFormat, Params: []auhl.ParamSpec{str("value")}},
		{Code: CodeInstitution, Params: []auhl.ParamSpec{str("value")}},
	}
}

// MaxCredits is the largest size of one unit, in credits: that of a
// bachelor. The study guide lists exemption packages (vrijstellingspakketten)
// of up to 113 credits as units.
const MaxCredits = 180

// maxCode is the longest code, in bytes.
const maxCode = 32

// ValidCode reports whether s can be the code of a unit or a programme:
// 1 to 32 letters, digits, '-', '_' or '.'.
func ValidCode(s string) bool {
	if s == "" || len(s) > maxCode {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// checkCode records a CodeCodeFormat problem at path unless s is a valid
// code.
func checkCode(c *rules.Checker, path, s string) {
	if !ValidCode(s) {
		c.Add(path, CodeCodeFormat, auhl.Params{"value": auhl.Str(clip(s))})
	}
}

// checkInstitution records a problem at path unless i teaches.
func checkInstitution(c *rules.Checker, path string, i auhl.Institution) {
	switch {
	case i == "":
		c.Add(path, auhl.CodeRequired, nil)
	case i == auhl.AUHL:
		c.Add(path, CodeInstitution, auhl.Params{"value": auhl.Str(string(i))})
	}
}

// clip shortens s for a problem's parameter, keeping it valid UTF-8.
func clip(s string) string {
	if !utf8.ValidString(s) {
		s = string([]rune(s))
	}
	return auhl.Clip(s)
}

// check checks what is particular to a course-unit catalogue.
func (cat *Catalog) check(c *rules.Checker) {
	c.Require("/academicYear", !cat.AcademicYear.IsZero())
	c.Cites("/source", cat.Source)
	if a := cat.Attribution; a != nil {
		c.Text("/attribution/work", a.Work)
		c.Text("/attribution/licence", a.Licence)
		c.Text("/attribution/notice", a.Notice)
	}
	c.Require("/units", len(cat.Units) > 0)
	keys := make(rules.Entries, len(cat.Units))
	for i := range cat.Units {
		u := &cat.Units[i]
		p := auhl.Index("/units", i)
		checkCode(c, p+"/code", u.Code)
		checkInstitution(c, p+"/institution", u.Institution)
		keys.Once(c, p+"/code", u.Key().String())
	}
	for i := range cat.Units {
		cat.checkUnit(c.At(auhl.Index("/units", i)), &cat.Units[i], keys)
	}
	progs := make(rules.Entries, len(cat.Programmes))
	for i := range cat.Programmes {
		cat.checkProgramme(c.At(auhl.Index("/programmes", i)), &cat.Programmes[i], keys, progs)
	}
}

// checkUnit checks one unit; keys are the units of the file.
func (cat *Catalog) checkUnit(c *rules.Checker, u *Unit, keys rules.Entries) {
	if u.Source != "" {
		c.Cites("/source", u.Source)
	}
	c.Range("/credits", int(u.Credits), 0, MaxCredits)
	marked := func(f Fact) bool { return cat.IsUnverified(*u, f) }
	gap := func(f Fact, empty bool) {
		if empty && !marked(f) {
			c.Add("/"+jsonName(f), CodeUnmarkedGap, auhl.Params{"fact": auhl.Str(string(f))})
		}
	}
	gap(FactName, u.Name.IsZero())
	gap(FactCredits, u.Credits == 0)
	gap(FactSemester, u.Semester == "")
	gap(FactLanguages, len(u.Languages) == 0)
	gap(FactExamContract, u.ExamContract == "")
	for i, pr := range u.Prerequisites {
		p := auhl.Index("/prerequisites", i)
		checkCode(c, p+"/unit", pr.Unit)
		c.Require(p+"/mode", pr.Mode != "")
		k := Key{Institution: pr.Institution, Code: pr.Unit}
		if k.Institution == "" {
			k.Institution = u.Institution
		}
		switch {
		case k == u.Key():
			c.Add(p, CodeSelfPrerequisite, nil)
		case !keys[k.String()]:
			c.Add(p+"/unit", CodeUnknownUnit, auhl.Params{"value": auhl.Str(clip(k.String()))})
		}
	}
}

// jsonName is the field of a fact in a unit's JSON encoding.
func jsonName(f Fact) string {
	if f == FactExamContract {
		return "examContract"
	}
	return string(f)
}

// checkProgramme checks one programme; keys are the units of the file,
// seen the programmes so far.
func (cat *Catalog) checkProgramme(c *rules.Checker, p *Programme, keys, seen rules.Entries) {
	checkCode(c, "/code", p.Code)
	checkInstitution(c, "/institution", p.Institution)
	seen.Once(c, "/code", p.Key().String())
	c.Text("/name", p.Name)
	c.Require("/level", p.Level != "")
	mine := make(rules.Entries, len(p.Units))
	for i, code := range p.Units {
		path := auhl.Index("/units", i)
		k := Key{Institution: p.Institution, Code: code}
		mine.Once(c, path, code)
		if !keys[k.String()] {
			c.Add(path, CodeUnknownUnit, auhl.Params{"value": auhl.Str(clip(k.String()))})
		}
	}
	for code, cr := range sortedCredits(p.Credits) {
		path := auhl.Pointer("/credits", code)
		c.Range(path, int(cr), 1, MaxCredits)
		if !mine[code] {
			c.Add(path, CodeUnknownUnit, auhl.Params{"value": auhl.Str(clip(Key{Institution: p.Institution, Code: code}.String()))})
		}
	}
}

// sortedCredits returns the entries of m in the order of their codes, so
// that the problems come in a stable order.
func sortedCredits(m map[string]auhl.Credits) func(yield func(string, auhl.Credits) bool) {
	return func(yield func(string, auhl.Credits) bool) {
		for _, k := range sortedKeys(m) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

// Verification returns one CodeFactUnverified finding (severity info,
// with the unit's source) for every fact of u that is unverified, in the
// order of the facts: what a reader should check on the official page.
func (c *Catalog) Verification(u Unit) []auhl.Finding {
	var out []auhl.Finding
	for _, f := range facts {
		if c.IsUnverified(u, f) {
			out = append(out, auhl.Finding{
				Code: CodeFactUnverified, Severity: auhl.Info, Source: c.SourceOf(u),
				Params: auhl.Params{"unit": auhl.Str(u.Key().String()), "fact": auhl.Str(string(f))},
			})
		}
	}
	return out
}

// encodeJSON encodes c as its file holds it.
func encodeJSON(c *Catalog) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
