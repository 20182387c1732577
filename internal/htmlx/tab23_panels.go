package htmlx

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Data tables in the other panels of a tabs or accordion widget.
//
// A tabs or accordion widget (Bootstrap's tab-pane, ARIA's
// role="tabpanel", the "accordion" of CMS themes and recipe templates)
// sets a page's content in sibling panels, one shown at a time: a
// recipe's ingredients and its preparation, a match report's live
// coverage and its facts (venue, referee, line-ups). The scorer picks the
// panel with the most prose, and the data tables of the other panels of
// the same widget are left out, though they are the same story's. They
// are siblings of the chosen panel, named as it is, not furniture beside
// it. panelTables returns them: the data tables (as besideTables judges
// tables beside the body: by shape, not a grid of links, no furniture,
// no calendar, no form) under the siblings of the panel that holds the
// chosen element root, when the panel is at most panelLevels above root,
// its name says it is a panel and the sibling shares that name.

// panelLevels is how far above the chosen element its panel may be.
const panelLevels = 3

// panelTables returns the data tables in the other panels of the widget
// whose panel holds root (see above); nil when root is in no panel.
func (w *ContentWalker) panelTables(root *html.Node) []*html.Node {
	p := root
	var name string
	for k := 0; k <= panelLevels && p != nil; k, p = k+1, p.Parent {
		if p.Type != html.ElementNode || p.DataAtom == atom.Body || p.DataAtom == atom.Html {
			return nil
		}
		if name = panelName(p); name != "" {
			break
		}
	}
	if p == nil || name == "" || p.Parent == nil {
		return nil
	}
	var out []*html.Node
	for q := p.Parent.FirstChild; q != nil; q = q.NextSibling {
		if q == p || q.Type != html.ElementNode || panelName(q) != name {
			continue
		}
		for t := range q.Descendants() {
			if t.Type != html.ElementNode || t.DataAtom != atom.Table {
				continue
			}
			i := w.firstBlockIn(t)
			if i < 0 || w.Blocks[i].boiler || !dataTable(t) || linkGrid(t) || !w.noFurniture(t, i) || calendarGrid(t) || holdsForm(t, 0) {
				continue
			}
			out = append(out, t)
		}
	}
	return out
}

// panelName returns the name that makes element n a panel of a tabs or
// accordion widget: role="tabpanel", or a class naming a tab pane, a tab
// or an accordion ("tab-pane", "coveragetab", "m022-accordion"); "" when
// none does. A class naming a table or a tablet is no tab.
func panelName(n *html.Node) string {
	if strings.EqualFold(attr(n, "role"), "tabpanel") {
		return "role=tabpanel"
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		switch {
		case strings.Contains(c, "accordion") && !strings.Contains(c, "accordion-"):
			return c
		case strings.HasSuffix(c, "tab-pane") || strings.HasSuffix(c, "tabpane") || strings.HasSuffix(c, "tab-panel") || strings.HasSuffix(c, "tabpanel"):
			return c
		case strings.HasSuffix(c, "tab") && !strings.HasSuffix(c, "stab"):
			return c
		}
	}
	return ""
}

// firstBlockIn returns the index of the first text block under n, -1
// when none is.
func (w *ContentWalker) firstBlockIn(n *html.Node) int {
	for i := range w.Blocks {
		if isAncestor(n, w.Blocks[i].owner) {
			return i
		}
	}
	return -1
}
