package htmlx

import (
	"math/rand/v2"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// splitTitleEach is splitTitle as it was: strings.Split of every part at
// every separator in turn.
func splitTitleEach(t string) []string {
	parts := []string{t}
	for _, sep := range titleSeparators {
		var next []string
		for _, p := range parts {
			for _, q := range strings.Split(p, sep) {
				if q = strings.TrimSpace(q); q != "" {
					next = append(next, q)
				}
			}
		}
		parts = next
	}
	return parts
}

// perf12kTitles returns the <title>, <h1> and og:title texts of the test
// pages, the texts splitTitle is given.
func perf12kTitles(t *testing.T) []string {
	var out []string
	for _, root := range equivPages(t) {
		eachNode(root, func(e *html.Node) {
			switch {
			case e.DataAtom == atom.Title, e.DataAtom == atom.H1, e.DataAtom == atom.H2:
				out = append(out, nodeText(e))
			case e.DataAtom == atom.Meta && strings.HasSuffix(attr(e, "property"), "title"):
				out = append(out, attr(e, "content"))
			}
		})
	}
	return out
}

// TestSplitTitleSame compares splitTitle with the form it replaced on the
// titles and headings of the test pages and on random texts of separators
// (alone, doubled, overlapping: " | | ", " || ", " - – "), spaces of every
// kind, words and broken UTF-8.
func TestSplitTitleSame(t *testing.T) {
	texts := perf12kTitles(t)
	pieces := append([]string{"", " ", "  ", "\t", "\n", "\u00a0", "|", "-", "–", "—", ":", "·", "/", "«", "»", "Word", "a", "Ünï", "\xff"}, titleSeparators...)
	r := rand.New(rand.NewPCG(12, 1))
	for range randomCases(200000) {
		texts = append(texts, randomText(r, pieces, 10))
	}
	cut := 0
	for _, s := range texts {
		want, got := splitTitleEach(s), splitTitle(s)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("splitTitle(%q) = %q, the split at each separator gives %q", s, got, want)
		}
		if len(want) > 1 {
			cut++
		}
	}
	if cut < randomCases(1000) {
		t.Fatalf("only %d of %d texts were cut", cut, len(texts))
	}
}

// resolveURLEach is resolveURL as it was: the base parsed on every call.
func resolveURLEach(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if b, err := url.Parse(strings.TrimSpace(base)); err == nil && base != "" && b.IsAbs() {
		r = b.ResolveReference(r)
	}
	return CleanURL(r.String())
}

// TestResolveURLSame compares resolveURL, and the resolve of a urlBase
// parsed once per base and shared by all the calls (as a page resolves
// its links), with the form that parsed the base on every call: the links and
// pictures of the test pages against their own canonical address and odd
// bases (empty, relative, not http, with a query and fragment, spaces,
// malformed), in an order that changes base often, and from several
// goroutines at once, each with its own base.
func TestResolveURLSame(t *testing.T) {
	var refs, bases []string
	for _, root := range equivPages(t) {
		eachNode(root, func(e *html.Node) {
			if e.Type != html.ElementNode {
				return
			}
			for _, k := range []string{"href", "src"} {
				if v := attr(e, k); v != "" {
					refs = append(refs, v)
				}
			}
			if e.DataAtom == atom.Link && attr(e, "rel") == "canonical" {
				bases = append(bases, attr(e, "href"))
			}
		})
	}
	refs = sampleCases(refs)
	bases = append(bases, "", " ", "/news/story", "mailto:x@example.com", "javascript:void(0)", "https://example.com/a/b/c.html?x=1#top",
		" https://example.com/dir/ ", "http://ex ample.com/", "https://%zz/", "//cdn.example.com/x", "https://user:pw@example.com:8080/a/../b/",
		"HTTPS://EXAMPLE.COM", "ftp://example.com/", "https://пример.рф/путь", "https://example.com")
	refs = append(refs, "", " ", "../up", "./here", "?q=1", "#frag", "//other.example.org/p", "https://x.example/a/./b/../c", "%zz", "data:image/png;base64,xx",
		"javascript:alert(1)", "mailto:a@b.c", "/абв", "a b", "\\back\\slash", "http://[::1]/", "http://[::1", ":no-scheme")
	r := rand.New(rand.NewPCG(12, 2))
	parsed := map[string]urlBase{}
	for _, b := range bases {
		parsed[b] = parseBase(b)
	}
	check := func(base, ref string) {
		want := resolveURLEach(base, ref)
		if got := resolveURL(base, ref); got != want {
			t.Errorf("resolveURL(%q, %q) = %q, parsing the base each time gives %q", base, ref, got, want)
		}
		if got := parsed[base].resolve(ref); got != want {
			t.Errorf("parseBase(%q).resolve(%q) = %q, parsing the base each time gives %q", base, ref, got, want)
		}
	}
	resolved := 0
	for i, ref := range refs {
		base := bases[i%len(bases)]
		if r.IntN(4) == 0 {
			base = bases[r.IntN(len(bases))]
		}
		check(base, ref)
		check(base, ref) // the base kept from the call before
		if resolveURLEach(base, ref) != "" {
			resolved++
		}
	}
	if resolved < len(refs)/4 {
		t.Fatalf("only %d of %d links resolved", resolved, len(refs))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < len(refs); i += 4 {
				check(bases[g], refs[i])
			}
		}()
	}
	wg.Wait()
}

