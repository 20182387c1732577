package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
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
// YYYY-MM-DD, or null when the page shows none; Section is the deepest
// section the page shows the article filed under (breadcrumb, highlighted
// tab, "Filed under", a label over the headline), null when none;
// Unlabelled names the fields left out because the page does not settle
// them. Fresh marks the pages labelled from sites no rule had been written
// for (the third, fourth and fifth rounds of issue 12, and the sixth,
// Round "fresh3"), kept as a held-out check:
// rules are written from the misses of the other pages, or of one half of
// the fresh pages' sites, and kept only when they gain on the other half.
type devMetaLabel struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Authors    []string `json:"authors"`
	Date       *string  `json:"date"`
	Section    *string  `json:"section"`
	Unlabelled []string `json:"unlabelled"`
	Fresh      bool     `json:"fresh"`
	Round      string   `json:"round"`
	Relabel    string   `json:"authors_relabel"`
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
// where none is credited; date by day; no date where none is shown;
// section case-insensitively, and none where none is shown.
type webExtractMetaScores struct {
	title, titleLenient, author, authorLenient, noAuthor, date, noDate, section, noSection metaTally
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
		if au.Role != "" && au.Role != RoleAuthor {
			continue // an editor, translator or photographer is no author (as the exporters)
		}
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
	if !slices.Contains(l.Unlabelled, "section") {
		got := ws(a.Section)
		if l.Section != nil {
			ok := got == ws(*l.Section)
			s.section.add(ok)
			if !ok {
				wrong = append(wrong, fmt.Sprintf("section %q, got %q", *l.Section, a.Section))
			}
		} else {
			s.noSection.add(got == "")
			if got != "" {
				wrong = append(wrong, fmt.Sprintf("no section, got %q", a.Section))
			}
		}
	}
	return wrong
}

// log writes the figures of s, each line prefixed with what.
func (s *webExtractMetaScores) log(t *testing.T, what string) {
	t.Helper()
	t.Logf("%stitle exact %v, lenient %v", what, s.title, s.titleLenient)
	t.Logf("%sauthors exact %v, lenient %v, none where none credited %v", what, s.author, s.authorLenient, s.noAuthor)
	t.Logf("%sdate %v, none where none shown %v", what, s.date, s.noDate)
	t.Logf("%ssection %v, none where none shown %v", what, s.section, s.noSection)
}

// siteHalf splits labelled pages into two halves by site (FNV-1a of the
// registrable domain, or of the page id when the site is unknown), so that
// a rule can be checked on the half of the sites it was not written for.
func siteHalf(site, id string) int {
	if site == "" {
		site = id
	}
	h := uint32(2166136261)
	for i := 0; i < len(site); i++ {
		h ^= uint32(site[i])
		h *= 16777619
	}
	return int(h % 2)
}

