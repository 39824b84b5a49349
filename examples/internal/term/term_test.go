package term

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/internal/cli"
)

// bidiControls are every bidirectional formatting character.
var bidiControls = []rune{'\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'}

func TestOneLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"control characters", "a\tb\nc\x1b\u0085d", "a b c  d"},
		{"delete", "a\x7fb", "a b"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a b c"},
		{"letters and punctuation", "é ok – “x”", "é ok – “x”"},
		{"right-to-left override", "invoice\u202Efdp.exe", "invoicefdp.exe"},
		{"isolates around a name", "\u2067evil\u2069.json", "evil.json"},
		{"marks", "a\u200eb\u200fc\u061cd", "abcd"},
		{"Arabic and Hebrew letters stay", "مرحبا שלום", "مرحبا שלום"},
		{"zero-width joiner stays", "👩\u200d💻", "👩\u200d💻"},
		{"invalid UTF-8", "a\xffb", "a\ufffdb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, OneLine(tt.in))
		})
	}
	for _, r := range bidiControls {
		t.Run(fmt.Sprintf("U+%04X", r), func(t *testing.T) {
			assert.True(t, IsBidi(r))
			assert.Equal(t, "ab", OneLine("a"+string(r)+"b"))
		})
	}
	for _, r := range []rune{'a', '\u200d', '\u2029', '\u2065', '\u206a', '\u2029', '\u202f', '\u061b', '\u200d'} {
		assert.False(t, IsBidi(r), "U+%04X", r)
	}
}

// FuzzOneLine checks that what OneLine returns holds no character that
// breaks a line or reorders it.
func FuzzOneLine(f *testing.F) {
	f.Add("a\tb\nc\x1b[31m")
	f.Add("\u202etxt.exe\u2066\u2069")
	f.Add("a\xffb\u2028")
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range OneLine(s) {
			if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r == '\u2028' || r == '\u2029' || IsBidi(r) {
				t.Fatalf("OneLine(%q) keeps U+%04X", s, r)
			}
		}
	})
}

func TestPrintErrors(t *testing.T) {
	_, err := auhl.ParseAcademicYear("2025\n2026")
	var b bytes.Buffer
	PrintErrors(&b, auhl.English, err)
	assert.Equal(t, "“2025 2026” is not an academic year; write it as 2025-2026.\n", b.String())
}

func TestFailedTextsInBothLanguages(t *testing.T) {
	for _, text := range []auhl.Text{NotFound, NoPermission, IsDir, CannotOpen, CannotRead} {
		assert.True(t, text.Complete(), text.EN)
		assert.Equal(t, 1, strings.Count(text.NL, "%s"), text.NL)
		assert.Equal(t, 1, strings.Count(text.EN, "%s"), text.EN)
	}
	assert.True(t, StandardInput.Complete())
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.json")
	require.NoError(t, os.WriteFile(small, []byte(`{}`), 0o600))
	large := filepath.Join(dir, "large.json")
	require.NoError(t, os.WriteFile(large, bytes.Repeat([]byte(" "), 1001), 0o600))
	tests := []struct {
		name string
		file string
		want string
		is   error
	}{
		{"a file", small, "{}", nil},
		{"missing", filepath.Join(dir, "nope.json"), "", os.ErrNotExist},
		{"a directory", dir, "", ErrIsDir},
		{"too large", large, "", auhl.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := ReadFile(tt.file, 1000)
			if tt.is == nil {
				require.NoError(t, err)
				assert.Equal(t, tt.want, string(data))
				return
			}
			assert.ErrorIs(t, err, tt.is)
			assert.Nil(t, data)
		})
	}
}

