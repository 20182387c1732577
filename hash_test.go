package article

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

func TestHash(t *testing.T) {
	base := &Article{Headline: "Café opens", Body: []Block{{Type: Paragraph, Text: "The café opened on Monday."}, {Type: Heading, Text: "More", Level: 2}}}
	// The documented algorithm, written out by hand.
	sum := sha256.Sum256([]byte("Café opens\nThe café opened on Monday.\nMore"))
	want := "sha256:" + hex.EncodeToString(sum[:])
	if got := base.Hash(); got != want {
		t.Fatalf("Hash = %s, want %s", got, want)
	}
	same := []*Article{
		// White space, NBSP and decomposed é (e + U+0301).
		{Headline: "  Cafe\u0301 \u00a0opens ", Body: []Block{{Type: Paragraph, Text: "The café\nopened on   Monday."}, {Type: Paragraph, Text: "   "}, {Type: Heading, Text: "More", Level: 2}}},
		// Other fields do not count.
		{Headline: "Café opens", Section: "Food", URL: "https://x.example/", Body: base.Body},
	}
	for i, a := range same {
		if got := a.Hash(); got != want {
			t.Errorf("variant %d: Hash = %s, want the same as the original", i, got)
		}
	}
	differ := []*Article{
		{Headline: "Café opens", Body: []Block{{Type: Paragraph, Text: "The café opened on Tuesday."}, {Type: Heading, Text: "More", Level: 2}}},
		{Headline: "Café closes", Body: base.Body},
		{Headline: "Café opens", Body: base.Body[:1]},
		// A block boundary is not the same as a space.
		{Headline: "Café opens The café opened on Monday.", Body: []Block{{Type: Heading, Text: "More", Level: 2}}},
	}
	for i, a := range differ {
		if a.Hash() == want {
			t.Errorf("changed article %d has the original's hash", i)
		}
	}
}

// TestContentHashAcrossBoilerplate parses one article wrapped in two
// different page layouts and checks that the content hash is the same,
// and that the text version of the same article gets it too.
func TestContentHashAcrossBoilerplate(t *testing.T) {
	const story = `<h1>Harbour bridge to close for repairs</h1>
<p>The harbour bridge will close to traffic for six weeks from Monday while engineers replace its worn expansion joints, the city council said.</p>
<p>Buses will be diverted over the river crossing at Mill Lane, adding about ten minutes to journeys into the centre, the council said in a statement.</p>
<p>Cyclists and pedestrians will still be able to use the bridge's eastern footpath for most of the works.</p>`
	pages := []string{
		`<html><head><title>Harbour bridge to close for repairs | Harbour Times</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>` + story + `</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Council tax rises</a></li><li><a href="/b">New school opens</a></li></ul></aside>
<footer>© Harbour Times. All rights reserved.</footer></body></html>`,
		`<html><head><title>Harbour bridge to close for repairs - City Daily</title></head><body>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<header><a href="/">City Daily</a> <a href="/subscribe">Subscribe</a></header>
<main><div class="content">` + story + `</div>
<div class="share">Share on Facebook Share on X</div>
<section class="related"><h2>Related</h2><a href="/c">Roadworks on Mill Lane</a></section></main>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>`,
	}
	var hashes []string
	for i, p := range pages {
		a, err := ParseHTML(strings.NewReader(p))
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		if len(a.Body) != 3 {
			t.Fatalf("page %d: %d body blocks, want the 3 paragraphs: %+v", i, len(a.Body), a.Body)
		}
		hashes = append(hashes, a.ContentHash)
	}
	text := "Harbour bridge to close for repairs\n\nThe harbour bridge will close to traffic for six weeks from Monday while engineers replace its worn expansion joints, the city council said.\n\nBuses will be diverted over the river crossing at Mill Lane, adding about ten minutes to journeys into the centre, the council said in a statement.\n\nCyclists and pedestrians will still be able to use the bridge's eastern footpath for most of the works.\n"
	a, err := ParseText(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	hashes = append(hashes, a.ContentHash)
	for i, h := range hashes {
		if h != hashes[0] || h == "" {
			t.Errorf("hash %d = %q, want %q like the first page's", i, h, hashes[0])
		}
	}
}
