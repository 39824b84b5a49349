// Package term holds what the example commands need to write for a
// terminal: text made safe for one line, and errors rendered for people.
package term

import (
	"fmt"
	"io"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
)

// OneLine keeps a string from catalogue data, a profile or a message from
// breaking the output: control characters (a tab, a newline, an escape
// sequence) become spaces.
func OneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return ' '
		}
		return r
	}, s)
}

// PrintErrors writes err for people in language lang, one line per
// problem (see i18n.Errors).
func PrintErrors(w io.Writer, lang auhl.Lang, err error) {
	for _, line := range i18n.Errors(lang, err) {
		fmt.Fprintln(w, OneLine(line))
	}
}
