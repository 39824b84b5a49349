package report

import (
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/stretchr/testify/assert"
)

// TestTextInBothLanguages proves what text's doc comment promises: every
// text in Dutch and in English, the formats with the same verbs in the
// same order.
func TestTextInBothLanguages(t *testing.T) {
	verbs := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)
	v := reflect.ValueOf(text)
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		t.Run(name, func(t *testing.T) {
			s := v.Field(i).Interface().(auhl.Text)
			assert.True(t, s.Complete())
			assert.Equal(t, verbs.FindAllString(s.NL, -1), verbs.FindAllString(s.EN, -1), "the format verbs")
		})
	}
}

// TestFillIsSprintf holds fill, which stands in for fmt.Sprintf, equal to
// it for every text: %s with a string, %d with a whole number, %%.
func TestFillIsSprintf(t *testing.T) {
	verbs := regexp.MustCompile(`%[sd%]`)
	v := reflect.ValueOf(text)
	for i := range v.NumField() {
		s := v.Field(i).Interface().(auhl.Text)
		for _, format := range []string{s.NL, s.EN} {
			var args []any
			var strs []string
			for j, verb := range verbs.FindAllString(format, -1) {
				switch verb {
				case "%s":
					args = append(args, "waarde "+strconv.Itoa(j)+" <&>")
					strs = append(strs, "waarde "+strconv.Itoa(j)+" <&>")
				case "%d":
					args = append(args, -42+j)
					strs = append(strs, strconv.Itoa(-42+j))
				}
			}
			assert.Equal(t, fmt.Sprintf(format, args...), fill(format, strs...), format)
		}
	}
	for _, tt := range []struct{ format, want string }{
		{"100%", "100%"}, {"%x", "%x"}, {"%s %s", "a "}, {"", ""},
	} {
		assert.Equal(t, tt.want, fill(tt.format, "a"), tt.format)
	}
}
