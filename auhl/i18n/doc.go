// Package i18n is the one place where auhl-go speaks to people: it knows
// the two languages (Dutch, the default, and English), negotiates between
// them from an Accept-Language header, a browser's language list or a page's
// lang attribute, and renders the stable codes of findings and problems as
// sentences, with the plural forms and number formats of each language.
//
// The messages are data: each package that reports codes owns a JSON file
// of their Dutch and English texts, embeds it, and registers it with
// Register from an init function, so that a program links the texts of the
// packages it imports and no others (the WebAssembly widget links no
// procedures texts); this package embeds those of package auhl and its
// own, under messages/. The files are compiled on first use. A file is
// {"package": "catalog", "messages": [{"code": ..., "nl": ..., "en": ...}]}. A message refers to the parameters of its
// finding by name, as in "{credits} studiepunten"; a placeholder may carry a
// format, as in "{deadline:date}", or "{rule:label}" for a parameter that
// holds the code of another message (the label of a rule of auhl/rules),
// shown as that message; a message that depends on a number picks
// its plural form with {"plural": "count", "one": "...", "other": "..."}.
// CheckPackage, which each package's tests call with its Codes, fails when
// a code lacks a Dutch or an English message, when a message has no code,
// and when a message uses a parameter its code does not carry.
package i18n
