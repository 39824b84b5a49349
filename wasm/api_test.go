package wasm_test

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/studychoice"
	"github.com/auhl/auhl-go/studychoice/interview"
	"github.com/auhl/auhl-go/wasm"
	"github.com/auhl/auhl-go/wasm/web"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// elementKeys are the texts auhl-advisor.js looks up.
var elementKeys = []string{"title", "intro", "stepOf", "steps", "stepBackground", "stepInterests", "stepPreferences",
	"stepResult", "next", "back", "showAdvice", "restart", "print", "copyLink", "linkCopied", "linkLabel",
	"loadingAdvice", "required", "fixErrors", "restored", "restoreFailed", "catalogFailed", "optional", "noAnswer",
	"institutionHighlight", "interestsProgress", "resultHeading", "recommended", "source", "whyLevel", "allScores",
	"programmeDetails", "moreProgrammes", "moreProgramme", "officialPage"}

// decode reads what an API method returned: decode[T](t)(api.UI(...)).
// It also holds the module's own encoders to encoding/json: the value read
// back, encoded by encoding/json, gives the same bytes.
func decode[T any](t *testing.T) func(b []byte, err error) T {
	return func(b []byte, err error) T {
		t.Helper()
		require.NoError(t, err)
		var v T
		require.NoError(t, json.Unmarshal(b, &v), string(b))
		want, err := json.Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(b), "what encoding/json writes")
		return v
	}
}

// stem answers like a student with a strong investigative profile.
func stem() map[string]int {
	a := map[string]int{"diploma": 2, "foreign": 2, "structure": 1, "finaliteit": 1, "maths": 8}
	for _, it := range studychoice.DefaultQuestionnaire().Items {
		switch {
		case it.Scale == studychoice.Investigative, it.Scale == studychoice.Academic && !it.Reverse:
			a["item/"+it.ID] = 5
		case it.Scale == studychoice.Academic:
			a["item/"+it.ID] = 1
		default:
			a["item/"+it.ID] = 2
		}
	}
	return a
}

func marshal(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

func TestEveryTextInBothLanguages(t *testing.T) {
	for _, k := range wasm.TextKeys() {
		nl, _ := wasm.Text(auhl.Dutch, k)
		en, _ := wasm.Text(auhl.English, k)
		assert.NotEmpty(t, nl, k)
		assert.NotEmpty(t, en, k)
		assert.NotEqual(t, nl, en, "%s: the same in both languages", k)
		for _, ph := range []string{"{n}", "{total}", "{institution}"} {
			assert.Equal(t, strings.Contains(nl, ph), strings.Contains(en, ph), "%s: %s in one language only", k, ph)
		}
	}
	for _, k := range elementKeys {
		_, ok := wasm.Text(auhl.Dutch, k)
		assert.True(t, ok, "the element needs %q", k)
	}
}

func TestUI(t *testing.T) {
	api := wasm.New()
	tests := []struct {
		tags []string
		want auhl.Lang
	}{
		{[]string{"nl-BE"}, auhl.Dutch},
		{[]string{"en-GB", "nl"}, auhl.English},
		{[]string{"fr-BE", "en"}, auhl.English},
		{[]string{"de"}, auhl.Dutch},
		{nil, auhl.Dutch},
		{[]string{"<script>", ""}, auhl.Dutch},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.tags, ","), func(t *testing.T) {
			ui := decode[wasm.UI](t)(api.UI(tt.tags, 0))
			assert.Equal(t, tt.want, ui.Lang)
			assert.Equal(t, catalog.Default().Version, ui.Catalog.Version)
			assert.Len(t, ui.Sections, 3)
			assert.Len(t, ui.Questions, len(interview.New(nil, nil).Questions))
			for _, k := range elementKeys {
				assert.NotEmpty(t, ui.Text[k], k)
			}
			for _, q := range ui.Questions {
				assert.NotEmpty(t, q.Text, q.Key)
			}
		})
	}
	nl := decode[wasm.UI](t)(api.UI([]string{"nl"}, 0))
	en := decode[wasm.UI](t)(api.UI([]string{"en"}, 0))
	for i := range nl.Questions {
		assert.NotEqual(t, nl.Questions[i].Text, en.Questions[i].Text, nl.Questions[i].Key)
	}
	// An unknown catalogue is the embedded one.
	assert.Equal(t, 0, decode[wasm.UI](t)(api.UI(nil, 7)).Catalog.ID)
}

