package article_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

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
			articletest.Golden(t, strings.TrimSuffix(file, ".txt")+".golden.json", a)
		})
	}
}
