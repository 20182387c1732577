package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// Interview transcripts: the turns of a published interview, each a
// paragraph opened by who speaks and a colon, with no quote marks and no
// dash («Корреспондент: Как вы оцениваете …?», «Иван Петров: Мы …»). The
// Russian press prints interviews so, as it prints them with dashes; the
// words after the label are direct speech, and the label says whose.

// maxTurnLabelBytes bounds the label before the colon of an interview
// turn: a name, a role or an outlet of a few words.
const maxTurnLabelBytes = 60

// maxTurnLabelWords bounds the words of the label.
const maxTurnLabelWords = 4

// minInterviewTurns is how many paragraphs opened by a label an article
// needs, among them at least two labels and one of them used twice, to be
// an interview transcript: a single «Фото: …» line or a list of
// statements each by someone else («Имя: "…"») is none.
const minInterviewTurns = 3

// turnLabel returns the label that opens s as a turn of an interview
// and the offset where the turn's words start, or "" when s does not open
// with one: one to four capitalised words (or a label in capitals) and a
// colon, then words that open with a capital letter, with no quote mark
// or dash of their own (a name, a colon and a dash is dashParagraph's;
// a name, a colon and a quotation is an ordinary quotation).
func turnLabel(s string) (string, int) {
	head := s[:min(len(s), maxTurnLabelBytes+2)]
	i := strings.Index(head, ": ")
	if i <= 0 {
		return "", 0
	}
	label := head[:i]
	if l, ok := quotedLabel(label); ok {
		// «„Известия“: Как вы …?»: an outlet's name in quote marks
		// labels its interviewer's turns.
		label = l
	}
	if strings.ContainsAny(label, "«»\"“”„!?,;:()—–") || strings.Contains(label, ".") && !initialsLabel(label) {
		return "", 0
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > maxTurnLabelWords {
		return "", 0
	}
	for _, w := range words {
		if !unicode.IsUpper(textutil.FirstRune(w)) {
			return "", 0
		}
	}
	rest := strings.TrimSpace(s[i+2:])
	if rest == "" || !unicode.IsUpper(textutil.FirstRune(rest)) || !unicode.Is(unicode.Cyrillic, textutil.FirstRune(rest)) {
		return "", 0
	}
	if strings.ContainsAny(rest, "«»\"“”") && (strings.HasPrefix(rest, "«") || strings.HasPrefix(rest, "\"")) {
		return "", 0
	}
	return label, len(s) - len(strings.TrimLeft(s[i+2:], " "))
}

// interviewTurns returns, for each block, the offset where the words of
// its interview turn start, or -1 when it is none: only when the article
// is an interview transcript (minInterviewTurns). The first block, a
// headline in the text layout («Путин: Россия готова …»), is never a turn.
func interviewTurns(blocks []model.Block) []int {
	var turns []int
	count := map[string]int{}
	n := 0
	for bi, b := range blocks {
		if bi == 0 || b.Type != model.Paragraph {
			continue
		}
		if label, off := turnLabel(b.Text); label != "" {
			if turns == nil {
				turns = make([]int, len(blocks))
				for k := range turns {
					turns[k] = -1
				}
			}
			turns[bi] = off
			count[initialsOf(label)]++ // «М.Д.» is «Мустафа Джемилев»
			n++
		}
	}
	repeated := false
	for _, c := range count {
		repeated = repeated || c >= 2
	}
	if n < minInterviewTurns || len(count) < 2 || !repeated {
		return nil
	}
	return turns
}

// turnSpan is the quotation of an interview turn whose words start at
// off: the rest of the paragraph.
func turnSpan(s string, off int) qspan {
	end := len(strings.TrimRight(s, " "))
	return qspan{start: off, end: end, ostart: off, oend: end}
}

// turnSpeaker is who the label of an interview turn names: a person or an
// outlet, as written; nil for a common noun («Вопрос», «Корреспондент»),
// which the article writes in lower case too or which is one word no
// name table knows.
func (m *reader) turnSpeaker(s string) *person {
	label, _ := turnLabel(s)
	words := strings.Fields(label)
	if len(words) == 0 {
		return nil
	}
	if strings.Contains(label, ".") {
		// «М.Д.:» after «Мустафа Джемилев:»: the initials of a label
		// written in full earlier.
		full := m.turnByInitials[initialsOf(label)]
		if full == "" {
			return nil
		}
		words = strings.Fields(full)
	}
	if len(words) == 1 && (m.lowerWords[strings.ToLower(words[0])] || !m.known(words) && !isPersonEvidence(words[0])) {
		if c := canonicalSource(label); c != "" && knownOutlet(c) {
			// «„Ведомости“:», «РБК:»: the outlet's interviewer.
			return &person{name: strings.Fields(c)}
		}
		return nil
	}
	if !strings.Contains(label, ".") && len(words) > 1 {
		if m.turnByInitials == nil {
			m.turnByInitials = map[string]string{}
		}
		m.turnByInitials[initialsOf(label)] = label
	}
	return m.lookup(words, true)
}

// initialsLabel reports whether label is initials («М.Д.», «М. Д.») or an
// initial and a surname («М. Джемилев»): how an interview abbreviates its
// speakers after their first turn.
func initialsLabel(label string) bool {
	for _, w := range strings.Fields(label) {
		for _, part := range strings.SplitAfter(w, ".") {
			if part == "" {
				continue
			}
			if !strings.HasSuffix(part, ".") {
				if part != w || !unicode.IsUpper(textutil.FirstRune(part)) {
					return false
				}
				continue // a surname
			}
			if utf8.RuneCountInString(part) != 2 || !unicode.IsUpper(textutil.FirstRune(part)) {
				return false
			}
		}
	}
	return true
}

// initialsOf returns the capital letters that open the words and
// initials of label: «Мустафа Джемилев» and «М.Д.» both give «МД».
func initialsOf(label string) string {
	var b strings.Builder
	for _, w := range strings.Fields(label) {
		for _, part := range strings.Split(w, ".") {
			if part != "" {
				b.WriteRune(textutil.FirstRune(part))
			}
		}
	}
	return b.String()
}

// dashSpeech reports whether s opens with a dash, as Russian direct speech
// and the answers of an interview do.
func dashSpeech(s string) bool {
	return strings.HasPrefix(s, "— ") || strings.HasPrefix(s, "– ") || strings.HasPrefix(s, "- ")
}

// ruFirstPersonWords are the Russian personal pronouns of the first person.
var ruFirstPersonWords = map[string]bool{"я": true, "мы": true, "мне": true, "меня": true, "мной": true, "нам": true, "нас": true, "нами": true}

// speechGoesOn reports whether s, a paragraph after one of direct speech
// set off by a dash that runs to its end, goes on with the same speech
// though it opens with no dash: it holds no quote mark and no dash after
// a comma (an attribution's), and speaks in the first person («А вот дочки сами смотрят …
// я была бы не против»), as the writer's narration does not. Some papers
// open only the first paragraph of a long answer with a dash.
func speechGoesOn(s string) bool {
	if strings.ContainsAny(s, "«»\"“”„") || strings.Contains(s, ", — ") || strings.Contains(s, ", – ") || !unicode.IsUpper(textutil.FirstRune(s)) {
		return false
	}
	end := strings.TrimRight(s, " ")
	if last, _ := utf8.DecodeLastRuneInString(end); !strings.ContainsRune(".!?…", last) || textutil.CountWords(s) < minDashParagraphWords {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if ruFirstPersonWords[w] {
			return true
		}
	}
	return false
}

// Interviewers. A published interview prints the journalist's questions
// as it prints the answers (a dash paragraph, a turn after a label); the
// question is the journalist's or the outlet's, never the interviewee's.
// The text names the journalist in a closing line («Беседовал Алексей
// МИШИН», «Интервью взяла …») or the outlet the interview was given to in
// the lead («рассказал в интервью „Известиям“»); otherwise the question
// has no speaker the text names.

// interviewerLabels are the stems of the common nouns an interview labels
// its questions with («Корреспондент:», «Вопрос:», «Журналист:»).
var interviewerLabels = []string{"корреспондент", "вопрос", "журналист", "интервьюер", "ведущ", "редакци"}

// interviewerLabel reports whether the label of an interview turn is a
// common noun for the interviewer or the question.
func interviewerLabel(s string) bool {
	label, _ := turnLabel(s)
	if label == "" || strings.Contains(label, " ") {
		return false
	}
	l := strings.ToLower(label)
	for _, st := range interviewerLabels {
		if strings.HasPrefix(l, st) {
			return true
		}
	}
	return false
}

// dashQuestions returns, for each block, whether it is a question of a
// dash dialogue: a paragraph of speech opened by a dash, with no dash of
// an attribution after it, that ends with a question mark and is answered
// by the next paragraph, opened by a dash too. Only an article with at
// least minDashQuestions of them is an interview (one question followed
// by dash speech may be anyone's); nil otherwise.
func dashQuestions(blocks []model.Block) []bool {
	var qs []bool
	n := 0
	for bi := 1; bi+1 < len(blocks); bi++ {
		b := blocks[bi]
		if b.Type != model.Paragraph || blocks[bi+1].Type != model.Paragraph || !dashSpeech(b.Text) || !dashSpeech(blocks[bi+1].Text) {
			continue
		}
		s := strings.TrimRight(b.Text, " ")
		if !strings.HasSuffix(s, "?") || strings.Contains(s[2:], " — ") || strings.Contains(s[2:], " – ") || textutil.CountWords(s) > maxQuestionWords {
			// («— Куда? — спросил он. — Домой?»: a speaker of its own;
			// a long paragraph that ends asking is an answer that
			// ends with a rhetorical question.)
			continue
		}
		if qs == nil {
			qs = make([]bool, len(blocks))
		}
		qs[bi] = true
		n++
	}
	if n < minDashQuestions {
		return nil
	}
	return qs
}

// maxQuestionWords bounds the words of an interviewer's question.
const maxQuestionWords = 70

// minDashQuestions is how many dash questions, each answered by a dash
// paragraph, make an article an interview.
const minDashQuestions = 2

// bylineOpeners open the line by which an interview names its journalist
// («Беседовал Алексей МИШИН», «Интервью взяла Анна Петрова»).
var bylineOpeners = []string{"беседовал ", "беседовала ", "беседу вел ", "беседу вела ", "беседу вёл ", "беседу провел ", "беседу провела ",
	"беседу провёл ", "интервью взял ", "интервью взяла ", "вопросы задавал ", "вопросы задавала ", "интервью подготовил ", "интервью подготовила "}

// interviewer returns who asks the questions of an interview: the
// journalist its byline names, else the outlet (one of the sources cited)
// that the text says the interview was given to; nil when the text names
// neither. Not one of the people the reader knows: the questions are the
// only words it is given.
func (m *reader) interviewer(blocks []model.Block) *person {
	for _, b := range blocks {
		if b.Type != model.Paragraph && b.Type != model.Heading {
			continue
		}
		if name := bylineName(b.Text); name != nil {
			return &person{name: name}
		}
	}
	for _, b := range blocks {
		if src := m.interviewOutlet(b.Text); src != "" {
			return &person{name: strings.Fields(src)}
		}
	}
	return nil
}

// bylineName returns the journalist's name in a byline of an interview
// (bylineOpeners, then two or three capitalised words, a surname in
// capitals brought to title case), or nil.
func bylineName(s string) []string {
	s = strings.TrimSpace(s)
	if len(s) > 120 {
		return nil
	}
	l := strings.ToLower(s)
	for _, o := range bylineOpeners {
		if !strings.HasPrefix(l, o) {
			continue
		}
		var name []string
		for _, w := range strings.Fields(s[len(o):]) {
			w = strings.TrimRight(w, ".,;")
			r := textutil.FirstRune(w)
			if !unicode.IsUpper(r) || !unicode.Is(unicode.Cyrillic, r) || !isWordOfLetters(w) {
				break
			}
			name = append(name, titleWord(w))
		}
		if len(name) < 2 || len(name) > 3 {
			return nil
		}
		return name
	}
	return nil
}

// isWordOfLetters reports whether w is letters only, a hyphen allowed.
func isWordOfLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// titleWord returns w in title case when it is written in capitals
// («МИШИН» → «Мишин»), else w.
func titleWord(w string) string {
	if strings.ToUpper(w) != w || utf8.RuneCountInString(w) < 2 {
		return w
	}
	return titleCaps(w)
}

// interviewNouns are the words after which Russian names the outlet an
// interview was given to («в интервью „Известиям“», «в интервью газете
// „Ведомости“», «в беседе с корреспондентом РБК»).
var interviewNouns = []string{"интервью ", "беседе с корреспондентом ", "беседе с журналистом "}

// interviewOutlet returns the cited source that s names right after an
// interview noun (interviewNouns), within a few words and in any case, or
// "".
func (m *reader) interviewOutlet(s string) string {
	if len(m.sources) == 0 {
		return ""
	}
	l := strings.ToLower(s)
	for _, noun := range interviewNouns {
		for i := strings.Index(l, noun); i >= 0; {
			win := l[i+len(noun):]
			if len(win) > 80 {
				win = win[:80]
			}
			win = interviewQuotes.Replace(win)
			for _, src := range m.sources {
				if key := declinedKey(strings.ToLower(src)); key != "" && strings.Contains(win, key) {
					return src
				}
			}
			j := strings.Index(l[i+len(noun):], noun)
			if j < 0 {
				break
			}
			i += len(noun) + j
		}
	}
	return ""
}

// interviewQuotes drops the quote marks of an outlet's name.
var interviewQuotes = strings.NewReplacer("«", "", "»", "", "„", "", "“", "", "”", "", "\"", "")

// declinedKey is a lower-case name less the letters its declension may
// change: the last two of a last word of five letters or more
// («известия» → «извест», matching «известиям»), else the name whole.
func declinedKey(s string) string {
	if utf8.RuneCountInString(s) < 3 {
		return ""
	}
	i := strings.LastIndexByte(s, ' ') + 1
	if utf8.RuneCountInString(s[i:]) < 5 {
		return s
	}
	_, n1 := utf8.DecodeLastRuneInString(s)
	_, n2 := utf8.DecodeLastRuneInString(s[:len(s)-n1])
	return s[:len(s)-n1-n2]
}

// journalistNouns are the Russian nouns, in the nominative, by which news
// names the journalist who asks: «— спросил корреспондент «Известий»»,
// «Журналист поинтересовался: «…»». (The oblique cases are someone spoken
// to: «сказал журналистам министр».)
var journalistNouns = map[string]bool{"корреспондент": true, "корреспондентка": true, "корреспонденты": true, "журналист": true,
	"журналистка": true, "журналисты": true, "репортер": true, "репортёр": true, "репортеры": true, "репортёры": true, "интервьюер": true}

// askingVerbStems are the stems of the Russian verbs of asking, which the
// tables of verbs of speech may lack.
var askingVerbStems = []string{"спрос", "спраш", "поинтересова", "переспрос", "задал", "задала"}

// journalistAsks reports whether the sentence toks attributes its
// quotation to a journalist the text does not name: a journalist noun
// (journalistNouns) next to a verb of speech or of asking, with no name of
// a person after it. It returns the outlet the noun is of, in the
// genitive after it («корреспондент «Известий»», «журналист РБК»), when
// that is a known outlet, else "".
func (m *reader) journalistAsks(toks []token) (bool, string) {
	for i, t := range toks {
		if t.kind != tokWord || !journalistNouns[t.lower] {
			continue
		}
		verb := false
		for k := max(0, i-3); k < min(len(toks), i+4) && !verb; k++ {
			if k == i || toks[k].kind != tokWord {
				continue
			}
			verb = m.isSpeechVerb(toks[k].lower)
			for _, st := range askingVerbStems {
				verb = verb || strings.HasPrefix(toks[k].lower, st)
			}
		}
		if !verb {
			continue
		}
		src := ""
		for k := i + 1; k < min(len(toks), i+4); k++ {
			n := toks[k]
			if n.kind == tokQuote || n.kind == tokWord && unicode.IsUpper(textutil.FirstRune(n.text)) {
				if c := canonicalSource(n.text); c != "" && knownOutlet(c) {
					src = c
					continue
				}
				if n.kind == tokWord && isNameTok(n) {
					// «спросил корреспондент Иван Петров»: named.
					return false, ""
				}
				continue
			}
			if n.kind != tokWord {
				break
			}
		}
		return true, src
	}
	return false, ""
}

// quotedLabel returns the name inside the quote marks that enclose the
// whole of label («„Известия“», "«Ведомости»"), and whether they do.
func quotedLabel(label string) (string, bool) {
	for _, p := range [][2]string{{"«", "»"}, {"„", "“"}, {"“", "”"}, {"\"", "\""}} {
		if strings.HasPrefix(label, p[0]) && strings.HasSuffix(label, p[1]) && len(label) > len(p[0])+len(p[1]) {
			in := label[len(p[0]) : len(label)-len(p[1])]
			if !strings.ContainsAny(in, "«»\"“”„") {
				return in, true
			}
		}
	}
	return "", false
}

// answerLabel reports whether the label of an interview turn is the
// common noun for an answer («Ответ:»): the words of the person the
// interview is with.
func answerLabel(s string) bool {
	label, _ := turnLabel(s)
	return label == "Ответ" || label == "ОТВЕТ"
}
