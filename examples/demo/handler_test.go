package main

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/wasm/build"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The two lines a page embeds the widget with.
const scriptLine = `<script type="module" src="/auhl/auhl-advisor.js"></script>`

// demoPages are the pages that embed the widget, with their language and
// the element line they must hold.
var demoPages = []struct {
	path, lang, element string
}{
	{"/uhasselt/", "nl", `<auhl-studiekeuze lang="nl" theme="uhasselt" institution="uhasselt"></auhl-studiekeuze>`},
	{"/pxl/", "nl", `<auhl-studiekeuze lang="nl" theme="pxl" institution="pxl"></auhl-studiekeuze>`},
	{"/en/uhasselt/", "en", `<auhl-studiekeuze lang="en" theme="uhasselt" institution="uhasselt"></auhl-studiekeuze>`},
	{"/en/pxl/", "en", `<auhl-studiekeuze lang="en" theme="pxl" institution="pxl"></auhl-studiekeuze>`},
}

// fakeWidget writes into dir a widget folder as build.Build would, from
// made-up bytes, and returns its description and the wasm.
func fakeWidget(t *testing.T, dir string) (build.Result, []byte) {
	t.Helper()
	wasm := append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("the advisor "), 4000)...)
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	require.NoError(t, err)
	_, err = zw.Write(wasm)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	exec := []byte("// wasm_exec.js\n")
	res := build.Result{
		Dir:       dir,
		Wasm:      build.File{Name: build.VersionedName(build.WasmName, wasm), Size: int64(len(wasm))},
		WasmExec:  build.File{Name: build.VersionedName(build.WasmExecName, exec), Size: int64(len(exec))},
		GoVersion: "go1.26.8",
	}
	res.WasmGzip = build.File{Name: res.Wasm.Name + ".gz", Size: int64(gz.Len())}
	script, err := build.Rewrite([]byte(`import("./wasm_exec.js"); fetch(new URL("./auhl-advisor.wasm", import.meta.url));`), res.Wasm.Name, res.WasmExec.Name)
	require.NoError(t, err)
	res.Script = build.File{Name: build.ScriptName, Size: int64(len(script))}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	for name, data := range map[string][]byte{res.Wasm.Name: wasm, res.WasmGzip.Name: gz.Bytes(), res.WasmExec.Name: exec, res.Script.Name: script} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	return res, wasm
}

// get sends a request to h and returns the response, its body read.
func get(t *testing.T, h http.Handler, method, path string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	body, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res, body
}

func newTestHandler(t *testing.T) (http.Handler, build.Result, []byte) {
	t.Helper()
	res, wasm := fakeWidget(t, t.TempDir())
	return newHandler(res.Dir), res, wasm
}

func TestHeadersOnEveryResponse(t *testing.T) {
	h, res, _ := newTestHandler(t)
	tests := []struct {
		method, path string
		status       int
	}{
		{"GET", "/", 200},
		{"GET", "/uhasselt/", 200},
		{"GET", "/pxl/", 200},
		{"GET", "/en/uhasselt/", 200},
		{"GET", "/en/pxl/", 200},
		{"GET", "/css/uhasselt.css", 200},
		{"GET", "/auhl/auhl-advisor.js", 200},
		{"GET", "/auhl/" + res.Wasm.Name, 200},
		{"GET", "/auhl/" + res.WasmExec.Name, 200},
		{"HEAD", "/", 200},
		{"GET", "/uhasselt", 301},
		{"GET", "/nope", 404},
		{"GET", "/auhl/", 404},
		{"POST", "/", 405},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			r, _ := get(t, h, tt.method, tt.path, map[string]string{"Accept-Encoding": "gzip"})
			assert.Equal(t, tt.status, r.StatusCode)
			assert.Equal(t, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "+
				"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
				r.Header.Get("Content-Security-Policy"))
			assert.Equal(t, "nosniff", r.Header.Get("X-Content-Type-Options"))
			assert.Equal(t, "no-referrer", r.Header.Get("Referrer-Policy"))
			assert.NotEmpty(t, r.Header.Get("Cache-Control"))
		})
	}
}

