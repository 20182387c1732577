package export

import (
	"bytes"
	"io"
	"path/filepath"
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/articletest"
)

// formats are the exporters with the extension of their golden files.
var formats = []struct {
	ext    string
	export func(w io.Writer, a *article.Article) error
}{
	{"jsonld", JSONLD},
	{"script.html", Script},
	{"csv", func(w io.Writer, a *article.Article) error {
		c := NewCSVWriter(w, CSVOptions{})
		if err := c.Write(a); err != nil {
			return err
		}
		return c.Flush()
	}},
	{"md", Markdown},
}

// TestGoldenTestdata exports every testdata article in every format and
// compares the output with testdata/golden/<input file name>.<ext>. Run
// "go test ./export -update" after a parser change and read the diff.
func TestGoldenTestdata(t *testing.T) {
	for _, in := range testdataInputs(t) {
		for _, f := range formats {
			t.Run(in.name+"."+f.ext, func(t *testing.T) {
				var buf bytes.Buffer
				if err := f.export(&buf, in.a); err != nil {
					t.Fatal(err)
				}
				articletest.Golden(t, filepath.Join("testdata", "golden", in.name+"."+f.ext), buf.Bytes())
			})
		}
	}
}

// TestGoldenFixtures does the same for the hand-made Articles, whose goldens
// do not change with the parser.
func TestGoldenFixtures(t *testing.T) {
	for _, fx := range handMade() {
		for _, f := range formats {
			t.Run(fx.name+"."+f.ext, func(t *testing.T) {
				var buf bytes.Buffer
				if err := f.export(&buf, fx.a); err != nil {
					t.Fatal(err)
				}
				articletest.Golden(t, filepath.Join("testdata", "golden", "fixture_"+fx.name+"."+f.ext), buf.Bytes())
			})
		}
	}
}

// TestDeterministic checks that exporting the same Article twice gives the
// same bytes.
func TestDeterministic(t *testing.T) {
	for _, fx := range allArticles(t) {
		for _, f := range formats {
			var a, b bytes.Buffer
			if err := f.export(&a, fx.a); err != nil {
				t.Fatal(err)
			}
			if err := f.export(&b, fx.a); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s.%s: two runs differ", fx.name, f.ext)
			}
		}
	}
}

// TestNilArticle checks that every writer rejects nil with an error.
func TestNilArticle(t *testing.T) {
	for _, f := range formats {
		if err := f.export(io.Discard, nil); err == nil {
			t.Errorf("%s: no error for a nil Article", f.ext)
		}
	}
	if _, err := ScriptHTML(nil); err == nil {
		t.Error("ScriptHTML: no error for a nil Article")
	}
}
