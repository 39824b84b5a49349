package remote

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
)

// validJSON is a valid catalogue file: the embedded catalogue, encoded.
func validJSON(t testing.TB) []byte {
	t.Helper()
	data, err := json.Marshal(catalog.Default())
	require.NoError(t, err)
	_, err = catalog.Load(bytes.NewReader(data))
	require.NoError(t, err, "the encoded default catalogue must load")
	return data
}

// mutated returns the valid catalogue file changed by edit.
func mutated(t testing.TB, edit func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(validJSON(t), &m))
	edit(m)
	data, err := json.Marshal(m)
	require.NoError(t, err)
	return data
}

// step answers one request of a script.
type step func(w http.ResponseWriter, r *http.Request)

// script is a server that answers the n-th request with its n-th step,
// and every request past the last with the last step. It counts the
// requests.
type script struct {
	steps []step
	n     atomic.Int32
}

func (s *script) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	i := int(s.n.Add(1)) - 1
	s.steps[min(i, len(s.steps)-1)](w, r)
}

func newServer(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// status answers with code and the given header name/value pairs.
func status(code int, header ...string) step {
	return func(w http.ResponseWriter, _ *http.Request) {
		for i := 0; i+1 < len(header); i += 2 {
			w.Header().Set(header[i], header[i+1])
		}
		w.WriteHeader(code)
		_, _ = io.WriteString(w, http.StatusText(code))
	}
}

// serve answers 200 with body and, if not empty, an ETag.
func serve(body []byte, etag string) step {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if etag != "" {
			w.Header().Set("ETag", etag)
		}
		_, _ = w.Write(body)
	}
}

// hangUp closes the connection without an answer: a network error.
func hangUp(http.ResponseWriter, *http.Request) { panic(http.ErrAbortHandler) }

// cutShort promises body but closes the connection after half of it.
func cutShort(body []byte) step {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body[:len(body)/2])
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler)
	}
}

// fast are options with tiny backoffs, for tests.
func fast(o Options) Options {
	if o.MinBackoff == 0 {
		o.MinBackoff = time.Millisecond
	}
	if o.MaxBackoff == 0 {
		o.MaxBackoff = 2 * time.Millisecond
	}
	return o
}

func TestFetch(t *testing.T) {
	t.Parallel()
	valid := validJSON(t)
	later := time.Now().Add(time.Hour).UTC().Format(http.TimeFormat)
	type check func(t *testing.T, err error)
	isStatus := func(code int) check {
		return func(t *testing.T, err error) {
			var se *StatusError
			require.ErrorAs(t, err, &se)
			assert.Equal(t, code, se.Code)
		}
	}
	isNetwork := func(t *testing.T, err error) {
		var ue *url.Error
		assert.ErrorAs(t, err, &ue)
		var se *StatusError
		assert.False(t, errors.As(err, &se), "a network error is no StatusError")
	}
	tests := []struct {
		name     string
		steps    []step
		opts     Options
		attempts int
		err      check  // nil: success expected
		msg      string // if set, the whole error message, %s standing for the URL
	}{
		{name: "ok", steps: []step{serve(valid, "")}, attempts: 1},
		{name: "500 twice, then ok", steps: []step{status(500), status(500), serve(valid, "")}, attempts: 3},
		{name: "502 and 504, then ok", steps: []step{status(502), status(504), serve(valid, "")}, attempts: 3},
		{name: "503, then ok", steps: []step{status(503), serve(valid, "")}, attempts: 2},
		{name: "429 with Retry-After 0, then ok", steps: []step{status(429, "Retry-After", "0"), serve(valid, "")}, attempts: 2},
		{
			name:     "429 with Retry-After in seconds is capped by MaxBackoff",
			steps:    []step{status(429, "Retry-After", "3600"), serve(valid, "")},
			attempts: 2,
		},
		{
			name:     "503 with Retry-After as an HTTP date is capped by MaxBackoff",
			steps:    []step{status(503, "Retry-After", later), serve(valid, "")},
			attempts: 2,
		},
		{name: "network error twice, then ok", steps: []step{hangUp, hangUp, serve(valid, "")}, attempts: 3},
		{name: "body cut short, then ok", steps: []step{cutShort(valid), serve(valid, "")}, attempts: 2},
		{name: "404 is not retried", steps: []step{status(404), serve(valid, "")}, attempts: 1, err: isStatus(404),
			msg: "remote: GET %s: unexpected status 404 Not Found"},
		{name: "400 is not retried", steps: []step{status(400)}, attempts: 1, err: isStatus(400)},
		{name: "403 is not retried", steps: []step{status(403)}, attempts: 1, err: isStatus(403)},
		{name: "410 is not retried", steps: []step{status(410)}, attempts: 1, err: isStatus(410)},
		{name: "501 is not retried", steps: []step{status(501)}, attempts: 1, err: isStatus(501)},
		{name: "unsolicited 304", steps: []step{status(304)}, attempts: 1, err: isStatus(304)},
		{name: "always 503: 1+3 tries by default", steps: []step{status(503)}, attempts: 4, err: isStatus(503),
			msg: "remote: GET %s failed after 4 attempts: unexpected status 503 Service Unavailable"},
		{name: "always 500, MaxRetries 1", steps: []step{status(500)}, opts: Options{MaxRetries: 1}, attempts: 2, err: isStatus(500)},
		{name: "always 500, MaxRetries 5", steps: []step{status(500)}, opts: Options{MaxRetries: 5}, attempts: 6, err: isStatus(500)},
		{name: "always 500, no retry", steps: []step{status(500)}, opts: Options{MaxRetries: -1}, attempts: 1, err: isStatus(500)},
		{name: "always 429", steps: []step{status(429, "Retry-After", "1")}, opts: Options{MaxRetries: 2}, attempts: 3, err: isStatus(429)},
		{name: "always a network error", steps: []step{hangUp}, attempts: 4, err: isNetwork,
			msg: "remote: GET %s failed after 4 attempts: EOF"},
		{name: "always cut short", steps: []step{cutShort(valid)}, opts: Options{MaxRetries: 1}, attempts: 2, err: func(t *testing.T, err error) {
			assert.ErrorIs(t, err, io.ErrUnexpectedEOF)
		}},
		{name: "Content-Length over MaxBytes", steps: []step{serve([]byte(strings.Repeat(" ", 100)), "")}, opts: Options{MaxBytes: 10},
			attempts: 1, err: func(t *testing.T, err error) { assert.ErrorIs(t, err, ErrTooLarge) },
			msg: "remote: GET %s: catalogue too large: Content-Length 100 is over the limit of 10 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := &script{steps: tt.steps}
			srv := newServer(t, s)
			ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
			defer cancel()
			u := srv.URL + "/catalog.json"

			res, err := Fetch(ctx, u, fast(tt.opts))

			assert.NoError(t, ctx.Err(), "finished before the context's deadline")
			assert.Equal(t, tt.attempts, int(s.n.Load()), "tries counted by the server")
			assert.Equal(t, tt.attempts, res.Attempts, "tries counted by Fetch")
			if tt.err == nil {
				require.NoError(t, err)
				require.NotNil(t, res.Catalog)
				assert.Len(t, res.Catalog.Programmes, len(catalog.Default().Programmes))
				assert.False(t, res.NotModified)
				return
			}
			require.Error(t, err)
			assert.Nil(t, res.Catalog)
			tt.err(t, err)
			msg := err.Error()
			assert.True(t, strings.HasPrefix(msg, "remote: GET "+u), msg)
			assert.Equal(t, 1, strings.Count(msg, srv.URL), "the URL appears once in %q", msg)
			if tt.msg != "" {
				assert.Equal(t, strings.ReplaceAll(tt.msg, "%s", u), msg)
			}
		})
	}
}

