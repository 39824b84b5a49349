// Package term holds what the example commands need to write for a
// terminal: text made safe for one line, errors rendered for people, and
// input files read within a limit.
package term

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/internal/cli"
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

// ReadFile reads at most limit bytes of the file name.
func ReadFile(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return auhl.ReadLimited(f, limit)
}

// The texts of Failed for a file that cannot be opened or read.
var (
	CannotOpen = auhl.Text{NL: "Kan het bestand niet openen:", EN: "Cannot open the file:"}
	CannotRead = auhl.Text{NL: "Kan het bestand niet lezen:", EN: "Cannot read the file:"}
)

// Failed reports input that could not be used, on w in lang, and returns
// the exit status 1: what is wrong with an invalid input, problem by
// problem, under heading; or that the file name ("" for standard input)
// could not be opened or read.
func Failed(w io.Writer, lang auhl.Lang, heading auhl.Text, name string, err error) int {
	name = OneLine(name)
	switch {
	case errors.Is(err, auhl.ErrInvalid):
		fmt.Fprintln(w, heading.In(lang))
		PrintErrors(w, lang, err)
	case errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrPermission):
		fmt.Fprintln(w, CannotOpen.In(lang), name)
	default:
		fmt.Fprintln(w, CannotRead.In(lang), name)
	}
	return 1
}

// FlagStatus turns what parsing a command's flags returned into an exit
// status: stop with 0 after -h (package flag wrote the usage), stop with 2
// for bad flags (package flag said what is wrong, or the problems are
// written to w in lang), and go on when err is nil.
func FlagStatus(w io.Writer, lang auhl.Lang, err error) (status int, stop bool) {
	switch {
	case err == nil:
		return 0, false
	case errors.Is(err, flag.ErrHelp):
		return 0, true
	case !errors.Is(err, cli.ErrUsage):
		PrintErrors(w, lang, err)
	}
	return 2, true
}

// WriteJSON writes v to w as indented JSON, with <, > and & as they are.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
