package attrib

import (
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/textutil"
)

// ruSlotVerbs are the Russian and Ukrainian verbs of reporting, in the
// forms whose subject or dative object may be a name in guillemets right
// after them, the verb opening its clause: «Как сообщали «Наши деньги»»,
// «Как сообщил «Деловой столице» бывший мэр», «повідомляє «Олігарх»».
// The value tells whether an outlet takes the verb far more often than a
// company or a body (imperfective forms of publishing and passing on
// news), so that a name no table knows is cited by it.
var ruSlotVerbs = map[string]bool{
	// Russian
	"сообщает": true, "сообщают": true, "сообщал": true, "сообщала": true, "сообщало": true, "сообщали": true,
	"пишет": true, "пишут": true, "писал": true, "писала": true, "писало": true, "писали": true,
	"передает": true, "передаёт": true, "передают": true, "передавал": true, "передавала": true, "передавали": true,
	"информирует": true, "цитирует": true, "цитируют": true,
	"сообщил": false, "сообщила": false, "сообщило": false, "сообщили": false,
	"написал": false, "написала": false, "написало": false, "написали": false,
	"рассказал": false, "рассказала": false, "рассказало": false, "рассказали": false,
	"заявил": false, "заявила": false, "заявило": false, "заявили": false,
	"сказал": false, "сказала": false, "сказали": false, "отмечает": false, "уточняет": false,
	// Ukrainian (the forms Russian shares are above)
	"повідомляє": true, "повідомляють": true, "повідомляв": true, "повідомляла": true, "повідомляло": true, "повідомляли": true,
	"пише": true, "пишуть": true, "писав": true, "передає": true, "передають": true, "інформує": true, "цитує": true,
	"повідомив": false, "повідомила": false, "повідомило": false, "повідомили": false,
	"написав": false, "розповів": false, "розповіла": false, "розповіли": false,
	"заявив": false, "сказав": false, "зазначає": false,
}

// ruSlotOpeners are the words that may stand before such a verb with the
// verb still opening its clause, with no subject of its own before it:
// «как»/«як» (an as-clause, «Как сообщает «Х», …»), and the pronoun of
// what is reported, «об этом», «про це», «це», «о чем», «про що».
var ruSlotOpeners = map[string]bool{"как": true, "як": true, "этом": true, "це": true, "чем": true, "що": true, "также": true, "також": true, "ранее": true, "раніше": true}

// ruSlotOutlet reports whether the span in guillemets toks[k] stands in
// the slot of the subject or the recipient of the verb of reporting
// toks[k-1] that opens its clause, and so names a cited source, not
// someone's words: «Как сообщали «Наши деньги», …», «Как сообщил «Деловой
// столице» бывший мэр», «Про це повідомляє «Олігарх».». The name is short
// and capitalised, with no sentence punctuation, and what follows it is
// the clause going on (a comma, the end of the sentence, the subject
// after a recipient), never a colon that would open speech. Direct speech
// needs a speaker: a verb that opens its clause has none before it, so
// the span after it is the speaker, or whom the words were told.
//
// It returns whether the slot is such, and whether the name is an outlet
// by the verb alone (a verb an outlet takes, ruSlotVerbs; a dative
// recipient followed by the subject).
func (m *reader) ruSlotOutlet(toks []token, k int) (slot, media bool) {
	if k < 1 || toks[k].kind != tokQuote || toks[k-1].kind != tokWord {
		return false, false
	}
	mediaVerb, ok := ruSlotVerbs[toks[k-1].lower]
	if !ok {
		return false, false
	}
	text := strings.TrimSpace(toks[k].text)
	if text == "" || !unicode.IsUpper(textutil.FirstRune(text)) || textutil.CountWords(text) > maxQuotedNameWords || strings.ContainsAny(text, ".,!?:;…") {
		return false, false
	}
	if k+1 < len(toks) && toks[k+1].kind == tokPunct && strings.ContainsAny(toks[k+1].text, ":—–-") {
		return false, false
	}
	if k+1 < len(toks) && toks[k+1].kind == tokQuote {
		return false, false
	}
	// The verb opens its clause: the sentence's start, or an opener
	// («как», «об этом», «про це»), possibly after a comma.
	v := k - 1
	opens := v == 0 || toks[v-1].kind == tokWord && ruSlotOpeners[toks[v-1].lower] && (v-1 == 0 || toks[v-2].kind != tokWord || ruSlotOpeners[toks[v-2].lower] || toks[v-2].lower == "об" || toks[v-2].lower == "о" || toks[v-2].lower == "про" || toks[v-2].lower == "и" || toks[v-2].lower == "і")
	if !opens && v > 0 && toks[v-1].kind == tokPunct && toks[v-1].text == "," && v >= 2 && toks[v-2].kind == tokWord && ruSlotOpeners[toks[v-2].lower] {
		opens = true
	}
	if !opens {
		return false, false
	}
	// A recipient in the dative, then the subject: «сообщил «Деловой
	// столице» бывший мэр».
	// (A preposition after the name opens an adjunct, «повідомив «…» з
	// посиланням на …»: the name is the subject, a body as often as an
	// outlet.)
	recipient := k+1 < len(toks) && toks[k+1].kind == tokWord && !m.citePreposition(toks[k+1].lower) && !ruNonAttributeWords[toks[k+1].lower]
	return true, mediaVerb || recipient || hasOutletWord(text)
}
