package article

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/htmlx"

	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
)

func TestHTMLMainContent(t *testing.T) {
	b, err := os.ReadFile("testdata/html/news.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := htmlx.Extract(b, &model.Config{URL: "https://harbourtimes.example/news/2024/03/14/bridge-repairs?utm=x"})
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Block{
		{Type: model.Paragraph, Text: "The harbour bridge will close to traffic for six weeks from next Monday while engineers replace worn bearings, the city council said on Wednesday."},
		{Type: model.Paragraph, Text: "Buses will be diverted through the tunnel, adding up to fifteen minutes to journeys at peak times, according to the transport department."},
		{Type: model.Heading, Text: "Why now?", Level: 2},
		{Type: model.Paragraph, Text: "Inspectors found last year that several bearings had cracked, and the council decided that repairs could not wait until the summer, when traffic is heavier."},
		{Type: model.Blockquote, Text: "We know this is disruptive, but safety has to come first."},
		{Type: model.Paragraph, Text: "Drivers are advised to:"},
		{Type: model.List, Text: "leave earlier than usual;\nuse the park-and-ride at the stadium;\ncheck the council website for updates."},
		{Type: model.Paragraph, Text: "The works are expected to cost about four million pounds, paid for from the council's maintenance budget rather than from new borrowing."},
	}
	if !reflect.DeepEqual(a.Body, want) {
		var got strings.Builder
		for _, b := range a.Body {
			got.WriteString("\n  " + string(b.Type) + ": " + b.Text)
		}
		t.Errorf("Body:%s", got.String())
	}
	checks := []struct{ field, got, want string }{
		{"Headline", a.Headline, "Harbour bridge to close for repairs"},
		{"URL", a.URL, "https://harbourtimes.example/news/2024/03/14/bridge-repairs"},
		{"DatePublished", a.DatePublished.String(), "2024-03-14T08:30:00Z"},
		{"Language", a.Language, "en"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if len(a.Authors) != 1 || a.Authors[0].Name != "Ellen Marsh" {
		t.Errorf("Authors = %#v, want Ellen Marsh", a.Authors)
	}
	wantImg := []model.Image{{URL: "https://harbourtimes.example/img/bridge.jpg", Caption: "The bridge was built in 1932.", Credit: "Photo: Harbour Times"}}
	if !reflect.DeepEqual(a.Images, wantImg) {
		t.Errorf("Images = %#v, want %#v", a.Images, wantImg)
	}
}

func TestHTMLBreaksAndTables(t *testing.T) {
	page := `<html><body><div id="text">First paragraph of a page that separates its paragraphs with line breaks only, as old sites do.<br><br>` +
		`Second paragraph of the same page, which is also long enough to count as article text for the extractor.<br><br>` +
		`<table><tr><th>Pos</th><th>Driver</th><th>Points</th></tr><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table></div></body></html>`
	got := bodyTexts(t, page)
	want := []string{
		"First paragraph of a page that separates its paragraphs with line breaks only, as old sites do.",
		"Second paragraph of the same page, which is also long enough to count as article text for the extractor.",
		// A data table is one table block; its text is one line a row,
		// the cells separated by tabs (issue 17).
		"Pos\tDriver\tPoints\n1\tKyle Busch\t5040",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Body = %#v\nwant %#v", got, want)
	}
}

// bodyTexts extracts page and returns the texts of its body blocks.
func bodyTexts(t *testing.T, page string) []string {
	t.Helper()
	a, err := htmlx.Extract([]byte(page), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range a.Body {
		got = append(got, b.Text)
	}
	return got
}

// storyPara makes a paragraph of article-like text that starts with lead.
func storyPara(lead string) string {
	return lead + " " + strings.Repeat("The council met on Tuesday and voted on the plan after a long debate. ", 3)
}

func TestHTMLContentRules(t *testing.T) {
	slides := strings.Repeat(`<div class="slide"><p>`+storyPara("A slide caption that is long.")+`</p></div>`, 6)
	cases := []struct {
		name       string
		page       string
		want, lose []string
	}{
		{
			// A gallery in the middle of the story (left out by its
			// class) must not cut the story in two: the part after it is
			// kept, and the standfirst outside the text container too.
			name: "gallery splits the story",
			page: `<html><body><div class="col"><p class="intro">` + storyPara("Standfirst before the text.") + `</p>` +
				`<div class="text"><p>` + storyPara("First part.") + `</p><div class="gallery">` + slides + `</div>` +
				`<p>` + storyPara("Second part.") + `</p><p>` + storyPara("Third part.") + `</p></div></div>` +
				`<nav><a href="/a">Home</a> <a href="/b">World</a></nav></body></html>`,
			want: []string{"Standfirst before the text.", "First part.", "Second part.", "Third part."},
			lose: []string{"A slide caption", "Home"},
		},
		{
			// The <header> of an <article> holds its standfirst; the
			// site's <header> is furniture.
			name: "header inside article",
			page: `<html><body><header><p>` + storyPara("Site slogan.") + `</p></header><article><header><h1>Title</h1>` +
				`<p class="lead">` + storyPara("The standfirst.") + `</p></header><p>` + storyPara("Body text.") + `</p>` +
				`<p>` + storyPara("More text.") + `</p></article></body></html>`,
			want: []string{"The standfirst.", "Body text.", "More text."},
			lose: []string{"Site slogan."},
		},
		{
			// Class names are matched as words where a substring misleads:
			// "hidden-xs" and "label-hidden" show the text on a desktop,
			// a tag slug or a generated class with "tags" in it is not
			// a tag list, and "with-sidebar" wraps the article.
			name: "class words",
			page: `<html><body><div class="layout with-sidebar"><div class="field label-hidden text hidden-xs"><p>` + storyPara("Visible text.") + `</p></div>` +
				`<div class="post tag-elections tagStyle_x1"><p>` + storyPara("Tagged post.") + `</p></div>` +
				`<div class="hidden"><p>` + storyPara("Hidden text.") + `</p></div>` +
				`<div class="post-tags"><p>` + storyPara("Tag list.") + `</p></div></div></body></html>`,
			want: []string{"Visible text.", "Tagged post."},
			lose: []string{"Hidden text.", "Tag list."},
		},
		{
			// Short lines of plain text (jokes, list entries) beside the
			// chosen element do not keep the widening from the intro
			// and the rest of the list.
			name: "short lines beside the choice",
			page: `<html><body><div class="post"><p>` + storyPara("The intro of the list.") + `</p>` +
				`<div class="slide"><p>` + storyPara("The first entry is long.") + storyPara("It goes on.") + `</p></div>` +
				strings.Repeat(`<div class="slide"><p>What did one volcano say to the other?</p><p>I lava you.</p></div>`, 30) +
				`</div></body></html>`,
			want: []string{"The intro of the list.", "The first entry is long.", "I lava you."},
		},
		{
			// A post embedded from a social network is part of the
			// story, though its wrapper is named "social…embed"; one
			// in a sidebar widget is not.
			name: "embedded posts",
			page: `<html><body><div class="text"><p>` + storyPara("Body text.") + `</p><div class="social-media-embed"><blockquote class="twitter-tweet"><p>` +
				storyPara("The quoted post.") + `</p></blockquote></div><p>` + storyPara("More text.") + `</p></div>` +
				`<div class="sidebar"><div class="box"><div class="embed"><blockquote class="twitter-tweet"><p>Follow our feed for the news of the day.</p></blockquote></div></div></div></body></html>`,
			want: []string{"Body text.", "The quoted post.", "More text."},
			lose: []string{"Follow our feed"},
		},
		{
			// A feed of whole stories, one after another: the body is
			// the one under the page's headline.
			name: "feed of stories",
			page: `<html><head><title>Quem se ama</title></head><body><div class="posts">` +
				`<article><h1>Quem se ama</h1><p>` + storyPara("The story of the page.") + `</p><p>` + storyPara("Its second paragraph.") + `</p></article>` +
				`<article><h2>Another story</h2><p>` + storyPara("The next story.") + `</p><p>` + storyPara("Its own second paragraph.") + `</p></article>` +
				`<article><h2>A third story</h2><p>` + storyPara("The third story.") + `</p><p>` + storyPara("And its second paragraph.") + `</p></article>` +
				`</div></body></html>`,
			want: []string{"The story of the page.", "Its second paragraph."},
			lose: []string{"The next story.", "The third story."},
		},
		{
			// A "-header" class names the site's header, unless it is the
			// story's own ("article-header"); the byline alone, which
			// the metadata holds, is left out of the body.
			name: "story header and byline",
			page: `<html><head><meta name="author" content="Iwona Kurz"></head><body><div class="site-header"><p>` + storyPara("Site slogan.") + `</p></div>` +
				`<div class="story"><div class="article-header"><p>` + storyPara("The standfirst.") + `</p><p>Iwona Kurz</p></div>` +
				`<div class="text"><p>` + storyPara("Body text.") + `</p><p>` + storyPara("More text.") + `</p></div></div></body></html>`,
			want: []string{"The standfirst.", "Body text.", "More text."},
			lose: []string{"Site slogan.", "Iwona Kurz"},
		},
		{
			// "teaser" names a standfirst on some sites and a card
			// linking elsewhere on others: prose stays, links go.
			name: "teaser",
			page: `<html><body><div class="article"><div class="article-teaser"><p>` + storyPara("Teaser standfirst.") + `</p></div>` +
				`<div class="article-body"><p>` + storyPara("Body text.") + `</p><p>` + storyPara("More text.") + `</p></div>` +
				`<div class="teaser-list"><p><a href="/x">` + storyPara("Another story to read.") + `</a></p></div></div></body></html>`,
			want: []string{"Teaser standfirst.", "Body text.", "More text."},
			lose: []string{"Another story"},
		},
		{
			// A comment form's heading or a newsletter box ends the body
			// when no more article prose follows.
			name: "tail headings",
			page: `<html><body><div class="text"><p>` + storyPara("Body text.") + `</p><p>` + storyPara("More text.") + `</p><p>` + storyPara("Last text.") + `</p>` +
				`<h3>Garden Weekly Newsletter</h3><p>Get the best stories every Friday.</p>` +
				`<h3>Schreibe einen Kommentar</h3><p>Deine E-Mail-Adresse wird nicht veröffentlicht.</p><p>Advert</p></div></body></html>`,
			want: []string{"Body text.", "More text.", "Last text."},
			lose: []string{"Newsletter", "best stories", "Kommentar", "E-Mail"},
		},
		{
			// A note about the author (who the metadata names) and an
			// unmarked comment thread after the story end it.
			name: "bio and comments",
			page: `<html><head><meta name="author" content="Regan Walsh"></head><body><div class="text"><p>` + storyPara("Body text.") + `</p><p>` + storyPara("More text.") + `</p><p>` + storyPara("Last text.") + `</p>` +
				`<p>Regan Walsh is a Connecticut native who writes about food and family life.</p>` +
				`<h3>2 comments</h3><p>` + storyPara("Great recipe, thanks.") + `</p><p>` + storyPara("I made it twice.") + `</p></div></body></html>`,
			want: []string{"Body text.", "More text.", "Last text."},
			lose: []string{"Connecticut native", "2 comments", "Great recipe", "made it twice"},
		},
		{
			// A paragraph that starts with the author's name but is
			// followed by more of the story is not a bio.
			name: "name at the start of the story",
			page: `<html><head><meta name="author" content="Regan Walsh"></head><body><div class="text"><p>` + storyPara("Body text.") + `</p><p>` + storyPara("More text.") + `</p><p>` + storyPara("Last text.") + `</p>` +
				`<p>Regan Walsh is stepping down, the paper said. ` + storyPara("She joined in 2001.") + `</p>` +
				`<p>` + storyPara("A later paragraph.") + `</p><p>` + storyPara("The last paragraph.") + `</p></div></body></html>`,
			want: []string{"Body text.", "Regan Walsh is stepping down", "A later paragraph.", "The last paragraph."},
		},
		{
			// A standfirst set in a heading tag weighs as text, so that
			// the container that holds it is chosen.
			name: "standfirst in a heading",
			page: `<html><body><div class="story"><div class="lead"><h2>` + storyPara("A standfirst of some sentences.") + `</h2></div>` +
				`<div class="text"><p>` + storyPara("Body text.") + `</p></div></div></body></html>`,
			want: []string{"A standfirst of some sentences.", "Body text."},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(bodyTexts(t, c.page), "\n")
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("body lacks %q:\n%s", w, got)
				}
			}
			for _, l := range c.lose {
				if strings.Contains(got, l) {
					t.Errorf("body holds %q:\n%s", l, got)
				}
			}
		})
	}
}

// TestLooksLikeHTMLOldPages: pages that open with a script, a table, a
// link or a stray byte before the doctype are HTML, not raw text (parsed
// as text, their markup became the body and a <script> tag the headline).
func TestLooksLikeHTMLOldPages(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"<script language=\"javascript\">\nvar x = 1;\n</script>\n<table><tr><td>Story</td></tr></table>", true},
		{"<table border=\"0\"><tr><td><p>Old page</p></td></tr></table>", true},
		{"<link href=\"/a.css\" rel=\"stylesheet\">\n<center><b>News</b></center></p>", true},
		{"?\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">", true},
		{"</body>\n</font><img src=\"x.gif\">", true},
		{"Headline\n\nA plain text story that mentions <b> once.", false},
		{"<Reuters> wrote that the plan is off.\nMore text follows here.", false},
	}
	for _, c := range cases {
		if got := looksLikeHTML([]byte(c.in)); got != c.want {
			t.Errorf("looksLikeHTML(%.40q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestCommentHeadingEndsBody: a heading that names the comment thread
// ("Comments", "Comments (26)", "Leave a reply") ends the article, however
// much prose the readers' posts below it hold, as blog templates (Movable
// Type, TypePad, WordPress themes) print it without a class to go by.
func TestCommentHeadingEndsBody(t *testing.T) {
	for _, h := range []string{"Comments", "Comments (26)", "Reader comments", "Leave a reply"} {
		page := `<html><body><div><h1>Knitting in the heat</h1>` +
			`<p>` + storyPara("Los Angeles used to get cool at night.") + `</p>` +
			`<p>` + storyPara("Nonetheless, I knit onward and upward.") + `</p>` +
			`<p>` + storyPara("I have several orders on my list.") + `</p>` +
			`<h2>` + h + `</h2>` +
			`<p>` + storyPara("Ha! Sixty for a low is delusional, says a reader.") + `</p><p class="posted">Posted by: Ellen at September 10, 2012 11:40 AM</p>` +
			`<p>` + storyPara("This weather makes me weep, says another.") + `</p><p class="posted">Posted by: Toni at September 10, 2012 12:11 PM</p>` +
			`<p>` + storyPara("We have had the weather machine here.") + `</p><p class="posted">Posted by: Gina at September 10, 2012 12:12 PM</p>` +
			`</div></body></html>`
		got := bodyTexts(t, page)
		if len(got) != 3 || !strings.HasPrefix(got[2], "I have several") {
			t.Errorf("%s: body = %q, want the three paragraphs above the heading", h, got)
		}
	}
}

// TestCommentSectionHeadingKept: "Comment" or "Discussion" heading a part
// of the story (an opinion piece, a paper) does not end the body.
func TestCommentSectionHeadingKept(t *testing.T) {
	page := `<html><body><div><h1>How to get press</h1>` +
		`<p>` + storyPara("Having a network of people to offer opinion is critical.") + `</p>` +
		`<h2>Comment</h2><p>` + storyPara("Reporters need sources who can explain a topic.") + `</p>` +
		`<h2>Discussion</h2><p>` + storyPara("Most journalism is about distilling complex topics.") + `</p>` +
		`</div></body></html>`
	got := bodyTexts(t, page)
	if len(got) != 5 || !strings.HasPrefix(got[4], "Most journalism") {
		t.Errorf("body = %q, want the whole story with its two headings", got)
	}
}

// TestStoryTitleLinkNotCard: a short story in an <article> whose heading
// is a link to its own page, with a comment count after the headline, is
// the story, not a teaser of another page.
func TestStoryTitleLinkNotCard(t *testing.T) {
	page := `<html><head><meta property="og:title" content="Being Honest In Exit Interviews Is Pointless"></head><body>` +
		`<article><h2><a href="/story/1">Being Honest In Exit Interviews Is Pointless</a> <span>545</span></h2>` +
		`<div class="p">` + storyPara("Esther Schindler writes that leaving a job is a time for tact.") + `</div></article>` +
		`<ul id="commentlisting"><li>` + storyPara("A reader says exit interviews are pointless.") + `</li>` +
		`<li>` + storyPara("Another reader says to say nothing.") + `</li>` +
		`<li>` + storyPara("A third reader tells of his last job.") + `</li></ul></body></html>`
	got := bodyTexts(t, page)
	if len(got) != 1 || !strings.HasPrefix(got[0], "Esther Schindler") {
		t.Errorf("body = %q, want the story's paragraph", got)
	}
}

func TestSameTitle(t *testing.T) {
	h := "Being Honest In Exit Interviews Is Pointless"
	for _, c := range []struct {
		heading string
		want    bool
	}{
		{h, true},
		{h + " 545", true},
		{"Microsoft's Surface Caught Windows OEMs By Surprise", false},
		{h + ": and here is what a whole other story says about it", false},
	} {
		if got := htmlx.SameTitle(c.heading, h); got != c.want {
			t.Errorf("sameTitle(%q) = %v, want %v", c.heading, got, c.want)
		}
	}
}

// TestContentScorerSanity: the learned weights judge a long paragraph of
// prose in an <article> article text, and a menu of links beside it not.
func TestContentScorerSanity(t *testing.T) {
	page := `<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>` +
		`<article><h1>Bridge to close</h1><p>` + storyPara("The harbour bridge will close for six weeks.") + `</p>` +
		`<p>` + storyPara("Buses will be diverted through the tunnel.") + `</p></article>` +
		`<div class="links"><a href="/a">Weather</a> <a href="/b">Traffic</a> <a href="/c">Jobs</a></div></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	w := &htmlx.ContentWalker{UseHints: true}
	w.Walk(root, htmlx.WalkState{Owner: root}, 0)
	w.Flush()
	f := w.Features(w.HandWeights())
	for i := range w.Blocks {
		p := htmlx.ContentProb(&f[i])
		prose := strings.Contains(w.Blocks[i].Text, "council")
		if prose && p < 0.5 || !prose && w.Blocks[i].LinkRun == w.Blocks[i].Runes && p > 0.5 {
			t.Errorf("block %q: p = %.2f", w.Blocks[i].Text, p)
		}
	}
}
