package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// headerDateWords are the words of a header's date line besides those of
// dateLineWords: time zones printed after the clock ("13:30 МСК"), labels
// of the publication date in the languages with tables, and reading
// times ("7 min read").
var headerDateWords = map[string]bool{
	"мск": true, "msk": true, "kyiv": true, "киев": true, "києва": true, "bst": true, "cst": true, "cdt": true,
	"mst": true, "mdt": true, "ist": true, "mez": true, "mesz": true, "a.m": true, "p.m": true,
	"опубликовано": true, "опубликован": true, "обновлено": true, "опубліковано": true, "оновлено": true,
	"publiziert": true, "erschienen": true, "zuletzt": true, "last": true, "publicada": true,
	"pubblicata": true, "opublikowano": true, "zaktualizowano": true, "mise": true, "à": true, "в": true, "о": true,
	"minutes": true, "minute": true, "mins": true, "lesezeit": true, "lecture": true, "lectura": true,
	"чтения": true, "мин": true, "хв": true,
}

// isClockToken reports whether w is a clock written with an "h" (the
// French and Spanish "14h30", "9h") or a time with its meridiem glued
// ("10:00am").
func isClockToken(w string) bool {
	digits := 0
	for i, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == 'h' || r == ':' || r == '.':
			if i == 0 {
				return false
			}
		default:
			rest := strings.ToLower(w[i:])
			return digits > 0 && (rest == "am" || rest == "pm" || rest == "a.m" || rest == "p.m")
		}
	}
	return digits > 0
}

// isHeaderDateWord reports whether a word, lowered and trimmed, may stand
// in a header's date line.
func isHeaderDateWord(w string) bool {
	return headerDateWords[w] || isClockToken(w)
}

// publicationSegment reports whether a part of a meta row set apart by a
// middle dot or a bar names the publication the post appeared in
// ("Published in Better Engineering"), as blog platforms print it beside
// the reading time and the date.
func publicationSegment(seg string) bool {
	low := strings.ToLower(strings.TrimSpace(seg))
	for _, p := range []string{"published in ", "posted in ", "veröffentlicht in ", "publié dans ", "publicado en "} {
		if rest, ok := strings.CutPrefix(low, p); ok {
			return rest != "" && len(strings.Fields(rest)) <= 6
		}
	}
	return false
}

// withoutPublication returns t without the parts of a meta row that name
// the publication (publicationSegment), when the row is set apart by
// middle dots or bars.
func withoutPublication(t string) string {
	if !strings.ContainsAny(t, "·|•") {
		return t
	}
	segs := strings.FieldsFunc(t, func(r rune) bool { return r == '·' || r == '|' || r == '•' })
	if len(segs) < 2 {
		return t
	}
	kept := segs[:0]
	cut := false
	for _, s := range segs {
		if publicationSegment(s) {
			cut = true
			continue
		}
		kept = append(kept, s)
	}
	if !cut {
		return t
	}
	return strings.Join(kept, " · ")
}

// headerRun returns how many blocks open a body before its first
// paragraph of prose: headings, and short paragraphs of a few words
// without a sentence's end (a kicker, a date line), four at most. The
// first block is always of the run, as a date line opening the body is
// the header's; when it is prose, the run is that block alone.
func headerRun(bs []model.Block) int {
	n := 0
	for i, b := range bs {
		header := b.Type == model.Heading || b.Type == model.Paragraph && isShortHeaderLine(b.Text)
		if i > 0 && !header {
			break
		}
		n = i + 1
		if !header || n >= 4 {
			break // prose opens the body: its header is the first block alone
		}
	}
	return n
}

// isShortHeaderLine reports whether a paragraph is too short to be prose
// and ends as no sentence does: a kicker ("Energiewende") or a date line.
func isShortHeaderLine(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || len(t) > 120 || textutil.CountWords(t) > 10 {
		return false
	}
	return !strings.ContainsAny(t[len(t)-1:], ".!?…") || isDateLine(t)
}
