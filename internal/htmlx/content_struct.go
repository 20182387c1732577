package htmlx

import (
	"strconv"
	"strings"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The structure of the main content: data tables, code and figures.
//
// The walk and the choice of the article element read text blocks only;
// once emit keeps a block, these helpers look at the markup around it. A
// block inside a data table stands for the whole table, which is emitted
// once, in the place of its first kept row, with its cells read from the
// markup (so a merged cell never shifts another into its column). A block
// inside a <pre> stands for the whole <pre>, emitted verbatim as a code
// block (see structured). Pictures become figure blocks where they sit
// among the blocks.

// Limits on what one table may hold; a bigger one is a layout or a dump.
const (
	maxTableRows = 1000
	maxTableCols = 50
	// maxCellRunes is the length from which a cell holds a page's column
	// rather than a datum: a layout table.
	maxCellRunes = 400
)

// enclosing returns the nearest ancestor of n (or n itself) that is an a
// element, looking up at most depth levels, or nil.
func enclosing(n *html.Node, a atom.Atom, depth int) *html.Node {
	for k := 0; n != nil && k <= depth; k, n = k+1, n.Parent {
		if n.Type == html.ElementNode && n.DataAtom == a {
			return n
		}
	}
	return nil
}

// tableRows returns the tr elements of table t in the order a browser
// draws them: its own rows and those of its thead and tbody, then those
// of its tfoot (HTML 4 wrote <tfoot> before <tbody>; it is drawn last
// wherever it is written), not those of nested tables.
func tableRows(t *html.Node) []*html.Node {
	var rows, foot []*html.Node
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Tr:
			rows = append(rows, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.DataAtom != atom.Tr {
					continue
				}
				if c.DataAtom == atom.Tfoot {
					foot = append(foot, r)
				} else {
					rows = append(rows, r)
				}
			}
		}
	}
	return append(rows, foot...)
}

// cellTags are the elements whose presence in a cell makes the cell a
// column of a page layout rather than a datum.
var cellLayoutTags = map[atom.Atom]bool{
	atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Blockquote: true,
	atom.Pre: true, atom.Figure: true, atom.Form: true, atom.Section: true, atom.Article: true,
	atom.Nav: true, atom.Aside: true, atom.Header: true, atom.Footer: true, atom.Iframe: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// layoutCell reports whether a cell lays out a page: it holds a nested
// table, a list, a heading or another sectioning element, or more than
// one paragraph or division of a story. Word processors and online
// editors (Google Docs, Word, LibreOffice, whose tables are pasted into
// blogs and CMSs as they are) set each line of a cell in its own <p> or
// <div>: a cell of several such lines, at most shortCellRunes letters and
// none ending as a sentence does, is a datum written on several lines;
// paragraphs that end as sentences are a story's, laid out in a cell.
func layoutCell(c0 *html.Node) bool {
	blocks := 0
	short := -1 // unknown until a second block is met
	var walk func(n *html.Node, depth int) bool
	walk = func(n *html.Node, depth int) bool {
		if depth > 30 {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if cellLayoutTagSet.has(c.DataAtom) {
				return true
			}
			if c.DataAtom == atom.P || c.DataAtom == atom.Div {
				if blocks++; blocks > 1 {
					if short < 0 {
						short = 0
						if textutil.RuneLen(nodeText(c0)) <= shortCellRunes && !sentenceBlock(c0, 0) {
							short = 1
						}
					}
					if short == 0 {
						return true
					}
				}
			}
			if walk(c, depth+1) {
				return true
			}
		}
		return false
	}
	return walk(c0, 0)
}

// sentenceBlock reports whether a <p> or <div> under n ends as a sentence
// does (see layoutCell).
func sentenceBlock(n *html.Node, depth int) bool {
	if depth > 30 {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if (c.DataAtom == atom.P || c.DataAtom == atom.Div) && endsSentence(nodeText(c)) || sentenceBlock(c, depth+1) {
			return true
		}
	}
	return false
}

// shortCellRunes is the most text a cell of several paragraphs may hold and
// still be a datum (see layoutCell).
const shortCellRunes = 120

// dataTable reports whether table t holds data rather than laying out a
// page, by its shape: it has at least two rows and two columns, and no
// cell holds block structure (a nested table, a list, a heading, several
// paragraphs) or a page's worth of text. role="presentation" says layout
// outright. A table nested in another is judged by its own cells: pages
// of the table-layout era, which many old sites and e-mail templates
// still follow, hold their data tables inside layout tables, and the
// layout tables around them fail the test by the nested table itself (on
// the tuning corpora's hand-written main texts, 0.734 of the cells of
// in-article data tables landed in place with nested tables refused,
// 0.942 without; TestStructureOnCorpusPages).
func dataTable(t *html.Node) bool {
	if r := strings.ToLower(attr(t, "role")); r == "presentation" || r == "none" {
		return false
	}
	rows := tableRows(t)
	if len(rows) < 2 || len(rows) > maxTableRows {
		return false
	}
	wide := false
	for _, r := range rows {
		n := 0
		for c := r.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
				continue
			}
			n++
			if layoutCell(c) || textutil.RuneLen(nodeText(c)) > maxCellRunes {
				return false
			}
		}
		if n > maxTableCols {
			return false
		}
		wide = wide || n >= 2
	}
	return wide
}

