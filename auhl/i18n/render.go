package i18n

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/auhl/auhl-go/auhl"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
	"golang.org/x/text/number"
)

//go:embed messages/*.json
var messageFiles embed.FS

// file is the format of a messages/*.json file.
type file struct {
	Package  string        `json:"package"`
	Messages []messageSpec `json:"messages"`
}

// messageSpec is one code's message in both languages. Each language is a
// template string or a plural selection.
type messageSpec struct {
	Code string          `json:"code"`
	NL   json.RawMessage `json:"nl"`
	EN   json.RawMessage `json:"en"`
}

// compiled is a code's message, ready for the x/text printers.
type compiled struct {
	// names are the parameters in argument order: argument i+1 is the
	// formatted value of names[i].
	names []string
	// formats are the placeholder formats by name ("", "date", "year").
	formats map[string]string
	// selectors are the parameters that pick a plural form; their raw
	// numbers follow the formatted arguments.
	selectors []string
}

type bundle struct {
	byCode   map[string]*compiled
	printers map[auhl.Lang]*message.Printer
	// used records, per code and language, the placeholders a template
	// uses, for the tests.
	used map[string]map[auhl.Lang][]string
}

var loaded = sync.OnceValues(load)

func get() *bundle {
	b, err := loaded()
	if err != nil {
		// The message files are embedded and checked by the package's tests.
		panic("i18n: the embedded messages are invalid: " + err.Error())
	}
	return b
}

func load() (*bundle, error) {
	b := &bundle{byCode: map[string]*compiled{}, used: map[string]map[auhl.Lang][]string{}}
	builder := catalog.NewBuilder(catalog.Fallback(language.Dutch))
	names, err := fs.Glob(messageFiles, "messages/*.json")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, name := range names {
		data, err := messageFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var f file
		if err := auhl.DecodeJSON(data, &f); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for _, m := range f.Messages {
			if _, dup := b.byCode[m.Code]; dup {
				return nil, fmt.Errorf("%s: code %q has two messages", name, m.Code)
			}
			if err := b.add(builder, m); err != nil {
				return nil, fmt.Errorf("%s: %s: %w", name, m.Code, err)
			}
		}
	}
	b.printers = map[auhl.Lang]*message.Printer{
		auhl.Dutch:   message.NewPrinter(language.Dutch, message.Catalog(builder)),
		auhl.English: message.NewPrinter(language.English, message.Catalog(builder)),
	}
	return b, nil
}

// template is one language's message before compilation.
type template struct {
	text     string            // a plain message, or
	selector string            // the parameter of a plural message
	cases    map[string]string // its cases: "=0", "one", "other", ...
}

func parseTemplate(raw json.RawMessage) (template, error) {
	var t template
	if len(raw) == 0 {
		return t, errors.New("missing")
	}
	if err := json.Unmarshal(raw, &t.text); err == nil {
		if strings.TrimSpace(t.text) == "" {
			return t, errors.New("empty")
		}
		return t, nil
	}
	var obj map[string]string
	if err := json.Unmarshal(raw, &obj); err != nil {
		return t, errors.New("neither a string nor a plural object")
	}
	t.selector = obj["plural"]
	delete(obj, "plural")
	if t.selector == "" || obj["other"] == "" {
		return t, errors.New(`a plural object needs "plural" and "other"`)
	}
	for k := range obj {
		if k != "other" && k != "one" && k != "zero" && k != "two" && k != "few" && k != "many" && !strings.HasPrefix(k, "=") {
			return t, fmt.Errorf("unknown plural case %q", k)
		}
	}
	t.cases = obj
	return t, nil
}

func (b *bundle) add(builder *catalog.Builder, m messageSpec) error {
	c := &compiled{formats: map[string]string{}}
	tmpl := map[auhl.Lang]template{}
	for _, l := range auhl.Langs() {
		raw := m.NL
		if l == auhl.English {
			raw = m.EN
		}
		t, err := parseTemplate(raw)
		if err != nil {
			return fmt.Errorf("%s: %w", l, err)
		}
		tmpl[l] = t
		b.used[m.Code] = map[auhl.Lang][]string{}
	}
	// First pass: collect the placeholders of both languages, so that both
	// share one argument order.
	for _, l := range auhl.Langs() {
		t := tmpl[l]
		var used []string
		collect := func(s string) error {
			for _, ph := range placeholders(s) {
				name, format, _ := strings.Cut(ph, ":")
				if format != "" && format != "date" && format != "year" {
					return fmt.Errorf("%s: unknown format %q", l, format)
				}
				if prev, ok := c.formats[name]; ok && prev != format {
					return fmt.Errorf("%s: {%s} has two formats", l, name)
				}
				if _, ok := c.formats[name]; !ok {
					c.names = append(c.names, name)
				}
				c.formats[name] = format
				used = append(used, name)
			}
			return nil
		}
		if t.selector != "" {
			if !contains(c.selectors, t.selector) {
				c.selectors = append(c.selectors, t.selector)
			}
			used = append(used, t.selector)
			for _, k := range sortedCases(t.cases) {
				if err := collect(t.cases[k]); err != nil {
					return err
				}
			}
		} else if err := collect(t.text); err != nil {
			return err
		}
		b.used[m.Code][l] = used
	}
	// Second pass: turn the templates into x/text messages.
	for _, l := range auhl.Langs() {
		t := tmpl[l]
		var msg catalog.Message
		if t.selector == "" {
			msg = catalog.String(c.printf(t.text))
		} else {
			arg := len(c.names) + 1 + indexOf(c.selectors, t.selector)
			var cases []any
			for _, k := range sortedCases(t.cases) {
				cases = append(cases, k, c.printf(t.cases[k]))
			}
			msg = plural.Selectf(arg, "%d", cases...)
		}
		if err := builder.Set(Tag(l), m.Code, msg); err != nil {
			return err
		}
	}
	b.byCode[m.Code] = c
	return nil
}

