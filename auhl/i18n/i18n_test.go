package i18n

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOwnMessages(t *testing.T) {
	for _, tt := range []struct {
		pkg   string
		codes []auhl.CodeSpec
	}{
		{"auhl", append(auhl.Codes(), auhl.DateCodes()...)},
		{"i18n", Codes()},
		{"test", testCodes},
	} {
		assert.NoError(t, CheckPackage(tt.pkg, tt.codes))
	}
}

func TestCheckPackageFindsMismatches(t *testing.T) {
	err := CheckPackage("test", []auhl.CodeSpec{
		{Code: "test.count"}, // its message uses {count}
		{Code: "test.text", Params: []auhl.ParamSpec{{Name: "name", Kind: auhl.KindText}}},
		{Code: "test.missing"},
		{Code: auhl.CodeRequired},
		{Code: "test.missing"},
	})
	require.Error(t, err)
	for _, want := range []string{
		"test.count: the nl message uses {count}, which the code does not carry",
		"test.count: plural selector {count} is not an int parameter",
		"code test.missing has no message",
		"code value.required has its message in the file of auhl",
		"code test.missing is declared twice",
	} {
		assert.Contains(t, err.Error(), want)
	}
	assert.NotContains(t, err.Error(), "test.text")
	assert.ErrorContains(t, CheckPackage("test", nil), "test: the message of test.count has no declared code")
	assert.ErrorContains(t, CheckPackage("nowhere", nil), "no messages of nowhere")
}

func TestRegisterTwicePanics(t *testing.T) {
	assert.PanicsWithValue(t, "i18n: the messages of test are registered twice", func() { Register("test", testMessages) })
}

func TestInvalidRegisteredFileFailsItsCheck(t *testing.T) {
	// The file is registered in a bundle of its own, so that the package's
	// messages stay valid for the other tests.
	_, err := load([]messageFile{{"broken", `{"package": "other", "messages": []}`}})
	assert.ErrorContains(t, err, `broken: the file says it holds the messages of "other"`)
	_, err = load([]messageFile{{"auhl", auhlMessages}, {"again", strings.Replace(auhlMessages, `"auhl"`, `"again"`, 1)}})
	assert.ErrorContains(t, err, "has a message in auhl too")
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
		{"nl plural zero", auhl.Dutch, "test.count", auhl.Params{"count": auhl.Int(0)}, "Geen enkele opleiding."},
		{"nl plural one", auhl.Dutch, "test.count", auhl.Params{"count": auhl.Int(1)}, "Eén opleiding."},
		{"nl plural many", auhl.Dutch, "test.count", auhl.Params{"count": auhl.Int(12345)}, "12.345 opleidingen."},
		{"en plural one", auhl.English, "test.count", auhl.Params{"count": auhl.Int(1)}, "One programme."},
		{"en plural many", auhl.English, "test.count", auhl.Params{"count": auhl.Int(12345)}, "12,345 programmes."},
		{"text param in English", auhl.English, "test.text",
			auhl.Params{"name": auhl.Txt(auhl.Text{NL: "Bachelor in de informatica", EN: "Bachelor of Computer Science"})},
			"Check Bachelor of Computer Science on its official page."},
		{"registered after the first use", auhl.English, "late.code", nil, "Registered late."},
		{"missing param", auhl.English, auhl.CodeYearFormat, nil, "“–” is not an academic year; write it as 2025-2026."},
		{"unknown language falls back to Dutch", auhl.Lang("fr"), auhl.CodeRequired, nil, "Deze waarde is verplicht."},
		{"unknown code", auhl.English, "no.such-code", nil, "no.such-code"},
		{"percent sign survives", auhl.English, auhl.CodeEnum, auhl.Params{"value": auhl.Str("100%"), "allowed": auhl.Str("a, b")},
			"“100%” is not allowed here; choose from: a, b."},
	}
	_ = Message(auhl.Dutch, auhl.CodeRequired, nil) // compiled before late registers
	Register("late", `{"package": "late", "messages": [{"code": "late.code", "nl": "Laat geregistreerd.", "en": "Registered late."}]}`)
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
	f := auhl.Finding{Code: "test.count", Severity: auhl.Info, Params: auhl.Params{"count": auhl.Int(3)}}
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
	f.Add("test.count", 3.0, "x")
	f.Add("value.range", -1e300, "%[1]d")
	f.Fuzz(func(t *testing.T, code string, n float64, s string) {
		p := auhl.Params{"count": auhl.Num(n), "value": auhl.Str(s), "min": auhl.Num(n), "max": auhl.Str(s), "limit": auhl.Num(n)}
		for _, l := range auhl.Langs() {
			_ = Message(l, code, p)
		}
	})
}

// testMessages are messages of a package "test", registered for the tests
// of rendering that need a plural or a text parameter.
const testMessages = `{"package": "test", "messages": [
  {"code": "test.count",
   "nl": {"plural": "count", "=0": "Geen enkele opleiding.", "one": "Eén opleiding.", "other": "{count} opleidingen."},
   "en": {"plural": "count", "=0": "No programme.", "one": "One programme.", "other": "{count} programmes."}},
  {"code": "test.text",
   "nl": "Controleer {name} op de officiële pagina.",
   "en": "Check {name} on its official page."}
]}`

// testCodes are the codes of testMessages.
var testCodes = []auhl.CodeSpec{
	{Code: "test.count", Params: []auhl.ParamSpec{{Name: "count", Kind: auhl.KindInt}}},
	{Code: "test.text", Params: []auhl.ParamSpec{{Name: "name", Kind: auhl.KindText}}},
}

func init() { Register("test", testMessages) }
