package article

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestStructureOnCorpusPages measures tables, code blocks and figures on
// real pages of the tuning corpora whose main text was written down by
// people (AEB, web-extract dev: the corpora's articleBody). What belongs
// to the article is read from the page again here, independently of the
// extractor, and kept when the people's text holds it:
//   - a data table: a <table> of at least two rows and two columns whose
//     cells hold no blocks (p, div, table), no form controls (a form
//     laid out in a table) and at most 200 characters, at most half of
//     them nothing but a link (a grid of links is a menu or a link list),
//     every non-empty cell's text in the article's text; each of its
//     cells should be in a table block, in the same row and column;
//   - a code block: a <pre> that the markup says is code (a <code>
//     inside, or a class naming a language or code) whose text is in the
//     article's text; it should be a code block, byte for byte (trailing
//     spaces of lines and trailing blank lines aside). A bare <pre> is
//     left out: old pages set press releases and poems in it;
//   - a picture in the article (see inArticlePictures): an <img> between
//     the first and the last paragraph of the people's text, not a
//     picture that links to another page, an icon or furniture; it
//     should be a figure block with the picture's address and, when the
//     page prints a caption for it (<figcaption>, or the caption of
//     WordPress's [caption] markup, wp-caption-text), a caption holding
//     that text. GIFs outside a <figure> are counted apart: on these
//     pages they are mostly the old web's decoration (dots, corners,
//     digits, buttons, by the thousand), which the extractor leaves out
//     by its convention, and sometimes a diagram. So are the pictures
//     of a page that holds more than 20 between the article's
//     paragraphs: a gallery, a catalogue or a forum rather than an
//     article's pictures (two validation pages of that kind, hundreds of
//     pictures each, had outweighed all the others).
//
// It reports the shares found and fails under floors a little below the
// figures measured (table cells 1.000 of 601 on 1,396 pages, 0.942 of 638
// before link grids and forms were left out; the old pages of these
// corpora mark no code, so that floor, the 0.95, waits for 20
// cases). With -structure-validation it measures web-extract's
// validation part too, in aggregate only (measure, never tune there).
func TestStructureOnCorpusPages(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("-short or -race: .ci/run runs it without -race")
	}
	tuning := corpusPages(t, tuningSplits)
	if tuning == nil {
		t.Skip("../shared is absent: no corpus pages to measure on")
	}
	c := measureStructure(t, tuning)
	t.Logf("tuning, %d pages: %s", len(tuning), c)
	for _, f := range []struct {
		what        string
		found, want int
		floor       float64
	}{{"table cells", c.cellsFound, c.cells, 0.93}, {"code blocks", c.codesFound, c.codes, 0.95}, {"pictures", c.picsFound, c.pics, 0.89}} {
		if f.want >= 20 && share(f.found, f.want) < f.floor {
			t.Errorf("%s: %.3f found, want ≥ %.2f", f.what, share(f.found, f.want), f.floor)
		}
	}
	if *flagStructValidation {
		val := corpusPages(t, []corpusSplit{{"../shared/bench/web-extract/validation/html", "../shared/bench/web-extract/validation/ground-truth.json"}})
		t.Logf("web-extract validation (measured only), %d pages: %s", len(val), measureStructure(t, val))
	}
}

var flagStructValidation = flag.Bool("structure-validation", false, "TestStructureOnCorpusPages also measures web-extract's validation part (aggregate figures only)")

// tuningSplits are the tuning corpora whose people wrote the main text
// down whole: the AEB and web-extract's dev part.
var tuningSplits = []corpusSplit{
	{"../shared/bench/aeb/html", "../shared/bench/aeb/ground-truth.json"},
	{"../shared/bench/web-extract/dev/html", "../shared/bench/web-extract/dev/ground-truth.json"},
}

// corpusSplit names a corpus's pages and its file of people's texts.
type corpusSplit struct{ dir, truth string }

// corpusPage is a page of a corpus and the people's text of its article.
type corpusPage struct{ path, truth string }

// corpusPages lists the pages of the splits in the order of their ids; nil
// when a split's truth file is absent.
func corpusPages(t *testing.T, splits []corpusSplit) []corpusPage {
	var pages []corpusPage
	for _, c := range splits {
		b, err := os.ReadFile(c.truth)
		if err != nil {
			return nil
		}
		var gt map[string]struct{ ArticleBody string }
		if err := json.Unmarshal(b, &gt); err != nil {
			t.Fatal(err)
		}
		ids := make([]string, 0, len(gt))
		for id := range gt {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			pages = append(pages, corpusPage{filepath.Join(c.dir, id+".html.gz"), gt[id].ArticleBody})
		}
	}
	return pages
}

