package htmlx

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
)

// perf15Texts returns the text of every text node of the test pages, and
// of every element with a short text, as content blocks are made of.
func perf15Texts(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, page := range equivPages(t) {
		eachNode(page, func(n *html.Node) {
			switch n.Type {
			case html.TextNode:
				out = append(out, n.Data)
			case html.ElementNode:
				if s := nodeText(n); len(s) < 2000 {
					out = append(out, s)
				}
			}
		})
	}
	return out
}

// perf15Parts are pieces of random texts: the marks looked for, their
// bytes alone and split, other punctuation, letters in several scripts,
// broken UTF-8 and white space.
var perf15Parts = []string{".", "!", "?", "。", "\xe3", "\xe3\x80", "\x80\x82", "\x82", "、", "．", "！", "？", "…", ",", ";", ":",
	" ", "\t", "\n", "\u00a0", "a", "Word", "слово", "語", "\xff", "\xc3", "\xe2\x80", "’", "”", "»", "1", "2,5", "e.g"}

// TestHoldsSentenceMarkSame checks holdsSentenceMark against
// strings.ContainsAny(s, ".!?。"), which textBlock.weight called, on the
// texts of the test pages and on random texts of the parts above.
func TestHoldsSentenceMarkSame(t *testing.T) {
	texts := sampleCases(perf15Texts(t))
	r := rand.New(rand.NewPCG(15, 1))
	for range randomCases(200000) {
		texts = append(texts, randomText(r, perf15Parts, 12))
	}
	var answers perf15Answers
	for _, s := range texts {
		got, want := holdsSentenceMark(s), strings.ContainsAny(s, ".!?。")
		if got != want {
			t.Fatalf("holdsSentenceMark(%q) = %v, want %v", s, got, want)
		}
		answers.add(got)
	}
	answers.check(t, "texts holding a mark")
}

// perf15Answers counts the answers an equivalence test's cases gave, to
// check that the cases test both.
type perf15Answers struct{ yes, no int }

func (a *perf15Answers) add(v bool) {
	if v {
		a.yes++
	} else {
		a.no++
	}
}

func (a perf15Answers) check(t *testing.T, what string) {
	t.Helper()
	if a.yes == 0 || a.no == 0 {
		t.Fatalf("%s: %d yes, %d no: the cases do not test both answers", what, a.yes, a.no)
	}
}

// TestHoldsRunesSame checks holdsRunes against bodyRunes(bs) > 0, the
// test of doubtful it stands for, on bodies of one to three texts of the
// test pages and of random texts (some without a letter or digit).
func TestHoldsRunesSame(t *testing.T) {
	texts := sampleCases(perf15Texts(t))
	r := rand.New(rand.NewPCG(15, 2))
	marks := []string{".", " ", "\u00a0", "—", "…", "\xff", "\u200b", "«", "»", "!", "\n", "1", "a", "я", "語", "\u0301"}
	for range randomCases(100000) {
		texts = append(texts, randomText(r, marks[:11], 6), randomText(r, marks, 6))
	}
	var answers perf15Answers
	for i := range texts {
		var bs []model.Block
		for k := range 1 + i%3 {
			bs = append(bs, model.Block{Text: texts[(i+k*7919)%len(texts)]})
		}
		got, want := holdsRunes(bs), bodyRunes(bs) > 0
		if got != want {
			t.Fatalf("holdsRunes(%+v) = %v, want %v", bs, got, want)
		}
		answers.add(got)
	}
	answers.check(t, "bodies with letters")
}

