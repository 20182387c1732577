package article_test

import (
	"strings"
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
		} else if strings.Count(err.Error(), "article: ") != 1 {
			t.Errorf("%s(nil): error %q says its prefix more than once", name, err)
		}
	}
}

// TestNilArticleHash checks that a nil Article's Hash is empty rather than
// a panic, as Validate and the exporters refuse a nil Article with an
// error.
func TestNilArticleHash(t *testing.T) {
	var a *article.Article
	if h := a.Hash(); h != "" {
		t.Errorf("nil Article's Hash = %q, want \"\"", h)
	}
}
