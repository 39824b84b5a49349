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

// DefaultTimeout is the time limit of a whole Fetch, every try, redirect
// and wait between tries included, when Options.Timeout is zero.
const DefaultTimeout = 30 * time.Second

// DefaultTryTimeout is the time limit of one try, from sending the request
// to reading the last byte of the body, when Options.TryTimeout is zero.
const DefaultTryTimeout = 10 * time.Second

// MaxRedirects is the number of redirects Fetch follows within one try, at
// most; the next one fails with a [*RedirectError].
const MaxRedirects = 10

// The defaults of the other zero fields of Options.
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
// retries with backoff from 250ms to 5s, 10s per try and 30s in all,
// redirects on the same origin only, a 4 MiB limit, no ETag.
type Options struct {
	// Client sends the requests. Nil means a client shared by every Fetch
	// that uses the proxy of the environment and connects and does the TLS
	// handshake within 10s each. Fetch works on a copy of the client and
	// never changes it: the copy applies TryTimeout (unless the client's
	// own Timeout is shorter) and the redirect rules of Fetch before the
	// client's own CheckRedirect.
	Client *http.Client
	// Timeout limits the whole of Fetch: every try, redirect and wait
	// between tries, the reading and the validation of the body. When it
	// runs out Fetch returns a [*TimeoutError] with Total set. Zero or
	// negative means DefaultTimeout (30s). The context can only shorten it.
	Timeout time.Duration
	// TryTimeout limits one try, from sending the request to reading the
	// last byte of the body, redirects included. A try cut off by it is
	// retried like a network error while retries and time are left. Zero
	// or negative means DefaultTryTimeout (10s); above Timeout it is
	// lowered to Timeout.
	TryTimeout time.Duration
	// AllowRedirect decides on a redirect to another origin (scheme, host
	// and port) than that of the URL given to Fetch; from is the URL that
	// answered with the redirect, to its target. Returning true follows
	// it. Nil refuses every such redirect, among them an https URL sending
	// to http, with a [*RedirectError]. Redirects on the same origin are
	// followed without asking, up to MaxRedirects. It must be safe for
	// concurrent use when Options are shared between goroutines; changes
	// it makes to from and to are ignored.
	AllowRedirect func(from, to *url.URL) bool
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

// ErrTimeout is the error of a Fetch that ran out of its own time:
// Options.Timeout for the whole call, or the time limit of the last try.
// Every such error is a [*TimeoutError], and errors.Is(err,
// context.DeadlineExceeded) is false for it: Fetch reports that only when
// the caller's context ended.
var ErrTimeout = errors.New("timed out")

// TimeoutError says which time limit of Fetch ran out. errors.Is(err,
// ErrTimeout) is true for it.
type TimeoutError struct {
	// Total is true when the limit of the whole call, Options.Timeout, ran
	// out, and false when the last try timed out with no retry left: cut
	// off by the limit per try, or by a timeout of the client's transport.
	Total bool
	// Limit is the limit in force: Options.Timeout when Total is set, else
	// the limit per try (Options.TryTimeout, or the shorter Timeout of
	// Options.Client).
	Limit time.Duration
}

// Error says which limit ran out, such as "timed out: one try is limited
// to 10s (Options.TryTimeout)".
func (e *TimeoutError) Error() string {
	if e.Total {
		return "timed out: the whole fetch is limited to " + e.Limit.String() + " (Options.Timeout)"
	}
	return "timed out: one try is limited to " + e.Limit.String() + " (Options.TryTimeout)"
}

// Is reports whether target is ErrTimeout.
func (e *TimeoutError) Is(target error) bool { return target == ErrTimeout }

// ErrRedirect is the error of a redirect that Fetch refused: to another
// origin without Options.AllowRedirect's consent, or past MaxRedirects.
// Every such error is a [*RedirectError]. A refused redirect is not retried.
var ErrRedirect = errors.New("redirect refused")

// RedirectError is the error of a refused redirect, naming its target.
// errors.Is(err, ErrRedirect) is true for it.
type RedirectError struct {
	// From is the URL that answered with the redirect.
	From *url.URL
	// To is the target of the redirect; it was not requested.
	To *url.URL
	// TooMany is true when the redirect was refused for being one more
	// than MaxRedirects, whatever its origin.
	TooMany bool
}

// Error says which redirect was refused and why, such as "redirect refused:
// http://169.254.169.254/latest is on another origin than the request".
// Passwords in the URLs are redacted.
func (e *RedirectError) Error() string {
	if e.To == nil {
		return ErrRedirect.Error()
	}
	s := "redirect refused: " + e.To.Redacted()
	switch {
	case e.TooMany:
		return s + " would be redirect number " + strconv.Itoa(MaxRedirects+1) + ", over the limit of " + strconv.Itoa(MaxRedirects)
	case e.From != nil && e.From.Scheme == "https" && e.To.Scheme == "http":
		return s + " leaves https for http"
	}
	return s + " is on another origin than the request (see Options.AllowRedirect)"
}

// Is reports whether target is ErrRedirect.
func (e *RedirectError) Is(target error) bool { return target == ErrRedirect }

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
// retries, redirects, time limits and errors. On error the Result holds only
// Attempts; Fetch never changes a catalogue the caller already has. It is
// safe for concurrent use.
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
	if ctx == nil {
		return Result{}, errors.New("remote: nil context")
	}
	f := &fetcher{opts: opts.withDefaults(), where: "GET " + u.Redacted(), origin: u, caller: ctx}
	if err := ctx.Err(); err != nil {
		return Result{}, f.fail(err)
	}
	var cancel context.CancelFunc
	f.ctx, cancel = context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()

	req, err := retryablehttp.NewRequestWithContext(f.ctx, http.MethodGet, u.String(), nil)
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
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.TryTimeout <= 0 {
		o.TryTimeout = DefaultTryTimeout
	}
	o.TryTimeout = min(o.TryTimeout, o.Timeout)
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
// that connections are reused. Its time limits per try and in all are set
// on the copy each Fetch makes.
var defaultClient = sync.OnceValue(func() *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.DialContext = (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	t.TLSHandshakeTimeout = 10 * time.Second
	return &http.Client{Transport: t}
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
	opts   Options
	where  string          // "GET <redacted URL>", for error messages
	origin *url.URL        // the URL given to Fetch, whose origin redirects keep
	caller context.Context // the caller's context
	ctx    context.Context // the caller's context limited to opts.Timeout

	tryLimit time.Duration // the time limit of one try in force
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
		HTTPClient:   f.httpClient(),
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

// httpClient returns a copy of Options.Client that limits each try to
// TryTimeout, unless its own Timeout is shorter, and checks redirects
// before its own CheckRedirect does. The caller's client is not changed;
// the copy shares its transport, so connections are reused.
func (f *fetcher) httpClient() *http.Client {
	c := *f.opts.Client
	if c.Timeout <= 0 || c.Timeout > f.opts.TryTimeout {
		c.Timeout = f.opts.TryTimeout
	}
	f.tryLimit = c.Timeout
	next := c.CheckRedirect
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if err := f.checkRedirect(req, via); err != nil {
			return err
		}
		if next != nil {
			return next(req, via)
		}
		return nil
	}
	return &c
}

// checkRedirect refuses a redirect past MaxRedirects, and one to another
// origin than that of the URL given to Fetch unless Options.AllowRedirect
// allows it.
func (f *fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	from, to := via[len(via)-1].URL, req.URL
	if len(via) > MaxRedirects {
		return &RedirectError{From: copyURL(from), To: copyURL(to), TooMany: true}
	}
	if sameOrigin(f.origin, to) {
		return nil
	}
	if f.opts.AllowRedirect != nil && f.opts.AllowRedirect(copyURL(from), copyURL(to)) {
		return nil
	}
	return &RedirectError{From: copyURL(from), To: copyURL(to)}
}

// sameOrigin reports whether a and b have the same scheme, host and port,
// a missing port standing for the scheme's default.
func sameOrigin(a, b *url.URL) bool {
	return strings.EqualFold(a.Scheme, b.Scheme) &&
		strings.EqualFold(a.Hostname(), b.Hostname()) &&
		port(a) == port(b)
}

func port(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	switch strings.ToLower(u.Scheme) {
	case "http":
		return "80"
	case "https":
		return "443"
	}
	return ""
}

// copyURL returns a copy of u that can be handed out without letting the
// request's own URL be changed.
func copyURL(u *url.URL) *url.URL {
	c := *u
	return &c
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
	cat, err := loadWithin(f.ctx, buf.Bytes(), catalog.Load)
	if err != nil {
		return err
	}
	f.cat, f.etag = cat, resp.Header.Get("ETag")
	return nil
}

// loadWithin runs load on data, but returns the context's error as soon as
// ctx ends. Validation cannot be interrupted: a load still running then
// goes on in the background until it ends, and its result is dropped.
func loadWithin(ctx context.Context, data []byte, load func(io.Reader) (*catalog.Catalog, error)) (*catalog.Catalog, error) {
	type outcome struct {
		cat *catalog.Catalog
		err error
	}
	done := make(chan outcome, 1) // buffered: a late load does not block
	go func() {
		cat, err := load(bytes.NewReader(data))
		done <- outcome{cat, err}
	}()
	select {
	case o := <-done:
		return o.cat, o.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// checkRetry decides after every try, and again after handle, whether to
// try again.
func (f *fetcher) checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		var se *StatusError
		if errors.Is(err, ErrTooLarge) || errors.Is(err, auhl.ErrInvalid) || errors.Is(err, ErrRedirect) || errors.As(err, &se) {
			return false, nil // the answer is final; handle's error is reported
		}
		// Network errors, a body cut short and a try timed out included,
		// are retried unless they cannot heal: an unsupported scheme, an
		// invalid header, an untrusted certificate.
		retry, _ := retryablehttp.DefaultRetryPolicy(ctx, resp, err)
		if retry {
			f.lastErr = f.classify(err)
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
	cause = f.classify(cause)
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
	var te *TimeoutError
	if (errors.Is(cause, context.Canceled) || errors.Is(cause, context.DeadlineExceeded) ||
		(errors.As(cause, &te) && te.Total)) && f.lastErr != nil {
		// The time ran out during a try or a wait: say why it was
		// retrying, without claiming that failure as the cause.
		b.WriteString("; previous try: ")
		b.WriteString(detail(f.lastErr))
	}
	return &fetchError{msg: b.String(), err: cause}
}

// classify tells the end of the caller's context from the time limits of
// Fetch, so that only the former is reported as the context's error: when
// the caller's context ended, the cause is its error; when Options.Timeout
// ran out, or a try timed out, a *TimeoutError that does not wrap
// context.DeadlineExceeded. Other errors are returned as they are.
func (f *fetcher) classify(err error) error {
	if cerr := f.caller.Err(); cerr != nil {
		if errors.Is(err, cerr) {
			return err
		}
		return cerr
	}
	if f.ctx != nil && f.ctx.Err() != nil {
		return &TimeoutError{Total: true, Limit: f.opts.Timeout}
	}
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return &TimeoutError{Limit: f.tryLimit}
	}
	return err
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
