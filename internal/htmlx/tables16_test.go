package htmlx

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/articlekit/article/internal/model"
)

// Hand-written pages for the conventions by which CMSs and page templates
// set a data table beside or inside an article's text (issue 17): block
// editors' and table plugins' wrappers, responsive scroll boxes, bodies
// whose paragraphs sit in separate containers, a table after the last
// paragraph under a heading or a caption, tables in <figure>, row groups,
// merged cells, cells with a few links against a grid of links, and a
// layout table holding the whole page. Each page is a whole page, with a
// header menu, a sidebar of links and a footer, so that the choice of the
// article element is made as on a real page.

// t16Para are paragraphs of a story, each distinct.
var t16Para = []string{
	"The city council approved new water rates on Tuesday after a long debate that stretched late into the evening, with residents filling the public gallery.",
	"Officials said the increase was needed to pay for repairs to pipes laid more than eighty years ago, many of which now leak or burst every winter.",
	"Critics argued that the burden would fall hardest on families in the older districts, where bills are already higher than in the suburbs.",
	"The mayor promised a relief fund for households on low incomes, though she did not say how large it would be or when it would open.",
	"Engineers from the utility told the meeting that the worst mains would be replaced first, starting in the spring and lasting at least three years.",
	"The new rates take effect in January, and the council will review them again after the first year of the repair programme has been completed.",
}

// t16Prose returns paragraphs i..j-1 of t16Para, each in <p>, or each in
// its own wrapper when wrap is an element's opening tag.
func t16Prose(i, j int, wrap string) string {
	var sb strings.Builder
	for k := i; k < j; k++ {
		p := "<p>" + t16Para[k] + "</p>\n"
		if wrap != "" {
			name := strings.Fields(strings.Trim(wrap, "<>"))[0]
			p = wrap + p + "</" + name + ">\n"
		}
		sb.WriteString(p)
	}
	return sb.String()
}

// t16Page sets an article's markup in a page of today's templates.
func t16Page(article string) []byte {
	return []byte(`<!doctype html><html><head><title>Council approves new water rates</title></head><body>
<header class="site-header"><a href="/">City Daily</a><nav class="menu"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<div class="container"><main class="site-main">` + article + `</main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/news/a">Bridge closed for repairs this weekend</a></li><li><a href="/news/b">School board names new head</a></li><li><a href="/news/c">Storm knocks out power to thousands</a></li></ul></aside></div>
<footer class="site-footer"><p>© 2024 City Daily. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>`)
}

// t16Rates is the data table of the pages, as its rows should come out.
var t16Rates = [][]string{
	{"District", "Old rate", "New rate", "Change"},
	{"Northside", "$3.10", "$3.55", "+14%"},
	{"Riverside", "$2.95", "$3.40", "+15%"},
	{"Old Town", "$3.40", "$3.95", "+16%"},
	{"Hillcrest", "$2.80", "$3.20", "+14%"},
}

// t16Table writes t16Rates as a table with a header row in <thead>; attrs
// go in the <table> tag.
func t16Table(attrs string) string {
	var sb strings.Builder
	sb.WriteString("<table" + attrs + "><thead><tr>")
	for _, c := range t16Rates[0] {
		sb.WriteString("<th>" + c + "</th>")
	}
	sb.WriteString("</tr></thead><tbody>")
	for _, r := range t16Rates[1:] {
		sb.WriteString("<tr>")
		for _, c := range r {
			sb.WriteString("<td>" + c + "</td>")
		}
		sb.WriteString("</tr>")
	}
	sb.WriteString("</tbody></table>\n")
	return sb.String()
}

// t16Case is a page and what its body should hold: the tables' rows in
// order (none for a page whose tables are layout or menus), the caption
// of the first table when the page prints one, and whether a table sits
// between two paragraphs of the story (else after the last one).
type t16Case struct {
	name    string
	page    []byte
	want    [][][]string
	caption string
	between bool
}

