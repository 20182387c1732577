package article

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/articlekit/article/internal/eval"
)

// classifyBytes runs the extractor and the classifier on one page, parsing
// it a second time for the classifier as the wiring in extractHTML will not
// need to.
func classifyBytes(t *testing.T, b []byte) (PageKind, string) {
	t.Helper()
	a, err := extractHTML(b, &config{})
	if err != nil || a == nil {
		a = &Article{}
	}
	u, err := decodeHTML(b)
	if err != nil {
		t.Fatalf("decoding: %v", err)
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(u))
	if err != nil {
		t.Fatalf("parsing: %v", err)
	}
	k, why := classifyPageWhy(doc, a)
	if os.Getenv("KIND_DEBUG") != "" {
		n := 0
		for _, bl := range a.Body {
			n += countWords(bl.Text)
		}
		t.Logf("verdict %s (%s) bodyWords=%d", k, why, n)
	}
	if k != classifyPage(doc, a) {
		t.Fatalf("classifyPage and classifyPageWhy disagree")
	}
	if os.Getenv("KIND_DEBUG") != "" {
		s := measurePage(doc.Nodes[0])
		t.Logf("signals: ld=%v notFree=%v free=%v og=%q h1=%q visible=%d main=%d links=%d linkedHeads=%d run=%d/%d pw=%d inputs=%d cart=%v price=%v marker=%v %q",
			s.ldTypes, s.ldNotFree, s.ldFree, s.ogType, s.h1, s.visibleWords, s.mainWords, s.linkWords, s.linkedHeads, s.maxRun, s.maxRunParas, s.passwords, s.formInputs, s.addToCart, s.priceMarkup, s.marker, truncateKind(s.markerText, 200))
	}
	return k, why
}

