package htmlx

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/articlekit/article/internal/model"
)

// structPage wraps body markup in an article page with enough prose for
// the extractor to choose the article element.
func structPage(inner string) []byte {
	prose := strings.Repeat("<p>The council met on Monday to discuss the budget for the coming year, and the members argued for hours about the roads, the schools and the new library.</p>\n", 4)
	return []byte(`<!doctype html><html><head><title>Budget talks</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Budget talks</h1>` + prose + inner + prose + `</article>
<footer>© Example</footer></body></html>`)
}

func extractBody(t *testing.T, page []byte) []model.Block {
	t.Helper()
	d, err := Extract(page, &model.Config{URL: "https://example.com/news/budget.html"})
	if err != nil {
		t.Fatal(err)
	}
	return d.Body
}

func blocksOf(bs []model.Block, typ model.BlockType) []model.Block {
	var out []model.Block
	for _, b := range bs {
		if b.Type == typ {
			out = append(out, b)
		}
	}
	return out
}

func TestDataTable(t *testing.T) {
	body := extractBody(t, structPage(`<table><caption>Spending by year</caption>
<thead><tr><th>Year</th><th>Roads</th><th>Schools</th></tr></thead>
<tbody><tr><td>2023</td><td rowspan="2">1.2 m</td><td>3.4 m</td></tr>
<tr><td>2024</td><td>3.9 m</td></tr>
<tr><td colspan="2">Total | all</td><td>7.3 m</td></tr></tbody></table>`))
	tables := blocksOf(body, model.Table)
	if len(tables) != 1 {
		t.Fatalf("tables = %d, want 1: %+v", len(tables), body)
	}
	want := model.Block{Type: model.Table, Header: true, Caption: "Spending by year",
		Rows: [][]string{{"Year", "Roads", "Schools"}, {"2023", "1.2 m", "3.4 m"}, {"2024", "", "3.9 m"}, {"Total | all", "", "7.3 m"}},
		Text: "Spending by year\nYear\tRoads\tSchools\n2023\t1.2 m\t3.4 m\n2024\t\t3.9 m\nTotal | all\t\t7.3 m"}
	if diff := cmp.Diff(want, tables[0]); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
	// The table sits between the paragraphs, once.
	i := 0
	for i < len(body) && body[i].Type != model.Table {
		i++
	}
	if i == 0 || i == len(body)-1 || body[i-1].Type != model.Paragraph || body[i+1].Type != model.Paragraph {
		t.Errorf("table not in its place: %+v", body)
	}
}

func TestLayoutTables(t *testing.T) {
	for name, inner := range map[string]string{
		"one column":   `<table><tr><td>First line of a boxed note.</td></tr><tr><td>Second line of the boxed note.</td></tr></table>`,
		"block cells":  `<table><tr><td><p>One paragraph of the story in a layout cell.</p><p>Another paragraph.</p></td><td>menu</td></tr><tr><td>x</td><td>y</td></tr></table>`,
		"presentation": `<table role="presentation"><tr><td>Left column text</td><td>Right column text</td></tr><tr><td>more</td><td>more</td></tr></table>`,
		"spacers":      `<table><tr><td>Cottage for sale near the lake</td><td></td><td></td></tr><tr><td></td><td>Call the broker</td><td></td></tr></table>`,
	} {
		if tables := blocksOf(extractBody(t, structPage(inner)), model.Table); len(tables) != 0 {
			t.Errorf("%s: layout table kept as data: %+v", name, tables)
		}
	}
}

