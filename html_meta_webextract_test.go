package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article/internal/eval"
)

// webExtractDevDir holds the dev part of the web-extract benchmark, beside
// the repository.
const webExtractDevDir = "../shared/bench/web-extract/dev"

// devMetaLabel is one hand label of testdata/webextract-dev-meta.json: what
// a reader of the page as printed gives as headline, byline and date,
// following the benchmark README's "Metadata labels" rules. Date is
// YYYY-MM-DD, or null when the page shows none; Unlabelled names the fields
// left out because the page does not settle them.
type devMetaLabel struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Authors    []string `json:"authors"`
	Date       *string  `json:"date"`
	Unlabelled []string `json:"unlabelled"`
	Notes      string   `json:"notes"`
}

// metaTally counts one metadata figure: pages labelled, pages right.
type metaTally struct{ n, right int }

func (m *metaTally) add(ok bool) {
	m.n++
	if ok {
		m.right++
	}
}

func (m metaTally) String() string {
	if m.n == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3f (%d/%d)", float64(m.right)/float64(m.n), m.right, m.n)
}

// reWords are the word tokens score.py compares authors by (Python's \w+).
var reWords = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// webExtractMetaScores scores one page the way the benchmark's score.py
// does for its validation labels: title exact (case-insensitive, white
// space normalised) and lenient (one contains the other); authors exact (as
// a set) and lenient (every label word among the output's words); no author
// where none is credited; date by day; no date where none is shown.
type webExtractMetaScores struct {
	title, titleLenient, author, authorLenient, noAuthor, date, noDate metaTally
}

func (s *webExtractMetaScores) score(l devMetaLabel, a *Article) (wrong []string) {
	ws := func(x string) string { return strings.ToLower(strings.Join(strings.Fields(x), " ")) }
	if l.Title != "" {
		t, h := ws(l.Title), ws(a.Headline)
		s.title.add(t == h)
		ok := h != "" && (strings.Contains(h, t) || strings.Contains(t, h))
		s.titleLenient.add(ok)
		if !ok {
			wrong = append(wrong, fmt.Sprintf("title %q, got %q", l.Title, a.Headline))
		}
	}
	var names []string
	for _, au := range a.Authors {
		names = append(names, ws(au.Name))
	}
	if !slices.Contains(l.Unlabelled, "authors") {
		if len(l.Authors) > 0 {
			var want []string
			for _, x := range l.Authors {
				want = append(want, ws(x))
			}
			got := slices.Sorted(slices.Values(names))
			slices.Sort(want)
			s.author.add(slices.Equal(got, want))
			words := reWords.FindAllString(strings.Join(names, " "), -1)
			ok := true
			for _, x := range want {
				for _, w := range reWords.FindAllString(x, -1) {
					ok = ok && slices.Contains(words, w)
				}
			}
			s.authorLenient.add(ok)
			if !ok {
				wrong = append(wrong, fmt.Sprintf("authors %q, got %q", l.Authors, names))
			}
		} else {
			s.noAuthor.add(len(names) == 0)
			if len(names) > 0 {
				wrong = append(wrong, fmt.Sprintf("no author, got %q", names))
			}
		}
	}
	if !slices.Contains(l.Unlabelled, "date") {
		got := ""
		if !a.DatePublished.IsZero() {
			got = a.DatePublished.Time.Format(time.DateOnly)
		}
		if l.Date != nil {
			s.date.add(got == *l.Date)
			if got != *l.Date {
				wrong = append(wrong, fmt.Sprintf("date %s, got %q", *l.Date, got))
			}
		} else {
			s.noDate.add(got == "")
			if got != "" {
				wrong = append(wrong, fmt.Sprintf("no date, got %s", got))
			}
		}
	}
	return wrong
}

// TestWebExtractDevMetadata measures headline, authors and date on the
// hand-labelled dev pages of the web-extract benchmark (older news and blog
// pages, mostly without structured data) and fails when a figure falls
// below the floor it reached when the labels were made. The pages live in
// ../shared; without them the test skips. Run with -v to see each miss.
func TestWebExtractDevMetadata(t *testing.T) {
	gtPath := filepath.Join(webExtractDevDir, "ground-truth.json")
	gtBytes, err := os.ReadFile(gtPath)
	if err != nil {
		t.Skipf("web-extract dev pages not found at %s (../shared is absent in a fresh clone)", webExtractDevDir)
	}
	var gt map[string]struct {
		File string `json:"file"`
		URL  string `json:"url"`
	}
	if err := json.Unmarshal(gtBytes, &gt); err != nil {
		t.Fatal(err)
	}
	lb, err := os.ReadFile("testdata/webextract-dev-meta.json")
	if err != nil {
		t.Fatal(err)
	}
	var labels []devMetaLabel
	if err := json.Unmarshal(lb, &labels); err != nil {
		t.Fatal(err)
	}
	if len(labels) < 100 {
		t.Fatalf("%d labelled pages, want 100 or more", len(labels))
	}
	var s webExtractMetaScores
	for _, l := range labels {
		g, ok := gt[l.ID]
		if !ok {
			t.Fatalf("%s: not a dev page of the benchmark", l.ID)
		}
		page, err := eval.ReadGzip(filepath.Join(webExtractDevDir, g.File))
		if err != nil {
			t.Fatal(err)
		}
		// Metadata is scored whatever the page-kind verdict: a page judged
		// a list still has a headline, a byline and a date to get right.
		a, _ := ParseHTML(bytes.NewReader(page), WithURL(g.URL))
		if a == nil {
			a = &Article{}
		}
		for _, w := range s.score(l, a) {
			t.Logf("%s: %s", l.ID, w)
		}
	}
	t.Logf("title exact %v, lenient %v", s.title, s.titleLenient)
	t.Logf("authors exact %v, lenient %v, none where none credited %v", s.author, s.authorLenient, s.noAuthor)
	t.Logf("date %v, none where none shown %v", s.date, s.noDate)
	floors := []struct {
		name  string
		m     metaTally
		floor float64
	}{
		// The figures when the rules of this session were done: title
		// lenient 98/108, authors lenient 69/78, no author 28/28, date
		// 88/97 (before them 87/108, 61/78, 27/28, 77/97). A floor one
		// or two pages below lets an unrelated change move a page.
		// After the visible-page rules of issue 12 (headline under a
		// section's <h1>, printed <title> part, byline under the
		// headline first, wire credits, ordinal dates; two labels
		// moved to the wire they credit): title 101/108, authors
		// 73/80, no author 26/26, date 89/97.
		{"title lenient", s.titleLenient, 0.91},
		{"authors lenient", s.authorLenient, 0.88},
		{"no author where none is credited", s.noAuthor, 0.96},
		{"date", s.date, 0.88},
	}
	for _, f := range floors {
		if got := float64(f.m.right) / float64(max(f.m.n, 1)); got < f.floor {
			t.Errorf("%s %v, below the floor %.3f", f.name, f.m, f.floor)
		}
	}
}
