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
	sb.WriteString("id\tpage\tours\talt\toverlap\tnours\tnalt\toursin\tbestld\tf_ours\tf_alt\n")
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
			row = fmt.Sprintf("%s\t%d\t%d\t%d\t%.3f\t%d\t%d\t%.3f\t%.3f\t%.4f\t%.4f\n", id, s.page, s.ours, s.alt, s.overlap, s.nOurs, s.nAlt, s.oursIn, s.bestLD, fo, fa)
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
