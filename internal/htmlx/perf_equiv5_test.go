package htmlx

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// equivPages returns the repository's test pages, up to 150 pages of the
// trafilatura corpus's development half (when present beside the
// repository; 15 under the race detector) and the extra documents given.
func equivPages(t *testing.T, extra ...string) []*html.Node {
	t.Helper()
	docs := append([]string(nil), extra...)
	for _, pat := range []string{"../../testdata/html/*.html", "../../testdata/kinds/*.html"} {
		paths, _ := filepath.Glob(pat)
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil {
				docs = append(docs, string(b))
			}
		}
	}
	if paths, _ := filepath.Glob("../../../shared/bench/trafilatura-dev/html/*.html.gz"); len(paths) > 0 {
		n := 150
		if raceEnabled {
			n = 15 // a tenth, as the random cases; .ci/run reads all without -race
		}
		for _, p := range paths[:min(len(paths), n)] {
			if b, err := eval.ReadGzip(p); err == nil {
				docs = append(docs, string(b))
			}
		}
	}
	// The repository's own pages (about 30) when ../shared is absent, as
	// on a user's fresh clone; 150 corpus pages more when it is there.
	if len(docs) < 20 {
		t.Fatalf("only %d pages", len(docs))
	}
	var roots []*html.Node
	for _, d := range docs {
		root, err := html.Parse(strings.NewReader(d))
		if err != nil {
			t.Fatal(err)
		}
		roots = append(roots, root)
	}
	return roots
}

// eachNode calls f on n and every node under it.
func eachNode(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		eachNode(c, f)
	}
}

// TestShortNodeTextEquiv checks shortNodeText against the text it
// replaces (nodeText or bylineText, then a length test) on every node of
// the test pages, at several limits, and on hand-made texts whose raw
// length is far above their normalised length, with invisible runes and
// UTF-8 sequences split across elements.
func TestShortNodeTextEquiv(t *testing.T) {
	ws := strings.Repeat(" \n\t", 150)
	extra := []string{
		"<div class=date>" + ws + "May" + ws + "<span>" + ws + "3, 2012</span>" + ws + "</div>",
		"<p>ab\xc3<span>\xa9</span>cd\xe2\x80<b>\x8b</b>" + strings.Repeat("x\u200b\u00ad ", 120) + "</p>",
		"<p>" + strings.Repeat("\u200bé \u200c", 300) + "<span class=sr-only>" + strings.Repeat("hidden ", 100) + "</span>end</p>",
		"<div>" + strings.Repeat("<p>one two</p>\n\n   ", 60) + "</div>",
	}
	roots := equivPages(t, extra...)
	r := rand.New(rand.NewSource(1))
	checked := 0
	for _, root := range roots {
		eachNode(root, func(n *html.Node) {
			if n.Type != html.ElementNode {
				return
			}
			full, seenFull := nodeText(n), bylineText(n)
			for _, limit := range []int{200, 1 + r.Intn(400)} {
				want, wantSeen := full, seenFull
				if len(want) >= limit {
					want = ""
				}
				if len(wantSeen) >= limit {
					wantSeen = ""
				}
				if got := shortNodeText(n, limit, false); got != want {
					t.Fatalf("shortNodeText(%q, %d) = %q, want %q", full, limit, got, want)
				}
				if got := shortNodeText(n, limit, true); got != wantSeen {
					t.Fatalf("shortNodeText(seen %q, %d) = %q, want %q", seenFull, limit, got, wantSeen)
				}
				checked++
			}
		})
	}
	t.Logf("%d pages, %d checks alike", len(roots), checked)
}

