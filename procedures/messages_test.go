package procedures

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/auhl/auhl-go/auhl/i18n"
)

// TestMessages holds this package's codes and its message file in step:
// every code has a Dutch and an English text that uses only its
// parameters, and every text has a code.
func TestMessages(t *testing.T) {
	assert.NoError(t, i18n.CheckPackage("procedures", Codes()))
}
