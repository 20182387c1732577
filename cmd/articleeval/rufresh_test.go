package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The repository's own Russian sets (testdata/ru-fresh*), made because the
// tune half of ru-quotes-dev was saturated: each is real news text,
// annotated by ru-quotes-dev's rules, with its odd-numbered files to write
// rules from and its even-numbered files to check them on (NOTES.md in
// each directory gives the origins).
var ruFreshSets = []struct {
	dir string
	// articles per half, as "split tune" and "split validation" print.
	tune, check int
	// floors per half, a little under the figures measured when they
	// were last changed (a drop of one or two items fails): quotations
	// precision and recall, speaker, outlets precision and recall; a
	// negative floor is not checked (the set cites no outlet).
	floors [2][5]float64
}{
	{"ru-fresh", 36, 36, [2][5]float64{{0.95, 0.98, 0.91, 0.97, 0.95}, {0.89, 0.93, 0.87, 0.85, 0.75}}},
	{"ru-fresh2", 6, 6, [2][5]float64{{0.70, 0.85, 0.90, -1, -1}, {0.67, 0.56, 0.68, -1, -1}}},
	{"ru-fresh3", 28, 27, [2][5]float64{{0.88, 0.93, 0.92, 0.95, 0.90}, {0.79, 0.96, 0.79, 0.94, 0.82}}},
	{"ru-fresh4", 4, 4, [2][5]float64{{0.9, 0.9, 0.9, -1, -1}, {0.2, 0.9, -1, 0.9, 0.45}}},
	{"ru-fresh5", 18, 17, [2][5]float64{{0.97, 0.94, 0.96, 0.9, 0.9}, {0.86, 0.72, 0.83, 0.85, 0.7}}},
	{"ru-fresh6", 19, 19, [2][5]float64{{0.84, 0.94, 0.88, 0.45, 0.6}, {0.85, 0.85, 0.81, 0.75, 0.55}}},
	{"ru-fresh7", 19, 18, [2][5]float64{{0.97, 0.88, 0.78, 0.7, 0.75}, {0.8, 0.75, 0.75, 0.85, 0.6}}},
	{"ru-fresh8", 20, 19, [2][5]float64{{0.95, 0.83, 0.9, 0.8, 0.6}, {0.92, 0.94, 0.87, 0.95, 0.6}}},
	{"ru-fresh9", 20, 20, [2][5]float64{{0.91, 0.96, 0.85, 0.95, 0.6}, {0.85, 0.69, 0.8, 0.8, 0.55}}},
	{"ru-fresh10", 20, 20, [2][5]float64{{0.91, 0.85, 0.96, 0.95, 0.95}, {0.95, 0.87, 0.86, 0.35, 0.45}}},
	{"ru-fresh11", 19, 18, [2][5]float64{{0.95, 0.77, 0.68, 0.75, 0.6}, {0.86, 0.92, 0.83, 0.45, 0.3}}},
	{"ru-fresh12", 18, 18, [2][5]float64{{0.85, 0.97, 0.93, 0.85, 0.45}, {0.94, 0.97, 0.68, 0.7, 0.58}}},
	{"ru-fresh13", 19, 19, [2][5]float64{{0.93, 0.87, 0.85, 0.85, 0.75}, {0.96, 0.87, 0.85, 0.8, 0.55}}},
}

// ratioRE reads the figures of a half's report, in the order printed.
var ratioRE = regexp.MustCompile(`(\d\.\d{3}) \(\d+/\d+\)|n/a`)

// TestRuFreshSets scores each set with the ruquotes command: both halves
// are read with no parser error, each has something to score, and no
// figure falls under its floor.
func TestRuFreshSets(t *testing.T) {
	for _, set := range ruFreshSets {
		t.Run(set.dir, func(t *testing.T) {
			dir := filepath.Join("..", "..", "testdata", set.dir)
			if _, err := os.Stat(filepath.Join(dir, "annotations.json")); err != nil {
				t.Skipf("no testdata/%s", set.dir)
			}
			var out bytes.Buffer
			if err := run([]string{"ruquotes", dir}, &out); err != nil {
				t.Fatal(err)
			}
			s := out.String()
			heads := []string{
				"split tune: " + strconv.Itoa(set.tune) + " articles (parser errors 0)",
				"split validation: " + strconv.Itoa(set.check) + " articles (parser errors 0)",
			}
			for h, head := range heads {
				at := strings.Index(s, head)
				if at < 0 {
					t.Fatalf("output lacks %q:\n%s", head, s)
				}
				half := s[at:]
				if h == 0 {
					half = half[:strings.Index(half, heads[1])]
				}
				got := ratioRE.FindAllStringSubmatch(half, 5)
				if len(got) != 5 {
					t.Fatalf("%s: %d figures read, want 5:\n%s", head, len(got), half)
				}
				names := []string{"quotation precision", "quotation recall", "speaker", "outlet precision", "outlet recall"}
				for k, f := range set.floors[h] {
					if f < 0 {
						continue
					}
					if got[k][1] == "" {
						t.Errorf("%s: %s n/a: nothing to score", head, names[k])
						continue
					}
					if v, _ := strconv.ParseFloat(got[k][1], 64); v < f {
						t.Errorf("%s: %s %.3f, below the floor %.2f", head, names[k], v, f)
					}
				}
			}
		})
	}
}

// TestRuFreshAnnotations checks each set's hand annotation against its
// texts: every quotation (or each of its segments) is on the line given,
// and every outlet occurs in its file in one of its forms, so that a set
// cannot drift from its texts.
func TestRuFreshAnnotations(t *testing.T) {
	for _, set := range ruFreshSets {
		t.Run(set.dir, func(t *testing.T) {
			dir := filepath.Join("..", "..", "testdata", set.dir)
			raw, err := os.ReadFile(filepath.Join(dir, "annotations.json"))
			if err != nil {
				t.Skipf("no testdata/%s", set.dir)
			}
			var recs []struct {
				File   string `json:"file"`
				Quotes []struct {
					Text     string   `json:"text"`
					Segments []string `json:"segments"`
					Line     int      `json:"line"`
				} `json:"quotes"`
				Sources []struct {
					Name string   `json:"name"`
					Alts []string `json:"alts"`
				} `json:"sources"`
			}
			if err := json.Unmarshal(raw, &recs); err != nil {
				t.Fatal(err)
			}
			if len(recs) != set.tune+set.check {
				t.Errorf("%d records, want %d", len(recs), set.tune+set.check)
			}
			for _, r := range recs {
				b, err := os.ReadFile(filepath.Join(dir, r.File))
				if err != nil {
					t.Fatal(err)
				}
				lines := strings.Split(string(b), "\n")
				for _, q := range r.Quotes {
					if q.Line < 1 || q.Line > len(lines) {
						t.Errorf("%s: quotation %.30q on line %d of %d", r.File, q.Text, q.Line, len(lines))
						continue
					}
					pieces := q.Segments
					if len(pieces) == 0 {
						pieces = []string{q.Text}
					}
					for _, p := range pieces {
						if !strings.Contains(lines[q.Line-1], p) {
							t.Errorf("%s: %.40q is not on line %d", r.File, p, q.Line)
						}
					}
				}
				for _, s := range r.Sources {
					found := false
					for _, a := range append([]string{s.Name}, s.Alts...) {
						found = found || strings.Contains(string(b), a)
					}
					if !found {
						t.Errorf("%s: the outlet %q is in the text in none of its forms %q", r.File, s.Name, s.Alts)
					}
				}
			}
		})
	}
}
