package article

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The table set (testdata/tables): real pages whose article was written
// down as HTML by another extractor's maintainers (Mozilla Readability's
// test pages, as go-readability's fork carries them; see
// testdata/tables/NOTES.md), so that where each table belongs is known:
// a table of the page whose cells are in the expected article's tables is
// in the article, one whose cells are not in the expected article is not.
// TestTablesBuild writes the set from a directory of such pages;
// TestTablesCorpus measures the extractor on it.

var flagTablesBuild = flag.String("tables-build", "", "TestTablesBuild: a directory of test pages (<name>/source.html and expected.html) to write a table set from")

var flagTablesOut = flag.String("tables-out", "testdata/tables", "TestTablesBuild: the table set to write (testdata/tables or testdata/tables2)")

// tablesSets are the table sets TestTablesCorpus measures, each a
// directory with labels.json and pages/: testdata/tables (Mozilla
// Readability's test pages, tuned on) and testdata/tables2 (other
// extractors' test pages, added later and measured held out; see its
// NOTES.md).
var tablesSets = []string{"testdata/tables", "testdata/tables2", "testdata/tables3", "testdata/tables4"}

// tablesHeldOut are the sets measured only: -tableslist names no table of
// theirs.
var tablesHeldOut = map[string]bool{"testdata/tables2": true, "testdata/tables4": true}

// tablesLabels is a table set's labels.json.
type tablesLabels struct {
	Origin string       `json:"origin"`
	Pages  []tablesPage `json:"pages"`
}

// tablesPage is a page of the set and the labels of its tables.
type tablesPage struct {
	Name   string        `json:"name"` // <set>/pages/<name>.html.gz
	URL    string        `json:"url,omitempty"`
	Host   string        `json:"host,omitempty"`
	Tables []tablesTable `json:"tables"`
}

// tablesTable is the label of one table: which <table> of the page (in
// document order, counting from 0, as golang.org/x/net/html parses it),
// whether it is in the article, whether its first row is a header, and
// the cells expected, row by row (rows without text left out, a merged
// cell's text in its first row and column, the others empty).
type tablesTable struct {
	Index  int        `json:"index"`
	In     bool       `json:"in"`
	Header bool       `json:"header"`
	Rows   [][]string `json:"rows"`
}

// labelGrid reads a <table>'s cells the way the set labels them (see
// tablesTable); nil when the table holds another table, has fewer than
// two rows or columns with text or fewer than four cells with text, or a
// cell of more than 300 characters (a page's column, not a datum).
func labelGrid(t *html.Node) (grid [][]string, header bool) {
	for d := range t.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Table {
			return nil, false
		}
	}
	var trs, foot []*html.Node // a <tfoot>'s rows are drawn last, wherever written
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Tr:
			trs = append(trs, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := c.FirstChild; r != nil; r = r.NextSibling {
				if r.DataAtom != atom.Tr {
					continue
				}
				if c.DataAtom == atom.Tfoot {
					foot = append(foot, r)
				} else {
					trs = append(trs, r)
				}
			}
		}
	}
	trs = append(trs, foot...)
	var pending []int
	width, filled := 0, 0
	for i, tr := range trs {
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
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
				continue
			}
			fill()
			cells++
			allTh = allTh && c.DataAtom == atom.Th
			txt := strings.Join(strings.Fields(nodeText(c)), " ")
			if len(txt) > 300 {
				return nil, false
			}
			cs, rs := spanOf(c, "colspan"), spanOf(c, "rowspan")
			for k := 0; k < cs && col < 50; k++ {
				if k == 0 {
					row = append(row, txt)
					if txt != "" {
						filled++
					}
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
		if strings.Join(row, "") == "" {
			continue
		}
		if len(grid) == 0 {
			header = i == 0 && cells > 0 && (allTh || tr.Parent != nil && tr.Parent.DataAtom == atom.Thead)
		}
		width = max(width, len(row))
		grid = append(grid, row)
	}
	if len(grid) < 2 || width < 2 || filled < 4 {
		return nil, false
	}
	for i := range grid {
		for len(grid[i]) < width {
			grid[i] = append(grid[i], "")
		}
	}
	return grid, header
}

