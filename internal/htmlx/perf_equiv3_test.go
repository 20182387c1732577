package htmlx

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestMayAgencyLine checks that mayAgencyLine lets through every line
// reAgencyLine matches, on random lines built from blanks, parentheses,
// articles, capitalised and lower-case words (ASCII, Latin-1, Cyrillic,
// Greek), digits, dashes and invalid UTF-8.
func TestMayAgencyLine(t *testing.T) {
	parts := []string{"", " ", "\t", "\r", "(", ")", "the", "The", "THE", "tHe", "of", "Press", "AP", "Associated", "IANS", "Reuters",
		"Émile", "éclair", "Агентство", "агентство", "Ωmega", "ωmega", "2008", "January", "-", "–", "|", ",", ".", "&", "\xff", "x", "İ"}
	r := rand.New(rand.NewPCG(9, 10))
	passed := 0
	for range randomCases(200000) {
		var b strings.Builder
		for k := r.IntN(8); k >= 0; k-- {
			b.WriteString(parts[r.IntN(len(parts))])
			if r.IntN(3) == 0 {
				b.WriteByte(' ')
			}
		}
		line := b.String()
		if reAgencyLine.MatchString(line) {
			passed++
			if !mayAgencyLine(line) {
				t.Fatalf("mayAgencyLine(%q) = false, but reAgencyLine matches it", line)
			}
		}
	}
	if passed < 1000 {
		t.Fatalf("only %d random lines match reAgencyLine: the test proves little", passed)
	}
}

// TestElsewhereOf checks elsewhereOf, given the class and id as attr
// reads them, against isElsewhere on random elements (asides and the
// page's body and html among them).
func TestElsewhereOf(t *testing.T) {
	classes := []string{"", "a", "comment", "Comments", "related-posts", "category-popular", "tag-comments", "commentary",
		"post-meta", "widget related", "x y z", "mostRead", "Outbrain", "DISCUSSION", "entry-meta", "ünï-related", "article body", "meta", "byline"}
	tags := []string{"div", "aside", "section", "p", "span", "li", "body", "html"}
	r := rand.New(rand.NewPCG(11, 12))
	for range 50000 {
		tag := tags[r.IntN(len(tags))]
		n := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))}
		for j := r.IntN(4); j > 0; j-- {
			n.Attr = append(n.Attr, html.Attribute{Key: []string{"class", "id", "href"}[r.IntN(3)], Val: classes[r.IntN(len(classes))]})
		}
		if got, want := elsewhereOf(n, attr(n, "class"), attr(n, "id")), isElsewhere(n); got != want {
			t.Fatalf("elsewhereOf(<%s %v>) = %v, want %v", tag, n.Attr, got, want)
		}
	}
}

// TestContainsTrailSep checks containsTrailSep against strings.ContainsAny
// on random texts of ASCII, the separators, other characters outside
// ASCII that share their first bytes (« ‹ ← ▲) and invalid UTF-8.
func TestContainsTrailSep(t *testing.T) {
	for _, sep := range trailSeps {
		if sep != ">" && sep[0] < 0x80 {
			t.Fatalf("separator %q is ASCII: containsTrailSep looks for > alone in ASCII", sep)
		}
	}
	parts := append([]string{"", "a", "Home", " ", "<", "«", "‹", "←", "▲", "é", "\xe2", "\xe2\x80", "\xc2", "\xff", "News"}, trailSeps...)
	r := rand.New(rand.NewPCG(13, 14))
	for range randomCases(100000) {
		var b strings.Builder
		for k := r.IntN(6); k >= 0; k-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if got, want := containsTrailSep(s), strings.ContainsAny(s, trailSepChars); got != want {
			t.Fatalf("containsTrailSep(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestReadNames checks readNames against attr and hasAttr on random
// attribute lists, repeated names among them.
func TestReadNames(t *testing.T) {
	keys := []string{"class", "id", "data-testid", "itemprop", "itemscope", "href", "Class", "ID", "style"}
	r := rand.New(rand.NewPCG(15, 16))
	for k := range 20000 {
		n := &html.Node{Type: html.ElementNode, Data: "div"}
		for j := r.IntN(6); j > 0; j-- {
			n.Attr = append(n.Attr, html.Attribute{Key: keys[r.IntN(len(keys))], Val: fmt.Sprint(k, j)})
		}
		got := readNames(n)
		want := elementNames{attr(n, "class"), attr(n, "id"), attr(n, "data-testid"), attr(n, "itemprop"), hasAttr(n, "itemscope")}
		if got != want {
			t.Fatalf("readNames(%v) = %+v, want %+v", n.Attr, got, want)
		}
	}
}

// mayHintTwoPasses is MayHint as it was: the hint words, then a lowered
// copy without hyphens and underscores searched for "head" and "title".
func mayHintTwoPasses(part string) bool {
	if found, ascii := HintWordSet.InFold(part); found || !ascii {
		return true
	}
	if len(part) > 256 {
		return true
	}
	var buf [256]byte
	b := buf[:0]
	for i := 0; i < len(part); i++ {
		if c := part[i]; c != '-' && c != '_' {
			b = append(b, textutil.LowerByte(c))
		}
	}
	return bytes.Contains(b, []byte("head")) || bytes.Contains(b, []byte("title"))
}

// TestMayHintOnePass checks MayHint against its two-pass form on random
// class lists: split and cased "head" and "title", hint words, bytes
// outside ASCII, and lists longer than 256 bytes.
func TestMayHintOnePass(t *testing.T) {
	parts := []string{"", " ", "-", "_", "h", "he", "ad", "head", "HEAD", "He-ad", "ti", "t_itle", "tle", "TITLE", "tit", "le",
		"byline", "Autor", "DATE", "info", "meta", "x", "col-md-4", "é", "\xff", "post", "entry", "content"}
	r := rand.New(rand.NewPCG(17, 18))
	for k := range randomCases(200000) {
		var b strings.Builder
		for j := r.IntN(8); j >= 0; j-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		if k%1000 == 0 {
			b.WriteString(strings.Repeat("ab-", 90))
		}
		s := b.String()
		if got, want := MayHint(s), mayHintTwoPasses(s); got != want {
			t.Fatalf("MayHint(%q) = %v, want %v", s, got, want)
		}
	}
}
