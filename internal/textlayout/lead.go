package textlayout

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/attrib"
	"github.com/articlekit/article/internal/dates"
	"github.com/articlekit/article/internal/textutil"
)

// A first line shorter than maxHeadlineBytes may still be the lead
// paragraph of a text pasted without its headline. The typographic rule
// that tells them apart is shared by the house styles of Russian,
// Ukrainian, English, German and French news: a headline takes no final
// full stop, a paragraph of prose does. A full stop alone is not enough
// (some outlets do end headlines with one: "Маэстро не видит звёзд.",
// "Rose Bowl skywriters blast Trump."), so the line must also read as
// prose: two sentences or more of at least leadMinWordsTwo words, or one
// sentence of at least leadMinWordsOne words, and not be in English title
// case.
//
// The thresholds come from the first lines of the tuning material (the
// text fixtures, the odd halves of ru-quotes-dev and ru-fresh, uk-news,
// the PolNeAR titles): headlines that end in a full stop run to 23 words
// in one sentence (a Russian headline with a trailing "заявил министр")
// and to 17 words in two (English "X. Y." headlines, all in title case);
// leads without a headline line start at 18 words in two sentences. One
// sentence was first set at 24 words, and a user trial found uk-news (a
// corpus of texts without headlines) losing the first sentence of 60 of
// its 141 texts, leads of 12 to 23 words: the loss of a lead sentence
// cannot be undone, a headline also kept as the first paragraph can, so
// one sentence of 12 words now reads as prose (of the PolNeAR titles,
// which that corpus ends with a full stop, 19 of 840 are such sentences
// in sentence case; most of the 21 odd-half Russian first lines of 8 to
// 23 words ending in a full stop, read by eye, are leads). Shorter
// one-sentence lines stay headlines: nothing in the line tells them apart.
const (
	leadMinWordsOne = 12
	leadMinWordsTwo = 18
)

// isLeadLine reports whether the first line of a text, short enough to
// be a headline, is rather the lead paragraph: it opens with a wire
// dateline (openingDateline), or it ends with a full stop
// (not an ellipsis, not the period of an abbreviation, not inside a
// closing quote mark: "U.S.", "т.д.", "г.", «…».), reads as prose by
// length and sentence count, and is not in title case. A line ending in
// "?" or "!" stays a headline.
func isLeadLine(s string) bool {
	if openingDateline(s) > 0 {
		return true
	}
	if !endsWithFullStop(s) {
		return false
	}
	words := textutil.CountWords(s)
	if n := len(sentenceEnds(s)); n < 2 && words < leadMinWordsOne || n >= 2 && words < leadMinWordsTwo {
		// (Two short sentences are the "X. Y." headline of English
		// news; one sentence of that length is a lead.)
		return false
	}
	return !isTitleCase(s)
}

// endsWithFullStop reports whether s ends with a single full stop that
// closes a sentence: not "..." or "…", not the period of an
// abbreviation ("U.S.", "т.д.", "Inc.", "г.", an initial "J."), and not
// a period followed by a closing quote mark or bracket.
func endsWithFullStop(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") {
		return false
	}
	body := strings.TrimRight(s[:len(s)-1], " ")
	w := body[strings.LastIndexAny(body, " («“\"'‘„/")+1:]
	if w == "" {
		return false
	}
	if strings.ContainsRune(w, '.') {
		return false // "U.S.", "т.д.", "i.e."
	}
	if n := utf8.RuneCountInString(w); n == 1 {
		return !unicode.IsLetter(textutil.FirstRune(w)) // "г.", "J."
	}
	return !finalAbbreviations[strings.ToLower(w)]
}

// finalAbbreviations are abbreviations whose period may end a headline
// without being a full stop, in the languages of the lang tables. Units
// after a number ("7,08 млн грн.", "500 тыс. руб.") are left out: a
// line of prose that ends with one ends its sentence there, the unit's
// period standing for the full stop (Russian and Ukrainian style), and
// the length test keeps short headlines such as "Курс евро превысил
// 100 руб." headlines.
var finalAbbreviations = map[string]bool{
	// English
	"inc": true, "ltd": true, "corp": true, "co": true, "jr": true, "sr": true,
	"bros": true, "etc": true, "dept": true, "st": true, "no": true, "vs": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true,
	// Russian and Ukrainian
	"гг": true, "вв": true, "рр": true, "др": true, "пр": true, "ул": true,
	"вул": true, "обл": true, "им": true, "ім": true, "см": true, "стр": true,
	// German and French
	"usw": true, "bzw": true, "nr": true, "str": true, "ca": true, "cie": true,
	"av": true,
}

