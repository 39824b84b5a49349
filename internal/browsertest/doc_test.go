package browsertest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAxeFindsAViolation checks the harness on a page with a serious
// violation (an image without a text alternative) and a clean one.
func TestAxeFindsAViolation(t *testing.T) {
	b := New(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.html")
	require.NoError(t, os.WriteFile(bad, []byte(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>`), 0o644))
	b.Open("file://" + bad)
	got := b.Axe()
	require.NotEmpty(t, got)
	assert.Equal(t, "image-alt", got[0].ID)
	good := filepath.Join(dir, "good.html")
	require.NoError(t, os.WriteFile(good, []byte(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1><p>fine</p></main></body></html>`), 0o644))
	b.Open("file://" + good)
	assert.Empty(t, b.Axe())
}
