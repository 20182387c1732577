package textlayout

import (
	"strings"

	"github.com/articlekit/article/internal/model"
)

// readAlsoLabels open a line that points the reader to another article
// ("Читайте также: В Перми открыли новую школу", "Read more: …"), as news
// sites print between paragraphs and pasting keeps as a paragraph of its
// own: the line is a link to another story, which the HTML path leaves
// out as one (a paragraph that is mostly a link), so the same story reads
// the same words, and has the same ContentHash, pasted or parsed as a
// page. Lower case; the label must be followed by a colon, a spaced dash
// or a guillemet ("Related Companies said…", "По теме Путин…" and
// "Mehr zum Thema Energie sagte…" are sentences).
var readAlsoLabels = []string{
	"читайте также", "читайте еще", "читайте ещё", "смотрите также", "по теме", "читайте також", "дивіться також",
	"read more", "read also", "also read", "see also", "related",
	"lesen sie auch", "mehr zum thema", "à lire aussi", "lire aussi", "lee también", "te puede interesar",
	"leggi anche", "czytaj też", "czytaj także", "zobacz też", "zobacz także",
}

// maxReadAlsoLine is the longest line read as a read-also pointer or a
// credit line: a label and one headline or name.
const maxReadAlsoLine = 240

// isReadAlsoLine reports whether t is a read-also pointer (readAlsoLabels).
// The label is compared in t's own bytes (EqualFold): a lower-cased copy
// may differ in length.
func isReadAlsoLine(t string) bool {
	if len(t) > maxReadAlsoLine {
		return false
	}
	for _, l := range readAlsoLabels {
		if len(t) < len(l) || !strings.EqualFold(t[:len(l)], l) {
			continue
		}
		rest := strings.TrimLeft(t[len(l):], " \u00a0")
		for _, sep := range []string{":", "— ", "– ", "- ", "»"} {
			if strings.HasPrefix(rest, sep) && strings.TrimSpace(rest[len(sep):]) != "" {
				// A hyphen is a dash only with a space before it.
				return sep != "- " || rest != t[len(l):]
			}
		}
		return false
	}
	return false
}

// standsAlone reports whether lines[i] is a paragraph of its own: a blank
// line before and after it, or a text with no blank lines at all (one
// paragraph a line). A line inside a hard-wrapped paragraph never is.
func standsAlone(lines []textLine, i int, blanks bool) bool {
	if !blanks {
		return true
	}
	return lines[i].afterBlank && (i+1 == len(lines) || lines[i+1].afterBlank)
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
