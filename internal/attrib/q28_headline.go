package attrib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

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
	for off := 0; off < len(h) && len(h) <= maxIntertitleBytes; {
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

// q28MinColonStems is how many content words a headline quotation set
// before a colon and the writer's words shares with the body quotation
// it condenses, at least; more than spkHeadlineCondensed asks after a
// full stop, as a title before a colon is common.
const q28MinColonStems = 3

// q28ColonCondensedQuote reads the Russian headline that opens with a
// quotation in marks and goes on after a colon with the writer's own
// words rather than a verb of speech («„Украинские танки на Кубани“:
// президент ответил на провокацию журналиста»): headlineLeadQuote wants
// a verb of speech after the colon and spkHeadlineCondensed a full stop.
// The span is a quotation when it is three words or more, not title-cased
// (a title, «„Мастер и Маргарита“: премьера …», is), and shares at least
// q28MinColonStems content words, and two in three of its own, with one
// body quotation, whose speaker it takes, and the words after the colon
// name that speaker by the surname: the headline condenses what the body
// quotes.
func (m *reader) q28ColonCondensedQuote(h string, body []model.Quote) (model.Quote, bool) {
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
	if !strings.HasPrefix(rest, ":") || strings.TrimSpace(rest[1:]) == "" {
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
	if best < 0 || bestN < q28MinColonStems || 3*bestN < 2*len(stems) {
		return model.Quote{}, false
	}
	// The writer's words after the colon name the speaker, by the
	// surname in any case («… провокацию Цымбалюка»): a headline whose
	// words after the colon name no one («…»: мэр оценил обстановку)
	// may give its own summary in marks.
	sp := strings.Fields(body[best].Speaker)
	if len(sp) == 0 {
		return model.Quote{}, false
	}
	surname := spkContentStems(sp[len(sp)-1])
	named := false
	for st := range spkContentStems(rest[1:]) {
		if surname[st] {
			named = true
		}
	}
	if !named {
		return model.Quote{}, false
	}
	return model.Quote{Text: text, Speaker: body[best].Speaker, Block: HeadlineBlock}, true
}
