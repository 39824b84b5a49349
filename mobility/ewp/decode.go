package ewp

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unsafe"

	"github.com/auhl/auhl-go/auhl"
)

// Limits bound what a Decoder reads, so that no input, however hostile,
// costs more than a bounded amount of time and memory. A zero field takes
// its default (see DefaultLimits); the defaults are far above what an EWP
// document needs.
type Limits struct {
	// MaxBytes is the size of the input, in bytes (default 4 MiB).
	MaxBytes int64
	// MaxDepth is the nesting depth of elements, the root being 1
	// (default 64; an LA nests 8 deep).
	MaxDepth int
	// MaxText is the length of one text or attribute value, in bytes
	// (default 64 KiB).
	MaxText int
	// MaxTotalText is the length of all texts and attribute values
	// together, in bytes, not counting text that is only white space
	// (default 2 MiB).
	MaxTotalText int
	// MaxAttributes is the number of attributes of one element,
	// namespace declarations included (default 16).
	MaxAttributes int
	// MaxElements is the number of elements (default 200 000).
	MaxElements int
	// MaxValueBytes is the memory allocated for the Go values that the
	// elements decode into (learning agreements, components, credits and
	// the like, with the growth of their lists), texts not counted, in
	// bytes (default 16 MiB): an empty element of a few bytes can stand
	// for a value of hundreds.
	MaxValueBytes int64
}

// DefaultLimits are the limits a zero Limits stands for.
var DefaultLimits = Limits{
	MaxBytes:      4 << 20,
	MaxDepth:      64,
	MaxText:       64 << 10,
	MaxTotalText:  2 << 20,
	MaxAttributes: 16,
	MaxElements:   200_000,
	MaxValueBytes: 16 << 20,
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	return Limits{
		MaxBytes:      orDefault(l.MaxBytes, d.MaxBytes),
		MaxDepth:      orDefault(l.MaxDepth, d.MaxDepth),
		MaxText:       orDefault(l.MaxText, d.MaxText),
		MaxTotalText:  orDefault(l.MaxTotalText, d.MaxTotalText),
		MaxAttributes: orDefault(l.MaxAttributes, d.MaxAttributes),
		MaxElements:   orDefault(l.MaxElements, d.MaxElements),
		MaxValueBytes: orDefault(l.MaxValueBytes, d.MaxValueBytes),
	}
}

// orDefault returns v when it is set (positive), else def.
func orDefault[T int | int64](v, def T) T {
	if v > 0 {
		return v
	}
	return def
}

// Decoder reads the documents of this package. Its zero value detects the
// kind of document by its root element and namespace, and applies
// DefaultLimits.
type Decoder struct {
	// Kind, when set, is the only kind of document accepted.
	Kind Kind
	// AllowNoNamespace accepts a document, or a bare `la` or
	// `student-mobility` element, whose elements have no namespace, as
	// the EWP dashboard scenarios are written: each element without a
	// namespace is taken as in the namespace the schema expects at its
	// place. It needs Kind. A bare `la` (for KindLAsGetResponse) or
	// `student-mobility` (for KindOMobilitiesGetResponse) is read as a
	// response holding that one element.
	AllowNoNamespace bool
	// Limits bound the input; see Limits.
	Limits Limits
}

// Decode reads one document from r, detecting its kind by its root
// element. It reads at most Limits.MaxBytes.
//
// It returns an error when the input cannot be read as a document of this
// package: a *auhl.ValidationError (matching auhl.ErrInvalid) for XML that
// is malformed, hostile (past a limit, or with a document type
// declaration) or of another kind, or the reader's own error. Otherwise
// it returns the document with the findings about its shape: elements
// the schema does not allow, out of order or repeated, values not
// written as their type requires, required elements missing. Those
// findings all have severity auhl.Error: the schema would refuse such a
// document, but the rest of it is read, so that a caller can report every
// problem at once. Validate finds the rest.
func (dc Decoder) Decode(r io.Reader) (Document, []Finding, error) {
	if dc.AllowNoNamespace && !dc.Kind.Valid() {
		return nil, nil, errors.New("ewp: Decoder.AllowNoNamespace needs a Kind")
	}
	if dc.Kind != "" && !dc.Kind.Valid() {
		return nil, nil, fmt.Errorf("ewp: unknown Kind %q", dc.Kind)
	}
	d := newDec(r, dc)
	doc := d.document()
	if d.err != nil {
		return nil, nil, d.err
	}
	return doc, d.findings, nil
}

