package main

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n/negotiate"
)

// siteFS holds the demo's pages and styles.
//
//go:embed site
var siteFS embed.FS

// Headers every response carries.
const (
	// csp allows the page's own files only, and WebAssembly compilation;
	// no inline script or style.
	csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
		"img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
		"form-action 'self'; frame-ancestors 'none'"
	cacheImmutable   = "public, max-age=31536000, immutable"
	cacheRevalidate  = "no-cache"
	allowedMethods   = "GET, HEAD"
	widgetPrefix     = "/auhl/"
	gzipExt          = ".gz"
	brotliExt        = ".br"
	wasmContentType  = "application/wasm"
	gzipContentType  = "application/gzip"
	plainContentType = "text/plain; charset=utf-8"
)

// contentTypes are the only kinds of file the demo serves.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".wasm": wasmContentType,
	".gz":   gzipContentType,
	".br":   "application/octet-stream",
}

// encodings are the precompressed files the demo serves in place of a
// .wasm or .js file, in the order it prefers them: brotli is about a
// quarter smaller than gzip.
var encodings = []struct {
	name, ext string
	accepted  func(values []string) bool
}{
	{"br", brotliExt, acceptsBrotli},
	{"gzip", gzipExt, acceptsGzip},
}

// versioned is a file name with a content hash in it: it never changes.
var versioned = regexp.MustCompile(`\.[0-9a-f]{12}\.`)

// plainName is a file name of the widget's folder the demo serves: no
// folder, no hidden or temporary file.
var plainName = regexp.MustCompile(`^[A-Za-z0-9_-][A-Za-z0-9._-]*$`)

// asset is one embedded file of the site.
type asset struct {
	name, contentType, etag string
	data                    []byte
}

// handler serves the site and the widget's folder.
type handler struct {
	dist string
	site map[string]asset // by URL path
	err  error            // why the site could not be loaded, if it could not
}

// newHandler serves the demo: the embedded pages and styles, and the
// widget's folder dist under /auhl/. Only GET and HEAD; every response
// carries the Content-Security-Policy and the other security headers.
func newHandler(dist string) http.Handler {
	site, err := loadSite(siteFS)
	return &handler{dist: dist, site: site, err: err}
}

// loadSite maps the URL path of every page and style in fsys (under
// site/) to its content: site/x/index.html is served as /x/.
func loadSite(fsys fs.FS) (map[string]asset, error) {
	site := map[string]asset{}
	err := fs.WalkDir(fsys, "site", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		ctype, ok := contentTypes[path.Ext(name)]
		if !ok {
			return fmt.Errorf("demo: %s: not a kind of file the demo serves", name)
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		url := strings.TrimPrefix(name, "site")
		if path.Base(url) == "index.html" {
			url = strings.TrimSuffix(url, "index.html")
		}
		sum := sha256.Sum256(data)
		site[url] = asset{name: path.Base(name), contentType: ctype, etag: `"` + hex.EncodeToString(sum[:8]) + `"`, data: data}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("demo: loading the pages: %w", err)
	}
	return site, nil
}

// ServeHTTP sets the security headers, checks the method and serves the
// file the path names, or 404.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", csp)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("Cache-Control", cacheRevalidate)
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hd.Set("Allow", allowedMethods)
		h.fail(w, r, http.StatusMethodNotAllowed)
		return
	}
	if h.err != nil {
		h.fail(w, r, http.StatusInternalServerError)
		return
	}
	p := r.URL.Path
	if name, ok := strings.CutPrefix(p, widgetPrefix); ok {
		h.serveWidget(w, r, name)
		return
	}
	if a, ok := h.site[p]; ok {
		hd.Set("Content-Type", a.contentType)
		hd.Set("ETag", a.etag)
		http.ServeContent(w, r, a.name, time.Time{}, bytes.NewReader(a.data))
		return
	}
	if a, ok := h.site[p+"/"]; ok && strings.HasSuffix(a.name, ".html") {
		// A page asked for without its slash.
		target := p + "/"
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
		return
	}
	h.fail(w, r, http.StatusNotFound)
}

