package htmlx

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestWordSetsOnPages checks the package's word sets, whose In and
// InFold now skip (Wu-Manber), against strings.Contains over their words
// on the class lists, ids and short texts of every element of the test
// pages, as given and lowered; the paywall phrase sets and the category
// marks stand for kindContainsAny and categoryClass's loop over their
// lists.
func TestWordSetsOnPages(t *testing.T) {
	sets := map[string][]string{
		"elsewhere": ElsewhereHints,
		"trail":     trailMarks,
		"content":   contentWords,
		"boiler":    boilerWords,
		"either":    append(append([]string{}, contentWords...), boilerWords...),
		"notice":    noticeWords,
		"cta":       ctaWords,
		"hint":      {"byline", "author", "autor", "writer", "username", "date", "time", "publish", "posted", "meta", "datum", "fecha", "info"},
		"name":      append([]string{"price", "add-to-cart", "body", "content"}, paywallHints...),
		"meter":     meterAllowanceText,
		"strong":    strongPaywallText,
		"weak":      weakPaywallText,
		"subscribe": subscribeWords,
		"category":  categoryMarks,
	}
	built := map[string]interface {
		In(string) bool
		InFold(string) (bool, bool)
	}{
		"elsewhere": elsewhereHintSet, "trail": trailMarkSet, "content": contentWordSet, "boiler": boilerWordSet,
		"either": eitherWordSet, "notice": noticeWordSet, "cta": ctaWordSet, "hint": HintWordSet, "name": nameHintSet,
		"meter": meterAllowanceSet, "strong": strongPaywallSet, "weak": weakPaywallSet, "subscribe": subscribeWordSet,
		"category": categoryMarkSet,
	}
	contains := func(words []string, s string) bool {
		for _, w := range words {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	n := 0
	for _, root := range equivPages(t) {
		eachNode(root, func(e *html.Node) {
			var texts []string
			switch e.Type {
			case html.ElementNode:
				texts = append(texts, attr(e, "class"), attr(e, "id"), attr(e, "data-testid"))
			case html.TextNode:
				if len(e.Data) < 400 {
					texts = append(texts, e.Data)
				}
			}
			for _, s := range texts {
				n++
				q := 0
				for q < len(s) && s[q] < 0x80 {
					q++
				}
				for name, words := range sets {
					ws := built[name]
					for _, v := range []string{s, strings.ToLower(s)} {
						if got, want := ws.In(v), contains(words, v); got != want {
							t.Fatalf("%s set: In(%q) = %v", name, v, got)
						}
					}
					found, ascii := ws.InFold(s)
					wf := contains(words, strings.ToLower(s[:q]))
					if found != wf || ascii != (wf || q == len(s)) {
						t.Fatalf("%s set: InFold(%q) = %v %v", name, s, found, ascii)
					}
				}
			}
		})
	}
	// The repository's own pages give about 4,300 strings (a fresh clone,
	// without ../shared); the corpus pages about ten times more.
	if n < 2000 {
		t.Errorf("only %d strings", n)
	}
}

// TestJSONTextsShared checks that the JSON-LD read through the page's
// cache of decoded scripts (filled by the metadata walk, then read by the
// page kind's measure) is what decoding each script again gives: the same
// articles from every script, the same page signals, on the test pages
// and hand-made scripts that fail, need the control-character fallback,
// or are trimmed differently by the two readers.
func TestJSONTextsShared(t *testing.T) {
	docs := []string{
		`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"A\tB","isAccessibleForFree":false}</script></head><body><p>x</p></body></html>`,
		`<html><head><script type="application/ld+json"><!-- {"@type":"NewsArticle","headline":"H"} --></script></head><body></body></html>`,
		`<html><head><script type="application/ld+json">//<![CDATA[
{"@type":"Article","headline":"C"}
//]]></script><script type="application/ld+json">{"@type": broken</script></head><body><p>y</p></body></html>`,
	}
	shared, pages := 0, 0
	for i, root := range equivPages(t, docs...) {
		m := collectMeta(root, 1000)
		eachNode(root, func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "script" && n.FirstChild != nil {
				got := parseJSONLD(n.FirstChild.Data, m.jsonTexts)
				want := parseJSONLD(n.FirstChild.Data, nil)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("page %d: parseJSONLD through the cache = %+v, want %+v", i, got, want)
				}
			}
		})
		before := len(m.jsonTexts)
		got, want := measurePage(root, m.jsonTexts), MeasurePage(root)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("page %d: measurePage through the cache = %+v\nwant %+v", i, got, want)
		}
		if before > 0 {
			pages++
			if len(m.jsonTexts) == before {
				shared++
			}
		}
	}
	t.Logf("%d pages with JSON-LD, %d read by the measure from the cache alone", pages, shared)
	if shared < pages/2 {
		t.Errorf("only %d of %d pages share their decoded JSON-LD", shared, pages)
	}
}
