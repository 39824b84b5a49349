package ewp

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scanned is a token as both readers can state it.
type scanned struct {
	Kind  tokKind
	Name  xml.Name
	Attr  []xml.Attr
	Text  string
	Error bool
}

// scanAll reads b with the package's scanner: its tokens, adjacent texts
// joined, and the error that stopped it, nil at the end of b.
func scanAll(b []byte) ([]scanned, error) {
	s := newScanner(b, 1<<20)
	return collect(func() (scanned, error) {
		t, err := s.next()
		return scanned{Kind: t.kind, Name: t.name, Attr: t.attr, Text: string(t.text)}, err
	})
}

// stdAll reads b with encoding/xml in strict mode, as scanAll does.
func stdAll(b []byte) ([]scanned, error) {
	x := xml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(b, []byte(bom))))
	x.Strict = true
	return collect(func() (scanned, error) {
		t, err := x.Token()
		switch t := t.(type) {
		case xml.StartElement:
			return scanned{Kind: tokStart, Name: t.Name, Attr: t.Attr}, err
		case xml.EndElement:
			return scanned{Kind: tokEnd, Name: t.Name}, err
		case xml.CharData:
			return scanned{Kind: tokText, Text: string(t)}, err
		case xml.Directive:
			return scanned{}, errDirective
		}
		return scanned{}, err
	})
}

// collect gathers the tokens of next up to io.EOF or another error,
// leaving out those of kind tokNone (comments and the like).
func collect(next func() (scanned, error)) ([]scanned, error) {
	var out []scanned
	for {
		t, err := next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		if t.Kind != tokNone {
			out = appendScanned(out, t)
		}
	}
}

func appendScanned(out []scanned, t scanned) []scanned {
	if len(t.Attr) == 0 {
		t.Attr = nil
	}
	if t.Kind == tokText && len(out) > 0 && out[len(out)-1].Kind == tokText {
		out[len(out)-1].Text += t.Text
		return out
	}
	if t.Kind == tokText && t.Text == "" {
		return out
	}
	return append(out, t)
}

// Whatever the scanner reads, encoding/xml reads the same way: the same
// elements in the same namespaces, the same attributes, the same texts.
func FuzzScannerAgreesWithEncodingXML(f *testing.F) {
	seeds(f)
	for _, s := range scannerCases {
		f.Add([]byte(s.doc))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := scanAll(b)
		if err != nil {
			return
		}
		want, stdErr := stdAll(b)
		if stdErr != nil {
			t.Fatalf("the scanner reads what encoding/xml refuses (%v):\n%q", stdErr, b)
		}
		if !assert.Equal(t, want, got) {
			t.Fatalf("input %q", b)
		}
	})
}

// scannerCases are documents that both readers read the same way.
var scannerCases = []struct{ name, doc string }{
	{"declaration and comments", `<?xml version="1.0" encoding="utf-8"?><!-- c --><a><!----><b/></a><!-- end -->`},
	{"namespaces in scope", `<p:a xmlns:p="urn:p" xmlns="urn:d"><b p:x="1" y='2'><p:c xmlns:p="urn:q"/></b><p:d/></p:a>`},
	{"undeclared prefix kept", `<q:a><b xml:lang="nl"/></q:a>`},
	{"references", `<a t="&lt;&#65;&#x42;&quot;&apos;">&amp;&gt;&#x1F600;&#233;</a>`},
	{"line ends", "<a t=\"x\r\ny\rz\">1\r\n2\r3\r</a>"},
	{"line ends as references", `<a t="&#xD;&#10;">&#13;&#xd;&#xA;</a>`},
	{"CDATA", `<a><![CDATA[<b>&amp;]]]]><![CDATA[>]]>tail</a>`},
	{"white space in tags", "<a\n\tb = \"1\"\r\n  >text</a >"},
	{"multi-byte names and text", `<é·a ñ="ü">€ 😀</é·a>`},
	{"processing instruction", `<a><?php echo 1 ?>x</a>`},
	{"empty", ``},
	{"colons at the edge of a name", `<:a b:="1"/>`},
	{"byte-order mark", "\xef\xbb\xbf<?xml version=\"1.0\"?><a/>"},
}

