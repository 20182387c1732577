package attrib

import (
	"strings"

	"github.com/articlekit/article/internal/model"
)

// ruDashListSpeech returns the blocks with each one-item list that is
// direct speech made a paragraph of dash speech again. Plain-text copy
// types the dash of Russian dialogue as an en dash or a hyphen («– Мы
// справимся, – сказал тренер.»), and the text layout takes a line opened
// so for an item of a list and drops the dash; an item that reads as
// dash speech with the author's words after a second dash (dashQuote) is
// speech, not a list. A list of several items is left alone: a run of
// such lines is as often a list of points. blocks itself is returned
// when nothing changes (a copy otherwise).
func ruDashListSpeech(blocks []model.Block) []model.Block {
	var out []model.Block
	for i, b := range blocks {
		if b.Type != model.List || strings.IndexByte(b.Text, '\n') >= 0 {
			continue
		}
		text := "– " + b.Text
		q, ok := dashQuote(text, true)
		if !ok || !closesParagraph(strings.TrimLeft(text[q.oend:], " ,!?…—–-")) {
			continue
		}
		if out == nil {
			out = append([]model.Block(nil), blocks...)
		}
		out[i].Type, out[i].Text, out[i].Spans = model.Paragraph, text, nil
	}
	if out == nil {
		return blocks
	}
	return out
}
