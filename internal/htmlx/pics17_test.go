package htmlx

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
	"github.com/google/go-cmp/cmp"
)

// TestPicturesByOtherMarkup: pictures given by AMP's <amp-img> and
// <amp-anim>, by a srcset without src, and by a lazy loader's <noscript>
// fallback are figures with their captions, each once; tracking pixels
// in a <noscript> are not.
func TestPicturesByOtherMarkup(t *testing.T) {
	const base = "https://example.com/news/budget.html"
	for _, c := range []struct {
		name  string
		inner string
		want  []model.Image // the figures, in order
	}{
		{"amp-img with its noscript fallback inside", `<figure><amp-img src="https://cdn.example.com/crowd.jpg" width="800" height="600" layout="responsive" alt="Crowd"><noscript><img src="https://cdn.example.com/crowd-small.jpg" alt="Crowd"></noscript></amp-img><figcaption>Residents crowd the bridge.</figcaption></figure>`,
			[]model.Image{{URL: "https://cdn.example.com/crowd.jpg", Alt: "Crowd", Caption: "Residents crowd the bridge."}}},
		{"amp-img outside a figure, relative", `<amp-img src="/img/bridge.jpg" width="800" height="600" layout="responsive" alt="The bridge at dusk"></amp-img>`,
			[]model.Image{{URL: "https://example.com/img/bridge.jpg", Alt: "The bridge at dusk"}}},
		{"amp-anim", `<figure><amp-anim src="/img/loop.gif" width="400" height="300" alt="Traffic"></amp-anim><figcaption>Traffic on the bridge</figcaption></figure>`,
			[]model.Image{{URL: "https://example.com/img/loop.gif", Alt: "Traffic", Caption: "Traffic on the bridge"}}},
		{"amp-img tracking pixel", `<amp-img src="/t/p.png" width="1" height="1"></amp-img>`, nil},
		{"srcset only, w descriptors", `<figure><img srcset="https://img.example.org/hall-480.jpg 480w, https://img.example.org/hall-1200.jpg 1200w, https://img.example.org/hall-800.jpg 800w" sizes="100vw" alt="Main hall"><figcaption>The main hall</figcaption></figure>`,
			[]model.Image{{URL: "https://img.example.org/hall-1200.jpg", Alt: "Main hall", Caption: "The main hall"}}},
		{"srcset only, x descriptors", `<figure><img srcset="/img/a.jpg, /img/a@3x.jpg 3x, /img/a@2x.jpg 2x"><figcaption>The square</figcaption></figure>`,
			[]model.Image{{URL: "https://example.com/img/a@3x.jpg", Caption: "The square"}}},
		{"data-srcset behind a placeholder", `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-srcset="/img/b-640.jpg 640w, /img/b-1280.jpg 1280w"><figcaption>The library</figcaption></figure>`,
			[]model.Image{{URL: "https://example.com/img/b-1280.jpg", Caption: "The library"}}},
		{"picture with sources only", `<figure><picture><source srcset="/img/c-800.webp 800w, /img/c-1600.webp 1600w" type="image/webp"><img alt="Cafe"></picture><figcaption>The new cafe</figcaption></figure>`,
			[]model.Image{{URL: "https://example.com/img/c-1600.webp", Alt: "Cafe", Caption: "The new cafe"}}},
		{"noscript alone in a figure", `<figure><noscript><img src="https://img.example.org/painters.jpg" alt="Painters room"></noscript><figcaption>The room of local painters</figcaption></figure>`,
			[]model.Image{{URL: "https://img.example.org/painters.jpg", Alt: "Painters room", Caption: "The room of local painters"}}},
		{"placeholder without address, then noscript", `<div class="media"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-cid="x1"><noscript><img src="/img/real.jpg" alt="Real"></noscript></div>`,
			[]model.Image{{URL: "https://example.com/img/real.jpg", Alt: "Real"}}},
		{"lazy img and its noscript twin with another address", `<p><a href="/img/d-big.jpg"><img data-src="/img/d-800.jpg" alt="Dam"></a><noscript><img src="/img/d-400.jpg" alt="Dam"></noscript></p>`,
			[]model.Image{{URL: "https://example.com/img/d-800.jpg", Alt: "Dam"}}},
		{"noscript before its lazy twin", `<div><noscript><img src="/img/e-400.jpg"></noscript><img data-src="/img/e-800.jpg"></div>`,
			[]model.Image{{URL: "https://example.com/img/e-400.jpg"}}},
		{"two lazy pictures each with its noscript", `<div><img data-src="/img/f1.jpg"><noscript><img src="/img/f1-small.jpg"></noscript><img data-src="/img/f2.jpg"><noscript><img src="/img/f2-small.jpg"></noscript></div>`,
			[]model.Image{{URL: "https://example.com/img/f1.jpg"}, {URL: "https://example.com/img/f2.jpg"}}},
		{"two placeholders each with its noscript", `<div><img src="data:,"><noscript><img src="/img/g1.jpg"></noscript><img src="data:,"><noscript><img src="/img/g2.jpg"></noscript></div>`,
			[]model.Image{{URL: "https://example.com/img/g1.jpg"}, {URL: "https://example.com/img/g2.jpg"}}},
		{"tracking pixel in a noscript", `<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&amp;ev=PageView&amp;noscript=1"></noscript>`, nil},
		{"counter in a noscript, no size", `<div><noscript><img src="https://counter.example.net/p?c1=2&amp;c2=6035753"></noscript></div>`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Extract(structPage(c.inner), &model.Config{URL: base})
			if err != nil {
				t.Fatal(err)
			}
			var got []model.Image
			for _, b := range blocksOf(d.Body, model.Figure) {
				got = append(got, *b.Image)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("figures (-want +got):\n%s", diff)
			}
			// Images lists each figure once (and nothing else here: the
			// page has no metadata pictures).
			var urls, want []string
			for _, im := range d.Images {
				urls = append(urls, im.URL)
			}
			for _, im := range c.want {
				want = append(want, im.URL)
			}
			if !cmp.Equal(want, urls) {
				t.Errorf("images %q, want %q", urls, want)
			}
		})
	}
}