func TestAdvise(t *testing.T) {
	api := wasm.New()
	for _, l := range auhl.Langs() {
		t.Run(string(l), func(t *testing.T) {
			res := decode[wasm.AdviseResult](t)(api.Advise(marshal(t, stem()), string(l), 0))
			require.True(t, res.OK, res.Errors)
			v := res.Result
			require.NotNil(t, v)
			require.NotEmpty(t, v.Level.Lines)
			assert.NotEmpty(t, v.Level.Lines[0].Text)
			assert.Equal(t, auhl.AcademicBachelor.Name().In(l), v.Level.Recommended)
			assert.NotEmpty(t, v.Interests.Code)
			assert.NotEmpty(t, v.Programmes.Items)
			assert.LessOrEqual(t, len(v.Programmes.Items), 8)
			assert.NotEmpty(t, v.NextSteps.Lines)
			assert.NotEmpty(t, v.Disclaimer)
			for _, p := range v.Programmes.Items {
				assert.NotEmpty(t, p.Name)
				assert.NotEmpty(t, p.Overview)
				for _, c := range v.Programmes.Common {
					assert.NotContains(t, p.Reasons, c, "a common line is said once, above the list")
					assert.NotContains(t, p.Flags, c, "a common line is said once, above the list")
				}
			}
			assert.NotEmpty(t, v.Programmes.Common, "every programme of this student shares the track's line")
			// The event says what was advised, not what was answered.
			ev := res.Event
			require.NotNil(t, ev)
			assert.Equal(t, auhl.AcademicBachelor, ev.Level.Recommended)
			require.Len(t, ev.Programmes, len(v.Programmes.Items))
			for i, p := range v.Programmes.Items {
				assert.Equal(t, wasm.EventProgramme{ID: p.ID, Institution: p.Institution, Level: ev.Programmes[i].Level, Overall: p.Overall},
					ev.Programmes[i], "the event lists the programmes of the result, the overview's and the rest")
			}
			raw := marshal(t, ev)
			for _, k := range []string{"diploma", "maths", "item/", "answers", "finaliteit"} {
				assert.NotContains(t, raw, k)
			}
			// The fragment restores the answers.
			back := decode[wasm.DecodeResult](t)(api.Decode(res.Fragment, string(l), 0))
			require.True(t, back.OK, back.Message)
			assert.Equal(t, interview.Answers(stem()), back.Answers)
		})
	}
}

func TestAdviseRejects(t *testing.T) {
	api := wasm.New()
	tests := []struct {
		name, answers string
		keys          []string
	}{
		{"nothing answered", `{}`, []string{"diploma"}},
		{"a finaliteit missing", `{"diploma": 1, "structure": 1}`, []string{"finaliteit"}},
		{"out of range", `{"diploma": 1, "structure": 1, "finaliteit": 1, "maths": 40}`, []string{"maths"}},
		{"an unknown question", `{"diploma": 3, "x": 1}`, []string{"x"}},
		{"an item by its key", `{"diploma": 3, "item/R1": 0, "item/I1": 9}`, []string{"item/I1"}},
		{"not JSON", `{"diploma":`, []string{""}},
		{"not numbers", `{"diploma": "1"}`, []string{"diploma"}},
		{"too large", `{"x": "` + strings.Repeat("a", wasm.MaxAnswers) + `"}`, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, l := range auhl.Langs() {
				res := decode[wasm.AdviseResult](t)(api.Advise(tt.answers, string(l), 0))
				assert.False(t, res.OK)
				assert.Nil(t, res.Result)
				assert.Nil(t, res.Event)
				var keys []string
				for _, e := range res.Errors {
					keys = append(keys, e.Key)
					assert.NotEmpty(t, e.Message)
					assert.NotContains(t, e.Message, "interview.", "a rendered message, not a code")
				}
				assert.Equal(t, tt.keys, keys)
			}
		})
	}
	nl := decode[wasm.AdviseResult](t)(api.Advise(`{}`, "nl", 0))
	en := decode[wasm.AdviseResult](t)(api.Advise(`{}`, "en", 0))
	assert.NotEqual(t, nl.Errors[0].Message, en.Errors[0].Message)
}

