package article

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/model"
)

// polnearDir is the English attribution corpus (training split).
const polnearDir = "../shared/corpora/polnear-train"

// loadPolNeARSpeakers parses the PolNeAR training split as the text path
// does and returns, for each quotation not marked partial that matches a
// direct attribution with a named source, its candidates labelled by the
// quotation scorer's rule (eval.SpeakerMatches), the articles alternately
// in two folds.
func loadPolNeARSpeakers(t *testing.T) []speakerQuote {
	f, err := os.Open(filepath.Join(polnearDir, "articles.jsonl"))
	if err != nil {
		t.Skipf("no corpus at %s", polnearDir)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var out []speakerQuote
	for sc.Scan() {
		var p struct {
			ID           string `json:"id"`
			Text         string `json:"text"`
			Attributions []struct {
				Content *struct{ Text string } `json:"content"`
				Source  *struct{ Text string } `json:"source"`
				Direct  bool                   `json:"direct"`
			} `json:"attributions"`
		}
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		a, _ := ParseText(strings.NewReader(p.Text))
		if a == nil {
			continue
		}
		blocks := make([]model.Block, len(a.Body))
		for i, bl := range a.Body {
			blocks[i] = model.Block{Type: model.BlockType(bl.Type), Text: bl.Text}
		}
		for _, s := range attrib.SpeakerSamples(blocks, primaryTag(a.Language)) {
			if s.Partial || s.Rescued {
				continue
			}
			src := ""
			for _, at := range p.Attributions {
				if at.Direct && at.Content != nil && eval.QuoteMatch(at.Content.Text, s.Text) {
					if at.Source != nil {
						src = at.Source.Text
					}
					break
				}
			}
			if src == "" || eval.ClassifySource(src) != eval.SourceName {
				continue
			}
			q := speakerQuote{file: "polnear/" + p.ID, corpus: "polnear", feats: s.Feats}
			for _, nm := range s.Names {
				q.right = append(q.right, eval.SpeakerMatches(nm, src))
			}
			out = append(out, q)
		}
	}
	return out
}
