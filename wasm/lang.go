package wasm

import (
	"strings"

	"github.com/auhl/auhl-go/auhl"
)

// matchLang picks Dutch or English for BCP 47 tags, most preferred first
// (the element's lang, else its ancestors', else navigator.languages), the
// way auhl/i18n/negotiate does with x/text's matcher, without linking the
// matcher's tables into the module: a tag in Dutch or English itself (any
// region or script) decides first, in order; failing that, the first tag
// in a language whose speakers x/text sends to Dutch or English (Frisian,
// Afrikaans; Welsh, Irish, Swahili, …); failing that, Dutch. A test holds
// this equal to negotiate.Match.
func matchLang(tags []string) auhl.Lang {
	primaries := make([]string, 0, len(tags))
	for _, t := range tags {
		t = strings.TrimSpace(t)
		if t == "" || len(t) > 64 {
			continue
		}
		subtags := strings.Split(strings.ReplaceAll(t, "_", "-"), "-")
		if !wellFormed(subtags) {
			continue
		}
		primaries = append(primaries, strings.ToLower(subtags[0]))
	}
	for _, p := range primaries {
		switch p {
		case "nl", "nld", "dut":
			return auhl.Dutch
		case "en", "eng":
			return auhl.English
		}
	}
	for _, p := range primaries {
		if l, ok := closeLanguages[p]; ok {
			return l
		}
	}
	return auhl.Dutch
}

// wellFormed reports whether the subtags can make a language tag: a
// primary language subtag of two or three letters, then subtags of one to
// eight letters or digits.
func wellFormed(subtags []string) bool {
	if n := len(subtags[0]); n < 2 || n > 3 {
		return false
	}
	for i, s := range subtags {
		if len(s) < 1 || len(s) > 8 {
			return false
		}
		for j := 0; j < len(s); j++ {
			c := s[j] | 0x20
			if !(c >= 'a' && c <= 'z' || i > 0 && s[j] >= '0' && s[j] <= '9') {
				return false
			}
		}
	}
	return true
}
