package export_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/export"
)

// TestExportersConcurrent runs every exporter from 64 goroutines over the
// testdata articles and checks each output equals the sequential one.
func TestExportersConcurrent(t *testing.T) {
	files, _ := filepath.Glob("../testdata/text/*.txt")
	html, _ := filepath.Glob("../testdata/html/*.html")
	files = append(files, html...)
	var arts []*article.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(bytes.NewReader(b))
		if err != nil {
			continue // pages written to be rejected
		}
		arts = append(arts, a)
	}
	if len(arts) < 10 {
		t.Fatalf("only %d testdata articles parsed", len(arts))
	}
	exporters := map[string]func(*bytes.Buffer, *article.Article) error{
		"jsonld":   func(w *bytes.Buffer, a *article.Article) error { return export.JSONLD(w, a) },
		"script":   func(w *bytes.Buffer, a *article.Article) error { return export.Script(w, a) },
		"markdown": func(w *bytes.Buffer, a *article.Article) error { return export.Markdown(w, a) },
		"csv": func(w *bytes.Buffer, a *article.Article) error {
			c := export.NewCSVWriter(w, export.CSVOptions{})
			if err := c.Write(a); err != nil {
				return err
			}
			return c.Flush()
		},
	}
	for name, exp := range exporters {
		want := make([]string, len(arts))
		for i, a := range arts {
			var b bytes.Buffer
			if err := exp(&b, a); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			want[i] = b.String()
		}
		var wg sync.WaitGroup
		errs := make(chan string, 64*len(arts))
		for g := 0; g < 64; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				for k := range arts {
					i := (k + g) % len(arts)
					var b bytes.Buffer
					if err := exp(&b, arts[i]); err != nil || b.String() != want[i] {
						errs <- name + ": output differs from the sequential one for article " + arts[i].Headline
					}
				}
			}(g)
		}
		wg.Wait()
		close(errs)
		for e := range errs {
			t.Error(e)
			break
		}
	}
}