// Decode reads one document of any of the four kinds from r, as
// Decoder{}.Decode does, and refuses it, with a *auhl.ValidationError,
// when it deviates from its schema in any way Decoder.Decode finds. It
// does not run Validate.
func Decode(r io.Reader) (Document, error) {
	return decodeStrict(r, Decoder{})
}

func decodeStrict(r io.Reader, dc Decoder) (Document, error) {
	doc, fs, err := dc.Decode(r)
	if err != nil {
		return nil, err
	}
	if err := Err(fs); err != nil {
		return nil, err
	}
	return doc, nil
}

func decodeKind[T Document](r io.Reader, k Kind) (T, error) {
	doc, err := decodeStrict(r, Decoder{Kind: k})
	if err != nil {
		var zero T
		return zero, err
	}
	return doc.(T), nil
}

// DecodeLAsGetResponse reads an omobility-las-get-response, as Decode
// does; any other document is refused.
func DecodeLAsGetResponse(r io.Reader) (*LAsGetResponse, error) {
	return decodeKind[*LAsGetResponse](r, KindLAsGetResponse)
}

// DecodeLAsUpdateRequest reads an omobility-las-update-request, as Decode
// does; any other document is refused.
func DecodeLAsUpdateRequest(r io.Reader) (*LAsUpdateRequest, error) {
	return decodeKind[*LAsUpdateRequest](r, KindLAsUpdateRequest)
}

// DecodeOMobilitiesGetResponse reads an omobilities-get-response, as
// Decode does; any other document is refused.
func DecodeOMobilitiesGetResponse(r io.Reader) (*OMobilitiesGetResponse, error) {
	return decodeKind[*OMobilitiesGetResponse](r, KindOMobilitiesGetResponse)
}

// DecodeOMobilitiesUpdateRequest reads an omobilities-update-request, as
// Decode does; any other document is refused.
func DecodeOMobilitiesUpdateRequest(r io.Reader) (*OMobilitiesUpdateRequest, error) {
	return decodeKind[*OMobilitiesUpdateRequest](r, KindOMobilitiesUpdateRequest)
}

// Check reads a document as Decoder{Kind: kind, AllowNoNamespace: kind !=
// ""}.Decode does and validates it: the findings are those of reading
// followed by those of Validate, each once. The document is valid when no
// finding has severity auhl.Error (see HasErrors). The error is that of
// Decoder.Decode: the input cannot be read as a document.
func Check(r io.Reader, kind Kind) (Document, []Finding, error) {
	doc, fs, err := Decoder{Kind: kind, AllowNoNamespace: kind != ""}.Decode(r)
	if err != nil {
		return nil, nil, err
	}
	seen := make(map[[2]string]bool, len(fs))
	for _, f := range fs {
		seen[[2]string{f.Path, f.Code}] = true
	}
	for _, f := range Validate(doc) {
		if !seen[[2]string{f.Path, f.Code}] {
			fs = append(fs, f)
		}
	}
	return doc, fs, nil
}

// errTooLarge is the error of a limitedReader past its limit.
var errTooLarge = errors.New("input too large")

