package catalog

import (
	"testing"

	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/stretchr/testify/assert"
)

// TestMessages holds this package's codes and its message file in step:
// every code has a Dutch and an English text that uses only its
// parameters, and every text has a code.
func TestMessages(t *testing.T) {
	assert.NoError(t, i18n.CheckPackage("catalog", Codes()))
}
