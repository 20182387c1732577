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

// q28FirstPersonWords are the Russian pronouns of the first person and
// the forms of the possessives «мой» and «наш», every case, as whole
// words (a prefix would take the verb «нашли», «нашёл» for «наш»).
var q28FirstPersonWords = map[string]bool{
	"я": true, "меня": true, "мне": true, "мной": true, "мною": true,
	"мы": true, "нас": true, "нам": true, "нами": true,
	"мой": true, "моя": true, "моё": true, "мое": true, "мои": true, "моего": true, "моей": true, "моих": true,
	"моему": true, "моим": true, "моими": true, "мою": true, "моем": true, "моём": true,
	"наш": true, "наша": true, "наше": true, "наши": true, "нашего": true, "нашей": true, "наших": true,
	"нашему": true, "нашим": true, "нашими": true, "нашу": true, "нашем": true,
}

// q28ToldDatives are the first-person forms that name whom something was
// told: the dative «нам» and the possessive's datives before the word for
// the newsroom.
var q28ToldDatives = map[string]bool{"нам": true, "нашему": true, "нашей": true, "нашим": true}

// q28TellingStems are the stems of the Russian verbs of telling whose
// dative object is the journalist («как рассказали нам в …», «сообщили
// нашему изданию», «пояснил нам»).
var q28TellingStems = []string{"рассказ", "сообщ", "поясн", "сказа", "ответ", "подтверд", "уточн", "заяв", "объясн", "прокомментир", "передал", "признал", "рассказыв"}

// q28Newsroom are the datives of the words for the journalist and the
// newsroom after «нашему», «нашей» («нашему изданию», «нашей редакции»).
var q28Newsroom = map[string]bool{
	"изданию": true, "корреспонденту": true, "журналисту": true, "редакции": true, "газете": true,
	"порталу": true, "сайту": true, "агентству": true, "телеканалу": true, "журналу": true, "радио": true,
}

// q28FirstPerson reports whether s, the item of a list after a question,
// speaks in the first person as the one interviewed does: it holds a
// pronoun of the first person or a form of «мой», «наш» as a whole word,
// save the dative a verb of telling governs, before it or after it, or
// the possessive's dative before the word for the newsroom («как
// рассказали нам в отделении …», «нам сообщили в МЧС», «как сообщили
// нашему изданию …»): that is the journalist's report of what the
// newsroom was told, the common frame of news copy citing a source, not
// the voice of the one answering.
func q28FirstPerson(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range words {
		if !q28FirstPersonWords[w] {
			continue
		}
		if q28ToldDatives[w] && (i > 0 && q28Telling(words[i-1]) || i+1 < len(words) && (q28Telling(words[i+1]) || q28Newsroom[words[i+1]])) {
			continue
		}
		return true
	}
	return false
}

// q28Telling reports whether w, lower-cased, is a form of a verb of
// telling (q28TellingStems).
func q28Telling(w string) bool {
	for _, st := range q28TellingStems {
		if strings.HasPrefix(w, st) {
			return true
		}
	}
	return false
}
