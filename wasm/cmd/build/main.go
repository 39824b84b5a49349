// Command build writes the folder that embeds the study-choice widget on a
// web page: auhl-advisor.js, the advisor compiled to WebAssembly (raw and
// gzip -9 and brotli) and Go's wasm_exec.js, the last two under versioned
// names, each file of the browser compressed beside it.
//
//	go run ./wasm/cmd/build                  # into dist/auhl
//	go run ./wasm/cmd/build -o /srv/www/auhl -lang en
//
// It prints each file with its size. Serve the folder as it is: the
// versioned files may be cached for ever, auhl-advisor.js must be
// revalidated, and .wasm must be served as application/wasm (the .br file
// to clients that accept brotli, else the .gz file to those that accept
// gzip). Without -lang, the language follows the
// environment (LC_ALL, LC_MESSAGES, LANG): English for en_*, Dutch
// otherwise.
//
// The exit status is 0 on success, 1 when the build fails and 2 for bad
// flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/i18n/negotiate"
	"github.com/auhl/auhl-go/internal/cli"
	"github.com/auhl/auhl-go/wasm/build"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// buildWidget builds the widget; tests replace it.
var buildWidget = build.Build

// defaultDir is the output folder without -o.
const defaultDir = "dist/auhl"

// options are the command's flags, checked.
type options struct {
	dir  string
	lang auhl.Lang
}

// run is the whole command, testable: it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	opts, err := parseFlags(args, stderr, negotiate.FromLocale(getenv))
	switch {
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, cli.ErrUsage):
		return 2 // package flag has said what is wrong, with the usage
	case err != nil:
		for _, line := range i18n.Errors(opts.lang, err) {
			fmt.Fprintln(stderr, line)
		}
		return 2
	}
	lang := opts.lang
	fmt.Fprintf(stdout, ui.Building.In(lang)+"\n", opts.dir)
	start := time.Now()
	res, err := buildWidget(ctx, build.Options{Dir: opts.dir})
	if err != nil {
		fmt.Fprintln(stderr, ui.Failed.In(lang))
		fmt.Fprintln(stderr, err)
		if errors.Is(err, build.ErrNoModule) {
			fmt.Fprintln(stderr, ui.NoModule.In(lang))
		}
		return 1
	}
	fmt.Fprintf(stdout, ui.Built.In(lang)+"\n", res.GoVersion, cli.Seconds(lang, time.Since(start)))
	writeFiles(stdout, lang, res)
	return 0
}

func parseFlags(args []string, stderr io.Writer, lang auhl.Lang) (options, error) {
	// The usage speaks the language of -lang, when it comes with -h.
	fs, lang := cli.NewFlagSet("build", stderr, args, lang)
	var o options
	fs.StringVar(&o.dir, "o", defaultDir, ui.FlagOut.In(lang))
	fs.String("lang", "", ui.FlagLang.In(lang))
	lang, ve, err := cli.Parse(fs, args, lang)
	o.lang = lang
	if err != nil {
		return o, err
	}
	if o.dir == "" {
		ve.Add("-o", auhl.CodeRequired, nil)
	}
	o.dir = filepath.Clean(o.dir)
	return o, ve.Err()
}

// writeFiles lists the files of res, one a line, with their sizes.
func writeFiles(w io.Writer, lang auhl.Lang, res build.Result) {
	// Names to the left, sizes to the right.
	var rows [][3]string
	var width [3]int
	for _, f := range res.Files() {
		row := [3]string{filepath.Join(res.Dir, f.Name), bytesText(lang, f.Size), cli.Size(lang, f.Size)}
		for i, cell := range row {
			width[i] = max(width[i], utf8.RuneCountInString(cell))
		}
		rows = append(rows, row)
	}
	for _, row := range rows {
		fmt.Fprintf(w, "%-*s  %*s  %*s\n", width[0], row[0], width[1], row[1], width[2], row[2])
	}
	fmt.Fprintf(w, ui.Summary.In(lang)+"\n", cli.Size(lang, res.Wasm.Size), cli.Size(lang, res.WasmGzip.Size), cli.Size(lang, res.WasmBrotli.Size))
}

// bytesText is n bytes with the thousands separator of lang.
func bytesText(lang auhl.Lang, n int64) string {
	return group(lang, n) + " bytes"
}

// group writes n with thousands separators: 4.012.345 in Dutch, 4,012,345
// in English.
func group(lang auhl.Lang, n int64) string {
	sep := "."
	if lang == auhl.English {
		sep = ","
	}
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
