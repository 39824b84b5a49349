package studychoice

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// answers answers every item: strong[scale] where given, def elsewhere;
// reverse items get the mirrored value, so that a scale's score follows
// strong.
func answers(strong map[ScaleID]int, def int) map[string]int {
	out := map[string]int{}
	for _, it := range DefaultQuestionnaire().Items {
		v := def
		if s, ok := strong[it.Scale]; ok {
			v = s
		}
		if it.Reverse {
			v = 6 - v
		}
		out[it.ID] = v
	}
	return out
}

func top(adv Advice, n int) []ProgrammeScore {
	var out []ProgrammeScore
	for _, ps := range adv.Programmes {
		if len(out) == n || ps.Excluded {
			break
		}
		out = append(out, ps)
	}
	return out
}

func mustProgramme(t *testing.T, id string) catalog.Programme {
	t.Helper()
	p, ok := catalog.Default().ByID(id)
	require.True(t, ok, id)
	return p
}

func hasCode(fs []auhl.Finding, code string) bool {
	return slices.ContainsFunc(fs, func(f auhl.Finding) bool { return f.Code == code })
}

func TestBehaviour(t *testing.T) {
	a := NewAdvisor(nil)

	t.Run("doorstroom STEM, 8 hours of maths, investigative: academic science and engineering on top", func(t *testing.T) {
		adv, err := a.Advise(Profile{
			Answers:    answers(map[ScaleID]int{Investigative: 5, Academic: 5, Realistic: 3}, 2),
			Background: Background{Diploma: DiplomaExpected, Finaliteit: Doorstroom, StudyDomain: DomainSTEM, MathsHours: 8},
		})
		require.NoError(t, err)
		assert.Equal(t, auhl.AcademicBachelor, adv.Level.Recommended)
		assert.Equal(t, Clear, adv.Level.Clarity)
		for _, ps := range top(adv, 5) {
			p := mustProgramme(t, ps.ID)
			assert.Equal(t, auhl.AcademicBachelor, p.Level, ps.ID)
			assert.Contains(t, []string{"sciences", "engineering", "ict", "health"}, p.StudyArea, ps.ID)
			assert.Equal(t, BandSolid, ps.Preparation, ps.ID)
		}
		ids := []string{}
		for _, ps := range top(adv, 10) {
			ids = append(ids, ps.ID)
		}
		assert.Contains(t, ids, "uhasselt-ba-fysica")
		assert.Contains(t, ids, "uhasselt-ba-informatica")
	})

	t.Run("arbeidsmarkt, strong realistic interest: practical professional bachelors and graduaten", func(t *testing.T) {
		adv, err := a.Advise(Profile{
			Answers:    answers(map[ScaleID]int{Realistic: 5, Academic: 1}, 2),
			Background: Background{Diploma: DiplomaExpected, Finaliteit: Arbeidsmarkt, MathsHours: 2},
		})
		require.NoError(t, err)
		assert.NotEqual(t, auhl.AcademicBachelor, adv.Level.Recommended)
		pba, realistic := 0, 0
		for i, ps := range top(adv, 15) {
			p := mustProgramme(t, ps.ID)
			assert.Contains(t, []auhl.Level{auhl.Graduaat, auhl.ProfessionalBachelor}, p.Level, ps.ID)
			if p.Level == auhl.ProfessionalBachelor {
				pba++
			}
			if i < 10 && strings.Contains(string(p.Interest.Code[:2]), "R") {
				realistic++
			}
		}
		assert.Positive(t, pba, "professional bachelors too, not only graduaten")
		assert.GreaterOrEqual(t, realistic, 8, "the top ten are mostly hands-on programmes")
	})

	t.Run("no diploma: afwijkende toelating and the graduaat route", func(t *testing.T) {
		adv, err := a.Advise(Profile{
			Answers:    answers(map[ScaleID]int{Social: 5}, 2),
			Background: Background{Diploma: DiplomaNone, Age: 19},
		})
		require.NoError(t, err)
		assert.True(t, hasCode(adv.Findings, CodeRouteAfwijkend))
		assert.True(t, hasCode(adv.Findings, CodeRouteGraduaatTest))
		assert.Equal(t, auhl.Graduaat, adv.Level.Recommended)
		assert.True(t, hasCode(adv.Level.Reasons, CodeLevelNoDiploma))
		for _, f := range adv.Findings {
			if f.Code == CodeRouteAfwijkend || f.Code == CodeRouteGraduaatTest {
				assert.NotEmpty(t, f.Source.URL, "a route cites its source")
			}
		}
	})

	t.Run("English-taught only: no Dutch-taught programme in the top list", func(t *testing.T) {
		adv, err := a.Advise(Profile{
			Answers:     answers(map[ScaleID]int{Enterprising: 5, Artistic: 4}, 2),
			Background:  Background{Diploma: DiplomaObtained, Track: ASO, MathsHours: 4},
			Preferences: Preferences{Languages: []auhl.Lang{auhl.English}},
		})
		require.NoError(t, err)
		list := top(adv, 10)
		require.NotEmpty(t, list)
		for _, ps := range list {
			assert.Contains(t, mustProgramme(t, ps.ID).Languages, auhl.English, ps.ID)
		}
		assert.Len(t, adv.Programmes, len(catalog.Default().Programmes), "every programme is still scored")
		for _, ps := range adv.Programmes {
			if !slices.Contains(mustProgramme(t, ps.ID).Languages, auhl.English) {
				assert.True(t, ps.Excluded)
				assert.True(t, hasCode(ps.Reasons, CodePrefLanguage) || hasCode(ps.Reasons, CodeNotEntry), "says why: %s", ps.ID)
			}
		}
	})

	t.Run("flat profile: said so, no fake ranking by interest", func(t *testing.T) {
		adv, err := a.Advise(Profile{Answers: answers(nil, 3), Background: Background{Diploma: DiplomaExpected, Finaliteit: Doorstroom}})
		require.NoError(t, err)
		assert.True(t, adv.Interests.Flat)
		assert.True(t, hasCode(adv.Findings, CodeInterestFlat))
		assert.Empty(t, adv.Interests.Code)
		for _, ps := range adv.Programmes {
			assert.Equal(t, 50, ps.InterestFit)
		}
	})

	t.Run("few answers", func(t *testing.T) {
		adv, err := a.Advise(Profile{Answers: map[string]int{"R1": 5, "I1": 1}, Background: Background{Diploma: DiplomaExpected, Track: TSO}})
		require.NoError(t, err)
		assert.True(t, hasCode(adv.Findings, CodeInterestFew))
	})

	t.Run("low maths for a maths-heavy programme: evidence and constructive steps, never a verdict", func(t *testing.T) {
		adv, err := a.Advise(Profile{
			Answers:    answers(map[ScaleID]int{Investigative: 5}, 2),
			Background: Background{Diploma: DiplomaExpected, Finaliteit: Doorstroom, MathsHours: 3},
		})
		require.NoError(t, err)
		i := slices.IndexFunc(adv.Programmes, func(ps ProgrammeScore) bool { return ps.ID == "uhasselt-ba-fysica" })
		require.GreaterOrEqual(t, i, 0)
		ps := adv.Programmes[i]
		assert.Equal(t, BandExtra, ps.Preparation)
		assert.True(t, hasCode(ps.Reasons, CodePrepMathsLow))
		assert.True(t, hasCode(ps.Reasons, CodeStepSummerCourse))
		assert.True(t, hasCode(ps.Reasons, CodeStepIjkingPrep))
		assert.True(t, hasCode(ps.Flags, CodeFlagIjkingMandatory))
	})

	t.Run("own ijkingstoets score decides the band", func(t *testing.T) {
		for _, tt := range []struct {
			score float64
			band  Band
			code  string
		}{{15, BandSolid, CodePrepIjkingGood}, {12, BandFair, CodePrepIjkingAverage}, {8, BandExtra, CodePrepIjkingLow}} {
			adv, err := a.Advise(Profile{Answers: answers(map[ScaleID]int{Investigative: 5}, 2),
				Background: Background{Diploma: DiplomaExpected, Track: ASO, MathsHours: 6,
					Ijkingstoetsen: []IjkingstoetsScore{{Programme: "uhasselt-ba-wiskunde", Score: tt.score}}}})
			require.NoError(t, err)
			i := slices.IndexFunc(adv.Programmes, func(ps ProgrammeScore) bool { return ps.ID == "uhasselt-ba-wiskunde" })
			assert.Equal(t, tt.band, adv.Programmes[i].Preparation)
			assert.True(t, hasCode(adv.Programmes[i].Reasons, tt.code))
		}
	})

	t.Run("studiedomein and class council in the preparation", func(t *testing.T) {
		adv, err := a.Advise(Profile{Answers: answers(map[ScaleID]int{Investigative: 5}, 2),
			Background: Background{Diploma: DiplomaExpected, Finaliteit: Doorstroom, StudyDomain: DomainSTEM, MathsHours: 8,
				ClassCouncil: auhl.ProfessionalBachelor}})
		require.NoError(t, err)
		m := byID(adv)
		fys := m["uhasselt-ba-fysica"]
		assert.True(t, hasCode(fys.Reasons, CodePrepDomain), "STEM continues into physics")
		assert.True(t, hasCode(fys.Reasons, CodePrepClassCouncil))
		assert.Equal(t, BandFair, fys.Preparation, "the class council's advice caps an academic programme at fair")
		ti := m["pxl-pba-toegepaste-informatica"]
		assert.False(t, hasCode(ti.Reasons, CodePrepClassCouncil), "no cap at the advised level")
		assert.Equal(t, BandSolid, ti.Preparation)
		law := m["uhasselt-ba-rechten"]
		assert.False(t, hasCode(law.Reasons, CodePrepDomain), "STEM does not continue into law")
	})

	t.Run("routes for language, work experience and a foreign diploma", func(t *testing.T) {
		adv, err := a.Advise(Profile{Answers: answers(map[ScaleID]int{Social: 5}, 2),
			Background: Background{Diploma: DiplomaObtained, ForeignDiploma: true, Dutch: DutchNone, WorkExperience: true, Age: 35}})
		require.NoError(t, err)
		for _, c := range []string{CodeRouteLanguageTest, CodeRouteEVC, CodeRouteForeignDiploma} {
			assert.True(t, hasCode(adv.Findings, c), c)
		}
	})

	t.Run("flags and next steps", func(t *testing.T) {
		adv, err := a.Advise(Profile{Answers: answers(map[ScaleID]int{Investigative: 5, Social: 4}, 2),
			Background: Background{Diploma: DiplomaExpected, Finaliteit: Doorstroom, MathsHours: 6}})
		require.NoError(t, err)
		i := slices.IndexFunc(adv.Programmes, func(ps ProgrammeScore) bool { return ps.ID == "uhasselt-ba-geneeskunde" })
		assert.True(t, hasCode(adv.Programmes[i].Flags, CodeFlagEntranceExam))
		assert.True(t, hasCode(adv.Programmes[i].Flags, CodeFlagTaughtIn))
		assert.True(t, hasCode(adv.NextSteps, CodeStepProgrammePage))
		assert.True(t, hasCode(adv.NextSteps, CodeStepStudiepoort))
		assert.Equal(t, CodeDisclaimer, adv.Findings[len(adv.Findings)-1].Code, "the disclaimer closes the findings")
	})
}

