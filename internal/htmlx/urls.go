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
	p.RawQuery = escapeQuery(p.RawQuery)
	return p.String()
}

// escapeQuery percent-encodes the bytes of a raw query that no URI may
// hold (space, '"', '<', '>', '\\', '^', '`', '{', '|', '}', controls and
// bytes outside ASCII), which url.Parse keeps as written: an attribute
// whose quotes the page broke ('…&r=PG" onclick="…') would otherwise give
// an address that Validate refuses. A query without them is returned as
// it is.
func escapeQuery(q string) string {
	i := strings.IndexFunc(q, func(r rune) bool { return !queryByteOK(r) })
	if i < 0 {
		return q
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(q) + 16)
	b.WriteString(q[:i])
	for j := i; j < len(q); j++ {
		c := q[j]
		if c < 0x80 && queryByteOK(rune(c)) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// queryByteOK reports whether r may stand unescaped in a URI's query.
func queryByteOK(r rune) bool {
	return r > ' ' && r < 0x7f && !strings.ContainsRune("\"<>\\^`{|}", r)
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
// (ResolveReference only reads its receiver). memo holds the addresses
// resolved so far by their ref: a page names the same address in several
// places (canonical, og:url and JSON-LD url; og:image, twitter:image and
// the JSON-LD image; a figure's picture and the picture found around
// it), and resolve parses each ref twice (perf21). Copies of a urlBase
// share the memo.
type urlBase struct {
	u    *url.URL
	ok   bool
	memo map[string]string
}

// parseBase parses base for resolve.
func parseBase(base string) urlBase {
	b, err := url.Parse(strings.TrimSpace(base))
	return urlBase{u: b, ok: err == nil && base != "" && b.IsAbs(), memo: map[string]string{}}
}

// resolve is resolveURL(base, ref) for the base b was parsed from.
func (b urlBase) resolve(ref string) string {
	if v, ok := b.memo[ref]; ok {
		return v
	}
	v := b.resolveOnce(ref)
	if b.memo != nil {
		b.memo[ref] = v
	}
	return v
}

// resolveOnce is resolve without the memo.
func (b urlBase) resolveOnce(ref string) string {
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
