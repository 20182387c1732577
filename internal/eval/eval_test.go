package eval

import (
	"math"
	"slices"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokens(t *testing.T) {
	got := Tokens("Ёлка_1 — привет, it’s 2024!")
	want := []string{"Ёлка_1", "привет", "it", "s", "2024"}
	if !slices.Equal(got, want) {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
}

func TestShingles(t *testing.T) {
	for _, c := range []struct {
		in   string
		want map[string]int
	}{
		{"", map[string]int{}},
		{"one, two!", map[string]int{"one two": 1}},
		{"a b c d e", map[string]int{"a b c d": 1, "b c d e": 1}},
		{"a b c d a b c d", map[string]int{"a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1}},
	} {
		got := Shingles(c.in)
		if len(got) != len(c.want) {
			t.Errorf("Shingles(%q) = %v, want %v", c.in, got, c.want)
			continue
		}
		for k, v := range c.want {
			if got[k] != v {
				t.Errorf("Shingles(%q)[%q] = %d, want %d", c.in, k, got[k], v)
			}
		}
	}
}

func TestScorePageAndSummarize(t *testing.T) {
	pages := []struct {
		truth, pred      string
		want             PageScore
		precision, recal float64
	}{
		// One shared shingle of two on each side.
		{"a b c d e", "a b c d x", PageScore{TP: 1, FP: 1, FN: 1}, 0.5, 0.5},
		// Empty prediction: no precision (left out of the mean), recall 0.
		{"a b c d e", "", PageScore{FN: 2}, 0, 0},
		// Multisets: "a b c d" twice in the truth, once predicted.
		{"a b c d a b c d", "a b c d", PageScore{TP: 1, FN: 4}, 1, 0.2},
		// Same tokens, different punctuation: exact.
		{"One two", "One, two!", PageScore{TP: 1, Exact: true}, 1, 1},
	}
	var scores []PageScore
	for _, p := range pages {
		got := ScorePage(p.truth, p.pred)
		if got != p.want {
			t.Errorf("ScorePage(%q, %q) = %+v, want %+v", p.truth, p.pred, got, p.want)
		}
		if !near(got.Precision(), p.precision) || !near(got.Recall(), p.recal) {
			t.Errorf("ScorePage(%q, %q): P=%v R=%v, want %v %v", p.truth, p.pred, got.Precision(), got.Recall(), p.precision, p.recal)
		}
		scores = append(scores, got)
	}
	s := Summarize(scores)
	// Precision over pages 1, 3, 4: (0.5+1+1)/3; recall over all four:
	// (0.5+0+0.2+1)/4.
	wantP, wantR := 2.5/3, 1.7/4
	if !near(s.Precision, wantP) || !near(s.Recall, wantR) {
		t.Errorf("Summarize: P=%v R=%v, want %v %v", s.Precision, s.Recall, wantP, wantR)
	}
	if wantF := 2 * wantP * wantR / (wantP + wantR); !near(s.F1, wantF) {
		t.Errorf("Summarize: F1=%v, want %v", s.F1, wantF)
	}
	if s.Accuracy != 0.25 || s.Pages != 4 {
		t.Errorf("Summarize: accuracy %v pages %d, want 0.25 4", s.Accuracy, s.Pages)
	}
	if z := Summarize(nil); z != (Summary{}) {
		t.Errorf("Summarize(nil) = %+v, want zero", z)
	}
}

func TestScoreSnippets(t *testing.T) {
	r := ScoreSnippets("Hello   world.\nFoo bar",
		[]string{"hello world", "world. Foo", " "},
		[]string{"Foo\tbar", "Cookie"})
	want := SnippetCounts{TP: 1, FP: 1, FN: 1, TN: 1}
	if r.SnippetCounts != want {
		t.Fatalf("counts = %+v, want %+v", r.SnippetCounts, want)
	}
	if !slices.Equal(r.Missed, []string{"hello world"}) || !slices.Equal(r.Leaked, []string{"Foo bar"}) {
		t.Errorf("missed %q leaked %q", r.Missed, r.Leaked)
	}
	sum := want.Add(SnippetCounts{TP: 2, TN: 0})
	// tp 3, fp 1, fn 1, tn 1: P = R = 0.75, accuracy 4/6.
	if !near(sum.Precision(), 0.75) || !near(sum.Recall(), 0.75) || !near(sum.Accuracy(), 4.0/6) || !near(sum.F(), 0.75) {
		t.Errorf("P %v R %v A %v F %v", sum.Precision(), sum.Recall(), sum.Accuracy(), sum.F())
	}
	if (SnippetCounts{}).Precision() != 0 {
		t.Error("precision of nothing should be 0")
	}
}

func TestMetadata(t *testing.T) {
	if !TitleMatch(" Anno 1800  Beta ", "Anno 1800 Beta") || TitleMatch("Anno", "anno") {
		t.Error("TitleMatch: want whitespace-insensitive, case-sensitive")
	}
	if got := NormAuthors("David Brand and Ramsey Khalifeh"); !slices.Equal(got, []string{"david brand", "ramsey khalifeh"}) {
		t.Errorf("NormAuthors = %q", got)
	}
	if got := NormAuthors("Alexandra Sandy"); !slices.Equal(got, []string{"alexandra sandy"}) {
		t.Errorf("NormAuthors split inside a word: %q", got)
	}
	for _, c := range []struct {
		label, got []string
		want       bool
	}{
		{[]string{"CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB"}, []string{"Klaus Jacob", "Clara Löw", "Siddharth Prakash"}, true},
		{[]string{"Luana Patriolino; Raphael Felice"}, []string{"Luana Patriolino", "Raphael Felice"}, true},
		{[]string{"Luana Patriolino; Raphael Felice"}, []string{"Luana Patriolino"}, false},
		{[]string{"Michael L. Anderson, PhD"}, []string{"Michael L. Anderson, PhD"}, true},
		{[]string{"Anderson"}, []string{"Andersen"}, false},
		{nil, nil, false},
	} {
		if got := AuthorsMatch(c.label, c.got); got != c.want {
			t.Errorf("AuthorsMatch(%q, %q) = %v, want %v", c.label, c.got, got, c.want)
		}
	}
	for in, want := range map[string]string{"2020-03-02": "2020-03-02", "2020-3-2": "2020-03-02", "2021-11-10T08:00:00": "2021-11-10", "2022-29-11": "2022-11-29"} {
		if got, ok := LabelDay(in); !ok || got != want {
			t.Errorf("LabelDay(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
	if _, ok := LabelDay("2022-29-13"); ok {
		t.Error("LabelDay accepted a non-date")
	}
}

func TestQuoteMatch(t *testing.T) {
	split := "“Everything that you have said and everything that I have said,” “has totally overlapped.”"
	for _, c := range []struct {
		gold, pred string
		want       bool
	}{
		{split, "has totally overlapped", true},
		{split, "Everything that you have said and everything that I have said, has totally overlapped.", true},
		// The interruption kept inside our quotation: 12 of the 13 gold
		// bigrams are found.
		{split, "Everything that you have said and everything that I have said, the judge exclaimed, has totally overlapped", true},
		{"“Judge,” “I have never had that happen.”", "Judge", true},
		{"“Judge,” “I have never had that happen.”", "have", false},
		{"\"Lock her up!\"", "Lock her up", true},
		{"\"Lock up\"", "‘lock UP’", true},
		{"“We will win,”", "They will lose the election", false},
		{"“We will win,”", "", false},
	} {
		if got := QuoteMatch(c.gold, c.pred); got != c.want {
			t.Errorf("QuoteMatch(%q, %q) = %v, want %v", c.gold, c.pred, got, c.want)
		}
	}
}

func TestSources(t *testing.T) {
	for in, want := range map[string]SourceKind{
		"he": SourcePronoun, "She": SourcePronoun, "It": SourcePronoun, "": SourceNone,
		"Trump": SourceName, "the spokeswoman": SourceOther, "The spokeswoman": SourceOther,
		"White House press secretary Josh Earnest": SourceName,
	} {
		if got := ClassifySource(in); got != want {
			t.Errorf("ClassifySource(%q) = %v, want %v", in, got, want)
		}
	}
	for _, c := range []struct {
		speaker, source string
		want            bool
	}{
		{"Josh Earnest", "White House press secretary Josh Earnest", true},
		{"Hillary Clinton", "Clinton", true},
		{"Donald Trump", "Clinton", false},
		{"", "Trump", false},
		{"Joseph Conlon", "Joseph Conlon, technical adviser to the American Mosquito Control Association", true},
		{"Trump campaign", "Trump", true},
		{"Josh", "Josh Earnest", false},
	} {
		if got := SpeakerMatches(c.speaker, c.source); got != c.want {
			t.Errorf("SpeakerMatches(%q, %q) = %v, want %v", c.speaker, c.source, got, c.want)
		}
	}
}

func TestScoreQuotes(t *testing.T) {
	atts := []Attribution{
		{Content: "“Judge,” “I have never had that happen in any case.”", Source: "Brafman", SourceStart: 10, Direct: true},
		{Content: "\"Lock her up!\"", Source: "the attendees", SourceStart: 50, Direct: true},
		{Content: "“it gets me mad”", Source: "he", SourceStart: 70},
		{Content: "“We will win,”", Source: "he", SourceStart: 100, Direct: true},
		{Content: "“Sanity.”", Source: "Trump", SourceStart: 200, Direct: true},
	}
	preds := []PredQuote{
		{Text: "Judge,", Speaker: "Ben Brafman"},
		{Text: "I have never had that happen in any case", Speaker: "Brafman"},
		{Text: "Lock her up!"},
		{Text: "We will win", Speaker: "Marc Brafman"},
		{Text: "it gets me mad", Speaker: "x"},
		{Text: "totally unrelated words here"},
	}
	r := ScoreQuotes(atts, preds)
	want := QuoteCounts{
		Preds: 6, PredsMatched: 4, PredsIndirect: 1,
		Golds: 4, GoldsMatched: 3,
		NameScored: 1, NameRight: 1,
		PronounScored: 1, PronounResolved: 1, PronounRight: 1,
		Unscored: 1,
	}
	if r.QuoteCounts != want {
		t.Fatalf("counts = %+v\nwant     %+v", r.QuoteCounts, want)
	}
	if len(r.FalseNeg) != 1 || r.FalseNeg[0].Content != "“Sanity.”" {
		t.Errorf("false negatives = %+v", r.FalseNeg)
	}
	if len(r.FalsePos) != 2 || r.FalsePos[1].Text != "totally unrelated words here" {
		t.Errorf("false positives = %+v", r.FalsePos)
	}
	// The first gold takes the closer of its two matches, "I have never…".
	if len(r.Speakers) != 2 || r.Speakers[0].Pred.Speaker != "Brafman" || r.Speakers[1].Referent != "Brafman" {
		t.Errorf("speaker cases = %+v", r.Speakers)
	}
	if !near(r.LenientPrecision(), 5.0/6) {
		t.Errorf("lenient P %v, want 5/6", r.LenientPrecision())
	}
	if !near(r.Precision(), 4.0/6) || !near(r.Recall(), 0.75) {
		t.Errorf("P %v R %v", r.Precision(), r.Recall())
	}
	// A wrong speaker and an unresolvable pronoun.
	r = ScoreQuotes([]Attribution{{Content: "“We will win,”", Source: "she", SourceStart: 5, Direct: true}, {Content: "“Go,”", Source: "Clinton", SourceStart: 9, Direct: true}},
		[]PredQuote{{Text: "We will win", Speaker: "Clinton"}, {Text: "Go", Speaker: "Trump"}})
	if r.PronounScored != 1 || r.PronounResolved != 0 || r.NameScored != 1 || r.NameRight != 0 {
		t.Errorf("counts = %+v", r.QuoteCounts)
	}
}