// serveWidget serves the file name of the widget's folder; a .wasm or .js
// as the precompressed .br beside it to clients that accept brotli, else
// as the .gz to those that accept gzip.
func (h *handler) serveWidget(w http.ResponseWriter, r *http.Request, name string) {
	ext := path.Ext(name)
	ctype, ok := contentTypes[ext]
	if !ok || ext == ".html" || ext == ".css" || !plainName.MatchString(name) {
		h.fail(w, r, http.StatusNotFound)
		return
	}
	hd := w.Header()
	var (
		f  *os.File
		fi fs.FileInfo
	)
	if ext == ".wasm" || ext == ".js" {
		hd.Add("Vary", "Accept-Encoding")
		values := r.Header.Values("Accept-Encoding")
		for _, enc := range encodings {
			if !enc.accepted(values) {
				continue
			}
			if f, fi = h.open(name + enc.ext); f != nil {
				hd.Set("Content-Encoding", enc.name)
				break
			}
		}
	}
	if f == nil {
		if f, fi = h.open(name); f == nil {
			h.fail(w, r, http.StatusNotFound)
			return
		}
	}
	defer f.Close()
	if versioned.MatchString(name) {
		hd.Set("Cache-Control", cacheImmutable)
	}
	hd.Set("Content-Type", ctype)
	if hd.Get("Content-Encoding") != "" && r.Header.Get("Range") == "" {
		// ServeContent leaves the length of an encoded body out (it might
		// be compressed again on the way); ours is final.
		hd.Set("Content-Length", strconv.FormatInt(fi.Size(), 10))
	}
	http.ServeContent(w, r, name, fi.ModTime(), f)
}

// open opens the regular file name of the widget's folder, or returns
// nil.
func (h *handler) open(name string) (*os.File, fs.FileInfo) {
	f, err := os.OpenInRoot(h.dist, name)
	if err != nil {
		return nil, nil
	}
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		f.Close()
		return nil, nil
	}
	return f, fi
}

// fail writes the status with a short text in the reader's language.
func (h *handler) fail(w http.ResponseWriter, r *http.Request, status int) {
	lang := negotiate.AcceptLanguage(r.Header.Get("Accept-Language"))
	var text auhl.Text
	switch status {
	case http.StatusNotFound:
		text = ui.NotFound
	case http.StatusMethodNotAllowed:
		text = ui.MethodNotAllowed
	default:
		text = ui.ServerError
	}
	hd := w.Header()
	hd.Del("ETag")
	hd.Del("Content-Encoding")
	hd.Set("Content-Type", plainContentType)
	hd.Set("Content-Language", string(lang))
	hd.Add("Vary", "Accept-Language")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		fmt.Fprintln(w, text.In(lang))
	}
}

// acceptsGzip reports whether Accept-Encoding header values allow gzip:
// gzip (or x-gzip, or *) listed with a quality above zero, and not
// refused by name.
func acceptsGzip(values []string) bool { return accepts(values, "gzip", "x-gzip") }

// acceptsBrotli reports whether Accept-Encoding header values allow
// brotli: br (or *) listed with a quality above zero, and not refused by
// name.
func acceptsBrotli(values []string) bool { return accepts(values, "br") }

// accepts reports whether Accept-Encoding header values allow the coding
// that names spell: one of them (or *) listed with a quality above zero,
// and not refused by name.
func accepts(values []string, names ...string) bool {
	codingQ, starQ := -1.0, -1.0
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			coding, params, _ := strings.Cut(part, ";")
			coding = strings.ToLower(strings.TrimSpace(coding))
			q := quality(params)
			switch {
			case slices.Contains(names, coding):
				codingQ = max(codingQ, q)
			case coding == "*":
				starQ = max(starQ, q)
			}
		}
	}
	if codingQ >= 0 {
		return codingQ > 0
	}
	return starQ > 0
}

// quality is the q parameter of an Accept-Encoding element; 1 when it is
// missing, 0 when it is malformed.
func quality(params string) float64 {
	for _, p := range strings.Split(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || q < 0 || q > 1 {
			return 0
		}
		return q
	}
	return 1
}
