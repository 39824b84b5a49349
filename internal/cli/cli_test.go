package cli

import (
	"bytes"
	"flag"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLangArg(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		boolFlags []string
		want      string
	}{
		{"no arguments", nil, nil, ""},
		{"next argument", []string{"-lang", "en"}, nil, "en"},
		{"with =", []string{"--lang=en", "-h"}, nil, "en"},
		{"after a flag's value", []string{"-dist", "/tmp/x", "-lang", "en", "-h"}, nil, "en"},
		{"after -h", []string{"-addr=:80", "-h", "-lang", "en"}, nil, "en"},
		{"after -help", []string{"--help", "-lang", "en"}, nil, "en"},
		{"the value of another flag", []string{"-dist", "-lang", "en"}, nil, ""},
		{"after a stray argument", []string{"stray", "-lang", "en"}, nil, ""},
		{"after --", []string{"--", "-lang", "en"}, nil, ""},
		{"after -", []string{"-", "-lang", "en"}, nil, ""},
		{"without its value", []string{"-lang"}, nil, ""},
		{"empty with =", []string{"-lang="}, nil, ""},
		{"not checked", []string{"-lang", "fr"}, nil, "fr"},
		{"the last one wins", []string{"-lang", "fr", "-lang=en"}, nil, "en"},
		{"a boolean flag unknown", []string{"-json", "-lang", "en"}, nil, ""},
		{"a boolean flag", []string{"-json", "-lang", "en"}, []string{"json"}, "en"},
		{"a boolean flag with two dashes", []string{"--json", "-lang", "en"}, []string{"json"}, "en"},
		{"a boolean flag with =", []string{"-json=false", "-lang", "en"}, []string{"json"}, "en"},
		{"a boolean flag among others", []string{"-top", "3", "-v", "-json", "-lang", "en"}, []string{"json", "v"}, "en"},
		{"a boolean flag before a stray argument", []string{"-json", "en", "-lang", "en"}, []string{"json"}, ""},
		{"-lang takes any next argument", []string{"-lang", "-json"}, []string{"json"}, "-json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, LangArg(tt.args, tt.boolFlags...))
		})
	}
}

// TestLangArgAgreesWithFlag checks LangArg against what package flag
// makes of the same arguments.
func TestLangArgAgreesWithFlag(t *testing.T) {
	for _, args := range [][]string{
		{"-json", "-lang", "en"},
		{"-top", "3", "--lang=en", "-json"},
		{"-lang", "nl", "-json=true", "-lang", "en"},
		{"-json", "stray", "-lang", "en"},
		{"-top", "-lang", "en"},
		{"--", "-lang", "en"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			lang := fs.String("lang", "", "")
			fs.Bool("json", false, "")
			fs.String("top", "", "")
			require.NoError(t, fs.Parse(args))
			assert.Equal(t, *lang, LangArg(args, "json"))
		})
	}
}

func TestNewFlagSet(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		fallback  auhl.Lang
		boolFlags []string
		want      auhl.Lang
	}{
		{"no -lang", []string{"-top", "3"}, auhl.Dutch, nil, auhl.Dutch},
		{"English", []string{"-lang", "en", "-h"}, auhl.Dutch, nil, auhl.English},
		{"Dutch", []string{"-lang=nl"}, auhl.English, nil, auhl.Dutch},
		{"unsupported", []string{"-lang", "fr", "-h"}, auhl.English, nil, auhl.English},
		{"after a boolean flag", []string{"-json", "-lang", "en"}, auhl.Dutch, []string{"json"}, auhl.English},
		{"after a boolean flag not named", []string{"-json", "-lang", "en"}, auhl.Dutch, nil, auhl.Dutch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			fs, lang := NewFlagSet("test", &out, tt.args, tt.fallback, tt.boolFlags...)
			assert.Equal(t, tt.want, lang)
			assert.Equal(t, "test", fs.Name())
			assert.Equal(t, flag.ContinueOnError, fs.ErrorHandling())
			assert.Same(t, &out, fs.Output())
		})
	}
}

func TestParse(t *testing.T) {
	type problem struct{ path, code string }
	tests := []struct {
		name     string
		args     []string
		fallback auhl.Lang
		want     auhl.Lang
		err      error
		problems []problem
	}{
		{"nothing to check", nil, auhl.Dutch, auhl.Dutch, nil, nil},
		{"English", []string{"-lang", "en"}, auhl.Dutch, auhl.English, nil, nil},
		{"Dutch", []string{"-json", "-lang=nl"}, auhl.English, auhl.Dutch, nil, nil},
		{"empty -lang", []string{"-lang="}, auhl.English, auhl.English, nil, nil},
		{"unsupported language", []string{"-lang", "fr"}, auhl.English, auhl.English, nil, []problem{{"-lang", auhl.CodeEnum}}},
		{"stray argument", []string{"-lang", "en", "stray", "more"}, auhl.Dutch, auhl.English, nil,
			[]problem{{"", CodeUnexpectedArgument}}},
		{"both", []string{"-lang", "de", "stray"}, auhl.Dutch, auhl.Dutch, nil,
			[]problem{{"", CodeUnexpectedArgument}, {"-lang", auhl.CodeEnum}}},
		{"help", []string{"-lang", "en", "-h"}, auhl.Dutch, auhl.Dutch, flag.ErrHelp, nil},
		{"unknown flag", []string{"-lang", "en", "-colour", "red"}, auhl.Dutch, auhl.Dutch, ErrUsage, nil},
		{"bad boolean", []string{"-json=maybe"}, auhl.English, auhl.English, ErrUsage, nil},
		{"-lang without its value", []string{"-lang"}, auhl.English, auhl.English, ErrUsage, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			fs, _ := NewFlagSet("test", &out, nil, auhl.Dutch)
			fs.String("lang", "", "the language")
			fs.Bool("json", false, "JSON output")
			lang, ve, err := Parse(fs, tt.args, tt.fallback)
			assert.Equal(t, tt.want, lang)
			if tt.err != nil {
				require.ErrorIs(t, err, tt.err)
				assert.Nil(t, ve)
				assert.Contains(t, out.String(), "-json", "package flag has written the usage")
				return
			}
			require.NoError(t, err)
			assert.Empty(t, out.String())
			require.NotNil(t, ve)
			var got []problem
			for _, p := range ve.Problems {
				got = append(got, problem{p.Path, p.Code})
			}
			assert.Equal(t, tt.problems, got)
			if tt.problems == nil {
				assert.NoError(t, ve.Err())
			} else {
				assert.ErrorIs(t, ve.Err(), auhl.ErrInvalid)
			}
		})
	}
}

