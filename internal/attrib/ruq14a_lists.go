package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
)

// dialogueLists returns the blocks with every Russian list that is lines
// of dialogue made paragraphs of dash speech again, and for each block of
// the result the index of the block it came from; nil when no list was
// one. Plain-text copy types the dash that opens a line of dialogue as a
// hyphen or an en dash («- Я прошу …, - обратился министр …»), which the
// text layout reads as a list's bullet and drops. A list is dialogue when
// one of its items is direct speech with its author's words after a
// second dash (dashQuote, read with the dash put back) and every item ends
// as a sentence does; an item opened by a quote mark is an item of a list
// that quotes, not a line of dialogue.
func dialogueLists(blocks []model.Block, langTag string) ([]model.Block, []int) {
	if langTag != "ru" {
		return blocks, nil
	}
	var out []model.Block
	var back []int
	for bi, b := range blocks {
		if b.Type != model.List || !dialogueItems(b.Text) {
			if back != nil {
				out = append(out, b)
				back = append(back, bi)
			}
			continue
		}
		if back == nil {
			out = append(make([]model.Block, 0, len(blocks)+4), blocks[:bi]...)
			for k := range bi {
				back = append(back, k)
			}
		}
		for _, item := range strings.Split(b.Text, "\n") {
			item = strings.TrimSpace(item)
			if _, ok := dashQuote("— "+item, true); ok {
				out = append(out, model.Block{Type: model.Paragraph, Text: "— " + item})
			} else {
				out = append(out, model.Block{Type: model.List, Text: item})
			}
			back = append(back, bi)
		}
	}
	if back == nil {
		return blocks, nil
	}
	return out, back
}

// dialogueItems reports whether the items of a list, one a line, are
// lines of dialogue (see dialogueLists).
func dialogueItems(text string) bool {
	speech := false
	for _, item := range strings.Split(text, "\n") {
		item = strings.TrimSpace(item)
		r, _ := utf8.DecodeLastRuneInString(item)
		f, _ := utf8.DecodeRuneInString(item)
		if item == "" || !strings.ContainsRune(".!?…»", r) || strings.ContainsRune("«\"„“", f) {
			return false
		}
		if _, ok := dashQuote("— "+item, true); ok {
			speech = true
		}
	}
	return speech
}
