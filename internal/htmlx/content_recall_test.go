package htmlx

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// bodyOf extracts the body of page and joins its blocks' text.
func bodyOf(t *testing.T, page, headline string) string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	blocks, _ := extractContent(root, headline, nil)
	var texts []string
	for _, b := range blocks {
		texts = append(texts, b.Text)
	}
	return strings.Join(texts, "\n")
}

// TestSentenceCaption: a caption container of any CMS (not only
// WordPress's) whose text is a sentence stays in the body in its place; a
// label, a credit, and a caption box that prints the picture's credit
// beside the description stay out.
func TestSentenceCaption(t *testing.T) {
	para := "The committee heard evidence for three hours on Monday and, after a short break, voted to send the bill back for changes. "
	page := `<html><head><title>Bill sent back</title></head><body>
<div id="story"><h1>Bill sent back</h1>
<p>` + strings.Repeat(para, 3) + `</p>
<div class="photo"><img src="/a.jpg"><div class="photo-caption">The chairman speaks to reporters outside the hearing room on Monday.</div></div>
<p>Then the vote came. ` + strings.Repeat(para, 3) + `</p>
<div class="photo"><img src="/b.jpg"><div class="image_caption">Hearing room</div></div>
<div class="media"><img src="/c.jpg"><div class="media__caption"><span class="media__copyright">Jane Roe/Agency</span><div class="caption-text">Members of the committee leave the building after the vote.</div></div></div>
<div class="photo"><img src="/d.jpg"><p class="caption caption--source">John Doe, City Hall, Springfield.</p></div>
<p>The bill returns next month. ` + strings.Repeat(para, 2) + `</p>
</div></body></html>`
	got := bodyOf(t, page, "Bill sent back")
	i := strings.Index(got, "The chairman speaks to reporters")
	if i < 0 || i > strings.Index(got, "Then the vote came") {
		t.Errorf("the sentence caption is not in the body before the next paragraph:\n%s", got)
	}
	for _, out := range []string{"Hearing room", "leave the building", "City Hall"} {
		if strings.Contains(got, out) {
			t.Errorf("%q is in the body:\n%s", out, got)
		}
	}
}
