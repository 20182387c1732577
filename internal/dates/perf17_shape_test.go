package dates

import (
	"math/rand"
	"testing"
)

// TestWordedShapesNecessary checks that DayMonthYearShape and
// MonthDayYearShape hold for every text in which reDayMonth or reMonthDay
// finds a match with a year (the only matches matchWords reads), on the
// texts of the test pages and 200,000 random texts of date pieces, so
// that find, which skips matchWords where they fail, answers as before
// (TestFindPrefilterSame compares the answers themselves).
func TestWordedShapesNecessary(t *testing.T) {
	texts := equivTexts(t)
	r := rand.New(rand.NewSource(17))
	n := 200000
	if raceEnabled {
		// A tenth of the cases under the race detector, page texts
		// too: it slows each regexp run tenfold.
		n /= 10
		texts = everyTenth(texts)
	}
	for range n {
		texts = append(texts, randomDateText(r))
	}
	yearful := func(s string, g []int) bool { return len(g) > 7 && g[6] >= 0 }
	var kept, ruledOut, withYear [2]int
	for _, s := range texts {
		for k, re := range []struct {
			shape func(string) bool
			re    interface {
				FindAllStringSubmatchIndex(string, int) [][]int
			}
		}{{DayMonthYearShape, reDayMonth}, {MonthDayYearShape, reMonthDay}} {
			ok := re.shape(s)
			if ok {
				kept[k]++
			} else {
				ruledOut[k]++
			}
			for _, g := range re.re.FindAllStringSubmatchIndex(s, -1) {
				if yearful(s, g) {
					withYear[k]++
					if !ok {
						t.Fatalf("form %d: a match with a year in %q (%q), which the shape test rules out", k, s, s[g[0]:g[1]])
					}
					break
				}
			}
		}
	}
	t.Logf("day-month: %d texts kept, %d ruled out, %d with a match with a year; month-day: %d, %d, %d",
		kept[0], ruledOut[0], withYear[0], kept[1], ruledOut[1], withYear[1])
	for k := range 2 {
		if withYear[k] == 0 || ruledOut[k] == 0 {
			t.Fatalf("form %d: the cases test nothing (%d with a year, %d ruled out)", k, withYear[k], ruledOut[k])
		}
	}
}

// everyTenth returns every tenth of texts, for the race detector's runs.
func everyTenth(texts []string) []string {
	var out []string
	for i := 0; i < len(texts); i += 10 {
		out = append(out, texts[i])
	}
	return out
}
