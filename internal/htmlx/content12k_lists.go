package htmlx

import (
	"strings"

	"golang.org/x/net/html"
)

// introducedList reports whether block i, mostly links, belongs to an
// enumeration the article's own prose introduces: the run of list items
// (of one list) or of short paragraphs that are mostly links, block i
// among them, comes just after a paragraph of the body that ends with a
// colon ("The papers in this issue are:", "Other books I have
// reviewed:"). English and the other languages the project reads
// announce an enumeration so; a site's lists of related stories and
// sections, set in its template, follow no sentence of the article.
// Such a run is a roundup, a reading list, the titles a post is about,
// and is kept though its words are links.
func (w *ContentWalker) introducedList(root *html.Node, i int) bool {
	b := &w.Blocks[i]
	if b.kind != kindItem && b.kind != kindPara || b.kind == kindItem && b.list == nil {
		return false
	}
	inRun := func(k int) bool {
		p := &w.Blocks[k]
		if b.kind == kindItem {
			return p.list == b.list
		}
		return p.kind == kindPara && p.LinkRun*2 > p.Runes
	}
	j := i - 1
	for j >= 0 && i-j <= maxIntroduced && inRun(j) {
		j--
	}
	if j < 0 || !w.bodyProse(root, j, 20) || !strings.HasSuffix(strings.TrimSpace(w.Blocks[j].Text), ":") {
		return false
	}
	// An enumeration has two entries at least: one link after a colon
	// is a call to act ("Try our calculator:").
	return i-j >= 2 || i+1 < len(w.Blocks) && inRun(i+1)
}

// maxIntroduced bounds the run of linked blocks one colon introduces.
const maxIntroduced = 30

// bodyProse reports whether block j is a link-poor paragraph of at least
// min letters under root, outside furniture.
func (w *ContentWalker) bodyProse(root *html.Node, j, min int) bool {
	p := &w.Blocks[j]
	return !p.boiler && p.kind == kindPara && p.quote == nil && p.Runes >= min && p.LinkRun*5 <= p.Runes && isAncestor(root, p.owner)
}
