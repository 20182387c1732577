package htmlx

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// bodyOf extracts the body of page and joins its blocks' text.
func bodyOf(t *testing.T, page, headline string) string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	blocks, _ := extractContent(root, headline, nil)
	var texts []string
	for _, b := range blocks {
		texts = append(texts, b.Text)
	}
	return strings.Join(texts, "\n")
}

// TestSentenceCaption: a caption container of any CMS (not only
// WordPress's) whose text is a sentence stays in the body in its place; a
// label, a credit, and a caption box that prints the picture's credit
// beside the description stay out.
func TestSentenceCaption(t *testing.T) {
	para := "The committee heard evidence for three hours on Monday and, after a short break, voted to send the bill back for changes. "
	page := `<html><head><title>Bill sent back</title></head><body>
<div id="story"><h1>Bill sent back</h1>
<p>` + strings.Repeat(para, 3) + `</p>
<div class="photo"><img src="/a.jpg"><div class="photo-caption">The chairman speaks to reporters outside the hearing room on Monday.</div></div>
<p>Then the vote came. ` + strings.Repeat(para, 3) + `</p>
<div class="photo"><img src="/b.jpg"><div class="image_caption">Hearing room</div></div>
<div class="media"><img src="/c.jpg"><div class="media__caption"><span class="media__copyright">Jane Roe/Agency</span><div class="caption-text">Members of the committee leave the building after the vote.</div></div></div>
<div class="photo"><img src="/d.jpg"><p class="caption caption--source">John Doe, City Hall, Springfield.</p></div>
<p>The bill returns next month. ` + strings.Repeat(para, 2) + `</p>
</div></body></html>`
	got := bodyOf(t, page, "Bill sent back")
	i := strings.Index(got, "The chairman speaks to reporters")
	if i < 0 || i > strings.Index(got, "Then the vote came") {
		t.Errorf("the sentence caption is not in the body before the next paragraph:\n%s", got)
	}
	for _, out := range []string{"Hearing room", "leave the building", "City Hall"} {
		if strings.Contains(got, out) {
			t.Errorf("%q is in the body:\n%s", out, got)
		}
	}
}

// TestBesideTables: a data table in a container of its own right after
// the body's paragraphs comes into the body as a table block; a calendar
// grid, a form laid out in a table and a table in the next column of a
// layout table do not.
func TestBesideTables(t *testing.T) {
	para := "The county published its budget on Tuesday, and the figures show spending on roads rising for the third year in a row. "
	table := `<div class="inline-table"><table><tr><th>Year</th><th>Roads</th><th>Schools</th></tr>
<tr><td>2021</td><td>12.4</td><td>30.1</td></tr><tr><td>2022</td><td>13.9</td><td>31.0</td></tr></table></div>`
	page := `<html><head><title>County budget</title></head><body><div id="page">
<h1>County budget</h1><div class="story">
<p>` + strings.Repeat(para, 3) + `</p><p>Officials said more was to come. ` + strings.Repeat(para, 3) + `</p>
<p>The vote is next week. ` + strings.Repeat(para, 2) + `</p></div>` + table + `
<div>` + strings.Repeat(`<p><a href="/n">Another story from the county and its towns this week</a> <a href="/m">More</a></p>`, 12) + `</div>
</div></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	blocks, _ := extractContent(root, "County budget", nil)
	found := false
	for _, b := range blocks {
		if b.Type == "table" && len(b.Rows) == 3 && b.Rows[2][1] == "13.9" {
			found = true
		}
	}
	if !found {
		t.Errorf("the table beside the story is not a table block: %+v", blocks)
	}
	for name, other := range map[string]string{
		"calendar": `<div class="cal"><table><tr><th>S</th><th>Mon</th><th>T</th><th>W</th><th>T</th><th>F</th><th>S</th></tr>` +
			`<tr><td></td><td></td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td></tr><tr><td>6</td><td>7</td><td>8</td><td>9</td><td>10</td><td>11</td><td>12</td></tr></table></div>`,
		"form": `<div class="reply"><table><tr><td>Name</td><td><input name="n"></td></tr><tr><td>Email</td><td><input name="e"></td></tr></table></div>`,
	} {
		got := bodyOf(t, strings.Replace(page, table, other, 1), "County budget")
		if strings.Contains(got, "Mon") || strings.Contains(got, "Email") {
			t.Errorf("%s: the table came into the body:\n%s", name, got)
		}
	}
	layout := `<html><head><title>County budget</title></head><body><table><tr><td><h1>County budget</h1><div class="story">
<p>` + strings.Repeat(para, 3) + `</p><p>Officials said more was to come. ` + strings.Repeat(para, 3) + `</p></div></td>
<td>` + table + strings.Repeat(`<p><a href="/n">Another story from the county and its towns this week</a> <a href="/m">More</a></p>`, 12) + `</td></tr></table></body></html>`
	if got := bodyOf(t, layout, "County budget"); strings.Contains(got, "13.9") {
		t.Errorf("a table in the next column came into the body:\n%s", got)
	}
}
