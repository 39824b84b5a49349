//go:build !(js && wasm)

// The go command does not run under js/wasm: these tests run on the host.

package wasm_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/wasm/build"
)

// widgetDeps lists the packages the module links, as go list -deps
// prints them with the extra flags, for js/wasm and the module's build
// tag; it skips t without a go command.
func widgetDeps(t *testing.T, flags ...string) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	args := append([]string{"list", "-deps", "-tags", build.Tag}, flags...)
	cmd := exec.Command(goBin, append(args, "github.com/auhl/auhl-go/wasm/cmd/auhl-advisor")...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	require.NoError(t, err)
	return string(out)
}

// TestTheModuleStaysSmall holds the design's import boundary: the
// WebAssembly module never links net/http, the HTTP client, schema
// reflection, x/text's tables (the widget matches languages with its own
// table, see matchLang) or net/url.
func TestTheModuleStaysSmall(t *testing.T) {
	deps := strings.Fields(widgetDeps(t))
	require.Contains(t, deps, "github.com/auhl/auhl-go/studychoice")
	for _, d := range deps {
		for _, f := range []string{"net/http", "net/url", "github.com/hashicorp/", "github.com/invopop/", "golang.org/x/text/"} {
			assert.False(t, d == f || strings.HasPrefix(d, f), "the module must not link %s (it links %s)", f, d)
		}
	}
}

// TestTheModuleLinksNoJSONReflectionOrFmt holds what the build tag
// auhlwidget is for: the module holds its data as generated Go values,
// reads and writes JSON with internal/jsonlite and prepares its rules
// files with generated walkers, so it links neither encoding/json nor
// fmt nor reflect nor os, which together were about a third of its size.
// Its message files are Go strings too (messages_gen.go): it links no
// embed, whose io/fs and time (with internal/godebug) were about 44 KB of
// its gzip more.
func TestTheModuleLinksNoJSONReflectionOrFmt(t *testing.T) {
	deps := strings.Fields(widgetDeps(t))
	require.Contains(t, deps, "github.com/auhl/auhl-go/internal/jsonlite")
	for _, f := range []string{"encoding/json", "fmt", "reflect", "os", "embed", "io/fs", "time",
		"github.com/auhl/auhl-go/internal/gen"} {
		assert.NotContains(t, deps, f, "the module must not link %s", f)
	}
}

// TestTheModuleLinksOnlyTheMessagesItRenders holds what the messages of
// the module weigh: a package's texts are linked when the package is, as
// it registers them with auhl/i18n from its init function, so the module
// must link no package whose messages the widget never renders. Of the
// procedures it links admission alone (with the language rules that
// admission decides by, and their shared internals): the widget renders
// the admission decision of every programme it shows.
func TestTheModuleLinksOnlyTheMessagesItRenders(t *testing.T) {
	out := widgetDeps(t, "-f", `{{.ImportPath}}|{{.Dir}}|{{join .GoFiles ","}}`)
	register := regexp.MustCompile(`i18n\.Register\("([^"]+)"`)
	procedures := []string{"github.com/auhl/auhl-go/procedures/admission", "github.com/auhl/auhl-go/procedures/language",
		"github.com/auhl/auhl-go/procedures/internal/contract", "github.com/auhl/auhl-go/procedures/internal/enum"}
	var registered []string
	codes := map[string]int{} // the linked message codes, by prefix of two parts
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		parts := strings.Split(line, "|")
		require.Len(t, parts, 3, line)
		if !strings.HasPrefix(parts[0], "github.com/auhl/auhl-go/") {
			continue
		}
		if strings.HasPrefix(parts[0], "github.com/auhl/auhl-go/procedures") {
			assert.Contains(t, procedures, parts[0], "the module links %s and its messages", parts[0])
		}
		for _, f := range strings.Split(parts[2], ",") {
			src, err := os.ReadFile(filepath.Join(parts[1], f))
			require.NoError(t, err)
			for _, m := range register.FindAllSubmatch(src, -1) {
				registered = append(registered, string(m[1]))
			}
		}
		// The message files a linked package holds as Go strings
		// (messages_gen.go, held equal to them by internal/gen's tests).
		if !slices.Contains(strings.Split(parts[2], ","), "messages_gen.go") {
			continue
		}
		files, err := filepath.Glob(filepath.Join(parts[1], "messages.json"))
		require.NoError(t, err)
		own, err := filepath.Glob(filepath.Join(parts[1], "messages", "*.json"))
		require.NoError(t, err)
		for _, f := range append(files, own...) {
			for _, c := range messageCodes(t, f) {
				codes[prefix(c)]++
			}
		}
	}
	slices.Sort(registered)
	// The catalogue's texts (its unverified facts), the rules' (a rules
	// file the advisor reads), the advisor's and its questions', and the
	// admission decision's with the language requirements it gives.
	allowed := []string{"admission", "catalog", "interview", "language", "rules", "studychoice"}
	for _, r := range registered {
		assert.Contains(t, allowed, r, "the module links the messages of %s, which it never renders", r)
	}
	assert.Contains(t, registered, "catalog", "the check sees the registrations")
	// Code by code: of the procedures, only the codes of the admission
	// decision and of the language requirements it gives are linked.
	require.Positive(t, codes["procedures.admission"], "the check sees the linked codes")
	for p, n := range codes {
		if strings.HasPrefix(p, "procedures.") {
			assert.Contains(t, []string{"procedures.admission", "procedures.language"}, p, "the module links %d message codes %s.*, which it never renders", n, p)
		}
	}
	t.Logf("linked message codes by prefix: %v", codes)
}

// messageCodes lists the codes of a message file.
func messageCodes(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var f struct {
		Messages []struct {
			Code string `json:"code"`
		} `json:"messages"`
	}
	require.NoError(t, json.Unmarshal(data, &f), path)
	out := make([]string, 0, len(f.Messages))
	for _, m := range f.Messages {
		out = append(out, m.Code)
	}
	return out
}

// prefix is the first two dot-separated parts of a code:
// "procedures.admission" of "procedures.admission.exam.failed".
func prefix(code string) string {
	parts := strings.SplitN(code, ".", 3)
	if len(parts) < 2 {
		return code
	}
	return parts[0] + "." + parts[1]
}
