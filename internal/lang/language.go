package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxDetectRunes is how many characters of a text language detection
// reads: the start of a news text (headline and lead) tells its language
// as well as the whole (measured on 1,977 tuning pages and texts: as many
// right on the first 500 characters as on the first 1,000), in 60 % of
// the time of 1,000.
const MaxDetectRunes = 500

// MinConfidence is the detector's confidence under which its answer is a
// guess: below it a text gets no language from the trigram detector (on
// the tuning texts, 0.996 of the answers at or above it are right, and
// 0.987 of the texts reach it).
const MinConfidence = 0.2

// OverruleConfidence is the detector's confidence from which its answer
// overrules a declared language of another family (a template's
// lang="en" on a German story): 0.999 of the answers at or above it are
// right on the tuning texts.
const OverruleConfidence = 0.5

// Detect returns the ISO 639-1 tag of the language of s, or "" when it
// cannot tell, and how sure it is (0..1).
//
// The trigram profiles of 84 languages in every script
// (github.com/RadhiFadlillah/whatlanggo) decide, with their own
// confidence; an answer under MinConfidence is not given. When they are
// unsure, the function words of the language tables answer instead, with
// the confidence MinConfidence, if a real share of the words are one
// table's (a two-line English wire note, a one-paragraph Russian item):
// in Latin script only when the profiles give no answer (the function
// words of a table, "de", "en", "in", are common in languages without
// one); in Cyrillic, over an answer under OverruleConfidence, only when
// the text's letters fit that language's alphabet (alphabets): the
// function words of Russian, Ukrainian and Bulgarian overlap, their
// alphabets do not.
func Detect(s string) (string, float64) {
	s = Cut(s, MaxDetectRunes)
	tag, conf := Identify(s)
	latin := mostlyLatin(s)
	if conf >= OverruleConfidence {
		if tag != "ru" && tag != "uk" && !latin {
			// Another Cyrillic language, sure of itself on a short
			// text, for letters its alphabet does not have ("НБУ
			// зберіг облікову ставку 15%." called Serbian): the
			// alphabet of Russian or Ukrainian, when the text fits it
			// alone, says which.
			for _, l := range [...]string{"ru", "uk"} {
				if cyrillicByAlphabet(l, s) {
					return l, MinConfidence
				}
			}
		}
		return tag, conf
	}
	top, share := topStopwords(s, latin)
	st := top
	if share < minStopwordShare {
		st = ""
	}
	switch {
	case st == "" || st == tag:
	case !latin && alphabetFits(st, s), latin && tag == "":
		return st, MinConfidence
	}
	for _, l := range [...]string{"ru", "uk"} {
		if tag != l && !latin && cyrillicByAlphabet(l, s) {
			return l, MinConfidence
		}
	}
	if tag == "" && st == "" && top == "en" && latin && asciiLetters(s) {
		// Neither method is sure: a short English headline and lead
		// ("After Rubio stumbles, rivals see opening in New Hampshire.
		// BEDFORD, N.H. (AP) — …") has too few function words for the
		// share above and too few trigrams for the profiles. Of the
		// languages with a table, English alone is written without a
		// letter outside ASCII (German, French, Spanish, Italian and
		// Polish texts of a line or two nearly always hold one: ä, é,
		// ñ, à, ł), so a Latin text all in ASCII whose function words
		// are English's more than any other table's is English. On the
		// PolNeAR texts cut to 100 bytes this turns 37 of 51
		// no-language answers into "en" and no other language changes;
		// on the tuning pages cut to 100 characters one page outside
		// English changes (a German one, from none to "en").
		return "en", MinConfidence
	}
	return tag, conf
}

// minStopwordShare is the share of a table's function words among the
// words of a text from which the table names the text's language, so
// that a German or French text is not called English for its "in" and
// "a".
const minStopwordShare = 0.08

// asciiLetters reports whether every letter of s is an ASCII letter.
func asciiLetters(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// Confirms reports whether the text s plainly agrees with the declared
// primary language tag: the function words of tag's table are the
// largest share of its first MaxDetectRunes characters (at least 8 %)
// and, in Cyrillic, its letters fit tag's alphabet. A declaration the
// text confirms needs no trigram detector (a tenth of its time), and a
// story that quotes another language at length keeps the language it is
// written and declared in.
func Confirms(tag, s string) bool {
	s = Cut(s, MaxDetectRunes)
	latin := mostlyLatin(s)
	got, _ := byStopwords(s, latin)
	return got != "" && got == tag && (latin || alphabetFits(tag, s))
}

// alphabets lists, for the languages with a table in a script shared by
// several languages of one family (Cyrillic), the letters only that
// language of the family uses, one of which a text must hold, and the
// letters of the family it never uses, none of which the text may hold:
// the function words of Russian and Ukrainian overlap (в, на, не), their
// alphabets do not.
var alphabets = map[string]struct{ own, foreign string }{
	"ru": {own: "ыэёЫЭЁ", foreign: "іїєґўәөүңғқҳјљњћђџѓќѕІЇЄҐЎӘӨҮҢҒҚҲЈЉЊЋЂЏЃЌЅ"},
	"uk": {own: "іїєґІЇЄҐ", foreign: "ыэёъўЫЭЁЪЎәөүңғқҳјљњћђџѓќѕӘӨҮҢҒҚҲЈЉЊЋЂЏЃЌЅ"},
}

// cyrillicByAlphabet reports whether the letters of s alone show a text
// in tag's language (Russian or Ukrainian), however short (a headline, a
// one-line item), when neither the profiles nor the function words are
// sure. For Russian: most of its letters are
// Cyrillic, and its letters fit the Russian alphabet of alphabets (one of
// ы, э, ё, which Ukrainian, Bulgarian, Serbian and Macedonian never write,
// and none of the letters only Ukrainian, Belarusian or the Cyrillic
// alphabets of Central Asia and the Balkans use: і, ї, є, ґ, ў, ә, ө, ј…).
// ъ is no evidence: Bulgarian writes it in most sentences. Of the 128
// Russian tuning texts cut to their headline, 44 got no language or
// another Cyrillic one (bg, sr); this turns 11 of them into "ru" (the
// rest hold no ы, э, ё), and none of the 141 uk-news texts cut to one,
// two or four lines.
//
// Ukrainian is read the same way: і, ї, є or ґ, none of ы, э, ё, ъ, ў
// and the letters of the other alphabets (a user trial found "НБУ зберіг
// облікову ставку 15%." called Serbian, whose alphabet has no і).
func cyrillicByAlphabet(tag, s string) bool {
	cyr, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.IsLetter(r):
			other++
		}
	}
	return cyr > other && alphabetFits(tag, s)
}

