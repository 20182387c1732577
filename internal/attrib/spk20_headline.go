package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// spkHeadlineCondensed returns the quotation a Russian headline opens with
// when it condenses a body quotation's words rather than repeating them:
// the headline starts with a span in quote marks of three words or more,
// which ends the headline or is followed by a full stop and the writer's
// words («„Мини-футбол — русский вид спорта“. Россия
// сохранила …», «„Подарила статуэтку — и через 5 минут рвануло“»), and
// a body quotation shares at least spkMinSharedStems of its content words
// (by their first letters: the headline recasts the words, «русский вид
// спорта» for «русским видом спорта»). Its speaker is that body
// quotation's (none when the body gives it none). A title in quote marks
// opening a headline («„Мастер и Маргарита“: премьера …») shares the
// words of no one's quotation. Headlines put words in quote marks this
// way as they put a name and a colon before them (headlineQuote).
func (m *reader) spkHeadlineCondensed(h string, body []model.Quote) (model.Quote, bool) {
	if !m.russian() || len(body) == 0 {
		return model.Quote{}, false
	}
	h = strings.TrimSpace(h)
	spans := quoteSpansFrom(h, 0, true)
	if len(spans) == 0 || spans[0].ostart != 0 {
		return model.Quote{}, false
	}
	first := spans[0]
	rest := strings.TrimSpace(h[first.oend:])
	if rest != "" && !strings.HasPrefix(rest, ".") {
		// (Before a colon, the words after it must report speech:
		// headlineLeadQuote.)
		return model.Quote{}, false
	}
	text := strings.TrimSpace(h[first.start:first.end])
	if textutil.CountWords(text) < 3 || sameQuote(text, body) || spkTitleCased(text) {
		return model.Quote{}, false
	}
	stems := spkContentStems(text)
	best, bestN := -1, 0
	for i, q := range body {
		n := 0
		qs := spkContentStems(q.Text)
		for s := range stems {
			if qs[s] {
				n++
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	if best < 0 || bestN < spkMinSharedStems {
		return model.Quote{}, false
	}
	return model.Quote{Text: text, Speaker: body[best].Speaker, Block: HeadlineBlock}, true
}

// spkTitleCased reports whether every word of three letters or more in s
// opens with a capital: the span is a title or a name («Мастер и
// Маргарита», «Война и мир»), not a sentence someone said, in which
// such words are mostly lower case.
func spkTitleCased(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); utf8.RuneCountInString(w) >= 3 && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// spkMinSharedStems is how many content words a condensed headline
// quotation shares with the body quotation it condenses, at least.
const spkMinSharedStems = 2

// spkStemRunes is how many first letters of a word stand for its stem
// (Russian endings are one to three letters long).
const spkStemRunes = 5

// spkContentStems returns the stems (the first spkStemRunes letters in
// lower case) of the words of s of four letters or more.
func spkContentStems(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		w = strings.ToLower(w)
		if r := []rune(w); len(r) > spkStemRunes {
			w = string(r[:spkStemRunes])
		}
		out[w] = true
	}
	return out
}