func truncateKind(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// kindFromName reads the expected verdict from a test page's name prefix.
func kindFromName(name string) (PageKind, bool) {
	prefix, _, _ := strings.Cut(name, "_")
	switch prefix {
	case "article":
		return KindArticle, true
	case "list":
		return KindList, true
	case "empty":
		return KindEmpty, true
	case "paywalled":
		return KindPaywalled, true
	case "notarticle":
		return KindNotArticle, true
	}
	return "", false
}

func TestClassifyPageKinds(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "kinds", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 20 {
		t.Fatalf("want at least 20 pages in testdata/kinds, have %d", len(files))
	}
	kinds := []PageKind{KindArticle, KindList, KindEmpty, KindPaywalled, KindNotArticle}
	tp := map[PageKind]int{}
	fp := map[PageKind]int{}
	fn := map[PageKind]int{}
	seen := map[PageKind]int{}
	for _, f := range files {
		name := filepath.Base(f)
		want, ok := kindFromName(name)
		if !ok {
			t.Errorf("%s: name has no kind prefix", name)
			continue
		}
		seen[want]++
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, why := classifyBytes(t, b)
		if got == want {
			tp[want]++
			continue
		}
		fp[got]++
		fn[want]++
		t.Errorf("%s: verdict %q (%s), want %q", name, got, why, want)
	}
	for _, k := range kinds {
		if seen[k] == 0 {
			t.Errorf("no test page of kind %q", k)
		}
		prec, rec := 1.0, 1.0
		if tp[k]+fp[k] > 0 {
			prec = float64(tp[k]) / float64(tp[k]+fp[k])
		}
		if tp[k]+fn[k] > 0 {
			rec = float64(tp[k]) / float64(tp[k]+fn[k])
		}
		t.Logf("%-11s pages %2d  precision %.2f (%d/%d)  recall %.2f (%d/%d)", k, seen[k], prec, tp[k], tp[k]+fp[k], rec, tp[k], tp[k]+fn[k])
	}
}

// TestClassifyPageAEB checks that the real articles of the AEB benchmark are
// classified as articles.
func TestClassifyPageAEB(t *testing.T) {
	dir := filepath.Join("..", "shared", "bench", "aeb", "html")
	files, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(files) == 0 {
		t.Skipf("AEB pages not found in %s (../shared is absent in a fresh clone)", dir)
	}
	sort.Strings(files)
	var bad []string
	for _, f := range files {
		b, err := eval.ReadGzip(f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if os.Getenv("KIND_DEBUG") != "" {
			t.Logf("== %s", filepath.Base(f))
		}
		if got, why := classifyBytes(t, b); got != KindArticle {
			bad = append(bad, filepath.Base(f)+" → "+string(got)+" ("+why+")")
		}
	}
	t.Logf("AEB: %d of %d pages not classified as articles (article recall %.3f)", len(bad), len(files), 1-float64(len(bad))/float64(len(files)))
	for _, s := range bad {
		t.Logf("  %s", s)
	}
	if len(bad) > 2 {
		t.Errorf("%d AEB articles got a non-article verdict, at most 2 allowed", len(bad))
	}
}

func TestKindJSONLDSignals(t *testing.T) {
	cases := []struct {
		src           string
		notFree, free bool
		typ           string
	}{
		{`{"@type":"NewsArticle","isAccessibleForFree":false}`, true, false, "newsarticle"},
		{`{"@type":"NewsArticle","isAccessibleForFree":"False"}`, true, false, "newsarticle"},
		{`{"@type":"NewsArticle","isAccessibleForFree":"True"}`, false, true, "newsarticle"},
		{`{"@type":"NewsArticle","hasPart":{"@type":"WebPageElement","isAccessibleForFree":false}}`, true, false, "newsarticle"},
		{`{"@graph":[{"@type":"WebSite"},{"@type":["CollectionPage"]}]}`, false, false, "collectionpage"},
		{`{"@type":"https://schema.org/Product","offers":{"@type":"Offer"}}`, false, false, "offer"},
		{`not json`, false, false, ""},
	}
	for _, c := range cases {
		s := &pageSignals{ldTypes: map[string]bool{}}
		s.readJSONLD(c.src)
		if s.ldNotFree != c.notFree || s.ldFree != c.free {
			t.Errorf("%s: notFree=%v free=%v, want %v %v", c.src, s.ldNotFree, s.ldFree, c.notFree, c.free)
		}
		if c.typ != "" && !s.ldTypes[c.typ] {
			t.Errorf("%s: types %v lack %q", c.src, s.ldTypes, c.typ)
		}
		if c.typ == "" && len(s.ldTypes) != 0 {
			t.Errorf("%s: types %v, want none", c.src, s.ldTypes)
		}
	}
}

func TestClassifyPageNilDocument(t *testing.T) {
	if k := classifyPage(nil, &Article{}); k != KindEmpty {
		t.Errorf("nil document: %q, want %q", k, KindEmpty)
	}
}

// TestParseReportsKind checks that ParseHTML records the verdict and that
// only the kinds that are not articles fail with ErrNotArticle.
func TestParseReportsKind(t *testing.T) {
	for file, want := range map[string]PageKind{
		"list_section_front.html":     KindList,
		"paywalled_jsonld_false.html": KindPaywalled,
		"notarticle_product.html":     KindNotArticle,
		"article_related_links.html":  KindArticle,
	} {
		b, err := os.ReadFile(filepath.Join("testdata", "kinds", file))
		if err != nil {
			t.Fatal(err)
		}
		a, err := ParseHTML(bytes.NewReader(b))
		if a == nil || a.Kind != want {
			t.Errorf("%s: kind %v, want %s (err %v)", file, a, want, err)
			continue
		}
		notArticle := want == KindList || want == KindEmpty || want == KindNotArticle
		if errors.Is(err, ErrNotArticle) != notArticle {
			t.Errorf("%s: err = %v; ErrNotArticle expected: %v", file, err, notArticle)
		}
	}
}