func TestFetchInvalidCatalogue(t *testing.T) {
	t.Parallel()
	valid := validJSON(t)
	tests := []struct {
		name string
		body []byte
		code string // a problem the error must list
	}{
		{name: "not JSON", body: []byte("<html>maintenance</html>"), code: auhl.CodeJSONSyntax},
		{name: "empty body", body: nil, code: auhl.CodeJSONSyntax},
		{name: "truncated JSON", body: valid[:len(valid)/2], code: auhl.CodeJSONSyntax},
		{name: "trailing data", body: append(append([]byte{}, valid...), "{}"...), code: auhl.CodeJSONTrailing},
		{name: "version of the wrong type", body: []byte(`{"version":1}`), code: auhl.CodeJSONType},
		{name: "unknown field", body: mutated(t, func(m map[string]any) { m["surprise"] = true }), code: auhl.CodeJSONUnknownField},
		{name: "duplicate programme id", body: mutated(t, func(m map[string]any) {
			progs := m["programmes"].([]any)
			require.GreaterOrEqual(t, len(progs), 2)
			progs[1].(map[string]any)["id"] = progs[0].(map[string]any)["id"]
		}), code: catalog.CodeDuplicateID},
		{name: "no programmes", body: mutated(t, func(m map[string]any) { m["programmes"] = []any{} }), code: catalog.CodeNoProgrammes},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := &script{steps: []step{serve(tt.body, `"bad"`)}}
			srv := newServer(t, s)

			res, err := Fetch(t.Context(), srv.URL, fast(Options{}))

			require.Error(t, err)
			assert.Nil(t, res.Catalog)
			assert.Empty(t, res.ETag)
			assert.Equal(t, 1, int(s.n.Load()), "an invalid catalogue is not retried")
			assert.ErrorIs(t, err, auhl.ErrInvalid)
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			var codes []string
			for _, p := range ve.Problems {
				codes = append(codes, p.Code)
			}
			assert.Contains(t, codes, tt.code)
			assert.True(t, strings.HasPrefix(err.Error(), "remote: GET "+srv.URL+": catalogue rejected: invalid input"), err.Error())
		})
	}
}

// countingTransport counts round trips and the body bytes the client reads.
type countingTransport struct {
	trips atomic.Int32
	read  atomic.Int64
}

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	c.trips.Add(1)
	resp, err := http.DefaultTransport.RoundTrip(r)
	if resp != nil {
		resp.Body = &countingBody{ReadCloser: resp.Body, n: &c.read}
	}
	return resp, err
}

type countingBody struct {
	io.ReadCloser
	n *atomic.Int64
}

func (b *countingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n.Add(int64(n))
	return n, err
}

// stream writes size bytes of JSON whitespace in chunks, without holding
// them in memory, and stops when the client goes away.
func stream(size int64, withLength bool) step {
	return func(w http.ResponseWriter, _ *http.Request) {
		if withLength {
			w.Header().Set("Content-Length", strconv.FormatInt(size, 10))
		}
		chunk := bytes.Repeat([]byte{' '}, 32<<10)
		for sent := int64(0); sent < size; {
			n, err := w.Write(chunk[:min(int64(len(chunk)), size-sent)])
			sent += int64(n)
			if err != nil {
				return
			}
		}
	}
}

