package article

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// ruHTMLLabel is one record of testdata/ru-html/labels.json: a Russian
// news article page as saved, with what a reader sees on it, read by the
// web-extract README's "Metadata labels" rule. Section is the rubric the
// page prints the article under (breadcrumb, highlighted section tab,
// "Рубрика:", a label over the headline; the deepest level; null when
// none; tags are not sections), Form how it is printed.
type ruHTMLLabel struct {
	File    string    `json:"file"`
	URL     string    `json:"url"`
	Site    int       `json:"site"`
	Origin  string    `json:"origin"`
	Section *string   `json:"section"`
	Form    string    `json:"form"`
	Title   string    `json:"title"`
	Authors *[]string `json:"authors"`
	Date    *string   `json:"date"`
	Notes   string    `json:"notes"`
}

// readRuHTML reads the labels and the pages of testdata/ru-html.
func readRuHTML(t testing.TB) ([]ruHTMLLabel, map[string][]byte) {
	t.Helper()
	raw, err := os.ReadFile("testdata/ru-html/labels.json")
	if err != nil {
		t.Fatal(err)
	}
	var labels []ruHTMLLabel
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatal(err)
	}
	pages := map[string][]byte{}
	for _, l := range labels {
		f, err := os.Open(filepath.Join("testdata/ru-html", l.File))
		if err != nil {
			t.Fatal(err)
		}
		z, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(z)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		pages[l.File] = b
	}
	return labels, pages
}

// ruTally counts right answers out of all.
type ruTally struct{ right, all int }

func (c *ruTally) add(ok bool) {
	c.all++
	if ok {
		c.right++
	}
}

func (c ruTally) share() float64 {
	if c.all == 0 {
		return 0
	}
	return float64(c.right) / float64(c.all)
}

func (c ruTally) String() string {
	return fmt.Sprintf("%d/%d = %.3f", c.right, c.all, c.share())
}

// ruFold folds a label and a value for comparison: case, white space and
// the letter ё.
func ruFold(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(s), " ")), "ё", "е")
}

// TestRuHTMLLabels checks the label file itself: every page labelled
// once, a form for every section, normalised values, a site number.
func TestRuHTMLLabels(t *testing.T) {
	labels, _ := readRuHTML(t)
	seen := map[string]bool{}
	for _, l := range labels {
		if seen[l.File] {
			t.Errorf("%s labelled twice", l.File)
		}
		seen[l.File] = true
		if l.Site <= 0 || l.URL == "" || l.Origin == "" {
			t.Errorf("%s: site %d, url %q, origin %q", l.File, l.Site, l.URL, l.Origin)
		}
		if (l.Section == nil) != (l.Form == "none") {
			t.Errorf("%s: section %v with form %q", l.File, l.Section, l.Form)
		}
		if l.Section != nil && strings.Join(strings.Fields(*l.Section), " ") != *l.Section {
			t.Errorf("%s: section %q not normalised", l.File, *l.Section)
		}
	}
	if len(labels) < 12 {
		t.Errorf("%d pages, want at least 12", len(labels))
	}
}

// TestRuHTMLSections measures the section (and, as a bonus, title,
// authors and date) on the Russian news pages of testdata/ru-html, on
// the whole set and on its two halves by site (A: odd site numbers, B:
// even). Section right counts the pages that print a rubric and get it
// (case-insensitively); false sections count a section found where the
// page prints none.
func TestRuHTMLSections(t *testing.T) {
	labels, pages := readRuHTML(t)
	var sec, none, title, authors, date [3]ruTally
	misses := map[string]int{}
	for _, l := range labels {
		a, _ := ParseHTML(bytes.NewReader(pages[l.File]), WithURL(l.URL))
		if a == nil {
			t.Fatalf("%s: no article", l.File)
		}
		half := 1 + (l.Site+1)%2 // odd sites: A (1), even: B (2)
		add := func(c *[3]ruTally, ok bool) {
			c[0].add(ok)
			c[half].add(ok)
		}
		if l.Section != nil {
			ok := ruFold(a.Section) == ruFold(*l.Section)
			add(&sec, ok)
			if !ok {
				kind := "wrong"
				if a.Section == "" {
					kind = "none found"
				}
				misses[l.Form+" / "+kind]++
				t.Logf("%s (site %d, %c): section %q, got %q", l.File, l.Site, 'A'+half-1, *l.Section, a.Section)
			}
		} else {
			add(&none, a.Section == "")
			if a.Section != "" {
				misses["none / false"]++
				t.Logf("%s (site %d, %c): no section, got %q", l.File, l.Site, 'A'+half-1, a.Section)
			}
		}
		add(&title, ruFold(a.Headline) == ruFold(l.Title))
		var got []string
		for _, au := range a.Authors {
			got = append(got, ruFold(au.Name))
		}
		var want []string
		if l.Authors != nil {
			for _, au := range *l.Authors {
				want = append(want, ruFold(au))
			}
			sort.Strings(got)
			sort.Strings(want)
			add(&authors, strings.Join(got, "|") == strings.Join(want, "|"))
		}
		gotDate := ""
		if !a.DatePublished.IsZero() {
			gotDate = a.DatePublished.Time.Format("2006-01-02")
		}
		wantDate := ""
		if l.Date != nil {
			wantDate = *l.Date
		}
		add(&date, gotDate == wantDate)
		if testing.Verbose() && (ruFold(a.Headline) != ruFold(l.Title) || l.Authors != nil && strings.Join(got, "|") != strings.Join(want, "|") || gotDate != wantDate) {
			t.Logf("%s bonus: title %q / %q; authors %q / %q; date %q / %q", l.File, a.Headline, l.Title, got, want, gotDate, wantDate)
		}
	}
	for i, name := range []string{"all", "half A", "half B"} {
		t.Logf("%s: section %v, none where none printed %v; title %v, authors %v, date %v", name, sec[i], none[i], title[i], authors[i], date[i])
	}
	keys := make([]string, 0, len(misses))
	for k := range misses {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("miss %s: %d", k, misses[k])
	}
	// Floors a little below the figures measured when the rules were
	// written (see testdata/ru-html/NOTES.md).
	for i, floor := range ruSectionFloors {
		if sec[i].share() < floor {
			t.Errorf("%s section %v, below the floor %.2f", []string{"all", "half A", "half B"}[i], sec[i], floor)
		}
	}
	if none[0].all > 0 && none[0].share() < ruNoneFloor {
		t.Errorf("no section where none printed %v, below the floor %.2f", none[0], ruNoneFloor)
	}
}

// ruSectionFloors are the floors of the section share on all pages and on
// halves A and B; ruNoneFloor that of the pages printing no rubric.
var (
	ruSectionFloors = [3]float64{0.9, 0.95, 0.95}
	ruNoneFloor     = 0.0
)
