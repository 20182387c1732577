package htmlx

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/articlekit/article/internal/charset"
	"github.com/articlekit/article/internal/eval"
)

// flagSectionWhere names dev page ids (comma-separated) and labels
// ("id=label;id=label") whose printed forms TestSectionWhereDiag shows:
// every short text of the page that is the label, with its elements'
// path, to study which forms the candidates miss (tuning pages only).
var flagSectionWhere = flag.String("sectionwhere", "", "show where dev pages print their section label: id=label;id=label")

func TestSectionWhereDiag(t *testing.T) {
	if *flagSectionWhere == "" {
		t.Skip("only when asked: -sectionwhere id=label;...")
	}
	raw, err := os.ReadFile(filepath.Join(secDevDir, "ground-truth.json"))
	if err != nil {
		t.Skip("no dev pages")
	}
	var gt map[string]struct{ File, URL, Site string }
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatal(err)
	}
	for pair := range strings.SplitSeq(*flagSectionWhere, ";") {
		id, label, _ := strings.Cut(pair, "=")
		page, err := eval.ReadGzip(filepath.Join(secDevDir, gt[id].File))
		if err != nil {
			t.Fatal(err)
		}
		u, _ := charset.DecodeHTML(page)
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(u))
		if err != nil {
			continue
		}
		f := FoldSection(label)
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.TextNode && len(n.Data) < 3*len(f)+30 && strings.Contains(FoldSection(n.Data), f) {
				var path []string
				for p := n.Parent; p != nil && len(path) < 6; p = p.Parent {
					e := p.Data
					if c := attr(p, "class"); c != "" {
						e += "." + strings.ReplaceAll(c, " ", ".")
					}
					if c := attr(p, "id"); c != "" {
						e += "#" + c
					}
					path = append(path, e)
				}
				t.Logf("%s %q: %q in %s", id, label, strings.TrimSpace(n.Data), strings.Join(path, " < "))
			}
			if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
				return
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc.Nodes[0])
	}
}
