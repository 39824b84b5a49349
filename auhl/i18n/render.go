package i18n

import (
	"errors"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/internal/jsonlite"
)

// The message files of this package and of package auhl, below it, are
// held as Go strings (messages_gen.go, which internal/gen's
// TestGeneratedMessages holds equal to the files in messages/) rather
// than embedded: package embed would link io/fs and time into the
// WebAssembly widget. Every other package registers its own file with
// Register. A test checks that ownFiles lists every file in messages/.
//
//go:generate go test ../../internal/gen -run=^TestGeneratedMessages$ -update

// ownFiles are the message files embedded here, by package name.
var ownFiles = []messageFile{
	{"auhl", auhlMessages},
	{"i18n", i18nMessages},
	{"interview", interviewMessages},
	{"studychoice", studychoiceMessages},
}

// messageFile is a package's message file as registered.
type messageFile struct{ pkg, data string }

// registry holds the registered message files and, once compiled, their
// messages; a file registered later is compiled on the next use.
var registry struct {
	sync.Mutex
	files  []messageFile
	bundle *bundle
}

// Register adds the messages of package pkg, the content of its message
// file (the format doc.go describes), to those Message renders. Each
// package that reports codes owns such a file, embeds it, and registers it
// from an init function, the way database/sql drivers register: a program
// then links the texts of the packages it imports and no others.
//
// The file is compiled on the first use of a message. Register panics when
// pkg is registered twice, and the first use panics when a file is invalid
// or gives a code that another file gives too: mistakes that each
// package's own test of CheckPackage finds first.
func Register(pkg, data string) {
	registry.Lock()
	defer registry.Unlock()
	for _, f := range registry.files {
		if f.pkg == pkg {
			panic("i18n: the messages of " + pkg + " are registered twice")
		}
	}
	registry.files = append(registry.files, messageFile{pkg, data})
	registry.bundle = nil
}

// file is the format of a messages/*.json file.
type file struct {
	Package  string        `json:"package"`
	Messages []messageSpec `json:"messages"`
}

// messageSpec is one code's message in both languages. Each language is a
// template string or a plural selection, as JSON.
type messageSpec struct {
	Code string `json:"code"`
	NL   []byte `json:"nl"`
	EN   []byte `json:"en"`
}

// wrapped is an error with what it is about before its text.
type wrapped struct {
	about string
	err   error
}

func (e *wrapped) Error() string { return e.about + ": " + e.err.Error() }
func (e *wrapped) Unwrap() error { return e.err }

// decodeFile reads a message file, strictly (unknown fields, wrong types),
// without encoding/json or reflect, which the WebAssembly widget does not
// link; CheckPackage reads every file with auhl.DecodeJSON too.
func decodeFile(data string) (file, error) {
	var f file
	d, err := jsonlite.NewDecoder([]byte(data))
	if err != nil {
		return f, err
	}
	d.Object(func(name string) bool {
		switch name {
		case "package":
			d.StringTo(&f.Package)
		case "messages":
			jsonlite.List(d, &f.Messages, func(d *jsonlite.Decoder, m *messageSpec) bool {
				return d.Object(func(name string) bool {
					switch name {
					case "code":
						d.StringTo(&m.Code)
					case "nl":
						m.NL = d.Raw()
					case "en":
						m.EN = d.Raw()
					default:
						return false
					}
					return true
				})
			})
		default:
			return false
		}
		return true
	})
	if ve := d.Problems(); ve != nil {
		return f, ve
	}
	return f, nil
}

// compiled is a code's message in both languages, ready to render.
type compiled struct {
	// names are the placeholders of both languages in order of first use;
	// a segment refers to one by its index.
	names []string
	// formats are the placeholder formats by name ("", "date", "year").
	formats map[string]string
	// selectors are the parameters that pick a plural form; a plural
	// variant refers to one by its index.
	selectors []string
	// variants are the message in each language, by langIndex.
	variants [2]variant
}

// variant is one language's message: a plain text, or a choice between
// plural cases.
type variant struct {
	// text is the template of a plain message; it is unused when cases is
	// not nil.
	text text
	// selector is the index in compiled.selectors of the parameter whose
	// number picks one of cases.
	selector int
	// cases are the cases of a plural message, in the order they are tried:
	// the exact ones ("=0") first, then the plural forms, then "other".
	cases []pluralCase
}