// limitedReader reads at most n bytes from r, then fails with
// errTooLarge if more follow.
type limitedReader struct {
	r io.Reader
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		// Probe for one more byte: an input of exactly the limit is fine.
		var one [1]byte
		n, err := l.r.Read(one[:])
		if n > 0 {
			return 0, errTooLarge
		}
		if err != nil && err != io.EOF {
			err = readError{err}
		}
		return 0, err
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if err != nil && err != io.EOF {
		err = readError{err}
	}
	return n, err
}

// readError is an error of the reader itself, not of the XML it holds.
type readError struct{ err error }

func (e readError) Error() string { return e.err.Error() }
func (e readError) Unwrap() error { return e.err }

// seg is one step of a path: an element name, its index when it may
// repeat (else -1).
type seg struct {
	name string
	idx  int
}

// dec is the state of one decoding.
type dec struct {
	s    *scanner
	lim  Limits
	kind Kind
	bare bool // elements without a namespace match by local name

	depth, elems, text int
	values             int64 // bytes of the values decoded

	path     []seg
	findings []Finding
	err      error
	eof      bool

	// src is the source of the findings of the current document.
	src auhl.Source
}

// newDec reads the input, at most lim.MaxBytes of it, and prepares its
// decoding. The input is held in memory while it is read: it is bounded
// by MaxBytes, and reading from memory is several times as fast.
func newDec(r io.Reader, dc Decoder) *dec {
	lim := dc.Limits.withDefaults()
	size := int64(4096)
	if l, ok := r.(interface{ Len() int }); ok {
		size = min(int64(l.Len())+1, lim.MaxBytes+1)
	}
	d := &dec{lim: lim, kind: dc.Kind, bare: dc.AllowNoNamespace, path: make([]seg, 0, 16)}
	b, err := readAll(&limitedReader{r: r, n: lim.MaxBytes}, int(size)+bytes.MinRead)
	d.s = newScanner(b, lim.MaxAttributes)
	if err != nil {
		d.fail(err)
	}
	return d
}

// fatal stops decoding with a problem about the input as a whole.
func (d *dec) fatal(code string, params auhl.Params) {
	if d.err == nil {
		d.err = &auhl.ValidationError{Problems: []auhl.Problem{{Code: code, Params: params}}}
	}
}

func (d *dec) limit(code string, limit int) {
	d.fatal(code, auhl.Params{"limit": auhl.Int(limit)})
}

// fail turns an error of the XML decoder into the decoding's error.
func (d *dec) fail(err error) {
	var syn *xml.SyntaxError
	var rerr readError
	switch {
	case errors.Is(err, errTooLarge):
		d.fatal(CodeTooLarge, auhl.Params{"limit": auhl.Int(int(d.lim.MaxBytes))})
	case errors.As(err, &syn):
		d.fatal(CodeXMLSyntax, auhl.Params{"line": auhl.Int(syn.Line), "detail": auhl.Str(auhl.Clip(syn.Msg))})
	case err == io.EOF:
		// The end of the input outside any element: document decides.
		if d.depth != 0 {
			d.fatal(CodeXMLSyntax, auhl.Params{"line": auhl.Int(d.line()), "detail": auhl.Str("unexpected end of input")})
		}
		d.eof = true
	case errors.As(err, &rerr):
		if d.err == nil {
			d.err = fmt.Errorf("ewp: reading the document: %w", rerr.err)
		}
	case err == errDirective:
		d.fatal(CodeDoctype, nil)
	case err == errAttributes:
		d.limit(CodeTooManyAttributes, d.lim.MaxAttributes)
	default:
		// Such as an encoding other than UTF-8.
		d.fatal(CodeXMLSyntax, auhl.Params{"line": auhl.Int(d.line()), "detail": auhl.Str(auhl.Clip(err.Error()))})
	}
}

func (d *dec) line() int { return d.s.line() }

