package htmlx

import (
	"flag"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var flagBeforeDiag = flag.Bool("tables16before", false, "count the data tables just before the chosen element on the tuning pages, in the people's text or not")

// TestTablesBefore counts, on the tuning pages (web-extract dev/, the
// AEB), the data tables that end just before the chosen element's first
// block (no text of 80 letters or more between, the common ancestor at
// most four levels above it, few links, no furniture, no calendar, no
// form, not in another column), by whether most of their rows are in the
// people's main text: would the rule of besideTables, run backwards,
// take the story's tables or the page's?
//
//	go test ./internal/htmlx -run TestTablesBefore -tables16before -v -count=1
//
// At the commit that added it: 1 in the truth, 1 not, on 1,396 pages
// (none with the common ancestor at most two levels up): nothing to
// write a rule from, and none was written.
func TestTablesBefore(t *testing.T) {
	if !*flagBeforeDiag {
		t.Skip("only when asked: -tables16before")
	}
	pages := fallbackPages(t)
	if pages == nil {
		t.Skip("no shared corpora")
	}
	in, out := 0, 0
	for _, p := range pages {
		raw, err := eval.ReadGzip(p.path)
		if err != nil {
			t.Fatal(err)
		}
		root, size, ok := decodeParse(raw)
		if !ok {
			continue
		}
		a := buildMeta(collectMeta(root, size), &model.Config{URL: p.url})
		w := &ContentWalker{UseHints: true}
		w.Walk(root, WalkState{Owner: root}, 0)
		w.Flush()
		best := w.choose(a.Headline)
		if best == nil {
			continue
		}
		up := best
		for k := 0; k < 4; k++ {
			q := up.Parent
			if q == nil || q.Type != html.ElementNode || q.DataAtom == atom.Body || q.DataAtom == atom.Html {
				break
			}
			up = q
		}
		first := -1
		for i := range w.Blocks {
			if isAncestor(best, w.Blocks[i].owner) {
				first = i
				break
			}
		}
		if first < 0 || up == best {
			continue
		}
		truth := strings.ToLower(strings.Join(strings.Fields(p.truth), " "))
		// Walk back from the first block.
		var tb *html.Node
		for j := first - 1; j >= 0; j-- {
			b := &w.Blocks[j]
			tt := enclosing(b.owner, atom.Table, 8)
			if tt == nil || b.kind != kindCell || b.boiler || isAncestor(tt, best) || !isAncestor(up, tt) {
				if !b.boiler && b.Runes >= besideGap {
					break
				}
				continue
			}
			tb = tt
			break
		}
		if tb == nil || otherColumn(tb, best) || !dataTable(tb) || calendarGrid(tb) || holdsForm(tb, 0) {
			continue
		}
		i0 := -1
		for i := range w.Blocks {
			if isAncestor(tb, w.Blocks[i].owner) {
				i0 = i
				break
			}
		}
		if !w.fewLinks(tb, i0) {
			continue
		}
		hit, all := 0, 0
		for j := i0; j < len(w.Blocks) && isAncestor(tb, w.Blocks[j].owner); j++ {
			all++
			if strings.Contains(truth, strings.ToLower(w.Blocks[j].Text)) {
				hit++
			}
		}
		if hit*2 > all {
			in++
		} else {
			out++
		}
		t.Logf("%s: %d of %d rows in the truth", p.id, hit, all)
	}
	t.Logf("tables just before the body: in the truth %d, not %d", in, out)
}