// pluralCase is one case of a plural message.
type pluralCase struct {
	// exact is N for a case "=N", which matches a number whose absolute
	// value is N; it is -1 for a plural form.
	exact int
	// form is the plural form the case matches when exact is -1; Other
	// matches any number.
	form pluralForm
	text text
}

// text is a compiled template: its literal parts and placeholders in order.
type text []segment

// segment is a piece of literal text or, when arg is not -1, the formatted
// value of the parameter compiled.names[arg].
type segment struct {
	lit string
	arg int
}

// bundle is every message, compiled.
type bundle struct {
	byCode map[string]*compiled
	// used records, per code and language, the placeholders a template
	// uses, for CheckPackage.
	used map[string]map[auhl.Lang][]string
	// pkg is the package whose file gives each code.
	pkg map[string]string
}

// get returns the compiled messages of every file embedded or registered
// so far.
func get() *bundle {
	registry.Lock()
	defer registry.Unlock()
	if registry.bundle == nil {
		b, err := load(append(slices.Clone(ownFiles), registry.files...))
		if err != nil {
			// Each package's tests check its file with CheckPackage.
			panic("i18n: invalid messages: " + err.Error())
		}
		registry.bundle = b
	}
	return registry.bundle
}

// load reads and compiles the message files.
func load(files []messageFile) (*bundle, error) {
	b := &bundle{byCode: map[string]*compiled{}, used: map[string]map[auhl.Lang][]string{}, pkg: map[string]string{}}
	for _, mf := range files {
		f, err := decodeFile(mf.data)
		if err != nil {
			return nil, &wrapped{mf.pkg, err}
		}
		if f.Package != mf.pkg {
			return nil, errors.New(mf.pkg + ": the file says it holds the messages of " + strconv.Quote(f.Package))
		}
		for _, m := range f.Messages {
			if prev, dup := b.pkg[m.Code]; dup {
				return nil, errors.New(mf.pkg + ": code " + strconv.Quote(m.Code) + " has a message in " + prev + " too")
			}
			if err := b.add(m); err != nil {
				return nil, &wrapped{mf.pkg + ": " + m.Code, err}
			}
			b.pkg[m.Code] = mf.pkg
		}
	}
	return b, nil
}

// template is one language's message before compilation.
type template struct {
	text     string            // a plain message, or
	selector string            // the parameter of a plural message
	cases    map[string]string // its cases: "=0", "one", "other", ...
}

// parseTemplate reads one language's message: a non-empty string, or a
// plural object with a "plural" selector, an "other" case and only known
// cases.
func parseTemplate(raw []byte) (template, error) {
	var t template
	if len(raw) == 0 {
		return t, errors.New("missing")
	}
	d, err := jsonlite.NewDecoder(raw)
	if err != nil {
		return t, err
	}
	if k := d.Kind(); k == '"' || k == 'n' { // null reads as "", as encoding/json reads it
		t.text, _ = d.String()
		if strings.TrimSpace(t.text) == "" {
			return t, errors.New("empty")
		}
		return t, nil
	}
	obj := map[string]string{}
	isObject := d.Kind() == '{'
	if isObject {
		d.Object(func(name string) bool {
			var s string
			d.StringTo(&s)
			obj[name] = s
			return true
		})
	}
	if !isObject || d.Problems() != nil {
		return t, errors.New("neither a string nor a plural object")
	}
	t.selector = obj["plural"]
	delete(obj, "plural")
	if t.selector == "" || obj["other"] == "" {
		return t, errors.New(`a plural object needs "plural" and "other"`)
	}
	for k := range obj {
		if k != "other" && k != "one" && k != "zero" && k != "two" && k != "few" && k != "many" && !strings.HasPrefix(k, "=") {
			return t, errors.New("unknown plural case " + strconv.Quote(k))
		}
	}
	t.cases = obj
	return t, nil
}

// pluralForm is a CLDR plural form. Dutch and English know only two.
type pluralForm uint8

// The plural forms of Dutch and English.
const (
	other pluralForm = iota // any other number
	one                     // 1, without visible fraction digits
)

// pluralForms are the plural forms that Dutch and English distinguish
// (CLDR), by the name of their case. A message may not use "zero", "two",
// "few" or "many" in these languages.
var pluralForms = map[string]pluralForm{"one": one, "other": other}

