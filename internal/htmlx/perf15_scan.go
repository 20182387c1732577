package htmlx

import (
	"strings"
	"time"
	"unicode"

	"github.com/articlekit/article/internal/model"
)

// holdsSentenceMark reports whether s holds a full stop, an exclamation or
// question mark, or the ideographic full stop '。': strings.ContainsAny(s,
// ".!?。") without its slow path, which a set holding a rune outside ASCII
// takes (every rune of s decoded and looked up in the set). The ASCII
// marks are bytes no multi-byte sequence holds, and the three bytes of
// '。' open with a lead byte, which no sequence before it can take in: a
// byte search finds each where decoding s rune by rune does.
func holdsSentenceMark(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
			return true
		case 0xE3:
			if strings.HasPrefix(s[i:], "。") {
				return true
			}
		}
	}
	return false
}

// holdsRunes reports whether bodyRunes(bs) > 0: whether a block holds a
// letter or a digit, found at the first.
func holdsRunes(bs []model.Block) bool {
	for _, b := range bs {
		for _, r := range b.Text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// dayKey is a date's day: year, month and day of its time in its own
// zone, the three numbers Time.Format(time.DateOnly) prints (each year
// printed differently), so that two days' keys are equal when their
// printed forms are, without printing them.
type dayKey struct {
	year  int
	month time.Month
	day   int
}

// dayOf returns d's dayKey.
func dayOf(d model.Date) dayKey {
	y, m, dd := d.Time.Date()
	return dayKey{y, m, dd}
}