// randomProfile draws a valid profile.
func randomProfile(rng *rand.Rand) Profile {
	ans := map[string]int{}
	for _, it := range DefaultQuestionnaire().Items {
		if rng.IntN(10) > 0 {
			ans[it.ID] = 1 + rng.IntN(5)
		}
	}
	b := Background{Diploma: diplomaStatuses[rng.IntN(2)], MathsHours: 1 + rng.IntN(10)}
	if rng.IntN(2) == 0 {
		b.Finaliteit = finaliteiten[rng.IntN(3)]
	} else {
		b.Track = tracks[rng.IntN(4)]
	}
	var pref Preferences
	if rng.IntN(3) == 0 {
		pref.Languages = []auhl.Lang{auhl.Langs()[rng.IntN(2)]}
	}
	if rng.IntN(3) == 0 {
		pref.Cities = []string{[]string{"Hasselt", "Diepenbeek"}[rng.IntN(2)]}
	}
	if rng.IntN(3) == 0 {
		pref.MaxYears = 2 + rng.IntN(3)
	}
	if rng.IntN(3) == 0 {
		pref.Institutions = []auhl.Institution{[]auhl.Institution{auhl.UHasselt, auhl.PXL}[rng.IntN(2)]}
	}
	return Profile{Answers: ans, Background: b, Preferences: pref}
}