// add compiles m and records it under its code.
func (b *bundle) add(m messageSpec) error {
	c := &compiled{formats: map[string]string{}}
	tmpl := map[auhl.Lang]template{}
	for _, l := range auhl.Langs() {
		raw := m.NL
		if l == auhl.English {
			raw = m.EN
		}
		t, err := parseTemplate(raw)
		if err != nil {
			return &wrapped{string(l), err}
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
				if format != "" && format != "date" && format != "year" && format != "label" {
					return errors.New(string(l) + ": unknown format " + strconv.Quote(format))
				}
				if prev, ok := c.formats[name]; ok && prev != format {
					return errors.New(string(l) + ": {" + name + "} has two formats")
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
	// Second pass: compile the templates.
	for _, l := range auhl.Langs() {
		t := tmpl[l]
		v := &c.variants[langIndex(l)]
		if t.selector == "" {
			txt, err := c.compile(t.text)
			if err != nil {
				return err
			}
			v.text = txt
			continue
		}
		v.selector = indexOf(c.selectors, t.selector)
		for _, k := range sortedCases(t.cases) {
			pc := pluralCase{exact: -1}
			if k[0] == '=' {
				n, err := strconv.ParseUint(k[1:], 10, 16)
				if err != nil {
					return errors.New("plural: invalid number in selector " + strconv.Quote(k) + ": " + err.Error())
				}
				pc.exact = int(n)
			} else if form, ok := pluralForms[k]; ok {
				pc.form = form
			} else {
				return errors.New("plural: form " + strconv.Quote(k) + " not supported for language " + strconv.Quote(string(l)))
			}
			txt, err := c.compile(t.cases[k])
			if err != nil {
				return err
			}
			pc.text = txt
			v.cases = append(v.cases, pc)
		}
	}
	b.byCode[m.Code] = c
	return nil
}

// compile splits "{credits} studiepunten" into its placeholder and its
// literal text. Text after a "{" without a closing "}" is literal, except
// "${", which is refused as a likely typo (x/text, which this package used
// before, read it as the start of a variable).
func (c *compiled) compile(s string) (text, error) {
	var out text
	for {
		i := strings.IndexByte(s, '{')
		j := strings.IndexByte(s[max(i, 0):], '}')
		if i < 0 || j < 0 {
			break
		}
		j += i
		if i > 0 {
			out = append(out, segment{lit: s[:i], arg: -1})
		}
		name, _, _ := strings.Cut(s[i+1:j], ":")
		out = append(out, segment{arg: indexOf(c.names, name)})
		s = s[j+1:]
	}
	if strings.Contains(s, "${") {
		return nil, errors.New(`"${" without a closing "}"`)
	}
	if s != "" {
		out = append(out, segment{lit: s, arg: -1})
	}
	return out, nil
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

// sortedCases orders plural cases as they are tried: the exact ones ("=0")
// first, then the plural forms, then "other", each group by name.
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
	// sort.Slice rather than slices.SortFunc: one generic instantiation
	// less in the widget.
	sort.Slice(keys, func(i, j int) bool {
		if ri, rj := rank(keys[i]), rank(keys[j]); ri != rj {
			return ri < rj
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
	return c.render(l, params)
}

// render renders c in the supported language l.
func (c *compiled) render(l auhl.Lang, params auhl.Params) string {
	v := &c.variants[langIndex(l)]
	t := v.text
	if v.cases != nil {
		n, _ := params[c.selectors[v.selector]].Number()
		if math.IsNaN(n) || math.Abs(n) > 1e15 {
			n = 0
		}
		t = v.pick(int(math.Round(n)))
	}
	var out strings.Builder
	for _, s := range t {
		if s.arg < 0 {
			out.WriteString(s.lit)
		} else {
			name := c.names[s.arg]
			v, hint := params[name], c.formats[name]
			if hint == "label" {
				v = label(l, v)
			}
			out.WriteString(format(l, v, hint))
		}
	}
	return out.String()
}

// label renders v, the message code of a label (a placeholder
// {name:label}, such as the name of a rule that auhl/rules gives), as that
// code's message in language l, without parameters. A value that is not
// the code of a message stays as it is.
func label(l auhl.Lang, v auhl.Value) auhl.Value {
	if v.IsText() || v.IsNumber() {
		return v
	}
	if c, ok := get().byCode[v.String()]; ok {
		return auhl.Str(c.render(l, nil))
	}
	return v
}

// langIndex is the index of a supported language in compiled.variants.
func langIndex(l auhl.Lang) int {
	if l == auhl.English {
		return 1
	}
	return 0
}

// pick returns the first case that matches n: an exact case "=N" when the
// absolute value of n is N, "one" when it is 1 (the CLDR rule for whole
// numbers in Dutch and English), or "other". This is how golang.org/x/text's
// plural messages chose, for a whole number formatted with "%d".
func (v *variant) pick(n int) text {
	if n < 0 {
		n = -n
	}
	form := other
	if n == 1 {
		form = one
	}
	for _, pc := range v.cases {
		if pc.exact >= 0 && pc.exact == n || pc.exact < 0 && (pc.form == form || pc.form == other) {
			return pc.text
		}
	}
	return nil // unreachable: every plural message has an "other" case
}

// Render renders a finding in language l.
func Render(l auhl.Lang, f auhl.Finding) string { return Message(l, f.Code, f.Params) }

// RenderProblem renders a problem of a rejected input in language l,
// without its path.
func RenderProblem(l auhl.Lang, p auhl.Problem) string { return Message(l, p.Code, p.Params) }

// Errors renders an error for people in language l, one line per problem:
// each problem of a *auhl.ValidationError as its message followed by its
// path in parentheses, and a last line with the number of problems not
// listed (auhl.CodeMoreProblems) when there are any; any other error as a
// general message.
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
	if ve.More > 0 {
		out = append(out, Message(l, auhl.CodeMoreProblems, auhl.Params{"count": auhl.Int(ve.More)}))
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

// format formats the value of a parameter for language l: a Text in that
// language, a number with its grouping and decimal separators, a date
// ("2025-05-15") in words when hint is "date", and any other string as it is.
// A missing value, an empty string and a number that is not finite show as
// "–".
func format(l auhl.Lang, v auhl.Value, hint string) string {
	if t, ok := v.Text(); ok {
		return t.In(l)
	}
	if i, ok := v.Int64(); ok {
		return groupDigits(l, i < 0, strconv.FormatUint(absInt(i), 10), "")
	}
	if n, ok := v.Number(); ok {
		if math.IsNaN(n) || math.IsInf(n, 0) {
			return "–"
		}
		return formatNumber(l, n)
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

// formatNumber writes a finite x as golang.org/x/text's number.Decimal did
// for Dutch and English: rounded half to even to at most three fraction
// digits, without trailing zeros, with a group separator every three
// integer digits ("1.234.567,5" in Dutch, "1,234,567.5" in English) and a
// "-" before a negative number, even one that rounds to zero ("-0").
func formatNumber(l auhl.Lang, x float64) string {
	// strconv rounds the exact binary value, half to even, as x/text did.
	digits := strconv.FormatFloat(math.Abs(x), 'f', 3, 64)
	whole, frac, _ := strings.Cut(digits, ".")
	return groupDigits(l, x < 0, whole, strings.TrimRight(frac, "0"))
}

// absInt is |i| as an unsigned number, exact also for the smallest int64.
func absInt(i int64) uint64 {
	if i < 0 {
		return uint64(-(i + 1)) + 1
	}
	return uint64(i)
}

// groupDigits writes the digits whole and frac of a number with the group
// and decimal separators of language l, after a "-" when neg.
func groupDigits(l auhl.Lang, neg bool, whole, frac string) string {
	group, decimal := byte('.'), byte(',')
	if l == auhl.English {
		group, decimal = ',', '.'
	}
	out := make([]byte, 0, len(whole)+len(whole)/3+len(frac)+2)
	if neg {
		out = append(out, '-')
	}
	for i := 0; i < len(whole); i++ {
		if i > 0 && (len(whole)-i)%3 == 0 {
			out = append(out, group)
		}
		out = append(out, whole[i])
	}
	if frac != "" {
		out = append(out, decimal)
		out = append(out, frac...)
	}
	return string(out)
}

// months are the names of the months by language.
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

// contains reports whether s holds v.
func contains(s []string, v string) bool { return indexOf(s, v) >= 0 }

// indexOf returns the index of v in s, or -1.
func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}
