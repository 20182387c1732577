package htmlx

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestCommentSig: the signature lines of blog engines' comments are read;
// a post's own footer, a forum's quoted reply and prose are not.
func TestCommentSig(t *testing.T) {
	for _, c := range []struct {
		text  string
		quote bool
		want  bool
	}{
		{"Posted by: Ellen at September 10, 2012 11:40 AM", false, true},
		{"Posted by: Lucky Lakeshore | January 14, 2008 06:24 PM", false, true},
		{"1 Emily November 4, 2012 at 9:41 pm", false, true},
		{"Daven says: 12/30/2004 at 07:38pm", false, true},
		{"Mark said... 10 Sep 2012 at 14:02", false, true},
		{"Posted by laurie at September 10, 2012 9:01 AM", false, false}, // the post's footer
		{"Nixe said:", true, false},                                      // a forum's quoted reply
		{"A post shared by Jane (@jane) on Jun 16, 2019 at 7:30am PDT", true, false},
		{"22.11.2022 - 10:15", false, false},
		{"The vote on September 10, 2012 at 9 was close, she said.", false, false},
		{"Emily November 4, 2012 at 9:41 pm | Reply", false, true},
		{"Posted October 28, 2012 at 10:31 pm | Permalink", false, true},
		// A live blog's update headings carry a date and time too.
		{"Update, September 10, 2012 at 9:41 pm: the council has voted.", false, false},
		{"Update: September 10, 2012 at 9:41 pm", false, false},
		{"September 10, 2012 at 9:41 pm", false, false},
		{"On November 4, 2012 at 9:41 pm the polls closed across the state", false, false},
	} {
		b := &textBlock{Text: c.text, kind: kindPara}
		if c.quote {
			b.quote = &html.Node{}
		}
		if got := isCommentSig(b); got != c.want {
			t.Errorf("isCommentSig(%q) = %t, want %t", c.text, got, c.want)
		}
	}
}

// TestCommentThreadAsParagraphs: reader comments a template prints as
// plain paragraphs under the post, each with its signature line, end the
// body at the first signature; one signature line alone, or signatures before the body holds any
// text, do not.
func TestCommentThreadAsParagraphs(t *testing.T) {
	para := "The council met on Tuesday and voted on the plan, after a long debate that ran, as it often does, late into the night. "
	comment := func(name, day string) string {
		return `<p>` + name + ` writes: I was there and it went on far too long, but the vote was the right one for the town and its people.</p>` +
			`<p>Posted by: ` + name + ` at September ` + day + `, 2012 11:40 AM</p>`
	}
	body := func(doc string) string { return contentBodyText(t, doc, "Bridge to close") }
	story := `<h1>Bridge to close</h1>` + strings.Repeat(`<p>`+strings.Repeat(para, 2)+`</p>`, 4) +
		`<p>Posted by laurie at September 10, 2012 9:01 AM</p>`
	got := body(`<html><body><div>` + story + comment("Ellen", "10") + comment("Toni", "11") + `</div></body></html>`)
	// The body ends at the first signature line: the thread after it is
	// left out (the text of a first comment signed below it, as Movable
	// Type prints them, stays).
	if strings.Contains(got, "Posted by: ") || strings.Contains(got, "Toni writes") {
		t.Errorf("the comment thread is in the body:\n%s", got)
	}
	if !strings.Contains(got, "late into the night") {
		t.Errorf("the story lost its text:\n%s", got)
	}
	// One signature line: a reader's note the template prints once stays.
	if got := body(`<html><body><div>` + story + comment("Ellen", "10") + `</div></body></html>`); !strings.Contains(got, "Posted by: Ellen") {
		t.Errorf("a single signature line ended the body:\n%s", got)
	}
	// A live blog's updates, each headed by its date and time, are the
	// story.
	live := `<html><body><div>` + story +
		`<p>Update, September 10, 2012 at 9:41 pm: the council has voted to close the bridge for a year, with repairs to begin in spring.</p>` +
		`<p>Update, September 10, 2012 at 10:15 pm: the mayor said the town would run a ferry while the bridge is shut.</p></div></body></html>`
	if got := body(live); !strings.Contains(got, "run a ferry") {
		t.Errorf("a live blog's updates were cut as a comment thread:\n%s", got)
	}
	// A page that opens on the posts (the posts are the page's text)
	// keeps them.
	posts := `<html><body><div><h1>Bridge to close</h1>` + comment("Ellen", "10") + comment("Toni", "11") + comment("Gina", "12") +
		`<p>` + strings.Repeat(para, 2) + `</p></div></body></html>`
	if got := body(posts); !strings.Contains(got, "Posted by: Toni") {
		t.Errorf("posts that open the page were cut:\n%s", got)
	}
}

// contentBodyText is the text of the body extractContent finds in doc, a
// block a line.
func contentBodyText(t *testing.T, doc, headline string) string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	blocks, _ := extractContent(root, headline, nil)
	var sb strings.Builder
	for _, b := range blocks {
		sb.WriteString(b.Text + "\n")
	}
	return sb.String()
}
