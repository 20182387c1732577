package article

import (
	"fmt"
	"strings"
	"testing"
)

// TestSplitBodyKept checks that a story whose body a CMS splits around an
// advertisement ("article-body", then "article-body-2") keeps its second
// part, and that a data table after the story's container keeps its
// cells, while the author box after it is still left out.
func TestSplitBodyKept(t *testing.T) {
	var first strings.Builder
	for i := range 8 {
		fmt.Fprintf(&first, "<p>Paragraph %d of the story tells how the council voted on the budget after a long debate about roads, schools and the harbour.</p>", i+1)
	}
	page := `<html lang="en"><body><article><h1>Council passes budget</h1>
<div class="article-body">` + first.String() + `</div><div class="ad"></div>
<div class="article-body-2"><p>The closing paragraph says when the new budget takes effect and what the mayor plans next.</p></div>
<table><caption>Votes</caption><tr><th>Party</th><th>Votes</th></tr><tr><td>Greens</td><td>12</td></tr><tr><td>Liberals</td><td>9</td></tr></table>
<div class="author-box"><p>Jane Roe covers city hall for the paper and has written about the council since 2010.</p></div>
</article></body></html>`
	a, err := ParseHTML(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, b := range a.Body {
		text.WriteString(b.Text + "\n")
		for _, r := range b.Rows {
			text.WriteString(strings.Join(r, " ") + "\n")
		}
	}
	got := text.String()
	for _, want := range []string{"closing paragraph", "Greens"} {
		if !strings.Contains(got, want) {
			t.Errorf("body lost %q:\n%s", want, got)
		}
	}
}
