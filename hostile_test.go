package article_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article"
)

// Hostile inputs: generated pages and texts that are legal, well under the
// default input limit, and shaped to make any step whose cost grows faster
// than the input show up (many different speakers, many quotations, one
// huge author string). BenchmarkHostile parses each at two sizes next to an
// ordinary input of the same kind and size, so that the ratio of the
// ns/op of the two sizes shows linearity and the ratio to the ordinary
// input shows the cost per byte.

// hostileSyllables build speaker names that are all different.
var hostileSyllables = []string{"Ka", "Lo", "Mi", "Ner", "Tor", "Vel", "Sa", "Dru", "Fen", "Gil", "Har", "Jon", "Pel", "Qua", "Ris", "Sul"}

// hostileName returns a two-word name, different for every i below 16^3.
func hostileName(i int) string {
	var b strings.Builder
	word := func(n int) {
		b.WriteString(hostileSyllables[n%16])
		b.WriteString(strings.ToLower(hostileSyllables[n/16%16]))
		b.WriteString(strings.ToLower(hostileSyllables[n/256%16]))
	}
	word(i)
	b.WriteByte(' ')
	word(i/4096 + i*7 + 3)
	b.WriteString("son")
	return b.String()
}

// hostileRuName is hostileName in Cyrillic letters, with a Russian first
// name in front (so that it reads as a person).
func hostileRuName(i int) string {
	first := []string{"Иван", "Пётр", "Сергей", "Андрей", "Мария", "Анна"}
	syl := []string{"Ка", "Ло", "Ми", "Нер", "Тор", "Вел", "Са", "Дру", "Фен", "Гил", "Хар", "Жон", "Пел", "Ква", "Рис", "Сул"}
	var b strings.Builder
	b.WriteString(first[i%len(first)])
	b.WriteByte(' ')
	b.WriteString(syl[i%16])
	b.WriteString(strings.ToLower(syl[i/16%16]))
	b.WriteString(strings.ToLower(syl[i/256%16]))
	b.WriteString(strings.ToLower(syl[i/4096%16]))
	b.WriteString("ов")
	return b.String()
}

// hostileInput is one generator: kind is "html" or "text"; gen returns an
// input of about n units (paragraphs, lines or bytes, as the name says).
type hostileInput struct {
	name  string
	html  bool
	sizes [2]int
	gen   func(n int) []byte
}

