package htmlx

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestWPCaptionSentence: a WordPress caption written as a sentence stays
// in the body, in its place; a short label and a photo credit (in English
// or in Spanish) do not.
func TestWPCaptionSentence(t *testing.T) {
	para := "We drove up the coast on Saturday and stopped, as we always do, at the little market by the harbour for lunch. "
	page := `<html><head><title>A weekend on the coast</title></head><body>
<div class="post"><h1>A weekend on the coast</h1><div class="entry">
<p>` + strings.Repeat(para, 3) + `</p>
<div class="wp-caption aligncenter"><img src="/a.jpg"><p class="wp-caption-text">The woman who sells these also makes her own salsa, which is amazing.</p></div>
<p>Then the rain came. ` + strings.Repeat(para, 3) + `</p>
<div class="wp-caption aligncenter"><img src="/b.jpg"><p class="wp-caption-text">Photo: the harbour at noon, courtesy of the town.</p></div>
<div class="wp-caption aligncenter"><img src="/c.jpg"><p class="wp-caption-text">The harbour</p></div>
<div class="wp-caption aligncenter"><img src="/d.jpg"><p class="wp-caption-text">El puerto de la ciudad al mediodía. Foto: Archivo municipal.</p></div>
<p>We left on Sunday. ` + strings.Repeat(para, 2) + `</p>
</div></div></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	blocks, _ := extractContent(root, "A weekend on the coast", nil)
	var texts []string
	for _, b := range blocks {
		texts = append(texts, b.Text)
	}
	got := strings.Join(texts, "\n")
	i := strings.Index(got, "The woman who sells these")
	if i < 0 || i > strings.Index(got, "Then the rain came") {
		t.Errorf("the sentence caption is not in the body before the next paragraph:\n%s", got)
	}
	if strings.Contains(got, "courtesy of the town") || strings.Contains(got, "\nThe harbour\n") || strings.Contains(got, "Archivo municipal") {
		t.Errorf("a credit or a label is in the body:\n%s", got)
	}
}
