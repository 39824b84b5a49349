package remote_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"time"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/catalog/remote"
)

// The usual refresh: download the newer file once, then ask again with the
// ETag and get 304 Not Modified while it has not changed.
func ExampleFetch() {
	// A stand-in for the server that publishes the catalogue.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"2025.1"`)
		if r.Header.Get("If-None-Match") == `"2025.1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(catalog.DefaultJSON())
	}))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	url := srv.URL + "/catalog-2025-2026.json"

	res, err := remote.Fetch(ctx, url, remote.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("new catalogue:", res.Catalog != nil, "ETag:", res.ETag)

	res, err = remote.Fetch(ctx, url, remote.Options{ETag: res.ETag})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("not modified:", res.NotModified, "catalogue:", res.Catalog)
	// Output:
	// new catalogue: true ETag: "2025.1"
	// not modified: true catalogue: <nil>
}

// A failed or invalid download leaves the catalogue in use as it was: here
// the embedded one is kept when the server hands out a broken file.
func ExampleFetch_keepEmbedded() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"version": 1}`)
	}))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	cat := catalog.Default() // valid, always there
	res, err := remote.Fetch(ctx, srv.URL+"/catalog.json", remote.Options{})
	switch {
	case err != nil:
		// Log it and go on with what we have.
		fmt.Println("fetch failed; invalid catalogue:", errors.Is(err, auhl.ErrInvalid))
	case res.NotModified:
		// Ours is current.
	default:
		cat = res.Catalog
	}
	fmt.Println("still the embedded catalogue:", cat == catalog.Default())
	// Output:
	// fetch failed; invalid catalogue: true
	// still the embedded catalogue: true
}

// A redirect to another host is refused unless the caller allows it: here
// the publisher moved the file to a mirror, which Options.AllowRedirect
// names, while an unknown host stays refused.
func ExampleOptions_allowRedirect() {
	mirror := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(catalog.DefaultJSON())
	}))
	defer mirror.Close()
	publisher := httptest.NewServer(http.RedirectHandler(mirror.URL+"/catalog.json", http.StatusMovedPermanently))
	defer publisher.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	_, err := remote.Fetch(ctx, publisher.URL+"/catalog.json", remote.Options{})
	fmt.Println("without consent, refused:", errors.Is(err, remote.ErrRedirect))

	mirrorURL, _ := url.Parse(mirror.URL)
	res, err := remote.Fetch(ctx, publisher.URL+"/catalog.json", remote.Options{
		AllowRedirect: func(_, to *url.URL) bool {
			return to.Scheme == mirrorURL.Scheme && to.Host == mirrorURL.Host
		},
	})
	fmt.Println("to the mirror, followed:", err == nil && res.Catalog != nil)
	// Output:
	// without consent, refused: true
	// to the mirror, followed: true
}
