package negotiate

import (
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/stretchr/testify/assert"
)

func TestAcceptLanguage(t *testing.T) {
	tests := []struct {
		header string
		want   auhl.Lang
	}{
		{"", auhl.Dutch},
		{"nl-BE,nl;q=0.9,en;q=0.8", auhl.Dutch},
		{"nl-BE,en;q=0.9,nl;q=0.8", auhl.Dutch},
		{"nl-NL", auhl.Dutch},
		{"en-GB,en;q=0.9,nl;q=0.8", auhl.English},
		{"en-US", auhl.English},
		{"fr-BE,fr;q=0.9", auhl.Dutch},
		{"fr-BE,en;q=0.5", auhl.English},
		{"de;q=0.9,en;q=0.1", auhl.English},
		{"nl;q=0.2,en;q=0.9", auhl.English},
		{"*", auhl.Dutch},
		{";;;garbage===", auhl.Dutch},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			assert.Equal(t, tt.want, AcceptLanguage(tt.header))
		})
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name string
		tags []string
		want auhl.Lang
	}{
		{"none", nil, auhl.Dutch},
		{"Flemish", []string{"nl-BE"}, auhl.Dutch},
		{"British", []string{"en-GB"}, auhl.English},
		{"browser list", []string{"en-US", "en", "nl"}, auhl.English},
		{"Flemish browser", []string{"nl-BE", "en", "nl"}, auhl.Dutch},
		{"Flemish browser with American English", []string{"nl-BE", "en-US"}, auhl.Dutch},
		{"British browser with Flemish", []string{"en-GB", "nl-BE", "nl"}, auhl.English},
		{"Frisian, then English", []string{"fy", "en"}, auhl.English},
		{"Frisian only", []string{"fy"}, auhl.Dutch},
		{"Welsh only", []string{"cy"}, auhl.English},
		{"unsupported first", []string{"fr-BE", "nl-BE"}, auhl.Dutch},
		{"unsupported then English", []string{"de-DE", "en"}, auhl.English},
		{"only unsupported", []string{"fr", "de"}, auhl.Dutch},
		{"malformed", []string{"@@", ""}, auhl.Dutch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Match(tt.tags...))
		})
	}
}

func FuzzAcceptLanguage(f *testing.F) {
	for _, s := range []string{"", "nl-BE,nl;q=0.9", "en-GB;q=0.8", "*;q=0", "x-klingon", "nl;q=1.5,,en"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		assert.True(t, AcceptLanguage(s).Valid())
		assert.True(t, Match(s, s).Valid())
	})
}

func TestFromLocale(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want auhl.Lang
	}{
		{nil, auhl.Dutch},
		{map[string]string{"LANG": "en_GB.UTF-8"}, auhl.English},
		{map[string]string{"LANG": "nl_BE.UTF-8"}, auhl.Dutch},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_ALL": "nl_NL"}, auhl.Dutch},
		{map[string]string{"LC_ALL": "C", "LANG": "en_IE@euro"}, auhl.English},
		{map[string]string{"LC_MESSAGES": "fr_BE.UTF-8"}, auhl.Dutch},
		{map[string]string{"LANG": "POSIX"}, auhl.Dutch},
	}
	for _, tt := range tests {
		got := FromLocale(func(k string) string { return tt.env[k] })
		assert.Equal(t, tt.want, got, "%v", tt.env)
	}
}
