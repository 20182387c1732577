package textlayout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
)

// readAlsoLabels open a line that points the reader to another article
// ("Читайте также: В Перми открыли новую школу", "Read more: …"), as news
// sites print between paragraphs and pasting keeps as a line: the line is
// a link to another story, which the HTML path leaves out as one (a
// paragraph that is mostly a link), so the same story reads the same
// words, and has the same ContentHash, pasted or parsed as a page. Lower
// case; the label must be followed by a colon, a dash or the linked
// headline in capitals.
var readAlsoLabels = []string{
	"читайте также", "читайте еще", "читайте ещё", "смотрите также", "по теме", "читайте також", "дивіться також",
	"read more", "read also", "also read", "see also", "related",
	"lesen sie auch", "mehr zum thema", "à lire aussi", "lire aussi", "lee también", "te puede interesar",
	"leggi anche", "czytaj też", "czytaj także", "zobacz też", "zobacz także",
}

// maxReadAlsoLine is the longest line read as a read-also pointer: a label
// and one headline.
const maxReadAlsoLine = 240

// isReadAlsoLine reports whether t is a read-also pointer (readAlsoLabels).
func isReadAlsoLine(t string) bool {
	if len(t) > maxReadAlsoLine {
		return false
	}
	low := strings.ToLower(t)
	for _, l := range readAlsoLabels {
		rest, ok := strings.CutPrefix(low, l)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " \u00a0")
		switch {
		case rest == "":
			return false // the label alone may head a list of links; left as it is
		case strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "»"):
			return true
		}
		// "Читайте также В Перми открыли …": the linked headline right
		// after the label, capitalised.
		orig := strings.TrimLeft(t[len(t)-len(rest):], " \u00a0")
		return orig != "" && startsUpper(orig)
	}
	return false
}

// isPhotoCreditLine reports whether t is a picture's credit alone on a
// line of the body ("Фото: Иван Смирнов / «Пермские новости»", "Photo:
// Reuters"): a byline whose every credit is a photographer's. Pasted
// text keeps the credit line of each picture where the picture stood;
// the HTML path reads it with the figure, not as body text.
func isPhotoCreditLine(t string) ([]model.Author, bool) {
	if len(t) > maxReadAlsoLine {
		return nil, false
	}
	names, ok := parseByline(t)
	if !ok || len(names) == 0 {
		return nil, false
	}
	for _, n := range names {
		if n.Role != "photographer" {
			return nil, false
		}
	}
	return names, true
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
