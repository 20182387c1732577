package article_test

import (
	"testing"

	"github.com/articlekit/article"
)

// TestNilReader checks that every parse function given a nil reader
// returns an error instead of panicking.
func TestNilReader(t *testing.T) {
	for name, parse := range map[string]func() (*article.Article, error){
		"Parse":     func() (*article.Article, error) { return article.Parse(nil) },
		"ParseText": func() (*article.Article, error) { return article.ParseText(nil) },
		"ParseHTML": func() (*article.Article, error) { return article.ParseHTML(nil) },
	} {
		if a, err := parse(); err == nil || a != nil {
			t.Errorf("%s(nil) = %v, %v; want nil and an error", name, a, err)
		}
	}
}
