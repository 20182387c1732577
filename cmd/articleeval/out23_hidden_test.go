package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/eval"
)

var out23Hidden = flag.Bool("out23hidden", false, "measure the Russian outlet rules on the tuning halves with the outlets those halves cite hidden from the tables (issue 13)")

// out23TuneSets are the sets whose odd (tuning) halves the hidden-table
// measurement reads: the repository's ru-fresh sets but the held-out
// ones, and the tune half of ru-quotes-dev.
var out23TuneSets = []string{
	"testdata/ru-fresh", "testdata/ru-fresh2", "testdata/ru-fresh3", "testdata/ru-fresh5", "testdata/ru-fresh6",
	"testdata/ru-fresh7", "testdata/ru-fresh8", "testdata/ru-fresh9", "testdata/ru-fresh10", "testdata/ru-fresh11",
	"testdata/ru-fresh12", "../shared/corpora/ru-quotes-dev",
}

// TestOut23HiddenOutlets reports, with -out23hidden, the cited-outlet
// figures of the tuning halves twice: with the tables whole, then with
// every outlet those halves cite taken out of the tables (aliases and
// case forms too). The second recall is how the frame rules do on outlets
// they have never seen. Only the tuning halves are read.
func TestOut23HiddenOutlets(t *testing.T) {
	if !*out23Hidden {
		t.Skip("measurement only: run with -out23hidden")
	}
	var arts []ruArticle
	for _, s := range out23TuneSets {
		dir := filepath.Join("..", "..", s)
		if _, err := os.Stat(dir); err != nil {
			t.Logf("skipping %s: absent", s)
			continue
		}
		as, err := readRuQuotes(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range as {
			if a.tune {
				arts = append(arts, a)
			}
		}
	}
	var names []string
	for _, a := range arts {
		for _, s := range a.rec.Sources {
			names = append(names, s.Name)
			names = append(names, s.Alts...)
		}
	}
	score := func(log bool) eval.RuCounts {
		var c eval.RuCounts
		for _, a := range arts {
			b, err := os.ReadFile(a.path)
			if err != nil {
				t.Fatal(err)
			}
			lib, _, _ := parseLikeCLI(b, "")
			if lib == nil {
				continue
			}
			n, m := scoreRu(a.rec, lib)
			c = c.Add(n)
			if log && testing.Verbose() && len(m.SourcesMissed)+len(m.SourcesExtra) > 0 {
				t.Logf("%s: missed %q extra %q", a.path, m.SourcesMissed, m.SourcesExtra)
			}
		}
		return c
	}
	whole := score(false)
	hidden := func() eval.RuCounts {
		// Deferred, so that a failure inside score leaves the tables
		// whole for the tests after this one.
		defer attrib.HideOutlets(names)()
		return score(true)
	}()
	t.Logf("tuning halves, %d articles, %d outlets cited", len(arts), whole.SrcTrue)
	t.Logf("tables whole:   outlets P %d/%d R %d/%d", whole.SrcTP, whole.SrcPred, whole.SrcTP, whole.SrcTrue)
	t.Logf("cited outlets hidden: outlets P %d/%d R %d/%d", hidden.SrcTP, hidden.SrcPred, hidden.SrcTP, hidden.SrcTrue)
}