func TestContentTypesAndCaching(t *testing.T) {
	h, res, _ := newTestHandler(t)
	tests := []struct {
		path, contentType, cache string
	}{
		{"/", "text/html; charset=utf-8", "no-cache"},
		{"/uhasselt/", "text/html; charset=utf-8", "no-cache"},
		{"/en/pxl/", "text/html; charset=utf-8", "no-cache"},
		{"/css/index.css", "text/css; charset=utf-8", "no-cache"},
		{"/css/pxl.css", "text/css; charset=utf-8", "no-cache"},
		{"/auhl/auhl-advisor.js", "text/javascript; charset=utf-8", "no-cache"},
		{"/auhl/" + res.WasmExec.Name, "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"},
		{"/auhl/" + res.Wasm.Name, "application/wasm", "public, max-age=31536000, immutable"},
		{"/auhl/" + res.WasmGzip.Name, "application/gzip", "public, max-age=31536000, immutable"},
		{"/nope", "text/plain; charset=utf-8", "no-cache"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			r, body := get(t, h, "GET", tt.path, nil)
			assert.Equal(t, tt.contentType, r.Header.Get("Content-Type"))
			assert.Equal(t, tt.cache, r.Header.Get("Cache-Control"))
			assert.NotEmpty(t, body)
		})
	}
}

func TestWasmGzipNegotiation(t *testing.T) {
	h, res, wasm := newTestHandler(t)
	tests := []struct {
		acceptEncoding string
		gzip           bool
	}{
		{"", false},
		{"gzip", true},
		{"gzip, deflate, br, zstd", true},
		{"GZIP", true},
		{"x-gzip", true},
		{"br;q=1.0, gzip;q=0.8", true},
		{"*", true},
		{"br", false},
		{"identity", false},
		{"gzip;q=0", false},
		{"gzip; q=0.000", false},
		{"*;q=0", false},
		{"*, gzip;q=0", false},
		{"gzip;q=0, *", false},
		{"gzip;q=abc", false},
		{"gzip;q=2", false},
	}
	for _, tt := range tests {
		t.Run(tt.acceptEncoding, func(t *testing.T) {
			header := map[string]string{}
			if tt.acceptEncoding != "" {
				header["Accept-Encoding"] = tt.acceptEncoding
			}
			r, body := get(t, h, "GET", "/auhl/"+res.Wasm.Name, header)
			require.Equal(t, http.StatusOK, r.StatusCode)
			assert.Equal(t, "application/wasm", r.Header.Get("Content-Type"))
			assert.Contains(t, r.Header.Values("Vary"), "Accept-Encoding")
			assert.Equal(t, "public, max-age=31536000, immutable", r.Header.Get("Cache-Control"))
			if !tt.gzip {
				assert.Empty(t, r.Header.Get("Content-Encoding"))
				assert.True(t, bytes.Equal(wasm, body), "the raw wasm")
				return
			}
			assert.Equal(t, "gzip", r.Header.Get("Content-Encoding"))
			assert.Equal(t, res.WasmGzip.Size, int64(len(body)))
			assert.Equal(t, strconv.FormatInt(res.WasmGzip.Size, 10), r.Header.Get("Content-Length"))
			assert.Less(t, len(body), len(wasm))
			zr, err := gzip.NewReader(bytes.NewReader(body))
			require.NoError(t, err)
			unzipped, err := io.ReadAll(zr)
			require.NoError(t, err)
			assert.True(t, bytes.Equal(wasm, unzipped), "the gzip body is the wasm")
		})
	}

	t.Run("a ranged request is served from the same representation", func(t *testing.T) {
		r, body := get(t, h, "GET", "/auhl/"+res.Wasm.Name, map[string]string{"Range": "bytes=0-3"})
		assert.Equal(t, http.StatusPartialContent, r.StatusCode)
		assert.Equal(t, "\x00asm", string(body))
		r, body = get(t, h, "GET", "/auhl/"+res.Wasm.Name, map[string]string{"Range": "bytes=0-1", "Accept-Encoding": "gzip"})
		assert.Equal(t, http.StatusPartialContent, r.StatusCode)
		assert.Equal(t, "gzip", r.Header.Get("Content-Encoding"))
		assert.Equal(t, "\x1f\x8b", string(body), "the first bytes of the gzip file")
	})

	t.Run("a 304 carries no length or encoding", func(t *testing.T) {
		r, _ := get(t, h, "GET", "/auhl/"+res.Wasm.Name, map[string]string{"Accept-Encoding": "gzip"})
		r, body := get(t, h, "GET", "/auhl/"+res.Wasm.Name, map[string]string{"Accept-Encoding": "gzip", "If-Modified-Since": r.Header.Get("Last-Modified")})
		assert.Equal(t, http.StatusNotModified, r.StatusCode)
		assert.Empty(t, body)
		assert.Empty(t, r.Header.Get("Content-Length"))
	})

	t.Run("no gz file beside the wasm", func(t *testing.T) {
		require.NoError(t, os.Remove(filepath.Join(res.Dir, res.WasmGzip.Name)))
		r, body := get(t, h, "GET", "/auhl/"+res.Wasm.Name, map[string]string{"Accept-Encoding": "gzip"})
		require.Equal(t, http.StatusOK, r.StatusCode)
		assert.Empty(t, r.Header.Get("Content-Encoding"))
		assert.True(t, bytes.Equal(wasm, body))
	})
}

