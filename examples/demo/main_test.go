package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/wasm/build"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// fakeBuildWidget replaces the build with one that writes made-up files,
// or fails with err.
func fakeBuildWidget(t *testing.T, err error) {
	t.Helper()
	old := buildWidget
	buildWidget = func(_ context.Context, opt build.Options) (build.Result, error) {
		if err != nil {
			return build.Result{}, err
		}
		res, _ := fakeWidget(t, opt.Dir)
		return res, nil
	}
	t.Cleanup(func() { buildWidget = old })
}

// urlPattern finds the address the demo prints.
var urlPattern = regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)

// startDemo runs the demo on a free port until the test stops it with the
// returned function, which gives the exit status and the output.
func startDemo(t *testing.T, args []string, vars map[string]string) (url string, stop func() (int, string, string)) {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	var stdout, stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, append([]string{"-addr", "127.0.0.1:0"}, args...), &stdout, &stderr, env(vars))
	}()
	deadline := time.Now().Add(2 * time.Minute) // a real build may take a while
	for url == "" {
		select {
		case code := <-done:
			cancel()
			t.Fatalf("the demo ended with %d before serving: %s %s", code, stdout.String(), stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		url = urlPattern.FindString(stdout.String())
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("the demo printed no address: %s", stdout.String())
		}
	}
	return url, func() (int, string, string) {
		cancel()
		select {
		case code := <-done:
			return code, stdout.String(), stderr.String()
		case <-time.After(30 * time.Second):
			t.Fatal("the demo did not stop")
			return -1, "", ""
		}
	}
}

func fetch(t *testing.T, url string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), "GET", url, nil)
	require.NoError(t, err)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	// A transport of its own: no automatic gzip, no connection kept.
	client := &http.Client{Transport: &http.Transport{DisableCompression: true, DisableKeepAlives: true}}
	res, err := client.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res, body
}

func TestRunServesAndStops(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want []string
	}{
		{"Dutch", nil, nil, []string{"De widget wordt gebouwd in ", "Widget gebouwd met go1.26.8 in ", "Open http://127.0.0.1:", "in je browser.", "Stoppen: Ctrl+C.", "De demo is gestopt."}},
		{"English from the locale", nil, map[string]string{"LANG": "en_US.UTF-8"}, []string{"Building the widget into ", "Widget built with go1.26.8 in ", "in your browser.", "To stop: Ctrl+C.", "The demo has stopped."}},
		{"the flag beats the locale", []string{"-lang", "en"}, map[string]string{"LC_ALL": "nl_BE.UTF-8"}, []string{"Widget built with go1.26.8", "The demo has stopped."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fakeBuildWidget(t, nil)
			dist := filepath.Join(t.TempDir(), "dist")
			url, stop := startDemo(t, append([]string{"-dist", dist}, tt.args...), tt.env)

			res, body := fetch(t, url, nil)
			assert.Equal(t, http.StatusOK, res.StatusCode)
			assert.Contains(t, string(body), "/uhasselt/")
			res, _ = fetch(t, url+"auhl/auhl-advisor.js", nil)
			assert.Equal(t, http.StatusOK, res.StatusCode, "the built folder is served")
			assert.NotEmpty(t, res.Header.Get("Content-Security-Policy"))

			code, stdout, stderr := stop()
			assert.Equal(t, 0, code, stderr)
			assert.Contains(t, stdout, dist)
			for _, s := range tt.want {
				assert.Contains(t, stdout, s)
			}
			_, err := net.DialTimeout("tcp", strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/"), time.Second)
			assert.Error(t, err, "the port is closed after the stop")
		})
	}
}

func TestRunFails(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		buildErr error
		code     int
		stderr   []string
	}{
		{"the build fails, in Dutch", nil, nil, errors.New("build: exit status 1\nsyntax error"), 1, []string{"De widget kon niet gebouwd worden:", "syntax error"}},
		{"the build fails, in English", []string{"-lang", "en"}, nil, errors.New("build: exit status 1"), 1, []string{"The widget could not be built:", "exit status 1"}},
		{"outside the module", []string{"-lang", "en"}, nil, build.ErrNoModule, 1, []string{"Start the demo in the folder of the module"}},
		{"outside the module, in Dutch", nil, nil, build.ErrNoModule, 1, []string{"Start de demo in de map van de module"}},
		{"a bad address", []string{"-addr", "127.0.0.1:99999"}, nil, nil, 1, []string{"De demo kan niet luisteren op 127.0.0.1:99999:"}},
		{"a bad address, in English", []string{"-addr", "nonsense", "-lang", "en"}, nil, nil, 1, []string{"The demo cannot listen on nonsense:"}},
		{"a bad language", []string{"-lang", "de"}, nil, nil, 2, []string{"“de”", "(-lang)"}},
		{"an empty address", []string{"-addr", ""}, nil, nil, 2, []string{"(-addr)"}},
		{"a stray argument", []string{"now"}, nil, nil, 2, []string{"“now”"}},
		{"an unknown flag", []string{"-port", "80"}, nil, nil, 2, []string{"-port"}},
		{"help in Dutch", []string{"-h"}, nil, nil, 0, []string{"het adres waarop de demo luistert", "auhl-go"}},
		{"help in English", []string{"-h", "-lang=en"}, nil, nil, 0, []string{"the address the demo listens on", "the folder the widget is built into"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fakeBuildWidget(t, tt.buildErr)
			var stdout, stderr syncBuffer
			args := append([]string{"-dist", t.TempDir()}, tt.args...)
			code := run(t.Context(), args, &stdout, &stderr, env(tt.env))
			assert.Equal(t, tt.code, code, stderr.String())
			for _, s := range tt.stderr {
				assert.Contains(t, stderr.String(), s)
			}
			assert.NotContains(t, stdout.String(), "http://", "no address to open")
		})
	}
}

