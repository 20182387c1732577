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

var flagFallbackSignals = flag.String("fallbacksignals", "", "write the fallback's signals and the three bodies' F1 on every web-extract dev and AEB page to this TSV file")

// fallbackPage is one tuning page: its id, site, file, address and the
// article text of its ground truth.
type fallbackPage struct {
	id, site, path, url, truth string
}

// fallbackPages lists the tuning pages of web-extract dev/ and of the
// AEB, for the fallback's tuning table and its selector's training; nil
// when the shared corpora are not there.
func fallbackPages(t *testing.T) []fallbackPage {
	shared := filepath.Join("..", "..", "..", "shared", "bench")
	var out []fallbackPage
	dir := filepath.Join(shared, "web-extract", "dev")
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil
	}
	var gt map[string]struct{ File, URL, Site, ArticleBody string }
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatal(err)
	}
	for id, g := range gt {
		site := g.Site
		if site == "" {
			site = id
		}
		out = append(out, fallbackPage{id: id, site: site, path: filepath.Join(dir, g.File), url: g.URL, truth: g.ArticleBody})
	}
	dir = filepath.Join(shared, "aeb")
	if raw, err = os.ReadFile(filepath.Join(dir, "ground-truth.json")); err == nil {
		var at map[string]struct{ URL, ArticleBody string }
		if err := json.Unmarshal(raw, &at); err != nil {
			t.Fatal(err)
		}
		for id, g := range at {
			out = append(out, fallbackPage{id: "aeb-" + id, site: "aeb-" + id, path: filepath.Join(dir, "html", id+".html.gz"), url: g.URL, truth: g.ArticleBody})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

// fallbackRow is one page's signals and the token F1 of its bodies.
type fallbackRow struct {
	page        fallbackPage
	s           fallbackSignals
	fOurs, fAlt float64
}

// fallbackRows runs the extraction on every page with the second
// extraction made everywhere and returns what the probe saw.
func fallbackRows(t *testing.T, pages []fallbackPage) []fallbackRow {
	fallbackAlways = true
	defer func() { fallbackAlways, fallbackProbe = false, nil }()
	var rows []fallbackRow
	for _, p := range pages {
		b, err := eval.ReadGzip(p.path)
		if err != nil {
			t.Fatal(err)
		}
		seen := false
		fallbackProbe = func(s fallbackSignals, ours, alt []model.Block) {
			if seen {
				return
			}
			seen = true
			r := fallbackRow{page: p, s: s}
			r.fOurs = eval.ScoreTokens(joinBlocks(ours), p.truth).F1
			r.fAlt = eval.ScoreTokens(joinBlocks(alt), p.truth).F1
			rows = append(rows, r)
		}
		_, _ = Extract(b, &model.Config{URL: p.url})
	}
	return rows
}

// TestFallbackSignals dumps, for every page of web-extract dev/ and the
// AEB (tuning corpora only), the signals the fallback's decision reads
// and the token F1 of the three bodies:
//
//	go test ./internal/htmlx -run TestFallbackSignals -fallbacksignals /tmp/fb.tsv
func TestFallbackSignals(t *testing.T) {
	if *flagFallbackSignals == "" {
		t.Skip("dumps the fallback's signals only when asked: -fallbacksignals FILE")
	}
	pages := fallbackPages(t)
	if pages == nil {
		t.Skip("no shared corpora")
	}
	var sb strings.Builder
	sb.WriteString("id\tsite\tpage\tours\talt\toverlap\toursin\tnours\tnalt\tbestld\taltld\tmarked\toutside\tlead\tleadours\tleadalt\tf_ours\tf_alt\taltonly\taltonlyprob\taltonlyld\toursonly\toursonlyprob\toursonlyld\n")
	for _, r := range fallbackRows(t, pages) {
		s := r.s
		fmt.Fprintf(&sb, "%s\t%s\t%d\t%d\t%d\t%.3f\t%.3f\t%d\t%d\t%.3f\t%.3f\t%t\t%.3f\t%t\t%t\t%t\t%.4f\t%.4f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n",
			r.page.id, r.page.site, s.page, s.ours, s.alt, s.overlap, s.oursIn, s.nOurs, s.nAlt, s.bestLD, s.altLD, s.marked,
			s.outside, s.lead, s.leadOurs, s.leadAlt, r.fOurs, r.fAlt,
			s.altOnly, s.altOnlyProb, s.altOnlyLD, s.oursOnly, s.oursOnlyProb, s.oursOnlyLD)
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
	bs, _ := readabilityBody(root, "T", nil)
	_ = html.Render(&after, root)
	if before.String() != after.String() {
		t.Error("readabilityBody changed the page's tree")
	}
	got := joinBlocks(bs)
	if !strings.Contains(got, "Second. The council") || strings.Contains(got, "Contact") || strings.Contains(got, "Home") {
		t.Errorf("second body = %q", got)
	}
}
