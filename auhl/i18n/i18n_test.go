package i18n

import (
	"errors"
	"slices"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/internal/cli"
	"github.com/auhl/auhl-go/procedures"
	"github.com/auhl/auhl-go/studychoice"
	"github.com/auhl/auhl-go/studychoice/interview"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// declared gathers the codes every package of the module declares. A new
// package that emits findings or problems adds its Codes here.
func declared() map[string]auhl.CodeSpec {
	out := map[string]auhl.CodeSpec{}
	for _, list := range [][]auhl.CodeSpec{auhl.Codes(), catalog.Codes(), studychoice.Codes(), interview.Codes(), procedures.Codes(), rules.Codes(), cli.Codes(), Codes()} {
		for _, c := range list {
			out[c.Code] = c
		}
	}
	return out
}

func TestMessagesLoad(t *testing.T) {
	_, err := loaded()
	require.NoError(t, err)
}

func TestEveryDeclaredCodeHasBothMessages(t *testing.T) {
	b := get()
	for code, spec := range declared() {
		t.Run(code, func(t *testing.T) {
			require.Contains(t, b.byCode, code, "no message for a declared code")
			kinds := map[string]auhl.ParamKind{}
			for _, p := range spec.Params {
				kinds[p.Name] = p.Kind
			}
			c := b.byCode[code]
			for _, l := range auhl.Langs() {
				for _, name := range b.used[code][l] {
					assert.Contains(t, kinds, name, "%s message uses {%s}, which %s does not carry", l, name, code)
				}
			}
			for _, s := range c.selectors {
				assert.Equal(t, auhl.KindInt, kinds[s], "plural selector {%s} must be an int parameter", s)
			}
			for name, f := range c.formats {
				switch f {
				case "date":
					assert.Equal(t, auhl.KindDate, kinds[name], "{%s:date} needs a date parameter", name)
				case "year":
					assert.Equal(t, auhl.KindYear, kinds[name], "{%s:year} needs a year parameter", name)
				case "label":
					assert.Equal(t, auhl.KindString, kinds[name], "{%s:label} needs a string parameter, a message code", name)
				}
			}
		})
	}
}

func TestNoMessageWithoutDeclaredCode(t *testing.T) {
	d := declared()
	for code := range get().byCode {
		assert.Contains(t, d, code, "message for a code that no package declares")
	}
}

func TestCodeSpecsAreWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, list := range [][]auhl.CodeSpec{auhl.Codes(), catalog.Codes(), studychoice.Codes(), interview.Codes(), procedures.Codes(), rules.Codes(), cli.Codes(), Codes()} {
		for _, c := range list {
			assert.False(t, seen[c.Code], "code %s declared twice", c.Code)
			seen[c.Code] = true
			for _, p := range c.Params {
				assert.True(t, p.Kind.Valid(), "%s: parameter %s has kind %q", c.Code, p.Name, p.Kind)
			}
		}
	}
}