// TestWebExtractDevMetadata measures headline, authors and date on the
// hand-labelled dev pages of the web-extract benchmark (older news and blog
// pages, mostly without structured data) and fails when a figure falls
// below the floor it reached when the labels were made. The pages live in
// ../shared; without them the test skips. Run with -v to see each miss.
func TestWebExtractDevMetadata(t *testing.T) {
	if raceEnabled {
		t.Skip("skipped under -race: .ci/run runs it without")
	}
	gt, labels := loadDevMeta(t)
	if len(labels) < 430 {
		t.Fatalf("%d labelled pages, want 430 or more", len(labels))
	}
	// Section corrections of testdata/webextract-dev-sections.json (its
	// fresh2 pages are measured by TestWebExtractDevSections).
	labels = overlayDevSections(labels, readDevSections(t), false)
	var s webExtractMetaScores
	var halves, freshHalves [2]webExtractMetaScores
	var fresh, fresh3, fresh4, relabelled4 webExtractMetaScores
	var fresh3Halves, fresh4Halves, fresh5Halves [2]webExtractMetaScores
	// fresh5 is the round drawn to match the validation labels' selection
	// (the first Dragnet pages by id and L3S-GN1 pages); bySource splits
	// every labelled page by its source corpus, whose shares differ
	// between the labelled dev pages and validation's (half each).
	var fresh5 webExtractMetaScores
	bySource := map[string]*webExtractMetaScores{}
	for _, l := range labels {
		g, ok := gt[l.ID]
		if !ok {
			t.Fatalf("%s: not a dev page of the benchmark", l.ID)
		}
		_, a := parseDevPage(t, g)
		half := siteHalf(g.Site, l.ID)
		halves[half].score(l, a)
		if l.Fresh {
			fresh.score(l, a)
			freshHalves[half].score(l, a)
		}
		switch l.Round {
		case "fresh3":
			fresh3.score(l, a)
			fresh3Halves[half].score(l, a)
		case "fresh4":
			fresh4.score(l, a)
			fresh4Halves[half].score(l, a)
		case "fresh5":
			fresh5.score(l, a)
			fresh5Halves[half].score(l, a)
		}
		src, _, _ := strings.Cut(l.ID, "-")
		if bySource[src] == nil {
			bySource[src] = &webExtractMetaScores{}
		}
		bySource[src].score(l, a)
		if l.Relabel == "relabelled4" {
			relabelled4.score(l, a)
		}
		for _, w := range s.score(l, a) {
			t.Logf("%s (half %c): %s", l.ID, 'A'+half, w)
		}
	}
	s.log(t, "")
	halves[0].log(t, "half A (sites by hash): ")
	halves[1].log(t, "half B: ")
	fresh.log(t, "fresh pages: ")
	freshHalves[0].log(t, "fresh pages, half A: ")
	freshHalves[1].log(t, "fresh pages, half B: ")
	fresh3.log(t, "round fresh3: ")
	fresh3Halves[0].log(t, "round fresh3, half A: ")
	fresh3Halves[1].log(t, "round fresh3, half B: ")
	fresh4.log(t, "round fresh4: ")
	fresh4Halves[0].log(t, "round fresh4, half A: ")
	fresh4Halves[1].log(t, "round fresh4, half B: ")
	fresh5.log(t, "round fresh5: ")
	fresh5Halves[0].log(t, "round fresh5, half A: ")
	fresh5Halves[1].log(t, "round fresh5, half B: ")
	relabelled4.log(t, "relabelled4: ")
	for _, src := range slices.Sorted(maps.Keys(bySource)) {
		bySource[src].log(t, "source "+src+": ")
	}
	floors := []struct {
		name  string
		m     metaTally
		floor float64
	}{
		// Floors one or two pages below the figures on the 256 labelled
		// pages (108 labelled in the first round, 148 added for issue 12
		// so that rules could be checked on pages they were not written
		// for, and on two halves of the sites). Before the rules of the
		// second round: title lenient 228/254, authors lenient 149/191,
		// no author 39/43, date 199/235, section 85/123, no section
		// 45/48; after them 229/254, 168/191, 39/43, 215/235, 90/123,
		// 45/48. A third round added 26 L3S-GN1 pages that no rule was
		// written for (authors and date only, from their bylines and
		// date lines): authors 16/26 and dates 17/18 right on them when
		// labelled, near validation's figures, so the authors floor
		// went from 0.86 to 0.84 (184/217 in all). A fourth round added
		// 92 pages, one from each of 92 dev sites none of the labelled
		// pages came from (authors only): 65/80 authors and 12/12 "no
		// author" right on them when labelled, so the floor went to 0.83
		// (249/297 in all; the fresh pages 81/106). The two rules of
		// that round that gained on the fresh half they were not written
		// from (a team credited with its "the"; a blog's credit line
		// searched from the page's start when no headline is located)
		// took it to 253/297 (fresh pages 83/106). A fifth round added
		// 64 pages from the Dragnet and L3S-GN1 dev sites none of the
		// labelled pages came from (title, authors, date and section as
		// the page settles them) and the date and section of 82 pages
		// of the third and fourth rounds: on the 64, authors 21/36 and
		// "no author" 13/14 right, so the floor goes to 0.82 (274/333);
		// on all fresh pages, date 112/125 and section 60/75 right,
		// "no section" 57/59. A sixth round (Round "fresh3") added 85
		// Dragnet and L3S-GN1 pages of the sites with the fewest labelled
		// pages (the ten sites with none first), title, authors and date
		// only: today's code on them, before any rule was written from
		// them, title lenient 70/83, authors lenient 47/56, "no author"
		// 21/21, date 68/76, "no date" 5/5 (one page relabelled after:
		// a date badge over its headline missed when labelling). The
		// rules of that round (a date line over the lead, the credit
		// over the lead, byline debris, a caption's date under the
		// headline) took all pages to authors 334/389, date 412/436, so
		// the floors go to 0.84 and 0.93. A seventh round relabelled by
		// the README's convention 14 pages labelled as crediting nobody
		// (a wire's or an outlet's credit under the story, a name line, a
		// "Posted by:" line) and wrote out the wires printed "AP" and
		// "UPI" ("relabelled4"), and added 70 pages of the sites with the
		// fewest labels, authors only (Round "fresh4": today's code on
		// them 47/58, "no author" 11/12): authors 389/463. The credits
		// closing syndicated copy (a copyright line broken or with "by",
		// a site's naming the wire after "and", a "Source: X" line) took
		// it to 396/463, so the floor goes to 0.85; a blog's dated "by"
		// line to 397/463, and a meta author naming the site's web
		// agency skipped took "no author" to 84/86.
		{"title lenient", s.titleLenient, 0.89},
		// An eighth round (Round "fresh5", authors only) was drawn to
		// match the validation labels' selection as the benchmark README
		// gives it (the first Dragnet pages by id, and L3S-GN1 pages,
		// half each there, a third of the labelled dev pages before):
		// the 50 unlabelled dev pages among the first 100 Dragnet pages
		// by id and the 16 L3S-GN1 dev pages not labelled before. Today's
		// code on them before any rule: authors 39/52 (Dragnet 35/40,
		// L3S-GN1 4/12), "no author" 14/14; all pages 436/515. The
		// rules of that round (a blog post's closing "By X | date"
		// footer, wire datelines of older agency copy, a wire's
		// sign-off) and one relabel ("relabelled5": a story closed by
		// "- REUTERS") took it to 443/516, so the floor stays 0.85.
		{"authors lenient", s.authorLenient, 0.85},
		{"no author where none is credited", s.noAuthor, 0.88},
		{"date", s.date, 0.93},
		// Section: 86/123 since the three section sources of the
		// second round that gained on half A of the sites only (a
		// short <h1> over the headline, a category listing's link by
		// the headline, a <title> segment backed by the address) were
		// removed.
		{"section", s.section, 0.69},
		{"no section where none is shown", s.noSection, 0.91},
	}
	for _, f := range floors {
		if got := float64(f.m.right) / float64(max(f.m.n, 1)); got < f.floor {
			t.Errorf("%s %v, below the floor %.3f", f.name, f.m, f.floor)
		}
	}
}

