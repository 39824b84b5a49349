package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

type result struct {
	code        int
	out, errOut string
}

func runWith(args ...string) result {
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut, func(string) string { return "" })
	return result{code, out.String(), errOut.String()}
}

// TestWalk: the walk in each language is the golden text to the byte.
func TestWalk(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			r := runWith("-lang", lang)
			require.Equal(t, 0, r.code, r.errOut)
			golden := filepath.Join("testdata", "walk-"+lang+".txt")
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(r.out), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), r.out)
		})
	}
}

// kit returns the EWP validation kit, ../shared/ewp from the module root;
// the test skips without it, except under CI=true.
func kit(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../..")
	require.NoError(t, err)
	k := filepath.Join(filepath.Dir(dir), "shared", "ewp")
	if _, err := os.Stat(filepath.Join(k, "validate")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the EWP validation kit is missing at %s, which CI provides", k)
		}
		t.Skipf("the EWP validation kit is not at %s (it sits next to the repository in CI); skipping", k)
	}
	if _, err := exec.LookPath("xmllint"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("xmllint is missing (apt-get install -y libxml2-utils)")
		}
		t.Skip("xmllint is not installed (apt-get install -y libxml2-utils); skipping")
	}
	return k
}

// TestOut: -out writes the four documents; the official schemas accept
// each, and -check finds each valid.
func TestOut(t *testing.T) {
	dir := t.TempDir()
	r := runWith("-lang", "en", "-out", dir)
	require.Equal(t, 0, r.code, r.errOut)
	for kind, name := range documentNames {
		f := filepath.Join(dir, name)
		require.FileExists(t, f)
		c := runWith("-check", f)
		assert.Equal(t, 0, c.code, c.out+c.errOut)
		var rep checkReport
		require.NoError(t, json.Unmarshal([]byte(c.out), &rep))
		assert.Equal(t, checkReport{Kind: kind, Valid: true, Findings: []checkFinding{}}, rep)
	}
	k := kit(t)
	for kind, name := range documentNames {
		out, err := exec.Command(filepath.Join(k, "validate"), string(kind), filepath.Join(dir, name)).CombinedOutput()
		assert.NoError(t, err, "%s\n%s", name, out)
	}
}

const bareLA = `<la>
  <omobility-id>x-1</omobility-id>
  <sending-hei><hei-id>uhasselt.be</hei-id><ounit-name>School of Arts</ounit-name>
    <contact-person><given-names>An</given-names><family-name>Peeters</family-name><email>an@example.be</email></contact-person></sending-hei>
  <receiving-hei><hei-id>academy.example.pl</hei-id>
    <contact-person><given-names>Marta</given-names><family-name>Nowak</family-name><email>m@example.pl</email></contact-person></receiving-hei>
  <receiving-academic-year-id>2025/2026</receiving-academic-year-id>
  <student><given-names>Lotte</given-names><family-name>Janssens</family-name><global-id>urn:schac:personalUniqueCode:int:esi:uhasselt.be:1</global-id>
    <birth-date>2003-04-12</birth-date><citizenship>BE</citizenship><gender>2</gender><email>l@example.be</email></student>
  <start-date>2025-09-22</start-date><end-date>2026-01-31</end-date>
  <eqf-level-studied-at-departure>6</eqf-level-studied-at-departure>
  <isced-f-code>0213</isced-f-code>
  <student-language-skill><language>en</language><cefr-level>B2</cefr-level></student-language-skill>
  <changes-proposal id="p1">
    <components-studied><component><title>Sculpture</title><term-id><term-number>1</term-number><total-terms>2</total-terms></term-id>
      <credit><scheme>ects</scheme><value>15</value></credit><recognition-conditions>not here</recognition-conditions></component></components-studied>
    <components-recognized><component><title>Atelier</title><term-id><term-number>1</term-number><total-terms>2</total-terms></term-id>
      <credit><scheme>ects</scheme><value>15</value></credit></component></components-recognized>
    <student-signature><timestamp>2025-06-02T10:00:00Z</timestamp></student-signature>
    <sending-hei-signature><signer-name>An Peeters</signer-name><signer-position>Coordinator</signer-position><signer-email>an@example.be</signer-email><timestamp>2025-06-03T10:00:00Z</timestamp></sending-hei-signature>
  </changes-proposal>
</la>`