// structCounts are what TestStructureOnCorpusPages counts: the things the
// people's text holds, and those the extractor got right.
type structCounts struct {
	cells, cellsFound int // data table cells, in place
	codes, codesFound int // marked code blocks, byte-identical
	pics, picsFound   int // pictures in the article, figure blocks with address and caption
	gifs, gifsFound   int // the same for GIFs outside a <figure>, counted apart
	crowded           int // and for pictures of pages with more than 20 of them
	crowdedFound      int
	captioned, capsOK int // of those pictures, the ones with a printed caption, and found with it
}

func (c structCounts) String() string {
	return fmt.Sprintf("table cells in place %d/%d = %.3f; code blocks byte-identical %d/%d = %.3f; pictures in the article as figure blocks with their captions %d/%d = %.3f (with a printed caption: %d/%d); apart: GIFs outside a <figure> %d/%d, pictures of pages with more than 20 %d/%d",
		c.cellsFound, c.cells, share(c.cellsFound, c.cells), c.codesFound, c.codes, share(c.codesFound, c.codes),
		c.picsFound, c.pics, share(c.picsFound, c.pics), c.capsOK, c.captioned, c.gifsFound, c.gifs, c.crowdedFound, c.crowded)
}

func share(a, b int) float64 { return float64(a) / float64(max(b, 1)) }

// measureStructure parses every page and counts, see
// TestStructureOnCorpusPages.
func measureStructure(t *testing.T, pages []corpusPage) structCounts {
	const base = "https://corpus.example/section/page.html"
	var c structCounts
	for _, p := range pages {
		if _, err := os.Stat(p.path); err != nil {
			continue
		}
		raw := readGzipFile(t, p.path)
		truth := squash(p.truth)
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			continue
		}
		a, _ := ParseHTML(bytes.NewReader(raw), WithURL(base))
		if a == nil {
			a = &Article{}
		}
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			switch n.DataAtom {
			case atom.Table:
				grid := dataTableGrid(n)
				if grid == nil || !gridInTruth(grid, truth) {
					continue
				}
				for r, row := range grid {
					for col, cell := range row {
						if cell == "" {
							continue
						}
						c.cells++
						if cellInBody(a.Body, r, col, cell) {
							c.cellsFound++
						}
					}
				}
			case atom.Pre:
				if !markedCode(n) {
					continue
				}
				code := nodeText(n)
				if sq := squash(code); len(sq) < 20 || !strings.Contains(truth, sq) {
					continue
				}
				c.codes++
				want := trimCode(code)
				for _, b := range a.Body {
					if b.Type == Code && trimCode(b.Text) == want {
						c.codesFound++
						break
					}
				}
			}
		}
		pics := inArticlePictures(doc, truth)
		crowded := 0 // pictures other than GIFs; more than 20 make a crowded page
		for _, pic := range pics {
			if !pic.gif {
				crowded++
			}
		}
		for _, pic := range pics {
			switch {
			case pic.gif:
				c.gifs++
			case crowded > 20:
				c.crowded++
			default:
				c.pics++
			}
			if pic.caption != "" && !pic.gif && crowded <= 20 {
				c.captioned++
			}
			for _, b := range a.Body {
				if b.Type != Figure || b.Image == nil || !slices.Contains(pic.srcs, b.Image.URL) && !slices.Contains(pic.srcs, resolveAgainst(base, b.Image.URL)) {
					continue
				}
				// The credit is kept without the parentheses it may be
				// printed in ("… (Ann Lee/Reuters)"): they are left out of
				// the comparison.
				if pic.caption == "" || strings.Contains(unparen(squash(b.Image.Caption+" "+b.Image.Credit)), unparen(pic.caption)) {
					switch {
					case pic.gif:
						c.gifsFound++
					case crowded > 20:
						c.crowdedFound++
					default:
						c.picsFound++
						if pic.caption != "" {
							c.capsOK++
						}
					}
				}
				break
			}
		}
	}
	return c
}

// picture is a picture of an article's own: the addresses it may be
// given by (src, and the attributes lazy loading puts the real one in,
// resolved against the corpus's base) and its printed caption, squashed.
type picture struct {
	srcs    []string
	caption string
	gif     bool // a GIF outside a <figure>
}

