package article_test

import (
	"strings"
	"testing"

	"github.com/articlekit/article"
)

// TestJSONLDMarkupAndNameLists checks that rich-text markup in JSON-LD
// values is dropped (a name in <a>, a description in <p>) and that an
// author object whose "name" lists several people gives one author each.
func TestJSONLDMarkupAndNameLists(t *testing.T) {
	page := `<html><head><title>Budget passes</title><script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget passes",
 "description":"<p>The council <b>approved</b> the budget.</p>",
 "author":{"@type":"Person","name":["<a href=\"/p/ann-lee\">Ann Lee</a>","<a href=\"/p/bo-chen\">Bo Chen</a>"]}}
</script></head><body><article><h1>Budget passes</h1>
<p>The council approved the budget on Monday after a long debate about the harbour bridge and the schools.</p>
<p>Work on the bridge will begin in July, the mayor said after the vote, and the schools will follow.</p>
</article></body></html>`
	a, err := article.ParseHTML(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Description != "The council approved the budget." {
		t.Errorf("description %q", a.Description)
	}
	var names []string
	for _, au := range a.Authors {
		names = append(names, au.Name)
	}
	if strings.Join(names, "|") != "Ann Lee|Bo Chen" {
		t.Errorf("authors %q, want Ann Lee and Bo Chen", names)
	}
}
