package remote

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/go-retryablehttp"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
)

// The defaults of the zero fields of Options.
const (
	defaultMaxRetries = 3
	defaultMinBackoff = 250 * time.Millisecond
	defaultMaxBackoff = 5 * time.Second
	defaultMaxBytes   = 4 << 20
	defaultUserAgent  = "auhl-go/catalog-remote"

	// drainLimit bounds what is read from an unwanted body (an error page)
	// so that the connection can be reused.
	drainLimit = 4 << 10
)

// Options tunes Fetch. The zero value is useful: a default client, 3
// retries with backoff from 250ms to 5s, a 4 MiB limit, no ETag.
type Options struct {
	// Client sends the requests. Nil means a client shared by every Fetch
	// that uses the proxy of the environment, connects and does the TLS
	// handshake within 10s each, waits at most 30s for the response
	// headers and gives up on one try after 2 minutes.
	Client *http.Client
	// MaxRetries is the number of retries after the first try: 0 means 3,
	// a negative number means no retry.
	MaxRetries int
	// MinBackoff is the wait before the first retry; each following wait
	// doubles, with up to 50% jitter added. Zero or negative means 250ms.
	MinBackoff time.Duration
	// MaxBackoff caps every wait, a server's Retry-After included. Zero or
	// negative means 5s; below MinBackoff, it is raised to MinBackoff.
	MaxBackoff time.Duration
	// MaxBytes limits the size of the catalogue file. Zero or negative
	// means 4 MiB; a value above catalog.MaxSize is lowered to it.
	MaxBytes int64
	// ETag is the ETag of the catalogue the caller has, from an earlier
	// Result: it is sent as If-None-Match, and a 304 Not Modified answer
	// gives a Result with NotModified set.
	ETag string
	// UserAgent is the User-Agent header; empty means
	// "auhl-go/catalog-remote".
	UserAgent string
}

// Result is the outcome of a successful Fetch: a new catalogue, or word
// that the caller's is current.
type Result struct {
	// Catalog is the downloaded, validated catalogue; nil when NotModified.
	Catalog *catalog.Catalog
	// ETag is the server's ETag for the catalogue, to pass as Options.ETag
	// next time; empty when the server sends none. When NotModified it is
	// the ETag the caller sent, unless the server sent a new one.
	ETag string
	// NotModified is true when the server answered 304 Not Modified to the
	// Options.ETag sent: keep the catalogue you have.
	NotModified bool
	// Attempts is the number of tries made, the first included; the
	// redirects followed within a try do not count. Fetch also sets it when
	// it returns an error.
	Attempts int
}

// ErrBadURL is the error of a URL that is not an absolute http or https
// URL. Fetch reports it before making any request.
var ErrBadURL = errors.New("bad URL")

// ErrTooLarge is the error of a catalogue file larger than Options.MaxBytes,
// whether the Content-Length header says so or the body turns out longer.
// At most MaxBytes+1 bytes of such a body are read.
var ErrTooLarge = errors.New("catalogue too large")

// StatusError is the error of a final response whose status is not 2xx (nor
// 304 to a request with an ETag): a status that is not retried, such as 404,
// or the status of the last try when the retries ran out, such as 503.
type StatusError struct {
	// Code is the HTTP status code, such as 404.
	Code int
}

// Error returns "unexpected status" with the code and its text, such as
// "unexpected status 404 Not Found".
func (e *StatusError) Error() string {
	s := "unexpected status " + strconv.Itoa(e.Code)
	if t := http.StatusText(e.Code); t != "" {
		s += " " + t
	}
	return s
}