// span reads a colspan or rowspan attribute, 1 when absent or bad.
func span(n *html.Node, key string, most int) int {
	v, err := strconv.Atoi(strings.TrimSpace(attr(n, key)))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, most)
}

// tableBlock reads a data table into a block: the cell texts row by row,
// every row as wide as the widest, the columns and rows a merged cell
// covers after its first left empty; whether the first row is a header
// (all th, or in thead); the caption. ok is false when no cell has text.
func tableBlock(t *html.Node) (b model.Block, ok bool) {
	var grid [][]string
	var pending []int // by column: rows still covered by a rowspan above
	header := false
	width := 0
	for i, r := range tableRows(t) {
		var row []string
		col := 0
		fill := func() {
			for col < len(pending) && pending[col] > 0 {
				pending[col]--
				row = append(row, "")
				col++
			}
		}
		allTh, cells := true, 0
		for c := r.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
				continue
			}
			fill()
			cells++
			allTh = allTh && c.DataAtom == atom.Th
			cs, rs := span(c, "colspan", maxTableCols), span(c, "rowspan", maxTableRows)
			for k := 0; k < cs && col < maxTableCols; k++ {
				if k == 0 {
					row = append(row, cellText(c))
				} else {
					row = append(row, "")
				}
				for len(pending) <= col {
					pending = append(pending, 0)
				}
				pending[col] = rs - 1
				col++
			}
		}
		fill()
		if i == 0 {
			header = cells > 0 && (allTh || r.Parent != nil && r.Parent.DataAtom == atom.Thead)
		}
		empty := true
		for _, s := range row {
			empty = empty && s == ""
		}
		if empty {
			if i == 0 {
				header = false
			}
			continue
		}
		width = max(width, len(row))
		grid = append(grid, row)
	}
	// A table with one row of text left, or mostly empty cells (the
	// spacer cells of a layout), is no data table.
	cells, empty := 0, 0
	for _, row := range grid {
		for _, c := range row {
			cells++
			if c == "" {
				empty++
			}
		}
		cells += width - len(row)
		empty += width - len(row)
	}
	if len(grid) < 2 || 2*empty >= cells && !labelledMatrix(grid, width) {
		return b, false
	}
	var caption string
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Caption {
			caption = nodeText(c)
			break
		}
	}
	if caption == "" {
		caption = figureTableCaption(t)
	}
	var sb strings.Builder
	if caption != "" {
		sb.WriteString(caption)
	}
	for i := range grid {
		for len(grid[i]) < width {
			grid[i] = append(grid[i], "")
		}
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(strings.Join(grid[i], "\t"))
	}
	return model.Block{Type: model.Table, Text: sb.String(), Rows: grid, Header: header, Caption: caption}, true
}

