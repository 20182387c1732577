package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
)

// The section named by the page's <body>. Templates of older news and
// magazine CMSs write the section the page belongs to as a class or id of
// the <body> ("section-world", "page_entertainment", "channel-sport"),
// which their style sheet uses to highlight that section's tab in the
// menu: the highlighted tab is printed, its mark is on the <body>. The
// class names a section only when a link of the page prints the same name
// (the tab itself) or a part of the <title> does ("Headline - World -
// Site"), which also gives the section as the page writes it.

// bodySectionPrefixes open a <body> class or id that names the page's
// section.
var bodySectionPrefixes = []string{"section-", "section_", "channel-", "channel_", "page_", "sect-", "rubric-", "rubrique-", "ressort-"}

// bodySectionStop are words after those prefixes that name a kind of page
// or a layout, not a section.
var bodySectionStop = map[string]bool{
	"template": true, "node": true, "id": true, "single": true, "default": true, "home": true, "front": true, "index": true,
	"article": true, "articles": true, "post": true, "story": true, "page": true, "sidebar": true, "layout": true,
	"full": true, "wide": true, "main": true, "content": true, "detail": true, "details": true, "view": true,
}

// bodySectionWord returns the section word a <body> class or id names
// ("world" for "section-world", "arts and culture" for
// "section-arts_and_culture"), or "".
func bodySectionWord(n *html.Node) string {
	for _, k := range []string{"class", "id"} {
		for f := range strings.FieldsSeq(strings.ToLower(attr(n, k))) {
			for _, p := range bodySectionPrefixes {
				rest, ok := strings.CutPrefix(f, p)
				if !ok || len(rest) < 3 || len(rest) > 40 {
					continue
				}
				letters := true
				for _, r := range rest {
					if !(r >= 'a' && r <= 'z' || r == '-' || r == '_') {
						letters = false
						break
					}
				}
				w := strings.Join(strings.FieldsFunc(rest, func(r rune) bool { return r == '-' || r == '_' }), " ")
				if letters && w != "" && !bodySectionStop[w] {
					return w
				}
			}
		}
	}
	return ""
}

// bodyLink notes link n when it prints the section word of the <body>.
func (s *sectionScan) bodyLink(n *html.Node) {
	if s.bodyWord == "" || s.bodySection != "" {
		return
	}
	if t := textutil.NormalizeSpace(shortText(n)); FoldSection(t) == s.bodyWord && sectionShaped(t) && !matchesSite(t, s.sites) {
		s.bodySection = t
	}
}

// bodyTitleSection returns the part of the <title> that prints the section
// word of the <body>, or "".
func (s *sectionScan) bodyTitleSection(title string) string {
	if s.bodyWord == "" {
		return ""
	}
	for _, p := range splitTitle(unescapeTitle(textutil.NormalizeSpace(title))) {
		if p = strings.TrimSpace(p); FoldSection(p) == s.bodyWord && sectionShaped(p) && !matchesSite(p, s.sites) {
			return p
		}
	}
	return ""
}