// TestCleanMemoSame checks that a cleanMemo answers as CleanAuthors does,
// asked in random order with repeats (more names than it keeps), on the
// short element texts of the test pages and random bylines, with no
// publisher, a publisher and a publisher named in the byline; and that
// the answers it hands out again are unchanged by the callers
// (authorsFrom over the same names, through the memo, between asks).
func TestCleanMemoSame(t *testing.T) {
	var raws []string
	for _, s := range perf15Texts(t) {
		if len(s) > 0 && len(s) < 120 {
			raws = append(raws, s)
		}
	}
	r := rand.New(rand.NewPCG(15, 3))
	parts := []string{"By ", "by ", "Von ", "Автор: ", "Anna Muster", "Jane Doe", "J. Roe", ", ", " and ", " und ", " & ", "Reuters",
		"Example News", "Staff Writer", "@jdoe", "[email protected]", " | ", "Friday, January 11, 2008 ", "Autor: ", "Datum: 19.11.2021 ", "\n"}
	for range randomCases(20000) {
		raws = append(raws, randomText(r, parts, 7))
	}
	raws = sampleCases(raws)
	pubs := []string{"", "Example News", "Reuters"}
	for round := range 3 {
		memo := &cleanMemo{}
		for range min(randomCases(30000), 4*len(raws)) {
			raw := raws[r.IntN(len(raws))]
			if round > 0 {
				raw = raws[r.IntN(min(len(raws), 40*round))] // few names, many repeats
			}
			pub := pubs[r.IntN(len(pubs))]
			got, want := memo.clean(raw, pub), CleanAuthors(raw, pub)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d: memo.clean(%q, %q) = %q, want %q", round, raw, pub, got, want)
			}
			_, _ = authorsFrom(memo, [][]model.Author{{{Name: raw}}}, pub, []string{"example.com"}, 1, "https://example.com/")
		}
		if round > 0 && len(memo.raw) == 0 {
			t.Fatal("the memo kept nothing")
		}
	}
}

// isJunkLineOld is isJunkLine as it was in its own body: the text lowered
// twice (whole, then trimmed) and its fields split into a slice. It calls
// today's shortJunk, whose prefilters TestTopicLineNeedsColon and
// TestIsFollowCallSame check against their old forms. It panics on a text
// of no field of 120 bytes or fewer that the tests before the fields
// pass over.
func isJunkLineOld(t string) bool {
	if len(t) <= 250 && shortJunk(t, strings.ToLower(t)) {
		return true
	}
	if len(t) > 120 {
		return false
	}
	low := strings.ToLower(strings.TrimSpace(t))
	if junkShape(t, low) {
		return true
	}
	words := strings.Fields(low)
	if len(words) <= 25 && ctaWordSet.In(low) {
		return true
	}
	if len(words) <= 6 && (words[0] == "by" || words[0] == "von" || strings.HasPrefix(low, "written by ")) {
		return true
	}
	return false
}

// TestIsJunkLineSame checks isJunkLine against isJunkLineOld on the texts
// of the test pages and random lines of furniture words, white space
// (ASCII and not), capitals whose lowering changes their length, and
// broken UTF-8; a text the old form panicked on (no field) must be
// blank, and is furniture for neither.
func TestIsJunkLineSame(t *testing.T) {
	texts := sampleCases(perf15Texts(t))
	r := rand.New(rand.NewPCG(15, 4))
	parts := []string{"by ", "By", "von ", "Written by ", "written by ", "Subscribe", "sign up", "Newsletter", "Read more", "5 min read",
		"Lesezeit", "12 comments", "Photo: ", "Share", "Follow us on", "Twitter", "http://x.y", " ", "  ", "\t", "\n", "\u00a0", "\u3000",
		"\u0085", "İ", "ẞ", "Ⱥ", "\xff", "\xe2\x80", "word ", "Anna ", "2014", "[caption]", "•", "—", ":", ".", "(", "a"}
	for range randomCases(200000) {
		texts = append(texts, randomText(r, parts, 30))
	}
	var answers perf15Answers
	for _, s := range texts {
		want, panicked := func() (w, p bool) {
			defer func() {
				if recover() != nil {
					p = true
				}
			}()
			return isJunkLineOld(s), false
		}()
		got := isJunkLine(s)
		if panicked {
			if strings.TrimSpace(s) != "" || got {
				t.Fatalf("isJunkLineOld(%q) panicked; isJunkLine = %v", s, got)
			}
			continue
		}
		if got != want {
			t.Fatalf("isJunkLine(%q) = %v, want %v", s, got, want)
		}
		answers.add(got)
	}
	answers.check(t, "furniture lines")
}

