package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/htmlx"

	"github.com/articlekit/article/internal/charset"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"

	"github.com/PuerkitoBio/goquery"
	"github.com/articlekit/article/internal/eval"
)

// classifyBytes runs the extractor and the classifier on one page, parsing
// it a second time for the classifier as the wiring in extractHTML will not
// need to.
func classifyBytes(t *testing.T, b []byte) (PageKind, string) {
	t.Helper()
	a, err := htmlx.Extract(b, &model.Config{})
	if err != nil || a == nil {
		a = &model.Draft{}
	}
	u, err := charset.DecodeHTML(b)
	if err != nil {
		t.Fatalf("decoding: %v", err)
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(u))
	if err != nil {
		t.Fatalf("parsing: %v", err)
	}
	k, why := htmlx.ClassifyPageWhy(doc, a, "")
	if os.Getenv("KIND_DEBUG") != "" {
		n := 0
		for _, bl := range a.Body {
			n += textutil.CountWords(bl.Text)
		}
		t.Logf("verdict %s (%s) bodyWords=%d", k, why, n)
	}
	if k != htmlx.ClassifyPage(doc, a, "") {
		t.Fatalf("classifyPage and classifyPageWhy disagree")
	}
	if os.Getenv("KIND_DEBUG") != "" {
		s := htmlx.MeasurePage(doc.Nodes[0])
		t.Logf("signals: ld=%v notFree=%v free=%v og=%q h1=%q visible=%d main=%d links=%d linkedHeads=%d run=%d/%d pw=%d inputs=%d cart=%v price=%v marker=%v %q",
			s.LdTypes, s.LdNotFree, s.LdFree, s.OgType, s.H1, s.VisibleWords, s.MainWords, s.LinkWords, s.LinkedHeads, s.MaxRun, s.MaxRunParas, s.Passwords, s.FormInputs, s.AddToCart, s.PriceMarkup, s.Marker, truncateKind(s.MarkerText, 200))
	}
	return PageKind(k), why
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
	if raceEnabled {
		t.Skip("skipped under -race: .ci/run runs it without")
	}
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
		s := &htmlx.PageSignals{LdTypes: map[string]bool{}}
		s.ReadJSONLD(c.src)
		if s.LdNotFree != c.notFree || s.LdFree != c.free {
			t.Errorf("%s: notFree=%v free=%v, want %v %v", c.src, s.LdNotFree, s.LdFree, c.notFree, c.free)
		}
		if c.typ != "" && !s.LdTypes[c.typ] {
			t.Errorf("%s: types %v lack %q", c.src, s.LdTypes, c.typ)
		}
		if c.typ == "" && len(s.LdTypes) != 0 {
			t.Errorf("%s: types %v, want none", c.src, s.LdTypes)
		}
	}
}

func TestClassifyPageNilDocument(t *testing.T) {
	if k := htmlx.ClassifyPage(nil, &model.Draft{}, ""); k != model.KindEmpty {
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
		// The Article comes with the error, holding what was extracted
		// (the CLI writes it): a list page has its title and some text.
		if a.Headline == "" && len(a.Body) == 0 {
			t.Errorf("%s: the Article returned with %v holds nothing", file, err)
		}
	}
}

// allArticlePages lists the pages of the corpora in ../shared where every
// page is an article: the AEB, and the Dragnet and L3S-GN1 pages of
// web-extract's split (dev to tune on; validation only to measure). Each
// path comes with the page's URL where the corpus gives one.
func allArticlePages(t *testing.T, split string) (paths, urls []string) {
	t.Helper()
	bench := filepath.Join("..", "shared", "bench")
	if split == "dev" {
		aeb, _ := filepath.Glob(filepath.Join(bench, "aeb", "html", "*.html.gz"))
		sort.Strings(aeb)
		var gt map[string]struct{ URL string }
		if b, err := os.ReadFile(filepath.Join(bench, "aeb", "ground-truth.json")); err == nil {
			_ = json.Unmarshal(b, &gt)
		}
		for _, p := range aeb {
			paths = append(paths, p)
			urls = append(urls, gt[strings.TrimSuffix(filepath.Base(p), ".html.gz")].URL)
		}
	}
	dir := filepath.Join(bench, "web-extract", split)
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return paths, urls
	}
	var gt map[string]struct{ File, URL string }
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		if strings.HasPrefix(id, "dragnet-") || strings.HasPrefix(id, "l3s-") {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		paths = append(paths, filepath.Join(dir, gt[id].File))
		urls = append(urls, gt[id].URL)
	}
	return paths, urls
}

