package textlayout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/dates"
	"github.com/articlekit/article/internal/lang"
)

// zoneWords are the words a news dateline prints after its clock time to
// say which clock it is, besides the zones the dates package reads
// (dates.ZoneLen: "5:00am ET", "17:43 UTC", "MEZ", "МСК", "по Москве",
// "Uhr"): the Romance clock words "h" / "horas", and the phrases of local
// time ("heure de Paris", "hora peninsular", "czasu polskiego", "за
// київським часом"). They belong to the dateline, not to the text after
// it. Matched case-sensitively where a lower-case form is an ordinary
// word.
var zoneWords = []string{
	// Clock words.
	"h", "h.", "hs", "hrs", "horas",
	// Local time in words.
	"по Москве", "по московскому времени", "по Киеву", "по киевскому времени", "за Києвом", "за київським часом",
	"за київським", "heure de Paris", "heure locale", "hora peninsular", "hora local", "ora italiana",
	"ora locale", "czasu polskiego", "Ortszeit", "local time",
}

// cutZone removes from rest, the text after a date with a clock time,
// the zone and clock words of zoneWords that follow it, each possibly in
// parentheses ("10:15 (МСК)"), and a parenthesised place name of one or
// two capitalised words naming the clock's city ("10:15 (Київ)"), as
// Russian and Ukrainian sites print them, but not an agency's credit
// ("(Reuters)"), which stays with the text. It returns the rest after
// them.
func cutZone(rest string) string {
	for range 3 {
		s := strings.TrimLeft(rest, " ,")
		paren := strings.HasPrefix(s, "(")
		if paren {
			s = s[1:]
		}
		n := zoneWordLen(s)
		if n == 0 && paren {
			n = placeLen(s)
		}
		if n == 0 {
			return rest
		}
		s = s[n:]
		if paren {
			s = strings.TrimLeft(s, " ")
			if !strings.HasPrefix(s, ")") {
				return rest
			}
			s = s[1:]
		}
		rest = s
	}
	return rest
}

// zoneWordLen returns the length of the zone s starts with (dates.ZoneLen)
// or of the zone word of zoneWords it starts with, followed by the end of
// s or a character that is not a letter; 0 when there is none.
func zoneWordLen(s string) int {
	if n := dates.ZoneLen(s); n > 0 {
		return n
	}
	best := 0
	for _, w := range zoneWords {
		if len(w) > best && strings.HasPrefix(s, w) && !letterAt(s, len(w)) {
			best = len(w)
		}
	}
	return best
}

// placeLen returns the length of the one or two capitalised words s
// starts with when a closing parenthesis follows them and they do not
// name a news outlet, or 0.
func placeLen(s string) int {
	end := strings.IndexByte(s, ')')
	if end <= 0 {
		return 0
	}
	words := strings.Fields(s[:end])
	if len(words) == 0 || len(words) > 2 {
		return 0
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return 0
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' {
				return 0
			}
		}
	}
	name := strings.TrimSpace(s[:end])
	if lang.IsKnownOutlet(name) || lang.IsOutletLike(name, "", false) {
		return 0
	}
	return len(strings.TrimRight(s[:end], " "))
}

// letterAt reports whether s holds a letter at byte i.
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// leadLine reports whether l can be the paragraph a dateline alone on the
// line before it opens: not a list item, quotation or table row.
func leadLine(l textLine) bool {
	return !l.quoteMarker && !isBullet(l.text) && !strings.HasPrefix(l.text, "|") && !strings.HasPrefix(l.text, "```")
}