func byID(adv Advice) map[string]ProgrammeScore {
	m := map[string]ProgrammeScore{}
	for _, ps := range adv.Programmes {
		m[ps.ID] = ps
	}
	return m
}

const propertyRuns = 300

func TestPropertyMoreMathsNeverLowersAcademicPreparation(t *testing.T) {
	a := NewAdvisor(nil)
	rng := rand.New(rand.NewPCG(1, 2))
	for range propertyRuns {
		p := randomProfile(rng)
		p.Background.MathsHours = 1 + rng.IntN(9)
		before, err := a.Advise(p)
		require.NoError(t, err)
		p.Background.MathsHours += 1 + rng.IntN(10-p.Background.MathsHours)
		after, err := a.Advise(p)
		require.NoError(t, err)
		am := byID(after)
		for _, ps := range before.Programmes {
			if ps.Level != auhl.AcademicBachelor || ps.Preparation == BandUnknown {
				continue
			}
			assert.GreaterOrEqual(t, bandRank[am[ps.ID].Preparation], bandRank[ps.Preparation], "%s: %s → %s", ps.ID, ps.Preparation, am[ps.ID].Preparation)
		}
	}
}

func TestPropertyStrongerInterestNeverLowersItsProgrammes(t *testing.T) {
	a := NewAdvisor(nil)
	rng := rand.New(rand.NewPCG(3, 4))
	q := DefaultQuestionnaire()
	for range propertyRuns {
		p := randomProfile(rng)
		before, err := a.Advise(p)
		require.NoError(t, err)
		if before.Interests.Flat || !slices.ContainsFunc(before.Programmes, func(ps ProgrammeScore) bool { return ps.InterestFit != 50 }) {
			continue
		}
		scale := RIASEC[rng.IntN(6)]
		stronger := Profile{Answers: map[string]int{}, Background: p.Background, Preferences: p.Preferences}
		for id, v := range p.Answers {
			stronger.Answers[id] = v
		}
		for _, it := range q.Items {
			if v, ok := stronger.Answers[it.ID]; ok && it.Scale == scale && v < 5 {
				stronger.Answers[it.ID] = v + 1
			}
		}
		after, err := a.Advise(stronger)
		require.NoError(t, err)
		if after.Interests.Flat {
			continue
		}
		am := byID(after)
		for _, ps := range before.Programmes {
			if mustProgramme(t, ps.ID).Interest.Code[0] != scale[0] {
				continue
			}
			assert.GreaterOrEqual(t, am[ps.ID].InterestFit, ps.InterestFit, "%s with more %s", ps.ID, scale)
		}
	}
}

