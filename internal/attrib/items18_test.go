package attrib

import (
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestListItemsAreSentences: an outlet noun ending one list item does not
// take the next item's first word for an outlet's name; in a paragraph the
// same words on one line still name one.
func TestListItemsAreSentences(t *testing.T) {
	list := model.Block{Type: model.List, Text: "A bike-share expansion with 40 new stations\nLower speed limits near schools"}
	if _, srcs, err := Extract([]model.Block{list}, "en", func() error { return nil }); err != nil || len(srcs) != 0 {
		t.Errorf("list: sources %q (%v), want none", srcs, err)
	}
	para := model.Block{Type: model.Paragraph, Text: "The mayor told the broadcaster NOS that the plan would go ahead."}
	if _, srcs, err := Extract([]model.Block{para}, "en", func() error { return nil }); err != nil || len(srcs) != 1 || srcs[0] != "NOS" {
		t.Errorf("paragraph: sources %q (%v), want NOS", srcs, err)
	}
}