// TestSectionNamesEquiv checks readSectionNames against one attr call per
// name, and trailMarkNamed and navBlockNamed against trailMark and
// navBlock, on random attribute lists with repeated names and on every
// element of the test pages.
func TestSectionNamesEquiv(t *testing.T) {
	keys := []string{"class", "id", "itemtype", "typeof", "aria-label", "role", "href", "Class", "data-id"}
	vals := []string{"", "breadcrumb", "nav menu", "navigation", "http://schema.org/BreadcrumbList", "Crumbs", "x", "main-menu"}
	r := rand.New(rand.NewSource(2))
	check := func(n *html.Node) {
		sn := readSectionNames(n)
		want := sectionNames{attr(n, "class"), attr(n, "id"), attr(n, "itemtype"), attr(n, "typeof"), attr(n, "aria-label"), attr(n, "role")}
		if sn != want {
			t.Fatalf("readSectionNames(%v) = %+v, want %+v", n.Attr, sn, want)
		}
		var b1, b2 [256]byte
		cls, id := textutil.LowerJoin(b1[:], sn.class), textutil.LowerJoin(b2[:], sn.id)
		if got, want := trailMarkNamed(n, cls, id, &sn), trailMark(n, cls, id); got != want {
			t.Fatalf("trailMarkNamed(%v) = %q, want %q", n.Attr, got, want)
		}
		if got, want := navBlockNamed(n, cls, id, sn.role), navBlock(n, cls, id); got != want {
			t.Fatalf("navBlockNamed(%v) = %v, want %v", n.Attr, got, want)
		}
	}
	for range 20000 {
		n := &html.Node{Type: html.ElementNode, Data: "div"}
		for range r.Intn(6) {
			n.Attr = append(n.Attr, html.Attribute{Key: keys[r.Intn(len(keys))], Val: vals[r.Intn(len(vals))]})
		}
		check(n)
	}
	elements := 0
	for _, root := range equivPages(t) {
		eachNode(root, func(n *html.Node) {
			if n.Type == html.ElementNode {
				check(n)
				elements++
			}
		})
	}
	t.Logf("%d page elements alike", elements)
}