// tok returns the next token, one of kind tokNone once decoding has
// failed or the input has ended. It applies the limits.
func (d *dec) tok() xmlToken {
	if d.err != nil {
		return xmlToken{}
	}
	t, err := d.s.next()
	if err != nil {
		d.fail(err)
		return xmlToken{}
	}
	switch t.kind {
	case tokStart:
		d.depth++
		d.elems++
		switch {
		case d.depth > d.lim.MaxDepth:
			d.limit(CodeTooDeep, d.lim.MaxDepth)
		case d.elems > d.lim.MaxElements:
			d.limit(CodeTooManyElements, d.lim.MaxElements)
		}
		for _, a := range t.attr {
			d.count(len(a.Value), a.Value == "")
		}
	case tokEnd:
		d.depth--
	case tokText:
		d.count(len(t.text), isSpace(t.text))
	}
	if d.err != nil {
		return xmlToken{}
	}
	return t
}

// count applies the text limits to a text of n bytes.
func (d *dec) count(n int, blank bool) {
	if n > d.lim.MaxText {
		d.limit(CodeTextTooLong, d.lim.MaxText)
		return
	}
	if !blank {
		d.text += n
		if d.text > d.lim.MaxTotalText {
			d.limit(CodeTooMuchText, d.lim.MaxTotalText)
		}
	}
}