func TestPropertyDroppingAPreferenceNeverRemovesAProgramme(t *testing.T) {
	a := NewAdvisor(nil)
	rng := rand.New(rand.NewPCG(5, 6))
	for range propertyRuns {
		p := randomProfile(rng)
		p.Preferences = Preferences{Languages: []auhl.Lang{auhl.English}, Cities: []string{"Diepenbeek"}, MaxYears: 3, Institutions: []auhl.Institution{auhl.UHasselt}}
		with, err := a.Advise(p)
		require.NoError(t, err)
		drops := []func(*Preferences){
			func(x *Preferences) { x.Languages = nil }, func(x *Preferences) { x.Cities = nil },
			func(x *Preferences) { x.MaxYears = 0 }, func(x *Preferences) { x.Institutions = nil },
		}
		q := p
		drops[rng.IntN(len(drops))](&q.Preferences)
		without, err := a.Advise(q)
		require.NoError(t, err)
		assert.Len(t, without.Programmes, len(with.Programmes))
		wm := byID(without)
		for _, ps := range with.Programmes {
			got, ok := wm[ps.ID]
			require.True(t, ok, "%s is still there", ps.ID)
			if !ps.Excluded {
				assert.False(t, got.Excluded, "%s stays in the list", ps.ID)
			}
		}
	}
}

