package htmlx

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// captionsOld is the caption reading of ContentWalker.image before
// perf22, done for every picture as the walk met it: the box of each
// picture (its <figure>, else the caption box in furniture that holds
// it, else its picture block) read at once, the last box remembered.
func captionsOld(ims []contentImage) []contentImage {
	out := make([]contentImage, len(ims))
	var capBox *html.Node
	var capText, capCredit string
	for i, im := range ims {
		im.caption, im.credit, im.resolved = "", "", false
		fig := enclosing(im.node.Parent, atom.Figure, 1000)
		if fig == nil {
			fig = im.box
		}
		parts := captionParts
		if fig == nil {
			if fig = pictureBlock(im.node); fig != nil {
				parts = pictureBlockParts
			}
		}
		if fig != nil {
			if fig != capBox {
				capBox = fig
				capText, capCredit = parts(fig)
			}
			im.caption, im.credit = capText, capCredit
			galleryFill(&im, fig)
		}
		out[i] = im
	}
	return out
}

// TestCaptionOfSame checks that the pictures' captions and credits read
// when they are handed on (captionOf, in any order: here last to first)
// are those the walk read as it met them, on the test pages, with the
// class hints and without.
func TestCaptionOfSame(t *testing.T) {
	n := 0
	for _, root := range equivPages(t) {
		for _, hints := range []bool{true, false} {
			w := &ContentWalker{UseHints: hints}
			w.Walk(root, WalkState{Owner: root}, 0)
			w.Flush()
			want := captionsOld(w.images)
			for i := len(w.images) - 1; i >= 0; i-- {
				w.captionOf(&w.images[i])
			}
			for i := range w.images {
				got, old := w.images[i], want[i]
				if got.caption != old.caption || got.credit != old.credit {
					t.Fatalf("picture %s: caption %q credit %q, want %q, %q", got.src, got.caption, got.credit, old.caption, old.credit)
				}
				if old.caption != "" || old.credit != "" {
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no picture with a caption or credit among the test pages")
	}
	t.Logf("%d captioned pictures compared", n)
}

// perf22Spaces are pieces of random texts for blankText: every ASCII
// space and control, the white space outside ASCII (U+0085, U+00A0,
// U+2028, U+3000), the bytes of such characters alone, broken UTF-8 and
// letters.
var perf22Spaces = []string{" ", "\t", "\n", "\v", "\f", "\r", "\x00", "\x08", "\x0e", "\x1f", "\x7f", "\u0085", "\u00a0", "\u2028", "\u3000",
	"\xc2", "\xa0", "\xe3\x80", "\xff", "a", "Z", "é", "слово", "."}

// TestBlankTextSame checks blankText against strings.TrimSpace(s) == ""
// on every text node of the test pages and on random texts.
func TestBlankTextSame(t *testing.T) {
	texts := sampleCases(perf15Texts(t))
	r := rand.New(rand.NewPCG(22, 1))
	for range randomCases(200000) {
		var sb strings.Builder
		for range r.IntN(6) {
			sb.WriteString(perf22Spaces[r.IntN(len(perf22Spaces))])
		}
		texts = append(texts, sb.String())
	}
	blank := 0
	for _, s := range texts {
		want := strings.TrimSpace(s) == ""
		if got := blankText(s); got != want {
			t.Fatalf("blankText(%q) = %v, want %v", s, got, want)
		}
		if want {
			blank++
		}
	}
	if blank == 0 || blank == len(texts) {
		t.Fatalf("%d of %d texts blank: the cases do not test both answers", blank, len(texts))
	}
}

// statsOfOld is statsOf before perf22 (the word's end a closure).
func statsOfOld(s string) textStats {
	var st textStats
	stops, filter := allStopwords(), stopFilter()
	var buf [16]byte
	n, inWord, long := 0, false, false
	end := func() {
		if inWord {
			st.words++
			if !long && (n == 0 || filter[stopKey(n, buf[0], buf[n-1])/64]&(1<<(stopKey(n, buf[0], buf[n-1])%64)) != 0) && stops[string(buf[:n])] {
				st.stops++
			}
		}
		n, inWord, long = 0, false, false
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// An ASCII byte: the cases below, without decoding or
			// encoding a rune.
			i++
			switch {
			case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
				st.letters++
				if c <= 'Z' {
					st.upper++
					c += 'a' - 'A'
				}
				inWord = true
				if n < len(buf) {
					buf[n] = c
					n++
				} else {
					long = true
				}
			case '0' <= c && c <= '9':
				st.digits++
				inWord = true
				long = true
			default:
				end()
				switch c {
				case '.', '!', '?':
					st.punct++
				case ',':
					st.commas++
				}
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && isLetterRune(r):
			st.letters++
			if r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && r != toLowerRune(r) {
				st.upper++
			}
			inWord = true
			lr := toLowerRune(r)
			if n+utf8.RuneLen(lr) <= len(buf) {
				n += utf8.EncodeRune(buf[n:], lr)
			} else {
				long = true
			}
		case r >= '0' && r <= '9':
			st.digits++
			inWord = true
			long = true
		default:
			end()
			switch r {
			case '.', '!', '?', '。':
				st.punct++
			case ',':
				st.commas++
			}
		}
	}
	end()
	return st
}

// TestStatsOfSame checks statsOf against its form before perf22 on the
// texts of the test pages (TestStatsOfASCII checks it on random texts).
func TestStatsOfSame(t *testing.T) {
	texts := sampleCases(perf15Texts(t))
	for _, s := range texts {
		if got, want := statsOf(s), statsOfOld(s); got != want {
			t.Fatalf("statsOf(%q) = %+v, want %+v", s, got, want)
		}
	}
}

func BenchmarkPerf22StatsOf(b *testing.B) {
	texts := perf22BenchTexts(b)
	for b.Loop() {
		for _, s := range texts {
			_ = statsOf(s)
		}
	}
}

func BenchmarkPerf22StatsOfOld(b *testing.B) {
	texts := perf22BenchTexts(b)
	for b.Loop() {
		for _, s := range texts {
			_ = statsOfOld(s)
		}
	}
}

// perf22BenchTexts are the block texts of the AEB pages' first walks.
func perf22BenchTexts(b *testing.B) []string {
	roots, _ := perf12kAEB(b)
	var texts []string
	for _, root := range roots {
		w := &ContentWalker{UseHints: true}
		w.Walk(root, WalkState{Owner: root}, 0)
		w.Flush()
		for _, bl := range w.Blocks {
			texts = append(texts, bl.Text)
		}
	}
	return texts
}

// isDateLineOld is isDateLine before perf22 (the whole line lowered and
// split first).
func isDateLineOld(t string) bool {
	if len(t) > 120 {
		return false
	}
	// A blog platform's meta row names the publication beside the
	// reading time and the date ("Published in … · 7 min read · Mar 5").
	t = withoutPublication(t)
	// Every word must be a date's or a label's (the cheap test, first),
	// and the line must hold a date.
	for _, w := range strings.Fields(strings.ToLower(t)) {
		w = strings.Trim(w, ".,:;/|()-–—·•")
		if w == "" || !strings.ContainsFunc(w, unicode.IsLetter) || dateLineWords[w] || lang.MonthNames[w] != 0 || lang.NonNameSet[w] || isHeaderDateWord(w) {
			continue
		}
		return false
	}
	_, _, ok := AnyDate(t, nil, false)
	return ok
}

// perf22DateParts are pieces of random date lines: dates' and labels'
// words in several languages and cases, numbers, the separators
// isDateLine trims and splits at, white space in and outside ASCII,
// letters whose lower case differs in length (İ, the Kelvin sign) and
// broken UTF-8.
var perf22DateParts = []string{"March", "MARCH", "mars", "Mär", "5", "2024", "05.03.2024", "10:15", "Updated", "Published", "on", "by", "am", "Uhr",
	"Stand:", "марта", "Марта", "Опубликовано", "·", "|", "•", "-", "—", ",", "(", ")", " ", "\t", "\n", "\u00a0", "\u2009", "İ", "\u212a",
	"\xff", "\xc3", "The", "story", "min", "read", "Medium", "Published in Towards Data Science", "Today", "yesterday"}

// TestIsDateLineSame checks isDateLine against its form before perf22 on
// the texts of the test pages and on random lines.
func TestIsDateLineSame(t *testing.T) {
	texts := sampleCases(perf15Texts(t))
	r := rand.New(rand.NewPCG(22, 2))
	for range randomCases(100000) {
		var sb strings.Builder
		for range r.IntN(10) {
			sb.WriteString(perf22DateParts[r.IntN(len(perf22DateParts))])
			if r.IntN(3) > 0 {
				sb.WriteByte(' ')
			}
		}
		texts = append(texts, sb.String())
	}
	yes := 0
	for _, s := range texts {
		want := isDateLineOld(s)
		if got := isDateLine(s); got != want {
			t.Fatalf("isDateLine(%q) = %v, want %v", s, got, want)
		}
		if want {
			yes++
		}
	}
	if yes == 0 {
		t.Fatal("no date line among the cases")
	}
	t.Logf("%d of %d texts date lines", yes, len(texts))
}

// TestStopTableSame checks stopWords16 against allStopwords: every
// stopword of 16 bytes or fewer is found, and the lower-cased words of
// the test pages, the stopwords with a byte changed, cut or added, and
// random byte strings are found exactly when the map holds them.
func TestStopTableSame(t *testing.T) {
	tab := stopWords16()
	check := func(w string) bool {
		if len(w) == 0 || len(w) > 16 {
			return false
		}
		var buf [16]byte
		for i := range buf {
			buf[i] = 0xa5 // what a longer word before left
		}
		copy(buf[:], w)
		got, want := tab.has(&buf, len(w)), allStopwords()[w]
		if got != want {
			t.Fatalf("stop table has %q = %v, the map %v", w, got, want)
		}
		return want
	}
	found := 0
	for w := range allStopwords() {
		if check(w) {
			found++
		}
		if len(w) > 0 {
			check(w[:len(w)-1])
			check(w + "s")
			check(string(w[0]^1) + w[1:])
		}
	}
	if found == 0 {
		t.Fatal("no stopword found")
	}
	for _, s := range sampleCases(perf15Texts(t)) {
		for w := range strings.FieldsSeq(strings.ToLower(s)) {
			check(w)
		}
	}
	r := rand.New(rand.NewPCG(22, 3))
	for range randomCases(100000) {
		b := make([]byte, 1+r.IntN(16))
		for i := range b {
			b[i] = "aeiostnd\x00\xc3\xa9"[r.IntN(11)]
		}
		check(string(b))
	}
}

// TestLog1pIntSame checks log1pInt against math.Log1p over the table,
// past its end and on large counts.
func TestLog1pIntSame(t *testing.T) {
	for n := range 1 << 16 {
		if got, want := log1pInt(n), math.Log1p(float64(n)); got != want {
			t.Fatalf("log1pInt(%d) = %v, want %v", n, got, want)
		}
	}
	for _, n := range []int{1 << 20, 1<<31 - 1, 1 << 40} {
		if got, want := log1pInt(n), math.Log1p(float64(n)); got != want {
			t.Fatalf("log1pInt(%d) = %v, want %v", n, got, want)
		}
	}
}

// sentenceCaptionOld and captionSentenceOld are sentenceCaption and
// captionSentence before perf22 (the climb first, the sentence test last).
func sentenceCaptionOld(b *textBlock, root *html.Node, memo *creditMemo) bool {
	if b.kind != kindPara || b.Runes < 20 || b.LinkRun*2 > b.Runes {
		return false
	}
	// The outermost furniture between the block and root must be the
	// caption container.
	outer := memo.outerFurniture(b.owner, root)
	if outer == nil || boilerTagSet.has(outer.DataAtom) {
		return false
	}
	var buf [256]byte
	ci := textutil.LowerJoin(buf[:], attr(outer, "class"), attr(outer, "id"))
	if !strings.Contains(ci, "caption") || strings.Contains(ci, "credit") || strings.Contains(ci, "copyright") || strings.Contains(ci, "source") || mediaSetClass(ci) {
		return false
	}
	// A caption box that also prints the picture's credit or source
	// (a copyright line beside the description, as picture agencies'
	// and CMS media components lay it out) is the picture's label
	// block, furniture of the page's media: its text stays out.
	if memo.holds(outer) {
		return false
	}
	return captionSentenceOld(b.Text)
}

func captionSentenceOld(t string) bool {
	if textutil.FieldCount(t) < 5 {
		return false
	}
	low := strings.ToLower(t)
	for _, c := range captionCredits {
		if strings.Contains(low, c) {
			return false
		}
	}
	e := strings.TrimRight(t, "\"'”’») ")
	return e != "" && strings.ContainsAny(e[len(e)-1:], ".!?…")
}

// TestSentenceCaptionSame checks sentenceCaption against its form before
// perf22 on every block of the test pages' walks, under the element
// choose picks and under the page, each with one memo per root as emit
// keeps it; and captionSentence on the blocks' texts.
func TestSentenceCaptionSame(t *testing.T) {
	yes := 0
	for _, root := range equivPages(t) {
		w := &ContentWalker{UseHints: true}
		w.Walk(root, WalkState{Owner: root}, 0)
		w.Flush()
		best := w.choose("")
		for _, r := range []*html.Node{best, root} {
			if r == nil {
				continue
			}
			var m1, m2 creditMemo
			for i := range w.Blocks {
				b := &w.Blocks[i]
				if got, want := captionSentence(b.Text), captionSentenceOld(b.Text); got != want {
					t.Fatalf("captionSentence(%q) = %v, want %v", b.Text, got, want)
				}
				want := sentenceCaptionOld(b, r, &m1)
				if got := sentenceCaption(b, r, &m2); got != want {
					t.Fatalf("sentenceCaption(%q) = %v, want %v", b.Text, got, want)
				}
				if want {
					yes++
				}
			}
		}
	}
	t.Logf("%d caption sentences", yes)
}

// singularCountOld is singularCount before perf22 (every word tried).
func singularCountOld(t string) bool {
	if len(t) < 4 {
		return false
	}
	for _, w := range singularWords {
		if len(t) > len(w) && strings.EqualFold(t[:len(w)], w) {
			return true
		}
	}
	return false
}

// TestSingularCountSame checks singularCount against its form before
// perf22 on the test pages' texts and on random texts opening with the
// words in any case, letters that fold to ASCII ones (the Kelvin sign,
// the long s) and other letters.
func TestSingularCountSame(t *testing.T) {
	texts := sampleCases(perf15Texts(t))
	starts := append([]string{"\u212a", "\u017f", "O", "o", "Ö", "J", "\u0130", "x", "1", " ", "\xff", "ОДНА ", "ONE ", "Une ", "jEDEN "}, singularWords...)
	ends := []string{"comment", "Kommentar", "thought on", "x", "", " ", "однa"}
	r := rand.New(rand.NewPCG(22, 4))
	for range randomCases(50000) {
		texts = append(texts, starts[r.IntN(len(starts))]+starts[r.IntN(len(starts))]+ends[r.IntN(len(ends))])
	}
	yes := 0
	for _, s := range texts {
		want := singularCountOld(s)
		if got := singularCount(s); got != want {
			t.Fatalf("singularCount(%q) = %v, want %v", s, got, want)
		}
		if want {
			yes++
		}
	}
	if yes == 0 {
		t.Fatal("no singular count among the cases")
	}
}

// inlineJunkOld is inlineJunk before perf22 (one search a word).
func inlineJunkOld(n *html.Node) bool {
	cls := attr(n, "class")
	if cls == "" {
		return false
	}
	var buf [128]byte
	cls = textutil.LowerJoin(buf[:], cls)
	for _, w := range inlineJunkWords {
		if strings.Contains(cls, w) {
			return true
		}
	}
	return false
}

// TestInlineJunkSame checks inlineJunkClass against its form before perf22 on
// every element of the test pages and on elements with random classes
// made of the words, their parts and other names.
func TestInlineJunkSame(t *testing.T) {
	var nodes []*html.Node
	for _, root := range equivPages(t) {
		eachNode(root, func(n *html.Node) {
			if n.Type == html.ElementNode {
				nodes = append(nodes, n)
			}
		})
	}
	parts := append([]string{" ", "-", "_", "Tool", "TIP", "sr", "only", "visually", "hidden", "pop", "over", "x", "\u212a", "İ", "\xff"}, inlineJunkWords...)
	r := rand.New(rand.NewPCG(22, 5))
	for range randomCases(50000) {
		var sb strings.Builder
		for range r.IntN(6) {
			sb.WriteString(parts[r.IntN(len(parts))])
		}
		nodes = append(nodes, &html.Node{Type: html.ElementNode, Data: "span", Attr: []html.Attribute{{Key: "class", Val: sb.String()}}})
	}
	yes := 0
	for _, n := range nodes {
		want := inlineJunkOld(n)
		if got := inlineJunkClass(attr(n, "class")); got != want {
			t.Fatalf("inlineJunkClass(%q) = %v, want %v", attr(n, "class"), got, want)
		}
		if want {
			yes++
		}
	}
	if yes == 0 {
		t.Fatal("no inline junk among the cases")
	}
}

// markCardsOld is MarkCards before perf22 (the letters under every
// element summed first).
func (w *ContentWalker) markCardsOld(headline string) {
	t := w.tree()
	total := make([]int, len(t.nodes))
	for i := range w.Blocks {
		for j := t.block[i]; j >= 0; j = t.parent[j] {
			total[j] += w.Blocks[i].Runes
		}
	}
	var cards []bool // by node index, made when the first card is found
	for i := range w.Blocks {
		b := &w.Blocks[i]
		if b.kind != kindHeading || b.level < 2 || b.LinkRun*10 < b.Runes*9 || SameTitle(b.Text, headline) {
			continue
		}
		n := b.owner.Parent
		for k := 0; k < 4 && n != nil; k, n = k+1, n.Parent {
			if n.DataAtom == atom.Li || n.DataAtom == atom.Article {
				if j := t.index[n]; total[j] < 1200 {
					if cards == nil {
						cards = make([]bool, len(t.nodes))
					}
					cards[j] = true
				}
				break
			}
		}
	}
	if cards == nil {
		return
	}
	for i := range w.Blocks {
		for j := t.block[i]; j >= 0; j = t.parent[j] {
			if cards[j] {
				w.Blocks[i].boiler = true
				break
			}
		}
	}
}

// TestMarkCardsSame checks MarkCards against its form before perf22 on
// the test pages' walks, with no headline and with each page's first
// heading as the headline.
func TestMarkCardsSame(t *testing.T) {
	marked := 0
	for _, root := range equivPages(t) {
		for _, withHead := range []bool{false, true} {
			w1 := &ContentWalker{UseHints: true}
			w1.Walk(root, WalkState{Owner: root}, 0)
			w1.Flush()
			w2 := &ContentWalker{UseHints: true}
			w2.Walk(root, WalkState{Owner: root}, 0)
			w2.Flush()
			head := ""
			for _, b := range w1.Blocks {
				if withHead && b.kind == kindHeading {
					head = b.Text
					break
				}
			}
			w1.markCardsOld(head)
			w2.MarkCards(head)
			if len(w1.Blocks) != len(w2.Blocks) {
				t.Fatalf("%d blocks, want %d", len(w2.Blocks), len(w1.Blocks))
			}
			for i := range w1.Blocks {
				if w1.Blocks[i].boiler != w2.Blocks[i].boiler {
					t.Fatalf("block %q: boiler %v, want %v", w2.Blocks[i].Text, w2.Blocks[i].boiler, w1.Blocks[i].boiler)
				}
				if w1.Blocks[i].boiler {
					marked++
				}
			}
		}
	}
	if marked == 0 {
		t.Fatal("no block marked")
	}
}

// TestReadElemAttrsSame checks readElemAttrs against attr and isHidden on
// every element of the test pages and on elements of random attributes:
// the names read, twice, in other cases, the hiding ones with their
// values, and others.
func TestReadElemAttrsSame(t *testing.T) {
	var nodes []*html.Node
	for _, root := range equivPages(t) {
		eachNode(root, func(n *html.Node) {
			if n.Type == html.ElementNode {
				nodes = append(nodes, n)
			}
		})
	}
	keys := []string{"class", "id", "itemprop", "href", "hidden", "aria-hidden", "style", "Class", "data-x", "src"}
	vals := []string{"", "a", "b c", "true", "false", "display:none", "display: none", "visibility:hidden", "color:red", "articleBody"}
	r := rand.New(rand.NewPCG(22, 6))
	for range randomCases(50000) {
		n := &html.Node{Type: html.ElementNode, Data: "div"}
		for range r.IntN(6) {
			n.Attr = append(n.Attr, html.Attribute{Key: keys[r.IntN(len(keys))], Val: vals[r.IntN(len(vals))]})
		}
		nodes = append(nodes, n)
	}
	hidden := 0
	for _, n := range nodes {
		got := readElemAttrs(n)
		want := elemAttrs{class: attr(n, "class"), id: attr(n, "id"), itemprop: attr(n, "itemprop"), href: attr(n, "href"), hidden: isHidden(n)}
		if got != want {
			t.Fatalf("readElemAttrs(%v) = %+v, want %+v", n.Attr, got, want)
		}
		if want.hidden {
			hidden++
		}
	}
	if hidden == 0 {
		t.Fatal("no hidden element among the cases")
	}
}