// TestDayOfSame checks that two dates have equal dayKeys exactly when
// Time.Format(time.DateOnly) prints them alike, as sameDay and the day
// counts of chooseDate compared them, on pairs of random times (years
// from before 0 to past 9999, zones east and west, pairs an hour or a day
// apart and pairs on the same instant in two zones).
func TestDayOfSame(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 5))
	zones := []*time.Location{time.UTC, time.FixedZone("east", 14*3600), time.FixedZone("west", -11*3600), time.FixedZone("half", 5*3600+1800)}
	years := []int{-10000, -1, 0, 1, 999, 1990, 2024, 9999, 10000, 123456}
	var answers perf15Answers
	for range randomCases(200000) {
		a := time.Date(years[r.IntN(len(years))]+r.IntN(3)-1, time.Month(1+r.IntN(12)), 1+r.IntN(31), r.IntN(24), r.IntN(60), 0, 0, zones[r.IntN(len(zones))])
		var b time.Time
		switch r.IntN(4) {
		case 0:
			b = a.Add(time.Duration(r.IntN(49)-24) * time.Hour)
		case 1:
			b = a.In(zones[r.IntN(len(zones))])
		case 2:
			b = a.AddDate(r.IntN(3)-1, 0, 0)
		default:
			b = a
		}
		da, db := model.Date{Time: a}, model.Date{Time: b}
		want := a.Format(time.DateOnly) == b.Format(time.DateOnly)
		if got := sameDay(da, db); got != want {
			t.Fatalf("sameDay(%v, %v) = %v, want %v", a, b, got, want)
		}
		answers.add(want)
	}
	answers.check(t, "pairs on the same day")
}

// TestTriSetSame checks triSet's In and InFold against textutil.WordSet's
// (TestWordSetsOnPages checks both against a loop of strings.Contains on
// the pages' class lists) for each list a triSet now indexes, on random
// texts of the words, their halves in capitals, ASCII noise and bytes
// outside ASCII.
func TestTriSetSame(t *testing.T) {
	lists := [][]string{
		append(append([]string{}, contentWords...), boilerWords...),
		boilerWords,
		hintWords,
		append([]string{"head", "title"}, hintWords...),
		append([]string{"price", "add-to-cart", "body", "content"}, paywallHints...),
	}
	r := rand.New(rand.NewPCG(15, 7))
	found, folded := 0, 0
	for _, words := range lists {
		tri, ws := newTriSet(words), textutil.NewWordSet(words)
		var parts []string
		for _, w := range words {
			parts = append(parts, w, strings.ToUpper(w[:len(w)/2]), w[len(w)/2:], w[:len(w)-1])
		}
		parts = append(parts, " ", "-", "_", "x", "é", "\xff", "Ä", "K", "\u212a", "ſ")
		for range randomCases(100000) {
			s := randomText(r, parts, 6)
			if got, want := tri.In(s), ws.In(s); got != want {
				t.Fatalf("triSet%q.In(%q) = %v, want %v", words[:2], s, got, want)
			} else if got {
				found++
			}
			gf, ga := tri.InFold(s)
			wf, wa := ws.InFold(s)
			if gf != wf || ga != wa {
				t.Fatalf("triSet%q.InFold(%q) = %v, %v, want %v, %v", words[:2], s, gf, ga, wf, wa)
			}
			if gf && !tri.In(s) {
				folded++
			}
		}
	}
	if found == 0 || folded == 0 {
		t.Fatalf("%d texts hold a word, %d only in capitals: the cases do not test both searches", found, folded)
	}
}

