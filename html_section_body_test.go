package article

import (
	"strings"
	"testing"
)

// TestSectionBodyLayoutClass checks that a WordPress <body> whose class
// names the layout ("two-column right-sidebar") is not read as a sidebar:
// the post's category link in its footer still names the section.
func TestSectionBodyLayoutClass(t *testing.T) {
	para := `<p>` + strings.Repeat("The river rose over the banks in the night and the town woke to water in the streets. ", 6) + `</p>`
	for _, body := range []string{"single single-post two-column right-sidebar", "single single-post"} {
		page := `<html><head><title>Storm floods the valley again</title></head><body class="` + body + `"><article><h1>Storm floods the valley again</h1>` + para +
			`<footer class="entry-meta">This entry was posted in <a href="/category/mobile/" rel="category tag">Mobile</a> and tagged <a href="/tag/android/" rel="tag">Android</a>.</footer></article>` +
			`<div id="secondary" class="sidebar"><a href="/category/travel/" rel="category tag">Travel</a></div></body></html>`
		a, _ := ParseHTML(strings.NewReader(page))
		if a == nil {
			t.Fatal("no article")
		}
		if a.Section != "Mobile" {
			t.Errorf("body class %q: section %q, want Mobile", body, a.Section)
		}
	}
}