var hostileInputs = []hostileInput{
	{"HTMLSpeakers", true, [2]int{4000, 8000}, func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("<html><head><title>Vote count</title></head><body><article><h1>Vote count</h1>\n")
		for i := range n {
			fmt.Fprintf(&b, "<p>\u201cWe will win the vote number %d,\u201d said %s, a local official.</p>\n", i, hostileName(i))
		}
		b.WriteString("</article></body></html>")
		return b.Bytes()
	}},
	{"TextSpeakers", false, [2]int{4000, 8000}, func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("Vote count\n\n")
		for i := range n {
			fmt.Fprintf(&b, "\u201cWe will win the vote number %d,\u201d said %s, a local official.\n\n", i, hostileName(i))
		}
		return b.Bytes()
	}},
	{"TextOneBlockQuotes", false, [2]int{4000, 8000}, func(n int) []byte {
		// One paragraph of thousands of short quoting sentences (a
		// paste without line breaks): the speaker of each is looked
		// for among its neighbours in the block.
		var b bytes.Buffer
		b.WriteString("Vote count\n\n")
		for i := range n {
			if i%3 == 0 {
				fmt.Fprintf(&b, "\u201cWe will win the vote number %d,\u201d he said. ", i)
			} else {
				fmt.Fprintf(&b, "She said \u201cyes\u201d to vote number %d and they said \u201cno\u201d to Reuters. ", i)
			}
		}
		return b.Bytes()
	}},
	{"TextSpeakersRu", false, [2]int{4000, 8000}, func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("Итоги голосования\n\n")
		for i := range n {
			fmt.Fprintf(&b, "«Мы победим в голосовании номер %d», — заявил %s, сообщает РИА Новости. Он добавил, что «всё будет хорошо».\n\n", i, hostileRuName(i))
		}
		return b.Bytes()
	}},
	{"MetaAuthor", true, [2]int{1 << 20, 2 << 20}, func(n int) []byte {
		var b bytes.Buffer
		b.WriteString(`<html><head><title>Vote count</title><meta name="author" content="`)
		for i := 0; b.Len() < n; i++ {
			b.WriteString(hostileName(i))
			b.WriteByte(' ')
		}
		b.WriteString(`"></head><body><article><h1>Vote count</h1><p>` + strings.Repeat("The council met on Monday to count the votes. ", 10) + `</p></article></body></html>`)
		return b.Bytes()
	}},
	{"JSONLDAuthor", true, [2]int{512 << 10, 1 << 20}, func(n int) []byte {
		var b bytes.Buffer
		b.WriteString(`<html><head><title>Vote count</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Vote count","author":{"@type":"Person","name":"`)
		for i := 0; b.Len() < n; i++ {
			b.WriteString(hostileName(i))
			b.WriteByte(' ')
		}
		b.WriteString(`"}}</script></head><body><article><h1>Vote count</h1><p>` + strings.Repeat("The council met on Monday to count the votes. ", 10) + `</p></article></body></html>`)
		return b.Bytes()
	}},
	// A teaser page whose JSON-LD articleBody is a huge HTML fragment of
	// quoted paragraphs: the structured text replaces the printed teaser
	// (ldbody20.go), so its decoding, fragment parse and attribution must
	// stay linear, and its read is bounded.
	{"JSONLDArticleBody", true, [2]int{512 << 10, 1 << 20}, func(n int) []byte {
		var b bytes.Buffer
		b.WriteString(`<html><head><title>Vote count</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Vote count","articleBody":"`)
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, `\u003cp\u003e\u201cWe will win the vote number %d,\u201d said %s, a local official.\u003c/p\u003e `, i, hostileName(i))
		}
		b.WriteString(`"}</script></head><body><article><h1>Vote count</h1><p>` + strings.Repeat("The council met on Monday to count the votes. ", 3) + `</p></article></body></html>`)
		return b.Bytes()
	}},
	// Layout tables nested in one another, each cell a column of lines
	// beside a menu cell: whether a cell is a page's column is looked for
	// within a bounded number of elements (content.go, cellIsColumn), so
	// that nesting does not make the look quadratic.
	{"HTMLNestedLayoutTables", true, [2]int{200, 400}, func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("<html><head><title>Vote count</title></head><body><h1>Vote count</h1>\n")
		for i := range n {
			fmt.Fprintf(&b, "<table><tr><td><a href=\"/m%d\">Menu</a><br><a href=\"/n%d\">News</a></td><td>Ward %d results.<p>The council met on Monday to count the votes of ward %d.</p><p>%s said the count was fair.</p>", i, i, i, i, hostileName(i))
		}
		for range n {
			b.WriteString("</td></tr></table>")
		}
		b.WriteString("</body></html>")
		return b.Bytes()
	}},
	{"HTMLProfileLinks", true, [2]int{4000, 8000}, func(n int) []byte {
		// Profile links whose boxes hold no text before them: the search
		// for the name before each must not read the whole list.
		var b bytes.Buffer
		b.WriteString("<html><head><title>Vote count</title></head><body><article><h1>Vote count</h1><p>" + strings.Repeat("The council met on Monday to count the votes. ", 10) + "</p><ul>\n")
		for range n {
			b.WriteString(`<li><div><span><a rel="author" href="/people/x">View Profile</a></span></div></li>` + "\n")
		}
		b.WriteString("</ul></article></body></html>")
		return b.Bytes()
	}},
	{"HTMLCaptionWrapper", true, [2]int{4000, 8000}, func(n int) []byte {
		// The story's paragraphs in a wrapper whose class names a
		// caption: each block must not search the whole wrapper again.
		var b bytes.Buffer
		b.WriteString(`<html><head><title>Vote count</title></head><body><article><h1>Vote count</h1><div class="captioned-body">` + "\n")
		for i := range n {
			fmt.Fprintf(&b, "<p>The council met on Monday to count the votes of district number %d.</p>\n", i)
		}
		b.WriteString("</div></article></body></html>")
		return b.Bytes()
	}},
	{"HTMLPicturesInTables", true, [2]int{2000, 4000}, func(n int) []byte {
		// Pictures in nested layout tables: each table is judged once.
		var b bytes.Buffer
		b.WriteString("<html><head><title>Vote count</title></head><body><table><tr><td><table><tr><td><h1>Vote count</h1>\n")
		for i := range n {
			fmt.Fprintf(&b, "<p>The council met on Monday to count the votes of district number %d.</p><img src=\"/img/%d.jpg\" width=\"300\" height=\"200\">\n", i, i)
		}
		b.WriteString("</td></tr></table></td></tr></table></body></html>")
		return b.Bytes()
	}},
	// One Russian paragraph of guillemets and straight quotes mixed
	// («… работаем"дальше …»): each straight quote asks whether it closes the
	// guillemet, which must not rescan the paragraph.
	{"TextMixedMarksRu", false, [2]int{4000, 8000}, func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("Итоги голосования\n\n«Мы начали работу")
		for range n {
			b.WriteString(" и работаем\"дальше")
		}
		b.WriteString("», — заявил Иван Петров.\n")
		return b.Bytes()
	}},
	// Many companies, each referred to again by its generic noun («в
	// компании»): the referent is found among the bodies named lately,
	// not among every body the text names.
	{"TextSpeakersBodiesRu", false, [2]int{4000, 8000}, func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("Итоги голосования\n\n")
		for i := range n {
			name := hostileRuName(i)
			name = name[strings.LastIndexByte(name, ' ')+1:]
			fmt.Fprintf(&b, "Компания «%s» отчиталась за квартал номер %d. «Мы растём», — сообщили в компании. В ведомстве добавили, что «всё идёт по плану».\n\n", name, i)
		}
		return b.Bytes()
	}},
	// Russian speech full of dashes: a quotation in guillemets and a
	// paragraph of dash speech, each with thousands of ", — " pieces and
	// no verb of speech after any: every dash asks whether the author's
	// words follow it, which must not search the rest of the paragraph for
	// every dash form again.
	{"TextDashesRu", false, [2]int{4000, 8000}, func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("Итоги голосования\n\n«Мы начали работу")
		for range n / 2 {
			b.WriteString(", — и работаем дальше")
		}
		b.WriteString("», — заявил Иван Петров.\n\n— Мы начали работу")
		for range n / 2 {
			b.WriteString(", — и работаем дальше")
		}
		b.WriteString(", — сказал он.\n")
		return b.Bytes()
	}},
	// One English sentence opened by "He" with thousands of quotations,
	// each introduced by a colon: every quotation asks whether a clause
	// with he or she for its subject introduces it, which must not read
	// the sentence again from its start.
	{"TextPronounQuotesEn", false, [2]int{4000, 8000}, func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("Vote count\n\nHe wrote")
		for range n {
			b.WriteString(" and then: \u201ca b c\u201d")
		}
		b.WriteString(".\n")
		return b.Bytes()
	}},
	{"TextShortQuoteLines", false, [2]int{50000, 100000}, func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("Vote count\n\n")
		for i := range n {
			fmt.Fprintf(&b, "He said \u00ab%d\u00bb.\n", i)
		}
		return b.Bytes()
	}},
}

