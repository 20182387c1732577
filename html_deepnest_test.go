package article_test

import (
	"strings"
	"testing"

	"github.com/articlekit/article"
)

// TestDeeplyNestedCommentThread checks that an article followed by a
// comment thread of unclosed <div>s, nested deeper than the HTML parser
// takes, is still extracted.
func TestDeeplyNestedCommentThread(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>
<p>The council approved the budget on Monday after a long debate about the harbour bridge and the schools.</p>
<p>Work on the bridge will begin in July, the mayor said after the vote, and the schools will follow.</p>`)
	for range 6 {
		b.WriteString(`<p>The budget sets aside money for the bridge, for two new schools on the east side of the city, for the repair of the old ferry pier and for a study of the traffic that the bridge will bring to the streets around the harbour, which residents asked for at the hearings in the spring.</p>`)
	}
	b.WriteString(`</article>`)
	for range 520 {
		b.WriteString(`<div class="comment">Nice post!`)
	}
	b.WriteString("</body></html>")
	a, err := article.ParseHTML(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if a.Headline != "Budget passes" || len(a.Body) == 0 || !strings.Contains(a.Body[0].Text, "The council approved the budget") {
		t.Errorf("headline %q, body %v", a.Headline, a.Body)
	}
}
