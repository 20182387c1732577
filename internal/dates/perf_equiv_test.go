package dates

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article/internal/eval"
	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
)

// findBeforePrefilter is find as it was before the byte prefilters of
// prefilter.go: every form's regexp over the whole text.
func findBeforePrefilter(s string, c *model.Config) (dateMatch, bool) {
	best := dateMatch{Start: -1}
	try := func(m dateMatch, ok bool) {
		if ok && (best.Start < 0 || m.Start < best.Start) {
			best = m
		}
	}
	try(matchISO(s, c))
	try(matchDot(s, c))
	try(matchNumeric(s, c, reSlashYMD, 1, 2, 3))
	try(matchSlashDMY(s, c))
	try(matchNumeric(s, c, reDashDMY, 3, 2, 1))
	try(matchWords(s, c, reDayMonth, 1, 2))
	try(matchWords(s, c, reMonthDay, 2, 1))
	return best, best.Start >= 0
}

// equivTexts returns the text of every text node and of every element
// whose text is under 600 bytes, on the repository's test pages and up to
// 150 pages of the trafilatura dev corpus when it is there.
func equivTexts(t *testing.T) []string {
	t.Helper()
	var docs []string
	for _, pat := range []string{"../../testdata/html/*.html", "../../testdata/kinds/*.html"} {
		paths, _ := filepath.Glob(pat)
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil {
				docs = append(docs, string(b))
			}
		}
	}
	if paths, _ := filepath.Glob("../../../shared/bench/trafilatura-dev/html/*.html.gz"); len(paths) > 0 {
		for _, p := range paths[:min(len(paths), 150)] {
			if b, err := eval.ReadGzip(p); err == nil {
				docs = append(docs, string(b))
			}
		}
	}
	if len(docs) < 20 {
		t.Fatalf("only %d pages", len(docs))
	}
	var out []string
	var text func(n *html.Node) string
	text = func(n *html.Node) string {
		if n.Type == html.TextNode {
			out = append(out, n.Data)
			return n.Data
		}
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			b.WriteString(text(c))
		}
		if n.Type == html.ElementNode && b.Len() < 600 {
			out = append(out, b.String())
		}
		return b.String()
	}
	for _, d := range docs {
		root, err := html.Parse(strings.NewReader(d))
		if err != nil {
			t.Fatal(err)
		}
		text(root)
	}
	return out
}

// randomDateText builds a text of pieces dates are made of: digits,
// separators, spaces of every kind \s knows and some it does not, month
// names, ordinals, "de", letters outside ASCII.
func randomDateText(r *rand.Rand) string {
	pieces := []string{"0", "1", "2", "9", "12", "31", "2019", "1999", "20190", "-", ".", "/", ",", ":", " ", "  ", "\t", "\n", "\f", "\r", "\v", "\u00a0",
		"May", "june", "Dec.", "März", "июня", "января", "de", "del", "er", "º", "°", "st", "th", "T", "Z", "+01:00", "at", "г.", "года", "PM", "a.m.",
		"UTC", "GMT", "x", "_", "é", "|", "в", "ſt", "ND", "Th", "1ſt", ", "}
	var b strings.Builder
	for k := r.Intn(14); k >= 0; k-- {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

// TestFindPrefilterSame checks find with its byte prefilters against
// every form's regexp over the whole text, on the texts of the test pages
// and 50,000 random texts of date pieces, with and without a zone and a
// reference time.
func TestFindPrefilterSame(t *testing.T) {
	cs := []*model.Config{nil, {}, {Loc: time.FixedZone("X", 3600)}}
	texts := equivTexts(t)
	r := rand.New(rand.NewSource(12))
	for range 50000 {
		texts = append(texts, randomDateText(r))
	}
	// Under the race detector (.ci/run runs the package both ways) every
	// tenth text is read.
	step := 1
	if raceEnabled {
		step = 10
	}
	found := 0
	for i := 0; i < len(texts); i += step {
		s := texts[i]
		for _, c := range cs {
			got, gok := find(s, c)
			want, wok := findBeforePrefilter(s, c)
			if gok != wok || !reflect.DeepEqual(got, want) {
				t.Fatalf("find(%q) = %+v %v, want %+v %v", s, got, gok, want, wok)
			}
			if gok {
				found++
			}
		}
	}
	if found < 150/step {
		t.Fatalf("only %d dates found in %d texts: the test reads too few", found, len(texts))
	}
}

// TestPrefilterShapes checks the prefilters on the shapes they look for.
func TestPrefilterShapes(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"2019-05-12", true}, {"x2019-5", true}, {"201-05-12", false}, {"2019-", false}, {"-2019-x", false},
	} {
		if got := DigitsAround(c.s, '-', 4, 1); got != c.want {
			t.Errorf("DigitsAround(%q, '-', 4, 1) = %v", c.s, got)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"May 12, 2019", true}, {"12\t2019", true}, {"12\v2019", false}, {"12 201", false}, {" 2019", true}, {"2019 ", false},
	} {
		if got := SpaceDigits(c.s, 4); got != c.want {
			t.Errorf("SpaceDigits(%q, 4) = %v", c.s, got)
		}
	}
	if !SlashOrSpaceDigits("17/02/2022", 4) || SlashOrSpaceDigits("17-02-2022", 4) {
		t.Error("SlashOrSpaceDigits")
	}
}