func TestPropertyLanguageChangesNoScoreAndDeterministic(t *testing.T) {
	a := NewAdvisor(nil)
	rng := rand.New(rand.NewPCG(7, 8))
	for range 50 {
		p := randomProfile(rng)
		one, err := a.Advise(p)
		require.NoError(t, err)
		// The profile round-trips through JSON (as a page in another
		// language would send it) and gives the very same advice.
		b, err := json.Marshal(p)
		require.NoError(t, err)
		back, err := a.DecodeProfile(b)
		require.NoError(t, err)
		two, err := a.Advise(back)
		require.NoError(t, err)
		j1, _ := json.Marshal(one)
		j2, _ := json.Marshal(two)
		assert.JSONEq(t, string(j1), string(j2))
	}
}

func TestInvalidProfile(t *testing.T) {
	a := NewAdvisor(nil)
	tests := []struct {
		name string
		in   string
		want map[string]string
	}{
		{"every problem with its path", `{"answers":{"R1":9,"ZZ9":3,"I1":0},"background":{"diploma":"maybe","mathsHours":14,
			"ijkingstoetsen":[{"programme":"kuleuven-ba-x","score":25}]},"preferences":{"languages":["fr"],"institutions":["kuleuven"],"maxYears":-1}}`,
			map[string]string{
				"/answers/R1": auhl.CodeNumberRange, "/answers/ZZ9": CodeUnknownItem, "/answers/I1": auhl.CodeNumberRange,
				"/background/diploma": auhl.CodeEnum, "/background/mathsHours": auhl.CodeNumberRange,
				"/background/ijkingstoetsen/0/programme": CodeUnknownProgramme, "/background/ijkingstoetsen/0/score": auhl.CodeNumberRange,
				"/preferences/languages/0": auhl.CodeEnum, "/preferences/institutions/0": auhl.CodeEnum, "/preferences/maxYears": auhl.CodeNumberRange,
			}},
		{"missing background", `{"answers":{}}`, map[string]string{"/background/diploma": auhl.CodeRequired}},
		{"diploma without track", `{"answers":{},"background":{"diploma":"obtained"}}`, map[string]string{"/background/finaliteit": CodeTrackMissing}},
		{"unknown fields and types", `{"answers":{"R1":"five"},"background":{"diploma":"none","name":"Jan"},"email":"x@y"}`,
			map[string]string{"/answers/R1": auhl.CodeJSONType, "/background/name": auhl.CodeJSONUnknownField, "/email": auhl.CodeJSONUnknownField}},
		{"not json", `{"answers":`, map[string]string{"": auhl.CodeJSONSyntax}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := a.DecodeProfile([]byte(tt.in))
			require.Error(t, err)
			assert.True(t, errors.Is(err, auhl.ErrInvalid))
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			got := map[string]string{}
			for _, p := range ve.Problems {
				got[p.Path] = p.Code
			}
			assert.Equal(t, tt.want, got)
		})
	}
	_, err := a.Advise(Profile{Answers: map[string]int{"nope": 3}})
	assert.ErrorIs(t, err, auhl.ErrInvalid, "Advise validates a profile built in Go too")

	// A decimal out of range is echoed as given, not rounded into range.
	_, err = a.DecodeProfile([]byte(`{"answers":{},"background":{"diploma":"none","ijkingstoetsen":[{"programme":"uhasselt-ba-fysica","score":20.5}]}}`))
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	got, _ := ve.Problems[0].Params["value"].Number()
	assert.Equal(t, 20.5, got)
}

func TestEmbeddedData(t *testing.T) {
	q, err := ParseQuestionnaire(questionnaireData)
	require.NoError(t, err)
	assert.Equal(t, q, DefaultQuestionnaire(), "the strict parse and the start-up one agree")
	per := map[ScaleID]int{}
	for _, it := range q.Items {
		per[it.Scale]++
	}
	for _, s := range RIASEC {
		assert.GreaterOrEqual(t, per[s], 5, s)
	}
	r := loadedRules()
	for id, s := range r.Sources {
		assert.NotEmpty(t, s.Title, id)
	}
	areas := map[string]bool{}
	for _, sa := range catalog.Default().StudyAreas {
		areas[sa.ID] = true
	}
	for d, list := range r.DomainAreas.Areas {
		assert.True(t, slices.Contains(studyDomains, d), "domain %s", d)
		assert.True(t, d.Name().Complete(), "domain %s has a name in both languages", d)
		for _, id := range list {
			assert.True(t, areas[id], "study area %s of %s is in the catalogue", id, d)
		}
	}
	assert.Len(t, r.DomainAreas.Areas, len(studyDomains), "every studiedomein is mapped")
	// Every source the code cites exists: advising a profile that touches
	// every path would panic otherwise; source() panics on a missing id.
	for _, id := range []string{"uhasselt-toelating", "toelatingsexamen", "uhasselt-maths", "ijkingstoets-bands", "ijkingstoets-low",
		"columbus-2019", "track-success", "simon-i", "starttoets", "artistic-test", "afwijkende-toelating", "graduaat-test",
		"language-test", "evc", "foreign-diploma", "orientation", "studiepoort"} {
		assert.NotPanics(t, func() { r.source(id) }, id)
	}
	_, err = ParseQuestionnaire([]byte(`{"version":"x","items":[{"id":"a","scale":"Q"},{"id":"a","scale":"R"}]}`))
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	codes := map[string]bool{}
	for _, p := range ve.Problems {
		codes[p.Code] = true
	}
	assert.True(t, codes[CodeDuplicateItem])
	assert.True(t, codes[CodeFewItems])
	assert.True(t, codes[auhl.CodeEnum])
}

