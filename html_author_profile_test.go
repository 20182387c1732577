package article

import (
	"strings"
	"testing"
)

// TestAuthorBehindProfileLink checks that a rel=author link whose text is
// a profile label ("View Profile", as Gawker Media's 2012 byline menu
// prints it) credits the name printed just before it in the byline's box,
// and that a label with no name before it credits no one.
func TestAuthorBehindProfileLink(t *testing.T) {
	para := `<p>` + strings.Repeat("The river rose over the banks in the night and the town woke to water in the streets. ", 6) + `</p>`
	page := func(byline string) string {
		return `<html><head><title>Storm floods the valley again</title></head><body><h1>Storm floods the valley again</h1>` + byline + para + `</body></html>`
	}
	tests := []struct {
		name, byline string
		want         []string
	}{
		{"name over the profile menu", `<div class="byline"><strong><a class="plus-icon">Tim Grierson</a></strong><div id="author-menu"><ul><li><a href="/people/TimGrierson/" rel="author"><span>View Profile</span></a></li><li><a href="mailto:x@example.com">Email</a></li></ul></div></div>`, []string{"Tim Grierson"}},
		{"a label alone", `<div><ul><li><a href="/people/x/" rel="author">View Profile</a></li></ul></div>`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, _ := ParseHTML(strings.NewReader(page(tc.byline)))
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