func TestParseNamesTheFirstStrayArgument(t *testing.T) {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	_, ve, err := Parse(fs, []string{"first", "second"}, auhl.Dutch)
	require.NoError(t, err)
	require.Len(t, ve.Problems, 1)
	assert.Equal(t, auhl.Params{"argument": auhl.Str("first")}, ve.Problems[0].Params)
}

func TestUnexpectedArgumentMessage(t *testing.T) {
	long := strings.Repeat("x", 100_000)
	tests := []struct {
		name string
		lang auhl.Lang
		arg  string
		want string
	}{
		{"Dutch", auhl.Dutch, "pxl", "Onverwacht argument “pxl”: dit commando neemt alleen opties; -h toont ze."},
		{"English", auhl.English, "pxl", "Unexpected argument “pxl”: this command takes only flags; -h lists them."},
		{"a file name", auhl.English, "applicant.json", "Unexpected argument “applicant.json”: this command takes only flags; -h lists them."},
		{"clipped", auhl.English, long, "Unexpected argument “" + auhl.Clip(long) + "”: this command takes only flags; -h lists them."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			_, ve, err := Parse(fs, []string{tt.arg}, tt.lang)
			require.NoError(t, err)
			assert.Equal(t, []string{tt.want}, i18n.Errors(tt.lang, ve.Err()))
		})
	}
}

func TestCodesHaveMessages(t *testing.T) {
	for _, c := range Codes() {
		assert.True(t, i18n.HasMessage(c.Code), c.Code)
	}
}

func TestParseWithoutLangFlag(t *testing.T) {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.String("top", "", "")
	lang, ve, err := Parse(fs, []string{"-top", "en"}, auhl.English)
	require.NoError(t, err)
	assert.Equal(t, auhl.English, lang)
	assert.NoError(t, ve.Err())
}

func TestSize(t *testing.T) {
	tests := []struct {
		n      int64
		nl, en string
	}{
		{0, "0 B", "0 B"},
		{999, "999 B", "999 B"},
		{1000, "1,0 kB", "1.0 kB"},
		{17012, "17,0 kB", "17.0 kB"},
		{46458, "46,5 kB", "46.5 kB"},
		{999949, "999,9 kB", "999.9 kB"},
		{999950, "1,00 MB", "1.00 MB"},
		{4012345, "4,01 MB", "4.01 MB"},
		{5041140, "5,04 MB", "5.04 MB"},
	}
	for _, tt := range tests {
		t.Run(tt.en, func(t *testing.T) {
			assert.Equal(t, tt.nl, Size(auhl.Dutch, tt.n))
			assert.Equal(t, tt.en, Size(auhl.English, tt.n))
		})
	}
}

func TestSeconds(t *testing.T) {
	tests := []struct {
		d      time.Duration
		nl, en string
	}{
		{0, "0,0 s", "0.0 s"},
		{1500 * time.Millisecond, "1,5 s", "1.5 s"},
		{42 * time.Millisecond, "0,0 s", "0.0 s"},
		{2*time.Minute + 3400*time.Millisecond, "123,4 s", "123.4 s"},
	}
	for _, tt := range tests {
		t.Run(tt.en, func(t *testing.T) {
			assert.Equal(t, tt.nl, Seconds(auhl.Dutch, tt.d))
			assert.Equal(t, tt.en, Seconds(auhl.English, tt.d))
		})
	}
}

// FuzzParse parses any command line, its arguments separated by NUL: Parse
// never panics, LangArg finds the -lang that package flag keeps, and a
// stray argument is named clipped.
func FuzzParse(f *testing.F) {
	f.Add("-json\x00-lang\x00en")
	f.Add("-top\x003\x00--lang=nl\x00stray\x00-lang\x00en")
	f.Add("-lang\x00\u202efr\x00-h")
	f.Add("--\x00-lang\x00en")
	f.Fuzz(func(t *testing.T, line string) {
		args := strings.Split(line, "\x00")
		fs, _ := NewFlagSet("test", io.Discard, args, auhl.Dutch, "json")
		lang := fs.String("lang", "", "")
		fs.Bool("json", false, "")
		fs.String("top", "", "")
		got, ve, err := Parse(fs, args, auhl.English)
		if err != nil {
			return
		}
		if LangArg(args, "json") != *lang {
			t.Fatalf("LangArg(%q) = %q, package flag keeps %q", args, LangArg(args, "json"), *lang)
		}
		if !got.Valid() {
			t.Fatalf("Parse(%q) speaks %q", args, got)
		}
		for _, p := range ve.Problems {
			if p.Code == CodeUnexpectedArgument && len(p.Params["argument"].String()) > len(auhl.Clip(strings.Repeat("x", 100))) {
				t.Fatalf("Parse(%q) names %q unclipped", args, p.Params["argument"].String())
			}
		}
	})
}
