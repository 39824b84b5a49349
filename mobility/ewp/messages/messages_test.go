package messages

import (
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/mobility/ewp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMessages holds the codes of package ewp and this message file in
// step: every code has a Dutch and an English text that uses only its
// parameters, and every text has a code.
func TestMessages(t *testing.T) {
	assert.NoError(t, i18n.CheckPackage("ewp", ewp.Codes()))
}

// The codes of package auhl that ewp reports have texts there.
func TestBorrowedCodes(t *testing.T) {
	have := map[string]bool{}
	for _, c := range auhl.Codes() {
		have[c.Code] = true
	}
	for _, c := range []string{auhl.CodeRequired, auhl.CodeEnum, auhl.CodeNumberRange} {
		require.True(t, have[c], c)
	}
}
