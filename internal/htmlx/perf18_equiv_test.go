package htmlx

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/dates"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestAtomSetSame checks every atomSet against the map it is built from,
// for every value an atom can take (an offset in the name table and a
// length of up to 255), so every known element name and every other
// value, the zero atom among them.
func TestAtomSetSame(t *testing.T) {
	sets := []struct {
		name string
		m    map[atom.Atom]bool
		s    *atomSet
	}{
		{"skipTags", skipTags, skipTagSet},
		{"blockTags", blockTags, blockTagSet},
		{"boilerTags", boilerTags, boilerTagSet},
		{"cellLayoutTags", cellLayoutTags, cellLayoutTagSet},
	}
	for _, set := range sets {
		in := 0
		for v := range uint32(1 << 21) {
			a := atom.Atom(v)
			got, want := set.s.has(a), set.m[a]
			if got != want {
				t.Fatalf("%s: has(%#x %q) = %v, want %v", set.name, v, a.String(), got, want)
			}
			if got {
				in++
			}
		}
		if in == 0 || in != len(set.m) {
			t.Fatalf("%s: %d atoms found, the map holds %d", set.name, in, len(set.m))
		}
	}
}

// isNoiseLineOld is isNoiseLine as it was before perf18.
func isNoiseLineOld(t string) bool {
	return len(t) <= 3*maxNoiseLine && noiseLines[strings.ToLower(t)]
}

