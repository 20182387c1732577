package htmlx

import "golang.org/x/net/html"

// Linked headings over text.
//
// A heading that is all link is, most often, a teaser's title (a related
// story, a list of other posts), and emit leaves it out. But blogs and the
// CMSs of the 2000s make the title of every post a link to its permanent
// address, on a post's page and on a page of several posts alike, and some
// make their subheadings links too. Such a heading stands over a
// paragraph of prose of some length, the post's text; a teaser's title
// stands over a line of a few words, another link, or a short summary.
// So a linked heading inside the chosen element is kept when the next
// block that is not furniture is a paragraph of prose of headsProseMin
// letters or more.
//
// On web-extract dev: 17 pages up, 2 down (0.9286 -> 0.9287 and 0.9241 ->
// 0.9242 by halves of the sites); the AEB's recall up (0.978 -> 0.979);
// without the length bound a related-posts teaser's title came into a
// trafilatura-dev body.

// headsProseMin is the letters of the paragraph after a linked heading
// from which the heading is the title of the text below it.
const headsProseMin = 200

// headsProse reports whether the block after block i under root, the
// first one that is not furniture, is a paragraph of prose of
// headsProseMin letters or more.
func (w *ContentWalker) headsProse(root *html.Node, i int) bool {
	for j := i + 1; j < len(w.Blocks); j++ {
		b := &w.Blocks[j]
		if b.boiler {
			continue
		}
		return isAncestor(root, b.owner) && b.kind == kindPara && b.Runes >= headsProseMin && isProse(b)
	}
	return false
}