// alphabetFits reports whether the letters of s fit the alphabet of the
// language tag as alphabets gives it; a language alphabets does not list
// never fits.
func alphabetFits(tag, s string) bool {
	a, ok := alphabets[tag]
	return ok && strings.ContainsAny(s, a.own) && !strings.ContainsAny(s, a.foreign)
}

// Identify returns the trigram detector's answer for s: the ISO 639-1 tag
// and its confidence, or "" when the answer is under MinConfidence or the
// language has no two-letter code. Only the answers at or above
// MinConfidence are used: the detector ranks its profiles from a map, so
// its choice between two profiles that score alike (confidence 0) is not
// stable from run to run, and the threshold keeps the output
// deterministic.
func Identify(s string) (string, float64) {
	l, conf := detectTrigrams(s) // whatlanggo.Detect's answer, faster
	if l < 0 || conf < MinConfidence {
		return "", 0
	}
	tag := l.Iso6391()
	if tag == "" {
		return "", 0
	}
	return tag, conf
}

// SameLanguage reports whether two primary language subtags name one
// language for detection: equal, or two standards of one language that a
// text cannot tell apart reliably (Norwegian Bokmål, Nynorsk and Danish;
// Serbian, Croatian and Bosnian in Latin script; Malay and Indonesian;
// Czech and Slovak), so that a declaration of one is never overruled by
// a detection of the other.
func SameLanguage(a, b string) bool {
	if a == b {
		return true
	}
	ga, gb := closeGroup[a], closeGroup[b]
	return ga != 0 && ga == gb
}

// closeGroup numbers the groups of close languages of SameLanguage.
var closeGroup = map[string]int{
	"no": 1, "nb": 1, "nn": 1, "da": 1,
	"sh": 2, "sr": 2, "hr": 2, "bs": 2,
	"ms": 3, "id": 3,
	"cs": 4, "sk": 4,
}

// Cut returns the first n characters of s, cut at a character boundary.
func Cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}

// mostlyLatin reports whether most letters of s are Latin.
func mostlyLatin(s string) bool {
	lat, other := 0, 0
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				lat++
			}
		case unicode.Is(unicode.Latin, r):
			lat++
		case unicode.IsLetter(r):
			other++
		}
	}
	return lat > other
}

// byStopwords returns the tag of the language table whose function words
// are the largest share of the words of s (only its Latin-script words
// when latin), with that share, or "" when no table's share reaches
// minStopwordShare.
func byStopwords(s string, latin bool) (string, float64) {
	tag, share := topStopwords(s, latin)
	if share < minStopwordShare {
		return "", 0
	}
	return tag, share
}

// topStopwords returns the tag of the language table whose function words
// are the largest share of the words of s (only its Latin-script words
// when latin), with that share, however small; "" and 0 when no word is a
// function word of any table.
func topStopwords(s string, latin bool) (string, float64) {
	// One pass over the words, each looked up once in the union of the
	// tables (stopwordTables), not once a table.
	if len(Languages) > 32 {
		return topStopwordsEach(s, latin)
	}
	sets := stopwordTables()
	var hitsBuf [32]int
	hits := hitsBuf[:len(Languages)]
	n := 0
	var lowBuf [64]byte
	for i := 0; i < len(s); {
		// The next word: a run of letters, as strings.FieldsFunc with
		// !unicode.IsLetter cuts them.
		start, end := -1, len(s)
		for i < len(s) {
			r, size := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if isLetter(r) {
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				end = i
				i += size
				break
			}
			i += size
		}
		if start < 0 {
			break
		}
		w := s[start:end]
		n++
		if r, _ := utf8.DecodeRuneInString(w); latin && r >= utf8.RuneSelf && !unicode.Is(unicode.Latin, r) {
			continue // a Latin-script text: only Latin words are looked up
		}
		if mask := sets.words[string(appendLower(lowBuf[:0], w))]; mask != 0 {
			for k := range hits {
				hits[k] += int(mask >> k & 1)
			}
		}
	}
	best, bestShare := "", 0.0
	for i, t := range Languages {
		if sh := float64(hits[i]) / float64(max(n, 1)); sh > bestShare {
			best, bestShare = t.Tag, sh
		}
	}
	return best, bestShare
}
