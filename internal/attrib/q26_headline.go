package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// q26HeadlineColonMarks returns the quotation of a headline of the colon
// form whose speaker part holds quote marks: Russian headlines name a
// speaker by role, the body he belongs to in quote marks and his name,
// then a colon and his words in quote marks to the end («Главный редактор
// «Вестника» Иван Петров: «…»», «Тренер «Зари»: «…»»), and a mark of the
// body's name is now and then lost («Тренер "Зари: "…"»). headlineQuote
// leaves these out, since a mark before the colon may as well be a title
// («Фильм «Х»: …»); here the speaker must be a name the body gives (the
// words after the last mark before the colon) or a role someone holds in
// the body (the words before the first mark), so a title or a place
// before the colon gives nothing. The quotation is what stands between
// the mark after the colon and the last mark of the headline, marks
// nested inside it kept.
func (m *reader) q26HeadlineColonMarks(h string, body []model.Quote) (model.Quote, bool) {
	if !m.russian() {
		return model.Quote{}, false
	}
	h = strings.TrimSpace(h)
	end := strings.TrimRight(h, " .!?…")
	r, size := utf8.DecodeLastRuneInString(end)
	if !q26CloseMark(r) {
		return model.Quote{}, false
	}
	colon := strings.LastIndex(end, ":")
	if colon <= 0 {
		return model.Quote{}, false
	}
	rest := strings.TrimLeft(end[colon+1:], " \u00a0")
	o, osize := utf8.DecodeRuneInString(rest)
	if !q26OpenMark(o) || len(rest) <= osize+size {
		return model.Quote{}, false
	}
	text := strings.TrimSpace(rest[osize : len(rest)-size])
	pre := strings.TrimSpace(end[:colon])
	first := strings.IndexAny(pre, "«\"„“")
	if first < 0 || textutil.CountWords(text) < 2 || strings.ContainsAny(text[:1], ":") {
		return model.Quote{}, false
	}
	var speaker *person
	found := false
	if last := strings.LastIndexAny(pre, "»\"“”"); last >= 0 {
		// The name after the body's name: «… «Вестника» Иван Петров».
		_, n := utf8.DecodeRuneInString(pre[last:])
		if words := strings.Fields(pre[last+n:]); len(words) > 0 {
			speaker, found = m.headlineSpeaker(words)
		}
	}
	if !found {
		// The role before the body's name: «Главный тренер "Зари"».
		words := strings.Fields(pre[:first])
		if len(words) == 0 || len(words) > maxHeadlineSpeakerWords {
			return model.Quote{}, false
		}
		for k := len(words) - 1; k >= 0; k-- {
			// (The role is the last word naming one: «Главный
			// тренер», whose «Главный» is no «глава».)
			if stem, ok := m.role(m.lower(words[k])); ok {
				speaker = m.roles[stem]
				found = speaker != nil
				break
			}
		}
	}
	if !found || speaker == nil || sameQuote(text, body) {
		return model.Quote{}, false
	}
	return model.Quote{Text: text, Speaker: speaker.String(), Block: HeadlineBlock}, true
}

// q26OpenMark reports whether r opens a quotation.
func q26OpenMark(r rune) bool {
	return r == '«' || r == '"' || r == '„' || r == '“'
}

// q26CloseMark reports whether r closes a quotation.
func q26CloseMark(r rune) bool {
	return r == '»' || r == '"' || r == '“' || r == '”'
}
