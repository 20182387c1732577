package article

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
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
	return readRuHTMLDir(t, "testdata/ru-html")
}

// readRuHTMLDir reads labels.json and the gzipped pages it names from dir.
func readRuHTMLDir(t testing.TB, dir string) ([]ruHTMLLabel, map[string][]byte) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, "labels.json"))
	if err != nil {
		t.Fatal(err)
	}
	var labels []ruHTMLLabel
	if err := json.Unmarshal(raw, &labels); err != nil {
		t.Fatal(err)
	}
	pages := map[string][]byte{}
	for _, l := range labels {
		f, err := os.Open(filepath.Join(dir, l.File))
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

// TestRuHTMLLabels checks the label files themselves (testdata/ru-html
// and, where present, the held-out testdata/ru-html2): every page
// labelled once, a form for every section, normalised values, a site
// number.
func TestRuHTMLLabels(t *testing.T) {
	labels, _ := readRuHTML(t)
	checkRuHTMLLabels(t, labels)
	if len(labels) < 12 {
		t.Errorf("%d pages, want at least 12", len(labels))
	}
	if _, err := os.Stat(filepath.Join(ruHeldOutDir, "labels.json")); err == nil {
		held, _ := readRuHTMLDir(t, ruHeldOutDir)
		checkRuHTMLLabels(t, held)
	}
}

func checkRuHTMLLabels(t *testing.T, labels []ruHTMLLabel) {
	t.Helper()
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
}

// ruHTMLScore holds the tallies of one measure of a labelled set, by
// group (index 0 is all pages), and the misses by printed form.
type ruHTMLScore struct {
	sec, none, title, authors, date []ruTally
	misses                          map[string]int
}

// measureRuHTML parses each page and tallies the section (right where the
// page prints a rubric, none where it prints none; case-insensitive), the
// title, the authors (where labelled) and the date against the labels.
// group puts a page in a group 1..groups-1 besides the whole set (0).
// With logPages each miss is logged with its page; without, only the
// tallies are kept (a held-out set is read in aggregate only).
func measureRuHTML(t *testing.T, labels []ruHTMLLabel, pages map[string][]byte, groups int, group func(ruHTMLLabel) int, logPages bool) ruHTMLScore {
	t.Helper()
	sc := ruHTMLScore{
		sec: make([]ruTally, groups), none: make([]ruTally, groups), title: make([]ruTally, groups),
		authors: make([]ruTally, groups), date: make([]ruTally, groups), misses: map[string]int{},
	}
	for _, l := range labels {
		a, _ := ParseHTML(bytes.NewReader(pages[l.File]), WithURL(l.URL))
		if a == nil {
			t.Fatalf("%s: no article", l.File)
		}
		g := group(l)
		add := func(c []ruTally, ok bool) {
			c[0].add(ok)
			c[g].add(ok)
		}
		if l.Section != nil {
			ok := ruFold(a.Section) == ruFold(*l.Section)
			add(sc.sec, ok)
			if !ok {
				kind := "wrong"
				if a.Section == "" {
					kind = "none found"
				}
				sc.misses[l.Form+" / "+kind]++
				if logPages {
					t.Logf("%s (site %d, group %d): section %q, got %q", l.File, l.Site, g, *l.Section, a.Section)
				}
			}
		} else {
			add(sc.none, a.Section == "")
			if a.Section != "" {
				sc.misses["none / false"]++
				if logPages {
					t.Logf("%s (site %d, group %d): no section, got %q", l.File, l.Site, g, a.Section)
				}
			}
		}
		add(sc.title, ruFold(a.Headline) == ruFold(l.Title))
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
			add(sc.authors, strings.Join(got, "|") == strings.Join(want, "|"))
		}
		gotDate := ""
		if !a.DatePublished.IsZero() {
			gotDate = a.DatePublished.Time.Format("2006-01-02")
		}
		wantDate := ""
		if l.Date != nil {
			wantDate = *l.Date
		}
		add(sc.date, gotDate == wantDate)
		if logPages && testing.Verbose() && (ruFold(a.Headline) != ruFold(l.Title) || l.Authors != nil && strings.Join(got, "|") != strings.Join(want, "|") || gotDate != wantDate) {
			t.Logf("%s bonus: title %q / %q; authors %q / %q; date %q / %q", l.File, a.Headline, l.Title, got, want, gotDate, wantDate)
		}
	}
	return sc
}