func isSpace(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

// pathString renders the current path, with extra appended.
func (d *dec) pathString(extra string) string {
	var b strings.Builder
	for _, s := range d.path {
		b.WriteByte('/')
		b.WriteString(escapeToken(s.name))
		if s.idx >= 0 {
			b.WriteByte('/')
			b.WriteString(strconv.Itoa(s.idx))
		}
	}
	if extra != "" {
		b.WriteByte('/')
		b.WriteString(escapeToken(extra))
	}
	return b.String()
}

func escapeToken(t string) string {
	if !strings.ContainsAny(t, "~/") {
		return t
	}
	return strings.ReplaceAll(strings.ReplaceAll(t, "~", "~0"), "/", "~1")
}

// full reports whether the findings have reached auhl.MaxProblems: then
// no more are recorded, and a caller need not build their parameters.
func (d *dec) full() bool { return len(d.findings) >= auhl.MaxProblems }

// find records a finding of severity error at the current path (with
// extra appended). Past auhl.MaxProblems findings it records no more.
func (d *dec) find(extra, code string, params auhl.Params) {
	if d.full() {
		return
	}
	d.findings = append(d.findings, Finding{
		Finding: auhl.Finding{Code: code, Severity: auhl.Error, Params: params, Source: d.src},
		Path:    d.pathString(extra),
	})
}

// elem declares one child element of a sequence.
type elem struct {
	name  string
	ns    string
	many  bool     // maxOccurs > 1: the path holds its index
	req   bool     // minOccurs 1 (for a choice: one of the group)
	group int8     // alternatives of a choice share a group number > 0
	attrs []string // the attributes allowed, "xml:lang" for xml:lang
}

// seq follows the children of one element against their declarations.
type seq struct {
	specs []elem
	count [maxSpecs]int32
	last  int
}

// maxSpecs is the size of seq.count: no type of these schemas has more
// children.
const maxSpecs = 20

// matches reports whether name is the element e.
func (d *dec) matches(name xml.Name, e *elem) bool {
	return name.Local == e.name && (name.Space == e.ns || d.bare && name.Space == "")
}

// next reads up to the next child element of the current element and
// returns it, or false at the current element's end (or on failure).
// Text other than white space between children is a finding.
func (d *dec) next() (xml.StartElement, bool) {
	reported := false
	for {
		switch t := d.tok(); t.kind {
		case tokStart:
			return t.start(), true
		case tokEnd, tokNone:
			return xml.StartElement{}, false
		case tokText:
			if !reported && !isSpace(t.text) {
				d.find("", CodeUnexpectedText, nil)
				reported = true
			}
		}
	}
}

// child places se in s: it pushes se's path step and returns the index of
// its declaration, or -1 when se is not allowed there (then it has been
// skipped, with a finding). The caller pops the step when it is done with
// the element.
func (d *dec) child(s *seq, se xml.StartElement) int {
	i := -1
	for j := range s.specs {
		if d.matches(se.Name, &s.specs[j]) {
			i = j
			break
		}
	}
	if i < 0 {
		d.path = append(d.path, seg{name: se.Name.Local, idx: -1})
		if !d.full() {
			d.find("", CodeUnexpectedElement, auhl.Params{"element": auhl.Str(auhl.Clip(qname(se.Name)))})
		}
		d.skip()
		return -1
	}
	e := &s.specs[i]
	idx := -1
	if e.many {
		idx = int(s.count[i])
	}
	d.path = append(d.path, seg{name: e.name, idx: idx})
	repeated := s.count[i] > 0 && !e.many
	if e.group > 0 && !repeated {
		for j := range s.specs {
			if j != i && s.specs[j].group == e.group && s.count[j] > 0 {
				repeated = true
			}
		}
	}
	if repeated {
		if !d.full() {
			d.find("", CodeElementRepeated, auhl.Params{"element": auhl.Str(e.name)})
		}
		d.skip()
		return -1
	}
	if i < s.last {
		if !d.full() {
			d.find("", CodeElementOrder, auhl.Params{"element": auhl.Str(e.name)})
		}
	} else {
		s.last = i
	}
	s.count[i]++
	d.attrs(se, e.attrs)
	return i
}

// pop leaves the current element's path step.
func (d *dec) pop() { d.path = d.path[:len(d.path)-1] }

// done records the required children of s that did not appear.
func (d *dec) done(s *seq) {
	for i := range s.specs {
		e := &s.specs[i]
		if !e.req || s.count[i] > 0 {
			continue
		}
		if e.group > 0 {
			// Report a missing choice once, at its first alternative.
			first, seen := true, false
			for j := range s.specs {
				if s.specs[j].group == e.group {
					seen = seen || s.count[j] > 0
					if j < i {
						first = false
					}
				}
			}
			if seen || !first {
				continue
			}
		}
		d.find(e.name, auhl.CodeRequired, nil)
	}
}

// attrs records the attributes of se that are not allowed. Namespace
// declarations and xsi: attributes are always allowed.
func (d *dec) attrs(se xml.StartElement, allowed []string) {
	for _, a := range se.Attr {
		n := a.Name
		if n.Space == "xmlns" || n.Space == "" && n.Local == "xmlns" || n.Space == nsXSI {
			continue
		}
		name := n.Local
		if n.Space == nsXML {
			name = "xml:" + n.Local
		} else if n.Space != "" {
			name = n.Space + ":" + n.Local
		}
		ok := false
		for _, x := range allowed {
			ok = ok || x == name
		}
		if !ok {
			if !d.full() {
				d.find("@"+name, CodeUnexpectedAttribute, auhl.Params{"attribute": auhl.Str(auhl.Clip(name))})
			}
		}
	}
}

// attr returns the value of the attribute local (in no namespace) of se.
func attr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Space == "" && a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return "{" + n.Space + "}" + n.Local
}

// skip reads to the end of the current element, applying the limits.
func (d *dec) skip() {
	depth := 1
	for depth > 0 {
		switch d.tok().kind {
		case tokStart:
			depth++
		case tokEnd:
			depth--
		case tokNone:
			return
		}
	}
}

// str reads the text of a simple element. Child elements are findings,
// skipped.
func (d *dec) str() string {
	var s string
	var buf []byte
	n := 0
	for {
		switch t := d.tok(); t.kind {
		case tokText:
			switch n {
			case 0:
				s = string(t.text)
			case 1:
				buf = append([]byte(s), t.text...)
			default:
				buf = append(buf, t.text...)
			}
			n++
		case tokStart:
			d.path = append(d.path, seg{name: t.name.Local, idx: -1})
			if !d.full() {
				d.find("", CodeUnexpectedElement, auhl.Params{"element": auhl.Str(auhl.Clip(qname(t.name)))})
			}
			d.skip()
			d.pop()
		case tokEnd, tokNone:
			if n > 1 {
				return string(buf)
			}
			return s
		}
	}
}