// inArticlePictures returns the pictures that sit inside the article: an
// <img> after the first and before the last paragraph (<p> of 40
// characters or more) whose text is in truth, leaving out what a reader
// does not take for the article's own picture: one that links to another
// page (a teaser, an ad), one smaller than 100 pixels by its markup or
// named as an icon, a logo, a button or a spacer, and one inside
// <aside>, <nav>, <form>, <footer> or an element whose class or id says
// related, share, social, comment, author, avatar, widget, sidebar, ad
// or promo.
func inArticlePictures(doc *html.Node, truth string) []picture {
	const base = "https://corpus.example/section/page.html"
	first, last, i := -1, -1, 0
	type at struct {
		n *html.Node
		i int
	}
	var imgs []at
	for n := range doc.Descendants() {
		i++
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.P:
			if sq := squash(nodeText(n)); len(sq) >= 40 && strings.Contains(truth, sq) {
				if first < 0 {
					first = i
				}
				last = i
			}
		case atom.Img:
			imgs = append(imgs, at{n, i})
		}
	}
	// The addresses a picture may be given by: its src and the
	// attributes lazy loading puts the real one in (a placeholder src,
	// shared by all the lazy pictures of a page, is not one).
	addrs := func(img *html.Node) []string {
		var srcs []string
		for _, k := range []string{"src", "data-src", "data-original", "data-lazy-src", "data-url"} {
			if v := strings.TrimSpace(attrOf(img, k)); v != "" && !strings.HasPrefix(v, "data:") {
				srcs = append(srcs, resolveAgainst(base, v))
			}
		}
		return srcs
	}
	seen := map[string]int{}
	for _, im := range imgs {
		for _, a := range addrs(im.n) {
			seen[a]++
		}
	}
	var out []picture
	for _, im := range imgs {
		if im.i <= first || im.i >= last || furniturePicture(im.n) {
			continue
		}
		srcs := addrs(im.n)
		if len(srcs) == 0 {
			continue
		}
		if slices.ContainsFunc(srcs, func(a string) bool { return seen[a] > 1 }) {
			continue // a picture printed twice is decoration or a slideshow's
		}
		file := strings.ToLower(srcs[0])
		if i := strings.IndexAny(file, "?#"); i >= 0 {
			file = file[:i]
		}
		gif := strings.HasSuffix(file, ".gif") && !hasAncestor(im.n, atom.Figure)
		out = append(out, picture{srcs: srcs, caption: printedCaption(im.n), gif: gif})
	}
	return out
}

// hasAncestor reports whether an element a is above n.
func hasAncestor(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == a {
			return true
		}
	}
	return false
}

// furniturePicture reports whether an <img> is not the article's own
// picture (see inArticlePictures).
func furniturePicture(img *html.Node) bool {
	for _, k := range []string{"width", "height"} {
		if v, err := strconv.Atoi(strings.TrimSuffix(attrOf(img, k), "px")); err == nil && v < 100 {
			return true
		}
	}
	src := strings.ToLower(attrOf(img, "src"))
	for _, w := range []string{"icon", "logo", "button", "spacer", "pixel", "blank.gif"} {
		if strings.Contains(src, w) {
			return true
		}
	}
	for p := img.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		switch p.DataAtom {
		case atom.Aside, atom.Nav, atom.Form, atom.Footer:
			return true
		case atom.A:
			href := strings.ToLower(attrOf(p, "href"))
			if i := strings.IndexAny(href, "?#"); i >= 0 {
				href = href[:i]
			}
			if !strings.HasSuffix(href, ".jpg") && !strings.HasSuffix(href, ".jpeg") && !strings.HasSuffix(href, ".png") && !strings.HasSuffix(href, ".gif") && !strings.HasSuffix(href, ".webp") {
				return true
			}
		}
		ci := strings.ToLower(attrOf(p, "class") + " " + attrOf(p, "id"))
		for _, w := range []string{"related", "share", "social", "comment", "author", "avatar", "widget", "sidebar", "promo", "advert"} {
			if strings.Contains(ci, w) {
				return true
			}
		}
		for _, f := range strings.FieldsFunc(ci, func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
			if f == "ad" || f == "ads" {
				return true
			}
		}
	}
	return false
}

