package htmlx

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/articlekit/article/internal/textutil"
)

// A page template of the older news CMSs sets the section's name as the
// page's <h1> ("Domestic news", "Arts", "U.S. & World") and the story's
// headline under it as an <h2> or in plain text: the heading over the
// headline names where the story is filed. A site that sets its own name
// as <h1> (a logo heading, a link home) is told apart by the site's names
// and by the link.

// headingOverReach bounds the text between the section's heading and the
// headline, in bytes of the scan's text: a date line or a kicker may stand
// between, a menu may not.
const headingOverReach = 300

// noteHeading records an <h1> that may name the page's section: short,
// shaped as a section, not a link to the site's home page.
func (s *sectionScan) noteHeading(n *html.Node) {
	if n.DataAtom != atom.H1 || s.h1Start >= 0 {
		return
	}
	t := shortText(n)
	if textutil.CountWords(t) > 4 || !sectionShaped(t) || homeHeading(n) {
		return
	}
	s.sectionH1 = placed{t, s.at}
}

// homeHeading reports whether heading n holds a link to a site's home
// page ("/", "index.html", an address with no path).
func homeHeading(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			h := strings.TrimSpace(attr(c, "href"))
			if i := strings.Index(h, "://"); i >= 0 {
				h = h[i+3:]
				if j := strings.IndexByte(h, '/'); j >= 0 {
					h = h[j:]
				} else {
					h = "/"
				}
			}
			if h == "/" || h == "" || strings.HasPrefix(h, "/index.") || h == "./" {
				return true
			}
		}
		if homeHeading(c) {
			return true
		}
	}
	return false
}

// headingOverHeadline returns the <h1> noted just before the headline when
// the headline is not that heading itself, or "".
func (s *sectionScan) headingOverHeadline() string {
	h := s.sectionH1
	if h.text == "" || s.h1Start < 0 || h.at >= s.h1Start || s.h1Start-h.at > headingOverReach {
		return ""
	}
	f := FoldSection(h.text)
	if f == s.headline || strings.Contains(s.headline, f) && textutil.CountWords(f) > 2 || tabWords[f] || pageWords[f] ||
		matchesSite(h.text, s.sites) || siteLike(h.text, s.sites) {
		return ""
	}
	return h.text
}

// urlCorroborates reports whether the path of one of the page's addresses
// holds every word of a <title> segment ("Album Reviews" for
// /reviews/albums/…, "Technology" for /technology/…): the weak evidence
// of the address backs the <title>'s, as a link printing the segment
// would. A word matches a path word it opens ("album" in "albums").
func urlCorroborates(seg string, urls ...string) bool {
	words := strings.FieldsFunc(strings.ToLower(seg), func(r rune) bool { return !isWordRune(r) })
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, u := range urls {
		if i := strings.Index(u, "://"); i >= 0 {
			u = u[i+3:]
		}
		i := strings.IndexByte(u, '/')
		if i < 0 {
			continue
		}
		path := strings.ToLower(u[i:])
		if j := strings.IndexAny(path, "?#"); j >= 0 {
			path = path[:j]
		}
		// The directories only: the last part is the article's slug,
		// which repeats the headline's words.
		if j := strings.LastIndexByte(path, '/'); j >= 0 {
			path = path[:j]
		}
		parts := strings.FieldsFunc(path, func(r rune) bool { return !isWordRune(r) })
		all := true
		for _, w := range words {
			if len(w) < 3 {
				continue
			}
			found := false
			for _, p := range parts {
				if strings.HasPrefix(p, w) || strings.HasPrefix(w, p) && len(p) >= 4 {
					found = true
					break
				}
			}
			all = all && found
		}
		if all {
			return true
		}
	}
	return false
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && unicode.IsLetter(r)
}

// reCategoryHref matches the address of a category's or a section's
// listing page as the common CMSs build it: WordPress's /category/…,
// Drupal's /taxonomy/term/…, /section/…, /sections/…, /categories/…,
// /rubrique…, /rubrik/….
var reCategoryHref = regexp.MustCompile(`(?i)(?:^|/)(?:category|categories|section|sections|taxonomy/term|rubrique|rubrik|rubriken|rubrica)(?:/|-|$)`)

// maxCatHrefs bounds the category links noted on a page.
const maxCatHrefs = 32

// noteCategoryHref notes link n when its address is a category's listing
// and its text can name a section.
func (s *sectionScan) noteCategoryHref(n *html.Node) {
	if s.aside > 0 || s.nav > 0 || len(s.catHrefs) >= maxCatHrefs {
		return
	}
	h := attr(n, "href")
	// A plain search first: the pattern is slow, and most links are no
	// listing's.
	if h == "" || !strings.Contains(h, "ategor") && !strings.Contains(h, "ection") && !strings.Contains(h, "axonomy") && !strings.Contains(h, "ubri") ||
		!reCategoryHref.MatchString(h) {
		return
	}
	// A name, not a widget's reading ("Current Conditions: SUNNY 35°").
	if t := shortText(n); sectionShaped(t) && textutil.CountWords(t) <= 3 && !strings.ContainsAny(t, ":0123456789") {
		s.catHrefs = append(s.catHrefs, placed{t, s.at})
	}
}

// catHrefNear bounds, in bytes of the scan's text, how far from the
// headline a category link is taken: the lines over it and the byline's
// line under it.
const catHrefNear = 300

// categoryHrefNear returns the text of the first link to a category's
// listing printed by the headline (just over it, or in the lines under
// it: "TECHNOLOGY | 8 Hours Ago By …", a Drupal term link under the
// title), or "".
func (s *sectionScan) categoryHrefNear() string {
	if s.h1Start < 0 {
		return ""
	}
	lo, hi := s.h1Start-catHrefNear, s.h1Start+len(s.headline)+catHrefNear
	for _, l := range s.catHrefs {
		if l.at >= lo && l.at <= hi {
			return l.text
		}
	}
	return ""
}