func t16Cases() []t16Case {
	title := `<h1 class="entry-title">Council approves new water rates</h1>`
	tp := t16Table("")
	var cs []t16Case
	add := func(name string, between bool, caption string, article string, want ...[][]string) {
		cs = append(cs, t16Case{name: name, page: t16Page(article), want: want, caption: caption, between: between})
	}
	add("wp block table", true, "Rates per 1,000 gallons", `<article class="post">`+title+`<div class="entry-content">`+t16Prose(0, 3, "")+
		`<figure class="wp-block-table is-style-stripes">`+tp+`<figcaption class="wp-element-caption">Rates per 1,000 gallons</figcaption></figure>`+
		t16Prose(3, 6, "")+`</div></article>`, t16Rates)
	add("tablepress wrapper", true, "", `<article class="post">`+title+`<div class="entry-content">`+t16Prose(0, 3, "")+
		`<div id="tablepress-3_wrapper" class="dataTables_wrapper no-footer"><div class="dataTables_length" id="tablepress-3_length"><label>Show <select name="tablepress-3_length"><option value="10">10</option><option value="25">25</option></select> entries</label></div>`+
		`<div id="tablepress-3_filter" class="dataTables_filter"><label>Search:<input type="search" class=""></label></div>`+
		t16Table(` id="tablepress-3" class="tablepress tablepress-id-3 dataTable no-footer"`)+
		`<div class="dataTables_info" id="tablepress-3_info" role="status">Showing 1 to 4 of 4 entries</div><div class="dataTables_paginate paging_simple" id="tablepress-3_paginate"><a class="paginate_button previous disabled">Previous</a><a class="paginate_button next disabled">Next</a></div></div>`+
		t16Prose(3, 6, "")+`</div></article>`, t16Rates)
	add("tablepress after body", false, "", `<article class="post">`+title+`<div class="entry-content">`+t16Prose(0, 6, "")+
		`<h2 id="tablepress-3-name" class="tablepress-table-name tablepress-table-name-id-3">Rates by district</h2>`+
		t16Table(` id="tablepress-3" class="tablepress tablepress-id-3"`)+`</div></article>`, t16Rates)
	add("bootstrap responsive", true, "", `<article>`+title+`<div class="article-body">`+t16Prose(0, 3, "")+
		`<div class="table-responsive">`+t16Table(` class="table table-striped table-bordered"`)+`</div>`+t16Prose(3, 6, "")+`</div></article>`, t16Rates)
	add("table-wrapper overflow", true, "", `<article>`+title+`<div class="article-body">`+t16Prose(0, 3, "")+
		`<div class="table-wrapper" style="overflow-x:auto">`+t16Table("")+`</div>`+t16Prose(3, 6, "")+`</div></article>`, t16Rates)
	add("table-container", true, "", `<article>`+title+`<div class="article-body">`+t16Prose(0, 3, "")+
		`<div class="table-container"><div class="table-scroll" style="overflow-x: auto; width: 100%">`+t16Table("")+`</div></div>`+t16Prose(3, 6, "")+`</div></article>`, t16Rates)
	add("paragraphs in divs, table between", true, "", `<article>`+title+`<div class="story-body">`+t16Prose(0, 3, `<div class="text-block">`)+
		`<div class="embed embed--table"><div class="table-wrapper">`+t16Table("")+`</div></div>`+t16Prose(3, 6, `<div class="text-block">`)+`</div></article>`, t16Rates)
	add("paragraph slots, table in own slot", true, "", `<article>`+title+`<div class="story">`+
		`<div class="story-text">`+t16Prose(0, 3, "")+`</div>`+
		`<div class="story-inline"><div class="inline-table">`+t16Table("")+`</div></div>`+
		`<div class="story-text">`+t16Prose(3, 6, "")+`</div></div></article>`, t16Rates)
	add("after last paragraph, heading over it", false, "", `<article>`+title+`<div class="story">`+
		`<div class="story-text" itemprop="articleBody">`+t16Prose(0, 6, "")+`</div>`+
		`<div class="story-extra"><h3>New water rates by district</h3>`+t16Table("")+`</div></div></article>`, t16Rates)
	add("after last paragraph, caption", false, "New water rates by district", `<article>`+title+`<div class="story">`+
		`<div class="story-text">`+t16Prose(0, 6, "")+`</div>`+
		`<div class="data-box">`+strings.Replace(t16Table(""), "<thead>", "<caption>New water rates by district</caption><thead>", 1)+`</div></div></article>`, t16Rates)
	add("after last paragraph, two levels out", false, "", `<article>`+title+`<div class="article__content"><div class="article__body"><div class="rich-text">`+t16Prose(0, 6, "")+
		`</div></div><div class="article__table"><div class="table-responsive">`+t16Table("")+`</div></div></div></article>`, t16Rates)
	add("figure with figcaption", true, "Table 1. New water rates by district", `<article>`+title+`<div class="content">`+t16Prose(0, 3, "")+
		`<figure class="table">`+t16Table("")+`<figcaption>Table 1. New water rates by district</figcaption></figure>`+t16Prose(3, 6, "")+`</div></article>`, t16Rates)
	// HTML 4 sets <tfoot> before <tbody>; a browser draws it last.
	tfoot := `<table><thead><tr><th>District</th><th>Households</th><th>Repairs</th></tr></thead>` +
		`<tfoot><tr><td>Total</td><td>41,000</td><td>215</td></tr></tfoot>` +
		`<tbody><tr><td>Northside</td><td>12,000</td><td>60</td></tr><tr><td>Riverside</td><td>9,500</td><td>48</td></tr><tr><td>Old Town</td><td>19,500</td><td>107</td></tr></tbody></table>`
	add("thead tfoot tbody", true, "", `<article>`+title+`<div class="content">`+t16Prose(0, 3, "")+tfoot+t16Prose(3, 6, "")+`</div></article>`,
		[][]string{{"District", "Households", "Repairs"}, {"Northside", "12,000", "60"}, {"Riverside", "9,500", "48"}, {"Old Town", "19,500", "107"}, {"Total", "41,000", "215"}})
	merged := `<table><tr><th rowspan="2">District</th><th colspan="2">Rate</th><th rowspan="2">Change</th></tr>` +
		`<tr><th>Old</th><th>New</th></tr>` +
		`<tr><td>Northside</td><td>$3.10</td><td>$3.55</td><td rowspan="2">+14%</td></tr>` +
		`<tr><td>Hillcrest</td><td>$2.80</td><td>$3.20</td></tr>` +
		`<tr><td>Old Town</td><td colspan="2">$3.40 (unchanged)</td><td>0%</td></tr></table>`
	add("rowspan colspan", true, "", `<article>`+title+`<div class="content">`+t16Prose(0, 3, "")+merged+t16Prose(3, 6, "")+`</div></article>`,
		[][]string{{"District", "Rate", "", "Change"}, {"", "Old", "New", ""}, {"Northside", "$3.10", "$3.55", "+14%"}, {"Hillcrest", "$2.80", "$3.20", ""}, {"Old Town", "$3.40 (unchanged)", "", "0%"}})
	prices := `<table><tr><th>Plan</th><th>Price</th><th>Billing</th></tr>` +
		`<tr><td><a href="/plans/basic">Basic</a></td><td>$10</td><td>monthly</td></tr>` +
		`<tr><td><a href="/plans/family">Family</a></td><td>$18</td><td>monthly</td></tr>` +
		`<tr><td><a href="/plans/business">Business</a></td><td>$45</td><td>yearly</td></tr></table>`
	add("price list with links", true, "", `<article>`+title+`<div class="content">`+t16Prose(0, 3, "")+prices+t16Prose(3, 6, "")+`</div></article>`,
		[][]string{{"Plan", "Price", "Billing"}, {"Basic", "$10", "monthly"}, {"Family", "$18", "monthly"}, {"Business", "$45", "yearly"}})
	sched := `<table><tr><th>Date</th><th>Meeting</th><th>Place</th></tr>` +
		`<tr><td>12 Feb</td><td><a href="/agenda/1">Budget hearing</a></td><td>City Hall</td></tr>` +
		`<tr><td>26 Feb</td><td><a href="/agenda/2">Rates review</a></td><td>Library</td></tr>` +
		`<tr><td>11 Mar</td><td><a href="/agenda/3">Final vote</a></td><td>City Hall</td></tr></table>`
	add("schedule after body, links", false, "", `<article>`+title+`<div class="story"><div class="story-text">`+t16Prose(0, 6, "")+`</div>`+
		`<div class="story-table"><div class="table-wrapper">`+sched+`</div></div></div></article>`,
		[][]string{{"Date", "Meeting", "Place"}, {"12 Feb", "Budget hearing", "City Hall"}, {"26 Feb", "Rates review", "Library"}, {"11 Mar", "Final vote", "City Hall"}})
	menu := `<table class="links"><tr><td><a href="/news/1">Bridge closed for repairs</a></td><td><a href="/news/2">School board names head</a></td></tr>` +
		`<tr><td><a href="/news/3">Storm knocks out power</a></td><td><a href="/news/4">Market reopens downtown</a></td></tr>` +
		`<tr><td><a href="/news/5">Library extends hours</a></td><td><a href="/news/6">Park gets new benches</a></td></tr></table>`
	add("link grid after body", false, "", `<article>`+title+`<div class="story"><div class="story-text">`+t16Prose(0, 6, "")+`</div>`+
		`<div class="story-more">`+menu+`</div></div></article>`)
	add("after last paragraph, three levels out", false, "", `<article>`+title+`<div class="article__content"><div class="article__main"><div class="article__body"><div class="rich-text">`+t16Prose(0, 6, "")+
		`</div></div></div><div class="article__inline"><div class="table-responsive">`+t16Table("")+`</div></div></div></article>`, t16Rates)
	add("after body, embed wrapper", false, "", `<article>`+title+`<div class="story"><div class="story-text">`+t16Prose(0, 6, "")+`</div>`+
		`<div class="embed embed--table">`+t16Table(` class="dataTable no-footer"`)+`</div></div></article>`, t16Rates)
	add("short story, big table", false, "", `<article>`+title+`<div class="story"><div class="story-text">`+t16Prose(0, 6, "")+`</div>`+
		`<div class="table-wrapper">`+t16Big()+`</div></div></article>`, t16BigRows())
	add("table with source note", false, "", `<article>`+title+`<div class="story"><div class="story-text">`+t16Prose(0, 6, "")+`</div>`+
		`<div class="table-block"><h4>New rates</h4>`+t16Table("")+`<p class="table-note">Source: City Water Utility, rates per 1,000 gallons.</p></div></div></article>`, t16Rates)
	layout := `<table width="100%" cellpadding="0" cellspacing="0"><tr><td width="150" valign="top"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/sport">Sport</a><br><a href="/weather">Weather</a></td>` +
		`<td valign="top"><h1>Council approves new water rates</h1>` + t16Prose(0, 3, "") + `<table border="1">` + strings.TrimPrefix(t16Table(""), "<table>") + t16Prose(3, 6, "") +
		`</td><td width="160" valign="top">Advertisement<br><a href="/ads/1">Cheap loans today</a></td></tr>` +
		`<tr><td colspan="3"><small>© 2004 City Daily</small></td></tr></table>`
	cs = append(cs, t16Case{name: "layout table holding the page", between: true, want: [][][]string{t16Rates},
		page: []byte(`<html><head><title>Council approves new water rates</title></head><body>` + layout + `</body></html>`)})
	// Pages of the table-layout era: the story in a cell of a layout
	// table, the data table in the next row of the same column, or
	// further down the same cell after a run of <br>-separated text.
	nav := `<tr><td colspan="2"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/contact">Contact</a></td></tr>`
	side := `<td width="160" valign="top"><b>Links</b><br><a href="/a">Archive</a><br><a href="/b">Weather</a><br><a href="/c">Classifieds</a><br><a href="/d">Obituaries</a></td>`
	foot := `<tr><td colspan="2"><small>Copyright 2003 City Daily. <a href="/privacy">Privacy</a></small></td></tr>`
	old := func(rows string) []byte {
		return []byte(`<html><head><title>Council approves new water rates</title></head><body><table width="760" border="0">` + nav + rows + foot + `</table></body></html>`)
	}
	cs = append(cs, t16Case{name: "layout: table in the next row", want: [][][]string{t16Rates}, page: old(
		`<tr><td valign="top"><font size="4"><b>Council approves new water rates</b></font>` + t16Prose(0, 6, "") + `</td>` + side + `</tr>` +
			`<tr><td>` + t16Table(` border="1"`) + `</td><td></td></tr>`)})
	var brs strings.Builder
	for _, p := range t16Para {
		brs.WriteString(`<font face="Arial">` + p + `</font><br><br>`)
	}
	cs = append(cs, t16Case{name: "layout: br text then table in the cell", want: [][][]string{t16Rates}, page: old(
		`<tr><td valign="top"><font size="4"><b>Council approves new water rates</b></font><br>` + brs.String() + t16Table(` border="1"`) + `</td>` + side + `</tr>`)})
	cs = append(cs, t16Case{name: "layout: centered table after content div", want: [][][]string{t16Rates}, page: old(
		`<tr><td valign="top"><div id="content"><h2>Council approves new water rates</h2>` + t16Prose(0, 6, "") + `</div><center>` + t16Table(` border="1"`) + `</center></td>` + side + `</tr>`)})
	cs = append(cs, t16Case{name: "layout: table in its own table row", want: [][][]string{t16Rates}, page: old(
		`<tr><td valign="top"><table><tr><td><h2>Council approves new water rates</h2>` + t16Prose(0, 6, "") + `</td></tr><tr><td>` + t16Table(` border="1"`) + `</td></tr></table></td>` + side + `</tr>`)})
	cs = append(cs, t16Case{name: "intro line between body and table", want: [][][]string{t16Rates}, page: t16Page(`<article>` + title +
		`<div class="story"><div class="story-text">` + t16Prose(0, 6, "") + `</div><div class="story-data"><p>The table below lists the old and the new rate for every district of the city, per thousand gallons.</p>` +
		t16Table("") + `</div></div></article>`)})
	// A list of documents: the title column is a link, and holds most of
	// the letters; the other columns are text. Data, not a link grid.
	docs := `<table><tr><th>Document</th><th>Format</th><th>Size</th></tr>` +
		`<tr><td><a href="/docs/rates-2024.pdf">Water rates schedule for the year 2024</a></td><td>PDF</td><td>1.2 MB</td></tr>` +
		`<tr><td><a href="/docs/mains-survey.pdf">Survey of the condition of the water mains</a></td><td>PDF</td><td>4.8 MB</td></tr>` +
		`<tr><td><a href="/docs/relief-form.doc">Application form for the household relief fund</a></td><td>DOC</td><td>90 KB</td></tr></table>`
	add("documents list after body", false, "", `<article>`+title+`<div class="story"><div class="story-text">`+t16Prose(0, 6, "")+`</div>`+
		`<div class="story-docs">`+docs+`</div></div></article>`,
		[][]string{{"Document", "Format", "Size"}, {"Water rates schedule for the year 2024", "PDF", "1.2 MB"}, {"Survey of the condition of the water mains", "PDF", "4.8 MB"}, {"Application form for the household relief fund", "DOC", "90 KB"}})
	// A template that nests the text deep in its grid: the table, after
	// the text, is in the same <article> though four wrappers out.
	add("after body, deep in the same article", false, "", `<article class="story">`+title+`<div class="grid"><div class="row"><div class="col-main"><div class="col-inner"><div class="text">`+t16Prose(0, 6, "")+
		`</div></div></div></div></div><div class="story-appendix"><div class="table-responsive">`+t16Table("")+`</div></div></article>`, t16Rates)
	return cs
}