func TestScannerAgreesWithEncodingXML(t *testing.T) {
	for _, tt := range scannerCases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := scanAll([]byte(tt.doc))
			require.NoError(t, err)
			want, err := stdAll([]byte(tt.doc))
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}

// What is not XML is refused, where encoding/xml refuses it too and where
// XML 1.0 forbids what encoding/xml lets through.
func TestScannerRefuses(t *testing.T) {
	tests := []struct {
		name, doc, msg string
		std            bool // encoding/xml refuses it too
	}{
		{"unclosed element", `<a><b></b>`, "unexpected EOF", true},
		{"mismatched end", `<a></b>`, "element <a> closed by </b>", true},
		{"end without start", `</a>`, "unexpected end element", true},
		{"unknown entity", `<a>&nbsp;</a>`, "invalid character entity &nbsp;", true},
		{"reference without semicolon", `<a>&amp</a>`, "no semicolon", true},
		{"character reference out of range", `<a>&#0;</a>`, "invalid character entity &#0;", true},
		{"character reference too large", `<a>&#x110000;</a>`, "invalid character entity", true},
		{"control character", "<a>\x01</a>", "illegal character code U+0001", true},
		{"invalid UTF-8", "<a>\xff</a>", "invalid UTF-8", true},
		{"lt in attribute", `<a b="<"/>`, "unescaped < inside quoted string", true},
		{"unquoted attribute", `<a b=1/>`, "unquoted or missing attribute value", true},
		{"attribute without value", `<a b/>`, "attribute name without =", true},
		{"two colons", `<a:b:c/>`, "more than one colon", true},
		{"no name", `< a/>`, "expected a name", true},
		{"another encoding", `<?xml version="1.0" encoding="ISO-8859-1"?><a/>`, `encoding "ISO-8859-1" declared`, true},
		{"another version", `<?xml version="1.1"?><a/>`, "unsupported version", true},
		{"unterminated comment", `<a><!-- x</a>`, "unexpected EOF in comment", true},
		{"unterminated CDATA", `<a><![CDATA[x</a>`, "unexpected EOF in CDATA", true},
		{"repeated attribute", `<a b="1" b="2"/>`, "attribute b repeated", false},
		{"attributes without space", `<a b="1"c="2"/>`, "expected white space before an attribute", false},
		{"]]> in text", `<a>]]></a>`, "unescaped ]]>", false},
		{"-- in a comment", `<a><!-- a -- b --></a>`, `"--" in a comment`, false},
		{"late XML declaration", `<a><?xml version="1.0"?></a>`, "only at the start", false},
		{"byte-order mark inside", "<a>\xef\xbb\xbf<?xml version=\"1.0\"?></a>", "only at the start", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := scanAll([]byte(tt.doc))
			var syn *xml.SyntaxError
			require.ErrorAs(t, err, &syn)
			assert.Contains(t, syn.Msg, tt.msg)
			assert.Equal(t, 1, syn.Line)
			if tt.std {
				_, err := stdAll([]byte(tt.doc))
				assert.Error(t, err, "encoding/xml reads it")
			}
		})
	}
}

func TestScannerErrorLine(t *testing.T) {
	_, err := scanAll([]byte("<a>\n<b>\n</a>"))
	var syn *xml.SyntaxError
	require.ErrorAs(t, err, &syn)
	assert.Equal(t, 3, syn.Line)
}

func TestScannerDirectivesAndAttributes(t *testing.T) {
	_, err := scanAll([]byte(`<!DOCTYPE a><a/>`))
	assert.True(t, errors.Is(err, errDirective))
	_, err = scanAll([]byte(`<a><!ELEMENT a ANY></a>`))
	assert.True(t, errors.Is(err, errDirective))
	s := newScanner([]byte(`<a x="1" y="2" z="3"/>`), 2)
	_, err = s.next()
	assert.True(t, errors.Is(err, errAttributes))
	long := `<a>&#x` + strings.Repeat("0", 40) + `41;</a>`
	got, err := scanAll([]byte(long))
	require.NoError(t, err)
	assert.Equal(t, "A", got[1].Text)
}