func TestLoadCatalog(t *testing.T) {
	api := wasm.New()
	cat := catalog.Default().Clone()
	cat.Version = "2099-test"
	cat.Programmes[0].Name.NL = `<img src=x onerror="alert(1)">`
	res := decode[wasm.CatalogResult](t)(api.LoadCatalog(marshal(t, cat), "nl"))
	require.True(t, res.OK, res.Problems)
	assert.Equal(t, 1, res.ID)
	assert.Equal(t, "2099-test", res.Version)
	ui := decode[wasm.UI](t)(api.UI([]string{"nl"}, res.ID))
	assert.Equal(t, "2099-test", ui.Catalog.Version)
	adv := decode[wasm.AdviseResult](t)(api.Advise(marshal(t, stem()), "nl", res.ID))
	require.True(t, adv.OK)
	assert.Contains(t, adv.Result.Versions, "2099-test")

	for _, bad := range []string{"", "{", `{"version": 1}`, strings.Repeat("[", 10000)} {
		for _, l := range auhl.Langs() {
			res := decode[wasm.CatalogResult](t)(api.LoadCatalog(bad, string(l)))
			assert.False(t, res.OK)
			want, _ := wasm.Text(l, "catalogFailed")
			assert.Equal(t, want, res.Message)
			assert.NotEmpty(t, res.Problems)
			assert.LessOrEqual(t, len(res.Problems), 20)
		}
	}
	// A rejected catalogue changed nothing.
	assert.Equal(t, catalog.Default().Version, decode[wasm.UI](t)(api.UI(nil, 0)).Catalog.Version)

	full := wasm.New()
	text := marshal(t, cat)
	for i := 1; i <= wasm.MaxCatalogs; i++ {
		assert.True(t, decode[wasm.CatalogResult](t)(full.LoadCatalog(text, "en")).OK)
	}
	assert.False(t, decode[wasm.CatalogResult](t)(full.LoadCatalog(text, "en")).OK, "at most MaxCatalogs")
}

// hostileLinks are fragments that do not decode to answers of the current
// questionnaire, with what each must not put on the page.
var hostileLinks = []struct {
	name, fragment string
	echo           []string
}{
	{"too short", "q=1&i=2", []string{"q=1"}},
	{"garbage version", "q=\x00\u202eBel nu 0800 12345 voor je diploma\u202c\x00" + strings.Repeat("!", 16) + "&i=1",
		[]string{"\x00", "\u202e", "\u202c", "0800 12345", "Bel nu", "!!!!"}},
	{"markup as version", `q=<img src=x onerror=alert(1)>&i=1`, []string{"<img", "alert"}},
	{"another version", "q=1999.1&i=" + strings.Repeat("3", 48), []string{"1999.1"}},
	{"the right version, wrong digits", "q=" + interview.New(nil, nil).Questionnaire + "&i=x", []string{"&i=x"}},
	{"too long", "q=" + strings.Repeat("\u202e", interview.MaxLink) + "&i=1", []string{"\u202e"}},
}

// TestDecodeRefusesWithAFixedMessage: a link that does not restore answers
// is refused with the widget's fixed text, in the student's language, and
// nothing of the link comes back.
func TestDecodeRefusesWithAFixedMessage(t *testing.T) {
	api := wasm.New()
	for _, tt := range hostileLinks {
		t.Run(tt.name, func(t *testing.T) {
			for _, l := range auhl.Langs() {
				raw, err := api.Decode(tt.fragment, string(l), 0)
				require.NoError(t, err)
				res := decode[wasm.DecodeResult](t)(raw, nil)
				assert.False(t, res.OK)
				assert.Nil(t, res.Answers)
				want, _ := wasm.Text(l, "restoreFailed")
				assert.Equal(t, want, res.Message)
				for _, e := range tt.echo {
					assert.NotContains(t, string(raw), e)
					assert.NotContains(t, res.Message, e)
				}
			}
		})
	}
}

// TestLoadCatalogLimits: a text above MaxCatalog is refused before it is
// read, and a catalogue with many problems reports the first few only.
func TestLoadCatalogLimits(t *testing.T) {
	api := wasm.New()
	big := `{"version":"x"` + strings.Repeat(" ", wasm.MaxCatalog) + "}"
	res := decode[wasm.CatalogResult](t)(api.LoadCatalog(big, "en"))
	assert.False(t, res.OK)
	require.Len(t, res.Problems, 1)
	assert.Equal(t, i18n.Message(auhl.English, auhl.CodeJSONTooLarge, auhl.Params{"limit": auhl.Int(wasm.MaxCatalog)}), res.Problems[0])

	var b strings.Builder
	b.WriteString(`{"version":"2025.1","academicYear":"2025-2026","programmes":[{}`)
	for range 200 {
		b.WriteString(",{}")
	}
	b.WriteString("]")
	for i := range 200 {
		b.WriteString(`,"u` + strconv.Itoa(i) + `":1`)
	}
	b.WriteString("}")
	res = decode[wasm.CatalogResult](t)(api.LoadCatalog(b.String(), "nl"))
	assert.False(t, res.OK)
	// The first 20 problems, and a line that counts the others.
	require.Len(t, res.Problems, 21)
	assert.Regexp(t, `^En nog \d+ problemen, die hier niet getoond worden\.$`, res.Problems[20])
	assert.Equal(t, catalog.Default().Version, decode[wasm.UI](t)(api.UI(nil, 0)).Catalog.Version)
}

