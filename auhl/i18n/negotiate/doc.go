// Package negotiate picks the supported language (Dutch or English) that
// best fits what a reader asks for: an HTTP Accept-Language header, a list
// of BCP 47 tags (a page's lang attribute, a browser's navigator.languages)
// or the POSIX locale of a terminal. It matches with golang.org/x/text's
// language matcher, so that nl-BE and nl-NL give Dutch and en-GB and en-US
// English; anything else gives Dutch, the default.
//
// It is a package of its own so that code that only renders messages (the
// WebAssembly widget) does not link the matcher's tables.
package negotiate
