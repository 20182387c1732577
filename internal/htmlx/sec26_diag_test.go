package htmlx

import (
	"flag"
	"strings"
	"testing"
)

// flagSec26 runs TestSec26Recall: the section's accuracy and the recall
// of the candidates (is the label among any source's candidates?) on the
// labelled web-extract dev pages, by source corpus (Dragnet, L3S-GN1) and
// by site half (issue 12, sec26). Dev pages only; run from internal/htmlx:
//
//	go test -run TestSec26Recall -sec26 -count=1 -v .
var flagSec26 = flag.Bool("sec26", false, "measure section accuracy and candidate recall on the dev labels by corpus and half")

func TestSec26Recall(t *testing.T) {
	if !*flagSec26 {
		t.Skip("only when asked: -sec26")
	}
	pages := loadSecPages(t)
	type row struct{ sec, secN, none, noneN, reach int }
	rows := map[string]*row{}
	for _, p := range pages {
		corpus := "Dragnet"
		if strings.HasPrefix(p.id, "l3s-") {
			corpus = "L3S-GN1"
		}
		half := "half " + string(rune('A'+p.half))
		for _, k := range []string{"all", corpus, half, corpus + " " + half} {
			r := rows[k]
			if r == nil {
				r = &row{}
				rows[k] = r
			}
			if p.label == nil {
				r.noneN++
				if p.hand == "" {
					r.none++
				}
				continue
			}
			r.secN++
			want := FoldSection(*p.label)
			if p.hand == want {
				r.sec++
			}
			for _, c := range p.cands {
				if c.fold == want {
					r.reach++
					break
				}
			}
		}
	}
	for _, k := range []string{"all", "Dragnet", "L3S-GN1", "half A", "half B", "Dragnet half A", "Dragnet half B", "L3S-GN1 half A", "L3S-GN1 half B"} {
		r := rows[k]
		if r == nil {
			continue
		}
		t.Logf("%-15s section %d/%d (%.3f), label among candidates %d/%d (%.3f), none where none shown %d/%d",
			k, r.sec, r.secN, float64(r.sec)/float64(max(r.secN, 1)), r.reach, r.secN, float64(r.reach)/float64(max(r.secN, 1)), r.none, r.noneN)
	}
}