// isTitleCase reports whether s is in English title case: at least four
// of five of its words of four letters or more start with a capital, as
// US and British house styles write headlines ("Bernie Sanders Suffered
// A Big Blow. Here's His Plan Going Forward."). Prose in any language,
// even dense with names, capitalises far fewer.
func isTitleCase(s string) bool {
	long, upper := 0, 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if letterCount(w) < 4 {
			continue
		}
		long++
		if unicode.IsUpper(textutil.FirstRune(w)) {
			upper++
		}
	}
	return long > 0 && upper*5 >= long*4
}

func letterCount(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// sentenceEnds returns the offsets where the sentences of s end, as
// attrib.Sentences splits them, except that a period after an
// abbreviation that stands inside a sentence in Russian and Ukrainian
// (a single lower-case letter: "м. Києва", "с. Іванівка", "кв. м."; a
// street or place word: "вул.", "просп.", "обл.") does not end one, even
// before a capital: the name it abbreviates follows.
func sentenceEnds(s string) []int {
	var out []int
	for _, sn := range attrib.Sentences(s, nil) {
		if sn.End < len(s) && midAbbreviationEnd(s[sn.Start:sn.End]) {
			continue
		}
		out = append(out, sn.End)
	}
	return out
}

// midAbbreviationEnd reports whether the sentence piece s ends with the
// period of an abbreviation that a name follows.
func midAbbreviationEnd(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ")»”\"")
	if !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") {
		return false
	}
	w := s[strings.LastIndexAny(s[:len(s)-1], " («“\"'‘„/")+1 : len(s)-1]
	if utf8.RuneCountInString(w) == 1 {
		return unicode.IsLower(textutil.FirstRune(w))
	}
	return midAbbreviations[w]
}

// midAbbreviations are lower-case Russian and Ukrainian abbreviations
// written before the name they qualify.
var midAbbreviations = map[string]bool{
	"ул": true, "вул": true, "просп": true, "пер": true, "пл": true, "обл": true,
	"им": true, "ім": true, "кв": true, "буд": true, "ст": true, "св": true, "смт": true,
	"пгт": true, "пос": true, "мкр": true, "наб": true, "р-н": true,
}

// reSlashAgency matches the opening of a Russian or Ukrainian agency
// story: the place in capitals or capitalised, a comma, the date, and the
// agency between slashes ("МОСКВА, 3 июня. /ТАСС/.", "Київ, 3 червня
// /Укрінформ/.").
var reSlashAgency = regexp.MustCompile(`^\p{Lu}[\p{L}\p{Zs}\-]{1,40},\s*[^/]{1,30}?\s/\p{Lu}[^/]{1,30}/`)

// openingDateline returns the length of the wire dateline a line opens
// with when text goes on after it ("KYIV, June 3 (Reuters) - …",
// "МОСКВА, 3 июня. /ТАСС/. …"), else 0. Wire copy prints the dateline at
// the start of the story's first paragraph, never in a headline, so a
// first line that opens with one is the lead of a story pasted without
// its headline.
func openingDateline(s string) int {
	loc := dates.Dateline.FindStringIndex(s)
	if loc == nil || loc[0] != 0 || !strings.ContainsAny(s[:loc[1]], "(0123456789") {
		// A dateline gives a date (a day's number) or an agency in
		// parentheses after the place: a kicker in capitals,
		// "EXCLUSIVE – …", and a headline that opens with capitals
		// and a comma, "US, China agree to cut tariffs — but …", are
		// a headline's.
		loc = reSlashAgency.FindStringIndex(s)
		if loc != nil && !strings.ContainsAny(s[:loc[1]], "0123456789") {
			loc = nil // the slashes' date: "МОСКВА, 3 июня. /ТАСС/."
		}
		if loc == nil {
			if end := dotAgencyEnd(s); end > 0 {
				loc = []int{0, end} // "Москва. 5 марта. INTERFAX.RU - …" (header18.go)
			}
		}
	}
	if loc == nil || textutil.CountWords(s[loc[1]:]) < 6 {
		return 0
	}
	return loc[1] + len(s[loc[1]:]) - len(strings.TrimLeft(s[loc[1]:], " .—–-"))
}
