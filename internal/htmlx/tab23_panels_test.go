package htmlx

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
)

// Hand-written pages for the tables in the other panels of a tabs or
// accordion widget (tab23_panels.go): the story's prose in one panel,
// its data table in a sibling panel named as the first, before or after
// it. And what the rule leaves alone: a sibling that is no panel of the
// same widget, a panel's grid of links, a form laid out in a table, and
// class names that speak of tables or tablets rather than tabs.

func TestTab23PanelTables(t *testing.T) {
	title := `<h1 class="entry-title">Council approves new water rates</h1>`
	prose := t16Prose(0, 6, "")
	tp := t16Table("")
	links := `<table><tr><td><a href="/a">Bridge closed for repairs</a></td><td><a href="/b">School board names new head</a></td></tr>` +
		`<tr><td><a href="/c">Storm knocks out power</a></td><td><a href="/d">Library opens late on Fridays</a></td></tr></table>`
	// A panel of links to other stories, as such widgets carry: with it
	// the panel of prose is the densest element, and the scorer picks it
	// rather than the widget (as on the real pages of tables3).
	more := `<h2>More from City Daily</h2><ul>`
	for _, h := range []string{"Bridge closed for repairs this weekend", "School board names new head", "Storm knocks out power to thousands", "Library opens late on Fridays", "Market moves to the old station", "Bus fares rise in March", "Park gets new playground", "Hospital car park to close"} {
		more += `<li><a href="/news/` + h[:4] + `">` + h + `</a></li>`
	}
	more += `</ul>`
	// A panel's own introduction, long enough that besideTables does not
	// reach past it to the table.
	intro := `<p>The utility publishes the rates per 1,000 gallons for every district of the city, old and new, on its own site as well.</p>`
	form := `<table><tr><td>Name</td><td><input name="n"></td></tr><tr><td>E-mail</td><td><input name="e"></td></tr><tr><td>Town</td><td><input name="t"></td></tr></table>`
	cases := []struct {
		name    string
		article string
		want    [][][]string
	}{
		{"accordion, table before", `<article>` + title + `<div class="content-box">` +
			`<div class="m1-accordion is-closed"><h2>Rates</h2><div class="m1-accordion-content">` + tp + `</div></div>` +
			`<div class="m1-accordion"><h2>Story</h2><div class="m1-accordion-content"><div class="story">` + prose + `</div></div></div>` +
			`<div class="m1-accordion"><div class="m1-accordion-content">` + more + `</div></div>` +
			`</div></article>`, [][][]string{t16Rates}},
		{"tab panes, table after", `<article>` + title + `<div class="tab-content">` +
			`<div class="tab-pane active" role="tabpanel">` + prose + `</div>` +
			`<div class="tab-pane" role="tabpanel">` + more + `</div>` +
			`<div class="tab-pane" role="tabpanel"><h2>Rates by district</h2>` + intro + tp + `</div>` +
			`</div></article>`, [][][]string{t16Rates}},
		{"coverage tabs", `<article>` + title + `<div class="coverage">` +
			`<div class="coveragetab on"><div class="coveragelist">` + prose + `</div></div>` +
			`<div class="coveragetab">` + more + `</div>` +
			`<div class="coveragetab">` + intro + tp + `</div>` +
			`</div></article>`, [][][]string{t16Rates}},
		// The negative cases set the table before the story: a table right
		// after it is taken by besideTables whatever its wrapper.
		{"sibling not a panel", `<article>` + title + `<div class="content-box">` +
			`<div class="promo-box">` + tp + `</div>` +
			`<div class="m1-accordion"><div class="story">` + prose + `</div></div>` +
			`<div class="m1-accordion">` + more + `</div>` +
			`</div></article>`, nil},
		{"panel of links", `<article>` + title + `<div class="tab-content">` +
			`<div class="tab-pane">` + links + `</div><div class="tab-pane active">` + prose + `</div><div class="tab-pane">` + more + `</div>` +
			`</div></article>`, nil},
		{"panel with a form", `<article>` + title + `<div class="tab-content">` +
			`<div class="tab-pane">` + form + `</div><div class="tab-pane active">` + prose + `</div><div class="tab-pane">` + more + `</div>` +
			`</div></article>`, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Extract(t16Page(c.article), &model.Config{URL: "https://example.com/news/rates.html"})
			if err != nil {
				t.Fatal(err)
			}
			var got [][][]string
			for _, tb := range blocksOf(d.Body, model.Table) {
				got = append(got, tb.Rows)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Fatalf("tables (-want +got):\n%s\nbody:\n%s", diff, t16Show(d.Body))
			}
			t16Once(t, d.Body)
		})
	}
}

// TestTab23PanelName checks the names that make an element a panel of a
// tabs or accordion widget, and some that do not.
func TestTab23PanelName(t *testing.T) {
	for class, want := range map[string]string{
		"tab-pane active":                   "tab-pane",
		"coveragetab on":                    "coveragetab",
		"m022-accordion is-closed":          "m022-accordion",
		"accordion-item":                    "",
		"stable":                            "",
		"table-responsive":                  "",
		"wp-block-table":                    "",
		"tablet-only":                       "",
		"product-tabpanel product-specs":    "product-tabpanel",
		"js-accordion m022-accordion--open": "js-accordion",
	} {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: class}}}
		if got := panelName(n); got != want {
			t.Errorf("panelName(class=%q) = %q, want %q", class, got, want)
		}
	}
	n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "role", Val: "tabpanel"}}}
	if got := panelName(n); got != "role=tabpanel" {
		t.Errorf("panelName(role=tabpanel) = %q", got)
	}
}
