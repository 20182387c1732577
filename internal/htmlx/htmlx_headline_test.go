package htmlx

import (
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestHeadlineFromBodySentence checks that the stand-in headline of a page
// with no title ends at the first sentence's end, not at a decimal point,
// or a domain inside a word.
func TestHeadlineFromBodySentence(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Rupee at 39.28 against US dollar", "Rupee at 39.28 against US dollar"},
		{"Shares of example.com rose. Analysts were surprised.", "Shares of example.com rose."},
		{"Output grew 2.5%! More to come.", "Output grew 2.5%!"},
		{"Is it over? Nobody knows.", "Is it over?"},
		{"No punctuation at all", "No punctuation at all"},
	} {
		got := headlineFromBody([]model.Block{{Type: model.Paragraph, Text: c.text}})
		if got != c.want {
			t.Errorf("headlineFromBody(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