// TestFailed: every way a file can fail is said in both languages, with
// the file's name, cleaned for the terminal.
func TestFailed(t *testing.T) {
	dir := t.TempDir()
	readErr := func(name string, err error) error {
		_, got := ReadFile(name, 1000)
		require.ErrorIs(t, got, err)
		return got
	}
	tooLarge := filepath.Join(dir, "large.json")
	require.NoError(t, os.WriteFile(tooLarge, bytes.Repeat([]byte(" "), 1001), 0o600))
	heading := auhl.Text{NL: "De regels uit %s kloppen niet:", EN: "The rules from %s are not valid:"}
	missing := filepath.Join(dir, "nope.json")
	tests := []struct {
		name, file string
		err        error
		nl, en     string
	}{
		{"missing", missing, readErr(missing, os.ErrNotExist),
			"Het bestand “" + missing + "” bestaat niet.\n", "The file “" + missing + "” does not exist.\n"},
		{"no permission", "secret.json", &fs.PathError{Op: "open", Path: "secret.json", Err: fs.ErrPermission},
			"Je hebt geen toestemming om “secret.json” te lezen.\n", "You have no permission to read “secret.json”.\n"},
		{"a directory", dir, readErr(dir, ErrIsDir),
			"Kan “" + dir + "” niet lezen: het is een map, geen bestand.\n", "Cannot read “" + dir + "”: it is a directory, not a file.\n"},
		{"cannot open", "loop", &fs.PathError{Op: "open", Path: "loop", Err: errors.New("too many levels of symbolic links")},
			"Kan “loop” niet openen.\n", "Cannot open “loop”.\n"},
		{"cannot read", "disk.json", &fs.PathError{Op: "read", Path: "disk.json", Err: errors.New("input/output error")},
			"Kan “disk.json” niet lezen.\n", "Cannot read “disk.json”.\n"},
		{"standard input cannot be read", "", &fs.PathError{Op: "read", Path: "/dev/stdin", Err: errors.New("input/output error")},
			"Kan de standaardinvoer niet lezen.\n", "Cannot read standard input.\n"},
		{"too large", tooLarge, readErr(tooLarge, auhl.ErrInvalid),
			"De regels uit “" + tooLarge + "” kloppen niet:\nDe invoer is te groot: hoogstens 1.000 bytes.\n",
			"The rules from “" + tooLarge + "” are not valid:\nThe input is too large: at most 1,000 bytes.\n"},
		{"invalid standard input", "", &auhl.ValidationError{Problems: []auhl.Problem{{Path: "/x", Code: auhl.CodeRequired}}},
			"De regels uit de standaardinvoer kloppen niet:\nDeze waarde is verplicht. (/x)\n",
			"The rules from standard input are not valid:\nThis value is required. (/x)\n"},
		{"a name that reorders the line", "rules\u202enosj.exe\n", &fs.PathError{Op: "open", Path: "x", Err: fs.ErrNotExist},
			"Het bestand “rulesnosj.exe ” bestaat niet.\n", "The file “rulesnosj.exe ” does not exist.\n"},
		{"something else", "x.json", errors.New("boom"),
			i18n.Message(auhl.Dutch, i18n.CodeUnexpected, nil) + "\n", i18n.Message(auhl.English, i18n.CodeUnexpected, nil) + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for lang, want := range map[auhl.Lang]string{auhl.Dutch: tt.nl, auhl.English: tt.en} {
				var b strings.Builder
				assert.Equal(t, 1, Failed(&b, lang, heading, tt.file, tt.err))
				assert.Equal(t, want, b.String(), lang)
			}
		})
	}
}

func TestFlagStatus(t *testing.T) {
	bad := &auhl.ValidationError{Problems: []auhl.Problem{{Path: "-top", Code: auhl.CodeRequired}}}
	tests := []struct {
		name         string
		err          error
		status       int
		stop, prints bool
	}{
		{"no error", nil, 0, false, false},
		{"help", flag.ErrHelp, 0, true, false},
		{"usage already written", cli.ErrUsage, 2, true, false},
		{"problems", bad, 2, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			status, stop := FlagStatus(&b, auhl.English, tt.err)
			assert.Equal(t, tt.status, status)
			assert.Equal(t, tt.stop, stop)
			assert.Equal(t, tt.prints, b.Len() > 0, b.String())
		})
	}
}
