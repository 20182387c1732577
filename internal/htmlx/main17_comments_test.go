package htmlx

import (
	"fmt"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
)

// TestThreadName: the class and id words of comment threads and reply
// forms, not a page's or a post's other words.
func TestThreadName(t *testing.T) {
	for v, want := range map[string]bool{
		"comments": true, "commentlist": true, "comment-59531": true, "comments_container": true,
		"respond": true, "disqus_thread": true, "comment-respond widget": true, "Comments": true,
		"": false, "post-content": false, "nocomments": false, "respondent-list": false, "entry": false,
		"post-comments-count": false, "recommended": false,
	} {
		if got := threadName(v); got != want {
			t.Errorf("threadName(%q) = %v, want %v", v, got, want)
		}
	}
}

// picturePost is a blog post of a video with one line of text, and a
// long reader thread under it in the containers blog engines name for
// it (WordPress's #comments and ol.commentlist, Disqus's #disqus_thread
// or a comments_container): the thread is longer than the post, so the
// retry without hints and the fallback would both choose it.
func picturePost(thread string) string {
	var sb strings.Builder
	sb.WriteString(`<html><head><title>The Portal | Studio</title></head><body>
<div id="header"><a href="/">Studio</a> <a href="/tutorials">Tutorials</a> <a href="/blog">Blog</a></div>
<div id="content"><div class="post" id="post-2567"><h1>The Portal</h1>
<div class="post-content"><p>Create a smokey portal effect with particles and a Z-depth pass, in one evening.</p>
<p><img src="/portal.jpg" alt="portal"></p></div></div>
`)
	sb.WriteString(thread)
	for i := range 14 {
		fmt.Fprintf(&sb, `<li id="comment-%d"><div class="comment-author">Reader %d says:</div>
<div class="commentext"><p>Thanks for this tutorial, number %d; I tried it on my own footage last night and the portal looked great, though my render took far longer than I expected it would on an older machine.</p></div></li>
`, i, i, i)
	}
	// The archive's links beside the thread, in the same column and
	// unnamed, as older templates print them.
	sb.WriteString(`</ol></div><div><ul>`)
	for i := range 60 {
		fmt.Fprintf(&sb, `<li><a href="/tutorial/%d">Tutorial number %d: compositing, tracking and particles</a></li>`, i, i)
	}
	sb.WriteString(`</ul></div></div><div id="footer"><p>Copyright Studio</p></div></body></html>`)
	return sb.String()
}

// TestRetryNotInThread: the short post stands; the thread's text is not
// the body, under any of the containers' names.
func TestRetryNotInThread(t *testing.T) {
	for _, open := range []string{
		`<div id="comments"><h3>14 Responses to "The Portal"</h3><ol class="commentlist">`,
		`<div id="disqus_thread"><div><ol>`,
		`<div id="comments_container"><div id="comments_displayed"><ol>`,
	} {
		body := contentBodyText(t, picturePost(open), "The Portal")
		if strings.Contains(body, "Thanks for this tutorial") {
			t.Errorf("%s: the comment thread came out as the body:\n%s", open, body)
		}
	}
}

// TestRetryStillTaken: the retry without hints still finds an article
// that a wrapper's furniture name hid (here a "sidebar" class on the
// wrapper around the story), when no comment thread is named.
func TestRetryStillTaken(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(`<html><body><div class="menu"><a href="/">Home</a></div><div class="sidebar-wrap main"><div class="story">`)
	for i := range 6 {
		fmt.Fprintf(&sb, "<p>The council voted on the budget for the %d time this year, and the members argued about the roads, the schools and the parks until late in the evening.</p>\n", i+1)
	}
	sb.WriteString(`</div></div></body></html>`)
	body := contentBodyText(t, sb.String(), "")
	if !strings.Contains(body, "The council voted") {
		t.Errorf("the story behind a furniture-named wrapper was lost:\n%s", body)
	}
}

// TestAltInThread: the fallback's body is told to come from the thread
// by its blocks found in the first walk, whatever the line breaks.
func TestAltInThread(t *testing.T) {
	root, err := html.Parse(strings.NewReader(picturePost(`<div id="comments"><ol class="commentlist">`)))
	if err != nil {
		t.Fatal(err)
	}
	w := &ContentWalker{UseHints: true}
	w.Walk(root, WalkState{Owner: root}, 0)
	w.Flush()
	thread := []model.Block{
		{Text: "1"},
		{Text: "Reader 1 says: Thanks for this tutorial, number 1; I tried it on my own footage last night"}, // name and text run together
		{Text: "Thanks for this tutorial, number 2; I tried it\non my own footage last night and the portal looked great"},
		{Text: "Thanks for this tutorial, number 3; I tried it on my own footage last night and the portal looked great, though my render took far longer than I expected it would on an older machine."},
	}
	if !w.altInThread(thread) {
		t.Error("a body of the thread's comments was not told")
	}
	post := []model.Block{{Text: "Create a smokey portal effect with particles and a Z-depth pass, in one evening."}}
	if w.altInThread(post) {
		t.Error("the post's own text was taken for the thread")
	}
	if w.altInThread(nil) {
		t.Error("an empty body was taken for the thread")
	}
}

// TestCommentWord: the names of comment threads, not an opinion column's.
func TestCommentWord(t *testing.T) {
	for w, want := range map[string]bool{
		"comment": true, "comments": true, "comment-59531": true, "comments_container": true, "commentlist": true,
		"commentsarea": true, "comments-area": true, "commentary": false, "commentator": false, "commenter": false, "comm": false,
	} {
		if got := commentWord(w); got != want {
			t.Errorf("commentWord(%q) = %v, want %v", w, got, want)
		}
	}
}
