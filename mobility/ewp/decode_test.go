package ewp

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const updateOpen = `<omobilities-update-request xmlns="` + NamespaceOMobilitiesUpdateRequest + `">`

func update(body string) string {
	return updateOpen + body + `</omobilities-update-request>`
}

func TestDecodeDetectsKind(t *testing.T) {
	for _, d := range []Document{
		&LAsGetResponse{LAs: []LearningAgreement{testLA()}}, testLAsUpdate(),
		&OMobilitiesGetResponse{Mobilities: []StudentMobility{testMobility()}}, testOMobilitiesUpdate(),
	} {
		out, err := Marshal(d)
		require.NoError(t, err)
		got, err := Decode(bytes.NewReader(out))
		require.NoError(t, err)
		assert.Equal(t, d, got)
		for _, k := range kinds {
			_, err := decodeStrict(bytes.NewReader(out), Decoder{Kind: k})
			if k == d.Kind() {
				assert.NoError(t, err)
			} else {
				assertProblem(t, err, CodeUnknownRoot)
			}
		}
	}
	_, err := DecodeLAsGetResponse(strings.NewReader(update(`<approve-proposal-v1><omobility-id>a</omobility-id><proposal-id>b</proposal-id></approve-proposal-v1>`)))
	assertProblem(t, err, CodeUnknownRoot)
	_, err = DecodeLAsUpdateRequest(strings.NewReader(`<x/>`))
	assertProblem(t, err, CodeNamespaceMissing)
	_, err = DecodeOMobilitiesGetResponse(strings.NewReader(`<omobilities-get-response xmlns="urn:other"/>`))
	assertProblem(t, err, CodeUnknownRoot)
	_, err = Decode(strings.NewReader(`<omobilities-get-response/>`))
	assertProblem(t, err, CodeNamespaceMissing)
}

func TestDecoderOptions(t *testing.T) {
	_, _, err := Decoder{AllowNoNamespace: true}.Decode(strings.NewReader(`<la/>`))
	require.Error(t, err)
	assert.NotErrorIs(t, err, auhl.ErrInvalid, "a caller's mistake, not the input's")
	_, _, err = Decoder{Kind: "iias-get"}.Decode(strings.NewReader(`<la/>`))
	require.Error(t, err)

	// A bare element of the other API is not read as this one's.
	_, _, err = Check(strings.NewReader(`<la/>`), KindOMobilitiesGetResponse)
	assertProblem(t, err, CodeUnknownRoot)
	// Without AllowNoNamespace, a Kind does not supply a namespace.
	_, _, err = Decoder{Kind: KindOMobilitiesUpdateRequest}.Decode(strings.NewReader(`<omobilities-update-request/>`))
	assertProblem(t, err, CodeNamespaceMissing)
}

