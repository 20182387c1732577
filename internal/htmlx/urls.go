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
// refs survive. A page's many links are resolved through one urlBase
// (parseBase) instead, which parses the base once.
func resolveURL(base, ref string) string {
	return parseBase(base).resolve(ref)
}

// urlBase is a base address as resolve reads it: parsed, and whether it
// is usable (absolute). A page parses its base once and resolves its
// links, pictures and figures against it; nothing writes to the URL
// (ResolveReference only reads its receiver).
type urlBase struct {
	u  *url.URL
	ok bool
}

// parseBase parses base for resolve.
func parseBase(base string) urlBase {
	b, err := url.Parse(strings.TrimSpace(base))
	return urlBase{u: b, ok: err == nil && base != "" && b.IsAbs()}
}

// resolve is resolveURL(base, ref) for the base b was parsed from.
func (b urlBase) resolve(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if b.ok {
		r = b.u.ResolveReference(r)
	}
	return CleanURL(r.String())
}
