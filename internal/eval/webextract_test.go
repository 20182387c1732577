package eval

import (
	"encoding/json"
	"maps"
	"slices"
	"testing"
)

// TestPythonText checks the helpers that stand in for Python's str.lower,
// str.casefold and \s on cases where Go's strings package differs.
func TestPythonText(t *testing.T) {
	for _, c := range []struct{ f, in, want string }{
		{"lower", "İSTANBUL", "i\u0307stanbul"},
		{"lower", "ΟΔΟΣ ΣΑΣ", "οδος σας"}, // final sigma
		{"lower", "Straße", "straße"},
		{"fold", "Straße", "strasse"},
		{"fold", "ﬁne", "fine"},
		{"ws", " a\u00a0 b\x1c\tc\n", "a b c"},
	} {
		var got string
		switch c.f {
		case "lower":
			got = PyLower(c.in)
		case "fold":
			got = PyCasefold(c.in)
		case "ws":
			got = PyWS(c.in)
		}
		if got != c.want {
			t.Errorf("%s(%q) = %q, want %q", c.f, c.in, got, c.want)
		}
	}
	// İ lowers to i + a combining dot, which is no word character.
	if got := LowerTokens("İzmir's_2 Café"); !slices.Equal(got, []string{"i", "zmir", "s_2", "café"}) {
		t.Errorf("LowerTokens = %q", got)
	}
}

func TestScoreTokens(t *testing.T) {
	for _, c := range []struct {
		pred, truth string
		want        TokenScore
	}{
		// the ×2 and cat shared: 3 of 4 predicted, 3 of 6 true.
		{"The cat, THE hat", "the cat sat on the mat", TokenScore{P: 0.75, R: 0.5, F1: 0.6}},
		{"", "the cat", TokenScore{Empty: true}},
		{" — ", "the cat", TokenScore{Empty: true}},
		{"dog", "the cat", TokenScore{}},
		{"", "", TokenScore{P: 1, R: 1, F1: 1, Empty: true}},
		{"cat cat cat cat", "cat", TokenScore{P: 0.25, R: 1, F1: 0.4}},
	} {
		got := ScoreTokens(c.pred, c.truth)
		if got.Empty != c.want.Empty || !near(got.P, c.want.P) || !near(got.R, c.want.R) || !near(got.F1, c.want.F1) {
			t.Errorf("ScoreTokens(%q, %q) = %+v, want %+v", c.pred, c.truth, got, c.want)
		}
	}
	m := MeanTokenScores([]TokenScore{{P: 0.75, R: 0.5, F1: 0.6}, {Empty: true}, {P: 0.25, R: 1, F1: 0.4}})
	if m.Pages != 3 || m.Empty != 1 || !near(m.P, 1.0/3) || !near(m.R, 0.5) || !near(m.F1, 1.0/3) {
		t.Errorf("MeanTokenScores = %+v, want 3 pages, 1 empty, P 1/3, R 1/2, F1 1/3", m)
	}
	if m := MeanTokenScores(nil); m != (TokenMeans{}) {
		t.Errorf("MeanTokenScores(nil) = %+v", m)
	}
}

func TestScoreWebMeta(t *testing.T) {
	label := func(s string) WebMetaLabel {
		var l WebMetaLabel
		if err := json.Unmarshal([]byte(s), &l); err != nil {
			t.Fatal(err)
		}
		return l
	}
	full := label(`{"title": "Big News  Today", "authors": ["Jane Doe", "John Smith"], "date": "2010-05-03", "section": "World", "kind": "article"}`)
	none := label(`{"title": "", "authors": [], "date": null, "section": null}`)
	for _, c := range []struct {
		name string
		got  WebMeta
		lab  WebMetaLabel
		want map[string]bool
	}{
		{"all right, case and spacing aside", WebMeta{Title: "big news today", Authors: []string{"JOHN  SMITH", "Jane Doe"}, Date: "2010-05-03T10:00:00+02:00", Section: " world "}, full,
			map[string]bool{MetaTitle: true, MetaTitleLenient: true, MetaAuthor: true, MetaAuthorLenient: true, MetaDate: true, MetaSection: true}},
		// The site name after the headline is lenient only; two names in
		// one author give every word but not the set.
		{"lenient only", WebMeta{Title: "Big News Today - The Site", Authors: []string{"Jane Doe, John Smith"}, Date: "2010-05-04", Section: "News"}, full,
			map[string]bool{MetaTitle: false, MetaTitleLenient: true, MetaAuthor: false, MetaAuthorLenient: true, MetaDate: false, MetaSection: false}},
		{"a headline inside the label's is lenient", WebMeta{Title: "News", Authors: []string{"Jane Doe"}}, full,
			map[string]bool{MetaTitle: false, MetaTitleLenient: true, MetaAuthor: false, MetaAuthorLenient: false, MetaDate: false, MetaSection: false}},
		{"nothing extracted", WebMeta{}, full,
			map[string]bool{MetaTitle: false, MetaTitleLenient: false, MetaAuthor: false, MetaAuthorLenient: false, MetaDate: false, MetaSection: false}},
		{"none credited, none given", WebMeta{Title: "T"}, none, map[string]bool{MetaNoAuthor: true, MetaNoDate: true}},
		{"invented author and date", WebMeta{Authors: []string{"Staff"}, Date: "2010-01-01"}, none, map[string]bool{MetaNoAuthor: false, MetaNoDate: false}},
		// Absent or null authors, absent date: nothing to check.
		{"unlabelled fields", WebMeta{Title: "X"}, label(`{"title": "x", "authors": null}`), map[string]bool{MetaTitle: true, MetaTitleLenient: true}},
	} {
		got := ScoreWebMeta(c.got, c.lab)
		if !maps.Equal(got, c.want) {
			t.Errorf("%s: ScoreWebMeta = %v, want %v", c.name, got, c.want)
		}
	}
	tally := MetaTally{}
	tally.Add(map[string]bool{MetaTitle: true, MetaDate: false})
	tally.Add(map[string]bool{MetaTitle: false})
	tally.Add(map[string]bool{MetaTitle: true})
	if r, right, n, ok := tally.Rate(MetaTitle); !ok || right != 2 || n != 3 || !near(r, 2.0/3) {
		t.Errorf("title rate = %v %d/%d %v, want 2/3", r, right, n, ok)
	}
	if r, _, n, ok := tally.Rate(MetaDate); !ok || n != 1 || r != 0 {
		t.Errorf("date rate = %v of %d %v, want 0 of 1", r, n, ok)
	}
	if _, _, _, ok := tally.Rate(MetaSection); ok {
		t.Error("section rated with no page checked")
	}
}
