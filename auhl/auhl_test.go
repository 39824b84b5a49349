package auhl

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEnums(t *testing.T) {
	tests := []struct {
		name  string
		enum  []string
		valid func(string) bool
		names func(string) Text
	}{
		{"institution", Institution("").Enum(), func(s string) bool { return Institution(s).Valid() }, func(s string) Text { return Institution(s).Name() }},
		{"level", Level("").Enum(), func(s string) bool { return Level(s).Valid() }, func(s string) Text { return Level(s).Name() }},
		{"lang", Lang("").Enum(), func(s string) bool { return Lang(s).Valid() }, nil},
		{"severity", Severity("").Enum(), func(s string) bool { return Severity(s).Valid() }, nil},
		{"param kind", ParamKind("").Enum(), func(s string) bool { return ParamKind(s).Valid() }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NotEmpty(t, tt.enum)
			for _, v := range tt.enum {
				assert.True(t, tt.valid(v), v)
				if tt.names != nil {
					assert.True(t, tt.names(v).Complete(), "%s has a name in both languages", v)
				}
			}
			assert.False(t, tt.valid(""))
			assert.False(t, tt.valid("Bogus"))
		})
	}
}

func TestLevelCreditRange(t *testing.T) {
	for _, l := range Levels() {
		lo, hi := l.CreditRange()
		assert.Positive(t, int(lo), l)
		assert.LessOrEqual(t, lo, hi, l)
	}
	lo, hi := ProfessionalBachelor.CreditRange()
	assert.Equal(t, []Credits{180, 240}, []Credits{lo, hi})
	hlo, hhi := Credits(60).StudyHours()
	assert.Equal(t, []int{1500, 1800}, []int{hlo, hhi})
}

func TestTextIn(t *testing.T) {
	tests := []struct {
		text     Text
		nl, en   string
		complete bool
	}{
		{Text{NL: "hallo", EN: "hello"}, "hallo", "hello", true},
		{Text{NL: "hallo"}, "hallo", "hallo", false},
		{Text{EN: "hello"}, "hello", "hello", false},
		{Text{}, "", "", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.nl, tt.text.In(Dutch))
		assert.Equal(t, tt.en, tt.text.In(English))
		assert.Equal(t, tt.nl, tt.text.In(Lang("fr")), "an unknown language reads Dutch")
		assert.Equal(t, tt.complete, tt.text.Complete())
	}
}

func TestFindingJSONRoundTrip(t *testing.T) {
	f := Finding{
		Code:     "catalog.fact-unverified",
		Severity: Warning,
		Params:   Params{"credits": Int(60), "ratio": Num(13.5), "id": Str("x"), "name": Txt(Text{NL: "a", EN: "b"})},
		Source:   Source{Title: "Codex Hoger Onderwijs", URL: "https://example.org/codex"},
	}
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"catalog.fact-unverified","severity":"warning",
		"params":{"credits":60,"ratio":13.5,"id":"x","name":{"nl":"a","en":"b"}},
		"source":{"title":"Codex Hoger Onderwijs","url":"https://example.org/codex"}}`, string(b))

	var back Finding
	require.NoError(t, DecodeJSON(b, &back))
	assert.Equal(t, f, back)

	b, err = json.Marshal(Finding{Code: "x", Severity: Info})
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"x","severity":"info"}`, string(b), "empty params and source are left out")
}

func TestValidationError(t *testing.T) {
	var ve ValidationError
	assert.NoError(t, ve.Err())
	ve.Add(Pointer("/programmes", "3", "name/x"), CodeRequired, nil)
	ve.Merge("/year", func() error { _, err := ParseAcademicYear("x"); return err }())
	require.Error(t, ve.Err())
	assert.ErrorIs(t, ve.Err(), ErrInvalid)
	assert.Equal(t, "/programmes/3/name~1x", ve.Problems[0].Path)
	assert.Equal(t, "/year", ve.Problems[1].Path)
	assert.Equal(t, `invalid input: /programmes/3/name~1x: value.required; /year: year.format (value=x)`, ve.Error())

	b, err := json.Marshal(&ve)
	require.NoError(t, err)
	assert.JSONEq(t, `{"problems":[{"path":"/programmes/3/name~1x","code":"value.required"},
		{"path":"/year","code":"year.format","params":{"value":"x"}}]}`, string(b))
}

func TestClip(t *testing.T) {
	assert.Equal(t, "short", Clip("short"))
	long := Clip(string(make([]byte, 200)))
	assert.LessOrEqual(t, len(long), 64+len("…"))
	// A multi-byte rune is never cut in half.
	s := Clip(string([]rune("ééééééééééééééééééééééééééééééééééééééééééééé")))
	assert.True(t, len([]rune(s)) > 0)
	for _, r := range s {
		assert.NotEqual(t, '\uFFFD', r)
	}
}
