package attrib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// q28MaxHeadlineBytes bounds the headline q28NamedColonQuote reads: a
// headline is one short line, and the bound keeps the scan for its colon
// linear.
const q28MaxHeadlineBytes = 240

// q28NamedColonQuote reads the colon form of a Russian headline whose
// speaker part names the speaker's organisation in quote marks before his
// name: «Главный редактор «Красного знамени» Евгений Горчаков: «…»»,
// «Глава «Ростеха» Сергей Чемезов: «…»». headlineQuote leaves a speaker
// part with quote marks alone, as a mark there may belong to a title
// («Фильм «Брат» Алексея Балабанова: …») or to the body whose holder is
// meant («Президент «Зенита»: «…»»). This form is read only when what
// follows the last closing mark of the speaker part is a person's name
// alone, two or three capitalised words in the nominative (ruNominative
// leaves them as they are; a genitive name, the author of a title, is
// changed), which the body gives (knownPerson); the speaker is the
// fullest name the body gives. The quotation runs from the mark after the
// colon to the headline's end.
func (m *reader) q28NamedColonQuote(h string, body []model.Quote) (model.Quote, bool) {
	h = strings.TrimSpace(h)
	if h == "" || !m.russian() {
		return model.Quote{}, false
	}
	colon := -1
	for off := 0; off < len(h) && len(h) <= q28MaxHeadlineBytes; {
		i := strings.Index(h[off:], ": ")
		if i < 0 {
			break
		}
		if after := strings.TrimLeft(h[off+i+1:], " "); strings.HasPrefix(after, "«") || strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "„") || strings.HasPrefix(after, "“") {
			colon = off + i
			break
		}
		off += i + len(": ")
	}
	if colon <= 0 {
		return model.Quote{}, false
	}
	pre := h[:colon]
	k := strings.LastIndexAny(pre, "»\"”")
	if k < 0 || strings.ContainsAny(pre, ".!?") {
		return model.Quote{}, false
	}
	_, size := utf8.DecodeRuneInString(pre[k:])
	words := strings.Fields(pre[k+size:])
	if len(words) < 2 || len(words) > 3 {
		return model.Quote{}, false
	}
	for _, w := range words {
		if !IsNameWord(w) || !unicode.IsUpper(textutil.FirstRune(w)) {
			return model.Quote{}, false
		}
	}
	if nom, _ := ruNominative(slices.Clone(words)); !slices.Equal(nom, words) {
		return model.Quote{}, false
	}
	var span *qspan
	spans := quoteSpansFrom(h, colon, true)
	for i := range spans {
		if strings.TrimSpace(h[colon+1:spans[i].ostart]) == "" && strings.TrimRight(h[spans[i].oend:], " .!?…") == "" {
			span = &spans[i]
			break
		}
	}
	if span == nil {
		return model.Quote{}, false
	}
	text := strings.TrimRight(strings.TrimSpace(h[span.start:span.end]), ",")
	if textutil.CountWords(text) < 2 || sameQuote(text, body) {
		return model.Quote{}, false
	}
	p := m.knownPerson(words)
	if p == nil {
		return model.Quote{}, false
	}
	return model.Quote{Text: text, Speaker: p.String(), Block: HeadlineBlock}, true
}