func TestNotFound(t *testing.T) {
	h, res, _ := newTestHandler(t)
	for name, data := range map[string]string{"notes.txt": "x", "page.html": "<p>", "style.css": "p{}", ".hidden.js": "x"} {
		require.NoError(t, os.WriteFile(filepath.Join(res.Dir, name), []byte(data), 0o644))
	}
	require.NoError(t, os.Mkdir(filepath.Join(res.Dir, "sub.js"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(filepath.Dir(res.Dir), "secret.js"), []byte("x"), 0o644))
	for _, p := range []string{
		"/nope", "/index.html", "/uhasselt/index.html", "/site/index.html", "/en/", "/css/", "/css/missing.css",
		"/auhl", "/auhl/", "/auhl/missing.js", "/auhl/notes.txt", "/auhl/page.html", "/auhl/style.css",
		"/auhl/.hidden.js", "/auhl/sub.js", "/auhl/sub.js/x.js", "/auhl/../secret.js", "/auhl/%2e%2e/secret.js",
		"/auhl/..%2fsecret.js", "/auhl/auhl-advisor.wasm", "//auhl/auhl-advisor.js", "/UHASSELT/",
	} {
		t.Run(p, func(t *testing.T) {
			r, body := get(t, h, "GET", p, nil)
			assert.Equal(t, http.StatusNotFound, r.StatusCode)
			assert.Equal(t, "text/plain; charset=utf-8", r.Header.Get("Content-Type"))
			assert.Equal(t, ui.NotFound.NL+"\n", string(body))
			assert.Empty(t, r.Header.Get("Content-Encoding"))
		})
	}
}

func TestMethodNotAllowed(t *testing.T) {
	h, _, _ := newTestHandler(t)
	for _, method := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"} {
		for _, p := range []string{"/", "/auhl/auhl-advisor.js", "/nope"} {
			t.Run(method+" "+p, func(t *testing.T) {
				r, body := get(t, h, method, p, map[string]string{"Accept-Language": "en-GB,en;q=0.9"})
				assert.Equal(t, http.StatusMethodNotAllowed, r.StatusCode)
				assert.Equal(t, "GET, HEAD", r.Header.Get("Allow"))
				assert.Equal(t, ui.MethodNotAllowed.EN+"\n", string(body))
			})
		}
	}
}

func TestErrorTextsFollowAcceptLanguage(t *testing.T) {
	h, _, _ := newTestHandler(t)
	tests := []struct {
		acceptLanguage, want, lang string
	}{
		{"", ui.NotFound.NL, "nl"},
		{"nl-BE,nl;q=0.9", ui.NotFound.NL, "nl"},
		{"en-GB,en;q=0.9", ui.NotFound.EN, "en"},
		{"fr-FR", ui.NotFound.NL, "nl"},
	}
	for _, tt := range tests {
		t.Run(tt.acceptLanguage, func(t *testing.T) {
			r, body := get(t, h, "GET", "/nope", map[string]string{"Accept-Language": tt.acceptLanguage})
			assert.Equal(t, tt.want+"\n", string(body))
			assert.Equal(t, tt.lang, r.Header.Get("Content-Language"))
			assert.Contains(t, r.Header.Values("Vary"), "Accept-Language")
		})
	}
}

func TestHeadAndConditionalRequests(t *testing.T) {
	h, res, _ := newTestHandler(t)

	r, body := get(t, h, "HEAD", "/uhasselt/", nil)
	assert.Equal(t, http.StatusOK, r.StatusCode)
	assert.Empty(t, body)
	assert.NotEmpty(t, r.Header.Get("Content-Length"))

	r, body = get(t, h, "HEAD", "/nope", nil)
	assert.Equal(t, http.StatusNotFound, r.StatusCode)
	assert.Empty(t, body)

	r, _ = get(t, h, "GET", "/", nil)
	etag := r.Header.Get("ETag")
	require.NotEmpty(t, etag, "pages carry an ETag, so that no-cache costs a 304")
	r, body = get(t, h, "GET", "/", map[string]string{"If-None-Match": etag})
	assert.Equal(t, http.StatusNotModified, r.StatusCode)
	assert.Empty(t, body)

	r, _ = get(t, h, "GET", "/auhl/"+res.Script.Name, nil)
	lastModified := r.Header.Get("Last-Modified")
	require.NotEmpty(t, lastModified)
	r, _ = get(t, h, "GET", "/auhl/"+res.Script.Name, map[string]string{"If-Modified-Since": lastModified})
	assert.Equal(t, http.StatusNotModified, r.StatusCode)
}

