package embedded

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDecode(t *testing.T) {
	type doc struct {
		Name string `json:"name"`
		N    int    `json:"n"`
	}
	tooBig := errors.New("n is too big")
	tests := []struct {
		name, data string
		want       error // nil: fine; else errors.Is, or any error when errAny
		errAny     bool
	}{
		{"fine", `{"name": "a", "n": 2}`, nil, false},
		{"a byte-order mark", "\xef\xbb\xbf{\"n\": 1}", nil, false},
		{"an unknown field", `{"name": "a", "x": 1}`, nil, true},
		{"a wrong type", `{"n": "2"}`, nil, true},
		{"trailing data", `{"n": 1} {"n": 2}`, ErrTrailing, false},
		{"not JSON", `{`, nil, true},
		{"the check fails", `{"n": 4}`, tooBig, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			err := Decode([]byte(tt.data), &d, func() error {
				if d.N > 3 {
					return tooBig
				}
				return nil
			})
			switch {
			case tt.errAny:
				assert.Error(t, err)
			case tt.want != nil:
				assert.ErrorIs(t, err, tt.want)
			default:
				assert.NoError(t, err)
			}
		})
	}
	var d doc
	assert.NoError(t, Decode([]byte(`{"n": 9}`), &d, nil), "no check")
	assert.Equal(t, 9, d.N)
}
