package htmlx

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// ldStory is a story of n paragraphs of about 30 words each.
func ldStory(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("Paragraph %d of the council's budget story: the city will spend more on its schools and its buses next year, the mayor told the council on Tuesday evening after a long debate.", i+1)
	}
	return out
}

// ldPage is a page whose JSON-LD NewsArticle carries articleBody and whose
// <article> holds visible.
func ldPage(t *testing.T, articleBody, visible string) []byte {
	t.Helper()
	ld, err := json.Marshal(map[string]any{
		"@context": "https://schema.org", "@type": "NewsArticle",
		"headline": "City raises school and bus spending", "articleBody": articleBody,
	})
	if err != nil {
		t.Fatal(err)
	}
	return []byte(`<!doctype html><html><head><title>City raises school and bus spending</title>` +
		`<script type="application/ld+json">` + string(ld) + `</script></head><body>` +
		`<nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
		`<article><h1>City raises school and bus spending</h1>` + visible + `</article>` +
		`<footer>© Example News</footer></body></html>`)
}

func bodyTexts(bs []model.Block) []string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Text)
	}
	return out
}

// TestLDBodyPaywall: a paywalled page prints its standfirst and a line
// asking for a subscription; the story is in articleBody. The body is the
// standfirst, then the story's paragraphs.
func TestLDBodyPaywall(t *testing.T) {
	story := ldStory(8)
	stand := "The city will spend a fifth more on schools and buses next year, after a debate that split the council down the middle."
	a, err := Extract(ldPage(t, strings.Join(story, "\n"), `<p class="standfirst">`+stand+`</p><p>Subscribe to read the full story</p>`), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	got := bodyTexts(a.Body)
	want := append([]string{stand}, story...)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("body:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if src := a.Provenance["body"]; src.From != model.FromJSONLD {
		t.Errorf("body source %+v, want %s", src, model.FromJSONLD)
	}
}

// TestLDBodyShell: a page built by scripts prints no text; the story in
// articleBody, written with a rich-text editor's markup, is its body, a
// paragraph a <p>.
func TestLDBodyShell(t *testing.T) {
	story := ldStory(6)
	marked := "<p>" + strings.Join(story, "</p><p>") + "</p>"
	marked = strings.Replace(marked, "schools", "<b>schools</b>", 1)
	a, err := Extract(ldPage(t, marked, `<div id="app"></div>`), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if got := bodyTexts(a.Body); strings.Join(got, "\n") != strings.Join(story, "\n") {
		t.Errorf("body:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(story, "\n"))
	}
}

// TestLDBodyVisibleStays: a page that prints its story keeps it as printed
// (its sub-heading, its own paragraphs), whatever articleBody says; and a
// short articleBody (a summary) replaces nothing.
func TestLDBodyVisibleStays(t *testing.T) {
	story := ldStory(8)
	visible := "<p>" + strings.Join(story[:4], "</p><p>") + "</p><h2>What the money buys</h2><p>" + strings.Join(story[4:], "</p><p>") + "</p>"
	a, err := Extract(ldPage(t, strings.Join(story, "\n"), visible), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	heading := false
	for _, b := range a.Body {
		heading = heading || b.Type == model.Heading && b.Text == "What the money buys"
	}
	if !heading || len(a.Body) != 9 {
		t.Errorf("the printed story was replaced: %d blocks %q", len(a.Body), bodyTexts(a.Body))
	}
	teaser := "<p>The city will spend more on schools next year, the mayor said, after a long debate in the council chamber on Tuesday.</p>"
	a, err = Extract(ldPage(t, strings.Join(story[:2], "\n"), teaser), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Body) != 1 || !strings.HasPrefix(a.Body[0].Text, "The city will spend more") {
		t.Errorf("a summary in articleBody replaced the printed text: %q", bodyTexts(a.Body))
	}
}

// TestLDBodyParagraphsBounded: a huge articleBody is cut at a line break
// before ldBodyMaxBytes, and blank or space-only lines make no paragraph.
func TestLDBodyParagraphsBounded(t *testing.T) {
	line := strings.Repeat("word ", 40) + "end."
	var b strings.Builder
	for b.Len() < 2*ldBodyMaxBytes {
		b.WriteString(line + "\n \n\t\n")
	}
	paras := ldBodyParagraphs(b.String())
	total := 0
	for _, p := range paras {
		if p != line {
			t.Fatalf("paragraph %q, want %q", p, line)
		}
		total += len(p) + 1
	}
	if total > ldBodyMaxBytes || len(paras) < ldBodyMaxBytes/(len(line)+8) {
		t.Errorf("%d paragraphs, %d bytes: want the text up to %d bytes", len(paras), total, ldBodyMaxBytes)
	}
}

// TestLDBodyReviewCases: the structured text of another story (a related
// story's object) gives no body; escaped markup and scripts in it come
// out as plain paragraphs without the script; a story printed in full
// stays even when its structured copy is swollen by markup; a visible
// first paragraph that differs from the structured text only by its quote
// marks is not put first twice; a structured text cut off with "…" is a
// teaser and replaces nothing.
func TestLDBodyReviewCases(t *testing.T) {
	story := ldStory(8)
	brief := "<p>The council meets again on Thursday, a spokesman said on Monday evening after the vote.</p>"

	// Another story's object.
	ld, _ := json.Marshal([]map[string]any{
		{"@type": "NewsArticle", "headline": "City raises school and bus spending", "description": "A brief."},
		{"@type": "NewsArticle", "headline": "United sign a new striker for the season", "articleBody": strings.Join(story, "\n")},
	})
	page := `<html><head><title>City raises school and bus spending</title><script type="application/ld+json">` + string(ld) +
		`</script></head><body><article><h1>City raises school and bus spending</h1>` + brief + `</article></body></html>`
	a, err := Extract([]byte(page), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Body) != 1 {
		t.Errorf("another story's articleBody became the body: %q", bodyTexts(a.Body))
	}

	// Escaped markup with a script.
	escaped := "&lt;p&gt;" + strings.Join(story, "&lt;/p&gt;&lt;p&gt;") + "&lt;/p&gt;&lt;script&gt;track('x')&lt;/script&gt;"
	a, err = Extract(ldPage(t, escaped, `<div id="app"></div>`), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(bodyTexts(a.Body), "\n"); got != strings.Join(story, "\n") {
		t.Errorf("escaped markup: body\n%s", got)
	}

	// A printed story and a structured copy swollen by markup.
	var swollen strings.Builder
	for _, p := range story {
		swollen.WriteString(`<p class="wp-block-paragraph has-text-color has-background" style="color: #111111; background: #ffffff; margin: 0 0 1em 0">` + p + `</p>`)
	}
	visible := "<p>" + strings.Join(story[:4], "</p><p>") + "</p><h2>What the money buys</h2><p>" + strings.Join(story[4:], "</p><p>") + "</p>"
	a, err = Extract(ldPage(t, swollen.String(), visible), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Body) != 9 {
		t.Errorf("a printed story was replaced by its swollen structured copy: %d blocks", len(a.Body))
	}

	// Quote marks alone differ.
	quoted := `The mayor said: "We will spend more on schools and buses than ever before, and we will not raise the fares this year."`
	curly := strings.NewReplacer(`"`, "”", `: ”`, ": “").Replace(quoted)
	a, err = Extract(ldPage(t, quoted+"\n"+strings.Join(story, "\n"), "<p>"+curly+"</p><p>Subscribe to read on.</p>"), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Body) != len(story)+1 || a.Body[0].Text != quoted {
		t.Errorf("the standfirst was put first a second time: %d blocks, first %q", len(a.Body), a.Body[0].Text)
	}

	// A structured teaser cut off.
	a, err = Extract(ldPage(t, strings.Join(story, "\n")+" And then…", brief), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Body) != 1 {
		t.Errorf("a structured text cut off with an ellipsis became the body: %d blocks", len(a.Body))
	}
}

// TestLDBodyOneLongParagraph: a structured text of one paragraph past
// ldBodyMaxBytes is cut between two words.
func TestLDBodyOneLongParagraph(t *testing.T) {
	s := strings.Repeat("harbour ", 2*ldBodyMaxBytes/8)
	paras := ldBodyParagraphs(s)
	if len(paras) != 1 || len(paras[0]) > ldBodyMaxBytes || strings.Trim(strings.ReplaceAll(paras[0], "harbour", ""), " ") != "" {
		t.Errorf("%d paragraphs; the first %d bytes, cut inside a word: %q", len(paras), len(paras[0]), lastRunes(paras[0], 12))
	}
}
