package htmlx

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestFlattenDeep checks that a page nested deeper than the parser takes
// parses once flattened, keeping every comment's text, and that a page
// within the bound is copied unchanged.
func TestFlattenDeep(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><article><h1>Budget passes</h1><p>The council approved it.</p></article>")
	for i := range 600 {
		b.WriteString("<div class=comment>Nice post ")
		b.WriteString(strings.Repeat("x", i%3+1))
		b.WriteString("!<br>")
	}
	b.WriteString("</body></html>")
	page := []byte(b.String())
	if _, err := html.Parse(bytes.NewReader(page)); err == nil {
		t.Fatal("the test page parses as it is: it tests nothing")
	}
	flat := flattenDeep(page)
	doc, err := html.Parse(bytes.NewReader(flat))
	if err != nil {
		t.Fatalf("flattened page: %v", err)
	}
	var text strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			text.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if got := strings.Count(text.String(), "Nice post"); got != 600 || !strings.Contains(text.String(), "The council approved it.") {
		t.Errorf("flattened page keeps %d of 600 comments (and the article: %v)", got, strings.Contains(text.String(), "The council approved it."))
	}
	ok := []byte("<html><head><title>T</title></head><body><div><p>A <b>b</b><br>c</p></div><script>if (a<b) {}</script></body></html>")
	if got := flattenDeep(ok); !bytes.Equal(got, ok) {
		t.Errorf("a shallow page changed:\n%s\n%s", ok, got)
	}
}
