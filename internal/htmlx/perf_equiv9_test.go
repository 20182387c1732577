package htmlx

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestSectionWalkNamesSame checks the section walk's two shortcuts on the
// class and id of every element of the test pages and on random names:
// menuOrNav is strings.Contains of "menu" or "nav", and an element whose
// lowered class and id hold no elsewhere hint (not an <aside>) is one
// elsewhereOf answers false for.
func TestSectionWalkNamesSame(t *testing.T) {
	type names struct {
		a       atom.Atom
		cls, id string
	}
	var all []names
	for _, root := range equivPages(t) {
		eachNode(root, func(e *html.Node) {
			if e.Type == html.ElementNode {
				all = append(all, names{e.DataAtom, attr(e, "class"), attr(e, "id")})
			}
		})
	}
	pieces := []string{"m", "e", "n", "u", "a", "v", "menu", "nav", "MENU", "Nav", "me", "nu", "na", " ", "-", "_", "comment", "COMMENTS", "Related",
		"commentary", "taxonomy-", "tag-", "most-read", "popular", "outbrain", "\u212a", "\u0130", "é", "\xff", "\xe2\x80"}
	atoms := []atom.Atom{atom.Div, atom.Aside, atom.Body, atom.Html, atom.Section, atom.Li}
	r := rand.New(rand.NewSource(15))
	for range 30000 {
		var c, d strings.Builder
		for k := r.Intn(6); k >= 0; k-- {
			c.WriteString(pieces[r.Intn(len(pieces))])
		}
		for k := r.Intn(4); k > 0; k-- {
			d.WriteString(pieces[r.Intn(len(pieces))])
		}
		all = append(all, names{atoms[r.Intn(len(atoms))], c.String(), d.String()})
	}
	hinted := 0
	for _, e := range all {
		for _, v := range []string{e.cls, e.id, strings.ToLower(e.cls)} {
			if got, want := menuOrNav(v), strings.Contains(v, "menu") || strings.Contains(v, "nav"); got != want {
				t.Fatalf("menuOrNav(%q) = %v", v, got)
			}
		}
		n := &html.Node{Type: html.ElementNode, DataAtom: e.a, Data: e.a.String()}
		cls, id := textutil.LowerJoin(make([]byte, 256), e.cls), textutil.LowerJoin(make([]byte, 128), e.id)
		want := elsewhereOf(n, e.cls, e.id)
		got := sectionElsewhere(n, cls, id, e.cls, e.id)
		if got != want {
			t.Fatalf("elsewhere shortcut on %v class %q id %q = %v", e.a, e.cls, e.id, got)
		}
		if want {
			hinted++
		}
	}
	if hinted < 100 {
		t.Fatalf("only %d elements elsewhere: the test reads too few", hinted)
	}
}

// TestAgencyLineShapedSame checks that every line reAgencyLine matches is
// one agencyLineShaped lets through, on the lines of every element's text
// of the test pages and on 100,000 random lines of capitalised words,
// "The", "of", blanks of every kind, parentheses, dashes, bars, commas
// and digits.
func TestAgencyLineShapedSame(t *testing.T) {
	var lines []string
	var text func(n *html.Node) string
	text = func(n *html.Node) string {
		if n.Type == html.TextNode {
			return n.Data
		}
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			b.WriteString(text(c))
			b.WriteByte('\n')
		}
		if b.Len() < 2000 {
			lines = append(lines, strings.Split(b.String(), "\n")...)
		}
		return b.String()
	}
	for _, root := range equivPages(t) {
		text(root)
	}
	pieces := []string{"The", "THE", "the", "of", "Associated", "Press", "AFP", "Trust", "India", "É", "A&B", "U.S.", "X-Y", " ", "  ", "\t", "\r", "\f", "\v", "\u00a0",
		"(", ")", "-", "–", "|", ",", "2008", "7", ":", "a", "and"}
	r := rand.New(rand.NewSource(16))
	for range randomCases(100000) {
		var b strings.Builder
		for k := r.Intn(30); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		lines = append(lines, b.String())
	}
	// The most blank runs a match may hold: 11.
	most := " ( The A of B of C of D ) "
	if !reAgencyLine.MatchString(most) || !agencyLineShaped(most) || agencyLineShaped(most+"x y") {
		t.Fatalf("the line of 11 blank runs: match %v, shaped %v", reAgencyLine.MatchString(most), agencyLineShaped(most))
	}
	lines = sampleCases(lines)
	matched, skipped := 0, 0
	for _, l := range lines {
		m := reAgencyLine.MatchString(l)
		if m && !agencyLineShaped(l) {
			t.Fatalf("agencyLineShaped(%q) = false, but reAgencyLine matches it", l)
		}
		if m {
			matched++
		}
		if !agencyLineShaped(l) {
			skipped++
		}
	}
	t.Logf("%d lines, %d match, %d skipped", len(lines), matched, skipped)
	if matched < randomCases(1000) || skipped < randomCases(1000) {
		t.Fatalf("%d lines match, %d skipped: the test proves little", matched, skipped)
	}
}
