package article

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/textutil"
)

// devSectionLabel is one record of testdata/webextract-dev-sections.json:
// the section a dev page of the web-extract benchmark prints, read by the
// benchmark README's rule ("the section the page shows the article filed
// under (breadcrumb, highlighted section tab, 'Filed under', a section
// label over the headline), the deepest level; null when none; tags are
// not sections"). Form names the printed form it was read from
// (breadcrumb, menu-tab, filed-under, meta-line, label-over-headline,
// section-heading, body-class, none). Set says why the record is there:
// "relabelled" corrects the section of a page of
// testdata/webextract-dev-meta.json whose label said null although the
// page prints one; "fresh2" labels a Dragnet or L3S-GN1 dev page that no
// label covered before (section only), so that section rules can be
// checked on pages they were not written from; "fresh3" labels pages no
// label covered, picked because the directory-link source
// (internal/htmlx/section_url.go) answers on them, to check its precision
// on pages it was not written from; "fresh4" labels the first 30 Dragnet
// and the first 30 L3S-GN1 dev pages by id that no label covered (issue
// 12, drawn as the validation labels were: half and half, first by id),
// labelled before any rule was written from them; "fresh5" labels 30
// Dragnet and 30 L3S-GN1 dev pages no section label covered, drawn the
// same way but sites no section label covered first (every L3S-GN1 dev
// page had a title label already, so these overlay pages labelled for the
// other fields only), labelled by reading the page before the extractor
// ran on them.
type devSectionLabel struct {
	Section *string `json:"section"`
	Form    string  `json:"form"`
	Set     string  `json:"set"`
	Notes   string  `json:"notes"`
}

// devSectionsFile holds the section overlay on
// testdata/webextract-dev-meta.json (a file of its own, so that the
// section labels and the other fields' labels are edited apart).
const devSectionsFile = "testdata/webextract-dev-sections.json"

