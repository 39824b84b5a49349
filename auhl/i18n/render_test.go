package i18n

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEveryMessageFileIsEmbedded keeps ownFiles in step with messages/:
// a file there that render.go does not embed would be ignored.
func TestEveryMessageFileIsEmbedded(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("messages", "*.json"))
	require.NoError(t, err)
	slices.Sort(paths)
	var embedded []string
	for _, f := range ownFiles {
		name := filepath.Join("messages", f.pkg+".json")
		embedded = append(embedded, name)
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		assert.Equal(t, string(data), f.data, "%s is embedded in the wrong variable", name)
	}
	assert.Equal(t, paths, embedded, "ownFiles must list every message file, sorted")
}

// TestFormatNumber holds the output of golang.org/x/text's number.Decimal,
// which this package used before: each pair was printed by
// message.NewPrinter(tag).Sprint(number.Decimal(x)).
func TestFormatNumber(t *testing.T) {
	tests := []struct {
		x      float64
		nl, en string
	}{
		{0, "0", "0"},
		{math.Copysign(0, -1), "0", "0"},
		{1, "1", "1"},
		{-1, "-1", "-1"},
		{0.5, "0,5", "0.5"},
		{-0.5, "-0,5", "-0.5"},
		{2.25, "2,25", "2.25"},
		{2.5, "2,5", "2.5"},
		{123, "123", "123"},
		{1000, "1.000", "1,000"},
		{12345, "12.345", "12,345"},
		{123456, "123.456", "123,456"},
		{1e6, "1.000.000", "1,000,000"},
		{-1e6, "-1.000.000", "-1,000,000"},
		{4194304, "4.194.304", "4,194,304"},
		{12345.678, "12.345,678", "12,345.678"},
		{-12345.678, "-12.345,678", "-12,345.678"},
		{123456789.123456, "123.456.789,123", "123,456,789.123"},
		{1234.5, "1.234,5", "1,234.5"},
		{-49049.0245, "-49.049,024", "-49,049.024"},
		{0.0001, "0", "0"},
		{-0.0001, "-0", "-0"},
		{0.0005, "0,001", "0.001"},
		{0.0025, "0,003", "0.003"},
		{1.0005, "1", "1"},
		{2.0005, "2,001", "2.001"},
		{999.9994, "999,999", "999.999"},
		{999.9995, "1.000", "1,000"},
		{99999.9999, "100.000", "100,000"},
		{1e21, "1.000.000.000.000.000.000.000", "1,000,000,000,000,000,000,000"},
		{5e-324, "0", "0"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.nl, formatNumber(auhl.Dutch, tt.x), "nl %v", tt.x)
		assert.Equal(t, tt.en, formatNumber(auhl.English, tt.x), "en %v", tt.x)
	}
}

func TestFormatWholeNumbersExactly(t *testing.T) {
	tests := []struct {
		v      auhl.Value
		nl, en string
	}{
		{auhl.Int(9007199254740993), "9.007.199.254.740.993", "9,007,199,254,740,993"},
		{auhl.Int(math.MinInt64), "-9.223.372.036.854.775.808", "-9,223,372,036,854,775,808"},
		{auhl.Int(-1234), "-1.234", "-1,234"},
		{auhl.Num(60), "60", "60"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.nl, format(auhl.Dutch, tt.v, ""))
		assert.Equal(t, tt.en, format(auhl.English, tt.v, ""))
	}
}

func TestErrorsSaysHowManyMore(t *testing.T) {
	ve := &auhl.ValidationError{}
	for range auhl.MaxProblems + 2 {
		ve.Add("/x", auhl.CodeRequired, nil)
	}
	for _, l := range []auhl.Lang{auhl.Dutch, auhl.English} {
		lines := Errors(l, ve)
		require.Len(t, lines, auhl.MaxProblems+1)
		assert.Equal(t, Message(l, auhl.CodeMoreProblems, auhl.Params{"count": auhl.Int(2)}), lines[auhl.MaxProblems])
	}
	assert.Equal(t, "En nog 2 problemen, die hier niet getoond worden.", Errors(auhl.Dutch, ve)[auhl.MaxProblems])
	assert.Equal(t, "And 2 more problems, not shown here.", Errors(auhl.English, ve)[auhl.MaxProblems])
}

// compileOne compiles a message "x" with the given Dutch and English JSON.
func compileOne(t *testing.T, nl, en string) (*bundle, error) {
	t.Helper()
	b := &bundle{byCode: map[string]*compiled{}, used: map[string]map[auhl.Lang][]string{}}
	return b, b.add(messageSpec{Code: "x", NL: []byte(nl), EN: []byte(en)})
}