// format records that v is not written as the type typ requires.
func (d *dec) format(v, typ string) {
	if !d.full() {
		d.find("", CodeFormat, auhl.Params{"value": auhl.Str(auhl.Clip(v)), "type": auhl.Str(typ)})
	}
}

// value reads the text of a simple element as parse reads it; a text
// that parse refuses is a finding that it is not written as the type typ
// requires (the value is then parse's).
func value[T any](d *dec, typ string, parse func(string) (T, error)) T {
	v := d.str()
	x, err := parse(v)
	if err != nil {
		d.format(v, typ)
	}
	return x
}

func parseInteger(v string) (int64, error) { return strconv.ParseInt(trimSpace(v), 10, 64) }

func (d *dec) integer(typ string) int64 { return value(d, typ, parseInteger) }

func (d *dec) date() Date { return value(d, "xs:date", ParseDate) }

func (d *dec) decimal() Decimal { return value(d, "xs:decimal", ParseDecimal) }

func (d *dec) gender() *Gender {
	n := d.integer("ewp:Gender")
	g := Gender(n)
	return &g
}

// document reads the prolog, the root element and what follows it.
func (d *dec) document() Document {
	var root xml.StartElement
	for root.Name.Local == "" {
		switch t := d.tok(); t.kind {
		case tokNone:
			if d.err == nil {
				d.fatal(CodeNoRoot, nil)
			}
			return nil
		case tokStart:
			root = t.start()
		case tokText:
			if !isSpace(t.text) {
				d.fatal(CodeXMLSyntax, auhl.Params{"line": auhl.Int(d.line()), "detail": auhl.Str("text before the root element")})
				return nil
			}
		}
	}
	doc := d.root(root)
	if d.err != nil {
		return nil
	}
	for {
		switch t := d.tok(); t.kind {
		case tokNone:
			if d.err == nil && d.eof {
				return doc
			}
			return nil
		case tokStart:
			d.fatal(CodeTrailing, nil)
			return nil
		case tokText:
			if !isSpace(t.text) {
				d.fatal(CodeTrailing, nil)
				return nil
			}
		}
	}
}

// bareItem is the element that AllowNoNamespace reads as a response
// holding it.
func (k Kind) bareItem() string {
	switch k {
	case KindLAsGetResponse:
		return "la"
	case KindOMobilitiesGetResponse:
		return "student-mobility"
	}
	return ""
}

// root decodes the root element se.
func (d *dec) root(se xml.StartElement) Document {
	k := Kind("")
	item := false
	switch {
	case se.Name.Space == "" && !d.bare:
		d.fatal(CodeNamespaceMissing, auhl.Params{"element": auhl.Str(auhl.Clip(se.Name.Local))})
		return nil
	case se.Name.Space == "":
		switch se.Name.Local {
		case d.kind.Root():
			k = d.kind
		case d.kind.bareItem():
			k, item = d.kind, true
		}
	default:
		for _, c := range kinds {
			if se.Name.Space == c.Namespace() && se.Name.Local == c.Root() {
				k = c
			}
		}
	}
	if k == "" || d.kind != "" && k != d.kind {
		expected := make([]string, 0, len(kinds))
		for _, c := range kinds {
			if d.kind == "" || c == d.kind {
				expected = append(expected, "{"+c.Namespace()+"}"+c.Root())
			}
		}
		d.fatal(CodeUnknownRoot, auhl.Params{
			"element":  auhl.Str(auhl.Clip(qname(se.Name))),
			"expected": auhl.Str(strings.Join(expected, ", ")),
		})
		return nil
	}
	d.attrs(se, nil)
	switch k {
	case KindLAsGetResponse:
		d.src = SourceLAs
		doc := &LAsGetResponse{}
		response(d, item, &doc.LAs, d.la, func() { d.lasGet(doc) })
		return doc
	case KindLAsUpdateRequest:
		d.src = SourceLAsUpdate
		doc := &LAsUpdateRequest{}
		d.lasUpdate(doc)
		return doc
	case KindOMobilitiesGetResponse:
		d.src = SourceOMobilities
		doc := &OMobilitiesGetResponse{}
		response(d, item, &doc.Mobilities, d.studentMobility, func() { d.omobilitiesGet(doc) })
		return doc
	default:
		d.src = SourceOMobilitiesUpdate
		doc := &OMobilitiesUpdateRequest{}
		d.omobilitiesUpdate(doc)
		return doc
	}
}

