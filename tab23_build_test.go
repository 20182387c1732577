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
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Table sets from pages whose article is known by snippets rather than
// whole (testdata/tables3, tuning; testdata/tables4, held out; see their
// NOTES.md): trafilatura's evaluation pages of the trafilatura-dev
// corpus (labels.json: snippets that must be, "with", and must not be,
// "without", in the main text) and go-trafilatura's real-world mock pages
// (its realworld_test.go asserts what the extracted text contains and
// does not). A table of such a page is labelled by the snippets that
// fall inside it:
//
//   - a candidate is a <table> the table sets' rule reads (labelGrid: two
//     rows and columns, four cells of text, no table inside, no cell over
//     300 characters) with no form control in it and at most half of its
//     cells nothing but a link (a menu or a link list);
//   - it is in the article when a "with" snippet of at least 10
//     characters lies inside its text (its cells one after another, as
//     cellKey has them) and no "without" snippet does; out of it when a
//     "without" snippet lies inside and no "with" one does; unlabelled
//     otherwise (no snippet touches most tables). A snippet that lies in
//     two candidate tables labels neither.
//
// The pages are split into the two sets by their host (a hash, so that a
// site's pages stay together) before the extractor is run on any of
// them: TestTab23Build never parses a page with the extractor.

var flagTab23Build = flag.Bool("tab23-build", false, "TestTab23Build: write testdata/tables3 and testdata/tables4 from trafilatura-dev and go-trafilatura's mock pages")

var flagTab23Mock = flag.String("tab23-mock", "", "TestTab23Build: go-trafilatura's module directory (holding test-files/mock and realworld_test.go); none when empty")

// tab23Snippets are a page's labels: snippets in and out of its article.
type tab23Snippets struct {
	with, without []string
}

// tab23Source is a page offered to the builder.
type tab23Source struct {
	name, url, path, origin string
	snip                    tab23Snippets
}

func TestTab23Build(t *testing.T) {
	if !*flagTab23Build {
		t.Skip("only when asked: -tab23-build [-tab23-mock=DIR]")
	}
	excluded := validationHosts(t)
	var srcs []tab23Source
	// trafilatura-dev.
	const tdir = "../shared/bench/trafilatura-dev"
	b, err := os.ReadFile(filepath.Join(tdir, "labels.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tl map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatal(err)
	}
	for u, l := range tl {
		srcs = append(srcs, tab23Source{
			name: "td-" + strings.TrimSuffix(l.File, ".html"), url: u, path: filepath.Join(tdir, "html", l.File+".gz"),
			origin: "trafilatura-dev", snip: tab23Snippets{l.With, l.Without},
		})
	}
	// go-trafilatura's mock pages.
	if *flagTab23Mock != "" {
		srcs = append(srcs, tab23MockSources(t, *flagTab23Mock)...)
	}
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].name < srcs[j].name })
	sets := [2]tablesLabels{{Origin: "trafilatura-dev and go-trafilatura v1.12.2 test-files/mock; tuning half"}, {Origin: "trafilatura-dev and go-trafilatura v1.12.2 test-files/mock; held-out half"}}
	dirs := [2]string{"testdata/tables3", "testdata/tables4"}
	var counts [2][3]int // pages, tables in, tables out
	for _, s := range srcs {
		raw, err := os.ReadFile(s.path)
		if err != nil {
			continue
		}
		if strings.HasSuffix(s.path, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(raw))
			if err != nil {
				continue
			}
			var buf bytes.Buffer
			if _, err := buf.ReadFrom(zr); err != nil {
				continue
			}
			raw = buf.Bytes()
		}
		if !bytes.Contains(bytes.ToLower(raw), []byte("<table")) {
			continue
		}
		host := ""
		if pu, err := url.Parse(s.url); err == nil {
			host = strings.TrimPrefix(pu.Hostname(), "www.")
		}
		if host == "" || excluded[host] {
			continue
		}
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			continue
		}
		page := tablesPage{Name: s.name, URL: s.url, Host: host}
		type cand struct {
			idx    int
			grid   [][]string
			header bool
			key    string
		}
		var cands []cand
		idx := -1
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode || n.DataAtom != atom.Table {
				continue
			}
			idx++
			grid, header := labelGrid(n)
			if grid == nil || !tab23Candidate(n) {
				continue
			}
			var key strings.Builder
			for _, row := range grid {
				for _, c := range row {
					key.WriteString(cellKey(c))
				}
			}
			cands = append(cands, cand{idx, grid, header, key.String()})
		}
		// A snippet that lies in two tables (a page printing the same
		// data twice, once in a hidden pop-up) says nothing of either.
		snips := func(list []string) []string {
			var out []string
			for _, sn := range list {
				n := 0
				for _, c := range cands {
					if tab23Touches(c.key, []string{sn}) {
						n++
					}
				}
				if n <= 1 {
					out = append(out, sn)
				}
			}
			return out
		}
		with, without := snips(s.snip.with), snips(s.snip.without)
		for _, c := range cands {
			idx, grid, header := c.idx, c.grid, c.header
			in, out := tab23Touches(c.key, with), tab23Touches(c.key, without)
			switch {
			case in && !out:
				page.Tables = append(page.Tables, tablesTable{Index: idx, In: true, Header: header, Rows: grid})
			case out && !in:
				page.Tables = append(page.Tables, tablesTable{Index: idx, In: false, Header: header, Rows: grid})
			}
		}
		if len(page.Tables) == 0 {
			continue
		}
		h := tab23Half(host)
		counts[h][0]++
		for _, tb := range page.Tables {
			if tb.In {
				counts[h][1]++
			} else {
				counts[h][2]++
			}
		}
		if err := os.MkdirAll(filepath.Join(dirs[h], "pages"), 0o755); err != nil {
			t.Fatal(err)
		}
		var gz bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		zw.Write(raw)
		zw.Close()
		if err := os.WriteFile(filepath.Join(dirs[h], "pages", s.name+".html.gz"), gz.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		sets[h].Pages = append(sets[h].Pages, page)
	}
	for h := range sets {
		b, err := json.MarshalIndent(sets[h], "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dirs[h], "labels.json"), append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d pages, %d tables in the article, %d out", dirs[h], counts[h][0], counts[h][1], counts[h][2])
	}
}

