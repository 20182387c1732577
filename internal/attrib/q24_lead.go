package attrib

import (
	"strings"

	"github.com/articlekit/article/internal/model"
)

// q24HeadlineOpensBody reports whether the headline is the first sentence
// of the body's first paragraph, as the text layout gives it for a raw
// text whose first line is prose (that line stays in the body and its
// first sentence stands in as the headline). Such a headline is no
// headline of its own: a quotation in it is the body's, which the body's
// reading finds whole, and reading it again as the headline's gives the
// body's first sentence twice («"Мне было тяжело … новости.» as the
// headline's quotation and as the start of the body's).
func q24HeadlineOpensBody(headline string, blocks []model.Block) bool {
	h := strings.TrimSpace(headline)
	if h == "" || len(blocks) == 0 || blocks[0].Type != model.Paragraph {
		return false
	}
	b := strings.TrimSpace(blocks[0].Text)
	return len(b) > len(h) && strings.HasPrefix(b, h)
}
