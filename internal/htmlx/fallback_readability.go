package htmlx

import (
	nurl "net/url"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
)

// readabilityBody is the second extraction, made by readeck's
// go-readability (MIT licence; a maintained Go port of Mozilla's
// Readability.js, the method Firefox's reader view uses, already run by the
// bench module as a peer): the container its candidate scoring chooses,
// cleaned by its rules, then cut into blocks by our walk without class
// hints and emitted as the first body is. The page's tree is cloned first
// (ParseDocument), so the caller's tree is left as it was. Nil when it
// finds nothing. ld is the link density of the text under the chosen
// container.
func readabilityBody(root *html.Node, headline string, authors []string) (blocks []model.Block, ld float64) {
	defer func() {
		if recover() != nil {
			// A failure of the second extraction costs only the
			// fallback, never the page.
			blocks, ld = nil, 0
		}
	}()
	p := readability.NewParser()
	p.DisableJSONLD = true // the metadata is read elsewhere
	art, err := p.ParseDocument(root, &nurl.URL{})
	if err != nil || art.Node == nil {
		return nil, 0
	}
	w := &ContentWalker{UseHints: false}
	w.Walk(art.Node, WalkState{Owner: art.Node}, 0)
	w.Flush()
	return w.emit(art.Node, headline, authors), w.linkDensityUnder(art.Node)
}