func TestMessage(t *testing.T) {
	tests := []struct {
		name   string
		lang   auhl.Lang
		code   string
		params auhl.Params
		want   string
	}{
		{"nl range", auhl.Dutch, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(300), "min": auhl.Int(180), "max": auhl.Int(240)},
			"300 ligt buiten het toegelaten bereik (180 tot 240)."},
		{"en range", auhl.English, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(300), "min": auhl.Int(180), "max": auhl.Int(240)},
			"300 is outside the allowed range (180 to 240)."},
		{"nl grouping", auhl.Dutch, auhl.CodeJSONTooLarge, auhl.Params{"limit": auhl.Int(4194304)},
			"De invoer is te groot: hoogstens 4.194.304 bytes."},
		{"en grouping", auhl.English, auhl.CodeJSONTooLarge, auhl.Params{"limit": auhl.Int(4194304)},
			"The input is too large: at most 4,194,304 bytes."},
		{"nl plural zero", auhl.Dutch, catalog.CodeCount, auhl.Params{"count": auhl.Int(0)}, "Geen enkele opleiding."},
		{"nl plural one", auhl.Dutch, catalog.CodeCount, auhl.Params{"count": auhl.Int(1)}, "Eén opleiding."},
		{"nl plural many", auhl.Dutch, catalog.CodeCount, auhl.Params{"count": auhl.Int(12345)}, "12.345 opleidingen."},
		{"en plural one", auhl.English, catalog.CodeCount, auhl.Params{"count": auhl.Int(1)}, "One programme."},
		{"en plural many", auhl.English, catalog.CodeCount, auhl.Params{"count": auhl.Int(12345)}, "12,345 programmes."},
		{"text param in English", auhl.English, catalog.CodeFactUnverified,
			auhl.Params{"programme": auhl.Txt(auhl.Text{NL: "Bachelor in de informatica", EN: "Bachelor of Computer Science"}), "fact": auhl.Str("name.en"), "label": auhl.Txt(catalog.FactNameEN.Label())},
			"Not yet confirmed by an official source: the English name of Bachelor of Computer Science. Check it on the programme's official page."},
		{"missing param", auhl.English, auhl.CodeYearFormat, nil, "“–” is not an academic year; write it as 2025-2026."},
		{"unknown language falls back to Dutch", auhl.Lang("fr"), auhl.CodeRequired, nil, "Deze waarde is verplicht."},
		{"unknown code", auhl.English, "no.such-code", nil, "no.such-code"},
		{"percent sign survives", auhl.English, auhl.CodeEnum, auhl.Params{"value": auhl.Str("100%"), "allowed": auhl.Str("a, b")},
			"“100%” is not allowed here; choose from: a, b."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Message(tt.lang, tt.code, tt.params))
		})
	}
}

func TestFormatDate(t *testing.T) {
	assert.Equal(t, "15 mei 2025", formatDate(auhl.Dutch, "2025-05-15"))
	assert.Equal(t, "19 September 2025", formatDate(auhl.English, "2025-09-19"))
	assert.Equal(t, "2025-13-01", formatDate(auhl.English, "2025-13-01"))
	assert.Equal(t, "soon", formatDate(auhl.English, "soon"))
}

func TestErrors(t *testing.T) {
	_, err := auhl.ParseAcademicYear("2025/2026")
	require.Error(t, err)
	assert.Equal(t, []string{"“2025/2026” is geen academiejaar; schrijf het als 2025-2026."}, Errors(auhl.Dutch, err))

	ve := &auhl.ValidationError{}
	ve.Add("/programmes/3/name/en", auhl.CodeTextMissing, auhl.Params{"lang": auhl.Str("en")})
	assert.Equal(t, []string{"The text is missing in one of the two languages (en). (/programmes/3/name/en)"}, Errors(auhl.English, ve))

	assert.Equal(t, []string{Message(auhl.English, CodeUnexpected, nil)}, Errors(auhl.English, errors.New("boom")))
	assert.Nil(t, Errors(auhl.English, nil))
}

func TestRenderIsConcurrencySafe(t *testing.T) {
	f := auhl.Finding{Code: catalog.CodeCount, Severity: auhl.Info, Params: auhl.Params{"count": auhl.Int(3)}}
	done := make(chan string, 16)
	for i := 0; i < 16; i++ {
		go func(i int) { done <- Render(auhl.Langs()[i%2], f) }(i)
	}
	var got []string
	for i := 0; i < 16; i++ {
		got = append(got, <-done)
	}
	slices.Sort(got)
	got = slices.Compact(got)
	assert.Equal(t, []string{"3 opleidingen.", "3 programmes."}, got)
}

func FuzzMessage(f *testing.F) {
	f.Add("catalog.count", 3.0, "x")
	f.Add("value.range", -1e300, "%[1]d")
	f.Fuzz(func(t *testing.T, code string, n float64, s string) {
		p := auhl.Params{"count": auhl.Num(n), "value": auhl.Str(s), "min": auhl.Num(n), "max": auhl.Str(s), "limit": auhl.Num(n)}
		for _, l := range auhl.Langs() {
			_ = Message(l, code, p)
		}
	})
}
