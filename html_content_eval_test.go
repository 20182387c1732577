package article

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/articlekit/article/internal/eval"
)

// The web-extract driver: scores the main-content extractor on one split of
// ../shared/bench/web-extract in process, as its score.py does (token F1 of
// the body against articleBody, lower-cased \w+ tokens, mean over pages),
// in seconds rather than the minutes one process per page takes.
//
//	go test -run TestWebExtract -webextract dev [-wepages out.json] [-welimit N]
//
// It parses as the command line does (Parse, which sniffs HTML from text).
// It prints two figures: "cli" counts a page the parser refuses (an error)
// as empty, as the command line does today; "any" scores whatever body the
// parser returned with its error, which leaves out the page-kind and
// charset verdicts other parts of the code own. -wepages writes each page's
// scores, to compare two runs page by page.
var (
	flagWebExtract = flag.String("webextract", "", "score the content extractor on this split of ../shared/bench/web-extract (dev or validation)")
	flagWEPages    = flag.String("wepages", "", "with -webextract: write per-page scores to this JSON file")
	flagWELimit    = flag.Int("welimit", 0, "with -webextract: score only the first N pages")
)

// webExtractDir is where the web-extract benchmark sits beside the
// repository.
const webExtractDir = "../shared/bench/web-extract"

// weTruth is one entry of a split's ground-truth.json.
type weTruth struct {
	File        string `json:"file"`
	Source      string `json:"source"`
	URL         string `json:"url"`
	ArticleBody string `json:"articleBody"`
}

// wePage is one page's scores.
type wePage struct {
	P, R, F1 float64 // of the body returned, refused or not
	CLI      float64 // F1 with a refused page counted as empty
	Empty    bool
	Err      string `json:",omitempty"`
}

// weTokens are the lower-cased word tokens web-extract's score.py counts.
func weTokens(s string) []string { return eval.LowerTokens(s) }

// loadWebExtract reads a split's ground truth, its ids sorted.
func loadWebExtract(t testing.TB, split string) (map[string]weTruth, []string) {
	dir := filepath.Join(webExtractDir, split)
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Skipf("web-extract corpus not found (%v): it sits in ../shared beside the repository", err)
	}
	var gt map[string]weTruth
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return gt, ids
}

func bodyOf(a *Article) string {
	if a == nil {
		return ""
	}
	var sb strings.Builder
	for i, b := range a.Body {
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(b.Text)
	}
	return sb.String()
}

func TestWebExtract(t *testing.T) {
	split := *flagWebExtract
	if split == "" {
		t.Skip("scores the content extractor only when asked: -webextract dev (or validation)")
	}
	gt, ids := loadWebExtract(t, split)
	if *flagWELimit > 0 && *flagWELimit < len(ids) {
		ids = ids[:*flagWELimit]
	}
	res := make([]wePage, len(ids))
	var wg sync.WaitGroup
	next := make(chan int)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				g := gt[ids[i]]
				b, err := eval.ReadGzip(filepath.Join(webExtractDir, split, g.File))
				if err != nil {
					t.Error(err)
					continue
				}
				a, err := Parse(bytes.NewReader(b), WithURL(g.URL))
				sc := eval.ScoreTokens(bodyOf(a), g.ArticleBody)
				p := &res[i]
				p.P, p.R, p.F1 = sc.P, sc.R, sc.F1
				p.CLI = p.F1
				p.Empty = sc.Empty
				if err != nil {
					p.Err = err.Error()
					p.CLI = 0
				}
			}
		}()
	}
	for i := range ids {
		next <- i
	}
	close(next)
	wg.Wait()
	type agg struct {
		n, empty, errs int
		p, r, f, cli   float64
	}
	by := map[string]*agg{}
	for i, id := range ids {
		for _, k := range []string{"all", gt[id].Source} {
			a := by[k]
			if a == nil {
				a = &agg{}
				by[k] = a
			}
			r := res[i]
			a.n++
			a.p += r.P
			a.r += r.R
			a.f += r.F1
			a.cli += r.CLI
			if r.Empty {
				a.empty++
			}
			if r.Err != "" {
				a.errs++
			}
		}
	}
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] == "all" || keys[j] != "all" && keys[i] < keys[j] })
	fmt.Printf("%-10s %5s %6s %6s %6s %6s %5s %5s\n", split, "pages", "P", "R", "F1", "cli", "empty", "err")
	for _, k := range keys {
		a := by[k]
		n := float64(a.n)
		fmt.Printf("%-10s %5d %6.3f %6.3f %6.3f %6.3f %5d %5d\n", k, a.n, a.p/n, a.r/n, a.f/n, a.cli/n, a.empty, a.errs)
	}
	if *flagWEPages != "" {
		m := make(map[string]wePage, len(ids))
		for i, id := range ids {
			m[id] = res[i]
		}
		b, _ := json.MarshalIndent(m, "", " ")
		if err := os.WriteFile(*flagWEPages, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
