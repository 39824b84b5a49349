package interview_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/studychoice"
	"github.com/auhl/auhl-go/studychoice/interview"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// items answers every item of the questionnaire with v.
func items(iv *interview.Interview, v int) interview.Answers {
	a := interview.Answers{}
	for _, q := range iv.Questions {
		if q.Section == interview.Interests {
			a[q.Key] = v
		}
	}
	return a
}

func with(a interview.Answers, more interview.Answers) interview.Answers {
	out := interview.Answers{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range more {
		out[k] = v
	}
	return out
}

func TestQuestions(t *testing.T) {
	iv := interview.New(nil, nil)
	qn := studychoice.DefaultQuestionnaire()
	assert.Equal(t, qn.Version, iv.Questionnaire)
	sections := map[interview.Section]int{}
	seen := map[string]bool{}
	last := 0
	order := map[interview.Section]int{}
	for i, s := range interview.Sections() {
		order[s] = i
	}
	for _, q := range iv.Questions {
		sections[q.Section]++
		assert.False(t, seen[q.Key], "key %s twice", q.Key)
		seen[q.Key] = true
		assert.GreaterOrEqual(t, order[q.Section], last, "%s: the sections are in order", q.Key)
		last = order[q.Section]
		assert.True(t, q.Text.Complete(), "%s: the question in both languages", q.Key)
		for _, c := range q.Choices {
			assert.True(t, c.Label.Complete(), "%s: choice %d in both languages", q.Key, c.Value)
		}
		switch q.Kind {
		case interview.Number:
			assert.Less(t, q.Min, q.Max, q.Key)
			assert.Empty(t, q.Choices, q.Key)
		default:
			assert.NotEmpty(t, q.Choices, q.Key)
		}
		for _, c := range q.When {
			_, ok := iv.Question(c.Key)
			assert.True(t, ok, "%s depends on the unknown question %s", q.Key, c.Key)
		}
	}
	assert.Equal(t, len(qn.Items), sections[interview.Interests])
	assert.Equal(t, 10, sections[interview.Background])
	assert.Equal(t, 4, sections[interview.Preferences])

	// One choice per value of the enums the answers stand for.
	want := map[string]int{
		interview.KeyDiploma:    len(studychoice.DiplomaStatus("").Enum()),
		interview.KeyFinaliteit: len(studychoice.Finaliteit("").Enum()),
		interview.KeyTrack:      len(studychoice.Track("").Enum()),
		interview.KeyDutch:      len(studychoice.DutchStatus("").Enum()),
		interview.KeyCities:     len(interview.Cities(catalog.Default())) + 1,
	}
	for key, n := range want {
		q, ok := iv.Question(key)
		require.True(t, ok, key)
		assert.Len(t, q.Choices, n, key)
	}
	for _, s := range interview.Sections() {
		for _, l := range auhl.Langs() {
			h, intro := iv.Heading(l, s)
			assert.NotEmpty(t, h, "%s %s", s, l)
			assert.NotEmpty(t, intro, "%s %s", s, l)
		}
	}
}

// TestEveryTextInBothLanguages walks the package's texts through the
// questions: every question, choice and heading has a Dutch and an English
// text, and they differ where a language shows (the cities are names).
func TestEveryTextInBothLanguages(t *testing.T) {
	iv := interview.New(nil, nil)
	for _, q := range iv.Questions {
		assert.NotEqual(t, q.Text.NL, q.Text.EN, q.Key)
	}
	h1, _ := iv.Heading(auhl.Dutch, interview.Background)
	h2, _ := iv.Heading(auhl.English, interview.Background)
	assert.NotEqual(t, h1, h2)
	yes, _ := iv.Question(interview.KeyWork)
	assert.Equal(t, "ja", yes.Label(auhl.Dutch, interview.Yes))
	assert.Equal(t, "no", yes.Label(auhl.English, interview.No))
	maths, _ := iv.Question(interview.KeyMaths)
	assert.Equal(t, "7", maths.Label(auhl.Dutch, 7))
}

func TestProfile(t *testing.T) {
	iv := interview.New(nil, nil)
	cities := interview.Cities(catalog.Default())
	qn := studychoice.DefaultQuestionnaire()
	first := qn.Items[0].ID
	tests := []struct {
		name string
		a    interview.Answers
		want studychoice.Profile
	}{
		{"reformed structure, doorstroom", interview.Answers{"diploma": 2, "foreign": 2, "structure": 1, "finaliteit": 1, "maths": 8, "dutch": 1},
			studychoice.Profile{Background: studychoice.Background{Diploma: studychoice.DiplomaExpected, Finaliteit: studychoice.Doorstroom, MathsHours: 8, Dutch: studychoice.DutchSchooled}}},
		{"a foreign diploma needs no structure", interview.Answers{"diploma": 1, "foreign": 1, "structure": 1, "finaliteit": 2, "class-council": 3, "maths": 6, "dutch": 3, "age": 20},
			studychoice.Profile{Background: studychoice.Background{Diploma: studychoice.DiplomaObtained, ForeignDiploma: true, MathsHours: 6, Dutch: studychoice.DutchNone, Age: 20}}},
		{"old structure", interview.Answers{"diploma": 1, "foreign": 2, "structure": 2, "track": 3, "class-council": 2, "work": 1, "age": 30},
			studychoice.Profile{Background: studychoice.Background{Diploma: studychoice.DiplomaObtained, Track: studychoice.KSO, ClassCouncil: auhl.ProfessionalBachelor, WorkExperience: true, Age: 30}}},
		{"answers that no longer apply are dropped", interview.Answers{"diploma": 3, "structure": 1, "finaliteit": 1, "class-council": 1},
			studychoice.Profile{Background: studychoice.Background{Diploma: studychoice.DiplomaNone}}},
		{"answers a question does not take are dropped", interview.Answers{"diploma": 4, "maths": 11, "item/" + first: 6},
			studychoice.Profile{}},
		{"an item", interview.Answers{"item/" + first: 4}, studychoice.Profile{Answers: map[string]int{first: 4}}},
		{"preferences", interview.Answers{"cities": 1, "languages": 2, "max-years": 3, "institutions": 2},
			studychoice.Profile{Preferences: studychoice.Preferences{Cities: []string{cities[0]}, Languages: []auhl.Lang{auhl.English}, MaxYears: 3, Institutions: []auhl.Institution{auhl.PXL}}}},
		{"any city, both languages, both institutions mean no preference", interview.Answers{"cities": len(cities) + 1, "languages": 3, "institutions": 3},
			studychoice.Profile{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.want.Answers == nil {
				tt.want.Answers = map[string]int{}
			}
			assert.Equal(t, tt.want, iv.Profile(tt.a))
		})
	}
}

func TestProfilesAreValidAdvice(t *testing.T) {
	iv := interview.New(nil, nil)
	adv := studychoice.NewAdvisor(nil)
	for _, a := range []interview.Answers{
		with(items(iv, 5), interview.Answers{"diploma": 2, "foreign": 2, "structure": 1, "finaliteit": 1, "maths": 8}),
		with(items(iv, 1), interview.Answers{"diploma": 3, "work": 1, "age": 40, "cities": 1}),
		{"diploma": 1, "foreign": 1},
	} {
		require.NoError(t, iv.Check(a))
		_, err := adv.Advise(iv.Profile(a))
		assert.NoError(t, err)
	}
}

func TestCheck(t *testing.T) {
	iv := interview.New(nil, nil)
	tests := []struct {
		name string
		a    interview.Answers
		want []auhl.Problem
	}{
		{"complete", interview.Answers{"diploma": 2, "foreign": 2, "structure": 2, "track": 1}, nil},
		{"no diploma needs nothing more", interview.Answers{"diploma": 3}, nil},
		{"nothing answered", interview.Answers{}, []auhl.Problem{{Path: "/diploma", Code: interview.CodeRequired}}},
		{"a structure but no finaliteit", interview.Answers{"diploma": 1, "structure": 1}, []auhl.Problem{{Path: "/finaliteit", Code: interview.CodeRequired}}},
		{"a Flemish diploma needs its structure", interview.Answers{"diploma": 1}, []auhl.Problem{{Path: "/structure", Code: interview.CodeRequired}}},
		{"out of range, unknown and missing at once", interview.Answers{"diploma": 7, "maths": 11, "zzz": 1, "item/R1": 9},
			[]auhl.Problem{
				{Path: "/diploma", Code: interview.CodeInvalid, Params: auhl.Params{"min": auhl.Int(1), "max": auhl.Int(3)}},
				{Path: "/item~1R1", Code: interview.CodeInvalid, Params: auhl.Params{"min": auhl.Int(1), "max": auhl.Int(5)}},
				{Path: "/maths", Code: interview.CodeInvalid, Params: auhl.Params{"min": auhl.Int(1), "max": auhl.Int(10)}},
				{Path: "/zzz", Code: interview.CodeUnknown, Params: auhl.Params{"key": auhl.Str("zzz")}},
			}},
		{"an invalid answer is not also missing, a missing one is", interview.Answers{"diploma": 1, "structure": 3},
			[]auhl.Problem{{Path: "/structure", Code: interview.CodeInvalid, Params: auhl.Params{"min": auhl.Int(1), "max": auhl.Int(2)}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := iv.Check(tt.a)
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.True(t, errors.Is(err, auhl.ErrInvalid))
			assert.Equal(t, tt.want, ve.Problems)
		})
	}
}

func TestLinkRoundTrip(t *testing.T) {
	iv := interview.New(nil, nil)
	a := with(items(iv, 3), interview.Answers{"diploma": 2, "foreign": 2, "structure": 1, "finaliteit": 1, "maths": 8, "age": 17, "cities": 2, "max-years": 10})
	delete(a, "item/"+studychoice.DefaultQuestionnaire().Items[4].ID)
	s := iv.Encode(a)
	assert.True(t, strings.HasPrefix(s, "q="+iv.Questionnaire+"&i=3333"), s)
	assert.Contains(t, s, "&diploma=2&foreign=2&structure=1&finaliteit=1&maths=8&age=17&cities=2&max-years=10")
	assert.Less(t, len(s), 200, "a link stays short")
	got, err := iv.Decode(s)
	require.NoError(t, err)
	assert.Equal(t, a, got)

	// What Encode leaves out.
	assert.Equal(t, iv.Encode(interview.Answers{}), iv.Encode(interview.Answers{"zzz": 1, "diploma": 9, "item/R1": 7}))
	empty, err := iv.Decode(iv.Encode(nil))
	require.NoError(t, err)
	assert.Empty(t, empty)
}

func TestDecodeRejects(t *testing.T) {
	iv := interview.New(nil, nil)
	good := iv.Encode(interview.Answers{"diploma": 1})
	zeros := strings.Repeat("0", len(studychoice.DefaultQuestionnaire().Items))
	tests := []struct {
		name, s, code string
	}{
		{"empty", "", interview.CodeLinkInvalid},
		{"no items", "q=" + iv.Questionnaire, interview.CodeLinkInvalid},
		{"another version", "q=1999.1&i=" + zeros, interview.CodeLinkVersion},
		{"too few items", "q=" + iv.Questionnaire + "&i=000", interview.CodeLinkInvalid},
		{"an item out of range", "q=" + iv.Questionnaire + "&i=7" + zeros[1:], interview.CodeLinkInvalid},
		{"a letter among the items", "q=" + iv.Questionnaire + "&i=a" + zeros[1:], interview.CodeLinkInvalid},
		{"an unknown key", good + "&zzz=1", interview.CodeLinkInvalid},
		{"an item by key", good + "&item/R1=1", interview.CodeLinkInvalid},
		{"twice the same key", good + "&diploma=2", interview.CodeLinkInvalid},
		{"a value out of range", good + "&maths=11", interview.CodeLinkInvalid},
		{"a negative value", good + "&maths=-1", interview.CodeLinkInvalid},
		{"no value", good + "&maths=", interview.CodeLinkInvalid},
		{"no equals sign", good + "&maths", interview.CodeLinkInvalid},
		{"a long number", good + "&maths=0000000008", interview.CodeLinkInvalid},
		{"too long", good + strings.Repeat("&", interview.MaxLink), interview.CodeLinkInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := iv.Decode(tt.s)
			assert.Nil(t, a)
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			require.Len(t, ve.Problems, 1)
			assert.Equal(t, tt.code, ve.Problems[0].Code)
		})
	}
}

func TestVersionsWithSeparators(t *testing.T) {
	qn := *studychoice.DefaultQuestionnaire()
	qn.Version = "2026&beta=1%"
	iv := interview.New(&qn, nil)
	a := interview.Answers{"diploma": 3}
	got, err := iv.Decode(iv.Encode(a))
	require.NoError(t, err)
	assert.Equal(t, a, got)
}

func TestCodesAreDeclared(t *testing.T) {
	var codes []string
	for _, c := range interview.Codes() {
		codes = append(codes, c.Code)
	}
	for _, c := range []string{interview.CodeRequired, interview.CodeInvalid, interview.CodeUnknown, interview.CodeLinkInvalid, interview.CodeLinkVersion} {
		assert.Contains(t, codes, c)
	}
}

func FuzzDecode(f *testing.F) {
	iv := interview.New(nil, nil)
	f.Add(iv.Encode(interview.Answers{"diploma": 1, "maths": 8}))
	f.Add(iv.Encode(items(iv, 4)))
	f.Add("q=&i=")
	f.Add("q=2025.1&i=0&diploma=1")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := iv.Decode(s)
		if err != nil {
			require.Nil(t, a)
			require.ErrorIs(t, err, auhl.ErrInvalid)
			return
		}
		for k, v := range a {
			q, ok := iv.Question(k)
			require.True(t, ok, k)
			require.True(t, q.Accepts(v), "%s=%d", k, v)
		}
		again, err := iv.Decode(iv.Encode(a))
		require.NoError(t, err)
		require.True(t, reflect.DeepEqual(a, again) || (len(a) == 0 && len(again) == 0))
		_ = iv.Profile(a)
	})
}
