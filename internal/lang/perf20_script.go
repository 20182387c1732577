package lang

import "unicode"

// asciiCyrillicScript answers for whatlanggo.DetectScript on a text whose
// every rune is ASCII or in U+0400 to U+047F (two bytes, D0 or D1 and a
// continuation byte), as nearly every Russian or Ukrainian text is, by
// counting bytes; ok is false for any other text. On such a text
// DetectScript counts the ASCII letters as Latin and those runes, all
// Cyrillic letters, as Cyrillic, and no other script. Neither count
// can pass half the text's bytes while detectScript has not answered
// Latin already (a Cyrillic letter takes two bytes), so it answers with
// the script counted more, nil when there is no letter, and on a tie
// the script of the last letter (each letter moves its script to the
// front of DetectScript's list, and the first of the largest wins).
func asciiCyrillicScript(s string) (sc *unicode.RangeTable, ok bool) {
	lat, cyr, lastCyr := 0, 0, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if l := c | 0x20; 'a' <= l && l <= 'z' {
				lat++
				lastCyr = false
			}
			i++
			continue
		}
		if (c == 0xD0 || c == 0xD1) && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			cyr++
			lastCyr = true
			i += 2
			continue
		}
		return nil, false
	}
	switch {
	case lat == 0 && cyr == 0:
		return nil, true
	case cyr > lat || cyr == lat && lastCyr:
		return unicode.Cyrillic, true
	default:
		return unicode.Latin, true
	}
}
