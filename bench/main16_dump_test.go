package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Dumps, for the web-extract dev/ pages named by -m16dump (ids, comma
// separated), the truth and the three bodies under -m16out. Dev only: the
// path is fixed to dev/, validation pages are never read per page.
var flagM16Dump = flag.String("m16dump", "", "dev page ids to dump (comma separated)")
var flagM16Peers = flag.Bool("m16peers", true, "also dump the peers' bodies")
var flagM16Out = flag.String("m16out", "/tmp/m16dump", "directory for the dumps")

func TestM16Dump(t *testing.T) {
	if *flagM16Dump == "" {
		t.Skip("dumps bodies only when asked: -m16dump ids")
	}
	dir := filepath.Join("..", "..", "shared", "bench", "web-extract", "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no web-extract dev corpus beside the repository")
	}
	c, err := loadCorpus(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, id := range strings.Split(*flagM16Dump, ",") {
		want[id] = true
	}
	os.MkdirAll(*flagM16Out, 0o755)
	for i := range c.pages {
		p := &c.pages[i]
		if !want[p.id] && !want["ALL"] {
			continue
		}
		ours := runOurs(p.data, p.url)
		base := filepath.Join(*flagM16Out, p.id)
		os.WriteFile(base+".truth", []byte(p.truth), 0o644)
		os.WriteFile(base+".ours", []byte(ours.body), 0o644)
		os.WriteFile(base+".html", p.data, 0o644)
		if !*flagM16Peers {
			continue
		}
		traf := runTrafilatura(p.data, p.url, true)
		read := runReadability(p.data, p.url)
		os.WriteFile(base+".traf", []byte(traf.body), 0o644)
		os.WriteFile(base+".read", []byte(read.body), 0o644)
	}
}