func TestRedirectToTheSlash(t *testing.T) {
	h, _, _ := newTestHandler(t)
	for _, p := range []string{"/uhasselt", "/pxl", "/en/uhasselt", "/en/pxl"} {
		t.Run(p, func(t *testing.T) {
			r, _ := get(t, h, "GET", p+"?x=1", nil)
			assert.Equal(t, http.StatusMovedPermanently, r.StatusCode)
			assert.Equal(t, p+"/?x=1", r.Header.Get("Location"))
		})
	}
}

// page is what TestDemoPages needs to know of an HTML page.
type page struct {
	lang     string
	scripts  []map[string]string // the attributes of every <script>
	elements []map[string]string // the attributes of every <auhl-studiekeuze>
	links    []string            // every href of <a> and <link>
	inline   []string            // inline scripts, styles and handlers found
}

// parsePage reads an HTML page with encoding/xml in its lenient HTML mode.
func parsePage(t *testing.T, data []byte) page {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	var (
		p        page
		inScript bool
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		switch tok := tok.(type) {
		case xml.StartElement:
			attrs := map[string]string{}
			for _, a := range tok.Attr {
				attrs[a.Name.Local] = a.Value
				if a.Name.Local == "style" || strings.HasPrefix(strings.ToLower(a.Name.Local), "on") {
					p.inline = append(p.inline, tok.Name.Local+" "+a.Name.Local)
				}
				if strings.HasPrefix(strings.TrimSpace(strings.ToLower(a.Value)), "javascript:") {
					p.inline = append(p.inline, tok.Name.Local+" "+a.Name.Local+"=javascript:")
				}
			}
			switch tok.Name.Local {
			case "html":
				p.lang = attrs["lang"]
			case "script":
				p.scripts = append(p.scripts, attrs)
				inScript = true
			case "style":
				p.inline = append(p.inline, "<style>")
			case "auhl-studiekeuze":
				p.elements = append(p.elements, attrs)
			case "a", "link":
				if href, ok := attrs["href"]; ok {
					p.links = append(p.links, href)
				}
			}
		case xml.EndElement:
			if tok.Name.Local == "script" {
				inScript = false
			}
		case xml.CharData:
			if inScript && strings.TrimSpace(string(tok)) != "" {
				p.inline = append(p.inline, "script text")
			}
		}
	}
	return p
}

func TestDemoPages(t *testing.T) {
	h, _, _ := newTestHandler(t)
	for _, dp := range demoPages {
		t.Run(dp.path, func(t *testing.T) {
			r, body := get(t, h, "GET", dp.path, nil)
			require.Equal(t, http.StatusOK, r.StatusCode)
			html := string(body)

			var trimmed []string
			for _, line := range strings.Split(html, "\n") {
				trimmed = append(trimmed, strings.TrimSpace(line))
			}
			count := func(s string) (n int) {
				for _, l := range trimmed {
					if l == s {
						n++
					}
				}
				return n
			}
			assert.Equal(t, 1, count(scriptLine), "the script line, once, on its own line")
			assert.Equal(t, 1, count(dp.element), "the element line, once, on its own line")
			assert.Equal(t, 1, strings.Count(html, "<script"), "no other script")
			assert.Equal(t, 1, strings.Count(html, "<auhl-studiekeuze"), "one widget")

			p := parsePage(t, body)
			assert.Equal(t, dp.lang, p.lang)
			assert.Empty(t, p.inline, "no inline script, style or handler")
			require.Len(t, p.scripts, 1)
			assert.Equal(t, map[string]string{"type": "module", "src": "/auhl/auhl-advisor.js"}, p.scripts[0])
			require.Len(t, p.elements, 1)
			assert.Equal(t, dp.lang, p.elements[0]["lang"])
			assertLinksResolve(t, h, p.links)
		})
	}
}