// Fetch downloads the catalogue file at rawURL (http or https), validates it
// with catalog.Load and returns it. See the package documentation for the
// retries and the errors. On error the Result holds only Attempts; Fetch
// never changes a catalogue the caller already has. It is safe for
// concurrent use.
func Fetch(ctx context.Context, rawURL string, opts Options) (Result, error) {
	u, err := parseURL(rawURL)
	if err != nil {
		return Result{}, err
	}
	if err := checkHeaderValue("ETag", opts.ETag); err != nil {
		return Result{}, err
	}
	if err := checkHeaderValue("UserAgent", opts.UserAgent); err != nil {
		return Result{}, err
	}
	f := &fetcher{opts: opts.withDefaults(), where: "GET " + u.Redacted()}
	if ctx == nil {
		return Result{}, errors.New("remote: nil context")
	}
	if err := ctx.Err(); err != nil {
		return Result{}, f.fail(err)
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Result{}, f.fail(err)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", f.opts.UserAgent)
	if f.opts.ETag != "" {
		req.Header.Set("If-None-Match", f.opts.ETag)
	}
	// Reading and checking the body inside the retry loop lets a body cut
	// short by the network be retried like any network error.
	req.SetResponseHandler(f.handle)

	resp, err := f.client().Do(req)
	if err != nil {
		var fe *fetchError
		if !errors.As(err, &fe) {
			// The client returns the context's error bare when it ends
			// during a wait between tries.
			err = f.fail(err)
		}
		return Result{Attempts: f.attempts}, err
	}
	resp.Body.Close()
	return Result{Catalog: f.cat, ETag: f.etag, NotModified: f.notModified, Attempts: f.attempts}, nil
}

func (o Options) withDefaults() Options {
	switch {
	case o.MaxRetries == 0:
		o.MaxRetries = defaultMaxRetries
	case o.MaxRetries < 0:
		o.MaxRetries = 0
	}
	if o.MinBackoff <= 0 {
		o.MinBackoff = defaultMinBackoff
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = defaultMaxBackoff
	}
	o.MaxBackoff = max(o.MaxBackoff, o.MinBackoff)
	if o.MaxBytes <= 0 {
		o.MaxBytes = defaultMaxBytes
	}
	o.MaxBytes = min(o.MaxBytes, int64(catalog.MaxSize))
	if o.UserAgent == "" {
		o.UserAgent = defaultUserAgent
	}
	if o.Client == nil {
		o.Client = defaultClient()
	}
	return o
}

// defaultClient is the client of Options whose Client is nil, shared so
// that connections are reused.
var defaultClient = sync.OnceValue(func() *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.DialContext = (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	t.TLSHandshakeTimeout = 10 * time.Second
	t.ResponseHeaderTimeout = 30 * time.Second
	return &http.Client{Transport: t, Timeout: 2 * time.Minute}
})

func parseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("remote: %w: %w", ErrBadURL, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return nil, fmt.Errorf("remote: %w %q: want an absolute http or https URL", ErrBadURL, u.Redacted())
	}
	return u, nil
}

// checkHeaderValue rejects the control characters that net/http would
// refuse to send, so that the caller gets a clear error before any request.
func checkHeaderValue(field, v string) error {
	for i := 0; i < len(v); i++ {
		if c := v[i]; (c < ' ' && c != '\t') || c == 0x7f {
			return fmt.Errorf("remote: Options.%s %q holds a control character", field, v)
		}
	}
	return nil
}

// fetcher holds the state of one Fetch. The retrying client calls its
// methods one at a time, from the goroutine of Fetch.
type fetcher struct {
	opts  Options
	where string // "GET <redacted URL>", for error messages

	attempts int
	lastErr  error // the failure of the last try that was retried

	cat         *catalog.Catalog
	etag        string
	notModified bool
}

// client builds the retrying client. It is a literal rather than
// retryablehttp.NewClient, whose client logs every try to os.Stderr and
// makes a transport of its own that would go unused.
func (f *fetcher) client() *retryablehttp.Client {
	return &retryablehttp.Client{
		HTTPClient:   f.opts.Client,
		Logger:       nil, // no log output
		RetryMax:     f.opts.MaxRetries,
		RetryWaitMin: f.opts.MinBackoff,
		RetryWaitMax: f.opts.MaxBackoff,
		CheckRetry:   f.checkRetry,
		Backoff: func(minWait, maxWait time.Duration, retry int, resp *http.Response) time.Duration {
			return backoff(minWait, maxWait, retry, resp, time.Now())
		},
		ErrorHandler:   f.giveUp,
		RequestLogHook: func(retryablehttp.Logger, *http.Request, int) { f.attempts++ },
	}
}

// handle reads and checks a response that will not be retried for its
// status. An error it returns goes through checkRetry.
func (f *fetcher) handle(resp *http.Response) error {
	f.cat, f.etag, f.notModified = nil, "", false
	switch {
	case resp.StatusCode == http.StatusNotModified && f.opts.ETag != "":
		f.notModified = true
		f.etag = resp.Header.Get("ETag")
		if f.etag == "" {
			f.etag = f.opts.ETag
		}
		return nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		drain(resp.Body)
		return &StatusError{Code: resp.StatusCode}
	}
	limit := f.opts.MaxBytes
	if resp.ContentLength > limit {
		return fmt.Errorf("%w: Content-Length %d is over the limit of %d bytes", ErrTooLarge, resp.ContentLength, limit)
	}
	var buf bytes.Buffer
	if resp.ContentLength > 0 {
		buf.Grow(int(resp.ContentLength) + 1)
	}
	n, err := buf.ReadFrom(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return fmt.Errorf("reading the body: %w", err) // a network error: retried
	}
	if n > limit {
		return fmt.Errorf("%w: over the limit of %d bytes", ErrTooLarge, limit)
	}
	cat, err := catalog.Load(&buf)
	if err != nil {
		return err
	}
	f.cat, f.etag = cat, resp.Header.Get("ETag")
	return nil
}

