package report

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/auhl/auhl-go/auhl/i18n"
)

// TestMessages holds this package's codes and its message file in step.
func TestMessages(t *testing.T) {
	assert.NoError(t, i18n.CheckPackage("governance/report", Codes()))
}