func TestPluralCases(t *testing.T) {
	b, err := compileOne(t,
		`{"plural": "n", "=0": "geen", "=01": "precies één", "=1": "nooit", "one": "één", "other": "{n} stuks"}`,
		`{"plural": "n", "one": "one", "other": "{n} pieces"}`)
	require.NoError(t, err)
	c := b.byCode["x"]
	tests := []struct {
		n      auhl.Value
		nl, en string
	}{
		{auhl.Int(0), "geen", "0 pieces"},
		{auhl.Int(1), "precies één", "one"},
		{auhl.Int(-1), "precies één", "one"},
		{auhl.Int(2), "2 stuks", "2 pieces"},
		{auhl.Int(12345), "12.345 stuks", "12,345 pieces"},
		{auhl.Int(1000001), "1.000.001 stuks", "1,000,001 pieces"},
		{auhl.Num(1.4), "precies één", "one"},
		{auhl.Num(2.5), "2,5 stuks", "2.5 pieces"},
		// A selector beyond ±1e15 counts as 0, as before.
		{auhl.Num(1e16), "geen", "10,000,000,000,000,000 pieces"},
		{auhl.Str("drie"), "geen", "drie pieces"},
		{auhl.Value{}, "geen", "– pieces"},
	}
	for _, tt := range tests {
		p := auhl.Params{"n": tt.n}
		assert.Equal(t, tt.nl, c.render(auhl.Dutch, p), "nl %v", tt.n)
		assert.Equal(t, tt.en, c.render(auhl.English, p), "en %v", tt.n)
	}
}

func TestTemplates(t *testing.T) {
	b, err := compileOne(t, `"100% {a:date} %d %[1]s {b}{c {d"`, `"} {a:date} ${} {} {"`)
	require.NoError(t, err)
	c := b.byCode["x"]
	p := auhl.Params{"a": auhl.Str("2025-05-15"), "": auhl.Str("leeg")}
	assert.Equal(t, "100% 15 mei 2025 %d %[1]s –{c {d", c.render(auhl.Dutch, p))
	assert.Equal(t, "} 15 May 2025 $leeg leeg {", c.render(auhl.English, p))
	assert.Equal(t, []string{"a", "b", ""}, c.names)
	assert.Equal(t, map[string]string{"a": "date", "b": "", "": ""}, c.formats)
	assert.Equal(t, map[auhl.Lang][]string{auhl.Dutch: {"a", "b"}, auhl.English: {"a", "", ""}}, b.used["x"])
}

// TestInvalidMessages holds the parse-time checks, with the errors the
// x/text catalogs gave for the plural cases Dutch and English lack.
func TestInvalidMessages(t *testing.T) {
	tests := []struct{ nl, en, err string }{
		{``, `"a"`, "nl: missing"},
		{`""`, `"a"`, "nl: empty"},
		{`"  "`, `"a"`, "nl: empty"},
		{`null`, `"a"`, "nl: empty"},
		{`3`, `"a"`, "nl: neither a string nor a plural object"},
		{`"a"`, `{"plural": "n", "one": "a"}`, `en: a plural object needs "plural" and "other"`},
		{`{"other": "a"}`, `"a"`, `nl: a plural object needs "plural" and "other"`},
		{`{"plural": "n", "one": 3, "other": "a"}`, `"a"`, "nl: neither a string nor a plural object"},
		{`{"plural": "n", "<5": "b", "other": "a"}`, `"a"`, `nl: unknown plural case "<5"`},
		{`{"plural": "n", "zero": "b", "other": "a"}`, `"a"`, `plural: form "zero" not supported for language "nl"`},
		{`"a"`, `{"plural": "n", "two": "b", "other": "a"}`, `plural: form "two" not supported for language "en"`},
		{`{"plural": "n", "many": "c", "few": "b", "other": "a"}`, `"a"`, `plural: form "few" not supported for language "nl"`},
		{`{"plural": "n", "=abc": "b", "other": "a"}`, `"a"`, `plural: invalid number in selector "=abc": strconv.ParseUint: parsing "abc": invalid syntax`},
		{`{"plural": "n", "=70000": "b", "other": "a"}`, `"a"`, `plural: invalid number in selector "=70000": strconv.ParseUint: parsing "70000": value out of range`},
		{`{"plural": "n", "=-1": "b", "other": "a"}`, `"a"`, `plural: invalid number in selector "=-1": strconv.ParseUint: parsing "-1": invalid syntax`},
		{`"{a:foo}"`, `"a"`, `nl: unknown format "foo"`},
		{`"{a} {a:date}"`, `"a"`, "nl: {a} has two formats"},
		{`"{a}"`, `"{a:year}"`, "en: {a} has two formats"},
		{`"a"`, `"{a:date:x}"`, `en: unknown format "date:x"`},
		{`"a ${b"`, `"a"`, `"${" without a closing "}"`},
		{`{"plural": "n", "=0": "{a} ${x", "other": "a"}`, `"a"`, `"${" without a closing "}"`},
	}
	for _, tt := range tests {
		_, err := compileOne(t, tt.nl, tt.en)
		assert.EqualError(t, err, tt.err, "nl %s, en %s", tt.nl, tt.en)
	}
}
