package auhl

import "slices"

// Lang is a language the SDK speaks: Dutch (the default) or English. Its JSON
// encoding is the ISO 639-1 code ("nl", "en"). It is also used for a
// programme's language of instruction.
type Lang string

// The supported languages.
const (
	// Dutch is the default language of the SDK.
	Dutch Lang = "nl"
	// English is the second language of the SDK.
	English Lang = "en"
)

var langs = []Lang{Dutch, English}

// Langs returns the supported languages, Dutch first.
func Langs() []Lang { return []Lang{Dutch, English} }

// Enum lists every valid Lang, Dutch first.
func (Lang) Enum() []string { return Strings(langs) }

// Valid reports whether l is a supported language.
func (l Lang) Valid() bool { return slices.Contains(langs, l) }

// UnmarshalText accepts only a supported language.
func (l *Lang) UnmarshalText(b []byte) error {
	v := Lang(b)
	if !v.Valid() {
		return invalidEnum("lang", string(b), v.Enum())
	}
	*l = v
	return nil
}

// Text is a string in Dutch and English. Its JSON encoding is
// {"nl": "...", "en": "..."}.
type Text struct {
	// NL is the Dutch text.
	NL string `json:"nl"`
	// EN is the English text.
	EN string `json:"en"`
}

// In returns the text in language l. Where that language is empty it returns
// the other one, so that a reader always sees something; Complete tells
// whether both are present.
func (t Text) In(l Lang) string {
	if l == English {
		if t.EN != "" {
			return t.EN
		}
		return t.NL
	}
	if t.NL != "" {
		return t.NL
	}
	return t.EN
}

// Complete reports whether the text is present in both languages.
func (t Text) Complete() bool { return t.NL != "" && t.EN != "" }

// IsZero reports whether the text is empty in both languages.
func (t Text) IsZero() bool { return t.NL == "" && t.EN == "" }
