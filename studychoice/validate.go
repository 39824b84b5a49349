package studychoice

import (
	"slices"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/procedures/admission"
)

// check validates a profile against the questionnaire and the catalogue.
func (a *Advisor) check(p *Profile) *auhl.ValidationError {
	var ve auhl.ValidationError
	for _, id := range sortedKeys(p.Answers) {
		path := auhl.Pointer("/answers", id)
		if _, ok := a.items[id]; !ok {
			ve.Add(path, CodeUnknownItem, auhl.Params{"id": auhl.Str(auhl.Clip(id))})
			continue
		}
		if v := p.Answers[id]; v < 1 || v > 5 {
			ve.Add(path, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(v), "min": auhl.Int(1), "max": auhl.Int(5)})
		}
	}
	b := p.Background
	enum := func(path, v string, allowed []string) {
		if v != "" && !slices.Contains(allowed, v) {
			ve.Add(path, auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(v)), "allowed": auhl.Str(strings.Join(allowed, ", "))})
		}
	}
	if b.Diploma == "" {
		ve.Add("/background/diploma", auhl.CodeRequired, nil)
	}
	enum("/background/diploma", string(b.Diploma), b.Diploma.Enum())
	enum("/background/finaliteit", string(b.Finaliteit), b.Finaliteit.Enum())
	enum("/background/track", string(b.Track), b.Track.Enum())
	enum("/background/studyDomain", string(b.StudyDomain), b.StudyDomain.Enum())
	enum("/background/dutch", string(b.Dutch), b.Dutch.Enum())
	enum("/background/classCouncil", string(b.ClassCouncil), []string{string(auhl.Graduaat), string(auhl.ProfessionalBachelor), string(auhl.AcademicBachelor)})
	if (b.Diploma == DiplomaObtained || b.Diploma == DiplomaExpected) && !b.ForeignDiploma && b.Finaliteit == "" && b.Track == "" {
		ve.Add("/background/finaliteit", CodeTrackMissing, nil)
	}
	rng := func(path string, v, lo, hi int) {
		if v != 0 && (v < lo || v > hi) {
			ve.Add(path, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(v), "min": auhl.Int(lo), "max": auhl.Int(hi)})
		}
	}
	rng("/background/mathsHours", b.MathsHours, 1, 10)
	rng("/background/age", b.Age, 14, 99)
	for i, s := range b.Ijkingstoetsen {
		path := auhl.Index("/background/ijkingstoetsen", i)
		if _, ok := a.cat.ByID(s.Programme); !ok {
			ve.Add(path+"/programme", CodeUnknownProgramme, auhl.Params{"id": auhl.Str(auhl.Clip(s.Programme))})
		}
		if !(s.Score >= 0 && s.Score <= 20) {
			ve.Add(path+"/score", auhl.CodeNumberRange, auhl.Params{"value": auhl.Num(s.Score), "min": auhl.Int(0), "max": auhl.Int(20)})
		}
	}
	pref := p.Preferences
	for i, l := range pref.Languages {
		enum(auhl.Index("/preferences/languages", i), string(l), l.Enum())
	}
	for i, inst := range pref.Institutions {
		enum(auhl.Index("/preferences/institutions", i), string(inst), []string{string(auhl.UHasselt), string(auhl.PXL)})
	}
	for i, c := range pref.Cities {
		if strings.TrimSpace(c) == "" {
			ve.Add(auhl.Index("/preferences/cities", i), auhl.CodeRequired, nil)
		}
	}
	rng("/preferences/maxYears", pref.MaxYears, 1, 10)
	// The admission of every programme is decided for the year: the
	// admission rules must cover it.
	if _, err := admission.Default().For(a.year(*p)); err != nil {
		ve.Merge("/academicYear", err)
	}
	return &ve
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
