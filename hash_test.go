package article

import (
	"crypto/sha256"
	"encoding/hex"
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
