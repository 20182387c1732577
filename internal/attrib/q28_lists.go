package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// maxInterviewItems bounds how many items of a list q28InterviewItems
// reads: an interview typed as a list is a handful of lines, and a longer
// list is left to dialogueItems alone.
const maxInterviewItems = 60

// q28InterviewItems reports whether the items of a list, one a line, are
// the questions and answers of an interview that plain-text copy typed
// with hyphens for the dashes that open each line («- Можете
// прокомментировать ситуацию?» / «- Похожие разговоры были …»). Russian
// prints an interview's turns as dash-opened paragraphs with no author's
// words, so dialogueItems, which wants one item with its author's words
// after a second dash, does not see it. A list is an interview when every
// item ends as a sentence ends, none opens with a quote mark, and a
// question (an item ending with «?») is followed by an answer: an item
// that does not ask and is as long as a paragraph of unattributed dash
// speech (minDashParagraphWords words) and speaks in the first person
// («я», «мы», «нас», «наш» …), as the one interviewed does. An item of a
// list of facts or of steps does not ask; a list of questions alone (a
// questionnaire, a FAQ's headings) has no answer after them, and a FAQ's
// answers speak impersonally or to the reader («Вам нужно …»).
func q28InterviewItems(text string) bool {
	items := strings.Split(text, "\n")
	if len(items) < 2 || len(items) > maxInterviewItems {
		return false
	}
	asked, answered := false, false
	for _, item := range items {
		item = strings.TrimSpace(item)
		r, _ := utf8.DecodeLastRuneInString(item)
		f, _ := utf8.DecodeRuneInString(item)
		if item == "" || !strings.ContainsRune(".!?…", r) || strings.ContainsRune("«\"„“", f) || textutil.CountWords(item) < 2 {
			return false
		}
		if r == '?' {
			asked = true
		} else if asked && textutil.CountWords(item) >= minDashParagraphWords && q28FirstPerson(item) {
			answered = true
		}
	}
	return answered
}

// q28FirstPersonWords are the Russian pronouns of the first person, in
// every case, and the possessive's stems.
var q28FirstPersonWords = map[string]bool{
	"я": true, "меня": true, "мне": true, "мной": true, "мною": true,
	"мы": true, "нас": true, "нам": true, "нами": true,
}

// q28FirstPerson reports whether s holds a pronoun of the first person
// or a form of «мой», «наш».
func q28FirstPerson(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if q28FirstPersonWords[w] || strings.HasPrefix(w, "наш") && len(w) <= len("нашими") || strings.HasPrefix(w, "мо") && q28MyForms[w] {
			return true
		}
	}
	return false
}

// q28MyForms are the forms of «мой».
var q28MyForms = map[string]bool{"мой": true, "моя": true, "моё": true, "мое": true, "мои": true, "моего": true, "моей": true, "моих": true, "моему": true, "моим": true, "моими": true, "мою": true, "моем": true, "моём": true}