func TestFetchTooLarge(t *testing.T) {
	t.Parallel()
	valid := validJSON(t)
	size := int64(len(valid))
	const huge = 50 << 20
	tests := []struct {
		name     string
		step     step
		maxBytes int64
		limit    int64 // the limit in force
		tooLarge bool
		maxRead  int64 // the most body bytes the client may read
	}{
		{name: "50 MiB streamed, default limit", step: stream(huge, false), limit: defaultMaxBytes, tooLarge: true, maxRead: defaultMaxBytes + 1},
		{name: "50 MiB streamed, small limit", step: stream(huge, false), maxBytes: 1000, limit: 1000, tooLarge: true, maxRead: 1001},
		{name: "50 MiB with Content-Length", step: stream(huge, true), limit: defaultMaxBytes, tooLarge: true, maxRead: 0},
		{name: "endless, default limit", step: stream(math.MaxInt64, false), limit: defaultMaxBytes, tooLarge: true, maxRead: defaultMaxBytes + 1},
		{name: "endless, small limit", step: stream(math.MaxInt64, false), maxBytes: 1000, limit: 1000, tooLarge: true, maxRead: 1001},
		{name: "endless with a lying Content-Length", step: stream(math.MaxInt64, true), maxBytes: 1000, limit: 1000, tooLarge: true, maxRead: 0},
		{name: "one byte over, no Content-Length", step: func(w http.ResponseWriter, r *http.Request) {
			w.(http.Flusher).Flush() // no Content-Length: chunked
			serve(valid, "")(w, r)
		}, maxBytes: size - 1, limit: size - 1, tooLarge: true, maxRead: size},
		{name: "one byte over, with Content-Length", step: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", strconv.FormatInt(size, 10))
			serve(valid, "")(w, r)
		}, maxBytes: size - 1, limit: size - 1, tooLarge: true, maxRead: 0},
		{name: "exactly at the limit", step: serve(valid, ""), maxBytes: size, limit: size, maxRead: size},
		{name: "exactly at the limit, with Content-Length", step: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", strconv.FormatInt(size, 10))
			serve(valid, "")(w, r)
		}, maxBytes: size, limit: size, maxRead: size},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := &script{steps: []step{tt.step}}
			srv := newServer(t, s)
			tr := &countingTransport{}

			res, err := Fetch(t.Context(), srv.URL, fast(Options{MaxBytes: tt.maxBytes, Client: &http.Client{Transport: tr}}))

			assert.Equal(t, 1, int(s.n.Load()), "never retried")
			assert.LessOrEqual(t, tr.read.Load(), tt.maxRead, "body bytes read")
			if tt.tooLarge && tt.maxRead > 0 {
				assert.Equal(t, tt.limit+1, tr.read.Load(), "a streamed body is cut at the limit plus one byte")
			}
			if !tt.tooLarge {
				require.NoError(t, err)
				assert.NotNil(t, res.Catalog)
				return
			}
			require.Error(t, err)
			assert.Nil(t, res.Catalog)
			assert.ErrorIs(t, err, ErrTooLarge)
			assert.NotErrorIs(t, err, auhl.ErrInvalid)
			assert.Contains(t, err.Error(), "limit of "+strconv.FormatInt(tt.limit, 10)+" bytes")
		})
	}
}

func TestFetchETag(t *testing.T) {
	t.Parallel()
	valid := validJSON(t)
	const current = `"v2"`
	// The server answers 304 to If-None-Match: "v2", else the catalogue.
	handler := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", current)
		if r.Header.Get("If-None-Match") == current {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		serve(valid, current)(w, r)
	}
	tests := []struct {
		name        string
		etag        string
		notModified bool
	}{
		{name: "no ETag: the catalogue", etag: ""},
		{name: "an old ETag: the new catalogue", etag: `"v1"`},
		{name: "the current ETag: not modified", etag: current, notModified: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got atomic.Pointer[http.Header]
			srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				h := r.Header.Clone()
				got.Store(&h)
				handler(w, r)
			}))

			res, err := Fetch(t.Context(), srv.URL, fast(Options{ETag: tt.etag}))

			require.NoError(t, err)
			assert.Equal(t, current, res.ETag)
			assert.Equal(t, tt.notModified, res.NotModified)
			if tt.notModified {
				assert.Nil(t, res.Catalog)
			} else {
				assert.NotNil(t, res.Catalog)
			}
			sent := *got.Load()
			if tt.etag == "" {
				assert.NotContains(t, sent, "If-None-Match")
			} else {
				assert.Equal(t, tt.etag, sent.Get("If-None-Match"))
			}
		})
	}

	t.Run("304 without an ETag keeps the one sent", func(t *testing.T) {
		t.Parallel()
		srv := newServer(t, &script{steps: []step{status(304)}})
		res, err := Fetch(t.Context(), srv.URL, fast(Options{ETag: `W/"weak"`}))
		require.NoError(t, err)
		assert.True(t, res.NotModified)
		assert.Nil(t, res.Catalog)
		assert.Equal(t, `W/"weak"`, res.ETag)
	})
}

func TestFetchHeaders(t *testing.T) {
	t.Parallel()
	valid := validJSON(t)
	tests := []struct {
		name, userAgent, want string
	}{
		{name: "default User-Agent", want: "auhl-go/catalog-remote"},
		{name: "own User-Agent", userAgent: "studiepoort/2.1", want: "studiepoort/2.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got atomic.Pointer[http.Header]
			srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				h := r.Header.Clone()
				got.Store(&h)
				serve(valid, "")(w, r)
			}))
			_, err := Fetch(t.Context(), srv.URL, fast(Options{UserAgent: tt.userAgent}))
			require.NoError(t, err)
			sent := *got.Load()
			assert.Equal(t, tt.want, sent.Get("User-Agent"))
			assert.Equal(t, "application/json", sent.Get("Accept"))
		})
	}
}

// redirect answers with a redirect to target, which may be relative.
func redirect(code int, target string) step {
	return func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, target, code) }
}

// otherHost returns the URL of srv with "localhost" for "127.0.0.1": the
// same server on another origin.
func otherHost(t *testing.T, srv *httptest.Server) string {
	t.Helper()
	require.True(t, strings.HasPrefix(srv.URL, "http://127.0.0.1:"), srv.URL)
	return strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
}