// TestTheElementAppliesTheCatalogLimit: auhl-advisor.js stops reading a
// catalogue at the limit LoadCatalog applies.
func TestTheElementAppliesTheCatalogLimit(t *testing.T) {
	m := regexp.MustCompile(`const MAX_CATALOG_BYTES = (\d+) << 20;`).FindStringSubmatch(string(web.Script))
	require.NotNil(t, m, "auhl-advisor.js declares MAX_CATALOG_BYTES")
	mib, err := strconv.Atoi(m[1])
	require.NoError(t, err)
	assert.Equal(t, wasm.MaxCatalog, mib<<20)
}

func FuzzAdvise(f *testing.F) {
	api := wasm.New()
	b, _ := json.Marshal(stem())
	f.Add(string(b), "nl")
	f.Add(`{"diploma": 1}`, "en")
	f.Add(`{"diploma": 1e400}`, "xx")
	f.Add(`[]`, "")
	f.Fuzz(func(t *testing.T, answers, lang string) {
		out, err := api.Advise(answers, lang, 0)
		require.NoError(t, err)
		var res wasm.AdviseResult
		require.NoError(t, json.Unmarshal(out, &res))
		require.Equal(t, res.OK, res.Result != nil)
		require.Equal(t, res.OK, len(res.Errors) == 0)
	})
}

func FuzzDecode(f *testing.F) {
	api := wasm.New()
	f.Add(interview.New(nil, nil).Encode(interview.Answers(stem())))
	f.Add("q=2025.1&i=&diploma=1")
	f.Fuzz(func(t *testing.T, fragment string) {
		out, err := api.Decode(fragment, "en", 0)
		require.NoError(t, err)
		var res wasm.DecodeResult
		require.NoError(t, json.Unmarshal(out, &res))
		require.Equal(t, res.OK, res.Message == "")
	})
}

// TestTextsAndTheElementAgree: every text the element looks up exists, and
// every text exists because the element uses it.
func TestTextsAndTheElementAgree(t *testing.T) {
	script := string(web.Script)
	for _, k := range wasm.TextKeys() {
		used := regexp.MustCompile(`"` + k + `"|\.` + k + `\b`).MatchString(script)
		assert.True(t, used, "the text %q is not used by auhl-advisor.js", k)
	}
	for _, m := range regexp.MustCompile(`#text\("([A-Za-z]+)"\)`).FindAllStringSubmatch(script, -1) {
		_, ok := wasm.Text(auhl.Dutch, m[1])
		assert.True(t, ok, "auhl-advisor.js uses the missing text %q", m[1])
	}
}

func TestWarmUp(t *testing.T) {
	api := wasm.New()
	api.WarmUp()
	res := decode[wasm.AdviseResult](t)(api.Advise(marshal(t, stem()), "en", 0))
	assert.True(t, res.OK, "the advice after a warm-up is the usual one")
}

// BenchmarkAPIAdvise is one advice as the element asks for it: the answers
// as JSON in, the report and the event as JSON out.
func BenchmarkAPIAdvise(b *testing.B) {
	api := wasm.New()
	body, err := json.Marshal(stem())
	require.NoError(b, err)
	for b.Loop() {
		if _, err := api.Advise(string(body), "nl", 0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAPIUI is the questions in one language, as the element asks for
// them at start.
func BenchmarkAPIUI(b *testing.B) {
	api := wasm.New()
	for b.Loop() {
		if _, err := api.UI([]string{"nl-BE"}, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAdviseCountsTheProblemsPastTheCap: answers with more problems than a
// validation error lists get a last line, for the whole input, that says
// how many more there are.
func TestAdviseCountsTheProblemsPastTheCap(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"diploma": 3`)
	for i := range auhl.MaxProblems + 30 {
		b.WriteString(`, "x` + strconv.Itoa(i) + `": 1`)
	}
	b.WriteString(`}`)
	res := decode[wasm.AdviseResult](t)(wasm.New().Advise(b.String(), "en", 0))
	assert.False(t, res.OK)
	require.Len(t, res.Errors, auhl.MaxProblems+1)
	last := res.Errors[auhl.MaxProblems]
	assert.Empty(t, last.Key)
	assert.Regexp(t, `^And \d+ more problems, not shown here\.$`, last.Message)
}
