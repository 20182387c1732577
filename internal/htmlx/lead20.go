package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textlayout"
	"github.com/articlekit/article/internal/textutil"
)

// Bounds of a lead taken from the body: a paragraph of a sentence or a few,
// as a standfirst or a news story's first paragraph is.
const (
	leadMinWords = 8
	leadMaxWords = 100
)

// leadDescription gives an article page that states no description (no
// JSON-LD, OpenGraph, microdata or meta description, as most pages before
// about 2012) its lead, as the text path does for a text: the body's first
// paragraph, without its wire dateline, when no heading comes before it
// and it is a sentence or a few (leadMinWords to leadMaxWords words,
// ending a sentence) and no line of the page's furniture (leadFurniture).
// Its source is the content, at a guess's confidence: WithMinConfidence
// drops it.
func leadDescription(a *model.Draft) {
	for _, b := range a.Body {
		switch b.Type {
		case model.Figure:
			continue // a picture may open the story
		case model.Paragraph:
			t := textlayout.StripDateline(b.Text)
			n := textutil.CountWords(t)
			if n < leadMinWords || n > leadMaxWords || !holdsSentenceMark(lastRunes(t, 2)) || leadFurniture(t) {
				return
			}
			a.Description = t
			a.SetSource("description", model.FromContent, model.ConfGuess)
		}
		return
	}
}

// leadFurniture reports whether a first paragraph is a line of the page's
// furniture rather than the story's lead: a byline ("By Jane Smith …",
// "Posted by …"), a date line, a label and its text ("Editor's note: …",
// "Updated: …", "Read more: …": one to three words and no digit before
// a colon and a space), or a
// line the body's junk tests know (credits, calls to follow, reading
// times).
func leadFurniture(t string) bool {
	if isJunkLine(t) || isDateLine(t) {
		return true
	}
	if loc := reTextByline.FindStringIndex(t); loc != nil && loc[0] <= 1 {
		return true
	}
	low := strings.ToLower(t)
	for _, w := range []string{"posted ", "published ", "updated ", "listen to ", "this article ", "advertisement"} {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	if i := strings.Index(t, ": "); i > 0 && !strings.ContainsAny(t[:i], "0123456789") {
		if n := len(strings.Fields(t[:i])); n >= 1 && n <= 3 {
			return true
		}
	}
	return false
}
