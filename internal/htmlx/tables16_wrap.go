package htmlx

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Data tables in wrappers named like furniture.
//
// Table plugins and CMS templates set a data table in wrappers of their
// own, and some of their names are furniture words elsewhere: DataTables
// (and TablePress, which uses it) adds "no-footer" to a table without a
// <tfoot> and wraps it with its search box, page size and pager; block
// editors and newsroom CMSs set inline elements in "embed" slots
// ("embed--table"); theme wrappers are called "widget-table" or
// "table-caption". The walk marks the cells of such a table furniture by
// the name, and the body loses the table. A wrapper is furniture because
// of what it holds, though: one that holds a data table and next to
// nothing else (a title, a source line, the plugin's controls) is the
// table's wrapper, whatever it is called. freeWrappedTables lifts the
// furniture mark from the blocks of such tables; their wrapper's own
// lines (the pager, "Showing 1 to 4 of 4 entries") stay furniture.

// wrapperSlack is the most text (letters and digits) a table's wrapper
// may hold besides the table: a title, a caption, a source line, a
// plugin's controls; and never more than the table itself.
const wrapperSlack = 200

// freeWrappedTables lifts the furniture mark from the blocks of the data
// tables inside root, or beside it as besideTables looks for them (at
// most besideLevels above root), that are furniture only by the names of
// wrappers holding nothing but the table (see wrappedTable).
func (w *ContentWalker) freeWrappedTables(root *html.Node) {
	if root == nil {
		return
	}
	up := besideRegion(root)
	var verdicts map[*html.Node]bool // each table judged once
	for i := range w.Blocks {
		b := &w.Blocks[i]
		if !b.boiler {
			continue
		}
		t := enclosing(b.owner, atom.Table, 8)
		if t == nil || !isAncestor(up, t) || isAncestor(t, root) {
			continue
		}
		free, ok := verdicts[t]
		if !ok {
			if verdicts == nil {
				verdicts = map[*html.Node]bool{}
			}
			free = w.wrappedTable(t, root, i)
			verdicts[t] = free
		}
		if free {
			b.boiler = false
		}
	}
}

// wrappedTable reports whether table t, whose block i is marked
// furniture, is a data table (dataTable, no calendar, no form, links in
// less than a third of its text) marked only by names on the table, on
// its cells, or on wrappers between it and root (or the common ancestor
// of the two) that hold at most wrapperSlack letters besides it. A mark
// by a tag (<nav>, <aside>, <footer>, <header>) or by a class that
// hides the element is never lifted, nor one from above that ancestor.
func (w *ContentWalker) wrappedTable(t, root *html.Node, i int) bool {
	top := root
	for !isAncestor(top, t) {
		top = top.Parent
	}
	marked := false
	for n := w.Blocks[i].owner; n != nil && n != top; n = n.Parent {
		tag, cls := w.furnitureMark(n)
		if !tag && !cls {
			continue
		}
		marked = true
		if tag || hidingClass(attr(n, "class")) {
			return false
		}
		if n == t || isAncestor(t, n) {
			continue // the table's or a cell's own name
		}
		if !w.onlyTable(n, t, i) {
			return false
		}
	}
	if !marked || !dataTable(t) || calendarGrid(t) || holdsForm(t, 0) {
		return false
	}
	runes, links := w.blocksUnder(t, i)
	return runes > 0 && links*3 < runes
}

// furnitureMark reports whether the walk marks element n furniture by its
// tag or by its class or id, as Walk does.
func (w *ContentWalker) furnitureMark(n *html.Node) (tag, cls bool) {
	if n.Type != html.ElementNode {
		return false, false
	}
	a := n.DataAtom
	if a == atom.Body || a == atom.Html || a == atom.Main || attr(n, "itemprop") == "articleBody" {
		return false, false
	}
	if !w.UseHints {
		return a == atom.Nav || a == atom.Footer, false
	}
	if boilerTagSet.has(a) && !(a == atom.Header && inArticle(n)) {
		return true, false
	}
	return false, classBoiler(n) == boilerHard
}

// besideRegion returns the element under which besideTables looks for
// tables beside root: its ancestor besideLevels up, below the page's body
// (whose children are the page's regions), or root itself.
func besideRegion(root *html.Node) *html.Node {
	up := root
	for k := 0; k < besideLevels; k++ {
		p := up.Parent
		if p == nil || p.Type != html.ElementNode || p.DataAtom == atom.Body || p.DataAtom == atom.Html {
			break
		}
		up = p
	}
	return up
}