// readDevSections reads the section overlay.
func readDevSections(t testing.TB) map[string]devSectionLabel {
	t.Helper()
	raw, err := os.ReadFile(devSectionsFile)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]devSectionLabel
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// overlayDevSections applies the section overlay to labels: a page of the
// overlay already labelled takes the overlay's section (and is labelled
// for section from then on); with addNew, a page not labelled is added
// with its section only.
func overlayDevSections(labels []devMetaLabel, over map[string]devSectionLabel, addNew bool) []devMetaLabel {
	seen := map[string]bool{}
	for i := range labels {
		o, ok := over[labels[i].ID]
		if !ok {
			continue
		}
		seen[labels[i].ID] = true
		labels[i].Section = o.Section
		labels[i].Unlabelled = slices.DeleteFunc(slices.Clone(labels[i].Unlabelled), func(f string) bool { return f == "section" })
	}
	ids := make([]string, 0, len(over))
	for id := range over {
		if addNew && !seen[id] {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		labels = append(labels, devMetaLabel{ID: id, Section: over[id].Section, Unlabelled: []string{"title", "authors", "date"}})
	}
	return labels
}

// TestDevSectionsOverlay checks the overlay file itself: every record
// names a dev page, a known set and form, a section only where the form
// prints one, and a note.
func TestDevSectionsOverlay(t *testing.T) {
	over := readDevSections(t)
	if len(over) < 60 {
		t.Fatalf("%d records, want 60 or more", len(over))
	}
	forms := []string{"breadcrumb", "menu-tab", "filed-under", "meta-line", "label-over-headline", "section-heading", "body-class", "none"}
	fresh := 0
	for id, o := range over {
		if !strings.HasPrefix(id, "dragnet-") && !strings.HasPrefix(id, "l3s-") {
			t.Errorf("%s: not a Dragnet or L3S-GN1 page", id)
		}
		if !slices.Contains([]string{"relabelled", "fresh2", "fresh3", "fresh4", "fresh5"}, o.Set) {
			t.Errorf("%s: set %q", id, o.Set)
		}
		if !slices.Contains(forms, o.Form) {
			t.Errorf("%s: form %q", id, o.Form)
		}
		if (o.Section == nil) != (o.Form == "none") {
			t.Errorf("%s: section %v with form %q", id, o.Section, o.Form)
		}
		if o.Section != nil && textutil.NormalizeSpace(*o.Section) != *o.Section {
			t.Errorf("%s: section %q not normalised", id, *o.Section)
		}
		if o.Notes == "" {
			t.Errorf("%s: no note", id)
		}
		if o.Set == "fresh2" {
			fresh++
		}
	}
	if fresh < 60 {
		t.Errorf("%d fresh2 pages, want 60 or more", fresh)
	}
}

// TestWebExtractDevSections measures the section on the labelled dev
// pages with the overlay applied, apart for the pages labelled before
// (corrected by the overlay) and each fresh set, each also by the two
// halves of the sites (siteHalf) and by source corpus, and counts the
// misses by the printed form. Floors a page or two below the figures when the overlay was made.
func TestWebExtractDevSections(t *testing.T) {
	if raceEnabled {
		t.Skip("skipped under -race: .ci/run runs it without")
	}
	gt, labels := loadDevMeta(t)
	over := readDevSections(t)
	labels = overlayDevSections(labels, over, true)
	type tally struct{ section, none metaTally }
	// sets[name][i]: [0] all, [1] half A, [2] half B, [3] Dragnet, [4]
	// L3S-GN1; "all" sums every set.
	sets := map[string]*[5]tally{}
	missForm := map[string]int{}
	for _, l := range labels {
		if slices.Contains(l.Unlabelled, "section") {
			continue
		}
		g, found := gt[l.ID]
		if !found {
			t.Fatalf("%s: not a dev page of the benchmark", l.ID)
		}
		_, a := parseDevPage(t, g)
		o, inOver := over[l.ID]
		tag := "old"
		if inOver && o.Set != "relabelled" {
			tag = o.Set
		}
		half := siteHalf(g.Site, l.ID)
		source := 3
		if strings.HasPrefix(l.ID, "l3s-") {
			source = 4
		}
		var into []*tally
		for _, name := range []string{tag, "all"} {
			if sets[name] == nil {
				sets[name] = new([5]tally)
			}
			into = append(into, &sets[name][0], &sets[name][1+half], &sets[name][source])
		}
		got := foldSectionForTest(a.Section)
		var ok bool
		var what string
		if l.Section != nil {
			ok = got == foldSectionForTest(*l.Section)
			for _, s := range into {
				s.section.add(ok)
			}
			what = fmt.Sprintf("section %q, got %q", *l.Section, a.Section)
		} else {
			ok = got == ""
			for _, s := range into {
				s.none.add(ok)
			}
			what = fmt.Sprintf("no section, got %q", a.Section)
		}
		if !ok {
			form := o.Form
			if !inOver {
				form = "old label"
			}
			kind := "wrong"
			if got == "" {
				kind = "none found"
			} else if l.Section == nil {
				kind = "false"
			}
			missForm[form+" / "+kind]++
			t.Logf("%s (%s, half %c): %s", l.ID, tag, 'A'+half, what)
		}
	}
	for _, name := range []string{"old", "fresh2", "fresh3", "fresh4", "fresh5", "all"} {
		s := sets[name]
		if s == nil {
			continue
		}
		for i, part := range []string{"", "half A: ", "half B: ", "Dragnet: ", "L3S-GN1: "} {
			t.Logf("%s pages %ssection %v, none where none shown %v", name, part, s[i].section, s[i].none)
		}
	}
	set := func(name string) *[5]tally {
		if sets[name] == nil {
			return new([5]tally)
		}
		return sets[name]
	}
	old, fresh, fresh4, fresh5 := set("old"), set("fresh2"), set("fresh4"), set("fresh5")
	var keys []string
	for k := range missForm {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("misses by form: %s: %d", k, missForm[k])
	}
	// Floors below the figures when the overlay was made (old pages
	// 149/202, none 100/103; fresh2 31/44, none 16/17) and after the
	// <body> class source (fresh2 32/44); old pages 0.75 after the
	// directory-link sources (157/202); fresh4 26/44 (none 15/16) before
	// the section-heading sources of issue 12, 30/44 after, old pages
	// 162/202; fresh5 10/24 (none 30/36) as first labelled, 13/28 (none
	// 30/32) once four menu marks misread were corrected (rules written
	// from it then gained on one site or one half only and were not kept).
	floors := []struct {
		name  string
		m     metaTally
		floor float64
	}{
		{"old pages section", old[0].section, 0.78},
		{"old pages no section", old[0].none, 0.93},
		{"fresh2 section", fresh[0].section, 0.40},
		{"fresh2 no section", fresh[0].none, 0.80},
		{"fresh4 section", fresh4[0].section, 0.60},
		{"fresh4 no section", fresh4[0].none, 0.85},
		{"fresh5 section", fresh5[0].section, 0.44},
		{"fresh5 no section", fresh5[0].none, 0.87},
	}
	for _, f := range floors {
		if got := float64(f.m.right) / float64(max(f.m.n, 1)); got < f.floor {
			t.Errorf("%s %v, below the floor %.2f", f.name, f.m, f.floor)
		}
	}
}

// foldSectionForTest folds a section as the scorer compares it: white
// space normalised, lower case.
func foldSectionForTest(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