// TestDateSpansSame checks dateSpans against AnyDateSpan and AnyDate on
// the short texts of the test pages and random date-like texts, asked in
// random order with repeats, for both readings of short, every numeric
// order, two configs (the memo keeps one: another config's texts are read
// anew) and a nil memo.
func TestDateSpansSame(t *testing.T) {
	var texts []string
	for _, s := range perf15Texts(t) {
		if len(s) < 300 {
			texts = append(texts, s)
		}
	}
	r := rand.New(rand.NewPCG(15, 8))
	parts := []string{"12", "3", "2019", "2020", "/", ".", "-", " ", ", ", "Jan", "March", "Mai", "марта", "Updated ", "am ", "Nov. ",
		"19", "07", "31", "2:30 pm", "T10:00:00Z", "Posted on ", "x", "\u00a0"}
	for range randomCases(40000) {
		texts = append(texts, randomText(r, parts, 8))
	}
	texts = sampleCases(texts)
	loc := time.FixedZone("x", 3*3600)
	configs := []*model.Config{{}, {Loc: loc}}
	orders := []numericOrder{orderUnknown, dayFirst, monthFirst}
	dated := 0
	for _, memo := range []*dateSpans{{c: configs[0]}, nil} {
		for range min(len(texts)*3, randomCases(120000)) {
			s := texts[r.IntN(min(len(texts), 200+r.IntN(len(texts))))]
			c, short, order := configs[r.IntN(2)], r.IntN(2) == 0, orders[r.IntN(3)]
			d, at, end, ok := memo.span(s, c, short, order)
			wd, wat, wend, wok := AnyDateSpan(s, c, short, order)
			if !perf15SameDate(d, wd) || at != wat || end != wend || ok != wok {
				t.Fatalf("span(%q, %v, %v) = %v %d %d %v, want %v %d %d %v", s, short, order, d, at, end, ok, wd, wat, wend, wok)
			}
			d, at, ok = memo.date(s, c, short)
			wd, wat, wok = AnyDate(s, c, short)
			if !perf15SameDate(d, wd) || at != wat || ok != wok {
				t.Fatalf("date(%q, %v) = %v %d %v, want %v %d %v", s, short, d, at, ok, wd, wat, wok)
			}
			if ok {
				dated++
			}
		}
		if memo != nil && len(memo.seen) == 0 {
			t.Fatal("the memo kept nothing")
		}
	}
	if dated == 0 {
		t.Fatal("no text held a date")
	}
}

// perf15SameDate reports whether two dates read the same: the same
// instant, printed alike in their zones (name and offset), with the same
// precision. The zone of a date read again may be another *time.Location
// of the same offset.
func perf15SameDate(a, b model.Date) bool {
	const layout = "2006-01-02T15:04:05.999999999 -0700 MST"
	return a.HasClock == b.HasClock && a.HasZone == b.HasZone && a.Time.Equal(b.Time) && a.Time.Format(layout) == b.Time.Format(layout)
}

// TestTopicLineNeedsColon checks the prefilter shortJunk puts before
// reTopicLine: every text the expression matches holds a colon (the
// pages' texts lowered, and random lines of its labels in any case,
// spaces, colons and look-alikes of a colon), and some texts match.
func TestTopicLineNeedsColon(t *testing.T) {
	texts := sampleCases(perf15Texts(t))
	r := rand.New(rand.NewPCG(15, 9))
	parts := []string{"Tags", "tag", "THEMA", "Themen", "topics", "Filed under", "tagged with", "Kategorie", "mots-clés", "tagi",
		" ", "\t", "\u00a0", ":", "：", "꞉", ";", "x", "\u212a", "ſ", "news"}
	for range randomCases(200000) {
		texts = append(texts, randomText(r, parts, 5))
	}
	matched := 0
	for _, s := range texts {
		for _, v := range []string{s, strings.ToLower(s)} {
			if reTopicLine.MatchString(v) {
				matched++
				if strings.IndexByte(v, ':') < 0 {
					t.Fatalf("reTopicLine matches %q, which holds no colon", v)
				}
			}
		}
	}
	if matched == 0 {
		t.Fatal("reTopicLine matched no text")
	}
}

// TestIsFollowCallSame checks isFollowCall against its old order (the
// calls to follow looked for first, then each network with
// strings.Contains) on the pages' texts lowered and random lines of calls,
// networks, their near misses and the words around them.
func TestIsFollowCallSame(t *testing.T) {
	old := func(low string) bool {
		if len(low) > 200 || !followOpens(low) {
			return false
		}
		for _, w := range networkWords {
			if strings.Contains(low, w) {
				return true
			}
		}
		return false
	}
	var texts []string
	for _, s := range sampleCases(perf15Texts(t)) {
		texts = append(texts, strings.ToLower(s))
	}
	r := rand.New(rand.NewPCG(15, 10))
	parts := append(append([]string{" ", "us ", "me ", "on ", "en ", "x", "twitte", "face", "and ", "Follow "}, followWords...), networkWords...)
	for range randomCases(200000) {
		texts = append(texts, randomText(r, parts, 8))
	}
	sameAnswers(t, texts, "isFollowCall", isFollowCall, old, "calls to follow") // perf17_equiv_test.go
}