func TestRunStopsDuringTheBuild(t *testing.T) {
	old := buildWidget
	buildWidget = func(ctx context.Context, _ build.Options) (build.Result, error) {
		<-ctx.Done()
		return build.Result{}, ctx.Err()
	}
	t.Cleanup(func() { buildWidget = old })
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	var stdout, stderr syncBuffer
	assert.Equal(t, 1, run(ctx, []string{"-dist", t.TempDir()}, &stdout, &stderr, env(nil)))
	assert.Contains(t, stderr.String(), "context canceled")
}

// TestRunForReal builds the real widget, serves it and fetches the files
// the served script names, as a browser would.
func TestRunForReal(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the widget")
	}
	dist := filepath.Join(t.TempDir(), "auhl")
	old := buildWidget
	buildWidget = func(ctx context.Context, opt build.Options) (build.Result, error) {
		opt.BrotliQuality = suiteBrotli()
		return old(ctx, opt)
	}
	t.Cleanup(func() { buildWidget = old })
	url, stop := startDemo(t, []string{"-dist", dist, "-lang", "en"}, nil)
	defer func() {
		code, stdout, stderr := stop()
		assert.Equal(t, 0, code, stderr)
		assert.Regexp(t, `Widget built with go\S+ in \d+\.\d s: \d+\.\d+ MB of WebAssembly, \d+\.\d+ MB with gzip\.`, stdout)
	}()

	res, script := fetch(t, url+"auhl/auhl-advisor.js", nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "text/javascript; charset=utf-8", res.Header.Get("Content-Type"))
	wasmName := regexp.MustCompile(`"\./(auhl-advisor\.[0-9a-f]{12}\.wasm)"`).FindStringSubmatch(string(script))
	execName := regexp.MustCompile(`"\./(wasm_exec\.[0-9a-f]{12}\.js)"`).FindStringSubmatch(string(script))
	require.Len(t, wasmName, 2, "the script names the versioned wasm")
	require.Len(t, execName, 2, "the script names the versioned wasm_exec.js")

	raw, err := os.ReadFile(filepath.Join(dist, wasmName[1]))
	require.NoError(t, err)
	res, body := fetch(t, url+"auhl/"+wasmName[1], nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "application/wasm", res.Header.Get("Content-Type"))
	assert.Empty(t, res.Header.Get("Content-Encoding"))
	assert.True(t, bytes.Equal(raw, body))

	res, body = fetch(t, url+"auhl/"+wasmName[1], map[string]string{"Accept-Encoding": "gzip, deflate"})
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "gzip", res.Header.Get("Content-Encoding"))
	zr, err := gzip.NewReader(bytes.NewReader(body))
	require.NoError(t, err)
	unzipped, err := io.ReadAll(zr)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(raw, unzipped))

	res, body = fetch(t, url+"auhl/"+wasmName[1], map[string]string{"Accept-Encoding": "gzip, deflate, br"})
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "br", res.Header.Get("Content-Encoding"), "brotli where the browser accepts it")
	unzipped, err = io.ReadAll(brotli.NewReader(bytes.NewReader(body)))
	require.NoError(t, err)
	assert.True(t, bytes.Equal(raw, unzipped))

	res, _ = fetch(t, url+"auhl/"+execName[1], nil)
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "public, max-age=31536000, immutable", res.Header.Get("Cache-Control"))
}

func TestPageURL(t *testing.T) {
	tests := []struct {
		addr net.Addr
		want string
	}{
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}, "http://127.0.0.1:8080/"},
		{&net.TCPAddr{IP: net.IPv6unspecified, Port: 8080}, "http://localhost:8080/"},
		{&net.TCPAddr{IP: net.IPv4zero, Port: 80}, "http://localhost:80/"},
		{&net.TCPAddr{IP: net.IPv6loopback, Port: 9000}, "http://[::1]:9000/"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, pageURL(tt.addr))
		})
	}
}

func TestDefaultDist(t *testing.T) {
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	assert.Equal(t, filepath.Join(cache, "auhl-go", "demo"), defaultDist())
}

// TestEveryTextInBothLanguages proves that each text the command shows
// or serves exists in Dutch and in English, with the same format verbs.
func TestEveryTextInBothLanguages(t *testing.T) {
	verbs := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)
	v := reflect.ValueOf(ui)
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		text := v.Field(i).Interface().(auhl.Text)
		assert.True(t, text.Complete(), "ui.%s", name)
		assert.NotEqual(t, text.NL, text.EN, "ui.%s is translated", name)
		assert.Equal(t, verbs.FindAllString(text.NL, -1), verbs.FindAllString(text.EN, -1), "ui.%s: the format verbs", name)
	}
}
