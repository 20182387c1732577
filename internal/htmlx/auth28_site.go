package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/model"
)

// Bounds of siteAccountCredit: the longest site name read (in bytes and in
// words).
const (
	siteAccountMaxLen   = 40
	siteAccountMaxWords = 4
)

// siteAccountCredit returns the site's own name when the post's author
// credit names the site itself: the rel=author link, or a byline element by
// the headline, whose text is the site's name as its address or
// og:site_name spell it ("by ARLnow.com" linking to /author/admin/, "Geeks
// are Sexy" in WordPress's "author vcard" span). Blogs and local news sites
// run on a CMS (WordPress's author archive, the hAtom/hCard byline) post
// their staff's copy under an account named after the site, and that is
// the credit the page prints. isJunkName refuses such names as names (a
// domain, a lower-case word inside), so they are read here, and only when
// no source names a person (the last resort of pickAuthors). "" when the
// page is not so.
func siteAccountCredit(m *PageMeta, sites []string) string {
	if len(sites) == 0 {
		return ""
	}
	for _, r := range m.relAuthors {
		if n := siteAccountName(r.Name, sites); n != "" {
			return n
		}
	}
	for i, b := range m.bylines {
		if i < len(m.bylineAt) && !m.nearHeadline(m.bylineAt[i]) {
			continue
		}
		if n := siteAccountName(b, sites); n != "" {
			return n
		}
	}
	return ""
}

// siteAccountName returns s without its "By" when what is left is the
// site's name (matchesSite), else "".
func siteAccountName(s string, sites []string) string {
	if len(s) > 2*siteAccountMaxLen {
		return ""
	}
	n := cleanAuthorName(s)
	if n == "" || len(n) > siteAccountMaxLen || len(strings.Fields(n)) > siteAccountMaxWords {
		return ""
	}
	if !matchesSite(n, sites) {
		return ""
	}
	return n
}

// siteAccountAuthors is siteAccountCredit as pickAuthors's answer: the site
// as an organisation.
func siteAccountAuthors(m *PageMeta, sites []string) []model.Author {
	if n := siteAccountCredit(m, sites); n != "" {
		return []model.Author{{Name: n, Type: model.Organization}}
	}
	return nil
}
