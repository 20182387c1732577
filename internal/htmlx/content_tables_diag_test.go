package htmlx

import (
	"flag"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var flagTablesDiag = flag.Bool("tablesdiag", false, "log the data tables outside the chosen element on web-extract dev and the AEB, by what keeps them out")

// TestTablesOutside files the data tables that lie outside the chosen
// element on the tuning pages (web-extract dev/, the AEB) by what keeps
// them out of the body, and counts those whose cell rows are mostly in
// the people's main text or not (a loose test: a row of short numbers is
// found in most texts):
//
//	go test ./internal/htmlx -run TestTablesOutside -tablesdiag -v -count=1
//
// At the commit that added it (tables beside the body taken, besideTables):
// of the 415 data tables outside the chosen element, those before the
// body's first block are 8 in the truth against 205 not, those in
// furniture 0 against 61, in another column of a layout table 15 against
// 66 (14 of the 15 on one page), mostly links 2 against 31, calendars 3
// against 4, a form 0 against 1; of the 19 held out by distance or by
// text between, the 13 in the truth are one page's; none was taken.
// There is nothing on the tuning pages to widen the rule by.
func TestTablesOutside(t *testing.T) {
	if !*flagTablesDiag {
		t.Skip("only when asked: -tablesdiag")
	}
	pages := fallbackPages(t)
	if pages == nil {
		t.Skip("no shared corpora")
	}
	type tally struct{ truth, other int }
	why := map[string]*tally{}
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
		truth := strings.ToLower(strings.Join(strings.Fields(p.truth), " "))
		beside := w.besideTables(best)
		seen := map[*html.Node]bool{}
		first := -1
		for i := range w.Blocks {
			if isAncestor(best, w.Blocks[i].owner) {
				first = i
				break
			}
		}
		for i := range w.Blocks {
			b := &w.Blocks[i]
			if b.kind != kindCell || isAncestor(best, b.owner) {
				continue
			}
			tb := enclosing(b.owner, atom.Table, 8)
			if tb == nil || seen[tb] || isAncestor(tb, best) || !dataTable(tb) {
				continue
			}
			seen[tb] = true
			// In the truth: most of its cell text is.
			in, all := 0, 0
			for j := i; j < len(w.Blocks) && isAncestor(tb, w.Blocks[j].owner); j++ {
				all++
				if strings.Contains(truth, strings.ToLower(w.Blocks[j].Text)) {
					in++
				}
			}
			k := 0
			for an := best; an != nil && !isAncestor(an, tb); an = an.Parent {
				k++
			}
			r := fmt.Sprintf("up%d", min(k, 5))
			switch {
			case slices.Contains(beside, tb):
				r = "TAKEN"
			case first < 0 || i < first:
				r += ":before"
			case b.boiler:
				r += ":boiler"
			case otherColumn(tb, best):
				r += ":othercolumn"
			case calendarGrid(tb):
				r += ":calendar"
			case holdsForm(tb, 0):
				r += ":form"
			case !w.fewLinks(tb, i):
				r += ":links"
			default:
				r += ":gap-or-far"
			}
			if testing.Verbose() && in*2 > all && r != "TAKEN" {
				t.Logf("%s %s: %d of %d cell rows in the truth", r, p.id, in, all)
			}
			if why[r] == nil {
				why[r] = &tally{}
			}
			if in*2 > all {
				why[r].truth++
			} else {
				why[r].other++
			}
		}
	}
	var keys []string
	for k := range why {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%-24s in the truth %4d, not %4d", k, why[k].truth, why[k].other)
	}
}
