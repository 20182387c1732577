package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/model"
)

// A meta author the page never prints.
//
// The author meta tag of many templates of 2008-2012 (WordPress and
// Blogger themes, newspaper CMSs) is set site-wide or by a plugin: it
// names the blog's owner, the account that filed the post, or the site
// itself ("The Earthtimes"), while the page prints who wrote the story in a
// byline by the headline or a labelled field under it. When the meta tags'
// authors are printed nowhere in the page's visible text, the printed
// credit is taken instead: the first byline source of full confidence
// after the meta tags (rel=author links, the byline under the headline,
// "Posted by" lines, byline elements by the headline), else a labelled
// credit under the headline ("Author : Jane Roe" in a table cell) or a
// byline closing a blog post. A meta author the page prints (in the
// byline, an author box, a sign-off) keeps its rank.

// metaIndex is the index of the meta tags' authors among pickAuthors's
// sources (after JSON-LD's and microdata's).
const metaIndex = 2

// printedAuthors reports whether the page's visible text prints the name
// of some author of out (case ignored).
func printedAuthors(m *PageMeta, out []model.Author) bool {
	// Most printed names stand as the meta tag writes them, or in
	// capitals: found so, the page's text is not lowered (a copy of it).
	for _, a := range out {
		if a.Name != "" && (strings.Contains(m.text, a.Name) || strings.Contains(m.text, strings.ToUpper(a.Name))) {
			return true
		}
	}
	lt := strings.ToLower(m.text)
	for _, a := range out {
		if strings.Contains(lt, strings.ToLower(a.Name)) {
			return true
		}
	}
	return false
}

// printedByline returns the authors of the first byline source of full
// confidence after the meta tags and its index, or nil and -1.
func printedByline(memo *cleanMemo, sources [][]model.Author, from []model.Source, pub string, sites []string, base string) ([]model.Author, int) {
	for j := metaIndex + 1; j < len(sources); j++ {
		if from[j].From != model.FromByline || from[j].Confidence < model.ConfVisible {
			continue
		}
		if alt, _ := authorsFrom(memo, sources[j:j+1], pub, sites, 1, base); len(alt) > 0 {
			return alt, j
		}
	}
	return nil, -1
}

// printedField returns the authors of a credit set as a labelled field
// under the headline or of a byline closing a blog post, or nil; a job set
// in the field ("Author : Sports News Editor") is no name.
func printedField(memo *cleanMemo, m *PageMeta, pub string, sites []string, base string) []model.Author {
	for _, name := range []string{labelledNearHead(m), footerByline(m)} {
		if name == "" || isDeskLine(name) {
			continue
		}
		if alt, _ := authorsFrom(memo, [][]model.Author{{{Name: name}}}, pub, sites, 1, base); len(alt) > 0 {
			return alt
		}
	}
	return nil
}

// labelledNearHeadReach is how much visible text after the headline is
// searched for a labelled credit by labelledNearHead: the story's header
// (deck, date and byline fields) before its lead.
const labelledNearHeadReach = 600

// labelledNearHead returns the name of the first labelled author credit
// (reLabelledByline) within labelledNearHeadReach after the located
// headline, or "".
func labelledNearHead(m *PageMeta) string {
	t := textAfterHead(m, labelledNearHeadReach)
	if !hasBylineLabel(t) {
		return ""
	}
	if g := reLabelledByline.FindStringSubmatch(t); g != nil {
		return trimNonNames(g[1])
	}
	return ""
}

// textAfterHead returns the page text from the located headline's end to n
// visible characters after it, or "" when no headline is located.
func textAfterHead(m *PageMeta, n int) string {
	_, end, ok := m.headSpan()
	if !ok || end > len(m.text) {
		return ""
	}
	return m.text[end:ForwardVisible(m.text, end, n)]
}