// labelledMatrix reports whether a grid is a two-way table: at least three
// rows and columns, a label in every column of the first row but the
// first and in the first column of every row below. Its empty cells are
// the marks of a comparison or a progress chart (a tick set as a picture,
// a colour) or blanks, not the spacer cells of a layout, which labels no
// row and no column.
func labelledMatrix(grid [][]string, width int) bool {
	if len(grid) < 3 || width < 3 {
		return false
	}
	for c := 1; c < width; c++ {
		if c >= len(grid[0]) || grid[0][c] == "" {
			return false
		}
	}
	for _, row := range grid[1:] {
		if len(row) == 0 || row[0] == "" {
			return false
		}
	}
	return true
}

// cellText is a cell's text on one line: white space normalised, so no
// tab or newline is left to clash with the table's plain text.
func cellText(c *html.Node) string { return nodeText(c) }

// validLanguage accepts a language name as highlighters spell it: letters,
// digits, +, #, -, _ and ., up to 30 bytes.
func validLanguage(l string) bool {
	if l == "" || len(l) > 30 || l == "none" {
		return false
	}
	for _, r := range l {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || strings.ContainsRune("+#-_.", r)) {
			return false
		}
	}
	return true
}

// codeBlock reads a <pre> verbatim: its text nodes as they are, a line
// break for each <br> and after each block element that does not end in
// one (highlighters that set each line in a <div>); carriage returns
// dropped, blank lines at both ends and trailing spaces at the end
// removed. ok is false when it holds no visible character.
func codeBlock(p *html.Node) (b model.Block, ok bool) {
	var sb strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 100 {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sb.WriteString(c.Data)
			case html.ElementNode:
				if skipTagSet.has(c.DataAtom) || isHidden(c) {
					continue
				}
				if c.DataAtom == atom.Br {
					sb.WriteByte('\n')
					continue
				}
				walk(c, depth+1)
				if blockTagSet.has(c.DataAtom) && sb.Len() > 0 && !strings.HasSuffix(sb.String(), "\n") {
					sb.WriteByte('\n')
				}
			}
		}
	}
	walk(p, 0)
	text := strings.ReplaceAll(sb.String(), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	// Blank lines at the start go, the first line's indentation stays.
	for {
		i := strings.IndexByte(text, '\n')
		if i < 0 || strings.TrimSpace(text[:i]) != "" {
			break
		}
		text = text[i+1:]
	}
	text = strings.TrimRight(text, " \t\n\u00a0")
	if strings.TrimSpace(text) == "" {
		return b, false
	}
	return model.Block{Type: model.Code, Text: text, Language: preLanguage(p)}, true
}

// figureImage reports whether a picture of the walk belongs in the body as
// a figure: not in furniture, and not a link to another page (a teaser's
// thumbnail); a picture that links to its own larger self, or sits in a
// <figure>, is the story's.
//
// Decoration is left out by the conventions of page templates: a picture
// set smaller than 100 pixels (an icon, a bullet, a rule), one whose file
// name says what it decorates (spacer, icon, logo, button, arrow…), and,
// outside a <figure>, a GIF (the format of the table-layout era's headers,
// spacers and digits; a story's animation sits in a figure).
func (s *structure) figureImage(im *contentImage) bool {
	root := s.root
	if im.boiler {
		return false
	}
	for _, k := range []string{"width", "height"} {
		if v, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(attr(im.node, k)), "px")); err == nil && v < 100 {
			return false
		}
	}
	file := strings.ToLower(im.src)
	if i := strings.IndexAny(file, "?#"); i >= 0 {
		file = file[:i]
	}
	if i := strings.LastIndexByte(file, '/'); i >= 0 {
		file = file[i+1:]
	}
	for _, k := range decorNames {
		if strings.Contains(file, k) {
			return false
		}
	}
	if strings.HasSuffix(file, ".gif") && enclosing(im.node, atom.Figure, 1000) == nil {
		return false
	}
	inFigure := false
	var link *html.Node
	for p := im.node.Parent; p != nil && p != root && p.DataAtom != atom.Body; p = p.Parent {
		switch p.DataAtom {
		case atom.Figure:
			inFigure = true
		case atom.A:
			if link == nil {
				link = p
			}
		case atom.Pre:
			return false // part of a code block
		case atom.Table:
			// Part of a data table, whose block holds the cells' text.
			// A table that lays out the page or the story (the old
			// web's way to set a picture beside its text) holds the
			// story's pictures; above the root, tables are the page's
			// layout.
			if s.isDataTable(p) {
				return false
			}
		}
	}
	if link != nil && !inFigure {
		h := strings.ToLower(attr(link, "href"))
		if i := strings.IndexAny(h, "?#"); i >= 0 {
			h = h[:i]
		}
		for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"} {
			if strings.HasSuffix(h, ext) {
				return true
			}
		}
		return false
	}
	return true
}