// t16BigRows is a table of 20 rows, as it should come out.
func t16BigRows() [][]string {
	rows := [][]string{{"Street", "Main laid", "Leaks in 2023", "Repair"}}
	names := []string{"Oak", "Elm", "Pine", "Maple", "Cedar", "Birch", "Ash", "Willow", "Spruce", "Poplar", "Alder", "Hazel", "Rowan", "Laurel", "Holly", "Juniper", "Linden", "Walnut", "Chestnut", "Sycamore"}
	for i, n := range names {
		rows = append(rows, []string{n + " Street", fmt.Sprint(1921 + i*3), fmt.Sprint(2 + i%7), []string{"spring", "summer", "autumn"}[i%3] + " " + fmt.Sprint(2025+i%3)})
	}
	return rows
}

// t16Big writes t16BigRows as a table.
func t16Big() string {
	var sb strings.Builder
	sb.WriteString("<table>")
	for i, r := range t16BigRows() {
		sb.WriteString("<tr>")
		for _, c := range r {
			if i == 0 {
				sb.WriteString("<th>" + c + "</th>")
			} else {
				sb.WriteString("<td>" + c + "</td>")
			}
		}
		sb.WriteString("</tr>")
	}
	sb.WriteString("</table>")
	return sb.String()
}

// TestTables16Pages checks every page: its tables come out as table
// blocks, cells in their row and column, in their place; link grids and
// layout tables do not.
func TestTables16Pages(t *testing.T) {
	for _, c := range t16Cases() {
		t.Run(c.name, func(t *testing.T) {
			d, err := Extract(c.page, &model.Config{URL: "https://example.com/news/rates.html"})
			if err != nil {
				t.Fatal(err)
			}
			tables := blocksOf(d.Body, model.Table)
			var got [][][]string
			for _, tb := range tables {
				got = append(got, tb.Rows)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Fatalf("tables (-want +got):\n%s\nbody:\n%s", diff, t16Show(d.Body))
			}
			if len(tables) == 0 {
				return
			}
			if c.caption != "" && tables[0].Caption != c.caption {
				t.Errorf("caption = %q, want %q", tables[0].Caption, c.caption)
			}
			// In its place: after the story's third paragraph, and
			// before the fourth when it sits between paragraphs.
			at := -1
			for i, b := range d.Body {
				if b.Type == model.Table {
					at = i
					break
				}
			}
			before, after := t16ParaIndex(d.Body[:at], true), t16ParaIndex(d.Body[at+1:], false)
			if c.between && (before != 2 || after != 3) || !c.between && (before != 5 || after != -1) {
				t.Errorf("table out of place (last paragraph before %d, first after %d):\n%s", before, after, t16Show(d.Body))
			}
			t16Once(t, d.Body)
		})
	}
}

// t16Once checks that every paragraph of the story is in body, once.
func t16Once(t *testing.T, body []model.Block) {
	t.Helper()
	for i, p := range t16Para {
		n := 0
		for _, b := range body {
			if b.Text == p {
				n++
			}
		}
		if n != 1 {
			t.Errorf("paragraph %d found %d times:\n%s", i, n, t16Show(body))
		}
	}
}

// t16ParaIndex returns the index in t16Para of the last story paragraph
// among bs when last, of the first otherwise; -1 when there is none.
func t16ParaIndex(bs []model.Block, last bool) int {
	at := -1
	for _, b := range bs {
		for k, p := range t16Para {
			if b.Text == p && (last || at < 0) {
				at = k
			}
		}
	}
	return at
}

// t16Show lists a body's blocks, one a line.
func t16Show(bs []model.Block) string {
	var sb strings.Builder
	for _, b := range bs {
		txt := b.Text
		if len(txt) > 70 {
			txt = txt[:70] + "…"
		}
		fmt.Fprintf(&sb, "  %s %q\n", b.Type, txt)
	}
	return sb.String()
}
