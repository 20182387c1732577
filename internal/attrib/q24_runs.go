package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// q24GuillemetRunEnd returns the paragraph after blocks[i] that closes a
// quotation blocks[i] leaves open in a guillemet opened after a sentence's
// end or a colon (guillemetLeftOpen), and the offset of its closing », or
// -1, -1. Russian copy sets a speaker's long answer («Имя, роль: «…») over
// several paragraphs and reopens none of them: the paragraphs between
// hold no guillemet and open with no dash (a line of dialogue), and the
// first paragraph that closes more guillemets than it opens ends the run,
// within maxRunParagraphs, as unreopenedRuns reads a run that opens a
// paragraph. Each paragraph is looked at once.
func q24GuillemetRunEnd(blocks []model.Block, i int) (int, int) {
	if o := guillemetLeftOpen(blocks[i].Text); o >= 0 && strings.Contains(blocks[i].Text[o+len("«"):], "«") {
		// («…договор с компанией «Ромашка».»: a name in guillemets
		// inside the speech whose close the outer one shares is the
		// likelier reading than speech left open; review25.)
		return -1, -1
	}
	for j := i + 1; j < len(blocks) && j <= i+maxRunParagraphs; j++ {
		t := strings.TrimSpace(blocks[j].Text)
		if blocks[j].Type != model.Paragraph || t == "" {
			return -1, -1
		}
		if first := textutil.FirstRune(t); first == '—' || first == '–' || first == '-' || first == '«' {
			return -1, -1
		}
		c, depth := unmatchedClose(blocks[j].Text)
		if c >= 0 {
			if depth != -1 {
				return -1, -1
			}
			return j, c
		}
		if depth != 0 || strings.ContainsAny(t, "\"„“”") {
			return -1, -1
		}
	}
	return -1, -1
}

// q24CurlyCloseIn returns the offset of a closing curly ” in s that ends
// a quotation a guillemet opened in an earlier paragraph, or -1. Russian
// copy pasted from a typesetter that gives English marks now and then
// closes a «-opened quotation with ” (the mark a keyboard's autocorrect
// puts after a word): it closes one only as a closing mark of direct
// speech stands, after a word or punctuation, with no „ or “ before it in
// s that it could pair with, and before the author's words (a comma, a
// dash and a verb of speech in lower case), as straightClosesGuillemet
// reads the straight mark.
func q24CurlyCloseIn(s string) int {
	i := strings.Index(s, "”")
	if i <= 0 || strings.ContainsAny(s[:i], "„“") {
		return -1
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsSpace(r) {
		return -1
	}
	rest := strings.TrimPrefix(s[i+len("”"):], ",")
	for _, d := range []string{" — ", " – ", " - "} {
		if after, ok := strings.CutPrefix(rest, d); ok {
			words := leadingFields(after, 2)
			if len(words) > 0 && unicode.IsLower([]rune(words[0])[0]) && speechVerbAmong(words) {
				return i
			}
			return -1
		}
	}
	return -1
}
