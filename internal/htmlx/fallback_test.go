package htmlx

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
)

var flagFallbackSignals = flag.String("fallbacksignals", "", "write the fallback's signals and both bodies' F1 on every web-extract dev page to this TSV file")

// TestFallbackSignals dumps, for every page of web-extract dev/ (the
// tuning part only), the signals the fallback's decision reads and the
// token F1 of both bodies, the table its thresholds were tuned on:
//
//	go test ./internal/htmlx -run TestFallbackSignals -fallbacksignals /tmp/fb.tsv
func TestFallbackSignals(t *testing.T) {
	if *flagFallbackSignals == "" {
		t.Skip("dumps the fallback's signals only when asked: -fallbacksignals FILE")
	}
	dir := filepath.Join("..", "..", "..", "shared", "bench", "web-extract", "dev")
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Skip(err)
	}
	var gt map[string]struct{ File, URL, ArticleBody string }
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fallbackAlways = true
	defer func() { fallbackAlways, fallbackProbe = false, nil }()
	var sb strings.Builder
	sb.WriteString("id\tpage\tours\talt\toverlap\tnours\tnalt\toursin\tbestld\tmarked\tf_ours\tf_alt\n")
	for _, id := range ids {
		g := gt[id]
		b, err := eval.ReadGzip(filepath.Join(dir, g.File))
		if err != nil {
			t.Fatal(err)
		}
		var row string
		fallbackProbe = func(s fallbackSignals, ours, alt []model.Block) {
			fo := eval.ScoreTokens(joinBlocks(ours), g.ArticleBody).F1
			fa := eval.ScoreTokens(joinBlocks(alt), g.ArticleBody).F1
			row = fmt.Sprintf("%s\t%d\t%d\t%d\t%.3f\t%d\t%d\t%.3f\t%.3f\t%t\t%.4f\t%.4f\n", id, s.page, s.ours, s.alt, s.overlap, s.nOurs, s.nAlt, s.oursIn, s.bestLD, s.marked, fo, fa)
		}
		_, _ = Extract(b, &model.Config{URL: g.URL})
		sb.WriteString(row)
	}
	if err := os.WriteFile(*flagFallbackSignals, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func joinBlocks(bs []model.Block) string {
	p := make([]string, len(bs))
	for i, b := range bs {
		p[i] = b.Text
	}
	return strings.Join(p, "\n")
}

func TestFallbackRule(t *testing.T) {
	for _, c := range []struct {
		name string
		s    fallbackSignals
		want bool
	}{
		{"empty body, second has text", fallbackSignals{ours: 0, alt: 900}, true},
		{"empty body, second too short", fallbackSignals{ours: 0, alt: 150}, false},
		{"one-block teaser, second 3x", fallbackSignals{ours: 300, nOurs: 1, alt: 900, bestLD: 0.02}, true},
		{"teaser, second only 1.5x", fallbackSignals{ours: 600, nOurs: 2, alt: 900}, false},
		{"teaser among links (comments would come in)", fallbackSignals{ours: 300, nOurs: 1, alt: 5000, bestLD: 0.3}, false},
		{"many blocks: not doubtful", fallbackSignals{ours: 2000, nOurs: 12, alt: 9000}, false},
		{"marked <article>: not doubtful", fallbackSignals{ours: 600, nOurs: 2, alt: 2000, marked: true}, false},
	} {
		if got := preferAlt(c.s); got != c.want {
			t.Errorf("%s: preferAlt = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestReadabilityBodyLeavesTree(t *testing.T) {
	para := "The council met on Tuesday and voted on the plan, after a long debate that ran, as it often does, late into the night. "
	page := `<html><head><title>T</title></head><body><div class="nav"><a href="/">Home</a> <a href="/a">News</a></div>
<div class="post-content"><p>` + strings.Repeat(para, 3) + `</p><p>Second. ` + strings.Repeat(para, 3) + `</p></div>
<div class="footer"><a href="/c">Contact</a></div></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var before, after strings.Builder
	_ = html.Render(&before, root)
	bs := readabilityBody(root, "T", nil)
	_ = html.Render(&after, root)
	if before.String() != after.String() {
		t.Error("readabilityBody changed the page's tree")
	}
	got := joinBlocks(bs)
	if !strings.Contains(got, "Second. The council") || strings.Contains(got, "Contact") || strings.Contains(got, "Home") {
		t.Errorf("second body = %q", got)
	}
}