// TestCheck: -check tells valid from invalid documents and unreadable
// files by its exit status, and -reencode writes a complete document.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		f := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(f, []byte(s), 0o600))
		return f
	}
	valid := write("valid.xml", strings.Replace(bareLA, "<recognition-conditions>not here</recognition-conditions>", "", 1))
	invalid := write("invalid.xml", bareLA)

	r := runWith("-check", invalid)
	assert.Equal(t, 1, r.code)
	var rep checkReport
	require.NoError(t, json.Unmarshal([]byte(r.out), &rep))
	assert.Equal(t, "las-get", string(rep.Kind))
	assert.False(t, rep.Valid)
	require.NotEmpty(t, rep.Findings)
	assert.Equal(t, "ewp.la.recognition-conditions-not-allowed", rep.Findings[0].Code)
	assert.Equal(t, "/la/0/changes-proposal/components-studied/component/0/recognition-conditions", rep.Findings[0].Path)
	assert.Regexp(t, `^\{\n  "kind": "las-get",\n  "valid": false,\n  "findings": \[\n    \{\n      "code": `, r.out)

	out := filepath.Join(dir, "out.xml")
	r = runWith("-check", valid, "-reencode", out)
	require.Equal(t, 0, r.code, r.out+r.errOut)
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(b), `<omobility-las-get-response xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/get-response.xsd"`)

	r = runWith("-check", invalid, "-reencode", filepath.Join(dir, "no.xml"))
	assert.Equal(t, 1, r.code)
	assert.NoFileExists(t, filepath.Join(dir, "no.xml"))

	for name, content := range map[string]string{"garbage.xml": "not xml <", "unknown.xml": "<x/>", "doctype.xml": `<!DOCTYPE la [<!ENTITY a "b">]><la/>`} {
		r = runWith("-lang", "en", "-check", write(name, content))
		assert.Equal(t, 2, r.code, name)
		assert.Empty(t, r.out, name)
		assert.Contains(t, r.errOut, "is not an EWP document", name)
	}
	r = runWith("-check", filepath.Join(dir, "missing.xml"))
	assert.Equal(t, 2, r.code)

	k := kit(t)
	o, err := exec.Command(filepath.Join(k, "validate"), "las-get", out).CombinedOutput()
	assert.NoError(t, err, string(o))
}

func TestFlags(t *testing.T) {
	assert.Equal(t, 2, runWith("-lang", "fr").code)
	assert.Equal(t, 2, runWith("extra").code)
	assert.Equal(t, 2, runWith("-reencode", "x.xml").code)
	assert.Equal(t, 0, runWith("-h").code)
}

// TestTexts: both languages of every text have the same verbs in the
// same order.
func TestTexts(t *testing.T) {
	verbs := regexp.MustCompile(`%[-0-9]*[a-z]`)
	v := reflect.ValueOf(ui)
	for i := range v.NumField() {
		f := v.Field(i)
		check := func(name string, tx auhl.Text) {
			assert.True(t, tx.Complete(), name)
			assert.Equal(t, verbs.FindAllString(tx.NL, -1), verbs.FindAllString(tx.EN, -1), name)
		}
		switch x := f.Interface().(type) {
		case auhl.Text:
			check(v.Type().Field(i).Name, x)
		default:
			iter := f.MapRange()
			for iter.Next() {
				check(v.Type().Field(i).Name, iter.Value().Interface().(auhl.Text))
			}
		}
	}
}

func TestEuro(t *testing.T) {
	assert.Equal(t, "€ 1.474,86", euro(auhl.Dutch, 147486))
	assert.Equal(t, "€1,474.86", euro(auhl.English, 147486))
	assert.Equal(t, "-€31.90", euro(auhl.English, -3190))
	assert.Equal(t, "€ 0,05", euro(auhl.Dutch, 5))
}