// A table pasted from a word processor or an online editor sets each line
// of a cell in its own <div> or <p>: the table is data all the same.
func TestEditorTable(t *testing.T) {
	cell := func(lines ...string) string {
		var sb strings.Builder
		for _, l := range lines {
			sb.WriteString(`<div dir="ltr"><span>` + l + `</span></div>`)
		}
		return "<td>" + sb.String() + "</td>"
	}
	body := extractBody(t, structPage(`<table><tbody>
<tr>`+cell("Application")+cell("Original size")+cell("Patch size", "(% vs original)")+`</tr>
<tr>`+cell("Farm game")+cell("71.1 MB")+cell("13.4 MB (-81%)")+`</tr>
<tr>`+cell("Map viewer")+cell("32.7 MB")+cell("17.5 MB (-46%)")+`</tr></tbody></table>`))
	tables := blocksOf(body, model.Table)
	if len(tables) != 1 {
		t.Fatalf("tables = %d, want 1: %+v", len(tables), body)
	}
	want := [][]string{{"Application", "Original size", "Patch size (% vs original)"}, {"Farm game", "71.1 MB", "13.4 MB (-81%)"}, {"Map viewer", "32.7 MB", "17.5 MB (-46%)"}}
	if diff := cmp.Diff(want, tables[0].Rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

// A two-way table whose cells are marks set as pictures (a tick, a cross)
// is data, though most of its cells hold no text.
func TestMarksTable(t *testing.T) {
	tick := `<td><img src="/done.png" width="20"></td>`
	body := extractBody(t, structPage(`<table>
<tr><td></td><td>Draft</td><td>Review</td><td>Final</td></tr>
<tr><td>Load map</td>`+tick+tick+tick+`</tr>
<tr><td>Save map</td>`+tick+tick+`<td></td></tr>
<tr><td>Settings</td>`+tick+`<td></td><td></td></tr></table>`))
	tables := blocksOf(body, model.Table)
	if len(tables) != 1 {
		t.Fatalf("tables = %d, want 1: %+v", len(tables), body)
	}
	want := [][]string{{"", "Draft", "Review", "Final"}, {"Load map", "", "", ""}, {"Save map", "", "", ""}, {"Settings", "", "", ""}}
	if diff := cmp.Diff(want, tables[0].Rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

// A page laid out with tables (the convention of the table-layout era)
// holds its data tables inside the layout: the outer table is layout (a
// cell holds a table), the inner one is data.
func TestNestedDataTable(t *testing.T) {
	inner := `<table><tr><td><table><tr><th>Category</th><th>Total</th></tr><tr><td>Roads</td><td>1.2 m</td></tr><tr><td>Schools</td><td>3.4 m</td></tr></table></td><td>side</td></tr><tr><td>x</td><td>y</td></tr></table>`
	tables := blocksOf(extractBody(t, structPage(inner)), model.Table)
	if len(tables) != 1 {
		t.Fatalf("tables = %+v, want the inner table only", tables)
	}
	if want := [][]string{{"Category", "Total"}, {"Roads", "1.2 m"}, {"Schools", "3.4 m"}}; !cmp.Equal(tables[0].Rows, want) {
		t.Errorf("rows = %q, want %q", tables[0].Rows, want)
	}
}

func TestCodeBlock(t *testing.T) {
	src := "func main() {\n\tx := 1 &lt; 2\n\n    fmt.Println(x)   \n}"
	body := extractBody(t, structPage(`<pre><code class="language-Go">`+src+"\n\n</code></pre>"+
		`<pre class="prettyprint lang-py">def f():<br>    return 1</pre>`+
		`<pre>Roses are red,
   violets are blue.</pre>`))
	code := blocksOf(body, model.Code)
	want := []model.Block{
		{Type: model.Code, Text: "func main() {\n\tx := 1 < 2\n\n    fmt.Println(x)   \n}", Language: "go"},
		{Type: model.Code, Text: "def f():\n    return 1", Language: "py"},
		// A <pre> without code keeps its lines too: preformatted text
		// is a code block (see structured).
		{Type: model.Code, Text: "Roses are red,\n   violets are blue."},
	}
	if diff := cmp.Diff(want, code); diff != "" {
		t.Errorf("code (-want +got):\n%s", diff)
	}
}

func TestFigureBlocks(t *testing.T) {
	d, err := Extract(structPage(`<figure><img src="/img/council.jpg" alt="The council chamber">
<figcaption>Members at the meeting. <span class="credit">Photo: Ann Lee</span></figcaption></figure>
<p><a href="/news/other-story.html"><img src="/img/teaser.jpg"></a> <img src="/img/icon-share.png"> <img src="/img/chart.png" width="40"></p>
<div class="ad"><figure><img src="/img/ad.jpg"></figure></div>`), &model.Config{URL: "https://example.com/news/budget.html"})
	if err != nil {
		t.Fatal(err)
	}
	figs := blocksOf(d.Body, model.Figure)
	want := []model.Block{{Type: model.Figure, Image: &model.Image{URL: "https://example.com/img/council.jpg",
		Caption: "Members at the meeting.", Alt: "The council chamber", Credit: "Photo: Ann Lee"}}}
	if diff := cmp.Diff(want, figs); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
	listed := false
	for _, im := range d.Images {
		if im.URL == "https://example.com/img/council.jpg" && im.Credit == "Photo: Ann Lee" && im.Alt != "" {
			listed = true
		}
	}
	if !listed {
		t.Errorf("the figure's picture is not in Images: %+v", d.Images)
	}
}

// TestFiguresAlone: pictures without a word of text make no body.
func TestFiguresAlone(t *testing.T) {
	d, err := Extract([]byte(`<html><body><figure><img src="https://example.com/a.jpg"></figure></body></html>`), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Body) != 0 {
		t.Errorf("body = %+v, want none", d.Body)
	}
}

// TestFigureInList: a picture between two items of a list follows the
// list, which stays one block.
func TestFigureInList(t *testing.T) {
	body := extractBody(t, structPage(`<ul><li>The first stop of the trip was the harbour, early in the morning.</li>
<li><img src="https://example.com/img/harbour.jpg" alt="harbour"></li>
<li>The second stop was the old lighthouse on the cliff above the bay.</li></ul>`))
	lists := blocksOf(body, model.List)
	if len(lists) != 1 || strings.Count(lists[0].Text, "\n") != 1 {
		t.Fatalf("lists = %+v, want one of two items", lists)
	}
	for i, b := range body {
		if b.Type == model.List && (i+1 == len(body) || body[i+1].Type != model.Figure) {
			t.Errorf("the picture does not follow the list: %+v", body)
		}
	}
}

// TestLayoutTableRowsKept: every row of a table that is not kept as a
// table stays in the body as text.
func TestLayoutTableRowsKept(t *testing.T) {
	body := extractBody(t, structPage(`<table><tr><td>First row of the spacer table with words.</td><td></td><td></td></tr>
<tr><td></td><td>Second row of the spacer table with words.</td><td></td></tr>
<tr><td></td><td></td><td>Third row of the spacer table with words.</td></tr></table>`))
	n := 0
	for _, b := range body {
		if strings.Contains(b.Text, "row of the spacer table") {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d rows kept, want 3: %+v", n, body)
	}
}