// TestKindPrecisionOnArticles checks the page-kind verdict where every page
// is an article (issue 12): at most 0.5 % of the AEB's and web-extract
// dev's Dragnet and L3S-GN1 pages may be called list, empty or
// not-article, or give nothing to write, through Parse as the CLI calls it. KIND_SPLIT=validation
// measures validation's Dragnet and L3S-GN1 pages instead, to report (not
// to tune on).
func TestKindPrecisionOnArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a thousand pages; skipped in -short mode")
	}
	if raceEnabled {
		// A minute under the race detector; .ci/run runs it without.
		t.Skip("reads a thousand pages; skipped under -race (run: go test -run TestKindPrecisionOnArticles .)")
	}
	split := "dev"
	if os.Getenv("KIND_SPLIT") == "validation" {
		split = "validation"
	}
	paths, urls := allArticlePages(t, split)
	if len(paths) == 0 {
		t.Skip("corpora not found in ../shared/bench (absent in a fresh clone)")
	}
	var bad []string
	for i, p := range paths {
		b, err := eval.ReadGzip(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		a, err := Parse(bytes.NewReader(b), WithURL(urls[i]))
		if a == nil {
			bad = append(bad, fmt.Sprintf("%s → error %v", filepath.Base(p), err))
			continue
		}
		// A page from which nothing was extracted is lost as surely as one
		// judged a list: the CLI cannot write it.
		switch {
		case a.Kind == KindList || a.Kind == KindEmpty || a.Kind == KindNotArticle:
			bad = append(bad, fmt.Sprintf("%s → %s (%v; %d body words)", filepath.Base(p), a.Kind, err, a.WordCount))
		case a.Headline == "" && len(a.Body) == 0:
			bad = append(bad, fmt.Sprintf("%s → nothing extracted (%v)", filepath.Base(p), err))
		}
	}
	share := float64(len(bad)) / float64(len(paths))
	t.Logf("%s: %d of %d article pages judged list, empty or not-article, or with nothing extracted (%.2f %%)", split, len(bad), len(paths), 100*share)
	for _, s := range bad {
		t.Logf("  %s", s)
	}
	if share > 0.005 {
		t.Errorf("%.2f %% of article pages judged non-articles, at most 0.5 %% allowed", 100*share)
	}
}

func TestItemAddress(t *testing.T) {
	items := []string{
		"https://www.whitehouse.example/blog/2012/07/21/weekly-address-remembering-victims",
		"http://blog.example/2011/07/velvet-shine/",
		"http://cars.example/overview/acura_rlx_2014",
		"http://tech.example/story/12/10/29/014241/steve-jobs-yacht-revealed",
		"https://news.example/local/bridge-repairs-start-monday.html",
	}
	lists := []string{
		"", "https://news.example/", "https://news.example/climate", "https://news.example/world/europe",
		"https://news.example/tag/climate-change-policy", "https://blog.example/search/label/new-york-city",
		"https://blog.example/2012/07/", "https://blog.example/2012/07/15", "https://blog.example/page/2",
		"https://news.example/author/john-smith-jr",
	}
	for _, u := range items {
		if !htmlx.ItemAddress(u) {
			t.Errorf("itemAddress(%q) = false, want true", u)
		}
	}
	for _, u := range lists {
		if htmlx.ItemAddress(u) {
			t.Errorf("itemAddress(%q) = true, want false", u)
		}
	}
}