// printedCaption returns the caption a page prints for a picture,
// squashed: the <figcaption> of its <figure>, or the wp-caption-text of
// the WordPress [caption] box around it; "" when none (or under 10
// characters).
func printedCaption(img *html.Node) string {
	for p, up := img.Parent, 0; p != nil && up < 4; p, up = p.Parent, up+1 {
		wp := strings.Contains(attrOf(p, "class"), "wp-caption")
		if p.DataAtom != atom.Figure && !wp {
			continue
		}
		for d := range p.Descendants() {
			if d.Type == html.ElementNode && (d.DataAtom == atom.Figcaption || strings.Contains(attrOf(d, "class"), "wp-caption-text")) {
				if cap := squash(nodeText(d)); len(cap) >= 10 {
					return cap
				}
			}
		}
		return ""
	}
	return ""
}

// unparen drops the parentheses and brackets of s.
func unparen(s string) string {
	return strings.NewReplacer("(", "", ")", "", "[", "", "]", "").Replace(s)
}

// squash lower-cases s and joins its words with single spaces.
func squash(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// trimCode drops the trailing spaces of every line and the trailing blank
// lines of code.
func trimCode(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// dataTableGrid returns the cell texts of a table that reads as data (see
// TestStructureOnCorpusPages), row by row, a cell spanning columns
// repeated in its first column only, rows with no text left out (the
// spacer rows of old layouts, which tableBlock drops too); nil for
// anything else.
func dataTableGrid(t *html.Node) [][]string {
	var grid [][]string
	width, filled, linked := 0, 0, 0 // cells with text, and those all link
	var foot []*html.Node            // drawn after the other rows wherever written
	var rows func(n *html.Node) bool
	rows = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tfoot:
				if n == t {
					foot = append(foot, c)
					continue
				}
				if !rows(c) {
					return false
				}
			case atom.Thead, atom.Tbody:
				if !rows(c) {
					return false
				}
			case atom.Tr:
				var row []string
				for d := c.FirstChild; d != nil; d = d.NextSibling {
					if d.Type != html.ElementNode || (d.DataAtom != atom.Td && d.DataAtom != atom.Th) {
						continue
					}
					linkText := 0
					for x := range d.Descendants() {
						if x.Type != html.ElementNode {
							continue
						}
						switch x.DataAtom {
						case atom.P, atom.Div, atom.Table:
							return false
						case atom.Input, atom.Select, atom.Textarea, atom.Button:
							return false // a form laid out in a table
						case atom.A:
							linkText += len(strings.Join(strings.Fields(nodeText(x)), " "))
						}
					}
					txt := strings.Join(strings.Fields(nodeText(d)), " ")
					if txt != "" {
						filled++
						if linkText >= len(txt) {
							linked++
						}
					}
					if len(txt) > 200 {
						return false
					}
					row = append(row, txt)
					if attrOf(d, "colspan") != "" || attrOf(d, "rowspan") != "" {
						return false // merged cells: where they land is a convention
					}
				}
				if strings.Join(row, "") == "" {
					continue // a spacer row: no data, and the extractor drops it (tableBlock)
				}
				width = max(width, len(row))
				grid = append(grid, row)
			}
		}
		return true
	}
	ok := rows(t)
	for _, f := range foot {
		ok = ok && rows(f)
	}
	if !ok || len(grid) < 2 || width < 2 || linked*2 > filled {
		return nil // a grid of links is a menu or a link list, not data
	}
	return grid
}

// gridInTruth reports whether every non-empty cell of grid is in truth
// and there are at least four.
func gridInTruth(grid [][]string, truth string) bool {
	n := 0
	for _, row := range grid {
		for _, c := range row {
			if c == "" {
				continue
			}
			if !strings.Contains(truth, squash(c)) {
				return false
			}
			n++
		}
	}
	return n >= 4
}

// cellInBody reports whether some table block of body has text at row r,
// column c (white space normalised).
func cellInBody(body []Block, r, c int, text string) bool {
	for _, b := range body {
		if b.Type != Table || r >= len(b.Rows) || c >= len(b.Rows[r]) {
			continue
		}
		if strings.Join(strings.Fields(b.Rows[r][c]), " ") == text {
			return true
		}
	}
	return false
}

// markedCode reports whether the markup says a <pre> is code: a <code>
// inside it, or a class such as "code", "language-go", "lang-py",
// "prettyprint", "highlight".
func markedCode(pre *html.Node) bool {
	for d := range pre.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Code {
			return true
		}
	}
	c := strings.ToLower(attrOf(pre, "class"))
	for _, w := range []string{"code", "lang", "prettyprint", "highlight", "brush", "syntax"} {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// resolveAgainst resolves ref against base.
func resolveAgainst(base, ref string) string {
	b, _ := url.Parse(base)
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	return b.ResolveReference(r).String()
}
