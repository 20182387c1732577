package htmlx

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article/internal/dates"
	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
)

// anyDateSpanBeforePrefilter is AnyDateSpan as it was before the byte
// prefilters: every regexp over the whole text.
func anyDateSpanBeforePrefilter(s string, c *model.Config, short bool, order numericOrder) (model.Date, int, int, bool) {
	best, at, end := model.Date{}, -1, -1
	if !textutil.HasDigitRun(s, 2) {
		// Every form below needs two digits in a row (a year).
		return best, at, end, false
	}
	if m, ok := dates.Find(s, c); ok {
		best, at, end = m.Date, m.Start, m.End
		if order == monthFirst {
			best = monthFirstDotted(s[at:end], best)
		}
	}
	for _, loc := range reDayMonthAny.FindAllStringSubmatchIndex(s, -1) {
		if at >= 0 && loc[0] >= at {
			break
		}
		mon, ok := dates.LookupMonth(s[loc[4]:loc[5]])
		if !ok {
			continue
		}
		if d, ok := makeDay(dates.Atoi(s[loc[6]:loc[7]]), int(mon), dates.Atoi(s[loc[2]:loc[3]])); ok {
			best, at, end = d, loc[0], loc[1]
			break
		}
	}
	// reShortDot needs a dot, reShortSlash a slash, reNumericDate one of
	// the two: a text without them is not searched for these forms.
	hasDot, hasSlash := strings.IndexByte(s, '.') >= 0, strings.IndexByte(s, '/') >= 0
	if short && hasDot {
		for _, loc := range reShortDot.FindAllStringSubmatchIndex(s, -1) {
			if at >= 0 && loc[0] >= at {
				break
			}
			// Not part of a longer dotted number (1.10.23.4, 19.12.2019).
			if loc[1] < len(s) && (s[loc[1]] == '.' && loc[1]+1 < len(s) && isDigit(s[loc[1]+1]) || isDigit(s[loc[1]])) {
				continue
			}
			if loc[0] > 0 && (s[loc[0]-1] == '.' || isDigit(s[loc[0]-1])) {
				continue
			}
			a, b := dates.Atoi(s[loc[2]:loc[3]]), dates.Atoi(s[loc[4]:loc[5]])
			if b > 12 && a <= 12 || order == monthFirst && b <= 12 {
				a, b = b, a // month first, as US pages write it ("10.26.12")
			}
			if d, ok := makeDay(2000+dates.Atoi(s[loc[6]:loc[7]]), b, a); ok {
				best, at, end = d, loc[0], loc[1]
				break
			}
		}
	}
	if short && hasSlash {
		// "24/10/12", "01/13/08" in date lines: slashed with a two-digit
		// year, read only where the order is beyond doubt (one number above
		// 12) or known for the page.
		for _, loc := range reShortSlash.FindAllStringSubmatchIndex(s, -1) {
			if at >= 0 && loc[0] >= at {
				break
			}
			if loc[0] > 0 && (isDigit(s[loc[0]-1]) || s[loc[0]-1] == '/') || loc[1] < len(s) && (s[loc[1]] == '/' || isDigit(s[loc[1]])) {
				continue
			}
			a, b := dates.Atoi(s[loc[2]:loc[3]]), dates.Atoi(s[loc[4]:loc[5]])
			day, mon, ok := numericDayMonth(a, b, order)
			if !ok {
				continue
			}
			if d, ok := makeDay(2000+dates.Atoi(s[loc[6]:loc[7]]), mon, day); ok {
				best, at, end = d, loc[0], loc[1]
				break
			}
		}
	}
	if short && (hasDot || hasSlash) {
		// "17/02/2022" and "4. 2. 2022." in date lines: numeric dates
		// findDate leaves, the slashed ones only where the order is
		// beyond doubt (one of the two numbers above 12).
		for _, loc := range reNumericDate.FindAllStringSubmatchIndex(s, -1) {
			if at >= 0 && loc[0] >= at {
				break
			}
			if loc[0] > 0 && (isDigit(s[loc[0]-1]) || s[loc[0]-1] == '/' || s[loc[0]-1] == '.') {
				continue
			}
			a, b, y := dates.Atoi(s[loc[2]:loc[3]]), dates.Atoi(s[loc[6]:loc[7]]), dates.Atoi(s[loc[8]:loc[9]])
			day, mon := a, b
			if s[loc[4]:loc[5]] == "/" {
				var ok bool
				if day, mon, ok = numericDayMonth(a, b, order); !ok {
					continue
				}
			}
			if d, ok := makeDay(y, mon, day); ok {
				best, at, end = d, loc[0], loc[1]
				break
			}
		}
	}
	return best, at, end, at >= 0
}

// TestAnyDateSpanPrefilterSame checks AnyDateSpan with its byte
// prefilters against every regexp over the whole text, for each numeric
// order, short or not, on the text of every text node and of every
// element under 600 bytes of the test pages, and 20,000 random texts of
// date pieces.
func TestAnyDateSpanPrefilterSame(t *testing.T) {
	var texts []string
	var text func(n *html.Node) string
	text = func(n *html.Node) string {
		if n.Type == html.TextNode {
			texts = append(texts, n.Data)
			return n.Data
		}
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			b.WriteString(text(c))
		}
		if n.Type == html.ElementNode && b.Len() < 600 {
			texts = append(texts, b.String())
		}
		return b.String()
	}
	for _, root := range equivPages(t) {
		text(root)
	}
	pieces := []string{"0", "1", "2", "9", "12", "13", "31", "2019", "1999", "20190", "-", ".", ". ", "/", ",", ":", " ", "  ", "\t", "\n", "\f", "\v", "\u00a0",
		"May", "june", "Dec.", "März", "Januar", "июня", "de", "del", "er", "º", "°", "st", "nd", "th", "T", "at", "г.", "PM", "x", "é"}
	r := rand.New(rand.NewSource(13))
	for range 20000 {
		var b strings.Builder
		for k := r.Intn(14); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	texts = sampleCases(texts)
	cs := []*model.Config{nil, {Loc: time.FixedZone("X", 3600)}}
	found := 0
	seen := map[string]bool{}
	for i, s := range texts {
		if seen[s] || !textutil.HasDigitRun(s, 2) {
			continue // both answer at once without two digits in a row
		}
		seen[s] = true
		for _, c := range cs[:1+i%2] {
			for _, short := range []bool{false, true} {
				for _, order := range []numericOrder{orderUnknown, dayFirst, monthFirst} {
					d, at, end, ok := AnyDateSpan(s, c, short, order)
					wd, wat, wend, wok := anyDateSpanBeforePrefilter(s, c, short, order)
					if ok != wok || at != wat || end != wend || !reflect.DeepEqual(d, wd) {
						t.Fatalf("AnyDateSpan(%q, %v, %v) = %v %d %d %v, want %v %d %d %v", s, short, order, d, at, end, ok, wd, wat, wend, wok)
					}
					if ok {
						found++
					}
				}
			}
		}
	}
	t.Logf("%d texts, %d dates", len(seen), found)
	if found < randomCases(150) {
		t.Fatalf("only %d dates found in %d texts: the test reads too few", found, len(texts))
	}
	_ = dates.Atoi
}
