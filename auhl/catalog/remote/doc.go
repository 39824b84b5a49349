// Package remote downloads a newer programme catalogue over HTTP, so that an
// integrator can pick up new data without a new release of the SDK.
//
// It is a package of its own, apart from auhl/catalog, so that nothing the
// WebAssembly widget links imports net/http.
//
// [Fetch] makes one GET request, retried with exponential backoff and jitter
// (through github.com/hashicorp/go-retryablehttp) on network errors, on 429
// Too Many Requests and on 5xx statuses other than 501 Not Implemented. A
// Retry-After header on 429 and 503, in seconds or as an HTTP date, is
// honoured but never waited for longer than [Options].MaxBackoff. Other
// statuses are not retried. The context bounds everything: the requests,
// the reading of the body and the waits between tries.
//
// The body is read up to [Options].MaxBytes and decoded and validated by
// [catalog.Load]. A failed or invalid download returns an error and no
// catalogue; the errors are typed for branching:
//
//   - [ErrBadURL]: the URL is not an absolute http or https URL (no request
//     was made);
//   - [*StatusError]: the last response had a status other than 2xx (or an
//     expected 304);
//   - [ErrTooLarge]: the body is larger than MaxBytes;
//   - [auhl.ErrInvalid] and [*auhl.ValidationError]: the body is not a
//     valid catalogue, with every problem and its JSON Pointer;
//   - [context.Canceled] and [context.DeadlineExceeded]: the context ended;
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
