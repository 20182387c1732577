package htmlx

import (
	"net/url"
	"strings"
)

// CleanURL returns u if it is an absolute http or https URL, and "" for
// anything else (javascript:, data:, relative, malformed).
func CleanURL(u string) string {
	u = strings.TrimSpace(u)
	if u == "" {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return p.String()
}

// resolveURL resolves ref against base and returns the result if it is an
// http or https URL, else "". With an empty or unusable base only absolute
// refs survive.
func resolveURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if b, err := url.Parse(strings.TrimSpace(base)); err == nil && base != "" && b.IsAbs() {
		r = b.ResolveReference(r)
	}
	return CleanURL(r.String())
}
