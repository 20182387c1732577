package article

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/htmlx"
	"golang.org/x/net/html"
)

// TestSectionDirLinkDiag prints, for every dev page labelled for section
// (the overlay applied), its source corpus, whether the ground truth gives
// its address, the label, today's answer and what the directory link
// alone answers (section_url.go), as tab-separated lines to the file
// SECTION_DIAG names. Diagnostic only: it runs when SECTION_DIAG is set.
func TestSectionDirLinkDiag(t *testing.T) {
	out := os.Getenv("SECTION_DIAG")
	if out == "" {
		t.Skip("set SECTION_DIAG to a file to write the table")
	}
	gt, labels := loadDevMeta(t)
	labels = overlayDevSections(labels, readDevSections(t), true)
	var b strings.Builder
	for _, l := range labels {
		if slices.Contains(l.Unlabelled, "section") {
			continue
		}
		g := gt[l.ID]
		page, a := parseDevPage(t, g)
		cand := ""
		if root, err := html.Parse(bytes.NewReader(page)); err == nil {
			cand = htmlx.DirLinkSection(root, cmpOr(a.URL, g.URL), a.Headline)
		}
		label := "<null>"
		if l.Section != nil {
			label = *l.Section
		}
		b.WriteString(strings.Join([]string{l.ID, g.Site, string(rune('A' + siteHalf(g.Site, l.ID))), cmpOr(a.URL, g.URL), label, a.Section, cand}, "\t") + "\n")
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// TestSectionDirLink checks the section read from the page's own address
// (section_url.go): the link to a directory above the article's address,
// the deepest, when the page shows it as the one it is filed under (the
// menu item marked in a CMS's own words, or a name also printed outside
// links); nothing from a menu that merely links every section, from a
// date directory, from a blog's home under a directory, or with no
// address; the address from share links when the page gives none; and
// the category link in the post whose slug is a directory of the address
// (WordPress's "/%category%/%postname%/"), not one in a sidebar.
func TestSectionDirLink(t *testing.T) {
	para := `<p>` + strings.Repeat("The council voted late on Tuesday to close the old bridge to lorries for the winter. ", 6) + `</p>`
	page := func(title, nav, over string) string {
		return `<html><head><title>` + title + `</title></head><body>` + nav +
			`<div id="content">` + over + `<h1>Council closes the old bridge</h1>` + para + `</div></body></html>`
	}
	row := func(sel string) string {
		return `<table><tr><td><a href="/" class="top">Front</a></td><td><a href="/news/" class="top` + sel + `">News</a></td>` +
			`<td><a href="/sport/" class="top">Sport</a></td><td><a href="/business/" class="top">Business</a></td></tr></table>`
	}
	side := `<div class="side"><ul><li><span class="CurrentNode"><a href="/news/local/default.aspx">Local News</a></span><ul>` +
		`<li><span><a href="/news/local/schools/">Schools</a></span></li><li><span><a href="/news/local/roads/">Roads</a></span></li></ul></li></ul></div>`
	const addr = "http://www.example.com/news/local/2009/05/12/council-bridge.html"
	share := `<p><a href="http://digg.com/submit?phase=2&amp;url=http%3a%2f%2fwww.example.com%2fnews%2flocal%2fcouncil-bridge.html">Digg</a> ` +
		`<a href="http://www.facebook.com/share.php?u=http%3a%2f%2fwww.example.com%2fnews%2flocal%2fcouncil-bridge.html">Facebook</a></p>`
	for _, tc := range []struct {
		name, url, title, nav, over, want string
	}{
		{"marked tab", addr, "Council closes the old bridge", row("selected"), "", "News"},
		{"marked sub-item, the deepest", addr, "Council closes the old bridge", row("selected") + side, "", "Local News"},
		{"name printed over the headline", addr, "Council closes the old bridge", row(""), `<h2>News</h2>`, "News"},
		{"menu links every section", addr, "Council closes the old bridge", row(""), "", ""},
		{"no address", "", "Council closes the old bridge", row("selected"), "", ""},
		{"address from share links", "", "Council closes the old bridge", row("selected") + share, "", "News"},
		{"date directory", "http://www.example.com/2009/05/council-bridge.html", "Council closes the old bridge",
			`<ul><li><a href="/">Home</a></li><li class="current"><a href="/2009/05/">May 2009</a></li><li><a href="/2009/04/">April 2009</a></li></ul>`, "", ""},
		{"a blog's home under a directory", "http://www.example.com/thoughts/archives/2012/10/council-bridge.html", "Bridge Notes | Council closes the old bridge",
			`<div class="blog-name">Bridge Notes</div><ul><li><a href="/thoughts/">Bridge Notes</a></li><li><a href="/about/">Who we are</a></li><li><a href="/links/">Links</a></li></ul>`, "", ""},
		{"category slug in the permalink", "http://www.example.com/technology/council-closes-the-old-bridge/", "Council closes the old bridge",
			"", `<div class="post-meta">Filed by Ann Lee, <a href="http://www.example.com/category/technology/">Technology</a></div>`, "Technology"},
		{"the same in a sidebar's category list", "http://www.example.com/technology/council-closes-the-old-bridge/", "Council closes the old bridge",
			`<div class="sidebar"><ul><li><a href="/category/technology/">Technology</a></li><li><a href="/category/money/">Money</a></li></ul></div>`, "", ""},
		{"category slug in a wrapper of content and sidebars", "http://www.example.com/technology/council-closes-the-old-bridge/", "Council closes the old bridge",
			`<div class="content-sidebar-wrap">`, `<div class="post-meta">Filed by Ann Lee, <a href="http://www.example.com/category/technology/">Technology</a></div>`, "Technology"},
	} {
		var opts []Option
		if tc.url != "" {
			opts = append(opts, WithURL(tc.url))
		}
		a, _ := ParseHTML(strings.NewReader(page(tc.title, tc.nav, tc.over)), opts...)
		if a == nil {
			t.Fatalf("%s: no article", tc.name)
		}
		if a.Section != tc.want {
			t.Errorf("%s: section %q, want %q", tc.name, a.Section, tc.want)
		}
	}
}

// TestSectionDirLinkUnlabelled lists the Dragnet and L3S-GN1 dev pages
// not labelled for section on which the directory-link sources answer
// (the directory link alone) and the page's section, to the file SECTION_UNLABELLED names:
// the pages to label to check those sources on pages they were not
// written from. Diagnostic only.
func TestSectionDirLinkUnlabelled(t *testing.T) {
	out := os.Getenv("SECTION_UNLABELLED")
	if out == "" {
		t.Skip("set SECTION_UNLABELLED to a file to write the list")
	}
	gt, labels := loadDevMeta(t)
	labels = overlayDevSections(labels, readDevSections(t), true)
	labelled := map[string]bool{}
	for _, l := range labels {
		if !slices.Contains(l.Unlabelled, "section") {
			labelled[l.ID] = true
		}
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		if !labelled[id] && (strings.HasPrefix(id, "dragnet-") || strings.HasPrefix(id, "l3s-")) {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	var b strings.Builder
	for _, id := range ids {
		g := gt[id]
		page, err := eval.ReadGzip(filepath.Join(webExtractDevDir, g.File))
		if err != nil {
			t.Fatal(err)
		}
		a, _ := ParseHTML(bytes.NewReader(page), WithURL(g.URL))
		if a == nil {
			continue
		}
		root, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			continue
		}
		if cand := htmlx.DirLinkSection(root, cmpOr(a.URL, g.URL), a.Headline); cand != "" {
			b.WriteString(strings.Join([]string{id, g.URL, a.Section, cand}, "\t") + "\n")
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
