package interview

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEscape: a version is written with "%", "&" and "=" as %XX, and read
// back as the strings.Replacer pair that escape and unescape replace
// would: any other "%" sequence is kept.
func TestEscape(t *testing.T) {
	for _, c := range []struct{ in, esc string }{
		{"", ""},
		{"2025.1", "2025.1"},
		{"a&b=c%d", "a%26b%3Dc%25d"},
		{"%26", "%2526"},
		{"%", "%25"},
	} {
		assert.Equal(t, c.esc, escape(c.in), c.in)
		assert.Equal(t, c.in, unescape(c.esc), c.esc)
	}
	for _, s := range []string{"%", "%2", "%25", "%2526", "%3d", "%3D%", "a%zz", "%%26", "%2%26"} {
		assert.Equal(t, replacerUnescape(s), unescape(s), s)
	}
}

// replacerUnescape is unescape as strings.Replacer does it: the reference.
func replacerUnescape(s string) string {
	return strings.NewReplacer("%26", "&", "%3D", "=", "%25", "%").Replace(s)
}

// FuzzEscape: unescape undoes escape, and reads any text as the reference
// does.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"", "a&b=c%d", "%2526", "%3", "%%3D"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		assert.Equal(t, s, unescape(escape(s)))
		assert.Equal(t, replacerUnescape(s), unescape(s))
	})
}
