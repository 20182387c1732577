package dates

import (
	"math/rand"
	"reflect"
	"regexp"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
)

// TestInFoldLetterSame checks inFoldLetter against the regexp package's
// own (?i)\p{L}, on every ASCII character and every seventh rune beyond,
// with the runes around each range's ends and U+0345, which folds to a
// letter without being one.
func TestInFoldLetterSame(t *testing.T) {
	re := regexp.MustCompile(`^(?i)\p{L}$`)
	runes := []rune{0x345, 0x212a, 0x17f, 0x130, 0x131, utf8.RuneError}
	for r := rune(0); r <= utf8.MaxRune; r += 7 {
		if r < utf8.RuneSelf {
			for c := rune(0); c < utf8.RuneSelf; c++ {
				runes = append(runes, c)
			}
		}
		runes = append(runes, r)
	}
	for _, r := range foldLetters {
		runes = append(runes, r-1, r, r+1)
	}
	in := 0
	for _, r := range runes {
		if r < 0 || r > utf8.MaxRune || 0xd800 <= r && r <= 0xdfff {
			continue // no character: string(r) would be U+FFFD
		}
		got, want := inFoldLetter(r), re.MatchString(string(r))
		if got != want {
			t.Fatalf("inFoldLetter(%U) = %v, want %v", r, got, want)
		}
		if got {
			in++
		}
	}
	if in == 0 || in == len(runes) {
		t.Fatalf("the cases test nothing (%d of %d in the class)", in, len(runes))
	}
}

// TestDayMonthHasMonthNecessary checks that DayMonthHasMonth holds for
// every text in which reDayMonth finds a match whose month group is a
// month (the only matches matchWords keeps; find skips matchWords where
// the test fails), on the texts of the test pages and random texts of
// date pieces, months in runs of other letters and U+0345.
func TestDayMonthHasMonthNecessary(t *testing.T) {
	pieces := []string{"1", "12", "5.", "1er", "3º", "2°", " ", "  ", "\t", "\n", "\u00a0", "de ", "DE ", "de", "May", "mayo", "Mayo", "März", "marzo",
		"июня", "Septembers", "September", "Sept", "Janu", "aryx", "\u0345", "\u1fbe", "x", "é", "abcdefghijkl", "2019", ", ", "|", ".", "ſ", "\xff"}
	texts := perf18Texts(t, 200000, 18, func(r *rand.Rand) string {
		var b []byte
		for k := r.Intn(10); k >= 0; k-- {
			b = append(b, pieces[r.Intn(len(pieces))]...)
		}
		return string(b)
	})
	miss, kept, ruledOut, month := MonthGroupMiss(texts, reDayMonth, 2, DayMonthHasMonth)
	if miss != "" {
		t.Fatalf("a match with a month in %q, which DayMonthHasMonth rules out", miss)
	}
	t.Logf("%d texts kept, %d ruled out, %d with a month match", kept, ruledOut, month)
	if month == 0 || ruledOut == 0 {
		t.Fatalf("the cases test nothing (%d with a month, %d ruled out)", month, ruledOut)
	}
}

// perf18Texts returns the texts of the test pages and n random texts of
// gen (seeded with seed); under the race detector, which finds nothing in
// these single-goroutine comparisons, a fortieth of the random texts and
// a hundredth of the pages (go test without -race checks them all).
func perf18Texts(t *testing.T, n int, seed int64, gen func(*rand.Rand) string) []string {
	texts := equivTexts(t)
	if raceEnabled {
		n /= 40
		texts = everyTenth(everyTenth(texts))
	}
	r := rand.New(rand.NewSource(seed))
	for range n {
		texts = append(texts, gen(r))
	}
	return texts
}

// matchWordsAll is matchWords as it was before perf18: every match found
// first, then read in turn.
func matchWordsAll(s string, c *model.Config, re *regexp.Regexp, dayGroup, monthGroup int) (dateMatch, bool) {
	for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
		if m, ok := wordMatch(s, c, loc, dayGroup, monthGroup); ok {
			return m, true
		}
	}
	return dateMatch{}, false
}

// TestMatchWordsFirstSame checks matchWords, which finds the first match
// alone before the others, against matchWordsAll on both worded forms,
// on the texts of the test pages and random texts of date pieces (many
// with a first match that is no date: a word that is no month, a
// missing year).
func TestMatchWordsFirstSame(t *testing.T) {
	texts := perf18Texts(t, 100000, 19, func(r *rand.Rand) string { return randomDateText(r) + " " + randomDateText(r) })
	// A first match that is no date before one that is, whatever the
	// corpus pages (absent in a fresh clone) and the random texts hold.
	texts = append(texts, "May 40 was no day; the vote was on May 5, 2024.", "Am 45. März nicht, am 5. März 2024 schon.",
		"32 марта не бывает, а 5 марта 2024 года было.", "le 40 mai, puis le 5 mai 2024")
	cs := []*model.Config{nil, {Loc: time.FixedZone("X", 3600)}}
	found, later := 0, 0
	for _, s := range texts {
		for _, f := range []struct {
			re                   *regexp.Regexp
			dayGroup, monthGroup int
		}{{reDayMonth, 1, 2}, {reMonthDay, 2, 1}} {
			for _, c := range cs {
				got, gok := matchWords(s, c, f.re, f.dayGroup, f.monthGroup)
				want, wok := matchWordsAll(s, c, f.re, f.dayGroup, f.monthGroup)
				if gok != wok || !reflect.DeepEqual(got, want) {
					t.Fatalf("matchWords(%q) = %+v %v, want %+v %v", s, got, gok, want, wok)
				}
				if gok {
					found++
					if first := f.re.FindStringSubmatchIndex(s); first[0] != got.Start {
						later++ // the date is not the first match
					}
				}
			}
		}
	}
	t.Logf("%d dates, %d of them after a first match that is none", found, later)
	if found == 0 || later == 0 {
		t.Fatalf("the cases test nothing (%d dates, %d after another match)", found, later)
	}
}
