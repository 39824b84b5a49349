package remote

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
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

func TestFetchFollowsRedirects(t *testing.T) {
	t.Parallel()
	valid := validJSON(t)
	mux := http.NewServeMux()
	mux.Handle("/old.json", http.RedirectHandler("/new.json", http.StatusMovedPermanently))
	mux.HandleFunc("/new.json", serve(valid, `"n"`))
	srv := newServer(t, mux)

	res, err := Fetch(t.Context(), srv.URL+"/old.json", fast(Options{}))

	require.NoError(t, err)
	assert.NotNil(t, res.Catalog)
	assert.Equal(t, `"n"`, res.ETag)
	assert.Equal(t, 1, res.Attempts)
}

func TestFetchContext(t *testing.T) {
	t.Parallel()
	valid := validJSON(t)
	tests := []struct {
		name string
		// handler gets release, closed when the test ends, so that a
		// hanging handler returns and httptest.Server.Close does not hang.
		handler  func(release <-chan struct{}) step
		opts     Options
		cancel   bool   // cancel the context before Fetch
		requests int    // the requests the server must see
		previous string // the earlier failure the message must name
	}{
		{
			name: "server hangs before the headers",
			handler: func(release <-chan struct{}) step {
				return func(_ http.ResponseWriter, r *http.Request) {
					hang(r, release)
				}
			},
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
			var requests atomic.Int32
			release := make(chan struct{})
			h := tt.handler(release)
			srv := newServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				requests.Add(1)
				h(w, r)
			}))
			t.Cleanup(func() { close(release) }) // runs before srv.Close
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
			want: Options{MaxRetries: 3, MinBackoff: 250 * time.Millisecond, MaxBackoff: 5 * time.Second, MaxBytes: 4 << 20, UserAgent: "auhl-go/catalog-remote"},
		},
		{
			name: "negative",
			in:   Options{MaxRetries: -1, MinBackoff: -1, MaxBackoff: -1, MaxBytes: -1},
			want: Options{MaxRetries: 0, MinBackoff: 250 * time.Millisecond, MaxBackoff: 5 * time.Second, MaxBytes: 4 << 20, UserAgent: "auhl-go/catalog-remote"},
		},
		{
			name: "MaxBackoff below MinBackoff, MaxBytes above catalog.MaxSize",
			in:   Options{MaxRetries: 7, MinBackoff: 2 * time.Second, MaxBackoff: time.Second, MaxBytes: 1 << 40, ETag: `"x"`, UserAgent: "me"},
			want: Options{MaxRetries: 7, MinBackoff: 2 * time.Second, MaxBackoff: 2 * time.Second, MaxBytes: catalog.MaxSize, ETag: `"x"`, UserAgent: "me"},
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

// hang blocks a handler until the client goes away or the test releases it.
func hang(r *http.Request, release <-chan struct{}) {
	select {
	case <-r.Context().Done():
	case <-release:
	}
}