func TestFetchRedirects(t *testing.T) {
	t.Parallel()
	valid := validJSON(t)
	// origin is the server Fetch is pointed at; other is a server on
	// another port. Each test sets the steps of both.
	type servers struct{ origin, other *httptest.Server }
	allowHost := func(host string) func(from, to *url.URL) bool {
		return func(_, to *url.URL) bool { return to.Host == host }
	}
	tests := []struct {
		name string
		// origin and other give the steps of both servers, knowing their URLs.
		origin, other func(s servers) []step
		opts          Options
		originHits    int // the requests the origin server must see
		otherHits     int // the requests the other server must see
		refused       string
		tooMany       bool
	}{
		{
			name:       "same origin, relative target, followed",
			origin:     func(servers) []step { return []step{redirect(301, "/new.json"), serve(valid, `"n"`)} },
			originHits: 2,
		},
		{
			name:       "same origin, absolute target with the explicit port, followed",
			origin:     func(s servers) []step { return []step{redirect(302, s.origin.URL+"/new.json"), serve(valid, `"n"`)} },
			originHits: 2,
		},
		{
			name:       "exactly MaxRedirects, followed",
			origin:     func(servers) []step { return append(steps(MaxRedirects, redirect(307, "/next")), serve(valid, `"n"`)) },
			originHits: MaxRedirects + 1,
		},
		{
			name:       "a loop is cut after MaxRedirects",
			origin:     func(servers) []step { return []step{redirect(302, "/loop")} },
			originHits: MaxRedirects + 1,
			refused:    "/loop",
			tooMany:    true,
		},
		{
			name:       "another host (localhost for 127.0.0.1), refused",
			origin:     func(s servers) []step { return []step{redirect(302, otherHost(t, s.other)+"/c.json")} },
			other:      func(servers) []step { return []step{serve(valid, "")} },
			originHits: 1,
			refused:    "localhost:",
		},
		{
			name:       "another port, refused",
			origin:     func(s servers) []step { return []step{redirect(301, s.other.URL+"/c.json")} },
			other:      func(servers) []step { return []step{serve(valid, "")} },
			originHits: 1,
			refused:    "127.0.0.1:",
		},
		{
			name:       "a link-local metadata address, refused before any connection",
			origin:     func(servers) []step { return []step{redirect(302, "http://169.254.169.254/latest/meta-data/")} },
			originHits: 1,
			refused:    "http://169.254.169.254/latest/meta-data/",
		},
		{
			name: "another scheme, refused",
			origin: func(s servers) []step {
				return []step{redirect(302, strings.Replace(s.origin.URL, "http:", "https:", 1))}
			},
			originHits: 1,
			refused:    "https://127.0.0.1:",
		},
		{
			name:   "another port, allowed by AllowRedirect, followed",
			origin: func(s servers) []step { return []step{redirect(302, s.other.URL+"/c.json")} },
			other:  func(servers) []step { return []step{serve(valid, `"n"`)} },
			opts: Options{AllowRedirect: func(from, to *url.URL) bool {
				return from.Path == "/catalog.json" && to.Path == "/c.json"
			}},
			originHits: 1,
			otherHits:  1,
		},
		{
			name: "allowed once, then on the allowed origin, then back: only the allowed hop is asked",
			origin: func(s servers) []step {
				return []step{redirect(302, s.other.URL+"/a"), serve(valid, `"n"`)}
			},
			other:      func(s servers) []step { return []step{redirect(302, s.origin.URL+"/b")} },
			opts:       Options{AllowRedirect: func(_, to *url.URL) bool { return to.Path == "/a" }},
			originHits: 2,
			otherHits:  1,
		},
		{
			name:       "another host refused by AllowRedirect",
			origin:     func(s servers) []step { return []step{redirect(302, otherHost(t, s.other)+"/c.json")} },
			other:      func(servers) []step { return []step{serve(valid, "")} },
			opts:       Options{AllowRedirect: allowHost("mirror.example.org")},
			originHits: 1,
			refused:    "localhost:",
		},
		{
			name:       "an allowed redirect still counts towards MaxRedirects",
			origin:     func(s servers) []step { return []step{redirect(302, s.other.URL+"/loop")} },
			other:      func(servers) []step { return []step{redirect(302, "/loop")} },
			opts:       Options{AllowRedirect: func(*url.URL, *url.URL) bool { return true }},
			originHits: 1,
			otherHits:  MaxRedirects,
			refused:    "/loop",
			tooMany:    true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			origin, other := &script{}, &script{}
			s := servers{origin: newServer(t, origin), other: newServer(t, other)}
			origin.steps = tt.origin(s)
			other.steps = []step{status(418)}
			if tt.other != nil {
				other.steps = tt.other(s)
			}

			res, err := Fetch(t.Context(), s.origin.URL+"/catalog.json", fast(tt.opts))

			assert.Equal(t, tt.originHits, int(origin.n.Load()), "requests to the origin")
			assert.Equal(t, tt.otherHits, int(other.n.Load()), "requests to the other server")
			assert.Equal(t, 1, res.Attempts, "redirects are no tries, and a refused one is not retried")
			if tt.refused == "" {
				require.NoError(t, err)
				assert.NotNil(t, res.Catalog)
				assert.Equal(t, `"n"`, res.ETag)
				return
			}
			require.Error(t, err)
			assert.Nil(t, res.Catalog)
			assert.ErrorIs(t, err, ErrRedirect)
			var re *RedirectError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, tt.tooMany, re.TooMany)
			assert.Contains(t, re.To.String(), tt.refused)
			assert.Contains(t, err.Error(), "redirect refused: ")
			assert.Contains(t, err.Error(), re.To.Host, "the message names the target host")
		})
	}
}

