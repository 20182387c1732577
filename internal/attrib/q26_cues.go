package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// q26AccordingTo reports whether the sentence s cites a source by an
// according-to the table's verbs of speech lack («по данным ведомства,
// «…»», «по информации пресс-службы, «…»», «по сведениям …»): a
// quotation in lower case standing as the clause after it
// (q26ClauseAfter) gives the source's words. One pass over s.
func q26AccordingTo(s string) bool {
	prev := ""
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += n2
		}
		w := s[i:j]
		if len(w) <= len("информации") {
			lw := strings.ToLower(w)
			if prev == "по" && (lw == "данным" || lw == "информации" || lw == "сведениям") {
				return true
			}
			prev = lw
		} else {
			prev = ""
		}
		i = j
	}
	return false
}

// q26AccuseWindow bounds the words before a span that q26AccuseBefore
// reads: the verb governs the quoted words from a few words before them.
const q26AccuseWindow = 6

// q26AccuseBefore reports whether a verb of accusing or denying
// (q26AccuseOrDeny) stands among the q26AccuseWindow words before byte
// offset at of s, within its sentence from start on and in the same
// clause: read backwards, a comma, semicolon, colon or dash ends the
// clause, unless the word after a comma is «что» or «будто», which opens
// the clause of what was denied («опровергают, что «…»»). So «обвинил
// директора в растрате, а «дочку» фирмы закрыли» quotes nothing of the
// accuser's.
func q26AccuseBefore(s string, start, at int) bool {
	n := 0
	after := "" // the word read just before (to the right)
	for i := at; i > start && n < q26AccuseWindow; {
		r, size := utf8.DecodeLastRuneInString(s[start:i])
		if !unicode.IsLetter(r) {
			if strings.ContainsRune(",;:—–", r) && !(r == ',' && (after == "что" || after == "будто")) {
				return false
			}
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
		after = strings.ToLower(s[j:i])
		if len(after) <= len("опровергнувшие") && q26AccuseOrDeny(after) {
			return true
		}
		i, n = j, n+1
	}
	return false
}

// q26AccuseOrDeny reports whether the lower-case word w is a form of the
// verbs обвинить / обвинять or опровергнуть / опровергать (finite, past,
// gerund or participle), not one of their nouns or adjectives: Russian
// reports someone's words with them as with a verb of speech, and the
// table's verbs of speech lack them («обвинив газету в «желтизне»»,
// «опровергают, что «…»»).
func q26AccuseOrDeny(w string) bool {
	switch {
	case strings.HasPrefix(w, "обвинительн"):
		return false // (the adjective: «обвинительный приговор»)
	case strings.HasPrefix(w, "обвин"):
		rest := w[len("обвин"):]
		return strings.HasPrefix(rest, "ил") || strings.HasPrefix(rest, "ив") || strings.HasPrefix(rest, "ит") || strings.HasPrefix(rest, "ят") ||
			strings.HasPrefix(rest, "яе") || strings.HasPrefix(rest, "яю") || strings.HasPrefix(rest, "яя") || strings.HasPrefix(rest, "ял")
	case strings.HasPrefix(w, "опроверг"):
		return !strings.HasPrefix(w[len("опроверг"):], "нут") // (опровергнутый: the denied, not the denier)
	case strings.HasPrefix(w, "опроверга"):
		return true
	}
	return false
}

// q26ClauseAfter reports whether the span q of s opens a clause of its
// own: it follows a comma or a colon.
func q26ClauseAfter(s string, q qspan) bool {
	before := strings.TrimRight(s[:q.ostart], " \u00a0")
	return strings.HasSuffix(before, ",") || strings.HasSuffix(before, ":")
}

// q26LowerSpan reports whether text opens in lower case: a piece of
// someone's words woven into the sentence, not a name.
func q26LowerSpan(text string) bool {
	return unicode.IsLower(textutil.FirstRune(text))
}