// ordinaryInput returns an ordinary article of about size bytes: the test
// texts repeated as paragraphs (plain text), or the same paragraphs in
// <p> elements of a page.
func ordinaryInput(tb testing.TB, html bool, size int) []byte {
	tb.Helper()
	text := scalingText(size)
	if !html {
		return text
	}
	var b bytes.Buffer
	b.WriteString("<html><head><title>Vote count</title></head><body><article><h1>Vote count</h1>\n")
	for _, p := range bytes.Split(text, []byte("\n\n"))[1:] {
		if len(bytes.TrimSpace(p)) == 0 {
			continue
		}
		b.WriteString("<p>")
		b.Write(bytes.ReplaceAll(p, []byte("<"), []byte("&lt;")))
		b.WriteString("</p>\n")
	}
	b.WriteString("</article></body></html>")
	return b.Bytes()
}

// BenchmarkHostile parses each hostile input at its two sizes, and an
// ordinary input of the same kind and size. Compare MB/s: across the two
// sizes of one input (linearity) and against "ordinary" (cost per byte).
func BenchmarkHostile(b *testing.B) {
	for _, h := range hostileInputs {
		for _, n := range h.sizes {
			in := h.gen(n)
			parse := article.ParseText
			if h.html {
				parse = article.ParseHTML
			}
			for _, c := range []struct {
				name string
				in   []byte
			}{
				{"hostile", in},
				{"ordinary", ordinaryInput(b, h.html, len(in))},
			} {
				b.Run(fmt.Sprintf("%s/%s/%dKB", h.name, c.name, len(c.in)>>10), func(b *testing.B) {
					b.SetBytes(int64(len(c.in)))
					b.ReportAllocs()
					for b.Loop() {
						_, _ = parse(bytes.NewReader(c.in))
					}
				})
			}
		}
	}
}

