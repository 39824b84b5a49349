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
	a.checkProfile(&ve, p, a.tally(p.Answers).valid)
	return &ve
}

// checkProfile is check, adding the problems to ve (an advice keeps ve on
// the stack); answersValid says whether every answer is to a known item
// and from 1 to 5, as the advice's tally found.
func (a *Advisor) checkProfile(ve *auhl.ValidationError, p *Profile, answersValid bool) {
	// The answers' paths are built, in order, only for a profile with a
	// problem among them: a valid profile costs no allocation here.
	if !answersValid {
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
	}
	b := p.Background
	if b.Diploma == "" {
		ve.Add("/background/diploma", auhl.CodeRequired, nil)
	}
	checkEnum(ve, "/background/diploma", b.Diploma, diplomaStatuses)
	checkEnum(ve, "/background/finaliteit", b.Finaliteit, finaliteiten)
	checkEnum(ve, "/background/track", b.Track, tracks)
	checkEnum(ve, "/background/studyDomain", b.StudyDomain, studyDomains)
	checkEnum(ve, "/background/dutch", b.Dutch, dutchStatuses)
	checkEnum(ve, "/background/classCouncil", b.ClassCouncil, councilLevels)
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
		if !l.Valid() {
			checkEnum(ve, auhl.Index("/preferences/languages", i), l, auhl.Langs())
		}
	}
	for i, inst := range pref.Institutions {
		if !slices.Contains(institutions, inst) {
			checkEnum(ve, auhl.Index("/preferences/institutions", i), inst, institutions)
		}
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
}

// councilLevels are the levels a class council can advise; institutions
// are those a student can prefer.
var (
	councilLevels = []auhl.Level{auhl.Graduaat, auhl.ProfessionalBachelor, auhl.AcademicBachelor}
	institutions  = []auhl.Institution{auhl.UHasselt, auhl.PXL}
)

// checkEnum records a CodeEnum problem at path when v is neither empty nor
// one of allowed; the list of allowed values is written only then.
func checkEnum[T ~string](ve *auhl.ValidationError, path string, v T, allowed []T) {
	if v != "" && !slices.Contains(allowed, v) {
		ve.Add(path, auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(v))), "allowed": auhl.Str(strings.Join(auhl.Strings(allowed), ", "))})
	}
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