func TestConcurrentAdvice(t *testing.T) {
	a := NewAdvisor(nil)
	p := Profile{Answers: answers(map[ScaleID]int{Investigative: 5}, 2), Background: Background{Diploma: DiplomaExpected, Track: ASO, MathsHours: 6}}
	want, err := a.Advise(p)
	require.NoError(t, err)
	done := make(chan Advice, 8)
	for range 8 {
		go func() { adv, _ := a.Advise(p); done <- adv }()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
}

func FuzzDecodeAndAdvise(f *testing.F) {
	f.Add([]byte(`{"answers":{"R1":5,"I2":3},"background":{"diploma":"expected","finaliteit":"doorstroom","mathsHours":6},"preferences":{"languages":["en"],"maxYears":3}}`))
	f.Add([]byte(`{"answers":{},"background":{"diploma":"none","age":19,"ijkingstoetsen":[{"programme":"uhasselt-ba-fysica","score":9.5}]}}`))
	f.Add([]byte(`{"answers":{"AC1":1},"background":{"diploma":"obtained","track":"bso","dutch":"none","foreignDiploma":true}}`))
	a := NewAdvisor(nil)
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := a.DecodeProfile(data)
		if err != nil {
			assert.ErrorIs(t, err, auhl.ErrInvalid)
			return
		}
		adv, err := a.Advise(p)
		require.NoError(t, err, "a decoded profile is valid")
		assert.Len(t, adv.Programmes, len(a.progs))
	})
}

