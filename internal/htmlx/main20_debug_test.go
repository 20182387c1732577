package htmlx

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
)

// A look at one tuning page's blocks: the walk's blocks with their kind,
// furniture mark, learned probability, whether the chosen element holds
// them and whether the body kept them.
//
//	go test -run TestMain20Blocks -m20page FILE.html -m20head HEADLINE .
//
// For web-extract dev/ and the other tuning corpora only.
var (
	flagM20Page = flag.String("m20page", "", "an HTML page of a tuning corpus to show the blocks of")
	flagM20Head = flag.String("m20head", "", "with -m20page: its headline")
)

func TestMain20Blocks(t *testing.T) {
	if *flagM20Page == "" {
		t.Skip("shows a page's blocks only when asked: -m20page FILE")
	}
	raw, err := os.ReadFile(*flagM20Page)
	if err != nil {
		t.Fatal(err)
	}
	root, _, ok := decodeParse(raw)
	if !ok {
		t.Fatal("page not parsed")
	}
	defer func() { contentProbe = nil }()
	contentProbe = func(w *ContentWalker, best *html.Node, headline string, authors []string, body []model.Block) {
		kept := map[int]bool{}
		for _, i := range w.keptIdx {
			kept[i] = true
		}
		fmt.Printf("chosen: <%s class=%q id=%q> hints=%v\n", m20Name(best), attr(best, "class"), attr(best, "id"), w.UseHints)
		for i := range w.Blocks {
			b := &w.Blocks[i]
			in := best != nil && isAncestor(best, b.owner)
			p := float32(-1)
			if w.prob != nil {
				p = w.prob[i]
			}
			mark := " "
			if kept[i] {
				mark = "K"
			} else if in {
				mark = "i"
			}
			txt := b.Text
			if len(txt) > 110 {
				txt = txt[:110]
			}
			fmt.Printf("%4d %s k%d b%-5v p%.2f r%5d l%4d <%s.%s> %s\n", i, mark, b.kind, b.boiler, p, b.Runes, b.LinkRun,
				b.owner.Data, strings.Fields(attr(b.owner, "class") + " x")[0], txt)
		}
	}
	blocks, _ := extractContent(root, *flagM20Head, nil)
	fmt.Printf("final body: %d blocks, %d bytes\n", len(blocks), textLen(blocks))
}

func m20Name(n *html.Node) string {
	if n == nil {
		return "nil"
	}
	return n.Data
}

// TestMain20AllBlocks writes, for every page of a directory of tuning
// pages (*.html), the text of every block of the walk with hints, one a
// line, to DIR/ID.blocks: what the walk sees at all.
//
//	go test -run TestMain20AllBlocks -m20all DIR .
var flagM20All = flag.String("m20all", "", "a directory of tuning pages (*.html) to write every block of")

func TestMain20AllBlocks(t *testing.T) {
	if *flagM20All == "" {
		t.Skip("writes the walk's blocks only when asked: -m20all DIR")
	}
	ents, err := os.ReadDir(*flagM20All)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		id, ok := strings.CutSuffix(e.Name(), ".html")
		if !ok {
			continue
		}
		raw, err := os.ReadFile(*flagM20All + "/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		root, _, ok := decodeParse(raw)
		if !ok {
			continue
		}
		w := &ContentWalker{UseHints: true}
		w.Walk(root, WalkState{Owner: root}, 0)
		w.Flush()
		var sb strings.Builder
		for i := range w.Blocks {
			sb.WriteString(w.Blocks[i].Text)
			sb.WriteByte('\n')
		}
		if err := os.WriteFile(*flagM20All+"/"+id+".blocks", []byte(sb.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
