package ewp

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// kit returns the EWP validation kit: ../shared/ewp relative to the module
// root, where CI places a copy of the shared folder next to the clone.
// Without it the test skips and says why, except under CI=true, where it
// fails.
func kit(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, parent, dir, "no go.mod above the test's folder")
		dir = parent
	}
	k := filepath.Join(filepath.Dir(dir), "shared", "ewp")
	if _, err := os.Stat(filepath.Join(k, "validate")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the EWP validation kit is missing at %s, which CI provides: %v", k, err)
		}
		t.Skipf("the EWP validation kit is not at %s (it sits next to the repository in CI); skipping", k)
	}
	return k
}

// xsdValid runs the kit's validate script on doc as kind.
func xsdValid(t *testing.T, kind Kind, doc []byte) {
	t.Helper()
	k := kit(t)
	if _, err := exec.LookPath("xmllint"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("xmllint is missing (apt-get install -y libxml2-utils)")
		}
		t.Skip("xmllint is not installed (apt-get install -y libxml2-utils); skipping")
	}
	f := filepath.Join(t.TempDir(), "doc.xml")
	require.NoError(t, os.WriteFile(f, doc, 0o600))
	out, err := exec.Command(filepath.Join(k, "validate"), string(kind), f).CombinedOutput()
	require.NoError(t, err, "the official schema refuses the document:\n%s\n%s", out, doc)
}

func example(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(kit(t), "examples", "ewp-specs-api-"+name+".xml"))
	require.NoError(t, err)
	return b
}

// The examples of the four kinds that the kit's README marks valid.
var validExamples = []struct {
	file string
	kind Kind
}{
	{"omobility-las-examples-get-response-example", KindLAsGetResponse},
	{"omobility-las-examples-update-request-examples-approve-proposal-v1", KindLAsUpdateRequest},
	{"omobility-las-examples-update-request-examples-comment-proposal-v1", KindLAsUpdateRequest},
	{"omobilities-endpoints-get-response-example", KindOMobilitiesGetResponse},
}

func TestValidExamplesRoundTrip(t *testing.T) {
	for _, ex := range validExamples {
		t.Run(ex.file, func(t *testing.T) {
			src := example(t, ex.file)
			xsdValid(t, ex.kind, src)
			doc, err := Decode(bytes.NewReader(src))
			require.NoError(t, err)
			require.Equal(t, ex.kind, doc.Kind())
			assert.False(t, HasErrors(Validate(doc)), "%v", Validate(doc))

			reencode(t, doc)
		})
	}
}

// reencode writes doc, has the official schema validate the output and
// reads it back to the same value.
func reencode(t *testing.T, doc Document) {
	t.Helper()
	out, err := Marshal(doc)
	require.NoError(t, err)
	xsdValid(t, doc.Kind(), out)
	again, err := Decode(bytes.NewReader(out))
	require.NoError(t, err)
	assert.Equal(t, doc, again)
}

// The dashboard scenarios are bare snippets without a namespace.
var scenarios = []struct {
	file string
	kind Kind
	// defect is the code Check reports for the real defect of the
	// snippet, "" for none.
	defect string
	path   string
}{
	{"omobility-las-examples-ola-dashboard-example-scenarios-src-xml-Ex1", KindLAsGetResponse, "", ""},
	{"omobility-las-examples-ola-dashboard-example-scenarios-src-xml-Ex2", KindLAsUpdateRequest, "", ""},
	{"omobility-las-examples-ola-dashboard-example-scenarios-src-xml-Ex4", KindLAsGetResponse, "", ""},
	{"omobility-las-examples-ola-dashboard-example-scenarios-src-xml-Ex5", KindLAsUpdateRequest, "", ""},
	{"omobility-las-examples-ola-dashboard-example-scenarios-src-xml-Ex6", KindLAsGetResponse, "", ""},
	// The student comes before the signatures in the proposal.
	{"omobility-las-examples-ola-dashboard-example-scenarios-src-xml-Ex7", KindLAsGetResponse, CodeElementOrder, "/la/0/changes-proposal/student-signature"},
	{"omobility-las-examples-ola-dashboard-example-scenarios-src-xml-Ex8", KindLAsUpdateRequest, "", ""},
	// Approved changes carry a student, which only a proposal may.
	{"omobility-las-examples-ola-dashboard-example-scenarios-src-xml-Ex9", KindLAsGetResponse, CodeUnexpectedElement, "/la/0/approved-changes/student"},
	{"omobility-las-examples-ola-dashboard-example-scenarios-src-xml-Ex10", KindLAsUpdateRequest, "", ""},
	{"omobilities-examples-erasmusapp-dashboard-scenarios-examples-src-xml-Ex1", KindOMobilitiesGetResponse, "", ""},
	{"omobilities-examples-erasmusapp-dashboard-scenarios-examples-src-xml-Ex2", KindOMobilitiesUpdateRequest, "", ""},
}

func TestDashboardScenarios(t *testing.T) {
	for _, sc := range scenarios {
		t.Run(sc.file, func(t *testing.T) {
			src := example(t, sc.file)
			_, err := Decode(bytes.NewReader(src))
			require.ErrorIs(t, err, auhl.ErrInvalid, "without a namespace the kind is unknown")

			doc, fs, err := Check(bytes.NewReader(src), sc.kind)
			require.NoError(t, err)
			require.Equal(t, sc.kind, doc.Kind())
			if sc.defect != "" {
				require.True(t, HasErrors(fs))
				assert.Contains(t, codesAt(fs), sc.defect+" "+sc.path)
				return
			}
			assert.False(t, HasErrors(fs), "%v", fs)
			reencode(t, doc)
		})
	}
}

// The update response is not a document of this package.
func TestScenarioOfAnotherKindRefused(t *testing.T) {
	src := example(t, "omobility-las-examples-ola-dashboard-example-scenarios-src-xml-Ex3")
	_, _, err := Check(bytes.NewReader(src), KindLAsGetResponse)
	assertProblem(t, err, CodeUnknownRoot)
}

// codesAt lists "code path" of each finding.
func codesAt(fs []Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Code + " " + f.Path
	}
	return out
}

func assertProblem(t *testing.T, err error, code string) {
	t.Helper()
	require.ErrorIs(t, err, auhl.ErrInvalid)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	require.NotEmpty(t, ve.Problems)
	assert.Equal(t, code, ve.Problems[0].Code, "%v", err)
}
