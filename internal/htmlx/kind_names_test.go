package htmlx

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestNameHintsSkip checks the test that leaves class and id names
// without a hint unlowered in measureNames: on names built from hints,
// near misses and noise, every test of measureNames answers the same on
// the name skipped ("") as on the name lowered.
func TestNameHintsSkip(t *testing.T) {
	parts := []string{"price", "Price", "PRICE", "add-to-cart", "Add-To-Cart", "entry-content", "Entry-Content", "post-body", "articleBody",
		"story-body", "paywall", "Pay", "premium", "meter", "subscriber", "regwall", "piano", "body", "content", "-", "_", " ",
		"x", "nav", "price-tag", "İ", "é", "K", "\xff", "pri", "ce", "con", "tent"}
	r := rand.New(rand.NewPCG(13, 14))
	skipped := 0
	for c := range randomCases(200000) {
		var b strings.Builder
		for range r.IntN(5) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		raw := b.String()
		found, ascii := nameHintSet.InFold(raw)
		if found || !ascii {
			continue
		}
		skipped++
		low := strings.ToLower(raw)
		n := &html.Node{Type: html.ElementNode, Data: "div"}
		if classPart(low, "price") || strings.Contains(low, "add-to-cart") || isPostBody(n, low) || isPaywallName(low) {
			t.Fatalf("case %d: %q has no hint but passes a test of measureNames once lowered (%q)", c, raw, low)
		}
	}
	if skipped == 0 {
		t.Fatal("no name skipped: the cases test nothing")
	}
}