// TestMayHintOnPages checks MayHint, which searches a part with no hyphen
// or underscore once for the hint words and "head" and "title" together,
// against its two-pass form on the class, id and data-testid of every
// element of the test pages (TestMayHintOnePass tries random parts).
func TestMayHintOnPages(t *testing.T) {
	passed, plain := 0, 0
	for _, root := range equivPages(t) {
		eachNode(root, func(e *html.Node) {
			if e.Type != html.ElementNode {
				return
			}
			na := readNames(e)
			for _, s := range []string{na.class, na.id, na.testid} {
				if got, want := MayHint(s), mayHintTwoPasses(s); got != want {
					t.Fatalf("MayHint(%q) = %v, the two passes give %v", s, got, want)
				}
				if !strings.ContainsAny(s, "-_") && s != "" {
					plain++
					if MayHint(s) {
						passed++
					}
				}
			}
		})
	}
	// The repository's own pages alone (a fresh clone without ../shared)
	// hold about 150 such names, 40 of them hints.
	if plain < 100 || passed < 20 {
		t.Fatalf("only %d names without hyphens or underscores, %d passed", plain, passed)
	}
}

// reCreditLineStartOld is the pattern creditLineStart replaces.
var reCreditLineStartOld = regexp.MustCompile(`^\s*(?:Von|VON|By|BY|Par|Por|Door)\b`)

// TestCreditLineStartSame compares creditLineStart with the pattern it
// replaced on every text node of the test pages and on random texts of
// labels, white space of every kind (the pattern's \s is ASCII only),
// word characters, letters outside ASCII and broken UTF-8.
func TestCreditLineStartSame(t *testing.T) {
	var texts []string
	for _, root := range equivPages(t) {
		eachNode(root, func(e *html.Node) {
			if e.Type == html.TextNode {
				texts = append(texts, e.Data)
			}
		})
	}
	texts = sampleCases(texts)
	pieces := []string{"", " ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u2003", "Von", "VON", "von", "By", "BY", "by", "Par", "Por", "Door",
		"Vo", "B", "D", "n", "y", "_", "1", "é", "ñ", "\xff", ":", ".", "-", "Anna", "Muster", "Byron", "Doors", "Paris"}
	r := rand.New(rand.NewPCG(12, 3))
	for range randomCases(200000) {
		texts = append(texts, randomText(r, pieces, 7))
	}
	opened := 0
	for _, s := range texts {
		want := reCreditLineStartOld.MatchString(s)
		if got := creditLineStart(s); got != want {
			t.Fatalf("creditLineStart(%q) = %v, the pattern says %v", s, got, want)
		}
		if want {
			opened++
		}
	}
	if opened < randomCases(1000) {
		t.Fatalf("only %d of %d texts open a credit line", opened, len(texts))
	}
}
