package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/auhl/auhl-go/auhl"
)

// LangArg returns the value of -lang (or --lang) in args, given as
// -lang=en or as -lang en, before package flag parses them: the command
// can then write its usage and flag errors in that language. It returns
// "" when args hold no -lang; when they hold it more than once, the last
// one, which is what package flag keeps.
//
// Every flag is taken to have a value (as the next argument when not
// written with "="), except -h, -help and the boolean flags named, without
// their dash, in boolFlags. The search stops, as package flag does, at
// "--" and at the first argument that is not a flag. The value is not
// checked: convert it with auhl.Lang and check it with Lang.Valid.
func LangArg(args []string, boolFlags ...string) string {
	var lang string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || len(a) < 2 || a[0] != '-' {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(a[1:], "-"), "=")
		switch {
		case name == "lang" && hasValue:
			lang = value
		case name == "lang" && i+1 < len(args):
			i++
			lang = args[i]
		case hasValue, name == "h", name == "help", slices.Contains(boolFlags, name):
			// No value in the next argument.
		default:
			i++ // the flag's value
		}
	}
	return lang
}

// CodeUnexpectedArgument is the code of the problem Parse reports for an
// argument left over after the flags, which no command takes. Params:
// argument (string): the first one, clipped.
const CodeUnexpectedArgument = "cli.unexpected-argument"

// Codes lists the codes this package reports, with their parameters.
func Codes() []auhl.CodeSpec {
	return []auhl.CodeSpec{
		{Code: CodeUnexpectedArgument, Params: []auhl.ParamSpec{{Name: "argument", Kind: auhl.KindString}}},
	}
}

// ErrUsage is the error of Parse for a command line that package flag
// has rejected: it has already written why, with the usage. A command
// exits with status 2 without a word more.
var ErrUsage = errors.New("usage")

// NewFlagSet returns an empty flag set for the command name, which writes
// its usage and errors to w and returns its errors (flag.ContinueOnError),
// and the language the command should write the flags' usage in: that of
// -lang in args when it is supported (see LangArg, which boolFlags go to),
// else fallback, the language of the user's locale.
//
// The command defines its flags, -lang among them, with their usage in
// that language, then calls Parse.
func NewFlagSet(name string, w io.Writer, args []string, fallback auhl.Lang, boolFlags ...string) (*flag.FlagSet, auhl.Lang) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(w)
	if l := auhl.Lang(LangArg(args, boolFlags...)); l.Valid() {
		return fs, l
	}
	return fs, fallback
}

// Parse parses args with fs, then makes the checks every command makes:
// that no argument is left over (a problem with code
// CodeUnexpectedArgument, at path "", naming the first one), and that
// the flag -lang of fs, when it is defined and not empty, is a supported
// language (a problem at path "-lang").
//
// It returns the language to speak: that of -lang when it is supported,
// else fallback (that of NewFlagSet); and the problems found, never nil
// when err is nil, to which the command adds its own before it returns
// their Err. The error is flag.ErrHelp after -h or -help, and ErrUsage
// when package flag has rejected args.
func Parse(fs *flag.FlagSet, args []string, fallback auhl.Lang) (auhl.Lang, *auhl.ValidationError, error) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return fallback, nil, err
		}
		return fallback, nil, ErrUsage
	}
	ve := &auhl.ValidationError{}
	if fs.NArg() > 0 {
		ve.Add("", CodeUnexpectedArgument, auhl.Params{"argument": auhl.Str(auhl.Clip(fs.Arg(0)))})
	}
	lang := fallback
	if f := fs.Lookup("lang"); f != nil && f.Value.String() != "" {
		// UnmarshalText leaves lang as it is when it fails.
		ve.Merge("-lang", lang.UnmarshalText([]byte(f.Value.String())))
	}
	return lang, ve, nil
}

// Size returns n bytes in B, kB or MB (powers of 1000), with one decimal
// for kB and two for MB, written with the decimal separator of l: "46,5 kB"
// in Dutch, "46.5 kB" in English.
func Size(l auhl.Lang, n int64) string {
	var s string
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 999_950: // below what rounds to 1000.0 kB
		s = fmt.Sprintf("%.1f kB", float64(n)/1000)
	default:
		s = fmt.Sprintf("%.2f MB", float64(n)/1e6)
	}
	return decimal(l, s)
}

// Seconds returns d in seconds with one decimal, written with the decimal
// separator of l: "1,5 s" in Dutch, "1.5 s" in English.
func Seconds(l auhl.Lang, d time.Duration) string {
	return decimal(l, fmt.Sprintf("%.1f s", d.Seconds()))
}

// decimal writes the decimal point of s as a comma, unless l is English.
func decimal(l auhl.Lang, s string) string {
	if l == auhl.English {
		return s
	}
	return strings.Replace(s, ".", ",", 1)
}
