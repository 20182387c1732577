package htmlx

import (
	"encoding/json"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// perf21RandomPage builds a random body of nested blocks, paragraphs,
// headings, links, list items, chrome, pictures, frames and hidden
// blocks, with words in runs of even lengths so that runs of paragraphs
// of equal length (the ties of MaxRun) are common.
func perf21RandomPage(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString("<html><head><title>T</title></head><body>")
	var block func(depth int)
	words := func() {
		for range 1 + r.Intn(4) {
			b.WriteString(" w")
		}
	}
	tags := []string{"div", "p", "h1", "h2", "h3", "a", "li", "article", "nav", "aside", "svg", "noscript", "style", "template", "iframe", "span", "section"}
	classes := []string{"", ` class="post-body"`, ` class="entry-content"`, ` class="paywall"`, ` itemprop="articleBody"`, ` class="price"`}
	block = func(depth int) {
		for range 1 + r.Intn(4) {
			if depth > 5 || r.Intn(3) == 0 {
				words()
				continue
			}
			t := tags[r.Intn(len(tags))]
			b.WriteString("<" + t + classes[r.Intn(len(classes))] + ">")
			if r.Intn(2) == 0 {
				words()
			}
			block(depth + 1)
			b.WriteString("</" + t + ">")
		}
	}
	block(0)
	b.WriteString("</body></html>")
	return b.String()
}

// TestPerf21MeasureOneWalk checks measurePage, whose word counts under an
// element come back from the walk of its children, against the two-walk
// reference of perf_equiv4_test.go (kindLinkWords walked for each run,
// heading and post body) on random bodies built for ties of equal runs,
// and on nested runs of one length whose paragraph counts differ.
func TestPerf21MeasureOneWalk(t *testing.T) {
	docs := []string{
		`<body><div><p>one two three four</p><div><p>one two</p><p>three four</p></div></div></body>`,
		`<body><div><div><p>one two</p><p>three four</p></div><p>one two three four</p></div></body>`,
		`<body><h1></h1><h1><a href="/">a b c</a></h1><h1><a>x</a> y z w</h1></body>`,
		`<body><h1><div><h1><a href="/">nested</a></h1></div> more words here</h1></body>`,
	}
	r := rand.New(rand.NewSource(21))
	for range randomCases(3000) {
		docs = append(docs, perf21RandomPage(r))
	}
	for i, d := range docs {
		root, err := html.Parse(strings.NewReader(d))
		if err != nil {
			t.Fatal(err)
		}
		got, want := MeasurePage(root), measurePageTwoWalks(root)
		if got.body != nil {
			// bodyLen sizes bodyLower's builder: the length of what it
			// joins.
			var b strings.Builder
			appendVisibleText(&b, got.body)
			if got.bodyLen != b.Len() {
				t.Fatalf("case %d %q: bodyLen %d, the visible text joined is %d bytes", i, d, got.bodyLen, b.Len())
			}
		}
		want.bodyLen = got.bodyLen
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d %q:\nMeasurePage = %+v\nwant %+v", i, d, got, want)
		}
	}
}

// perf21RandomName builds a class or id list from the words the name
// tests of the walks look for, pieces of them, case and separators, and
// letters outside ASCII.
func perf21RandomName(r *rand.Rand) string {
	var pool []string
	pool = append(pool, trailMarks...)
	pool = append(pool, categoryMarks...)
	pool = append(pool, ElsewhereHints...)
	pool = append(pool, hintWords...)
	pool = append(pool, "menu", "nav", "navbar", "-nav", "head", "header", "headline", "title", "subtitle", "section", "sidebar",
		"sidebar-content", "widget", "categories-list", "aside", "meta", "entry-meta", "author", "byline", "commentary", "category-popular",
		"tag-comments", "He", "ad", "Ti", "tle", "na", "v", "x", "İ", "Ω", "рубрика", "ХЛЕБНЫЕ", "-", "_", " ", "  ", "\t")
	var b strings.Builder
	for range r.Intn(6) {
		w := pool[r.Intn(len(pool))]
		switch r.Intn(4) {
		case 0:
			w = strings.ToUpper(w)
		case 1:
			if len(w) > 2 {
				w = w[:1+r.Intn(len(w)-1)]
			}
		}
		b.WriteString(w)
		if r.Intn(2) == 0 {
			b.WriteByte(" -_"[r.Intn(3)])
		}
	}
	return b.String()
}