// TestHostileInputs parses the smaller size of every hostile input and
// checks the result is sane and keeps its text: the bounds that keep the
// cost linear must never cut the body.
func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("hostile inputs take a few seconds")
	}
	for _, h := range hostileInputs {
		t.Run(h.name, func(t *testing.T) {
			in := h.gen(h.sizes[0] / 4)
			parse := article.ParseText
			if h.html {
				parse = article.ParseHTML
			}
			a, err := parse(bytes.NewReader(in))
			checkSane(t, h.name, a, err)
			if err != nil {
				return
			}
			if a.Headline != "Vote count" && a.Headline != "Итоги голосования" {
				t.Errorf("headline %q", a.Headline)
			}
			if len(a.Body) == 0 {
				t.Fatal("no body")
			}
			if strings.Contains(h.name, "Speakers") || strings.Contains(h.name, "QuoteLines") {
				var paras int
				for _, blk := range a.Body {
					paras += strings.Count(blk.Text, "number ") + strings.Count(blk.Text, "номер ") + strings.Count(blk.Text, "He said")
				}
				if want := h.sizes[0] / 4; paras != want {
					t.Errorf("body holds %d of the %d paragraphs", paras, want)
				}
			}
			if h.name == "HTMLNestedLayoutTables" {
				// Each level's menu stays apart from its story, and the
				// stories are kept.
				var wards int
				for _, blk := range a.Body {
					if strings.Contains(blk.Text, "News Ward") {
						t.Errorf("block %q glues a menu cell's last line to the story beside it", blk.Text)
					}
					wards += strings.Count(blk.Text, "votes of ward")
				}
				if want := h.sizes[0] / 4; wards != want {
					t.Errorf("body holds %d of the %d levels' stories", wards, want)
				}
			}
			if h.name == "JSONLDArticleBody" {
				// The structured text, not the printed teaser, is the body.
				var paras int
				for _, blk := range a.Body {
					paras += strings.Count(blk.Text, "number ")
				}
				if paras < 100 {
					t.Errorf("body holds %d of the structured text's paragraphs, want the structured text", paras)
				}
			}
			if strings.Contains(h.name, "Author") {
				for _, au := range a.Authors {
					if len(au.Name) > 1000 {
						t.Errorf("a %d-byte author name was kept", len(au.Name))
					}
				}
			}
		})
	}
}

