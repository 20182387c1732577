package attrib

import (
	"strings"
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
// speech (minDashParagraphWords words). An item of a list of facts or of
// steps does not ask; a list of questions alone (a questionnaire, a FAQ's
// headings) has no answer after them.
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
		} else if asked && textutil.CountWords(item) >= minDashParagraphWords {
			answered = true
		}
	}
	return answered
}
