package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
)

// Links to the section's listing page. A site files an article under a
// directory of its address (/sport/rugby/2012/…) and links that
// directory's listing, with the section's name as the link text, from
// its menus and trails: a link whose address is a directory above the
// page's own names a section the page is filed under, the deepest such
// directory the deepest level. The link is one candidate among the
// others of the section ranker (section_rank.go).

// maxParentLinks bounds the parent links noted on a page.
const maxParentLinks = 16

// parentLink is a link to a directory above the page's address: its
// text and the directory's depth (1 for /sport/).
type parentLink struct {
	text  string
	depth int
}

// pagePath returns the host (registrable part) and the path of the first
// address of urls that has one, without query, fragment and trailing
// slash.
func pagePath(urls ...string) (site, path string) {
	for _, u := range urls {
		i := strings.Index(u, "://")
		if i < 0 {
			continue
		}
		rest := u[i+3:]
		j := strings.IndexByte(rest, '/')
		if j < 0 {
			continue
		}
		p := rest[j:]
		if k := strings.IndexAny(p, "?#"); k >= 0 {
			p = p[:k]
		}
		p = strings.TrimRight(p, "/")
		if p == "" {
			continue
		}
		return siteHost(hostOf(u)), p
	}
	return "", ""
}

// linkDir returns the path of a link's address on the page's site (an
// absolute address on the same registrable domain or a root-relative
// one), without query, fragment, trailing slash and index file, or "".
func linkDir(href, site string) string {
	switch {
	case strings.HasPrefix(href, "//"):
		return ""
	case strings.HasPrefix(href, "/"):
	case strings.HasPrefix(href, "http://") || strings.HasPrefix(href, "https://"):
		if siteHost(hostOf(href)) != site {
			return ""
		}
		rest := href[strings.Index(href, "://")+3:]
		j := strings.IndexByte(rest, '/')
		if j < 0 {
			return ""
		}
		href = rest[j:]
	default:
		return ""
	}
	if k := strings.IndexAny(href, "?#"); k >= 0 {
		href = href[:k]
	}
	href = strings.TrimRight(href, "/")
	if i := strings.LastIndexByte(href, '/'); i >= 0 && strings.HasPrefix(href[i+1:], "index.") {
		href = href[:i]
	}
	return href
}

// noteParentLink notes link n when its address is a directory above the
// page's and its text can name a section.
func (s *sectionScan) noteParentLink(n *html.Node) {
	if s.pagePath == "" || len(s.parents) >= maxParentLinks {
		return
	}
	d := linkDir(attr(n, "href"), s.pageSite)
	if d == "" || len(d) >= len(s.pagePath) || !strings.HasPrefix(s.pagePath, d+"/") {
		return
	}
	t := shortText(n)
	if !sectionShaped(t) || textutil.CountWords(t) > 4 || HomeWords[FoldSection(t)] {
		return
	}
	s.parents = append(s.parents, parentLink{t, strings.Count(d, "/")})
}

// parentSections returns the text of the link to the deepest directory
// above the page, and that of the shallowest when it differs.
func (s *sectionScan) parentSections() (deepest, other string) {
	dd, od := 0, 1<<30
	for _, p := range s.parents {
		if p.depth > dd {
			deepest, dd = p.text, p.depth
		}
		if p.depth < od {
			other, od = p.text, p.depth
		}
	}
	if FoldSection(other) == FoldSection(deepest) {
		other = ""
	}
	return deepest, other
}
