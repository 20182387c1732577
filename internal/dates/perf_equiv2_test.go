package dates

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
)

// parseISOBefore is ParseISO as it was before its shape test: every
// layout tried in turn on every value.
func parseISOBefore(s string) (model.Date, bool) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return model.Date{Time: t, HasClock: true, HasZone: true}, true
	}
	for _, layout := range []string{"2006-01-02T15:04:05-0700", "2006-01-02T15:04-07:00", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02T15:04:05.999999999-0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return model.Date{Time: t, HasClock: true, HasZone: true}, true
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return model.Date{Time: t, HasClock: true}, true
		}
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return model.Date{Time: t}, true
	}
	return model.Date{}, false
}

// lookupMonthBefore is LookupMonth as it was before lowering ASCII words
// on the stack.
func lookupMonthBefore(w string) (time.Month, bool) {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if m, ok := lang.MonthNames[w]; ok {
		return m, true
	}
	return 0, false
}

// equivAttrValues returns every attribute value of the test pages (where
// ParseISO's values come from: content, datetime, JSON-LD is read
// elsewhere) and the pages' texts.
func equivAttrValues(t *testing.T) []string {
	t.Helper()
	out := equivTexts(t)
	var paths []string
	for _, pat := range []string{"../../testdata/html/*.html", "../../testdata/kinds/*.html"} {
		p, _ := filepath.Glob(pat)
		paths = append(paths, p...)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		root, err := html.Parse(strings.NewReader(string(b)))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			for _, a := range n.Attr {
				out = append(out, a.Val)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
	}
	return out
}

// randomISOText builds a value of the pieces ISO dates and times are
// made of, most of them near the shape the layouts take.
func randomISOText(r *rand.Rand) string {
	pieces := []string{"2019", "1999", "201", "-", "01", "1", "12", "31", "32", "T", "t", " ", ":", "00", "59", "60", "Z", "z", "+01:00", "-0530", "+0100",
		".5", ".123", ".123456789", ",", "/", "\u00a0", "\t", "x", "é", "+", "2019-05-12", "2019-05-12T10:30", "10:30:00"}
	var b strings.Builder
	for k := r.Intn(10); k >= 0; k-- {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

// TestParseISOShapeSame checks ParseISO with its shape test against every
// layout tried on every value: the texts and attribute values of the test
// pages, every whole-value form the layouts take, and 200,000 random
// values built of date pieces.
func TestParseISOShapeSame(t *testing.T) {
	vals := equivAttrValues(t)
	vals = append(vals, "2019-05-12", " 2019-05-12 ", "2019-05-12T10:30:00Z", "2019-05-12T10:30:00.123+02:00", "2019-05-12T10:30:00+0200",
		"2019-05-12T10:30+02:00", "2019-05-12T10:30Z", "2019-05-12 10:30:00+02:00", "2019-05-12T10:30:00.5-0700", "2019-05-12T10:30:00.25",
		"2019-05-12T10:30", "2019-05-12 10:30:00", "2019-05-12 10:30", "+019-05-12", "-019-05-12", "2019-5-12", "2019-05-1", "")
	r := rand.New(rand.NewSource(12))
	for range randomCount(200000) {
		vals = append(vals, randomISOText(r))
	}
	parsed := 0
	for _, v := range vals {
		got, gok := ParseISO(v)
		want, wok := parseISOBefore(v)
		if gok != wok || !got.Time.Equal(want.Time) || got.Time.Location().String() != want.Time.Location().String() ||
			got.HasClock != want.HasClock || got.HasZone != want.HasZone {
			t.Fatalf("ParseISO(%q) = %v %v, before %v %v", v, got, gok, want, wok)
		}
		if wok {
			parsed++
		}
	}
	if parsed < randomCount(1000) {
		t.Fatalf("only %d of %d values parse: the random values miss the layouts", parsed, len(vals))
	}
}

// TestLookupMonthSame checks LookupMonth against strings.ToLower and the
// map on every word of the test pages' texts, every month name in every
// case, and random words.
func TestLookupMonthSame(t *testing.T) {
	var words []string
	for _, s := range equivTexts(t) {
		words = append(words, strings.Fields(s)...)
	}
	for w := range lang.MonthNames {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+".", strings.ToUpper(w)+".")
	}
	pieces := []string{"jan", "JAN", "Feb", "may", "MAY", "june", "Sept", ".", "é", "\u212a", "\u0130", "mär", "ИЮНЯ", "a", "Z", "0", "abcdefghijklmnopqrstuvwxyzABCDEFG"}
	r := rand.New(rand.NewSource(7))
	for range randomCount(50000) {
		var b strings.Builder
		for k := r.Intn(3); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		words = append(words, b.String())
	}
	found := 0
	for _, w := range words {
		gm, gok := LookupMonth(w)
		wm, wok := lookupMonthBefore(w)
		if gm != wm || gok != wok {
			t.Fatalf("LookupMonth(%q) = %v %v, before %v %v", w, gm, gok, wm, wok)
		}
		if wok {
			found++
		}
	}
	if found < 100 {
		t.Fatalf("only %d month names found", found)
	}
}

// randomCount returns how many random cases an equivalence test runs: n,
// or a tenth of it under the race detector (.ci/run runs this package both
// with and without -race, so the full count still runs once).
func randomCount(n int) int {
	if raceEnabled {
		return n / 10
	}
	return n
}
