package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/eval"
)

// The per-page comparison with the peers on web-extract dev/:
//
//	go test -run TestPeerPages -peerpages /tmp/pages.tsv -count=1 .
//
// writes one line a page (id, site, source, our token F1, P and R, then
// go-trafilatura's with its fallback and go-readability's F1, and the
// three bodies' token counts), for sorting the pages a peer wins by
// kind. It reads the dev/ split only, a fixed path: validation/ pages are
// for measuring the aggregate only, never for reading per page.
var flagPeerPages = flag.String("peerpages", "", "write per-page F1 of ours and the peers on web-extract dev/ to this file")

func TestPeerPages(t *testing.T) {
	if *flagPeerPages == "" {
		t.Skip("writes the per-page table only when asked: -peerpages FILE")
	}
	c, sites := loadDevSites(t)
	lines := make([]string, len(c.pages))
	forEach(len(c.pages), 2, func(i int) {
		p := &c.pages[i]
		ours := runOurs(p.data, p.url)
		traf := runTrafilatura(p.data, p.url, true)
		read := runReadability(p.data, p.url)
		so := eval.ScoreTokens(ours.body, p.truth)
		st := eval.ScoreTokens(traf.body, p.truth)
		sr := eval.ScoreTokens(read.body, p.truth)
		note := ""
		if ours.err != nil {
			note = strings.ReplaceAll(ours.err.Error(), "\t", " ")
		}
		lines[i] = fmt.Sprintf("%s\t%s\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\t%s", p.id, sites[p.id], p.source,
			so.F1, so.P, so.R, st.F1, sr.F1, len(eval.Tokens(p.truth)), len(eval.Tokens(ours.body)), len(eval.Tokens(traf.body)), len(eval.Tokens(read.body)), note)
	})
	out := "id\tsite\tsource\tours\tP\tR\ttraf\tread\tntruth\tnours\tntraf\tnread\terr\n" + strings.Join(lines, "\n") + "\n"
	if err := os.WriteFile(*flagPeerPages, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
}
