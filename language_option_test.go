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
	for tag, want := range map[string]string{"not a tag!!": "en", "xx-notreal-zz": "en", "de": "de", "sr_latn_rs": "sr-Latn-RS"} {
		a, err := article.ParseText(strings.NewReader(text), article.WithLanguage(tag))
		if err != nil {
			t.Fatal(err)
		}
		if a.Language != want {
			t.Errorf("WithLanguage(%q): language %q, want %q", tag, a.Language, want)
		}
		if err := a.Validate(); err != nil {
			t.Errorf("WithLanguage(%q): %v", tag, err)
		}
	}
}

// TestParseNilOption checks that a nil Option is ignored, not a panic.
func TestParseNilOption(t *testing.T) {
	a, err := article.Parse(strings.NewReader("Council approves bridge budget\n\nThe city council on Monday approved the budget for the new harbour bridge.\n"), nil, article.WithLanguage("en"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Language != "en" {
		t.Errorf("language %q, want en", a.Language)
	}
}
