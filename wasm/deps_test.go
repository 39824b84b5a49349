package wasm_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTheModuleStaysSmall holds the design's import boundary: the
// WebAssembly module never links net/http, the HTTP client, schema
// reflection, x/text's tables (the widget matches languages with its own
// table, see matchLang) or net/url.
func TestTheModuleStaysSmall(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	cmd := exec.Command(goBin, "list", "-deps", "github.com/auhl/auhl-go/wasm/cmd/auhl-advisor")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	require.NoError(t, err)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "github.com/auhl/auhl-go/studychoice")
	for _, d := range deps {
		for _, f := range []string{"net/http", "net/url", "github.com/hashicorp/", "github.com/invopop/", "golang.org/x/text/"} {
			assert.False(t, d == f || strings.HasPrefix(d, f), "the module must not link %s (it links %s)", f, d)
		}
	}
}
