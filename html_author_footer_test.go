package article

import (
	"slices"
	"testing"
)

// TestFooterByline checks the byline that closes a blog post with the
// post's date or links after a bar, its parts on one line or each in an
// element of its own, when nothing above the post names anyone; a
// comment's "Posted by:" credit with a bar, and a "By" line with a bar but
// neither a date nor a footer link after it, credit no one.
func TestFooterByline(t *testing.T) {
	head := `<html><head><title>Race and the battle for the nomination</title></head><body>
<h1>Race and the battle for the nomination</h1>` + visibleBody + visibleBody + visibleBody
	for tail, want := range map[string][]string{
		`<p>By Jennifer Agiesta&nbsp;|&nbsp;<span>January 14, 2008; 4:38 PM ET</span></p>`:                                                                        {"Jennifer Agiesta"},
		`<div class="f"><span>By </span><a href="/c">Carrie Meathrell</a> in <a href="/n">News</a> | <a href="/p">Link</a> | <a href="/c">Comments (1)</a></div>`: {"Carrie Meathrell"},
		`<p>Posted by: jim | January 14, 2008 07:20 PM</p>`:                                                                                                       nil,
		`<p>By Region | By Topic | By Date</p>`:                                                                                                                   nil,
	} {
		got := authorNames(parseVisible(t, head+tail+`</body></html>`))
		if !slices.Equal(got, want) {
			t.Errorf("%s: authors %q, want %q", tail, got, want)
		}
	}
}
