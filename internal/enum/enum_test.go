package enum

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
)

type colour string

var colours = []colour{"red", "green"}

// TestUnmarshal: a known value is set, any other is refused with the
// allowed values and leaves the target as it was.
func TestUnmarshal(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want colour
		ok   bool
	}{
		{"known", "green", "green", true},
		{"unknown", "blue", "red", false},
		{"empty", "", "red", false},
		{"case matters", "Green", "red", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := colour("red")
			err := Unmarshal(&got, []byte(tt.in), colours)
			assert.Equal(t, tt.want, got)
			if tt.ok {
				assert.NoError(t, err)
				return
			}
			require.True(t, errors.Is(err, auhl.ErrInvalid))
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			require.Len(t, ve.Problems, 1)
			assert.Equal(t, auhl.CodeEnum, ve.Problems[0].Code)
			assert.Equal(t, "red, green", ve.Problems[0].Params["allowed"].String())
		})
	}
}