func TestRedirectErrorMessage(t *testing.T) {
	t.Parallel()
	u := func(s string) *url.URL {
		v, err := url.Parse(s)
		require.NoError(t, err)
		return v
	}
	tests := []struct {
		name string
		err  *RedirectError
		want string
	}{
		{name: "zero", err: &RedirectError{}, want: "redirect refused"},
		{name: "other origin, password redacted", err: &RedirectError{From: u("https://a.example/c.json"), To: u("https://anna:s3cret@b.example/c.json")},
			want: "redirect refused: https://anna:xxxxx@b.example/c.json is on another origin than the request (see Options.AllowRedirect)"},
		{name: "downgrade", err: &RedirectError{From: u("https://a.example/c.json"), To: u("http://a.example/c.json")},
			want: "redirect refused: http://a.example/c.json leaves https for http"},
		{name: "too many", err: &RedirectError{From: u("https://a.example/x"), To: u("https://a.example/x"), TooMany: true},
			want: "redirect refused: https://a.example/x would be redirect number 11, over the limit of 10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, tt.err.Error())
			assert.ErrorIs(t, tt.err, ErrRedirect)
			assert.NotErrorIs(t, tt.err, ErrTimeout)
		})
	}
}

// steps returns n times the step s.
func steps(n int, s step) []step {
	out := make([]step, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// An https catalogue that redirects to http is refused by default, even to
// the same host and port.
func TestFetchRedirectDowngrade(t *testing.T) {
	t.Parallel()
	valid := validJSON(t)
	var plainHits atomic.Int32
	plain := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		plainHits.Add(1)
		serve(valid, "")(w, r)
	}))
	var tlsSrv *httptest.Server
	tlsSrv = httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		target := plain.URL + "/c.json"
		if r.URL.Path == "/same-hostport" {
			target = strings.Replace(tlsSrv.URL, "https:", "http:", 1) + "/c.json"
		}
		http.Redirect(w, r, target, http.StatusFound)
	}))
	t.Cleanup(tlsSrv.Close)

	for _, path := range []string{"/other-port", "/same-hostport"} {
		t.Run(path, func(t *testing.T) {
			t.Parallel()
			res, err := Fetch(t.Context(), tlsSrv.URL+path, fast(Options{Client: tlsSrv.Client()}))

			require.Error(t, err)
			assert.Nil(t, res.Catalog)
			assert.ErrorIs(t, err, ErrRedirect)
			var re *RedirectError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, "http", re.To.Scheme)
			assert.Contains(t, err.Error(), "leaves https for http")
		})
	}
	assert.Zero(t, plainHits.Load())
}

// A caller's client is copied, never changed, and its own CheckRedirect
// runs after the rules of Fetch.
func TestFetchOwnClient(t *testing.T) {
	t.Parallel()
	valid := validJSON(t)
	origin, other := &script{}, &script{steps: []step{serve(valid, "")}}
	srv, otherSrv := newServer(t, origin), newServer(t, other)
	origin.steps = []step{redirect(302, "/same"), redirect(302, otherSrv.URL+"/c.json")}
	var ownChecks atomic.Int32
	own := &http.Client{
		Timeout: time.Hour,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			ownChecks.Add(1)
			return nil // would follow anything
		},
	}
	check := reflect.ValueOf(own.CheckRedirect).Pointer()

	_, err := Fetch(t.Context(), srv.URL, fast(Options{Client: own}))

	assert.ErrorIs(t, err, ErrRedirect, "the rules of Fetch apply to the caller's client")
	assert.Zero(t, other.n.Load())
	assert.Equal(t, 1, int(ownChecks.Load()), "the client's own check runs on the redirect Fetch allows")
	assert.Equal(t, time.Hour, own.Timeout, "the caller's client is not changed")
	assert.Equal(t, check, reflect.ValueOf(own.CheckRedirect).Pointer(), "the caller's client is not changed")
}

