package term

import (
	"bytes"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/stretchr/testify/assert"
)

func TestOneLine(t *testing.T) {
	assert.Equal(t, "a b c  d", OneLine("a\tb\nc\x1b\u0085d"))
	assert.Equal(t, "é ok", OneLine("é ok"))
}

func TestPrintErrors(t *testing.T) {
	_, err := auhl.ParseAcademicYear("2025\n2026")
	var b bytes.Buffer
	PrintErrors(&b, auhl.English, err)
	assert.Equal(t, "“2025 2026” is not an academic year; write it as 2025-2026.\n", b.String())
}

func TestFailedTextsInBothLanguages(t *testing.T) {
	for _, text := range []auhl.Text{CannotOpen, CannotRead} {
		assert.True(t, text.Complete(), text.EN)
	}
}
