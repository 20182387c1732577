package htmlx

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// foldWords finds a headline's (or a title part's) words in the page text
// as the case-insensitive expressions locateText and printsLine once
// compiled did: `(?i)W1\s+W2…`, alone or as a line of its own
// (`(?:^|\n)[pad]*…[pad]*(?:\n|$)`), W the words quoted literally. It
// gives the same matches without building an automaton for each search,
// which cost more than the rest of the title's choice on pages with long
// texts (perf23). The reading of those expressions it keeps:
//
//   - a word's rune matches a rune of the text of its Unicode simple
//     folding orbit (the regexp package's FoldCase; 'k' also matches the
//     Kelvin sign, 's' the long s), the text read rune by rune with a byte
//     that is not UTF-8 as U+FFFD;
//   - \s is ASCII white space without \v ([\t\n\f\r ]); the words, from
//     strings.Fields, hold none and never start with one, so each run of
//     it between two words is read whole;
//   - ^ is the start of the whole text only, and $ its end;
//   - a word that is not UTF-8 made the expression fail to compile: no
//     match (newFoldWords reports it).
type foldWords struct {
	words []string
	// starts marks the bytes that can begin a rune of the first word's
	// first rune's orbit; every marks that the orbit holds U+FFFD (which
	// any byte that is not UTF-8 reads as), so that every rune must be
	// tried.
	starts [256]bool
	every  bool
	// firsts are the UTF-8 forms of that orbit's runes.
	firsts []string
}

// foldWordsMaxBytes bounds the words foldWords takes: past it the
// expressions may exceed the regexp package's size limits (and fail to
// compile), which the callers then still ask the package about.
const foldWordsMaxBytes = 1 << 20

// newFoldWords prepares words; ok is false when a word is not UTF-8 (the
// expressions did not compile then), and fits is false when the words are
// too long for foldWords to answer for the regexp package.
func newFoldWords(words []string) (fw *foldWords, ok, fits bool) {
	n := 0
	for _, w := range words {
		if !utf8.ValidString(w) {
			return nil, false, true
		}
		n += len(w)
	}
	if n > foldWordsMaxBytes || len(words) == 0 || words[0] == "" {
		return nil, true, false
	}
	fw = &foldWords{words: words}
	r0, _ := utf8.DecodeRuneInString(words[0])
	r := r0
	for {
		if r == utf8.RuneError {
			fw.every = true
		}
		var b [utf8.UTFMax]byte
		n := utf8.EncodeRune(b[:], r)
		fw.starts[b[0]] = true
		fw.firsts = append(fw.firsts, string(b[:n]))
		if r = unicode.SimpleFold(r); r == r0 {
			break
		}
	}
	return fw, true, true
}

// sameFold reports whether text rune r matches word rune r0 under (?i).
func sameFold(r0, r rune) bool {
	if r == r0 {
		return true
	}
	for r1 := unicode.SimpleFold(r0); r1 != r0; r1 = unicode.SimpleFold(r1) {
		if r == r1 {
			return true
		}
	}
	return false
}

// wordAt returns where word w, matched from byte i of text, ends, or -1.
func wordAt(text string, i int, w string) int {
	for k := 0; k < len(w); {
		if i >= len(text) {
			return -1
		}
		c0, c := w[k], text[i]
		if c0 < utf8.RuneSelf && c < utf8.RuneSelf {
			// Both ASCII: within ASCII, a letter's orbit holds its two
			// cases and any other byte's only itself.
			if c != c0 && !(isASCIILetter(c0) && textutil.LowerByte(c) == textutil.LowerByte(c0)) {
				return -1
			}
			k++
			i++
			continue
		}
		r0, n0 := utf8.DecodeRuneInString(w[k:])
		r, n := utf8.DecodeRuneInString(text[i:])
		if !sameFold(r0, r) {
			return -1
		}
		k += n0
		i += n
	}
	return i
}

func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// seqAt returns where the words, matched from byte i of text with white
// space between them, end, or -1.
func (fw *foldWords) seqAt(text string, i int) int {
	for k, w := range fw.words {
		if k > 0 {
			j := i
			for j < len(text) && isRESpace(text[j]) {
				j++
			}
			if j == i {
				return -1
			}
			i = j
		}
		if i = wordAt(text, i, w); i < 0 {
			return -1
		}
	}
	return i
}

// skipPad passes the pad around a line's words from byte i: spaces, tabs,
// carriage returns and, with nbsp, no-break spaces.
func skipPad(text string, i int, nbsp bool) int {
	for i < len(text) {
		switch c := text[i]; {
		case c == ' ' || c == '\t' || c == '\r':
			i++
		case nbsp && c == 0xc2 && i+1 < len(text) && text[i+1] == 0xa0:
			i += 2
		default:
			return i
		}
	}
	return i
}

// lineAt matches the words as a line from byte i, a line's start: the
// words' span and the end of the match (past the line's '\n'), or -1s.
func (fw *foldWords) lineAt(text string, i int, nbsp bool) (start, end, matchEnd int) {
	start = skipPad(text, i, nbsp)
	if end = fw.seqAt(text, start); end < 0 {
		return -1, -1, -1
	}
	j := skipPad(text, end, nbsp)
	switch {
	case j == len(text):
		return start, end, j
	case text[j] == '\n':
		return start, end, j + 1
	}
	return -1, -1, -1
}

// lineFrom returns the first match as a line that starts at or after byte
// pos: the words' span and the match's end, or -1s.
func (fw *foldWords) lineFrom(text string, pos int, nbsp bool) (start, end, matchEnd int) {
	if pos == 0 {
		if s, e, me := fw.lineAt(text, 0, nbsp); s >= 0 {
			return s, e, me
		}
	}
	for p := pos; p < len(text); {
		nl := strings.IndexByte(text[p:], '\n')
		if nl < 0 {
			break
		}
		p += nl
		if s, e, me := fw.lineAt(text, p+1, nbsp); s >= 0 {
			return s, e, me
		}
		p++
	}
	return -1, -1, -1
}

// hasLine reports whether text holds the words as a line of their own, the
// pad counting no-break spaces (printsLine's expression).
func (fw *foldWords) hasLine(text string) bool {
	s, _, _ := fw.lineFrom(text, 0, true)
	return s >= 0
}

// lines returns the words' spans of the first n lines (non-overlapping, in
// order) that print the words, the pad without no-break spaces
// (locateText's first expression and FindAllStringSubmatchIndex).
func (fw *foldWords) lines(text string, n int) [][2]int {
	var out [][2]int
	for pos := 0; len(out) < n && pos <= len(text); {
		s, e, me := fw.lineFrom(text, pos, false)
		if s < 0 {
			break
		}
		out = append(out, [2]int{s, e})
		pos = me
	}
	return out
}

// index returns the first span of text that prints the words, or -1s
// (locateText's second expression and FindStringIndex).
func (fw *foldWords) index(text string) (int, int) {
	if fw.every {
		for i := 0; i < len(text); {
			if e := fw.seqAt(text, i); e >= 0 {
				return i, e
			}
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		return -1, -1
	}
	// A rune of the orbit starts with a byte that is no continuation
	// byte, and every such byte of the text starts a rune as the text
	// is read (a byte that is not UTF-8 reads as a rune of its own):
	// where the text holds one of the orbit's runes, the words are
	// tried.
	for i := 0; i < len(text); i++ {
		if !fw.starts[text[i]] {
			continue
		}
		for _, f := range fw.firsts {
			if strings.HasPrefix(text[i:], f) {
				if e := fw.seqAt(text, i); e >= 0 {
					return i, e
				}
				break
			}
		}
	}
	return -1, -1
}
