package article

import (
	"encoding/json"
	"os"
	"testing"
)

// TestLangTagPatternIsSchemas checks that the grammar normalizeLangTag
// applies is the schema's, so that no tag it keeps fails Validate.
func TestLangTagPatternIsSchemas(t *testing.T) {
	b, err := os.ReadFile("schema/article.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Properties struct {
			Language struct {
				Pattern string `json:"pattern"`
			} `json:"language"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	if s.Properties.Language.Pattern != langTagPattern {
		t.Errorf("langTagPattern differs from the schema's language pattern:\n%s\n%s", langTagPattern, s.Properties.Language.Pattern)
	}
	for tag, want := range map[string]string{"EN_us": "en-US", "zh-hant-tw": "zh-Hant-TW", "xx-notreal-zz": "", "de-1996": "de-1996", "e": ""} {
		if got := normalizeLangTag(tag); got != want {
			t.Errorf("normalizeLangTag(%q) = %q, want %q", tag, got, want)
		}
	}
}