// devPage is a web-extract dev page's entry in its ground-truth.json.
type devPage struct {
	File string `json:"file"`
	URL  string `json:"url"`
	Site string `json:"site"`
}

// loadDevMeta reads the web-extract dev pages' ground truth (skipping t
// when ../shared is absent) and the metadata labels of
// testdata/webextract-dev-meta.json.
func loadDevMeta(t *testing.T) (map[string]devPage, []devMetaLabel) {
	t.Helper()
	gtBytes, err := os.ReadFile(filepath.Join(webExtractDevDir, "ground-truth.json"))
	if err != nil {
		t.Skipf("web-extract dev pages not found at %s (../shared is absent in a fresh clone)", webExtractDevDir)
	}
	var gt map[string]devPage
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
	return gt, labels
}

// parseDevPage reads the web-extract dev page g and parses it as the
// metadata tests score it, whatever the page-kind verdict (a page judged
// a list still has a headline, a byline and a date to get right): the
// page's bytes and the Article, empty when parsing gave none.
func parseDevPage(t *testing.T, g devPage) ([]byte, *Article) {
	t.Helper()
	page, err := eval.ReadGzip(filepath.Join(webExtractDevDir, g.File))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := ParseHTML(bytes.NewReader(page), WithURL(g.URL))
	if a == nil {
		a = &Article{}
	}
	return page, a
}
