package htmlx

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestFootLines: after the story's last paragraph, inside the element
// chosen as the article, the post footer's short lines that end no
// sentence and that the learned scorer doubts ("Also in World News",
// "Labels: …") are left out of the body; the story's own closing sentence
// stays, and a short body keeps its lines.
func TestFootLines(t *testing.T) {
	para := "The council met on Tuesday and voted on the plan, after a long debate that ran, as it often does, late into the night. "
	foot := `<p>Posted by Jane Miller at 4:12 PM</p><p>Email</p><p>Share this</p><p>Also in World News</p><p>Labels: politics, council</p>`
	page := func(n int) string {
		return `<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>` +
			`<div><h1>Bridge to close</h1>` + strings.Repeat(`<p>`+strings.Repeat(para, 2)+`</p>`, n) +
			`<p>We will keep you posted.</p>` + foot + `</div></body></html>`
	}
	body := func(doc string) string { return contentBodyText(t, doc, "Bridge to close") }
	got := body(page(6))
	for _, l := range []string{"Also in World News", "Labels: politics"} {
		if strings.Contains(got, l) {
			t.Errorf("the foot line %q is in the body:\n%s", l, got)
		}
	}
	if !strings.Contains(got, "We will keep you posted.") || !strings.Contains(got, "late into the night") {
		t.Errorf("the story lost text:\n%s", got)
	}
	// A body with too little prose before its foot keeps it whole.
	if got := body(page(1)); !strings.Contains(got, "Also in World News") {
		t.Errorf("a short body lost its foot:\n%s", got)
	}
}

// TestLinkedHeadingOverProse: a post title that is a link stays in the
// body over the post's text; a linked teaser title over a short line does
// not.
func TestLinkedHeadingOverProse(t *testing.T) {
	para := "The council met on Tuesday and voted on the plan, after a long debate that ran, as it often does, late into the night. "
	doc := `<html><body><div id="main">` +
		`<h2><a href="/2007/05/bridge">Bridge to close in May</a></h2><p>` + strings.Repeat(para, 3) + `</p>` +
		`<h2><a href="/2007/04/park">New park opens downtown</a></h2><p>` + strings.Repeat(para, 3) + `</p>` +
		`<h3><a href="/2007/03/other">Weekend traffic notes</a></h3><p>By the desk.</p>` +
		`</div></body></html>`
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	blocks, _ := extractContent(root, "", nil)
	var sb strings.Builder
	for _, b := range blocks {
		sb.WriteString(b.Text + "\n")
	}
	got := sb.String()
	if !strings.Contains(got, "Bridge to close in May") || !strings.Contains(got, "New park opens downtown") {
		t.Errorf("a post's linked title is missing:\n%s", got)
	}
	if strings.Contains(got, "Weekend traffic notes") {
		t.Errorf("a linked title over a short line is in the body:\n%s", got)
	}
}

// TestFootLinesKinds: only paragraphs, headings and list items can be a
// foot's lines. The cells of a table, a code block's lines and a caption
// after the last paragraph of prose end no sentence and may be doubted by
// the scorer, yet they stay: a results table that closes a story was lost
// this way.
func TestFootLinesKinds(t *testing.T) {
	prose := textBlock{kind: kindPara, Runes: 900, Text: strings.Repeat("word ", 180) + "end."}
	w := &ContentWalker{Blocks: []textBlock{
		prose,
		{kind: kindCell, Runes: 5, Text: "North"},
		{kind: kindCell, Runes: 4, Text: "1204"},
		{kind: kindPre, Runes: 10, Text: "x := f(y)"},
		{kind: kindCaption, Runes: 12, Text: "The new bridge"},
		{kind: kindPara, Runes: 5, Text: "Email"},
		{kind: kindItem, Runes: 12, Text: "Also in World"},
	}}
	w.prob = []float32{0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}
	w.keptIdx = []int{0, 1, 2, 3, 4, 5, 6}
	got := w.footLines()
	if want := []int{5, 6}; !slices.Equal(got, want) {
		t.Errorf("footLines = %v, want %v (the paragraph and the item only)", got, want)
	}
}