// TestPerf21SectionNameMask checks the section walk's gates: on random
// class and id lists of the tests' words, wherever sectionNameSet finds
// no word of a test's family the test answers false, as the walk takes it
// to; and mask finds each family exactly when a search for its words
// does.
func TestPerf21SectionNameMask(t *testing.T) {
	families := [][]string{trailMarks, {"menu", "nav"}, {"head", "title"}, categoryMarks, {"section"}, ElsewhereHints, {"sidebar"}, {"widget"}}
	atoms := []string{"div", "span", "a", "li", "aside", "nav", "td", "p", "b", "ul", "section", "article", "body", "html", "main"}
	r := rand.New(rand.NewSource(2121))
	for c := range randomCases(100000) {
		rawCls, rawID := perf21RandomName(r), perf21RandomName(r)
		cls, id := strings.ToLower(rawCls), strings.ToLower(rawID)
		mc, mi := sectionNameSet.mask(cls), sectionNameSet.mask(id)
		for _, v := range []struct {
			s string
			m uint16
		}{{cls, mc}, {id, mi}} {
			for f, words := range families {
				found := false
				for _, w := range words {
					found = found || strings.Contains(v.s, w)
				}
				if found != (v.m&(1<<f) != 0) {
					t.Fatalf("case %d: mask(%q) family %d = %v, want %v", c, v.s, f, !found, found)
				}
			}
		}
		for _, raw := range []string{rawCls, rawID} {
			low := textutil.LowerJoin(make([]byte, 256), raw)
			m, ascii := sectionNameSet.maskFold(raw)
			if ascii != textutil.IsASCII(raw) || ascii && m != sectionNameSet.mask(low) || !ascii && m != 0 {
				t.Fatalf("case %d: maskFold(%q) = %d, %v; mask of the lowered list %d", c, raw, m, ascii, sectionNameSet.mask(low))
			}
		}
		mk := mc | mi
		doc := "<" + atoms[r.Intn(len(atoms))] + ` class="` + html.EscapeString(rawCls) + `" id="` + html.EscapeString(rawID) + `">x`
		root, err := html.Parse(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		n := root
		for n.FirstChild != nil && n.Type != html.TextNode {
			n = n.LastChild
		}
		n = n.Parent // the element built
		sn := readSectionNames(n)
		if mk&snTrail == 0 && trailMarkNamed(n, cls, id, &sectionNames{}) != "" {
			t.Fatalf("case %d %q: trail mark without its words", c, doc)
		}
		if mk&snNav == 0 && navBlockNamed(n, cls, id, "") != (n.Data == "nav") {
			t.Fatalf("case %d %q: menu without its words", c, doc)
		}
		if mk&snHead == 0 && headingClass(n, cls, id) {
			t.Fatalf("case %d %q: heading class without its words", c, doc)
		}
		if mc&(snCat|snSection) == 0 && categoryClass(n, cls) {
			t.Fatalf("case %d %q: category class without its words", c, doc)
		}
		if got, want := (n.Data == "aside" || mk&snElse != 0) && elsewhereOf(n, sn.class, sn.id), sectionElsewhere(n, cls, id, sn.class, sn.id); got != want {
			t.Fatalf("case %d %q: elsewhere %v, want %v", c, doc, got, want)
		}
		if got, want := (mk&snSidebar != 0 || mc&snWidget != 0) && sideBlock(cls, id), sideBlock(cls, id); got != want {
			t.Fatalf("case %d %q: side block %v, want %v", c, doc, got, want)
		}
	}
}

// TestPerf21JSONLDTrailCached checks jsonLDTrail reading the scripts the
// metadata walk decoded against decoding each itself (nil texts, as it
// did), on the test pages and the tuning corpus pages, and on scripts
// whose text the walk keys otherwise (comment and CDATA wrappers) or
// that are no valid JSON.
func TestPerf21JSONLDTrailCached(t *testing.T) {
	bc := `{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":2,"name":"Sport"},{"@type":"ListItem","position":1,"name":"Home","item":"/"}]}`
	docs := []string{
		`<script type="application/ld+json">` + bc + `</script>`,
		`<script type="application/ld+json"><!-- ` + bc + ` --></script>`,
		`<script type="application/ld+json">//<![CDATA[` + "\n" + bc + "\n//]]></script>",
		`<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"name":"A` + "\n" + `B"}]}</script>`,
		`<script type="application/ld+json">{"@graph":[{"@type":"BreadcrumbList","@id":"#b","itemListElement":[{"position":1,"item":{"@id":"#x"}}]},{"@id":"#x","name":"News","url":"/n"}]}</script>`,
	}
	found := 0
	for i, root := range equivPages(t, docs...) {
		m := collectMeta(root, 1000)
		got, want := jsonLDTrail(m.scripts, m.jsonTexts), jsonLDTrailDecoded(m.scripts)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("page %d: jsonLDTrail = %v, decoding each script gives %v", i, got, want)
		}
		if len(got) > 0 {
			found++
		}
	}
	if found < 2 { // the plain and the @graph documents above; corpus pages add more
		t.Fatalf("only %d pages with a JSON-LD trail", found)
	}
	t.Logf("%d pages with a JSON-LD trail", found)
}