// shortPostPage builds a blog page: a short post of one paragraph among
// many links (a sidebar of linked headings and a blogroll), as blogs
// around 2012 looked. head goes into <head>; post wraps the paragraph.
func shortPostPage(head, post string) string {
	var b strings.Builder
	b.WriteString("<html><head><title>Velvet and shine | The Streethearts</title>" + head + "</head><body>")
	b.WriteString(`<div id="header"><a href="/">The Streethearts</a></div><div id="main">`)
	b.WriteString(post)
	b.WriteString(`</div><div id="sidebar">`)
	for i := range 8 {
		fmt.Fprintf(&b, `<h3><a href="/2011/0%d/other-post-%d/">Another post with a title of several words number %d</a></h3>`, i+1, i, i)
	}
	b.WriteString("<ul>")
	for i := range 30 {
		fmt.Fprintf(&b, `<li><a href="https://friend%d.example/">A friend's blog with a long name %d</a></li>`, i, i)
	}
	b.WriteString("</ul></div></body></html>")
	return b.String()
}

// TestShortPostsAreArticles checks the signals that keep a short post
// among many links an article: an item's address, one marked post body, a
// body of several paragraphs under the page's own heading; and that the
// same page at a section's address, or with several post bodies, is still
// a list.
func TestShortPostsAreArticles(t *testing.T) {
	const para = `<p>All photos in this post are our own, taken on a grey afternoon in the old town, and the velvet jacket is a find from the market. We paired it with old boots and a scarf that belonged to a grandmother, and walked down to the harbour for the light.</p>`
	cases := []struct {
		name string
		page string
		want PageKind
	}{
		{"item address", shortPostPage(`<link rel="canonical" href="http://streethearts.example/2011/07/velvet-shine/">`, para), KindArticle},
		{"section address", shortPostPage(`<link rel="canonical" href="http://streethearts.example/fashion">`, para), KindList},
		{"one post body", shortPostPage("", `<div class="entry-content"><div class="entry-body">`+para+`</div></div>`), KindArticle},
		// Paragraphs split by <br>, not <p>: no prose run is seen, but the
		// extracted body stands under the page's own unlinked <h1>.
		{"own heading", shortPostPage("", `<h1>Velvet and shine</h1><div class="text">`+strings.Repeat(strings.TrimSuffix(strings.TrimPrefix(para, "<p>"), "</p>")+"<br><br>", 3)+`</div>`), KindArticle},
		{"three post bodies", shortPostPage("", strings.Repeat(`<div class="entry-content">`+para+`</div><h2><a href="/p">Next post title here</a></h2>`, 3)), KindList},
	}
	for _, tc := range cases {
		k, why := classifyBytes(t, []byte(tc.page))
		if k != tc.want {
			t.Errorf("%s: verdict %s (%s), want %s", tc.name, k, why, tc.want)
		}
	}
	// The address given by the caller counts when the page names none.
	page := shortPostPage("", para)
	for u, want := range map[string]PageKind{"http://streethearts.example/2011/07/velvet-shine/": KindArticle, "http://streethearts.example/": KindList} {
		if a, err := ParseHTML(strings.NewReader(page), WithURL(u)); a == nil || a.Kind != want {
			t.Errorf("WithURL(%s): %v (%v), want %s", u, a, err, want)
		}
	}
}

// TestProductReviewWithoutCart checks that a review page marked og:type
// product is an article when it has several paragraphs of prose and
// nothing to buy, and a product page when it sells.
func TestProductReviewWithoutCart(t *testing.T) {
	p := `<p>` + strings.Repeat("The new sedan rides quietly, steers with more weight than before and uses less fuel on the motorway. ", 6) + `</p>`
	page := func(extra string) []byte {
		return []byte(`<html><head><title>2014 Acura RLX review</title><meta property="og:type" content="product">
<link rel="canonical" href="https://cars.example/overview/acura_rlx_2014"></head><body><h1>2014 Acura RLX review</h1>` +
			strings.Repeat(p, 4) + `<span class="price">$48,450</span>` + extra + `</body></html>`)
	}
	if k, why := classifyBytes(t, page("")); k != KindArticle {
		t.Errorf("review: verdict %s (%s), want article", k, why)
	}
	if k, why := classifyBytes(t, page(`<button class="add-to-cart">Add to cart</button>`)); k != KindNotArticle {
		t.Errorf("shop page: verdict %s (%s), want not-article", k, why)
	}
}
