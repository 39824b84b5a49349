package embedded

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/auhl/auhl-go/auhl"
)

func TestFromText(t *testing.T) {
	assert.Equal(t, "2025-2026", FromText[auhl.AcademicYear]("2025-2026").String())
	assert.Panics(t, func() { FromText[auhl.AcademicYear]("2025-2027") })
}
