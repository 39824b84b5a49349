// Package term holds what the example commands need to write for a
// terminal: text made safe for one line, errors rendered for people, and
// input files read within a limit, whose failures name the file.
package term

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/internal/cli"
)

// OneLine keeps a string from catalogue data, a profile, a file name or a
// message from breaking the output or disguising it: control characters (a
// tab, a newline, an escape sequence) and the line and paragraph
// separators become spaces, and the bidirectional controls (see IsBidi),
// which reorder what a terminal shows, are removed.
func OneLine(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0, r == '\u2028', r == '\u2029':
			return ' '
		case IsBidi(r):
			return -1
		}
		return r
	}, s)
}

// IsBidi reports whether r is one of Unicode's bidirectional formatting
// characters: the Arabic letter mark U+061C, the marks U+200E and U+200F,
// the embeddings and overrides U+202A to U+202E, and the isolates U+2066
// to U+2069. In a file name or a catalogue string, they can make a
// terminal show text in another order than it is (a "Trojan Source").
func IsBidi(r rune) bool {
	switch {
	case r == '\u061c', r == '\u200e', r == '\u200f':
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// PrintErrors writes err for people in language lang, one line per
// problem listed, then a line that counts the ones left out, if any (see
// i18n.Errors).
func PrintErrors(w io.Writer, lang auhl.Lang, err error) {
	for _, line := range i18n.Errors(lang, err) {
		fmt.Fprintln(w, OneLine(line))
	}
}

// ErrIsDir is the error of ReadFile for a name that is a directory.
var ErrIsDir = errors.New("is a directory")

// ReadFile reads the file name, which must not be longer than limit bytes.
// Its errors are those of os.Open (errors.Is matches os.ErrNotExist and
// os.ErrPermission), one matching ErrIsDir when name is a directory, one
// matching auhl.ErrInvalid (a problem with code auhl.CodeJSONTooLarge)
// when the file is too large, and a read error. Failed reports each for
// people, with the name.
func ReadFile(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: ErrIsDir}
	}
	return auhl.ReadLimited(f, limit)
}

// ReadCatalogue reads and loads the catalogue file name (see
// catalog.Load), with ReadFile's errors.
func ReadCatalogue(name string) (*catalog.Catalog, error) {
	data, err := ReadFile(name, catalog.MaxSize)
	if err != nil {
		return nil, err
	}
	return catalog.Load(bytes.NewReader(data))
}

// The texts of Failed, each a format whose %s is the input (see Input).
var (
	// NotFound: the file does not exist.
	NotFound = auhl.Text{NL: "Het bestand %s bestaat niet.", EN: "The file %s does not exist."}
	// NoPermission: the file may not be read.
	NoPermission = auhl.Text{NL: "Je hebt geen toestemming om %s te lezen.", EN: "You have no permission to read %s."}
	// IsDir: a directory was given as a file.
	IsDir = auhl.Text{NL: "Kan %s niet lezen: het is een map, geen bestand.", EN: "Cannot read %s: it is a directory, not a file."}
	// CannotOpen: the file cannot be opened for another reason.
	CannotOpen = auhl.Text{NL: "Kan %s niet openen.", EN: "Cannot open %s."}
	// CannotRead: reading the input failed.
	CannotRead = auhl.Text{NL: "Kan %s niet lezen.", EN: "Cannot read %s."}
	// StandardInput is the input of a command that reads no file.
	StandardInput = auhl.Text{NL: "de standaardinvoer", EN: "standard input"}
)

// Input names an input for people, in lang, cleaned with OneLine: the file
// name between quotes, or standard input for "".
func Input(lang auhl.Lang, name string) string {
	if name == "" {
		return StandardInput.In(lang)
	}
	return "“" + OneLine(name) + "”"
}

// Named formats text, in lang, with the input name (see Input) for its %s.
func Named(lang auhl.Lang, text auhl.Text, name string) string {
	return fmt.Sprintf(text.In(lang), Input(lang, name))
}

// Failed reports input that could not be used, on w in lang, and returns
// the exit status 1. For an invalid input (auhl.ErrInvalid, which a file
// too large is too), it writes heading, a format whose %s is the input
// (see Input), then the problems, one a line; for a file that does not
// exist, may not be read, is a directory or cannot be opened or read, one
// line that says so and names the file name ("" for standard input). Any
// other error is written as i18n.Errors renders it.
func Failed(w io.Writer, lang auhl.Lang, heading auhl.Text, name string, err error) int {
	var (
		text auhl.Text
		pe   *fs.PathError
	)
	switch {
	case errors.Is(err, auhl.ErrInvalid):
		fmt.Fprintln(w, Named(lang, heading, name))
		PrintErrors(w, lang, err)
		return 1
	case errors.Is(err, os.ErrNotExist):
		text = NotFound
	case errors.Is(err, os.ErrPermission):
		text = NoPermission
	case errors.Is(err, ErrIsDir):
		text = IsDir
	case errors.As(err, &pe) && pe.Op == "open":
		text = CannotOpen
	case errors.As(err, &pe):
		text = CannotRead
	default:
		PrintErrors(w, lang, err)
		return 1
	}
	fmt.Fprintln(w, Named(lang, text, name))
	return 1
}

// Rejected is Failed for a command that treats invalid input as a usage
// error: it returns the exit status 2 when err matches auhl.ErrInvalid,
// else 1.
func Rejected(w io.Writer, lang auhl.Lang, heading auhl.Text, name string, err error) int {
	status := Failed(w, lang, heading, name, err)
	if errors.Is(err, auhl.ErrInvalid) {
		status = 2
	}
	return status
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
