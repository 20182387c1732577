package attrib

import "strings"

// Anonymous sources in Russian news (user trial, issue 13).
//
// Russian news quotes people it does not name by the phrase that stands
// for them: «источник в правительстве», «источники «Интерфакса»»,
// «собеседник агентства», «один из собеседников издания», «представитель
// компании, пожелавший остаться неназванным», «на условиях анонимности».
// The ru-quotes-dev annotation rules give such a quotation no speaker
// (part-c notes, rule 9: unnamed «источники» have speaker null). Neither
// the body the phrase places the source in («в правительстве») nor the
// person the text was about before spoke the words, so a quotation whose
// sentence names its speaker so gets none.

// ruAnonymousNouns stand for an unnamed source as the subject of a
// sentence, in the nominative.
var ruAnonymousNouns = map[string]bool{"источник": true, "источники": true}

// ruAnonymousOblique are their oblique forms, a source when cited («по
// словам источника», «со ссылкой на источники»: ruCitesBefore).
var ruAnonymousOblique = map[string]bool{"источника": true, "источников": true, "источнику": true, "источникам": true, "источники": true, "источник": true}

// ruInterlocutorQualifiers follow «собеседник» when it is an outlet's
// unnamed source rather than someone the text has named («собеседник
// агентства», «собеседник в правительстве», «собеседник, близкий к …»).
var ruInterlocutorQualifiers = map[string]bool{
	"агентства": true, "издания": true, "газеты": true, "телеканала": true, "портала": true, "редакции": true,
	"в": true, "во": true, "близкий": true, "близкие": true, "знакомый": true, "знакомые": true,
	"осведомленный": true, "осведомлённый": true, "осведомленные": true, "осведомлённые": true,
}

// ruAnonymousMarks say in so many words that the speaker is not named
// («на условиях анонимности», «анонимный представитель», «пожелавший
// остаться неназванным»).
var ruAnonymousMarks = []string{"анонимн", "неназванн", "неназван"}

// ruPrepositionsBefore govern a noun that is then not the subject («со
// ссылкой на источник», «из источника»).
var ruPrepositionsBefore = map[string]bool{"на": true, "в": true, "во": true, "из": true, "о": true, "об": true, "от": true, "для": true, "про": true, "без": true}

// ruAnonymousSource reports whether the words of toks, a sentence that
// holds a quotation, name an unnamed source, and with subject whether
// they make it the sentence's speaker (a noun in the nominative, «на
// условиях анонимности», «пожелавший остаться неназванным») rather than
// someone cited in passing («комментируя слова источника Bloomberg», «о
// публикации анонимного канала»), which leaves a speaker the sentence
// names explicitly in place.
func ruAnonymousSource(toks []token) (anon, subject bool) {
	prev := ""
	for i, t := range toks {
		if t.kind != tokWord {
			if t.kind == tokQuote {
				prev = ""
			}
			continue
		}
		w := t.lower
		switch {
		case ruAnonymousNouns[w] && !ruPrepositionsBefore[prev]:
			return true, true
		case ruAnonymousOblique[w] && ruCitesBefore(toks, i):
			return true, false
		case strings.HasPrefix(w, "собеседник"):
			// «собеседник агентства», «собеседник «Ведомостей»», «один
			// из собеседников издания».
			j := i + 1
			for j < len(toks) && toks[j].kind == tokPunct && toks[j].text == "," {
				j++ // («собеседник, близкий к …»)
			}
			if j < len(toks) {
				n := toks[j]
				if n.kind == tokQuote || n.kind == tokWord && (ruInterlocutorQualifiers[n.lower] || n.lower != n.text && len(n.text) > 1 && strings.ToUpper(n.text) == n.text) {
					return true, !strings.HasPrefix(w, "собеседника") && !strings.HasPrefix(w, "собеседнику")
				}
			}
		default:
			for _, mk := range ruAnonymousMarks {
				if strings.HasPrefix(w, mk) {
					return true, ruSubjectMark(w)
				}
			}
		}
		prev = w
	}
	return false, false
}

// ruSubjectMark reports whether w, a word of anonymity, qualifies the
// sentence's speaker: the nominative of the adjective («анонимный
// источник», «неназванные собеседники»), the instrumental of «пожелавший
// остаться неназванным», or «(на условиях) анонимности»; not an oblique
// case («анонимного канала»).
func ruSubjectMark(w string) bool {
	for _, end := range []string{"ый", "ые", "ая", "ым", "ыми", "ости"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// ruAnonymousSpeaks reports whether an unnamed source is the speaker of
// the quotation in toks: named as the sentence's subject, or cited while
// the sentence's own attribution (explicit) named nobody.
func ruAnonymousSpeaks(toks []token, explicit bool) bool {
	anon, subject := ruAnonymousSource(toks)
	return anon && (subject || !explicit)
}