func TestFetchTimeouts(t *testing.T) {
	t.Parallel()
	valid := validJSON(t)
	tests := []struct {
		name    string
		handler func(release <-chan struct{}) step
		opts    Options
		total   bool          // Options.Timeout ran out, not one try's limit
		limit   time.Duration // the limit the error names
		tries   int           // 0: any number
		msg     string
	}{
		{
			name:    "headers never sent: Options.Timeout ends it",
			handler: hangHeaders,
			opts:    Options{Timeout: 200 * time.Millisecond},
			total:   true,
			limit:   200 * time.Millisecond,
			tries:   1,
			msg:     "timed out: the whole fetch is limited to 200ms (Options.Timeout)",
		},
		{
			name: "body trickled: Options.Timeout ends it",
			handler: func(release <-chan struct{}) step {
				return func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Length", strconv.Itoa(len(valid)))
					for i := range valid {
						if _, err := w.Write(valid[i : i+1]); err != nil {
							return
						}
						w.(http.Flusher).Flush()
						select {
						case <-time.After(20 * time.Millisecond):
						case <-r.Context().Done():
							return
						case <-release:
							return
						}
					}
				}
			},
			opts:  Options{Timeout: 300 * time.Millisecond},
			total: true,
			limit: 300 * time.Millisecond,
			tries: 1,
		},
		{
			name:    "retries that keep hanging: Options.Timeout ends them",
			handler: hangHeaders,
			opts:    Options{Timeout: 300 * time.Millisecond, TryTimeout: 50 * time.Millisecond, MaxRetries: 1000},
			total:   true,
			limit:   300 * time.Millisecond,
		},
		{
			name:    "one try, cut off by TryTimeout",
			handler: hangHeaders,
			opts:    Options{TryTimeout: 50 * time.Millisecond, MaxRetries: -1},
			limit:   50 * time.Millisecond,
			tries:   1,
			msg:     "timed out: one try is limited to 50ms (Options.TryTimeout)",
		},
		{
			name:    "every try cut off by TryTimeout",
			handler: hangHeaders,
			opts:    Options{TryTimeout: 50 * time.Millisecond, MaxRetries: 2},
			limit:   50 * time.Millisecond,
			tries:   3,
		},
		{
			name:    "cut off by the shorter Timeout of the caller's client",
			handler: hangHeaders,
			opts:    Options{Client: &http.Client{Timeout: 50 * time.Millisecond}, MaxRetries: -1},
			limit:   50 * time.Millisecond,
			tries:   1,
		},
		{
			name: "a try timed out, then ok",
			handler: func(release <-chan struct{}) step {
				var n atomic.Int32
				return func(w http.ResponseWriter, r *http.Request) {
					if n.Add(1) == 1 {
						hang(r, release)
						return
					}
					serve(valid, "")(w, r)
				}
			},
			opts:  Options{TryTimeout: 50 * time.Millisecond},
			tries: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv, requests := releasingServer(t, tt.handler)
			ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
			defer cancel()

			res, err := Fetch(ctx, srv.URL, fast(tt.opts))

			require.NoError(t, ctx.Err(), "Fetch ended before the caller's context")
			if tt.tries != 0 {
				assert.Equal(t, tt.tries, int(requests.Load()))
				assert.Equal(t, tt.tries, res.Attempts)
			}
			if tt.limit == 0 {
				require.NoError(t, err)
				assert.NotNil(t, res.Catalog)
				return
			}
			require.Error(t, err)
			assert.Nil(t, res.Catalog)
			assert.ErrorIs(t, err, ErrTimeout)
			assert.NotErrorIs(t, err, context.DeadlineExceeded, "the caller's context is alive")
			assert.NotErrorIs(t, err, context.Canceled)
			var te *TimeoutError
			require.ErrorAs(t, err, &te)
			assert.Equal(t, tt.total, te.Total)
			assert.Equal(t, tt.limit, te.Limit)
			assert.NotContains(t, err.Error(), "context deadline exceeded")
			if tt.msg != "" {
				assert.True(t, strings.HasSuffix(err.Error(), tt.msg), err.Error())
			}
		})
	}
}

// The caller's context is reported as such even when it ends together with,
// or instead of, a limit of Fetch.
func TestFetchCallerDeadlineWins(t *testing.T) {
	t.Parallel()
	srv, _ := releasingServer(t, hangHeaders)
	tests := []struct {
		name string
		opts Options
	}{
		{name: "context shorter than Options.Timeout", opts: Options{Timeout: time.Hour}},
		{name: "context shorter than TryTimeout", opts: Options{TryTimeout: time.Hour}},
		{name: "context as short as Options.Timeout", opts: Options{Timeout: 100 * time.Millisecond}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
			defer cancel()

			_, err := Fetch(ctx, srv.URL, fast(tt.opts))

			require.Error(t, err)
			if ctx.Err() == nil {
				return // Fetch's own limit came first: not this test's case
			}
			assert.ErrorIs(t, err, context.DeadlineExceeded)
			assert.NotErrorIs(t, err, ErrTimeout)
		})
	}
}

func TestLoadWithin(t *testing.T) {
	t.Parallel()
	valid := validJSON(t)
	block := make(chan struct{})
	t.Cleanup(func() { close(block) })
	slow := func(r io.Reader) (*catalog.Catalog, error) {
		<-block
		return catalog.Load(r)
	}

	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	cat, err := loadWithin(ctx, valid, slow)
	assert.Nil(t, cat)
	assert.ErrorIs(t, err, context.DeadlineExceeded, "a validation that outlasts the context is not waited for")

	cat, err = loadWithin(t.Context(), valid, catalog.Load)
	require.NoError(t, err)
	assert.NotNil(t, cat)
}

func TestFetchContext(t *testing.T) {
	t.Parallel()
	valid := validJSON(t)
	tests := []struct {
		name     string
		handler  func(release <-chan struct{}) step // see releasingServer
		opts     Options
		cancel   bool   // cancel the context before Fetch
		requests int    // the requests the server must see
		previous string // the earlier failure the message must name
	}{
		{
			name:     "server hangs before the headers",
			handler:  hangHeaders,
			requests: 1,
		},
		{
			name: "server hangs in the body",
			handler: func(release <-chan struct{}) step {
				return func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Length", strconv.Itoa(len(valid)))
					_, _ = w.Write(valid[:10])
					w.(http.Flusher).Flush()
					hang(r, release)
				}
			},
			requests: 1,
		},
		{
			name: "server hangs on the second try",
			handler: func(release <-chan struct{}) step {
				var n atomic.Int32
				return func(w http.ResponseWriter, r *http.Request) {
					if n.Add(1) == 1 {
						status(502)(w, r)
						return
					}
					hang(r, release)
				}
			},
			requests: 2,
			previous: "unexpected status 502 Bad Gateway",
		},
		{
			name: "context ends while waiting for Retry-After",
			handler: func(<-chan struct{}) step {
				return status(503, "Retry-After", "3600")
			},
			opts:     Options{MaxBackoff: time.Hour},
			requests: 1,
			previous: "unexpected status 503 Service Unavailable",
		},
		{
			name: "context ends during exponential backoff",
			handler: func(<-chan struct{}) step {
				return status(500)
			},
			opts:     Options{MinBackoff: time.Hour, MaxBackoff: time.Hour},
			requests: 1,
			previous: "unexpected status 500 Internal Server Error",
		},
		{
			name:     "context already cancelled",
			handler:  func(<-chan struct{}) step { return serve(valid, "") },
			cancel:   true,
			requests: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv, requests := releasingServer(t, tt.handler)
			ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond)
			defer cancel()
			want := context.DeadlineExceeded
			if tt.cancel {
				cancel()
				want = context.Canceled
			}

			res, err := Fetch(ctx, srv.URL, fast(tt.opts))

			require.Error(t, err)
			assert.ErrorIs(t, err, want)
			var se *StatusError
			assert.False(t, errors.As(err, &se), "the context's end is no StatusError")
			assert.Nil(t, res.Catalog)
			assert.Equal(t, tt.requests, int(requests.Load()))
			assert.Equal(t, tt.requests, res.Attempts)
			if tt.previous != "" {
				assert.Contains(t, err.Error(), "previous try: "+tt.previous)
			}
		})
	}
}

