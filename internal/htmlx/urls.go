package htmlx

import (
	"net/url"
	"strings"
	"sync/atomic"
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
	if b, ok := parseBase(base); ok {
		r = b.ResolveReference(r)
	}
	return CleanURL(r.String())
}

// parsedBase is a base address as resolveURL reads it: parsed, and
// whether it is usable (absolute).
type parsedBase struct {
	raw string
	u   *url.URL
	ok  bool
}

// lastBase holds the base parsed last: a page's links and pictures are
// resolved against one base, which is then parsed once, not once per
// link. It is shared between goroutines, so the URL it holds is never
// written to (ResolveReference only reads its receiver); pages parsed at
// once with different bases replace it in turn, each finding its own.
var lastBase atomic.Pointer[parsedBase]

// parseBase returns base parsed and whether it is an absolute address to
// resolve against.
func parseBase(base string) (*url.URL, bool) {
	if p := lastBase.Load(); p != nil && p.raw == base {
		return p.u, p.ok
	}
	b, err := url.Parse(strings.TrimSpace(base))
	p := &parsedBase{raw: base, u: b, ok: err == nil && base != "" && b.IsAbs()}
	lastBase.Store(p)
	return p.u, p.ok
}
