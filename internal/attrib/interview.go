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
