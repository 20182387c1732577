package htmlx

import (
	"strings"
	"testing"
)

// TestLinkedProse: inside the story, a sentence whose words are one long
// link is kept in the body, as the learned scorer judges it article text;
// a "Read more: …" line of links, which ends no sentence, is not.
func TestLinkedProse(t *testing.T) {
	para := "The council met on Tuesday and voted on the plan, after a long debate that ran, as it often does, late into the night. "
	page := `<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>` +
		`<article><h1>Bridge to close</h1>` +
		`<p>` + strings.Repeat(para, 3) + `</p>` +
		`<p><a href="/game">This week's new game is a really fun, quick, easy and profoundly silly party game that the whole family can play together.</a></p>` +
		`<p>` + strings.Repeat(para, 2) + `</p>` +
		`<p>Read more: <a href="/other">Looted colonial art returns to the museum of the old town</a></p>` +
		`<p>` + strings.Repeat(para, 2) + `</p></article>` +
		`<div class="links"><a href="/a">Weather</a> <a href="/b">Traffic</a> <a href="/c">Jobs</a></div></body></html>`
	got := contentBodyText(t, page, "Bridge to close")
	if !strings.Contains(got, "profoundly silly party game") {
		t.Errorf("the linked sentence is missing from the body:\n%s", got)
	}
	if strings.Contains(got, "Looted colonial art") {
		t.Errorf("the Read more line is in the body:\n%s", got)
	}
	if !strings.Contains(got, "late into the night") || strings.Contains(got, "Weather") {
		t.Errorf("body:\n%s", got)
	}
}

// TestLinkedProseNeedsScorer: without the learned scorer's judgement (the
// second extraction's walk), a block that is mostly links stays out.
func TestLinkedProseNeedsScorer(t *testing.T) {
	w := &ContentWalker{Blocks: []textBlock{{Text: "A sentence that is all one link.", Runes: 26, LinkRun: 26}}}
	if w.linkedProse(0) {
		t.Error("linkedProse without probabilities = true")
	}
	w.prob = []float32{0.9}
	if !w.linkedProse(0) {
		t.Error("linkedProse of a likely sentence = false")
	}
	w.Blocks[0].Text = "Read more: Looted colonial art"
	if w.linkedProse(0) {
		t.Error("linkedProse of a Read more line = true")
	}
}
