package article

import (
	"strings"
	"testing"
)

// TestAuth28SiteAccount checks that a post whose author link credits the
// site's own account (a WordPress author archive link or an hCard "fn"
// naming the site, as blogs and local news sites print it) is credited to
// the site, and that the site's name elsewhere (a footer's link, a link
// that is no author's) credits no one, and a person's byline still wins.
func TestAuth28SiteAccount(t *testing.T) {
	para := `<p>` + strings.Repeat("The council met late on Tuesday and voted to keep the old bridge open to walkers through the winter. ", 6) + `</p>`
	page := func(head, byline, foot string) string {
		return `<html><head><title>Old bridge stays open to walkers</title>` + head + `</head><body><h1>Old bridge stays open to walkers</h1>` + byline + para + foot + `</body></html>`
	}
	site := `<meta property="og:site_name" content="Pine Hollow Times">`
	tests := []struct {
		name, head, byline, foot, url string
		want                          []string
	}{
		{"hCard naming the site", `<meta property="og:site_name" content="Gardens are Loud">`, `<div class="meta"><span class="author vcard"><a class="url fn n" href="/author/editor/">Gardens are Loud</a></span> · March 3, 2011</div>`, ``, "", []string{"Gardens are Loud"}},
		{"rel=author naming the host", ``, `<p class="postmeta">by <a href="http://www.maplewire.com/author/admin/" rel="author">MapleWire.com</a> | March 3, 2011</p>`, ``, "http://www.maplewire.com/2011/03/03/old-bridge/", []string{"MapleWire.com"}},
		{"the site's name in the footer", site, ``, `<div class="footer"><a href="/about/">Pine Hollow Times</a></div>`, "", nil},
		{"a person's byline", site, `<div class="meta">By <a href="/author/jroe/" rel="author">Janet Roe</a></div>`, `<div class="footer"><a href="/" rel="author">Pine Hollow Times</a></div>`, "", []string{"Janet Roe"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var opts []Option
			if tc.url != "" {
				opts = append(opts, WithURL(tc.url))
			}
			a, _ := ParseHTML(strings.NewReader(page(tc.head, tc.byline, tc.foot)), opts...)
			if a == nil {
				t.Fatal("no article")
			}
			names := authorNames(a)
			if strings.Join(names, "|") != strings.Join(tc.want, "|") {
				t.Errorf("authors %q, want %q", names, tc.want)
			}
		})
	}
}
