package term

import (
	"bytes"
	"flag"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/internal/cli"
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

func TestFlagStatus(t *testing.T) {
	bad := &auhl.ValidationError{Problems: []auhl.Problem{{Path: "-top", Code: auhl.CodeRequired}}}
	tests := []struct {
		name         string
		err          error
		status       int
		stop, prints bool
	}{
		{"no error", nil, 0, false, false},
		{"help", flag.ErrHelp, 0, true, false},
		{"usage already written", cli.ErrUsage, 2, true, false},
		{"problems", bad, 2, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			status, stop := FlagStatus(&b, auhl.English, tt.err)
			assert.Equal(t, tt.status, status)
			assert.Equal(t, tt.stop, stop)
			assert.Equal(t, tt.prints, b.Len() > 0, b.String())
		})
	}
}
