package catalog

import (
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWebURL(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"https://www.uhasselt.be/nl/opleidingen", true},
		{"http://www.pxl.be", true},
		{"HTTPS://WWW.PXL.BE/", true},
		{"https://studiegids.uhasselt.be/opleiding.aspx?a=2025&b=3#x", true},
		{"https://127.0.0.1:8080/x", true},
		{"https://[::1]:8080/x", false},
		{"https://example.org:/", false},
		{"https://example.org:8a/", false},
		{"https://example.org:443", true},
		{"javascript:alert(1)", false},
		{"https://", false},
		{"https:///path", false},
		{"https://user:pass@example.org/", false},
		{"https://exa mple.org/", false},
		{"https://example.org/a b", false},
		{"https://example.org/\n", false},
		{"https://example.org\\evil", false},
		{"https://.example.org", false},
		{"//example.org", false},
		{"ftp://example.org", false},
		{"data:text/html,<script>", false},
		{"", false},
		{"https://example.org/caf%C3%A9?q=a%20b#deel%202", true},
		{"http://0#%", false},
		{"https://example.org/a%2", false},
		{"https://example.org/a%zz", false},
		{"https://example.org/?q=%", false},
		{"https://example.org/" + strings.Repeat("a", MaxURL), false},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			assert.Equal(t, tt.want, WebURL(tt.url))
		})
	}
}

// FuzzWebURL holds WebURL stricter than net/url: whatever it accepts,
// net/url parses as an http or https URL with a host.
func FuzzWebURL(f *testing.F) {
	f.Add("https://www.uhasselt.be/nl")
	f.Add("http://[::1]:80/?q#f")
	f.Add("https://a:b@c/")
	f.Fuzz(func(t *testing.T, s string) {
		if !WebURL(s) {
			return
		}
		u, err := url.Parse(s)
		if err != nil {
			t.Fatalf("%q: accepted, but net/url says %v", s, err)
		}
		if s := strings.ToLower(u.Scheme); s != "http" && s != "https" || u.Host == "" || u.User != nil {
			t.Fatalf("%q: accepted, but net/url reads scheme %q host %q", s, u.Scheme, u.Host)
		}
	})
}
