package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
)

// q28GroupStems are the stems of Russian collective numeral nouns, the
// words for a group by its number («двойка», «тройка», «пятёрка»,
// «шестерка», «большая семёрка», «двадцатка»), with е and ё both.
var q28GroupStems = []string{
	"двойк", "тройк", "четверк", "четвёрк", "пятерк", "пятёрк", "шестерк", "шестёрк",
	"семерк", "семёрк", "восьмерк", "восьмёрк", "девятк", "десятк", "двадцатк",
}

// q28GroupEndings are the case endings of those nouns (-ка, -ки, -ке,
// -ку, -кой, -кам, -ками, -ках), written after the stem's к.
var q28GroupEndings = []string{"а", "и", "е", "у", "ой", "ою", "ам", "ами", "ах"}

// q28GroupName reports whether text, a quotation's words, is a collective
// numeral noun, alone or after one adjective («шестерки», «пятерка»,
// «большой семерки»). Russian news puts such a word in quote marks as the
// name of a group of countries, members or teams («переговоры
// „шестерки“ с Ираном», «„пятерка“ постоянных членов») or of a grade
// («получил „двойку“»); someone's words are not quoted as that one noun.
func q28GroupName(text string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(text)))
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	w := strings.Trim(f[len(f)-1], ".,!?…;:")
	if len(f) == 2 && !q28Adjective(f[0]) {
		return false
	}
	for _, s := range q28GroupStems {
		rest, ok := strings.CutPrefix(w, s)
		if !ok {
			continue
		}
		for _, e := range q28GroupEndings {
			if rest == e {
				return true
			}
		}
	}
	return false
}

// q28Adjective reports whether w ends as a Russian adjective of the full
// form does (большая, большой, большую, ядерной, …).
func q28Adjective(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, e := range []string{"ая", "яя", "ой", "ей", "ую", "юю", "ые", "ие", "ых", "их", "ым", "им", "ыми", "ими"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// q28DropGroupNames leaves out of a Russian article's quotations those
// that are a group's name by its number (q28GroupName) woven into the
// writer's sentence (Partial: «переговоры „шестерки“», «получил
// „двойку“»). A span that stands as speech of its own, set off by the
// dash of dialogue or by «…», — and the author's words («— Пятёрка! —
// закричал Миша», «„Твердая четверка“, — оценил игру Карпин»), is kept:
// there the frame of direct speech, not the word, says what it is. Done
// on the output, after speakers are chosen, so that the span still counts
// where the reader weighs who is spoken of.
func q28DropGroupNames(quotes []model.Quote, russian bool) []model.Quote {
	if !russian {
		return quotes
	}
	out := quotes[:0]
	for _, q := range quotes {
		if !q.Partial || !q28GroupName(q.Text) {
			out = append(out, q)
		}
	}
	return out
}
