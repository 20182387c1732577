package export

import (
	"encoding/csv"
	"strconv"
	"strings"
	"testing"

	"github.com/articlekit/article"
)

// wantRecord is the row a CSVWriter with the given separator and no formula
// guard must give back for a, built from the Article's fields directly.
func wantRecord(a *article.Article, sep string) map[string]string {
	var authors, images []string
	for _, au := range a.Authors {
		if au.Name != "" {
			authors = append(authors, au.Name)
		}
	}
	for _, im := range a.Images {
		if safeURL(im.URL) != "" {
			images = append(images, strings.TrimSpace(im.URL))
		}
	}
	var body []string
	for _, b := range a.Body {
		if b.Text != "" {
			body = append(body, b.Text)
		}
	}
	pub := ""
	if a.Publisher != nil {
		pub = a.Publisher.Name
	}
	return map[string]string{
		"url":           safeURL(a.URL),
		"headline":      a.Headline,
		"section":       a.Section,
		"datePublished": a.DatePublished.String(),
		"dateModified":  a.DateModified.String(),
		"authors":       strings.Join(authors, sep),
		"publisher":     pub,
		"language":      a.Language,
		"description":   a.Description,
		"keywords":      strings.Join(nonEmpty(a.Keywords), sep),
		"wordCount":     strconv.Itoa(a.WordCount),
		"quotes":        strconv.Itoa(len(a.Quotes)),
		"sources":       strings.Join(nonEmpty(a.Sources), sep),
		"images":        strings.Join(images, sep),
		"body":          strings.Join(body, "\n\n"),
	}
}

// TestCSVRoundTrip writes every article into one CSV with the formula guard
// off, reads it back with encoding/csv and compares every field.
func TestCSVRoundTrip(t *testing.T) {
	fxs := allArticles(t)
	// More hostile rows: commas, quotes, newlines, formulas, CR, BOM-like.
	for i, s := range []string{"a,b,c", `say "hi"`, "two\nlines", "\r\nCRLF\r\n", `=HYPERLINK("http://evil.example","click")`, "\uFEFFbom", "", " lead and trail space "} {
		a := &article.Article{Headline: s, Description: s, Section: s, Keywords: []string{s, "k"}, Body: []article.Block{{Type: article.Paragraph, Text: s + "x"}}}
		fxs = append(fxs, fixture{name: "csv hostile " + strconv.Itoa(i), a: a})
	}
	for _, opts := range []CSVOptions{{NoFormulaGuard: true}, {NoFormulaGuard: true, CRLF: true, ListSeparator: " | "}, {NoFormulaGuard: true, BOM: true}} {
		var b strings.Builder
		w := NewCSVWriter(&b, opts)
		for _, fx := range fxs {
			if err := w.Write(fx.a); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if opts.BOM {
			var ok bool
			if out, ok = strings.CutPrefix(out, "\uFEFF"); !ok {
				t.Fatal("BOM option set but no BOM written")
			}
		} else if strings.HasPrefix(out, "\uFEFF") {
			t.Fatal("BOM written without the option")
		}
		r := csv.NewReader(strings.NewReader(out))
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%+v: reading back: %v", opts, err)
		}
		if len(recs) != len(fxs)+1 {
			t.Fatalf("%+v: %d records, want header + %d", opts, len(recs), len(fxs))
		}
		header := recs[0]
		if strings.Join(header, ",") != strings.Join(CSVColumns(), ",") {
			t.Fatalf("header = %v", header)
		}
		sep := opts.ListSeparator
		if sep == "" {
			sep = DefaultListSeparator
		}
		for i, fx := range fxs {
			want := wantRecord(fx.a, sep)
			if len(want) != len(header) {
				t.Fatalf("test expects %d columns, header has %d", len(want), len(header))
			}
			for j, col := range header {
				// encoding/csv reads "\r\n" inside a quoted field as "\n".
				w := strings.ReplaceAll(want[col], "\r\n", "\n")
				if got := recs[i+1][j]; got != w {
					t.Errorf("%+v: %s: column %s = %q, want %q", opts, fx.name, col, got, w)
				}
			}
		}
	}
}

// TestCSVFormulaGuard checks the default neutralisation of formulas.
func TestCSVFormulaGuard(t *testing.T) {
	cases := map[string]string{
		"=1+1":                   "'=1+1",
		"+7 (495) 123":           "'+7 (495) 123",
		"-2":                     "'-2",
		"@SUM(A1)":               "'@SUM(A1)",
		"\tx":                    "'\tx",
		"\rx":                    "'\rx",
		"\nx":                    "'\nx",
		"a=1":                    "a=1",
		"Путин":                  "Путин",
		"":                       "",
		"'already":               "'already",
		`=HYPERLINK("http://x")`: `'=HYPERLINK("http://x")`,
	}
	for in, want := range cases {
		a := &article.Article{Headline: in, Sources: []string{in}}
		var b strings.Builder
		w := NewCSVWriter(&b, CSVOptions{})
		if err := w.Write(a); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		got := recs[1]
		if got[1] != strings.ReplaceAll(want, "\r", "\n") && got[1] != want {
			t.Errorf("headline %q written as %q, want %q", in, got[1], want)
		}
		if got[12] != strings.ReplaceAll(want, "\r", "\n") && got[12] != want {
			t.Errorf("sources %q written as %q, want %q", in, got[12], want)
		}
	}
	// Every cell of every article is guarded.
	for _, fx := range allArticles(t) {
		var b strings.Builder
		w := NewCSVWriter(&b, CSVOptions{})
		if err := w.Write(fx.a); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for j, cell := range recs[1] {
			if cell != "" && strings.ContainsRune("=+-@\t\r\n", rune(cell[0])) {
				t.Errorf("%s: column %s starts with a formula character: %q", fx.name, CSVColumns()[j], cell)
			}
		}
	}
}

// TestCSVHeaderOnly checks that Flush writes the header when no article was
// written, and only once.
func TestCSVHeaderOnly(t *testing.T) {
	var b strings.Builder
	w := NewCSVWriter(&b, CSVOptions{CRLF: true})
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	want := strings.Join(CSVColumns(), ",") + "\r\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
	cols := CSVColumns()
	cols[0] = "changed"
	if CSVColumns()[0] != "url" {
		t.Error("CSVColumns returns the package's own slice")
	}
}