// each reads the children of the current element against specs, calling
// f with the index of the declaration of each child that is allowed; f
// reads that child to its end. It then records the required children
// that were missing.
func (d *dec) each(specs []elem, f func(i int, se xml.StartElement)) {
	s := seq{specs: specs}
	for {
		se, ok := d.next()
		if !ok {
			break
		}
		if i := d.child(&s, se); i >= 0 {
			f(i, se)
		}
		d.pop()
	}
	d.done(&s)
}

// field is how one child element is read: its text into str (trimmed of
// white space when trim), or by read.
type field struct {
	str  *string
	trim bool
	read func(se xml.StartElement)
}

// text is the field of a simple element whose text goes into s as it is.
func text(s *string) field { return field{str: s} }

// trimmed is the field of a simple element whose text, trimmed of white
// space, goes into s (a token such as a URL or a language tag).
func trimmed(s *string) field { return field{str: s, trim: true} }

// by is the field of an element that read reads to its end.
func by(read func(se xml.StartElement)) field { return field{read: read} }

// fields reads the children of the current element against specs, the
// child declared at index i as fs[i] says. fs has one field for each of
// specs.
func (d *dec) fields(specs []elem, fs ...field) {
	d.each(specs, func(i int, se xml.StartElement) {
		switch f := &fs[i]; {
		case f.read != nil:
			f.read(se)
		case f.trim:
			*f.str = trimSpace(d.str())
		default:
			*f.str = d.str()
		}
	})
}

// items reads the children of the current element, all declared by the
// one spec of specs, each by read into a new item of list.
func items[T any](d *dec, specs []elem, list *[]T, read func(*T)) {
	d.each(specs, func(int, xml.StartElement) { read(grow(d, list)) })
}

// charge counts n bytes of decoded values against Limits.MaxValueBytes,
// and stops decoding past it.
func (d *dec) charge(n uintptr) {
	d.values += int64(n)
	if d.values > d.lim.MaxValueBytes {
		d.limit(CodeTooManyValues, int(min(d.lim.MaxValueBytes, 1<<31-1)))
	}
}

// grow appends a zero item to list and returns it; when the list has to
// grow, what it allocates is charged.
func grow[T any](d *dec, list *[]T) *T {
	var zero T
	before := cap(*list)
	*list = append(*list, zero)
	if c := cap(*list); c != before {
		d.charge(uintptr(c) * unsafe.Sizeof(zero))
	}
	return &(*list)[len(*list)-1]
}

// alloc returns a new zero value, charged.
func alloc[T any](d *dec) *T {
	var zero T
	d.charge(unsafe.Sizeof(zero))
	return new(T)
}

// response reads the root element of a get response: with item, a bare
// item such as `la`, read by read as the first item of list; otherwise
// the response itself, read by whole.
func response[T any](d *dec, item bool, list *[]T, read func(*T), whole func()) {
	if !item {
		whole()
		return
	}
	*list = make([]T, 1)
	d.path = append(d.path, seg{name: d.kind.bareItem(), idx: 0})
	read(&(*list)[0])
	d.pop()
}