// TestMetaPictureBaseFromPage: with no address from the caller, a
// protocol-relative or relative og:image resolves against the page's own
// canonical address; the caller's address, when given, comes first.
func TestMetaPictureBaseFromPage(t *testing.T) {
	page := func(head string) []byte {
		return []byte(`<html><head>` + head + `<title>Storm knocks out power</title></head><body><div class="content">` +
			strings.Repeat("<p>A winter storm swept through the region overnight, knocking down power lines and leaving about 40,000 homes without electricity.</p>", 3) +
			`</div></body></html>`)
	}
	for _, c := range []struct {
		name, head, url string
		want            []string
	}{
		{"og:url, protocol-relative", `<meta property="og:image" content="//cdn.example.com/storm.jpg"><meta property="og:url" content="https://news.example.com/storm">`, "", []string{"https://cdn.example.com/storm.jpg"}},
		{"canonical, relative", `<link rel="canonical" href="http://news.example.com/a/storm"><meta property="og:image" content="/img/storm.jpg">`, "", []string{"http://news.example.com/img/storm.jpg"}},
		{"caller first", `<meta property="og:image" content="//cdn.example.com/storm.jpg"><meta property="og:url" content="https://news.example.com/storm">`, "http://mirror.example.org/storm", []string{"http://cdn.example.com/storm.jpg"}},
		{"no address at all", `<meta property="og:image" content="//cdn.example.com/storm.jpg">`, "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Extract(page(c.head), &model.Config{URL: c.url})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, im := range d.Images {
				got = append(got, im.URL)
			}
			if !cmp.Equal(c.want, got) {
				t.Errorf("images %q, want %q", got, c.want)
			}
		})
	}
}

// TestLargestCandidate reads srcset lists as the HTML standard does.
func TestLargestCandidate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"a.jpg 480w, b.jpg 1200w", "b.jpg"},
		{"a.jpg, b.jpg 2x", "b.jpg"},
		{"a.jpg 1.5x,b.jpg 1x", "a.jpg"},
		{"https://res.example.com/w_480,h_300/a.jpg 480w, https://res.example.com/w_960,h_600/a.jpg 960w", "https://res.example.com/w_960,h_600/a.jpg"},
		{"a.jpg,", "a.jpg"},
		{"a.jpg 100w (junk, more), b.jpg 50w", "a.jpg"},
		{"  ", ""},
		{"", ""},
	} {
		if got := largestCandidate(c.in); got != c.want {
			t.Errorf("largestCandidate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