// TestJunkWordSetsEquiv checks the word sets isJunkLine asks against the
// loops of strings.Contains they replace, on random lines built of the
// words, their parts and other text.
func TestJunkWordSetsEquiv(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	var parts []string
	for _, w := range append(append([]string{}, noticeWords...), ctaWords...) {
		parts = append(parts, w, w[:len(w)/2], w[len(w)/2:])
	}
	parts = append(parts, " ", "é", "the ", "Subscribe", "x", "s", "ü")
	loop := func(words []string, s string) bool {
		for _, w := range words {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	found := 0
	for range 50000 {
		var b strings.Builder
		for range r.Intn(6) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		if got, want := noticeWordSet.In(s), loop(noticeWords, s); got != want {
			t.Fatalf("noticeWordSet.In(%q) = %v, want %v", s, got, want)
		}
		got, want := ctaWordSet.In(s), loop(ctaWords, s)
		if got != want {
			t.Fatalf("ctaWordSet.In(%q) = %v, want %v", s, got, want)
		}
		if want {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no line held a word")
	}
}

// forwardVisibleBytes is ForwardVisible as it was: one byte at a time.
func forwardVisibleBytes(t string, from, n int) int {
	i := from
	for ; i < len(t) && n > 0; i++ {
		if c := t[i]; c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			n--
		}
	}
	return i
}

// TestForwardVisibleEquiv checks ForwardVisible's eight-byte steps
// against the byte loop on random texts of white space, other control
// bytes, letters and bytes outside ASCII, at every start and many counts.
func TestForwardVisibleEquiv(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	alphabet := []byte{' ', '\n', '\t', '\r', '\v', '\f', 0, 'a', 'Z', 0x80, 0xff, 0xa0, 0x1f, 0x21, 0x0b, 0x0c, 0x8a, 0x89, 0x8d, 0xa9}
	for range 3000 {
		b := make([]byte, r.Intn(70))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		s := string(b)
		for from := 0; from <= len(s); from++ {
			for _, n := range []int{0, 1, 7, 8, 9, 15, 16, 17, r.Intn(80), -1} {
				if got, want := ForwardVisible(s, from, n), forwardVisibleBytes(s, from, n); got != want {
					t.Fatalf("ForwardVisible(%q, %d, %d) = %d, want %d", s, from, n, got, want)
				}
			}
		}
	}
	if got := ForwardVisible("", 0, 5); got != 0 {
		t.Fatalf("ForwardVisible empty = %d", got)
	}
}

// TestContentAlnumTable checks the table ContentWalker.text counts ASCII
// letters and digits with against the range tests it replaces.
func TestContentAlnumTable(t *testing.T) {
	for c := range 128 {
		want := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		if got := asciiAlnum[c] == 1; got != want || asciiAlnum[c] > 1 {
			t.Fatalf("asciiAlnum[%q] = %d, want %v", rune(c), asciiAlnum[c], want)
		}
	}
}

// TestLeadAgencyNeedsParenthesis checks that reLeadAgency matches no line
// without "(" (datelineAgency skips those lines unread), on the lines of
// the test pages' text and on lines made to match but for the
// parenthesis.
func TestLeadAgencyNeedsParenthesis(t *testing.T) {
	lines := []string{"DHAKA AFP —", "FRANKFURT, Jan 9 Reuters) -", "( Reuters )- A", "Fairfield (AP) _"}
	for _, root := range equivPages(t) {
		m := collectMeta(root, 0)
		lines = append(lines, strings.Split(m.text, "\n")...)
	}
	matched := 0
	for _, l := range lines {
		if reLeadAgency.MatchString(l) {
			if !strings.Contains(l, "(") {
				t.Fatalf("reLeadAgency matches %q, which has no parenthesis", l)
			}
			matched++
		}
	}
	if matched == 0 {
		t.Fatal("no line matched")
	}
	t.Logf("%d lines, %d match", len(lines), matched)
}

// TestMayFiledLabel checks that mayFiledLabel passes every text on which
// filedUnder's loop over filedLabels does anything (a label equal to it,
// ending it after a space or a comma, or beginning it), on random texts
// of label parts, and on the lowered short texts of the test pages.
func TestMayFiledLabel(t *testing.T) {
	for _, lab := range filedLabels {
		if len(lab) < 4 || strings.Contains(lab, ",") {
			t.Fatalf("label %q: mayFiledLabel needs four bytes or more and no comma", lab)
		}
	}
	loopActs := func(l string) bool {
		for _, lab := range filedLabels {
			if l == lab || LabelSuffix(l, lab) || strings.HasPrefix(l, lab) {
				return true
			}
		}
		return false
	}
	parts := []string{" ", ",", ":", "x", "ab", "in", "the ", "é"}
	for _, lab := range filedLabels {
		parts = append(parts, lab, lab[:len(lab)/2], lab[len(lab)/2:])
	}
	texts := []string{""}
	r := rand.New(rand.NewSource(6))
	for range 100000 {
		var b strings.Builder
		for range 1 + r.Intn(4) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, root := range equivPages(t) {
		eachNode(root, func(n *html.Node) {
			if n.Type == html.TextNode {
				if s := strings.TrimSpace(n.Data); s != "" && len(s) < 120 {
					var buf [128]byte
					texts = append(texts, strings.Clone(textutil.LowerJoin(buf[:], strings.TrimRight(textutil.NormalizeSpace(s), " :"))))
				}
			}
		})
	}
	acts, passed := 0, 0
	for _, l := range texts {
		may := mayFiledLabel(l)
		if loopActs(l) {
			acts++
			if !may {
				t.Fatalf("mayFiledLabel(%q) = false, but a label matches", l)
			}
		}
		if may {
			passed++
		}
	}
	if acts == 0 {
		t.Fatal("no text held a label")
	}
	t.Logf("%d texts, %d with a label, %d passed", len(texts), acts, passed)
}

// TestSectionWalkNoNames checks the section walk's shortcut for an
// element without class, id, itemtype, typeof, aria-label or role against
// the tests it skips, for every element atom of the test pages and the
// atoms the tests name.
func TestSectionWalkNoNames(t *testing.T) {
	atoms := map[atom.Atom]bool{atom.Aside: true, atom.Nav: true, atom.Body: true, atom.Html: true, atom.Head: true,
		atom.Main: true, atom.Article: true, atom.A: true, atom.Li: true, atom.Span: true, atom.Div: true}
	for _, root := range equivPages(t) {
		eachNode(root, func(n *html.Node) {
			if n.Type == html.ElementNode {
				atoms[n.DataAtom] = true
			}
		})
	}
	var empty sectionNames
	for a := range atoms {
		n := &html.Node{Type: html.ElementNode, DataAtom: a, Data: a.String(), Attr: []html.Attribute{{Key: "href", Val: "/x"}}}
		if readSectionNames(n) != empty {
			t.Fatal("href read as a name")
		}
		if k := trailMarkNamed(n, "", "", &empty); k != "" {
			t.Errorf("<%s>: trail mark %q", a, k)
		}
		if got, want := navBlockNamed(n, "", "", ""), a == atom.Nav; got != want {
			t.Errorf("<%s>: nav %v, want %v", a, got, want)
		}
		elsewhere := elsewhereOf(n, "", "")
		if want := a == atom.Aside; elsewhere != want {
			t.Errorf("<%s>: elsewhere %v, want %v", a, elsewhere, want)
		}
		if aside := elsewhere || a != atom.Body && a != atom.Html && sideBlock("", ""); aside != (a == atom.Aside) {
			t.Errorf("<%s>: aside %v", a, aside)
		}
		if categoryClass(n, "") {
			t.Errorf("<%s>: category class", a)
		}
	}
	t.Logf("%d atoms", len(atoms))
}

// titleClassNamedReplacer is titleClassNamed as titleClass tested it: the
// words of ci in a slice, each joined by classJoiner.
func titleClassNamedReplacer(ci string) bool {
	for _, f := range strings.Fields(ci) {
		f = classJoiner.Replace(f)
		if TitleClassNames[f] || strings.HasSuffix(f, "articleheadline") || strings.HasSuffix(f, "storyheadline") {
			return true
		}
	}
	return false
}

// TestTitleClassNamedEquiv checks titleClassNamed against the Replacer
// form on random class lists made of the headline names with hyphens and
// underscores put in, other words and long words, and on the lowered
// class and id of every element of the test pages.
func TestTitleClassNamedEquiv(t *testing.T) {
	var parts []string
	for name := range TitleClassNames {
		parts = append(parts, name, name[:len(name)/2]+"-"+name[len(name)/2:], "x_"+name, name+"_")
	}
	parts = append(parts, " ", "\u00a0", "-", "_", "story", "headline", "article-headline", "big-storyheadline",
		strings.Repeat("a-", 50)+"storyheadline", "é", "title")
	r := rand.New(rand.NewSource(7))
	var cis []string
	for range 50000 {
		var b strings.Builder
		for range 1 + r.Intn(5) {
			b.WriteString(parts[r.Intn(len(parts))])
			if r.Intn(2) == 0 {
				b.WriteByte(' ')
			}
		}
		cis = append(cis, b.String())
	}
	for _, root := range equivPages(t) {
		eachNode(root, func(n *html.Node) {
			if n.Type == html.ElementNode {
				var buf [256]byte
				cis = append(cis, strings.Clone(textutil.LowerJoin(buf[:], attr(n, "class"), attr(n, "id"), attr(n, "data-testid"))))
			}
		})
	}
	named := 0
	for _, ci := range cis {
		got, want := titleClassNamed(ci), titleClassNamedReplacer(ci)
		if got != want {
			t.Fatalf("titleClassNamed(%q) = %v, want %v", ci, got, want)
		}
		if got {
			named++
		}
	}
	if named == 0 {
		t.Fatal("no class list named the headline")
	}
	t.Logf("%d class lists, %d name the headline", len(cis), named)
}

// TestFromCopyrightMarkEquiv checks that reCopyrightWire finds the same
// matches from fromCopyrightMark's cut as in the whole text, on the text
// of every test page (and its later halves) and on hand-made lines.
func TestFromCopyrightMarkEquiv(t *testing.T) {
	texts := []string{
		"", "no mark here 2008 The Associated Press",
		"Story.\nCopyright 2008 The Associated Press. All rights reserved.",
		"x (c) 2007 United Press International and © 2009 Reuters Limited; COPYRIGHT 2001 AFP",
		"\xe2\xc2\xa9 2010 Agence France-Presse", "((C) 1999 Foo Bar) Copyright© 2000 Baz",
	}
	for _, root := range equivPages(t) {
		m := collectMeta(root, 0)
		texts = append(texts, m.text, m.text[len(m.text)/2:], m.text[len(m.text)*3/4:])
	}
	found := 0
	for _, s := range texts {
		got, want := reCopyrightWire.FindAllStringSubmatch(fromCopyrightMark(s), 4), reCopyrightWire.FindAllStringSubmatch(s, 4)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("from the mark %q, want %q", got, want)
		}
		found += len(want)
	}
	if found == 0 {
		t.Fatal("no copyright line found")
	}
	t.Logf("%d texts, %d matches", len(texts), found)
}

// TestEitherWordSetEquiv checks that eitherWordSet finds a word exactly
// when contentWordSet or boilerWordSet does (classBoiler asks the two
// only then), on random class lists of their words and halves and on the
// class lists of every element of the test pages.
func TestEitherWordSetEquiv(t *testing.T) {
	var parts []string
	for _, w := range append(append([]string{}, contentWords...), boilerWords...) {
		parts = append(parts, w, w[:len(w)/2], w[len(w)/2:])
	}
	parts = append(parts, " ", "-", "x", "é")
	r := rand.New(rand.NewSource(8))
	var cis []string
	for range 50000 {
		var b strings.Builder
		for range 1 + r.Intn(4) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		cis = append(cis, b.String())
	}
	for _, root := range equivPages(t) {
		eachNode(root, func(n *html.Node) {
			if n.Type == html.ElementNode {
				var buf [256]byte
				cis = append(cis, strings.Clone(textutil.LowerJoin(buf[:], attr(n, "class"), attr(n, "id"))))
			}
		})
	}
	hits := 0
	for _, ci := range cis {
		want := contentWordSet.In(ci) || boilerWordSet.In(ci)
		if got := eitherWordSet.In(ci); got != want {
			t.Fatalf("eitherWordSet.In(%q) = %v, want %v", ci, got, want)
		}
		if want {
			hits++
		}
	}
	if hits == 0 {
		t.Fatal("no class list held a word")
	}
	t.Logf("%d class lists, %d hold a word", len(cis), hits)
}