// spanOf reads a colspan or rowspan, 1 when absent or bad, at most 50.
func spanOf(n *html.Node, key string) int {
	v := 0
	if _, err := fmt.Sscanf(strings.TrimSpace(attrOf(n, key)), "%d", &v); err != nil || v < 1 {
		return 1
	}
	return min(v, 50)
}

// cellKey is a cell's text for comparison: lower case, without white
// space (parsers differ on the spaces between a cell's elements).
func cellKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), "")) }

var canonicalRe = regexp.MustCompile(`(?i)<link[^>]+rel="canonical"[^>]*>|<meta[^>]+property="og:url"[^>]*>`)
var hrefRe = regexp.MustCompile(`(?i)(?:href|content)="(https?://[^"]+)"`)

// TestTablesBuild writes testdata/tables from a directory of test pages
// whose expected article is HTML:
//
//	go test -run TestTablesBuild -tables-build=DIR [-tables-out=testdata/tables2] -count=1 .
//
// DIR holds <name>/source.html and <name>/expected.html (Mozilla
// Readability's layout). A table of a source page with at least two rows
// and columns and four cells of text, holding no other table, is labelled
// in the article when nine tenths of its cells are in the expected
// page's tables, out of it when under a third of its cells are anywhere
// in the expected page, and left unlabelled between. Pages with no
// labelled table, and pages of a host of web-extract's validation part
// (its ground truth's url and site fields only), are left out.
func TestTablesBuild(t *testing.T) {
	if *flagTablesBuild == "" {
		t.Skip("only when asked: -tables-build=DIR")
	}
	excluded := validationHosts(t)
	dirs, err := os.ReadDir(*flagTablesBuild)
	if err != nil {
		t.Fatal(err)
	}
	out := tablesLabels{Origin: *flagTablesBuild}
	set := *flagTablesOut
	if err := os.MkdirAll(filepath.Join(set, "pages"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		src, err1 := os.ReadFile(filepath.Join(*flagTablesBuild, d.Name(), "source.html"))
		exp, err2 := os.ReadFile(filepath.Join(*flagTablesBuild, d.Name(), "expected.html"))
		if err1 != nil || err2 != nil || !bytes.Contains(bytes.ToLower(src), []byte("<table")) {
			continue
		}
		page := tablesPage{Name: d.Name()}
		if m := canonicalRe.Find(src); m != nil {
			if u := hrefRe.FindSubmatch(m); u != nil {
				page.URL = string(u[1])
				if pu, err := url.Parse(page.URL); err == nil {
					page.Host = strings.TrimPrefix(pu.Hostname(), "www.")
				}
			}
		}
		if page.Host == "" {
			page.Host = knownHosts[d.Name()]
		}
		if page.Host != "" && excluded[page.Host] {
			t.Logf("%s: a host of web-extract validation, left out", d.Name())
			continue
		}
		sdoc, err1 := html.Parse(bytes.NewReader(src))
		edoc, err2 := html.Parse(bytes.NewReader(exp))
		if err1 != nil || err2 != nil {
			continue
		}
		inTables := map[string]bool{}
		inText := cellKey(nodeText(edoc))
		for n := range edoc.Descendants() {
			if n.Type == html.ElementNode && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) {
				inTables[cellKey(nodeText(n))] = true
			}
		}
		idx := -1
		for n := range sdoc.Descendants() {
			if n.Type != html.ElementNode || n.DataAtom != atom.Table {
				continue
			}
			idx++
			grid, header := labelGrid(n)
			if grid == nil {
				continue
			}
			cells, inTab, inAll := 0, 0, 0
			for _, row := range grid {
				for _, c := range row {
					if k := cellKey(c); k != "" {
						cells++
						if inTables[k] {
							inTab++
						}
						if strings.Contains(inText, k) {
							inAll++
						}
					}
				}
			}
			switch {
			case inTab*10 >= cells*9:
				page.Tables = append(page.Tables, tablesTable{Index: idx, In: true, Header: header, Rows: grid})
			case inAll*3 < cells:
				page.Tables = append(page.Tables, tablesTable{Index: idx, In: false, Header: header, Rows: grid})
			default:
				t.Logf("%s: table %d left unlabelled (%d of %d cells in the expected tables, %d in its text)", d.Name(), idx, inTab, cells, inAll)
			}
		}
		if len(page.Tables) == 0 {
			continue
		}
		var gz bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		zw.Write(src)
		zw.Close()
		if err := os.WriteFile(filepath.Join(set, "pages", d.Name()+".html.gz"), gz.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		out.Pages = append(out.Pages, page)
	}
	b, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(set, "labels.json"), append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

// knownHosts are the sites of test pages that name no canonical address,
// as their own text says (for the site halves and the exclusion of
// web-extract validation's hosts).
var knownHosts = map[string]string{
	"lwn-1": "lwn.net", "keep-tabular-data": "factorio.com", "google-sre-book-1": "landing.google.com",
	"wikipedia-4": "en.wikipedia.org", "blogger": "siliconexposed.blogspot.com", "hukumusume": "hukumusume.com",
	"table-style-attributes": "slashdot.org",
}

// validationHosts returns the hosts of web-extract validation's pages, read
// from its ground truth's url and site fields only (nothing else of the
// validation part is opened), without "www.".
func validationHosts(t *testing.T) map[string]bool {
	b, err := os.ReadFile("../shared/bench/web-extract/validation/ground-truth.json")
	if err != nil {
		t.Fatal("web-extract validation's ground truth is needed to leave its hosts out: ", err)
	}
	var gt map[string]struct{ URL, Site string }
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatal(err)
	}
	hosts := map[string]bool{}
	for _, v := range gt {
		if u, err := url.Parse(v.URL); err == nil && u.Hostname() != "" {
			hosts[strings.TrimPrefix(u.Hostname(), "www.")] = true
		}
		if v.Site != "" {
			hosts[strings.TrimPrefix(v.Site, "www.")] = true
		}
	}
	return hosts
}

// tablesCounts are what TestTablesCorpus counts, for the tables in the
// article and those out of it.
type tablesCounts struct {
	inTables, inOK           int // tables in the article, and those with every cell in place
	headerOK                 int // of those, the ones whose block says header as the label does
	cells, cellsOK           int // their cells with text, and those in place
	flattened, missed, moved int // tables in the article: cells as text, absent, in a table block out of place
	outTables, taken         int // tables out of the article, and those taken as table blocks
}

func (c tablesCounts) String() string {
	return fmt.Sprintf("in the article: %d tables (%d whole, header row right %d), cells in place %d/%d = %.3f; flattened into text %d, missed (outside the chosen element) %d, misplaced %d; out of the article: %d tables, wrongly taken %d",
		c.inTables, c.inOK, c.headerOK, c.cellsOK, c.cells, share(c.cellsOK, c.cells), c.flattened, c.missed, c.moved, c.outTables, c.taken)
}

func (c *tablesCounts) add(o tablesCounts) {
	c.inTables += o.inTables
	c.inOK += o.inOK
	c.headerOK += o.headerOK
	c.cells += o.cells
	c.cellsOK += o.cellsOK
	c.flattened += o.flattened
	c.missed += o.missed
	c.moved += o.moved
	c.outTables += o.outTables
	c.taken += o.taken
}

var flagTablesList = flag.Bool("tableslist", false, "TestTablesCorpus logs each table that is not right (tuning sets only: never those of tablesHeldOut)")

// TestTablesCorpus measures the extractor's tables on each table set
// (tablesSets): of the tables in the article, the cells in place (in a
// table block, same row and column), and the tables whose cells came out
// as text (flattened), not at all (missed: outside the chosen element) or
// in a table block out of place (misplaced); of the tables out of the
// article, those taken as table blocks. By site halves (the pages' hosts,
// by a hash) and in all, set by set. It fails under floors a little below
// the figures measured (tablesFloors).
func TestTablesCorpus(t *testing.T) {
	for _, set := range tablesSets {
		b, err := os.ReadFile(filepath.Join(set, "labels.json"))
		if err != nil {
			t.Logf("%s: no labels.json, skipped", set)
			continue
		}
		var labels tablesLabels
		if err := json.Unmarshal(b, &labels); err != nil {
			t.Fatal(err)
		}
		var halves [2]tablesCounts
		for _, p := range labels.Pages {
			c := measureTablesPage(t, set, p)
			halves[tablesHalf(p)].add(c)
		}
		all := halves[0]
		all.add(halves[1])
		t.Logf("%s half A: %s", set, halves[0])
		t.Logf("%s half B: %s", set, halves[1])
		t.Logf("%s all, %d pages: %s", set, len(labels.Pages), all)
		f, ok := tablesFloors[set]
		if !ok {
			t.Errorf("%s: no floors in tablesFloors", set)
			continue
		}
		if r := share(all.cellsOK, all.cells); all.cells >= 20 && r < f.cells {
			t.Errorf("%s: cells in place %.3f, want ≥ %.2f", set, r, f.cells)
		}
		if all.taken > f.taken {
			t.Errorf("%s: %d tables out of the article taken, want ≤ %d", set, all.taken, f.taken)
		}
	}
}

// tablesFloors are the floors of TestTablesCorpus by set, a little below
// the figures measured: the least share of cells in place, and the most
// tables out of the article taken.
//
// testdata/tables: cells in place 418 of 644 (0.649; 0.557 before the
// rules written from this set: short multi-line cells, two-way tables),
// no table out of the article taken of 8. The rest of the misses are
// Wikipedia's infoboxes and navigation boxes, which Readability keeps and
// this extractor does not take for data (cells holding lists, headings
// over several columns).
//
// testdata/tables2 (held out: measured before any rule was looked for on
// it; see its NOTES.md): one page so far (marketwatch.com, from
// readability.php's test pages), its one table in the article: cells in
// place 63 of 63 at the commit that added the set, header row right; no
// table out of the article. A floor this close to the figure fails on
// the first regression of this kind of table (a story's figures in a
// plain <table>, the header row bold cells rather than <th>).
//
// testdata/tables3 (tuning; trafilatura-dev pages labelled by snippets,
// see its NOTES.md): cells in place 41 of 81 when the set was made (by
// halves 30/52, 11/29), 73 of 81 with a rule that took the tables in the
// other panels of a tabs or accordion widget (44/52, 29/29), removed
// after review: it gained no held-out or validation cell and took
// currency and weather tabs, FAQ answers and layout columns named "tab";
// no table out of the article taken of 1.
//
// testdata/tables4 (held out, the other half of the same pages): cells
// in place 14 of 72 when the set was made, and with the panels' rule;
// no table out of the article taken of 2.
var tablesFloors = map[string]struct {
	cells float64
	taken int
}{
	"testdata/tables":  {cells: 0.62, taken: 1},
	"testdata/tables2": {cells: 0.95, taken: 0},
	"testdata/tables3": {cells: 0.48, taken: 0},
	"testdata/tables4": {cells: 0.15, taken: 0},
}

// tablesHalf puts a page in half 0 or 1 by its host (its name when the
// host is unknown), so that a site's pages stay together.
func tablesHalf(p tablesPage) int {
	k := p.Host
	if k == "" {
		k = p.Name
	}
	h := fnv.New32a()
	h.Write([]byte(k))
	if strings.HasPrefix(p.Name, "td-") {
		// The snippet-labelled sets (tables3, tables4) were split from
		// each other by FNV-1a's lowest bit, which is the parity of the
		// host's odd bytes, as this hash's lowest bit is: the top bit of
		// the 64-bit hash halves them independently of that split.
		h64 := fnv.New64a()
		h64.Write([]byte(k))
		return int(h64.Sum64() >> 63)
	}
	return int(h.Sum32() % 2)
}

// measureTablesPage parses a page of the set and counts its tables.
func measureTablesPage(t *testing.T, set string, p tablesPage) tablesCounts {
	var c tablesCounts
	list := *flagTablesList && !tablesHeldOut[set]
	raw := readGzipFile(t, filepath.Join(set, "pages", p.Name+".html.gz"))
	u := p.URL
	if u == "" {
		u = "https://" + p.Name + ".example/article.html"
	}
	a, _ := ParseHTML(bytes.NewReader(raw), WithURL(u))
	if a == nil {
		a = &Article{}
	}
	// The body's text outside table blocks, and the cells of its table
	// blocks, as cellKey has them.
	var text strings.Builder
	tableCells := map[string]bool{}
	for _, b := range a.Body {
		if b.Type == Table {
			for _, row := range b.Rows {
				for _, cell := range row {
					tableCells[cellKey(cell)] = true
				}
			}
			continue
		}
		text.WriteString(cellKey(b.Text))
	}
	plain := text.String()
	for _, tb := range p.Tables {
		n, inPlace, inTable, asText := 0, 0, 0, 0
		for r, row := range tb.Rows {
			for col, cell := range row {
				k := cellKey(cell)
				if k == "" {
					continue
				}
				n++
				if cellAt(a.Body, r, col, k) {
					inPlace++
				}
				if tableCells[k] {
					inTable++
				}
				if strings.Contains(plain, k) {
					asText++
				}
			}
		}
		if !tb.In {
			c.outTables++
			if inTable*2 > n {
				c.taken++
				if list {
					t.Logf("%s table %d: out of the article, taken", p.Name, tb.Index)
				}
			}
			continue
		}
		c.inTables++
		c.cells += n
		c.cellsOK += inPlace
		why := ""
		switch {
		case inPlace == n:
			c.inOK++
			if tableHeader(a.Body, tb.Rows) == tb.Header {
				c.headerOK++
			} else if list {
				t.Logf("%s table %d: header row %v, want %v", p.Name, tb.Index, !tb.Header, tb.Header)
			}
		case inTable*2 > n:
			c.moved++
			why = "misplaced"
		case asText*2 > n:
			c.flattened++
			why = "flattened"
		default:
			c.missed++
			why = "missed"
		}
		if why != "" && list {
			t.Logf("%s table %d: in the article, %s (%d of %d cells in place)", p.Name, tb.Index, why, inPlace, n)
		}
	}
	return c
}

// tableHeader returns the Header of the first table block of body whose
// first row holds rows' first row.
func tableHeader(body []Block, rows [][]string) bool {
	for _, b := range body {
		if b.Type != Table || len(b.Rows) == 0 || len(b.Rows[0]) < len(rows[0]) {
			continue
		}
		same := true
		for c, cell := range rows[0] {
			same = same && cellKey(cell) == cellKey(b.Rows[0][c])
		}
		if same {
			return b.Header
		}
	}
	return false
}

// cellAt reports whether some table block of body has a cell at row r,
// column c whose text is k (as cellKey has it).
func cellAt(body []Block, r, c int, k string) bool {
	for _, b := range body {
		if b.Type == Table && r < len(b.Rows) && c < len(b.Rows[r]) && cellKey(b.Rows[r][c]) == k {
			return true
		}
	}
	return false
}
