package combination

import (
	"testing"

	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/stretchr/testify/assert"
)

// TestMessages holds this package's codes and its message file in step.
func TestMessages(t *testing.T) {
	assert.NoError(t, i18n.CheckPackage("combination", Codes()))
}