// The deviations from the schema's structure, each a finding at its path.
func TestDecodeShapeFindings(t *testing.T) {
	approve := func(inner string) string { return update(`<approve-proposal-v1>` + inner + `</approve-proposal-v1>`) }
	tests := []struct {
		name, doc, code, path string
	}{
		{"an unknown element", approve(`<omobility-id>a</omobility-id><proposal-id>b</proposal-id><note>x</note>`),
			CodeUnexpectedElement, "/approve-proposal-v1/note"},
		{"an element of another namespace", approve(`<omobility-id>a</omobility-id><proposal-id xmlns="urn:x">b</proposal-id>`),
			CodeUnexpectedElement, "/approve-proposal-v1/proposal-id"},
		{"elements out of order", approve(`<proposal-id>b</proposal-id><omobility-id>a</omobility-id>`),
			CodeElementOrder, "/approve-proposal-v1/omobility-id"},
		{"an element twice", approve(`<omobility-id>a</omobility-id><omobility-id>a</omobility-id><proposal-id>b</proposal-id>`),
			CodeElementRepeated, "/approve-proposal-v1/omobility-id"},
		{"both actions of a choice", update(`<approve-proposal-v1><omobility-id>a</omobility-id><proposal-id>b</proposal-id></approve-proposal-v1>` +
			`<reject-proposal-v1><omobility-id>a</omobility-id><proposal-id>b</proposal-id><comment>c</comment></reject-proposal-v1>`),
			CodeElementRepeated, "/reject-proposal-v1"},
		{"a required element missing", approve(`<omobility-id>a</omobility-id>`), auhl.CodeRequired, "/approve-proposal-v1/proposal-id"},
		{"a choice missing", update(``), auhl.CodeRequired, "/approve-proposal-v1"},
		{"text between elements", approve(`<omobility-id>a</omobility-id>stray<proposal-id>b</proposal-id>`),
			CodeUnexpectedText, "/approve-proposal-v1"},
		{"an element inside a text", approve(`<omobility-id>a<b/></omobility-id><proposal-id>b</proposal-id>`),
			CodeUnexpectedElement, "/approve-proposal-v1/omobility-id/b"},
		{"an unknown attribute", approve(`<omobility-id lang="x">a</omobility-id><proposal-id>b</proposal-id>`),
			CodeUnexpectedAttribute, "/approve-proposal-v1/omobility-id/@lang"},
		{"a date that is no date", strings.Replace(mobilityXML(t), "2003-04-12", "12/04/2003", 1),
			CodeFormat, "/student-mobility/0/student/birth-date"},
		{"a gender that is no number", strings.Replace(mobilityXML(t), "<gender>2</gender>", "<gender>female</gender>", 1),
			CodeFormat, "/student-mobility/0/student/gender"},
		{"a proposal id missing", strings.Replace(mobilityXML(t), ` proposal-id="`, ` x-proposal-id="`, 1),
			auhl.CodeRequired, "/student-mobility/0/nomination/@proposal-id"},
		{"a credit that is no decimal", strings.Replace(laXML(t), "<value>7.5</value>", "<value>7,5</value>", 1),
			CodeFormat, "/la/0/first-version/components-studied/component/0/credit/0/value"},
		{"a credit with an exponent", strings.Replace(laXML(t), "<value>7.5</value>", "<value>75E-1</value>", 1),
			CodeFormat, "/la/0/first-version/components-studied/component/0/credit/0/value"},
		{"a timestamp that is no dateTime", strings.Replace(laXML(t), "2025-06-02T10:00:00+02:00", "2025-06-02 10:00", 1),
			CodeFormat, "/la/0/first-version/student-signature/timestamp"},
		{"a year-month with a day", strings.Replace(laXML(t), "<end-year-month>2026-01", "<end-year-month>2026-01-31", 1),
			CodeFormat, "/la/0/end-year-month"},
		{"two starts", strings.Replace(laXML(t), "<end-year-month>", "<start-year-month>2025-09</start-year-month><end-year-month>", 1),
			CodeElementRepeated, "/la/0/start-year-month"},
		{"a term number in the LA's namespace", strings.Replace(strings.Replace(laXML(t), "<trm:term-number>", "<term-number>", 1), "</trm:term-number>", "</term-number>", 1),
			CodeUnexpectedElement, "/la/0/first-version/components-studied/component/0/term-id/term-number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, fs, err := Decoder{}.Decode(strings.NewReader(tt.doc))
			require.NoError(t, err)
			assert.Contains(t, codesAt(fs), tt.code+" "+tt.path)
			for _, f := range fs {
				assert.Equal(t, auhl.Error, f.Severity)
			}
			_, err = Decode(strings.NewReader(tt.doc))
			require.ErrorIs(t, err, auhl.ErrInvalid, "Decode refuses what deviates")
		})
	}
}

func laXML(t *testing.T) string {
	out, err := Marshal(&LAsGetResponse{LAs: []LearningAgreement{testLA()}})
	require.NoError(t, err)
	return string(out)
}

func mobilityXML(t *testing.T) string {
	out, err := Marshal(&OMobilitiesGetResponse{Mobilities: []StudentMobility{testMobility()}})
	require.NoError(t, err)
	return string(out)
}

// Reading accepts what the schema allows that the writer does not write,
// and a byte-order mark.
func TestDecodeLexicalVariants(t *testing.T) {
	src := laXML(t)
	src = strings.Replace(src, "<value>7.5</value>", "<value> +07.50 </value>", 1)
	src = strings.Replace(src, "<eqf-level-studied-at-departure>6", "<eqf-level-studied-at-departure> +6 ", 1)
	src = strings.Replace(src, "<birth-date>2003-04-12", "<birth-date>2003-04-12Z", 1)
	src = strings.Replace(src, "2025-06-02T10:00:00+02:00", "2025-06-02T08:00:00", 1)
	src = strings.Replace(src, "<title>Printmaking</title>", "<title><![CDATA[Print]]>making<!-- a comment --></title>", 1)
	src = strings.Replace(src, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\"?>\n<!-- prolog -->", 1)
	doc, err := DecodeLAsGetResponse(strings.NewReader("\xef\xbb\xbf" + src + "<!-- trailing comment -->\n"))
	require.NoError(t, err)
	want := testLA()
	want.FirstVersion.StudentSignature.Timestamp = ts("2025-06-02T08:00:00Z")
	assert.Equal(t, want, doc.LAs[0])
}

