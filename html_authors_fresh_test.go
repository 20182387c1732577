package article

import (
	"strings"
	"testing"
)

// TestAuthorsFreshConventions covers the byline conventions of issue 12's
// fourth round, each checked on dev pages of sites it was not written
// from: a blog's credit line on a page whose template sets the post's
// title in no <h1>, and a team credited with its "the".
func TestAuthorsFreshConventions(t *testing.T) {
	page := func(body string) string {
		return `<html lang="en"><head><title>Storm floods the valley again</title></head><body>` + body + `</body></html>`
	}
	para := `<p>` + strings.Repeat("The river rose over the banks in the night and the town woke to water in the streets. ", 6) + `</p>`
	tests := []struct {
		name, html string
		authors    []string
	}{
		{"credit line with no h1", strings.Replace(page(`<div class="date">September 10, 2012</div>`+para+`<p class="posted">Posted by laurie at September 10, 2012 9:01 AM</p><p>Posted by: Ellen at September 10, 2012 11:40 AM</p>`), "Storm floods the valley again", "Valley Weblog", 1), []string{"laurie"}},
		{"team credit", page(`<h1>Storm floods the valley again</h1><p class="byline">Posted by the Valley Desktop Team</p>` + para), []string{"Valley Desktop Team"}},
		{"no credit", page(`<div class="title">Storm floods the valley again</div>` + para + `<p>Posted by: Ellen at September 10, 2012 11:40 AM</p>`), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantAuthors(t, tc.html, tc.authors)
		})
	}
}
