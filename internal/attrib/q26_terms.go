package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// q26TermSpan reports whether the span q of s, of one word text, in the
// sentence sn, is the writer's term (q26NounTerm) rather than a speaker's
// word: not in a sentence with a verb of naming or accusing (q26Naming),
// not set as speech is, after a colon («ответил одним словом:
// «провокация»») or before the author's words («Выборы — «спектакль», —
// сказал он»), and not a predicate (q26Predicate).
func q26TermSpan(s string, q qspan, text string, sn sentence) bool {
	if !q26NounTerm(text) || authorWordsAfter(s[q.oend:]) {
		return false
	}
	before := strings.TrimRight(s[:q.ostart], " \u00a0")
	if strings.HasSuffix(before, ":") || q26Predicate(before) {
		return false
	}
	return !q26Naming(s, sn.Start, q.ostart)
}

// q26NamingWindow bounds the words before a span that q26Naming reads:
// the verb of naming governs the noun from a few words before it
// («назвал прошедшие выборы «катастрофой»»), and reading no further
// keeps the cost of a sentence of many spans linear.
const q26NamingWindow = 10

// q26Predicate reports whether before, the text before a span's opening
// mark, ends where Russian puts a noun as a predicate: after a dash
// («авария — «диверсия»») or «это» («заявил, что это «провокация»»). A
// noun there judges what the clause is about; in a clause of reported
// speech, it is the speaker's judgement, quoted.
func q26Predicate(before string) bool {
	if strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–") || strings.HasSuffix(before, " -") {
		return true
	}
	i := strings.LastIndexAny(before, " \u00a0(")
	w := strings.ToLower(before[i+1:])
	return w == "это" || w == "являются" || w == "является" || w == "стало" || w == "станет"
}

// q26NounTerm reports whether text, the words of a span in quote marks,
// is one Russian noun in lower case: the writer's term for a thing, set
// in quote marks to mark it as borrowed or odd («повторять «донора»»,
// «7-ступенчатый «робот»», «усилия «шестерки»», «представителей
// «молодежи»»), not a speaker's word. What Russian news quotes of
// someone's in one word is the word that judges or acts: a verb
// («похоронил», «пострадать»), an adjective («специфичными»), an
// adverb («упорно»); a noun it quotes as someone's stands after a verb of
// naming or accusing, which the caller checks (назвал выборы
// «катастрофой», обвинив газету в «желтизне»). Without a dictionary the
// noun is told by its ending: none of a finite verb, an infinitive, a
// long adjective or an adverb in -о, and no reflexive ending. Nouns with
// an adjective's ending («снисхождение», «катастрофой») are left alone.
func q26NounTerm(text string) bool {
	w := strings.TrimRight(text, ".,!?…;:")
	if w == "" || strings.ContainsAny(w, " \u00a0-") || !unicode.IsLower(textutil.FirstRune(w)) || utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, r := range w {
		if !unicode.Is(unicode.Cyrillic, r) {
			return false
		}
	}
	w = strings.ToLower(w)
	if hasSuffixAny(w, ruAdjEndings) || hasSuffixAny(w, q26VerbEndings) {
		return false
	}
	// An adverb in -о («упорно», «адекватно») or -е («тяжелее»).
	return !strings.HasSuffix(w, "о") && !strings.HasSuffix(w, "е")
}

// q26VerbEndings end Russian verbs: the past («расцвел», «похоронила»,
// «притащили»), the infinitive («жарить», «пострадать», «уйти»), the
// reflexive («ошибся», «добились») and the present's persons
// («работает», «говорят», «хотим»).
var q26VerbEndings = []string{"л", "ла", "ло", "ли", "ть", "ти", "чь", "ся", "сь", "ет", "ит", "ут", "ют", "ат", "ят", "ем", "им", "ешь", "ишь", "ете", "ите"}

// q26NamingStems begin the Russian verbs (and their participles and
// gerunds) of naming, calling and accusing, after which a noun in quote
// marks is the word of who named or accused: назвал, называет, назвав,
// окрестил, обвинил, обвинив, обвинивших.
var q26NamingStems = []string{"назва", "назов", "назыв", "окрест", "обвин", "именова"}

// q26Naming reports whether one of the q26NamingWindow words before byte
// offset at in s, within the sentence from start on, is a verb of naming
// or accusing (q26NamingStems), read from at backwards.
func q26Naming(s string, start, at int) bool {
	n := 0
	for i := at; i > start && n < q26NamingWindow; {
		r, size := utf8.DecodeLastRuneInString(s[start:i])
		if !unicode.IsLetter(r) {
			i -= size
			continue
		}
		j := i - size
		for j > start {
			r2, n2 := utf8.DecodeLastRuneInString(s[start:j])
			if !unicode.IsLetter(r2) {
				break
			}
			j -= n2
		}
		if w := s[j:i]; len(w) >= len("назва") {
			lw := strings.ToLower(w)
			for _, st := range q26NamingStems {
				if strings.HasPrefix(lw, st) {
					return true
				}
			}
		}
		i, n = j, n+1
	}
	return false
}