// Hostile input is refused at once, with a problem naming the limit.
func TestDecodeHostile(t *testing.T) {
	deep := strings.Repeat("<a>", 65) + strings.Repeat("</a>", 65)
	tests := []struct {
		name string
		doc  string
		lim  Limits
		code string
	}{
		{"not XML", "no xml at all", Limits{}, CodeXMLSyntax},
		{"empty input", "", Limits{}, CodeNoRoot},
		{"only a comment", "<!-- nothing -->", Limits{}, CodeNoRoot},
		{"unclosed element", updateOpen + "<approve-proposal-v1>", Limits{}, CodeXMLSyntax},
		{"mismatched tags", updateOpen + "</x>", Limits{}, CodeXMLSyntax},
		{"a second root", update("") + "<x/>", Limits{}, CodeTrailing},
		{"text after the root", update("") + "junk", Limits{}, CodeTrailing},
		{"nesting of 65 levels", update(deep), Limits{}, CodeTooDeep},
		{"a DOCTYPE with an entity", `<!DOCTYPE r [<!ENTITY e "x">]>` + update("&e;"), Limits{}, CodeDoctype},
		{"billion laughs", `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>` +
			update("&lol2;"), Limits{}, CodeDoctype},
		{"an external entity", `<!DOCTYPE r SYSTEM "file:///etc/passwd">` + update(""), Limits{}, CodeDoctype},
		{"an undefined entity", update("&xxe;"), Limits{}, CodeXMLSyntax},
		{"a long text", update(`<reject-proposal-v1><comment>` + strings.Repeat("x", 64<<10+1) + `</comment></reject-proposal-v1>`), Limits{}, CodeTextTooLong},
		{"a long attribute", `<omobilities-update-request xmlns="` + NamespaceOMobilitiesUpdateRequest + `" a="` + strings.Repeat("x", 64<<10+1) + `"/>`, Limits{}, CodeTextTooLong},
		{"much text in all", update(strings.Repeat(`<x>`+strings.Repeat("y", 1000)+`</x>`, 20)), Limits{MaxTotalText: 10_000}, CodeTooMuchText},
		{"many attributes", `<omobilities-update-request` + strings.Repeat(` a="1"`, 1)[:0] + manyAttrs(17) + ` xmlns="` + NamespaceOMobilitiesUpdateRequest + `"/>`, Limits{}, CodeTooManyAttributes},
		{"many elements", update(strings.Repeat("<x/>", 100)), Limits{MaxElements: 50}, CodeTooManyElements},
		{"too large", update(strings.Repeat(" ", 2000)), Limits{MaxBytes: 1000}, CodeTooLarge},
		{"not UTF-8", `<?xml version="1.0" encoding="ISO-8859-1"?>` + update(""), Limits{}, CodeXMLSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Decoder{Limits: tt.lim}.Decode(strings.NewReader(tt.doc))
			assertProblem(t, err, tt.code)
		})
	}

	// The limits are inclusive: 64 levels and exactly MaxBytes are fine.
	ok := update(strings.Repeat("<a>", 63) + strings.Repeat("</a>", 63))
	_, _, err := Decoder{}.Decode(strings.NewReader(ok))
	require.NoError(t, err)
	_, _, err = Decoder{Limits: Limits{MaxBytes: int64(len(ok))}}.Decode(strings.NewReader(ok))
	require.NoError(t, err)
}

func manyAttrs(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(` a` + string(rune('a'+i)) + `="1"`)
	}
	return b.String()
}

// The limit holds on a stream that never ends: no more than MaxBytes is
// read.
func TestDecodeEndlessInput(t *testing.T) {
	r := io.MultiReader(strings.NewReader(updateOpen+"<reject-proposal-v1><comment>"), endless{})
	_, _, err := Decoder{}.Decode(r)
	assertProblem(t, err, CodeTooLarge)
	r = io.MultiReader(strings.NewReader(updateOpen), endlessElements{new(int)})
	_, _, err = Decoder{Limits: Limits{MaxBytes: 64 << 10, MaxElements: 1 << 30}}.Decode(r)
	assertProblem(t, err, CodeTooLarge)
}

type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

// endlessElements is <x/><x/>... without end.
type endlessElements struct{ at *int }

func (e endlessElements) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "<x/>"[*e.at%4]
		*e.at++
	}
	return len(p), nil
}

func TestDecodeReaderError(t *testing.T) {
	boom := errors.New("boom")
	_, _, err := Decoder{}.Decode(io.MultiReader(strings.NewReader(updateOpen), errReader{boom}))
	require.ErrorIs(t, err, boom)
	assert.NotErrorIs(t, err, auhl.ErrInvalid)
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// Findings stop at auhl.MaxProblems, however many deviations there are.
func TestDecodeFindingsBounded(t *testing.T) {
	_, fs, err := Decoder{}.Decode(strings.NewReader(update(strings.Repeat("<x/>", 1000))))
	require.NoError(t, err)
	assert.Len(t, fs, auhl.MaxProblems)
}