// checkRetry decides after every try, and again after handle, whether to
// try again.
func (f *fetcher) checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		var se *StatusError
		if errors.Is(err, ErrTooLarge) || errors.Is(err, auhl.ErrInvalid) || errors.As(err, &se) {
			return false, nil // the answer is final; handle's error is reported
		}
		// Network errors, a body cut short included, are retried unless
		// they cannot heal: too many redirects, an unsupported scheme, an
		// invalid header, an untrusted certificate.
		retry, _ := retryablehttp.DefaultRetryPolicy(ctx, resp, err)
		if retry {
			f.lastErr = err
		}
		return retry, nil
	}
	if retryableStatus(resp.StatusCode) {
		f.lastErr = &StatusError{Code: resp.StatusCode}
		return true, nil
	}
	return false, nil
}

// retryableStatus reports whether a status may heal by itself: 429 and the
// 5xx statuses except 501 Not Implemented (the server will not do GET).
func retryableStatus(code int) bool {
	return code == http.StatusTooManyRequests ||
		(code >= 500 && code != http.StatusNotImplemented) ||
		code == 0
}

// giveUp is the client's ErrorHandler: it turns the last outcome into the
// error of Fetch and closes the last response.
func (f *fetcher) giveUp(resp *http.Response, err error, _ int) (*http.Response, error) {
	if resp != nil {
		// Not drained: the body may be the one that was too large.
		resp.Body.Close()
		if err == nil {
			// The retries ran out on a retryable status.
			err = &StatusError{Code: resp.StatusCode}
		}
	}
	if err == nil {
		err = errors.New("no response") // not expected from the client
	}
	return nil, f.fail(err)
}

// fail wraps the cause of a failed Fetch with the request and the number of
// tries. A *url.Error's own "Get \"<url>\"" prefix is left out of the
// message, as the request is already named, but the error stays in the
// chain.
func (f *fetcher) fail(cause error) error {
	var b strings.Builder
	b.WriteString("remote: ")
	b.WriteString(f.where)
	if f.attempts > 1 {
		fmt.Fprintf(&b, " failed after %d attempts", f.attempts)
	}
	b.WriteString(": ")
	if errors.Is(cause, auhl.ErrInvalid) {
		b.WriteString("catalogue rejected: ")
	}
	b.WriteString(detail(cause))
	if (errors.Is(cause, context.Canceled) || errors.Is(cause, context.DeadlineExceeded)) && f.lastErr != nil {
		// The context ended during a try or a wait: say why it was
		// retrying, without claiming that failure as the cause.
		b.WriteString("; previous try: ")
		b.WriteString(detail(f.lastErr))
	}
	return &fetchError{msg: b.String(), err: cause}
}

func detail(err error) string {
	if ue, ok := err.(*url.Error); ok && ue.Err != nil {
		return ue.Err.Error()
	}
	return err.Error()
}

// fetchError is an error of Fetch: a readable message over the cause.
type fetchError struct {
	msg string
	err error
}

func (e *fetchError) Error() string { return e.msg }
func (e *fetchError) Unwrap() error { return e.err }

// drain reads a little of an unwanted body so that the connection can be
// reused, and closes it.
func drain(body io.ReadCloser) {
	_, _ = io.CopyN(io.Discard, body, drainLimit)
	body.Close()
}

// backoff returns the wait before retry number retry+1: the server's
// Retry-After on 429 and 503, else minWait doubled per retry with up to 50%
// jitter, always within [minWait, maxWait]. now is the time the HTTP-date
// form of Retry-After is measured from.
func backoff(minWait, maxWait time.Duration, retry int, resp *http.Response, now time.Time) time.Duration {
	if resp != nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable) {
		if d, ok := retryAfter(resp.Header.Get("Retry-After"), now); ok {
			return min(max(d, minWait), maxWait)
		}
	}
	d := minWait
	for i := 0; i < retry && d < maxWait; i++ {
		if d > maxWait/2 {
			d = maxWait
			break
		}
		d *= 2
	}
	d = min(d, maxWait)
	if j := rand.N(d/2 + 1); d < maxWait-j {
		d += j
	} else {
		d = maxWait
	}
	return d
}

// retryAfter parses a Retry-After value, delay-seconds or an HTTP date
// (RFC 9110, section 10.2.3), as a wait from now. A date in the past is no
// wait.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if v[0] >= '0' && v[0] <= '9' {
		secs, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			if errors.Is(err, strconv.ErrRange) {
				return time.Duration(1<<63 - 1), true
			}
			return 0, false
		}
		if secs > uint64((1<<63-1)/time.Second) {
			return time.Duration(1<<63 - 1), true
		}
		return time.Duration(secs) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}