// jsonLDTrailDecoded is jsonLDTrail as it was before the page's decoded
// scripts were shared (each script decoded here by json.Unmarshal, as
// strict as that is: a raw control character fails it), the reference
// of TestPerf21JSONLDTrailCached.
func jsonLDTrailDecoded(scripts []*html.Node) []crumb {
	for _, n := range scripts {
		if n.FirstChild == nil || !strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") || !strings.Contains(n.FirstChild.Data, "BreadcrumbList") {
			continue
		}
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(n.FirstChild.Data)), &v) != nil {
			continue
		}
		ids := map[string]map[string]any{}
		var lists []map[string]any
		for _, o := range ldObjects(v, 0, nil) {
			if id, ok := o["@id"].(string); ok && len(o) > 1 {
				ids[id] = o
			}
			for _, typ := range ldStrings(o["@type"]) {
				if strings.EqualFold(typ, "BreadcrumbList") {
					lists = append(lists, o)
				}
			}
		}
		for _, l := range lists {
			if tr := ldCrumbs(l, ids); len(tr) > 0 {
				return tr
			}
		}
	}
	return nil
}

// TestPerf21KindText checks kindText, which hands out a lone text child's
// text, against building the text (kindTextBuilt, as kindText always did),
// for every node of the test and tuning corpus pages.
func TestPerf21KindText(t *testing.T) {
	nodes := 0
	for _, root := range equivPages(t, `<p>a<script>x</script></p><script>only</script><b></b><i><!--c--></i><title>t</title>`) {
		eachNode(root, func(n *html.Node) {
			nodes++
			if got, want := kindText(n), kindTextBuilt(n); got != want {
				t.Fatalf("kindText(<%s>) = %q, want %q", n.Data, got, want)
			}
		})
	}
	t.Logf("%d nodes", nodes)
}

// nodeTextBuilt and shortTextBuilt are nodeText and shortText as they
// were, always building the text.
func nodeTextBuilt(n *html.Node) string {
	var b strings.Builder
	appendText(&b, n)
	return textutil.NormalizeSpace(b.String())
}

func shortTextBuilt(n *html.Node) string {
	var b strings.Builder
	if !appendShortText(&b, n) {
		return ""
	}
	return textutil.NormalizeSpace(b.String())
}

// TestPerf21LoneText checks nodeText and shortText, which normalise a
// lone text child's text in place, against building the text: on every
// node of the test and tuning corpus pages, and on elements holding
// random runs of spaces (ASCII, no-break, ideographic, line breaks) and
// words, around maxShortText's bound.
func TestPerf21LoneText(t *testing.T) {
	check := func(n *html.Node) {
		if got, want := nodeText(n), nodeTextBuilt(n); got != want {
			t.Fatalf("nodeText(<%s>%q) = %q, want %q", n.Data, kindTextBuilt(n), got, want)
		}
		if got, want := shortText(n), shortTextBuilt(n); got != want {
			t.Fatalf("shortText(<%s>%q) = %q, want %q", n.Data, kindTextBuilt(n), got, want)
		}
	}
	for _, root := range equivPages(t) {
		eachNode(root, check)
	}
	pieces := []string{" ", "  ", "\u00a0", "\u3000", "\n", "\t", "\r\n", "word", "слово", "x", "\u200b", "é"}
	tags := []string{"div", "p", "span", "li", "br", "a", "h1", "td", "svg", "script", "noscript", "b"}
	r := rand.New(rand.NewSource(2123))
	for range randomCases(20000) {
		var b strings.Builder
		for range r.Intn(12) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		if r.Intn(10) == 0 {
			b.WriteString(strings.Repeat("w", maxShortText-2+r.Intn(4)-b.Len()%3))
		}
		tag := tags[r.Intn(len(tags))]
		n := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))}
		n.AppendChild(&html.Node{Type: html.TextNode, Data: b.String()})
		check(n)
	}
}
