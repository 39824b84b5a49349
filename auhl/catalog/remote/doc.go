// Package remote downloads a newer programme catalogue over HTTP, so that an
// integrator can pick up new data without a new release of the SDK.
//
// It is a package of its own, apart from auhl/catalog, so that nothing the
// WebAssembly widget links imports net/http.
//
// [Fetch] makes one GET request, retried with exponential backoff and jitter
// (through github.com/hashicorp/go-retryablehttp) on network errors, on a
// try that timed out, on 429 Too Many Requests and on 5xx statuses other
// than 501 Not Implemented. A Retry-After header on 429 and 503, in seconds
// or as an HTTP date, is honoured but never waited for longer than
// [Options].MaxBackoff. Other statuses are not retried.
//
// # Time limits
//
// The caller's context bounds everything: the requests, the redirects, the
// reading and validation of the body and the waits between tries. Fetch has
// limits of its own as well, so that a slow or hostile server cannot hold it
// even when the context has no deadline:
//
//   - [Options].Timeout bounds the whole call, all tries and waits
//     included: [DefaultTimeout], 30 seconds, unless set;
//   - [Options].TryTimeout bounds one try, from sending the request to the
//     last byte of the body: [DefaultTryTimeout], 10 seconds, unless set
//     (or the Timeout of Options.Client, if shorter). A try cut off by it
//     is retried while retries and time are left.
//
// Validation cannot be interrupted: when the time runs out while a body that
// was read in full is being validated, Fetch returns at once and leaves the
// validation of that body (at most MaxBytes) to end in the background.
//
// # Redirects
//
// Fetch follows a redirect to the same origin (scheme, host and port) as
// the URL it was given, up to [MaxRedirects] (10) per try. A redirect to any
// other origin (another host, a loopback or link-local address such as
// 169.254.169.254 among them, another port, or http where the URL was https)
// is refused before any request is sent to it, unless
// [Options].AllowRedirect returns true for it. A caller's [net/http.Client] is copied, never
// changed: the rules apply to the copy, before the client's own
// CheckRedirect.
//
// # Errors
//
// The body is read up to [Options].MaxBytes, as it streams in, and decoded
// and validated by [catalog.Load]. A failed or invalid download returns an
// error and no catalogue; the errors are typed for branching:
//
//   - [ErrBadURL]: the URL is not an absolute http or https URL (no request
//     was made);
//   - [*StatusError]: the last response had a status other than 2xx (or an
//     expected 304);
//   - [ErrTooLarge]: the body is larger than MaxBytes (at most MaxBytes+1
//     bytes of it are read);
//   - [ErrRedirect] and [*RedirectError]: a redirect was refused, naming its
//     target; it is not retried;
//   - [ErrTimeout] and [*TimeoutError]: a limit of Fetch ran out, the whole
//     call's (Total) or the last try's;
//   - [auhl.ErrInvalid] and [*auhl.ValidationError]: the body is not a
//     valid catalogue, with every problem and its JSON Pointer;
//   - [context.Canceled] and [context.DeadlineExceeded]: the caller's context
//     ended. Fetch reports these only then: when its own limits run out it
//     reports ErrTimeout, and errors.Is(err, context.DeadlineExceeded) is
//     false;
//   - anything else is a network error (a [*net/url.Error] in the chain).
//
// # Keeping a good catalogue
//
// Fetch never changes a catalogue the caller has: it returns a new one or an
// error. The usual pattern starts from the embedded catalogue, replaces it
// only with a catalogue that Fetch returned without error, and keeps the
// ETag for the next conditional request:
//
//	cat := catalog.Default() // always valid
//	var etag string
//	res, err := remote.Fetch(ctx, url, remote.Options{ETag: etag})
//	switch {
//	case err != nil:
//		log.Printf("keeping catalogue %s: %v", cat.Version, err)
//	case res.NotModified:
//		// 304: what we have is current.
//	default:
//		cat, etag = res.Catalog, res.ETag
//	}
//
// Share the resulting *catalog.Catalog between goroutines through an
// atomic.Pointer or a mutex, and swap it whole: a catalogue is read-only
// once loaded.
package remote