func BenchmarkAdvise(b *testing.B) {
	a := NewAdvisor(nil)
	p := Profile{Answers: answers(map[ScaleID]int{Investigative: 5, Realistic: 4}, 2),
		Background:  Background{Diploma: DiplomaExpected, Finaliteit: Doorstroom, MathsHours: 6},
		Preferences: Preferences{Cities: []string{"Diepenbeek", "Hasselt"}, MaxYears: 4}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Advise(p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAdviseNewBackground advises a background the advisor has not
// seen (more ages than it keeps decisions of): the admission of every
// programme is decided anew.
func BenchmarkAdviseNewBackground(b *testing.B) {
	a := NewAdvisor(nil)
	p := Profile{Answers: answers(map[ScaleID]int{Investigative: 5, Realistic: 4}, 2),
		Background: Background{Diploma: DiplomaExpected, Finaliteit: Doorstroom, MathsHours: 6}}
	age := 0
	b.ReportAllocs()
	for b.Loop() {
		p.Background.Age = 18 + age%(2*maxEntryCache)
		age++
		if _, err := a.Advise(p); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParseQuestionnaire(f *testing.F) {
	f.Add(questionnaireData)
	f.Add([]byte(`{"version":"1","items":[{"id":"R1","scale":"R","text":{"nl":"a","en":"b"}}]}`))
	f.Add([]byte(`{"options":[{"value":7}],"scales":[{"id":"Z"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		q, err := ParseQuestionnaire(data)
		if err != nil {
			assert.ErrorIs(t, err, auhl.ErrInvalid)
			assert.Nil(t, q)
			return
		}
		// Whatever parses passes its own check.
		assert.NoError(t, q.check().Err())
	})
}

// TestEmbeddedRulesAreStrict reads rules.json the strict way: the advisor
// reads it as an embedded file, which stops at the first problem.
func TestEmbeddedRulesAreStrict(t *testing.T) {
	r, err := advisorFormat.Parse(rulesData, new(advisorRules))
	require.NoError(t, err)
	assert.Equal(t, r, loadedRules())
}

// TestInPreferredCity: a programme's city is matched with the preferred
// ones by its bit among the first 64 of the advisor's cities and by its
// name after those, with the case and the spaces of the preference
// ignored either way.
func TestInPreferredCity(t *testing.T) {
	a := NewAdvisor(nil)
	// The cities of a catalogue taught in more than 64: Genk 64 times,
	// then the default catalogue's own.
	a.cities = append(slices.Repeat([]string{"Genk"}, 64), a.cities...)
	hasselt := slices.Index(a.cities, "Hasselt")
	require.Greater(t, hasselt, 63)
	genk := &programme{cities: 1 << 63, hasCities: true}
	far := &programme{farCities: []int{hasselt}, hasCities: true}
	tests := []struct {
		name   string
		pr     *programme
		cities []string
		want   bool
	}{
		{"bit, preferred", genk, []string{" genk"}, true},
		{"bit, not preferred", genk, []string{"Hasselt"}, false},
		{"name, preferred", far, []string{"Genk", "HASSELT "}, true},
		{"name, not preferred", far, []string{"Genk"}, false},
		{"no preference", far, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Profile{Preferences: Preferences{Cities: tt.cities}}
			sc := a.scoring(&p, &Advice{}, false)
			assert.Equal(t, tt.want, a.inPreferredCity(tt.pr, &sc))
		})
	}
}

// TestRankKey: the ranking keys order pairs of scores as compareScores
// does, whichever field decides.
func TestRankKey(t *testing.T) {
	tests := []struct {
		name string
		x, y ProgrammeScore
		rx   int // ranks of the IDs
		ry   int
	}{
		{"excluded last", ProgrammeScore{ID: "b", Overall: 10}, ProgrammeScore{ID: "a", Overall: 90, Excluded: true}, 1, 0},
		{"overall", ProgrammeScore{ID: "b", Overall: 71, InterestFit: 0}, ProgrammeScore{ID: "a", Overall: 70, InterestFit: 100}, 1, 0},
		{"interest fit", ProgrammeScore{ID: "b", Overall: 70, InterestFit: 51}, ProgrammeScore{ID: "a", Overall: 70, InterestFit: 50}, 1, 0},
		{"id", ProgrammeScore{ID: "a", Overall: 70, InterestFit: 50}, ProgrammeScore{ID: "b", Overall: 70, InterestFit: 50}, 0, 1},
		{"extremes", ProgrammeScore{ID: "z", Overall: 100, InterestFit: 100}, ProgrammeScore{ID: "a"}, 200, 0},
		{"both excluded", ProgrammeScore{ID: "b", Overall: 40, Excluded: true}, ProgrammeScore{ID: "a", Overall: 30, Excluded: true}, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Negative(t, compareScores(&tt.x, &tt.y), "the case orders x first")
			assert.Less(t, rankKey(tt.x.Excluded, tt.x.Overall, tt.x.InterestFit, tt.rx), rankKey(tt.y.Excluded, tt.y.Overall, tt.y.InterestFit, tt.ry))
			assert.Positive(t, compareScores(&tt.y, &tt.x))
		})
	}
}

// TestHeapSort: heapSort sorts as slices.Sort does, duplicates included.
func TestHeapSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, 7, 110, 300} {
		keys := make([]uint64, n)
		for i := range keys {
			keys[i] = rng.Uint64N(50)
		}
		want := slices.Clone(keys)
		slices.Sort(want)
		heapSort(keys)
		assert.Equal(t, want, keys, "n=%d", n)
	}
}

// TestAdviceOrder: every advice lists its programmes in the order of
// compareScores.
func TestAdviceOrder(t *testing.T) {
	a := NewAdvisor(nil)
	for i, p := range batchProfiles() {
		adv, err := a.Advise(p)
		require.NoError(t, err)
		assert.True(t, slices.IsSortedFunc(adv.Programmes, func(x, y ProgrammeScore) int { return compareScores(&x, &y) }), "profile %d", i)
	}
}