// hidingClass reports whether a class list holds a name that hides the
// element (boilerTokens).
func hidingClass(cls string) bool {
	for _, c := range strings.Fields(strings.ToLower(cls)) {
		if boilerTokens[c] {
			return true
		}
	}
	return false
}

// onlyTable reports whether wrapper n, around table t (whose block i is),
// holds at most wrapperSlack letters of text besides t's, and no more
// than t holds.
func (w *ContentWalker) onlyTable(n, t *html.Node, i int) bool {
	inT, _ := w.blocksUnder(t, i)
	extra := 0
	// The blocks under an element are consecutive in the walk.
	for j := i - 1; j >= 0 && isAncestor(n, w.Blocks[j].owner); j-- {
		if !isAncestor(t, w.Blocks[j].owner) {
			if extra += w.Blocks[j].Runes; extra > wrapperSlack {
				return false
			}
		}
	}
	for j := i + 1; j < len(w.Blocks) && isAncestor(n, w.Blocks[j].owner); j++ {
		if !isAncestor(t, w.Blocks[j].owner) {
			if extra += w.Blocks[j].Runes; extra > wrapperSlack {
				return false
			}
		}
	}
	return extra <= inT
}

// blocksUnder sums the letters, and those in links, of the blocks under
// n around block i (which is under n).
func (w *ContentWalker) blocksUnder(n *html.Node, i int) (runes, links int) {
	j := i
	for j > 0 && isAncestor(n, w.Blocks[j-1].owner) {
		j--
	}
	for ; j < len(w.Blocks) && isAncestor(n, w.Blocks[j].owner); j++ {
		runes += w.Blocks[j].Runes
		links += w.Blocks[j].LinkRun
	}
	return runes, links
}

// laterRow reports whether table t sits in a row of a layout table just
// below the row that holds root (at most laterRows rows down), in the
// same column when root is one cell of its row: pages of the
// table-layout era set the story in one row of the page's table and what
// follows it (a table of figures, a schedule) in the next, under the
// text rather than beside it. otherColumn, which refuses tables in
// another cell of a layout, lets such a table be.
func laterRow(t, root *html.Node) bool {
	r := enclosing(root, atom.Tr, 8)
	if r == nil || r.Parent == nil {
		return false
	}
	// s: the row among r's siblings that holds t, reached through one
	// cell only.
	var cell *html.Node
	s := t.Parent
	for ; s != nil && s.Parent != r.Parent; s = s.Parent {
		switch s.DataAtom {
		case atom.Td, atom.Th:
			if cell != nil {
				return false // a layout nested in the row: another column
			}
			cell = s
		case atom.Tr, atom.Table:
			if cell != nil {
				return false
			}
		}
	}
	if s == nil || s.DataAtom != atom.Tr || cell == nil || cell.Parent != s {
		return false
	}
	k := 0
	for n := r.NextSibling; n != nil && n != s; n = n.NextSibling {
		if n.DataAtom == atom.Tr {
			if k++; k >= laterRows {
				return false
			}
		}
	}
	if !isAfter(r, s) {
		return false
	}
	if root == r {
		return true
	}
	// root is (in) one cell of r: t's cell must share its column.
	rc := enclosing(root, atom.Td, 8)
	if rc == nil || rc.Parent != r {
		rc = enclosing(root, atom.Th, 8)
	}
	if rc == nil || rc.Parent != r {
		return false
	}
	a0, a1 := columnSpan(rc)
	b0, b1 := columnSpan(cell)
	return a0 < b1 && b0 < a1
}

// laterRows is how many rows below the story's row a table may sit.
const laterRows = 2

// isAfter reports whether sibling s comes after r.
func isAfter(r, s *html.Node) bool {
	for n := r.NextSibling; n != nil; n = n.NextSibling {
		if n == s {
			return true
		}
	}
	return false
}

// columnSpan returns the columns cell c covers in its row, [from, to).
func columnSpan(c *html.Node) (from, to int) {
	for p := c.Parent.FirstChild; p != nil && p != c; p = p.NextSibling {
		if p.DataAtom == atom.Td || p.DataAtom == atom.Th {
			from += span(p, "colspan", maxTableCols)
		}
	}
	return from, from + span(c, "colspan", maxTableCols)
}