func TestFetchBadInput(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		url    string
		opts   Options
		target error  // nil: any error
		hidden string // must not appear in the message
	}{
		{name: "empty", url: "", target: ErrBadURL},
		{name: "relative", url: "/catalog.json", target: ErrBadURL},
		{name: "no host", url: "http:///catalog.json", target: ErrBadURL},
		{name: "opaque", url: "http:catalog.json", target: ErrBadURL},
		{name: "ftp", url: "ftp://example.org/catalog.json", target: ErrBadURL},
		{name: "file", url: "file:///etc/passwd", target: ErrBadURL},
		{name: "javascript", url: "javascript:alert(1)", target: ErrBadURL},
		{name: "unparsable", url: "http://[::1/catalog.json", target: ErrBadURL},
		{name: "control character", url: "http://example.org/\x7f", target: ErrBadURL},
		{name: "password is redacted", url: "ftp://anna:s3cret@example.org/c.json", target: ErrBadURL, hidden: "s3cret"},
		{name: "ETag with a newline", url: "http://example.org/c.json", opts: Options{ETag: "\"a\"\r\nX-Evil: 1"}},
		{name: "User-Agent with a NUL", url: "http://example.org/c.json", opts: Options{UserAgent: "a\x00b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tr := &countingTransport{}
			tt.opts.Client = &http.Client{Transport: tr}

			res, err := Fetch(t.Context(), tt.url, tt.opts)

			require.Error(t, err)
			assert.Zero(t, tr.trips.Load(), "no request is made")
			assert.Zero(t, res)
			assert.True(t, strings.HasPrefix(err.Error(), "remote: "), err.Error())
			if tt.target != nil {
				assert.ErrorIs(t, err, tt.target)
			}
			if tt.hidden != "" {
				assert.NotContains(t, err.Error(), tt.hidden)
			}
		})
	}
}

func TestOptionsDefaults(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   Options
		want Options // Client is checked apart
	}{
		{
			name: "zero",
			want: Options{MaxRetries: 3, MinBackoff: 250 * time.Millisecond, MaxBackoff: 5 * time.Second, Timeout: 30 * time.Second,
				TryTimeout: 10 * time.Second, MaxBytes: 4 << 20, UserAgent: "auhl-go/catalog-remote"},
		},
		{
			name: "negative",
			in:   Options{MaxRetries: -1, MinBackoff: -1, MaxBackoff: -1, Timeout: -1, TryTimeout: -1, MaxBytes: -1},
			want: Options{MaxRetries: 0, MinBackoff: 250 * time.Millisecond, MaxBackoff: 5 * time.Second, Timeout: 30 * time.Second,
				TryTimeout: 10 * time.Second, MaxBytes: 4 << 20, UserAgent: "auhl-go/catalog-remote"},
		},
		{
			name: "MaxBackoff below MinBackoff, TryTimeout above Timeout, MaxBytes above catalog.MaxSize",
			in: Options{MaxRetries: 7, MinBackoff: 2 * time.Second, MaxBackoff: time.Second, Timeout: 5 * time.Second, TryTimeout: time.Minute,
				MaxBytes: 1 << 40, ETag: `"x"`, UserAgent: "me"},
			want: Options{MaxRetries: 7, MinBackoff: 2 * time.Second, MaxBackoff: 2 * time.Second, Timeout: 5 * time.Second, TryTimeout: 5 * time.Second,
				MaxBytes: catalog.MaxSize, ETag: `"x"`, UserAgent: "me"},
		},
		{
			name: "a long Timeout is kept",
			in:   Options{Timeout: 10 * time.Minute, TryTimeout: 2 * time.Minute},
			want: Options{MaxRetries: 3, MinBackoff: 250 * time.Millisecond, MaxBackoff: 5 * time.Second, Timeout: 10 * time.Minute,
				TryTimeout: 2 * time.Minute, MaxBytes: 4 << 20, UserAgent: "auhl-go/catalog-remote"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := tt.in.withDefaults()
			assert.Same(t, defaultClient(), got.Client)
			got.Client = nil
			assert.Equal(t, tt.want, got)
		})
	}
	own := &http.Client{}
	assert.Same(t, own, Options{Client: own}.withDefaults().Client)
}

// The documented defaults: the whole of Fetch well under a minute, one try
// shorter, ten redirects.
func TestDefaultLimits(t *testing.T) {
	t.Parallel()
	assert.Equal(t, 30*time.Second, DefaultTimeout)
	assert.Equal(t, 10*time.Second, DefaultTryTimeout)
	assert.Equal(t, 10, MaxRedirects)
	assert.Less(t, DefaultTryTimeout, DefaultTimeout)

	o := Options{}.withDefaults()
	assert.Equal(t, DefaultTimeout, o.Timeout)
	assert.Equal(t, DefaultTryTimeout, o.TryTimeout)
	assert.Zero(t, defaultClient().Timeout, "the shared client has no limit of its own: each Fetch sets it on a copy")

	f := &fetcher{opts: o}
	c := f.httpClient()
	assert.Equal(t, DefaultTryTimeout, c.Timeout, "the copy of the default client limits a try")
	assert.NotSame(t, defaultClient(), c)
	assert.Nil(t, defaultClient().CheckRedirect, "the shared client is not changed")
}

