// Command demo shows the study-choice widget on two made-up programme
// pages, one dressed like a UHasselt page and one like a Hogeschool PXL
// page, in Dutch and English. It builds the widget first (Go's build cache
// makes a rebuild quick), then serves:
//
//	/                 an index of the demo pages, in Dutch and English
//	/uhasselt/        a page in UHasselt's colours, with the widget (lang="nl")
//	/pxl/             a page in PXL's colours, with the widget (lang="nl")
//	/en/uhasselt/     the same in English
//	/en/pxl/
//	/auhl/            the widget's folder, as wasm/cmd/build writes it
//
// Every response carries a strict Content-Security-Policy (no inline script
// or style; 'wasm-unsafe-eval' for the WebAssembly), so the demo also proves
// that the widget works under one.
//
//	go run ./examples/demo                   # http://127.0.0.1:8080/
//	go run ./examples/demo -addr 127.0.0.1:9000 -lang en
//	go run ./examples/demo -dist /tmp/auhl   # build into and serve this folder
//
// Stop it with Ctrl+C. Without -lang, the language of its messages follows
// the environment (LC_ALL, LC_MESSAGES, LANG): English for en_*, Dutch
// otherwise. The exit status is 0 after a clean stop, 1 when the widget
// cannot be built or the address cannot be used, and 2 for bad flags.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n/negotiate"
	"github.com/auhl/auhl-go/examples/internal/term"
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

// Defaults and limits of the server.
const (
	defaultAddr       = "127.0.0.1:8080"
	readHeaderTimeout = 10 * time.Second
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = 5 * time.Second
)

// options are the command's flags, checked.
type options struct {
	addr string
	dist string
	lang auhl.Lang
}

// run is the whole command, testable: it builds the widget, serves the
// demo until ctx is done and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	opts, err := parseFlags(args, stderr, negotiate.FromLocale(getenv))
	if status, stop := term.FlagStatus(stderr, opts.lang, err); stop {
		return status
	}
	lang := opts.lang
	if opts.dist == "" {
		opts.dist = defaultDist()
	}

	fmt.Fprintf(stdout, ui.Building.In(lang)+"\n", term.OneLine(opts.dist))
	start := time.Now()
	res, err := buildWidget(ctx, build.Options{Dir: opts.dist})
	if err != nil {
		fmt.Fprintln(stderr, ui.BuildFailed.In(lang))
		fmt.Fprintln(stderr, err)
		if errors.Is(err, build.ErrNoModule) {
			fmt.Fprintln(stderr, ui.NoModule.In(lang))
		}
		return 1
	}
	fmt.Fprintf(stdout, ui.Built.In(lang)+"\n", res.GoVersion, cli.Seconds(lang, time.Since(start)),
		cli.Size(lang, res.Wasm.Size), cli.Size(lang, res.WasmGzip.Size))

	ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", opts.addr)
	if err != nil {
		fmt.Fprintf(stderr, ui.CannotListen.In(lang)+"\n", term.OneLine(opts.addr))
		fmt.Fprintln(stderr, err)
		return 1
	}
	srv := &http.Server{
		Handler:           newHandler(opts.dist),
		ReadHeaderTimeout: readHeaderTimeout,
		IdleTimeout:       idleTimeout,
		ErrorLog:          log.New(stderr, "demo: ", 0),
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Fprintf(stdout, ui.Open.In(lang)+"\n", pageURL(ln.Addr()))
	fmt.Fprintln(stdout, ui.HowToStop.In(lang))

	select {
	case err := <-served:
		fmt.Fprintln(stderr, ui.ServeFailed.In(lang))
		fmt.Fprintln(stderr, err)
		return 1
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		srv.Close()
	}
	fmt.Fprintln(stdout, ui.Stopped.In(lang))
	return 0
}

func parseFlags(args []string, stderr io.Writer, lang auhl.Lang) (options, error) {
	// The usage speaks the language of -lang, when it comes with -h.
	fs, lang := cli.NewFlagSet("demo", stderr, args, lang)
	var o options
	fs.StringVar(&o.addr, "addr", defaultAddr, ui.FlagAddr.In(lang))
	fs.StringVar(&o.dist, "dist", "", fmt.Sprintf(ui.FlagDist.In(lang), defaultDist()))
	fs.String("lang", "", ui.FlagLang.In(lang))
	lang, ve, err := cli.Parse(fs, args, lang)
	o.lang = lang
	if err != nil {
		return o, err
	}
	if o.addr == "" {
		ve.Add("-addr", auhl.CodeRequired, nil)
	}
	return o, ve.Err()
}

// defaultDist is the folder the widget is built into without -dist: in
// the user's cache, else in the temporary folder.
func defaultDist() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "auhl-go", "demo")
}

// pageURL is the address to open in a browser for the listener's address:
// localhost when it listens on every interface.
func pageURL(addr net.Addr) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return "http://" + addr.String() + "/"
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}