// tab23Candidate reports whether a table may hold data by the builder's
// rule: no form control inside (a form laid out in a table), at most half
// of its cells with text nothing but a link (a menu, a link list).
func tab23Candidate(t *html.Node) bool {
	filled, linked := 0, 0
	for d := range t.Descendants() {
		if d.Type != html.ElementNode {
			continue
		}
		switch d.DataAtom {
		case atom.Input, atom.Select, atom.Textarea, atom.Button:
			return false
		case atom.Td, atom.Th:
			txt := cellKey(nodeText(d))
			if txt == "" {
				continue
			}
			filled++
			link := 0
			for x := range d.Descendants() {
				if x.Type == html.ElementNode && x.DataAtom == atom.A {
					link += len(cellKey(nodeText(x)))
				}
			}
			if link >= len(txt) {
				linked++
			}
		}
	}
	return linked*2 <= filled
}

// tab23Touches reports whether a snippet of at least 10 characters (as
// cellKey has it) lies inside a table's text.
func tab23Touches(key string, snips []string) bool {
	for _, s := range snips {
		if k := cellKey(s); len(k) >= 10 && strings.Contains(key, k) {
			return true
		}
	}
	return false
}

// tab23Half puts a host in the tuning half (0) or the held-out half (1).
func tab23Half(host string) int {
	h := fnv.New32a()
	h.Write([]byte("tab23:" + host))
	return int(h.Sum32() % 2)
}

var (
	tab23MockURL  = regexp.MustCompile(`extractMockFile\(rwMockFiles, "([^"]+)"\)`)
	tab23MockSnip = regexp.MustCompile(`assert\.(True|False)\(t, resContains\(result, "((?:[^"\\]|\\.)*)"\)\)`)
	tab23MockFile = regexp.MustCompile(`"([^"]+)":\s*"([^"]+\.html)"`)
)

// tab23MockSources reads go-trafilatura's real-world mock pages and what
// its realworld_test.go asserts of each page's extracted text.
func tab23MockSources(t *testing.T, dir string) []tab23Source {
	files := map[string]string{}
	m, err := os.ReadFile(filepath.Join(dir, "realworld-mock_test.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range tab23MockFile.FindAllStringSubmatch(string(m), -1) {
		files[f[1]] = f[2]
	}
	rw, err := os.ReadFile(filepath.Join(dir, "realworld_test.go"))
	if err != nil {
		t.Fatal(err)
	}
	snips := map[string]*tab23Snippets{}
	cur := ""
	for _, line := range strings.Split(string(rw), "\n") {
		if u := tab23MockURL.FindStringSubmatch(line); u != nil {
			cur = u[1]
			if snips[cur] == nil {
				snips[cur] = &tab23Snippets{}
			}
			continue
		}
		if s := tab23MockSnip.FindStringSubmatch(line); s != nil && cur != "" {
			var v string
			if _, err := fmt.Sscanf(`"`+s[2]+`"`, "%q", &v); err != nil {
				v = s[2]
			}
			if s[1] == "True" {
				snips[cur].with = append(snips[cur].with, v)
			} else {
				snips[cur].without = append(snips[cur].without, v)
			}
		}
	}
	var out []tab23Source
	for u, s := range snips {
		f, ok := files[u]
		if !ok {
			continue
		}
		out = append(out, tab23Source{
			name: "gt-" + strings.TrimSuffix(f, ".html"), url: u, path: filepath.Join(dir, "test-files", "mock", f),
			origin: "go-trafilatura mock", snip: *s,
		})
	}
	return out
}
