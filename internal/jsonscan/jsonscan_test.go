package jsonscan

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSkip(t *testing.T) {
	tests := []struct {
		in   string
		want int // the position after the first value
	}{
		{`1,2`, 1},
		{`-1.5e+3 ]`, 7},
		{`true}`, 4},
		{`"a\"b",`, 6},
		{`{"a":[1,{"b":"]"}]} x`, 19},
		{`[[[]]]`, 6},
		{`"open`, 5},
		{`[1,2`, 4},
		{`[X]`, 3},
		{`X`, 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Skip([]byte(tt.in), 0), tt.in)
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		in      string
		raw     string
		escaped bool
		end     int
	}{
		{`"abc" `, "abc", false, 5},
		{`"a\"c"`, `a\"c`, true, 6},
		{`"a\\"x`, `a\\`, true, 5},
		{`"open`, "open", false, 5},
	}
	for _, tt := range tests {
		raw, escaped, end := String([]byte(tt.in), 0)
		assert.Equal(t, tt.raw, string(raw), tt.in)
		assert.Equal(t, tt.escaped, escaped, tt.in)
		assert.Equal(t, tt.end, end, tt.in)
	}
}

func TestSpaceAndScalar(t *testing.T) {
	assert.Equal(t, 3, Space([]byte(" \t\n1"), 0))
	assert.Equal(t, 2, Space([]byte("  "), 0))
	assert.Equal(t, 4, Scalar([]byte("null,"), 0))
	assert.Equal(t, 0, Scalar([]byte(`"x"`), 0))
}

func FuzzSkip(f *testing.F) {
	for _, s := range []string{`{"a":[1,"b"]}`, `"\"`, `[`, `tru`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for pos := 0; pos <= len(data); pos++ {
			end := Skip(data, pos)
			if end < pos || end > len(data) {
				t.Fatalf("Skip(%q, %d) = %d", data, pos, end)
			}
		}
	})
}