// TestHostileCancel checks that cancelling a parse of the larger hostile
// inputs stops it soon: the context is checked inside the attribution and
// enrichment loops, not only between stages.
func TestHostileCancel(t *testing.T) {
	if testing.Short() {
		t.Skip("hostile inputs take a few seconds")
	}
	for _, h := range hostileInputs {
		t.Run(h.name, func(t *testing.T) {
			in := h.gen(h.sizes[1])
			parse := article.ParseText
			if h.html {
				parse = article.ParseHTML
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() {
				_, err := parse(bytes.NewReader(in), article.WithContext(ctx))
				done <- err
			}()
			time.Sleep(20 * time.Millisecond)
			cancel()

			// The parse may have finished before the cancel; either way
			// it must come back. A generous bound only catches a parse
			// that ignores the context altogether (not a timing claim).
			start := time.Now()
			select {
			case err := <-done:
				if err != nil && !errors.Is(err, context.Canceled) {
					t.Errorf("err = %v, want nil or context.Canceled", err)
				}
				t.Logf("returned %v after the cancel (err %v)", time.Since(start), err)
			case <-time.After(30 * time.Second):
				t.Fatal("a cancelled parse did not return")
			}
		})
	}
}

// parseBudget is how long one parse of a fuzz input may take before the
// fuzz targets count it as a failure: far above what the largest fuzz
// input costs on a linear path (under a second, or a few with the race
// detector). It is a watchdog that turns a hang into a failure, not a
// performance claim; FuzzParseRepeated's allocation count is the finer
// check.
const parseBudget = 60 * time.Second

// repeatedUnits is how many times FuzzParseRepeated repeats its unit in
// the smaller of its two documents.
const repeatedUnits = 1500

// repeatInput builds a document of n copies of unit under a headline, each
// copy with "{n}" replaced by its number and "{name}" by a name of its
// own, as a page (asHTML, one <p> a copy) or a text (one paragraph a
// copy). It stops short of fuzzMaxBytes.
func repeatInput(unit string, asHTML bool, n int) []byte {
	var b bytes.Buffer
	if asHTML {
		b.WriteString("<html><head><title>Vote count</title></head><body><article><h1>Vote count</h1>\n")
	} else {
		b.WriteString("Vote count\n\n")
	}
	for i := range n {
		s := strings.ReplaceAll(unit, "{n}", fmt.Sprint(i))
		s = strings.ReplaceAll(s, "{name}", hostileName(i))
		if b.Len()+len(s) > fuzzMaxBytes-64 {
			break
		}
		if asHTML {
			b.WriteString("<p>" + s + "</p>\n")
		} else {
			b.WriteString(s + "\n\n")
		}
	}
	return b.Bytes()
}

// parseAllocs parses in with a parseBudget deadline and returns how many
// heap allocations the parse made.
func parseAllocs(t *testing.T, parse parseFunc, in []byte) uint64 {
	ctx, cancel := context.WithTimeout(context.Background(), parseBudget)
	defer cancel()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := parse(bytes.NewReader(in), article.WithContext(ctx), article.WithMaxBytes(fuzzMaxBytes))
	runtime.ReadMemStats(&after)
	if errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("parsing %d bytes took longer than %v", len(in), parseBudget)
	}
	return after.Mallocs - before.Mallocs
}

// FuzzParseRepeated fuzzes the shape of a paragraph rather than a whole
// input: each input is one paragraph, repeated with different numbers and
// speakers' names into two documents, one twice the other, parsed as text
// or as HTML. The parse of the larger must not make more than
// maxDoublingAllocs times the allocations of the smaller: a step that
// compares every speaker with every other shows up there as a count that
// grows with the square, whatever the machine's speed. (The count is of
// the whole process, so the bound leaves room for the fuzzing engine's.)
func FuzzParseRepeated(f *testing.F) {
	for _, u := range []string{
		"\u201cWe will win the vote number {n},\u201d said {name}, a local official.",
		"«Мы победим в голосовании номер {n}», — заявил {name}, сообщает РИА Новости.",
		"He said «{n}». {name} added: «Yes».",
		"By {name}, {name} and {name}",
		"On {n} March 2021 {name} told Reuters \"the count is over\".",
	} {
		f.Add(u, false)
		f.Add(u, true)
	}
	f.Fuzz(func(t *testing.T, unit string, asHTML bool) {
		if len(unit) > 256 {
			return
		}
		parse := article.ParseText
		if asHTML {
			parse = article.ParseHTML
		}
		small := repeatInput(unit, asHTML, repeatedUnits)
		large := repeatInput(unit, asHTML, 2*repeatedUnits)
		if len(large) < 2*len(small)-64 {
			return // capped by fuzzMaxBytes: not a doubling
		}
		a1 := parseAllocs(t, parse, small)
		a2 := parseAllocs(t, parse, large)
		if a2 > maxDoublingAllocs*a1+20000 {
			t.Fatalf("doubling the input (%d to %d bytes of %q repeated) took the allocations from %d to %d", len(small), len(large), unit, a1, a2)
		}
	})
}

// maxDoublingAllocs bounds the ratio of allocations when
// FuzzParseRepeated doubles its input: 2 for a linear parse, with room
// for maps and slices that grow by doubling.
const maxDoublingAllocs = 3
