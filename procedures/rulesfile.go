package procedures

import (
	"sort"
	"strings"

	"github.com/auhl/auhl-go/auhl"
)

// ruleFile is the pointer type of a rules file: it checks and indexes
// itself.
type ruleFile[T any] interface {
	*T
	check() *auhl.ValidationError
	index()
}

// decodeRules reads a rules file and indexes it: an embedded file with
// auhl.DecodeEmbedded (the tests read the same bytes strictly), any other
// with auhl.DecodeAndCheck, which lists every problem.
func decodeRules[T any, P ruleFile[T]](data []byte, embedded bool) (*T, error) {
	var s T
	p := P(&s)
	decode := auhl.DecodeAndCheck
	if embedded {
		decode = auhl.DecodeEmbedded
	}
	if err := decode(data, p, p.check); err != nil {
		return nil, err
	}
	p.index()
	return &s, nil
}

// yearRules is a year's rules in a rules file.
type yearRules interface{ academicYear() auhl.AcademicYear }

// sortYears sorts a rules file's years, so that findYear can search them.
func sortYears[T yearRules](ys []T) {
	sort.Slice(ys, func(i, j int) bool { return ys[i].academicYear().Compare(ys[j].academicYear()) < 0 })
}

// findYear returns the rules of year y in sorted years, or nil.
func findYear[T yearRules](ys []T, y auhl.AcademicYear) *T {
	i := sort.Search(len(ys), func(i int) bool { return ys[i].academicYear().Compare(y) >= 0 })
	if i < len(ys) && ys[i].academicYear() == y && !y.IsZero() {
		return &ys[i]
	}
	return nil
}

// forYear returns the rules of year y in sorted years, or a
// *auhl.ValidationError with the problem code of a year they do not cover.
func forYear[T yearRules](code string, ys []T, y auhl.AcademicYear) (*T, error) {
	if r := findYear(ys, y); r != nil {
		return r, nil
	}
	return nil, &auhl.ValidationError{Problems: []auhl.Problem{yearUnknown(code, "", ys, y)}}
}

// yearUnknown is the problem (code, such as CodeProceduresYearUnknown) of a
// year that years do not cover.
func yearUnknown[T yearRules](code, path string, ys []T, y auhl.AcademicYear) auhl.Problem {
	known := make([]string, len(ys))
	for i, r := range ys {
		known[i] = r.academicYear().String()
	}
	return auhl.Problem{Path: path, Code: code, Params: auhl.Params{
		"year": auhl.Str(y.String()), "known": auhl.Str(strings.Join(known, ", ")),
	}}
}

// checkHeader checks what every rules file has: a version, a title for
// every source, and years given once each.
func checkHeader[T yearRules](ve *auhl.ValidationError, version string, sources map[string]auhl.Source, ys []T) {
	if strings.TrimSpace(version) == "" {
		ve.Add("/version", auhl.CodeRequired, nil)
	}
	for id, src := range sources {
		if strings.TrimSpace(src.Title) == "" {
			ve.Add(auhl.Pointer("/sources", id, "title"), auhl.CodeRequired, nil)
		}
	}
	if len(ys) == 0 {
		ve.Add("/years", auhl.CodeRequired, nil)
	}
	seen := map[auhl.AcademicYear]bool{}
	for i, r := range ys {
		path := auhl.Index("/years", i) + "/academicYear"
		switch y := r.academicYear(); {
		case y.IsZero():
			ve.Add(path, auhl.CodeRequired, nil)
		case seen[y]:
			ve.Add(path, CodeRulesDuplicateYear, auhl.Params{"year": auhl.Str(y.String())})
		default:
			seen[y] = true
		}
	}
}

// basisChecker returns a check that a rule cites a source of sources.
func basisChecker(ve *auhl.ValidationError, sources map[string]auhl.Source) func(path string, b Basis) {
	return func(path string, b Basis) {
		if _, ok := sources[b.Source]; !ok {
			ve.Add(path+"/source", CodeRulesUnknownSource, auhl.Params{"id": auhl.Str(auhl.Clip(b.Source))})
		}
	}
}
