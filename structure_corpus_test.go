package article

import (
	"bytes"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"sort"
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
//   - a figure: an <img> in a <figure> with a <figcaption> whose text is
//     in the article's text; it should be a figure block with the
//     picture's address and a caption holding that text.
//
// It reports the shares found and fails under floors a little below the
// figures measured (table cells 1.000 of 601 on 1,396 pages, 0.942 of 638
// before link grids and forms were left out; the old pages of these corpora mark no code and no figures, so
// those two floors, the 0.95 and 0.90, wait for 20 cases).
func TestStructureOnCorpusPages(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("-short or -race: .ci/run runs it without -race")
	}
	type page struct{ path, truth string }
	var pages []page
	for _, c := range []struct{ dir, truth string }{
		{"../shared/bench/aeb/html", "../shared/bench/aeb/ground-truth.json"},
		{"../shared/bench/web-extract/dev/html", "../shared/bench/web-extract/dev/ground-truth.json"},
	} {
		b, err := os.ReadFile(c.truth)
		if err != nil {
			t.Skip("../shared is absent: no corpus pages to measure on")
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
			pages = append(pages, page{filepath.Join(c.dir, id+".html.gz"), gt[id].ArticleBody})
		}
	}
	const base = "https://corpus.example/section/page.html"
	var cells, cellsFound, codes, codesFound, figs, figsFound int
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
					for c, cell := range row {
						if cell == "" {
							continue
						}
						cells++
						if cellInBody(a.Body, r, c, cell) {
							cellsFound++
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
				codes++
				want := trimCode(code)
				for _, b := range a.Body {
					if b.Type == Code && trimCode(b.Text) == want {
						codesFound++
						break
					}
				}
			case atom.Figcaption:
				fig := n.Parent
				if fig == nil || fig.DataAtom != atom.Figure {
					continue
				}
				cap := squash(nodeText(n))
				img := firstImg(fig)
				if img == "" || len(cap) < 10 || !strings.Contains(truth, cap) {
					continue
				}
				figs++
				u := resolveAgainst(base, img)
				for _, b := range a.Body {
					if b.Type == Figure && b.Image != nil && b.Image.URL == u && strings.Contains(squash(b.Image.Caption+" "+b.Image.Credit), cap) {
						figsFound++
						break
					}
				}
			}
		}
	}
	share := func(a, b int) float64 { return float64(a) / float64(max(b, 1)) }
	t.Logf("%d pages: table cells in place %d/%d = %.3f; code blocks byte-identical %d/%d = %.3f; figures with picture and caption %d/%d = %.3f",
		len(pages), cellsFound, cells, share(cellsFound, cells), codesFound, codes, share(codesFound, codes), figsFound, figs, share(figsFound, figs))
	for _, c := range []struct {
		what        string
		found, want int
		floor       float64
	}{{"table cells", cellsFound, cells, 0.93}, {"code blocks", codesFound, codes, 0.95}, {"figures", figsFound, figs, 0.90}} {
		if c.want >= 20 && share(c.found, c.want) < c.floor {
			t.Errorf("%s: %.3f found, want ≥ %.2f", c.what, share(c.found, c.want), c.floor)
		}
	}
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
// repeated in its first column only; nil for anything else.
func dataTableGrid(t *html.Node) [][]string {
	var grid [][]string
	width, filled, linked := 0, 0, 0 // cells with text, and those all link
	var rows func(n *html.Node) bool
	rows = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Thead, atom.Tbody, atom.Tfoot:
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
				width = max(width, len(row))
				grid = append(grid, row)
			}
		}
		return true
	}
	if !rows(t) || len(grid) < 2 || width < 2 || linked*2 > filled {
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

// firstImg returns the address of the first picture under n.
func firstImg(n *html.Node) string {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Img {
			return strings.TrimSpace(attrOf(d, "src"))
		}
	}
	return ""
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
