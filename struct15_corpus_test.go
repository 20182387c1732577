package article

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var flagStruct15List = flag.Bool("struct15-list", false, "TestPreAndCreditsOnTuningPages lists the tuning pages' <pre>s missed and the credits split off")

// TestPreAndCreditsOnTuningPages measures, on the tuning corpora (AEB,
// web-extract dev; never the validation part), every <pre> whose text is
// in the people's text, marked as code or not (TestStructureOnCorpusPages
// counts the marked ones only, and these old pages mark none): it should
// be a code block, byte for byte (trailing spaces and blank lines aside).
// It also counts the figures whose caption carries a credit set apart.
// Figures are reported by halves of the pages (even and odd positions),
// the cross-check of a rule written from one half.
func TestPreAndCreditsOnTuningPages(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("-short or -race: measured without -race")
	}
	pages := corpusPages(t, []corpusSplit{
		{"../shared/bench/aeb/html", "../shared/bench/aeb/ground-truth.json"},
		{"../shared/bench/web-extract/dev/html", "../shared/bench/web-extract/dev/ground-truth.json"},
	})
	if pages == nil {
		t.Skip("../shared is absent: no corpus pages to measure on")
	}
	var pres, found, figs, credits [2]int
	for i, p := range pages {
		h := i % 2
		if _, err := os.Stat(p.path); err != nil {
			continue
		}
		raw := readGzipFile(t, p.path)
		if !bytes.Contains(bytes.ToLower(raw), []byte("<pre")) && !bytes.Contains(bytes.ToLower(raw), []byte("<fig")) && !bytes.Contains(bytes.ToLower(raw), []byte("caption")) {
			continue
		}
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			continue
		}
		a, _ := ParseHTML(bytes.NewReader(raw), WithURL("https://corpus.example/section/page.html"))
		if a == nil {
			a = &Article{}
		}
		truth := squash(p.truth)
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode || n.DataAtom != atom.Pre {
				continue
			}
			code := nodeText(n)
			if sq := squash(code); len(sq) < 20 || !strings.Contains(truth, sq) {
				continue
			}
			pres[h]++
			want := trimCode(code)
			ok := false
			for _, b := range a.Body {
				if b.Type == Code && trimCode(b.Text) == want {
					ok = true
					break
				}
			}
			if ok {
				found[h]++
			} else if *flagStruct15List {
				t.Logf("%s: <pre> missed: %.80q", p.path, want)
			}
		}
		for _, b := range a.Body {
			if b.Type != Figure || b.Image == nil || b.Image.Caption == "" && b.Image.Credit == "" {
				continue
			}
			figs[h]++
			if b.Image.Credit != "" {
				credits[h]++
				if *flagStruct15List {
					t.Logf("%s: caption %q credit %q", p.path, b.Image.Caption, b.Image.Credit)
				}
			}
		}
	}
	for h, name := range []string{"even", "odd"} {
		t.Logf("%s half: <pre>s byte-identical %d/%d = %.3f; figures with a caption or credit %d, with a credit %d",
			name, found[h], pres[h], share(found[h], pres[h]), figs[h], credits[h])
	}
}
