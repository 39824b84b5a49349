package report

import (
	"reflect"
	"regexp"
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
