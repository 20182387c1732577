package attrib

import (
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/textutil"
)

// q24SentenceEndDashes are the ends of a narrating sentence followed by
// the dash that opens direct speech in the same paragraph.
var q24SentenceEndDashes = []string{". — ", "! — ", "? — ", "… — ", ". – ", ": — ", ": – "}

// q24AuthorEndedSpeech finds the direct speech of a paragraph that the
// author's words close after a comma (or ! ? …) and a dash («…, — сказано
// в сообщении.», «…, — отметил министр.») but that no dash or quote mark
// opens where the paragraph starts. Russian punctuation sets only direct
// speech so: the dash after the comma is the one that ends speech before
// its author. Its opening is lost in two ways web copy has:
//
//   - the dash that opens the speech stands after the writer's narration
//     inside the same paragraph, after a sentence's end and before a
//     capital («… прибыли восемь детей. — Мы детей очень ждали, —
//     рассказала директор»), as if the line of speech had been glued to
//     the paragraph before;
//   - there is none: the speech opens the paragraph (a dash dropped in
//     copying, or the speech goes on from the paragraph before).
//
// It is read as dashQuote reads a paragraph a dash opens: the author's
// words after the dash must hold a verb of speech and end the paragraph
// (a dash that a sentence of narration follows is the writer's). A
// paragraph that holds a quote mark is left to the marks.
func q24AuthorEndedSpeech(s string) (qspan, bool) {
	if strings.ContainsAny(s, "«»\"„“”") || !unicode.IsUpper(textutil.FirstRune(s)) {
		return qspan{}, false
	}
	from := 0
	if k, sep := indexAnyOf(s, q24SentenceEndDashes); k > 0 {
		from = k + len(sep) - len("— ")
		if !unicode.IsUpper(textutil.FirstRune(strings.TrimLeft(s[from:], "—– "))) {
			return qspan{}, false
		}
	}
	text := s[from:]
	if from == 0 {
		text = "— " + s
	}
	q, ok := dashQuote(text, true)
	if !ok || !closesParagraph(strings.TrimLeft(text[q.oend:], " ,!?…—–-")) || textutil.CountWords(text[q.start:q.end]) < minRunOpenWords {
		return qspan{}, false
	}
	// With no dash where the speech opens, the author's words must open
	// with their verb of speech, personal or impersonal («…, — сказано
	// в сообщении», «…, — рассказала она»): a dash between a subject and its predicate
	// («То, что произошло, — настоящая трагедия, заявил губернатор») or
	// before a clause of narration («…, — и об этом говорили все») is
	// the writer's. And no dash before a capital may stand in the
	// speech: one there («объяснила: — Мы …», «…! – Мы …») opens the
	// speech itself, which the sentence-end dashes above read or nothing
	// does (review25); a dash inside a sentence («а второму — семь
	// лет») is the speech's own.
	if w := leadingFields(strings.TrimLeft(text[q.oend:], " ,!?…—–-"), 1); len(w) == 0 || !unicode.IsLower(textutil.FirstRune(w[0])) || !speechVerbAmong(w) && !ruImpersonalVerb(w[0]) && !ukImpersonalVerbs[w[0]] {
		return qspan{}, false
	}
	if q24DashOpensSpeech(text[q.start:q.end]) {
		return qspan{}, false
	}
	shift := from
	if from == 0 {
		shift = -len("— ")
	}
	q.start, q.end, q.ostart, q.oend = q.start+shift, q.end+shift, max(q.ostart+shift, 0), q.oend+shift
	return q, true
}

// q24DashOpensSpeech reports whether s holds a dash between spaces that a
// capital letter follows: the dash that opens a line of direct speech.
func q24DashOpensSpeech(s string) bool {
	for _, d := range []string{" — ", " – ", " - "} {
		for rest := s; ; {
			i := strings.Index(rest, d)
			if i < 0 {
				break
			}
			rest = rest[i+len(d):]
			if unicode.IsUpper(textutil.FirstRune(rest)) {
				return true
			}
		}
	}
	return false
}