// log reports the tallies of each named group and the misses by form.
func (sc ruHTMLScore) log(t *testing.T, names []string) {
	t.Helper()
	for i, name := range names {
		t.Logf("%s: section %v, none where none printed %v; title %v, authors %v, date %v", name, sc.sec[i], sc.none[i], sc.title[i], sc.authors[i], sc.date[i])
	}
	keys := make([]string, 0, len(sc.misses))
	for k := range sc.misses {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("miss %s: %d", k, sc.misses[k])
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
	names := []string{"all", "half A", "half B"}
	sc := measureRuHTML(t, labels, pages, 3, func(l ruHTMLLabel) int { return 1 + (l.Site+1)%2 }, true)
	sc.log(t, names)
	// Floors a little below the figures measured when the rules were
	// written (see testdata/ru-html/NOTES.md).
	for i, floor := range ruSectionFloors {
		if sc.sec[i].share() < floor {
			t.Errorf("%s section %v, below the floor %.2f", names[i], sc.sec[i], floor)
		}
	}
	if sc.none[0].all > 0 && sc.none[0].share() < ruNoneFloor {
		t.Errorf("no section where none printed %v, below the floor %.2f", sc.none[0], ruNoneFloor)
	}
}

// ruSectionFloors are the floors of the section share on all pages and on
// halves A and B; ruNoneFloor that of the pages printing no rubric.
var (
	ruSectionFloors = [3]float64{0.9, 0.95, 0.95}
	ruNoneFloor     = 0.0
)

// ruHeldOutDir holds Russian article pages kept out of all tuning
// (testdata/ru-html2/NOTES.md): measured here, never looked at to write
// or tune a rule.
const ruHeldOutDir = "testdata/ru-html2"

// TestRuHTMLHeldOut measures the section, title, authors and date on the
// held-out Russian pages of testdata/ru-html2, apart from the tuning set:
// on all of them, on the pages of sites that testdata/ru-html does not
// hold (no rule was written on them) and on new pages of sites it holds.
// It reports aggregates only and logs no page, so that no rule is read
// off it.
func TestRuHTMLHeldOut(t *testing.T) {
	if _, err := os.Stat(filepath.Join(ruHeldOutDir, "labels.json")); err != nil {
		t.Skipf("held-out Russian pages absent (%s/labels.json: %v): not measured", ruHeldOutDir, err)
	}
	labels, pages := readRuHTMLDir(t, ruHeldOutDir)
	tuned := map[string]bool{}
	tuning, _ := readRuHTML(t)
	for _, l := range tuning {
		tuned[ruHost(l.URL)] = true
	}
	names := []string{"held-out all", "held-out, sites not in ru-html", "held-out, sites in ru-html"}
	sc := measureRuHTML(t, labels, pages, 3, func(l ruHTMLLabel) int {
		if tuned[ruHost(l.URL)] {
			return 2
		}
		return 1
	}, false)
	sc.log(t, names)
	// Floors a little below the figures first measured on this set
	// (testdata/ru-html2/NOTES.md); they guard against a fall, they are
	// not a target to tune to.
	for i, floor := range ruHeldOutSectionFloors {
		if sc.sec[i].all > 0 && sc.sec[i].share() < floor {
			t.Errorf("%s section %v, below the floor %.2f", names[i], sc.sec[i], floor)
		}
	}
}

// ruHeldOutSectionFloors are the floors of the held-out section share on
// all pages, on the sites testdata/ru-html lacks and on those it holds.
var ruHeldOutSectionFloors = [3]float64{0.75, 0.5, 0.5}

// ruHost is the host of a page's address without "www.", or the address
// itself when it does not parse.
func ruHost(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return u
	}
	return strings.TrimPrefix(strings.ToLower(p.Host), "www.")
}