// printf turns "{credits} studiepunten" into "%[1]s studiepunten".
func (c *compiled) printf(s string) string {
	var out strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		j := strings.IndexByte(s[max(i, 0):], '}')
		if i < 0 || j < 0 {
			out.WriteString(strings.ReplaceAll(s, "%", "%%"))
			return out.String()
		}
		j += i
		out.WriteString(strings.ReplaceAll(s[:i], "%", "%%"))
		name, _, _ := strings.Cut(s[i+1:j], ":")
		out.WriteString("%[" + strconv.Itoa(indexOf(c.names, name)+1) + "]s")
		s = s[j+1:]
	}
}

// placeholders returns the "name" or "name:format" of every {…} in s.
func placeholders(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return out
		}
		out = append(out, s[i+1:i+j])
		s = s[i+j+1:]
	}
}

// sortedCases orders plural cases with the exact ones ("=0") first, as
// x/text requires, and "other" last.
func sortedCases(m map[string]string) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	rank := func(k string) int {
		switch {
		case strings.HasPrefix(k, "="):
			return 0
		case k == "other":
			return 2
		}
		return 1
	}
	sort.Slice(keys, func(i, j int) bool {
		if rank(keys[i]) != rank(keys[j]) {
			return rank(keys[i]) < rank(keys[j])
		}
		return keys[i] < keys[j]
	})
	return keys
}

// Message renders the message of code in language l with the given
// parameters. An unknown language gives Dutch; a code without a message
// gives the code itself, and a parameter the message needs but params lacks
// is shown as "–". Message never fails, so that a reader always sees
// something.
func Message(l auhl.Lang, code string, params auhl.Params) string {
	b := get()
	c, ok := b.byCode[code]
	if !ok {
		return code
	}
	if !l.Valid() {
		l = auhl.Dutch
	}
	p := b.printers[l]
	args := make([]any, 0, len(c.names)+len(c.selectors))
	for _, name := range c.names {
		args = append(args, format(p, l, params[name], c.formats[name]))
	}
	for _, name := range c.selectors {
		n, _ := params[name].Number()
		if math.IsNaN(n) || math.Abs(n) > 1e15 {
			n = 0
		}
		args = append(args, int(math.Round(n)))
	}
	return p.Sprintf(code, args...)
}

// Render renders a finding in language l.
func Render(l auhl.Lang, f auhl.Finding) string { return Message(l, f.Code, f.Params) }

// RenderProblem renders a problem of a rejected input in language l,
// without its path.
func RenderProblem(l auhl.Lang, p auhl.Problem) string { return Message(l, p.Code, p.Params) }

// Errors renders an error for people in language l, one line per problem:
// each problem of a *auhl.ValidationError as its message followed by its
// path in parentheses; any other error as a general message.
func Errors(l auhl.Lang, err error) []string {
	if err == nil {
		return nil
	}
	var ve *auhl.ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) == 0 {
		return []string{Message(l, CodeUnexpected, nil)}
	}
	out := make([]string, 0, len(ve.Problems))
	for _, p := range ve.Problems {
		s := RenderProblem(l, p)
		if p.Path != "" {
			s += " (" + p.Path + ")"
		}
		out = append(out, s)
	}
	return out
}

// CodeUnexpected is the message of an error that is not a validation error:
// something went wrong that the reader cannot fix in the input.
const CodeUnexpected = "i18n.unexpected-error"

// Codes lists the codes this package itself declares.
func Codes() []auhl.CodeSpec { return []auhl.CodeSpec{{Code: CodeUnexpected}} }

// HasMessage reports whether code has a message.
func HasMessage(code string) bool {
	_, ok := get().byCode[code]
	return ok
}

func format(p *message.Printer, l auhl.Lang, v auhl.Value, hint string) string {
	if t, ok := v.Text(); ok {
		return t.In(l)
	}
	if n, ok := v.Number(); ok {
		if math.IsNaN(n) || math.IsInf(n, 0) {
			return "–"
		}
		return p.Sprint(number.Decimal(n))
	}
	s := v.String()
	if s == "" {
		return "–"
	}
	if hint == "date" {
		return formatDate(l, s)
	}
	return s
}

var months = map[auhl.Lang][12]string{
	auhl.Dutch:   {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	auhl.English: {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// formatDate writes "2025-05-15" as "15 mei 2025" or "15 May 2025"; any
// other string is shown as it is.
func formatDate(l auhl.Lang, s string) string {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return s
	}
	y, e1 := strconv.Atoi(s[:4])
	m, e2 := strconv.Atoi(s[5:7])
	d, e3 := strconv.Atoi(s[8:])
	if e1 != nil || e2 != nil || e3 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return s
	}
	return strconv.Itoa(d) + " " + months[l][m-1] + " " + strconv.Itoa(y)
}

func contains(s []string, v string) bool { return indexOf(s, v) >= 0 }

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}