func TestClientIsSilent(t *testing.T) {
	t.Parallel()
	f := &fetcher{opts: Options{}.withDefaults()}
	c := f.client()
	assert.Nil(t, c.Logger, "go-retryablehttp must not log")
	assert.NotNil(t, c.ErrorHandler, "errors are our own, not the library's \"giving up\" message")
	assert.NotNil(t, c.Backoff)
	assert.NotNil(t, c.CheckRetry)
}

func TestBackoff(t *testing.T) {
	t.Parallel()
	now := time.Date(2025, 9, 22, 10, 0, 0, 0, time.UTC)
	const (
		lo = 100 * time.Millisecond
		hi = 10 * time.Second
	)
	resp := func(code int, retryAfter string) *http.Response {
		r := &http.Response{StatusCode: code, Header: http.Header{}}
		if retryAfter != "" {
			r.Header.Set("Retry-After", retryAfter)
		}
		return r
	}
	tests := []struct {
		name     string
		retry    int
		resp     *http.Response
		min, max time.Duration // the range the wait must lie in
	}{
		{name: "first retry", retry: 0, min: lo, max: lo * 3 / 2},
		{name: "second retry doubles", retry: 1, min: 2 * lo, max: 3 * lo},
		{name: "fourth retry", retry: 3, min: 8 * lo, max: 12 * lo},
		{name: "capped", retry: 10, min: hi, max: hi},
		{name: "capped far out", retry: 1 << 30, min: hi, max: hi},
		{name: "500 ignores Retry-After", retry: 0, resp: resp(500, "7"), min: lo, max: lo * 3 / 2},
		{name: "429 seconds", retry: 0, resp: resp(429, "2"), min: 2 * time.Second, max: 2 * time.Second},
		{name: "503 seconds", retry: 3, resp: resp(503, "3"), min: 3 * time.Second, max: 3 * time.Second},
		{name: "429 seconds capped", retry: 0, resp: resp(429, "3600"), min: hi, max: hi},
		{name: "429 huge seconds capped", retry: 0, resp: resp(429, "99999999999999999999999"), min: hi, max: hi},
		{name: "429 zero raised to the minimum", retry: 0, resp: resp(429, "0"), min: lo, max: lo},
		{name: "503 IMF-fixdate", retry: 0, resp: resp(503, "Mon, 22 Sep 2025 10:00:04 GMT"), min: 4 * time.Second, max: 4 * time.Second},
		{name: "503 RFC 850 date", retry: 0, resp: resp(503, "Monday, 22-Sep-25 10:00:05 GMT"), min: 5 * time.Second, max: 5 * time.Second},
		{name: "503 asctime date", retry: 0, resp: resp(503, "Mon Sep 22 10:00:06 2025"), min: 6 * time.Second, max: 6 * time.Second},
		{name: "429 date far ahead capped", retry: 0, resp: resp(429, "Tue, 01 Jan 2030 00:00:00 GMT"), min: hi, max: hi},
		{name: "429 date in the past", retry: 2, resp: resp(429, "Mon, 22 Sep 2025 09:00:00 GMT"), min: lo, max: lo},
		{name: "429 negative falls back", retry: 1, resp: resp(429, "-5"), min: 2 * lo, max: 3 * lo},
		{name: "429 garbage falls back", retry: 1, resp: resp(429, "soon"), min: 2 * lo, max: 3 * lo},
		{name: "429 fraction falls back", retry: 0, resp: resp(429, "1.5"), min: lo, max: lo * 3 / 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			for range 50 { // the jitter is random
				d := backoff(lo, hi, tt.retry, tt.resp, now)
				require.GreaterOrEqual(t, d, tt.min)
				require.LessOrEqual(t, d, tt.max)
			}
		})
	}
}

// releasingServer starts a server that answers with the step handler makes
// and counts the requests. handler gets release, closed when the test ends
// (before the server is closed), so that a hanging handler returns and
// httptest.Server.Close does not hang.
func releasingServer(t *testing.T, handler func(release <-chan struct{}) step) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	requests := new(atomic.Int32)
	release := make(chan struct{})
	h := handler(release)
	srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		h(w, r)
	}))
	t.Cleanup(func() { close(release) }) // runs before srv.Close
	return srv, requests
}

// hangHeaders makes a step that sends nothing, not even the headers, until
// the client goes away or release is closed.
func hangHeaders(release <-chan struct{}) step {
	return func(_ http.ResponseWriter, r *http.Request) { hang(r, release) }
}

// hang blocks a handler until the client goes away or the test releases it.
func hang(r *http.Request, release <-chan struct{}) {
	select {
	case <-r.Context().Done():
	case <-release:
	}
}

// FuzzBackoff holds every wait within [MinBackoff, MaxBackoff], whatever
// Retry-After a server sends.
func FuzzBackoff(f *testing.F) {
	for _, seed := range []string{"", "0", "3", "3600", "-5", "1.5", "soon", "99999999999999999999999",
		"Mon, 22 Sep 2025 10:00:04 GMT", "Monday, 22-Sep-25 10:00:05 GMT", "Mon Sep 22 10:00:06 2025"} {
		f.Add(seed, 0, true)
	}
	now := time.Date(2025, 9, 22, 10, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, retryAfter string, retry int, tooMany bool) {
		const lo, hi = 100 * time.Millisecond, 10 * time.Second
		resp := &http.Response{StatusCode: http.StatusServiceUnavailable, Header: http.Header{"Retry-After": {retryAfter}}}
		if tooMany {
			resp.StatusCode = http.StatusTooManyRequests
		}
		d := backoff(lo, hi, max(retry, 0), resp, now)
		if d < lo || d > hi {
			t.Fatalf("backoff(%q, retry %d) = %v, want within [%v, %v]", retryAfter, retry, d, lo, hi)
		}
	})
}
