package article_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/articletest"
)

// TestTextGoldens parses every text article in testdata/text, checks that
// it validates, and compares it with its golden JSON. Run with -update to
// rewrite the goldens, then read the diff.
func TestTextGoldens(t *testing.T) {
	files, err := filepath.Glob("testdata/text/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 16 {
		t.Fatalf("found %d text inputs, want at least 16", len(files))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			a, err := article.ParseText(f)
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			if err := a.Validate(); err != nil {
				t.Errorf("Validate: %v", err)
			}
			checkProvenance(t, a)
			articletest.Golden(t, strings.TrimSuffix(file, ".txt")+".golden.json", a)
		})
	}
}

// TestHTMLGoldens does the same for the hand-written pages in
// testdata/html and testdata/kinds that are articles (paywalled teasers
// included); the others must still say where each field they hold came
// from.
func TestHTMLGoldens(t *testing.T) {
	pages, _ := filepath.Glob("testdata/html/*.html")
	kinds, _ := filepath.Glob("testdata/kinds/*.html")
	pages = append(pages, kinds...)
	if len(pages) < 20 {
		t.Fatalf("found %d pages, want at least 20", len(pages))
	}
	for _, file := range pages {
		t.Run(filepath.Base(file), func(t *testing.T) {
			f, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			a, err := article.ParseHTML(f, article.WithReferenceTime(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)))
			checkProvenance(t, a)
			if errors.Is(err, article.ErrNotArticle) && a != nil && a.Kind != article.KindArticle {
				return // not an article: the page-kind tests cover it
			}
			if err != nil {
				t.Fatalf("ParseHTML: %v", err)
			}
			if err := a.Validate(); err != nil {
				t.Errorf("Validate: %v", err)
			}
			articletest.Golden(t, strings.TrimSuffix(file, ".html")+".golden.json", a)
		})
	}
}

// checkProvenance fails for every extracted field that does not say where
// it came from.
func checkProvenance(t *testing.T, a *article.Article) {
	t.Helper()
	present := map[string]bool{
		"url": a.URL != "", "headline": a.Headline != "", "section": a.Section != "",
		"datePublished": !a.DatePublished.IsZero(), "dateModified": !a.DateModified.IsZero(),
		"authors": len(a.Authors) > 0, "publisher": a.Publisher != nil, "description": a.Description != "",
		"body": len(a.Body) > 0, "keywords": len(a.Keywords) > 0, "images": len(a.Images) > 0,
		"language": a.Language != "",
	}
	for field, ok := range present {
		src, has := a.Provenance[field]
		if ok && !has {
			t.Errorf("%s has no provenance", field)
		}
		if !ok && has {
			t.Errorf("provenance for %s, which is empty: %+v", field, src)
		}
		if has && (src.Confidence <= 0 || src.Confidence > 1) {
			t.Errorf("%s: confidence %v out of (0, 1]", field, src.Confidence)
		}
	}
}