// decorNames are words in the file names of a template's decoration.
var decorNames = []string{"spacer", "pixel", "blank.", "icon", "logo", "button", "btn", "arrow", "bullet", "banner", "badge", "avatar", "sprite", "transparent"}

// captionParts reads a <figure>'s caption (or a caption box's, see
// captionBox): the figcaption's text (or the text of the element whose
// class names a caption) without the credit, and the credit when the
// markup sets it apart (an element whose class names a credit, a
// copyright, a photographer, a source or an attribution, the convention
// of most CMS themes, or a <cite> or <small> after the caption's words;
// see creditClass, creditTag) or, failing that, when the caption ends
// with one by the press's conventions (splitCredit).
func captionParts(fig *html.Node) (caption, credit string) {
	var fc *html.Node
	for c := fig.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Figcaption {
			fc = c
			break
		}
	}
	if fc == nil {
		fc = captionElement(fig)
	}
	var creditNode *html.Node
	var find func(n *html.Node, depth int)
	find = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil && creditNode == nil && depth < 20; c = c.NextSibling {
			if c.Type != html.ElementNode || c.DataAtom == atom.Img {
				continue
			}
			if creditClass(attr(c, "class")) || creditTag(c, fc) {
				if fc != nil && c != fc && isAncestor(c, fc) {
					// A wrapper of the caption and the credit
					// ("caption-attribution"): the credit is inside.
					find(c, depth+1)
					continue
				}
				if creditText(nodeText(c)) {
					creditNode = c
					return
				}
				continue
			}
			find(c, depth+1)
		}
	}
	if fc != nil {
		find(fc, 0)
	}
	if creditNode == nil {
		find(fig, 0)
	}
	if creditNode != nil {
		credit = unbracket(nodeText(creditNode))
	}
	if fc != nil && fc == creditNode {
		// The caption element is all credit (<figcaption
		// class="attribution">Image via …</figcaption>).
		fc = nil
	}
	if fc != nil {
		if creditNode != nil && isAncestor(fc, creditNode) {
			var sb strings.Builder
			var walk func(n *html.Node)
			walk = func(n *html.Node) {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c == creditNode {
						sb.WriteByte(' ')
						continue
					}
					if c.FirstChild == nil || c.Type != html.ElementNode {
						appendText(&sb, c)
						continue
					}
					if c.DataAtom == atom.Br || c.DataAtom == atom.P || c.DataAtom == atom.Div {
						sb.WriteByte(' ')
					}
					walk(c)
					sb.WriteByte(' ')
				}
			}
			walk(fc)
			caption = textutil.NormalizeSpace(sb.String())
		} else {
			caption = nodeText(fc)
		}
	}
	if credit == "" {
		caption, credit = splitCredit(caption)
	}
	return caption, credit
}

// structure is what emit remembers of the tables, code blocks and figures
// it has emitted.
type structure struct {
	root   *html.Node
	images []contentImage
	walker *ContentWalker      // whose images they are (captionOf)
	next   int                 // the first picture not yet placed
	done   map[*html.Node]bool // tables and <pre>s emitted whole
	plain  map[*html.Node]bool // tables and <pre>s left as text
	seen   map[string]bool     // picture addresses already placed
	tables map[*html.Node]bool // dataTable's answers for the tables above pictures
}

