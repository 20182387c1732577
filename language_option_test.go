package article_test

import (
	"strings"
	"testing"

	"github.com/articlekit/article"
)

// TestWithLanguageInvalidTag checks that a language option that is no
// BCP 47 tag is ignored and the language detected, while a valid one wins.
func TestWithLanguageInvalidTag(t *testing.T) {
	text := "Council approves bridge budget\n\nThe city council on Monday approved the budget for the new harbour bridge, officials said, and work will begin in July after the summer holidays.\n"
	for tag, want := range map[string]string{"not a tag!!": "en", "de": "de"} {
		a, err := article.ParseText(strings.NewReader(text), article.WithLanguage(tag))
		if err != nil {
			t.Fatal(err)
		}
		if a.Language != want {
			t.Errorf("WithLanguage(%q): language %q, want %q", tag, a.Language, want)
		}
	}
}
