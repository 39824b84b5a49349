package i18n

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWidgetPackagesStaySmall holds the design's import boundary: the
// packages the WebAssembly widget links never pull in net/http, the HTTP
// client or schema reflection.
func TestWidgetPackagesStaySmall(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	forbidden := []string{"net/http", "github.com/hashicorp/go-retryablehttp", "github.com/invopop/jsonschema"}
	for _, pkg := range []string{"github.com/auhl/auhl-go/auhl", "github.com/auhl/auhl-go/auhl/catalog", "github.com/auhl/auhl-go/auhl/i18n", "github.com/auhl/auhl-go/studychoice"} {
		out, err := exec.Command(goBin, "list", "-deps", pkg).Output()
		require.NoError(t, err)
		deps := strings.Fields(string(out))
		for _, f := range forbidden {
			assert.NotContains(t, deps, f, "%s must not depend on %s", pkg, f)
		}
	}
}