func TestIndex(t *testing.T) {
	h, _, _ := newTestHandler(t)
	r, body := get(t, h, "GET", "/", nil)
	require.Equal(t, http.StatusOK, r.StatusCode)
	p := parsePage(t, body)
	assert.Equal(t, "nl", p.lang)
	assert.Empty(t, p.inline)
	assert.Empty(t, p.scripts, "the index loads no script")
	for _, dp := range demoPages {
		assert.Contains(t, p.links, dp.path)
	}
	assertLinksResolve(t, h, p.links)

	html := string(body)
	assert.Contains(t, html, "Demo van de studiekeuzewidget", "Dutch")
	assert.Contains(t, html, `<section class="lang-block" lang="en"`, "the English part is marked as English")
	assert.Contains(t, html, "Demo of the study-choice widget", "English")
}

// TestEveryPageLinksItsOtherLanguage proves that each demo page links the
// same page in the other language.
func TestEveryPageLinksItsOtherLanguage(t *testing.T) {
	h, _, _ := newTestHandler(t)
	for _, dp := range demoPages {
		t.Run(dp.path, func(t *testing.T) {
			_, body := get(t, h, "GET", dp.path, nil)
			other := "/en" + dp.path
			if dp.lang == "en" {
				other = strings.TrimPrefix(dp.path, "/en")
			}
			assert.Contains(t, parsePage(t, body).links, other)
		})
	}
}

// assertLinksResolve follows every local link and checks that it answers
// 200; data: URLs (the empty favicon) need no request.
func assertLinksResolve(t *testing.T, h http.Handler, links []string) {
	t.Helper()
	for _, href := range slices.Compact(slices.Sorted(slices.Values(links))) {
		if strings.HasPrefix(href, "data:") || strings.HasPrefix(href, "#") {
			continue
		}
		require.True(t, strings.HasPrefix(href, "/"), "a local link: %s", href)
		r, _ := get(t, h, "GET", href, nil)
		assert.Equal(t, http.StatusOK, r.StatusCode, href)
	}
}

func TestStylesheetsHoldNoImports(t *testing.T) {
	h, _, _ := newTestHandler(t)
	for _, name := range []string{"index", "uhasselt", "pxl"} {
		_, body := get(t, h, "GET", "/css/"+name+".css", nil)
		assert.NotContains(t, string(body), "@import", "one file per page")
		assert.NotContains(t, string(body), "url(", "no outside resource")
	}
}

func TestAcceptsGzip(t *testing.T) {
	assert.True(t, acceptsGzip([]string{"br", "gzip"}), "several header lines")
	assert.False(t, acceptsGzip(nil))
	assert.False(t, acceptsGzip([]string{"gzip;q=0", "gzip;q=0"}))
}

// TestBrotliBesideGzip: a .wasm or .js with a .br beside it goes to a
// browser that accepts brotli as that file; gzip stays for the others.
func TestBrotliBesideGzip(t *testing.T) {
	h, res, wasm := newTestHandler(t)
	for _, name := range []string{res.Wasm.Name, res.Script.Name} {
		require.NoError(t, os.WriteFile(filepath.Join(res.Dir, name+".br"), []byte("brotli of "+name), 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(res.Dir, res.Script.Name+".gz"), []byte("gzip of the script"), 0o644))
	tests := []struct {
		name, path, acceptEncoding, encoding, body string
	}{
		{"brotli first", "/auhl/" + res.Wasm.Name, "gzip, deflate, br, zstd", "br", "brotli of " + res.Wasm.Name},
		{"brotli refused", "/auhl/" + res.Wasm.Name, "gzip, br;q=0", "gzip", ""},
		{"gzip refused", "/auhl/" + res.Wasm.Name, "br, gzip;q=0", "br", "brotli of " + res.Wasm.Name},
		{"any", "/auhl/" + res.Wasm.Name, "*", "br", "brotli of " + res.Wasm.Name},
		{"neither", "/auhl/" + res.Wasm.Name, "identity", "", string(wasm)},
		{"the script in brotli", "/auhl/" + res.Script.Name, "br", "br", "brotli of " + res.Script.Name},
		{"the script in gzip", "/auhl/" + res.Script.Name, "gzip", "gzip", "gzip of the script"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, body := get(t, h, "GET", tt.path, map[string]string{"Accept-Encoding": tt.acceptEncoding})
			require.Equal(t, http.StatusOK, r.StatusCode)
			assert.Equal(t, tt.encoding, r.Header.Get("Content-Encoding"))
			assert.Contains(t, r.Header.Values("Vary"), "Accept-Encoding")
			if tt.body != "" {
				assert.Equal(t, tt.body, string(body))
			}
			if strings.HasSuffix(tt.path, ".js") {
				assert.Equal(t, "text/javascript; charset=utf-8", r.Header.Get("Content-Type"))
				assert.Equal(t, "no-cache", r.Header.Get("Cache-Control"), "the script is revalidated")
			}
		})
	}
}