// structured returns the block a kept text block stands for when it lies
// in a data table or a <pre>: the whole table or <pre> the first time
// (ok), nothing after (done without ok); the line numbers a highlighter
// sets beside its code (lineGutter) are nothing. done is false for a plain
// block.
//
// Every <pre> is a code block, marked as code or not: the model's code
// block is "program code or other preformatted text set as code", and it
// is the only block whose text keeps line breaks and indentation, which
// are the point of a <pre> (a poem, a transcript, a column-aligned table,
// an address set line by line; a paragraph's text is white-space
// normalised).
func (s *structure) structured(b *textBlock) (blk model.Block, ok, done bool) {
	if b.kind == kindPre {
		if p := enclosing(b.owner, atom.Pre, 8); p != nil && !s.plain[p] {
			if s.done[p] || lineGutter(p) {
				return blk, false, true
			}
			if blk, ok = codeBlock(p); ok {
				s.mark(p, true)
				return blk, true, true
			}
			s.mark(p, false)
			return blk, false, false
		}
	}
	t := enclosing(b.owner, atom.Table, 8)
	if t == nil || s.plain[t] {
		return blk, false, false
	}
	if s.done[t] {
		return blk, false, true
	}
	if dataTable(t) {
		if blk, ok = tableBlock(t); ok {
			s.mark(t, true)
			return blk, true, true
		}
	}
	s.mark(t, false)
	return blk, false, false
}

// isDataTable returns dataTable(t), remembered for the page: every
// picture under a table asks about it, and dataTable reads all its cells.
func (s *structure) isDataTable(t *html.Node) bool {
	if v, ok := s.tables[t]; ok {
		return v
	}
	if s.tables == nil {
		s.tables = make(map[*html.Node]bool)
	}
	v := dataTable(t)
	s.tables[t] = v
	return v
}

// mark records a table or <pre> as emitted whole (its other blocks are
// skipped) or as plain (its blocks are emitted one by one, as text).
func (s *structure) mark(n *html.Node, whole bool) {
	m := &s.plain
	if whole {
		m = &s.done
	}
	if *m == nil {
		*m = make(map[*html.Node]bool)
	}
	(*m)[n] = true
}

// figures appends the pictures that come before text block i and belong
// in the body under the chosen root, each address once.
func (s *structure) figures(out []model.Block, i int) []model.Block {
	for ; s.next < len(s.images) && s.images[s.next].at <= i; s.next++ {
		im := &s.images[s.next]
		if !isAncestor(s.root, im.node) || !s.figureImage(im) || s.seen[im.src] {
			continue
		}
		if s.seen == nil {
			s.seen = make(map[string]bool)
		}
		s.seen[im.src] = true
		s.walker.captionOf(im)
		out = append(out, model.Block{Type: model.Figure, Image: &model.Image{URL: im.src, Caption: im.caption, Alt: im.alt, Credit: im.credit}})
	}
	return out
}

// onlyFigures returns nil for a body of pictures without a word of text:
// no article body was found.
func (s *structure) onlyFigures(out []model.Block) []model.Block {
	for _, b := range out {
		if b.Type != model.Figure {
			return out
		}
	}
	return nil
}

// figureTableCaption returns the <figcaption> text of the <figure> that
// holds table t and no other table, at most two wrappers out (block
// editors' <figure class="wp-block-table"> and the HTML standard's way to
// caption any content), or "".
func figureTableCaption(t *html.Node) string {
	fig := t.Parent
	for k := 0; k < 2 && fig != nil && fig.DataAtom != atom.Figure; k++ {
		fig = fig.Parent
	}
	if fig == nil || fig.DataAtom != atom.Figure {
		return ""
	}
	var fc *html.Node
	for n := range fig.Descendants() {
		switch {
		case n.DataAtom == atom.Table && n != t:
			return ""
		case n.DataAtom == atom.Figcaption && fc == nil && !isAncestor(t, n):
			fc = n
		}
	}
	if fc == nil {
		return ""
	}
	return nodeText(fc)
}
