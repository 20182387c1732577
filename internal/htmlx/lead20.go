package htmlx

import (
	"github.com/articlekit/article/internal/model"
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
// paragraph, when no heading comes before it and it is a sentence or a few
// (leadMinWords to leadMaxWords words, ending a sentence). Its source is
// the content, at a guess's confidence: WithMinConfidence drops it.
func leadDescription(a *model.Draft) {
	for _, b := range a.Body {
		switch b.Type {
		case model.Figure:
			continue // a picture may open the story
		case model.Paragraph:
			n := textutil.CountWords(b.Text)
			if n < leadMinWords || n > leadMaxWords || !holdsSentenceMark(lastRunes(b.Text, 2)) {
				return
			}
			a.Description = b.Text
			a.SetSource("description", model.FromContent, model.ConfGuess)
		}
		return
	}
}