// styleHidesOld is isHidden's test of a style attribute before perf18.
func styleHidesOld(v string) bool {
	s := strings.ToLower(strings.ReplaceAll(v, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// perf18NoiseParts are pieces of random block texts and style values:
// the noise lines in several cases, the hiding declarations whole, split
// by spaces and in capitals, characters that lower-case to ASCII letters
// (the Kelvin sign, U+0130), other letters outside ASCII and broken
// UTF-8.
var perf18NoiseParts = []string{"Advertisement", "ADVERTISEMENT", "advertisement", "Share", "share this", "Read more", "Share this:", "Like this:",
	"display", "DISPLAY", "Display", ":", "none", "NONE", "visibility", "VisibiLity", "hidden", "HIDDEN", "d i s", "play", " ", "  ", ";",
	"color:red", "\u212a", "D\u0130SPLAY", "\u0130", "é", "É", "ß", "\xff", "\xc3", "x", "-", "\t"}

// TestNoiseAndStyleSame checks isNoiseLine and styleHides against their
// former forms on the texts of the test pages, their style values and
// random texts.
func TestNoiseAndStyleSame(t *testing.T) {
	texts := sampleCases(perf15Texts(t))
	for k := range noiseLines {
		r, size := utf8.DecodeRuneInString(k)
		texts = append(texts, k, strings.ToUpper(k), string(unicode.ToUpper(r))+k[size:])
	}
	var styles []string
	for _, root := range equivPages(t) {
		eachNode(root, func(n *html.Node) {
			if v := attr(n, "style"); v != "" {
				styles = append(styles, v)
			}
		})
	}
	r := rand.New(rand.NewPCG(18, 1))
	for range randomCases(200000) {
		texts = append(texts, randomText(r, perf18NoiseParts, 6))
		styles = append(styles, randomText(r, perf18NoiseParts, 10))
	}
	sameAnswers(t, texts, "isNoiseLine", isNoiseLine, isNoiseLineOld, "noise lines")
	sameAnswers(t, styles, "styleHides", styleHides, styleHidesOld, "hiding styles")
}

// TestAgencyLineBytesNecessary checks that every line reAgencyLine
// matches passes agencyLineBytes (textAgency runs the expression only on
// those), on the lines of the test pages' texts and random lines of
// agency names, labels, digits, separators and other bytes.
func TestAgencyLineBytesNecessary(t *testing.T) {
	var lines []string
	for _, s := range sampleCases(perf15Texts(t)) {
		lines = append(lines, strings.Split(s, "\n")...)
	}
	parts := []string{"The ", "the ", "THE ", "Associated", "Press", "Trust", " of ", "India", "AFP", "(", ")", " ", "\t", "\r", "\f", "\v",
		"&", ".", "-", "–", "|", ",", "January", "8", "2008", ":", "/", "'", "\"", "Élysée", "Reuters", "x", "é", "\u00a0", "\xff", "_"}
	r := rand.New(rand.NewPCG(18, 2))
	for range randomCases(300000) {
		lines = append(lines, randomText(r, parts, 10))
	}
	matched, ruledOut := 0, 0
	for _, l := range lines {
		ok := agencyLineBytes(l)
		if !ok {
			ruledOut++
		}
		if reAgencyLine.MatchString(l) {
			matched++
			if !ok {
				t.Fatalf("reAgencyLine matches %q, which agencyLineBytes rules out", l)
			}
		}
	}
	t.Logf("%d lines: %d matched, %d ruled out", len(lines), matched, ruledOut)
	if matched == 0 || ruledOut == 0 {
		t.Fatalf("the cases test nothing (%d matched, %d ruled out)", matched, ruledOut)
	}
}

// TestFoldEqualsBound checks FoldEquals against the fold it stands for,
// FoldSection(t) == want, on texts outside ASCII whose fold is as long
// as allowed (characters that lengthen when lowered) and on the texts of
// the test pages against headlines of every length.
func TestFoldEqualsBound(t *testing.T) {
	texts := sampleCases(perf15Texts(t))
	parts := []string{"\u023a", "\u023e", "\u2c65", "A", "a", " ", "\u00a0", "\u00ad", "é", "\u212a", "\u0130", "\xff", "ß", "Ⱥx"}
	r := rand.New(rand.NewPCG(18, 3))
	for range randomCases(100000) {
		texts = append(texts, randomText(r, parts, 8))
	}
	equal, differ := 0, 0
	for i, s := range texts {
		// The text's own fold, and the fold of another text.
		for _, want := range []string{FoldSection(s), FoldSection(texts[(i*7+3)%len(texts)])} {
			got := FoldEquals(s, want)
			if got != (FoldSection(s) == want) {
				t.Fatalf("FoldEquals(%q, %q) = %v", s, want, got)
			}
			if got {
				equal++
			} else {
				differ++
			}
		}
	}
	if equal == 0 || differ == 0 {
		t.Fatalf("the cases test nothing (%d equal, %d differ)", equal, differ)
	}
}

// TestDayMonthAnyHasMonthNecessary checks that dates.DayMonthAnyHasMonth
// holds for every text in which reDayMonthAny finds a match whose month
// group is a month (the only matches AnyDateSpan reads; it skips the
// expression where the test fails), on the texts of the test pages and
// random date texts with months in longer runs of letters, after dots,
// and U+0345, which (?i)\p{L} takes for a letter.
func TestDayMonthAnyHasMonthNecessary(t *testing.T) {
	texts := sampleCases(perf15Texts(t))
	parts := append([]string{"5.", "12.", "1er", "3º", "2°", "1st", "de ", "del ", "März", "Mayo", "Septembers", "Janu", "aryx", "\u0345",
		"abcdefghijkl", "\u00a0", "ſ"}, perf17DateParts...)
	r := rand.New(rand.NewPCG(18, 4))
	for range randomCases(200000) {
		texts = append(texts, randomText(r, parts, 12))
	}
	miss, kept, ruledOut, month := dates.MonthGroupMiss(texts, reDayMonthAny, 2, dates.DayMonthAnyHasMonth)
	if miss != "" {
		t.Fatalf("a match with a month in %q, which DayMonthAnyHasMonth rules out", miss)
	}
	t.Logf("%d texts kept, %d ruled out, %d with a month match", kept, ruledOut, month)
	if month == 0 || ruledOut == 0 {
		t.Fatalf("the cases test nothing (%d with a month, %d ruled out)", month, ruledOut)
	}
}
