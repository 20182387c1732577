package attrib

import (
	"slices"
	"strings"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// maxIntertitleBytes bounds the paragraph q28IntertitleQuotes reads as a
// line of the colon form: an intertitle or a subheading is one short
// line.
const maxIntertitleBytes = 240

// maxIntertitles bounds how many such lines one article has read, so
// that the look-up of each among the body's quotations stays linear.
const maxIntertitles = 8

// q28IntertitleQuotes adds the quotations of body paragraphs set in the
// colon form Russian news gives a headline («Губернатор: «Я человек
// информированный»», «Павел Ипатов: «…»»): a subheading under the
// headline or an intertitle inside the text that is nothing but who
// spoke, a colon and the words in quote marks. The body's reading drops
// such a line when the quotation is short and capitalised (a short
// capitalised span with no attribution is most often a name), though the
// line's own colon attributes it. The line is read as headlineQuote reads
// a headline of that form, after the body, so that a role before the
// colon stands for who holds it in the body and a name for the fullest
// name the body gives; a line whose part before the colon is neither
// («Адрес: «Площадь Ленина»», «Тема: «…»») gives nothing, as does one
// that holds quote marks before the colon or repeats a body quotation
// word for word, and so does a name in the marks, every word of it
// capitalised («Лидер: «Единая Россия»»). Lines that already gave a quotation are left alone.
func (m *reader) q28IntertitleQuotes(blocks []model.Block, quotes []model.Quote) []model.Quote {
	if !m.russian() {
		return quotes
	}
	var taken map[int]bool
	read := 0
	for bi, b := range blocks {
		if read >= maxIntertitles {
			break
		}
		t := strings.TrimSpace(b.Text)
		if b.Type != model.Paragraph || len(t) > maxIntertitleBytes || !q28ColonLine(t) {
			continue
		}
		read++
		if taken == nil {
			taken = map[int]bool{}
			for _, q := range quotes {
				taken[q.Block] = true
			}
		}
		if taken[bi] {
			continue
		}
		q, ok := m.headlineQuote(t, quotes)
		if !ok || spkTitleCased(q.Text) {
			continue
		}
		q.Block = bi
		at := len(quotes)
		for k, o := range quotes {
			if o.Block > bi {
				at = k
				break
			}
		}
		quotes = slices.Insert(quotes, at, q)
		taken[bi] = true
	}
	return quotes
}

// q28ColonLine reports whether t has the colon form: a few words with no
// sentence's end and no quote mark, a colon, and a quote mark opening
// what follows.
func q28ColonLine(t string) bool {
	i := strings.Index(t, ": ")
	if i <= 0 || strings.ContainsAny(t[:i], ".!?«»\"„“”") || textutil.CountWords(t[:i]) > maxHeadlineSpeakerWords {
		return false
	}
	after := strings.TrimLeft(t[i+1:], " ")
	return strings.HasPrefix(after, "«") || strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "„") || strings.HasPrefix(after, "“")
}
