package htmlx

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
	"github.com/google/go-cmp/cmp"
)

// TestFigureInCaptionBox: WordPress's [caption] box (div.wp-caption with
// p.wp-caption-text) and a theme's "image-caption" wrapper hold the
// story's picture and its caption, though the word "caption" makes them
// furniture for the choice of the article's element; a gallery's
// caption box does not.
func TestFigureInCaptionBox(t *testing.T) {
	d, err := Extract(structPage(`<div id="attachment_12" class="wp-caption aligncenter" style="width: 510px"><a href="/uploads/march.jpg"><img src="/uploads/march-500x300.jpg" alt="Marchers" width="500" height="300"></a><p class="wp-caption-text">Thousands marched through the city centre on Saturday.</p></div>
<div class="image-caption"><img src="/uploads/mayor.jpg"><span class="caption-text">The mayor at the rally</span></div>
<div class="gallery-caption"><img src="/uploads/thumb1.jpg"><span>More photos</span></div>`), &model.Config{URL: "https://example.com/news/budget.html"})
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Block{
		{Type: model.Figure, Image: &model.Image{URL: "https://example.com/uploads/march-500x300.jpg", Alt: "Marchers", Caption: "Thousands marched through the city centre on Saturday."}},
		{Type: model.Figure, Image: &model.Image{URL: "https://example.com/uploads/mayor.jpg", Caption: "The mayor at the rally"}},
	}
	if diff := cmp.Diff(want, blocksOf(d.Body, model.Figure)); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
}

// TestFigureInLayoutTable: a page laid out in tables (the old web's way)
// keeps the story's pictures; a picture in a data table's cell is not a
// figure of its own.
func TestFigureInLayoutTable(t *testing.T) {
	prose := strings.Repeat("<p>The council met on Monday to discuss the budget for the coming year, and the members argued for hours about the roads, the schools and the new library.</p>\n", 4)
	page := `<html><head><title>Budget talks</title></head><body><table width="100%"><tr><td width="150"><a href="/">Home</a><br><a href="/news">News</a></td>
<td><h1>Budget talks</h1>` + prose + `<table align="right"><tr><td><img src="/img/chamber.jpg" width="300" height="200"></td></tr><tr><td>The council chamber</td></tr></table>` + prose + `
<table><tr><th>Item</th><th>Cost</th></tr><tr><td><img src="/img/road.jpg" width="120" height="120"> Roads</td><td>12</td></tr><tr><td>Schools</td><td>30</td></tr></table>` + prose + `</td></tr></table></body></html>`
	d, err := Extract([]byte(page), &model.Config{URL: "https://example.com/news/budget.html"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range blocksOf(d.Body, model.Figure) {
		got = append(got, b.Image.URL)
	}
	if want := []string{"https://example.com/img/chamber.jpg"}; !cmp.Equal(want, got) {
		t.Errorf("figures %q, want %q", got, want)
	}
}
