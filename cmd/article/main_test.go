package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// htmlDoc returns a small HTML article whose headline is "Title n".
func htmlDoc(n int) string {
	return fmt.Sprintf(`<html lang="en"><body><article><h1>Title %d</h1>
<p>Paragraph number %d has several words in it, and the storm hit the coast on Monday morning.</p>
<p>Officials said more rain was expected on Tuesday, and schools in the area would stay closed.</p>
</article></body></html>`, n, n)
}

// writeInputs writes count HTML articles into dir as 00.html, 01.html…
func writeInputs(t *testing.T, dir string, count int) []string {
	t.Helper()
	var paths []string
	for i := range count {
		p := filepath.Join(dir, fmt.Sprintf("%02d.html", i))
		if err := os.WriteFile(p, []byte(htmlDoc(i)), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// runCLI runs the command with args and stdin, returning status, stdout and
// stderr.
func runCLI(t *testing.T, stdin string, terminal bool, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, terminal: terminal})
	return code, out.String(), errb.String()
}

func TestSingleJSON(t *testing.T) {
	p := writeInputs(t, t.TempDir(), 1)[0]
	code, out, errs := runCLI(t, "", false, p)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, "{\n  \"") {
		t.Errorf("single input not indented JSON: %q", out)
	}
	var a struct{ Headline string }
	if err := json.Unmarshal([]byte(out), &a); err != nil || a.Headline != "Title 0" {
		t.Errorf("decoded %+v, %v", a, err)
	}
}

func TestStdin(t *testing.T) {
	code, out, errs := runCLI(t, htmlDoc(7), false, "-format", "jsonld", "-url", "https://example.com/a")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatal(err)
	}
	if m["@type"] != "NewsArticle" || m["headline"] != "Title 7" || m["url"] != "https://example.com/a" {
		t.Errorf("got %v", m)
	}
}

// TestJSONLinesInOrder checks that many inputs, parsed in parallel, come out
// one per line in input order, for json and jsonld.
func TestJSONLinesInOrder(t *testing.T) {
	dir := t.TempDir()
	paths := writeInputs(t, dir, 40)
	for _, format := range []string{"json", "jsonld"} {
		code, out, errs := runCLI(t, "", false, append([]string{"-format", format, "-j", "4"}, paths...)...)
		if code != 0 || errs != "" {
			t.Fatalf("%s: exit %d, stderr %q", format, code, errs)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != len(paths) {
			t.Fatalf("%s: %d lines, want %d", format, len(lines), len(paths))
		}
		for i, l := range lines {
			var a struct{ Headline string }
			if err := json.Unmarshal([]byte(l), &a); err != nil {
				t.Fatalf("%s: line %d: %v", format, i, err)
			}
			if want := fmt.Sprintf("Title %d", i); a.Headline != want {
				t.Errorf("%s: line %d has %q, want %q", format, i, a.Headline, want)
			}
		}
	}
}

// TestDirectoryCSV walks a directory into one CSV with one header.
func TestDirectoryCSV(t *testing.T) {
	dir := t.TempDir()
	writeInputs(t, dir, 12)
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sub, "z.html"), []byte(htmlDoc(99)), 0o644); err != nil {
		t.Fatal(err)
	}
	// Ignored: other extensions and hidden files.
	for _, n := range []string{"notes.json", ".hidden.html"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(htmlDoc(1000)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := runCLI(t, "", false, "-format", "csv", "-csv-bom", dir)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	out, ok := strings.CutPrefix(out, "\uFEFF")
	if !ok {
		t.Error("-csv-bom wrote no BOM")
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 14 || recs[0][0] != "url" || recs[0][1] != "headline" {
		t.Fatalf("got %d records, header %v", len(recs), recs[0])
	}
	for i := range 12 {
		if want := fmt.Sprintf("Title %d", i); recs[i+1][1] != want {
			t.Errorf("row %d headline %q, want %q", i+1, recs[i+1][1], want)
		}
	}
	if recs[13][1] != "Title 99" {
		t.Errorf("last row %q, want the file in the subdirectory", recs[13][1])
	}
}

// TestBadFileDoesNotStopOthers mixes a missing file and a non-article with
// good inputs.
func TestBadFileDoesNotStopOthers(t *testing.T) {
	dir := t.TempDir()
	paths := writeInputs(t, dir, 3)
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	args := []string{"-format", "jsonld", paths[0], missing, empty, paths[1], paths[2]}
	code, out, errs := runCLI(t, "", false, args...)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, name := range []string{missing, empty} {
		if !strings.Contains(errs, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errs)
		}
	}
	if n := strings.Count(out, "\n"); n != 3 {
		t.Errorf("%d output lines, want 3:\n%s", n, out)
	}
}

func TestValidate(t *testing.T) {
	dir := t.TempDir()
	good := writeInputs(t, dir, 1)[0]
	// A headline with no body is not an article; it is written without
	// -validate (see TestNonArticlesWritten), but the schema wants a body.
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("Headline only\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", false, "-validate", good, bad)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errs, bad) || !strings.Contains(errs, "/body") {
		t.Errorf("stderr does not report the bad file and why:\n%s", errs)
	}
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, "Title 0") {
		t.Errorf("output should hold the valid article only:\n%s", out)
	}
	if code, out, _ := runCLI(t, "", false, "-validate", good); code != 0 || !strings.Contains(out, "Title 0") {
		t.Errorf("-validate on a good article: exit %d, output %q", code, out)
	}
}

func TestMarkdownOutDir(t *testing.T) {
	in1, in2 := t.TempDir(), t.TempDir()
	a := writeInputs(t, in1, 2)
	b := writeInputs(t, in2, 1) // 00.html again: the name collides
	out := filepath.Join(t.TempDir(), "md")
	code, stdout, errs := runCLI(t, "", false, "-format", "markdown", "-o", out, a[0], a[1], b[0])
	// The renamed file is reported with its input, and nothing else.
	if want := "article: " + b[0] + ": written as 00-2.md\n"; code != 0 || errs != want || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q, want stderr %q", code, stdout, errs, want)
	}
	for name, title := range map[string]string{"00.md": "Title 0", "01.md": "Title 1", "00-2.md": "Title 0"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Error(err)
			continue
		}
		if !strings.HasPrefix(string(b), "---\ntitle: "+title+"\n") || !strings.Contains(string(b), "\n# "+title+"\n") {
			t.Errorf("%s:\n%s", name, b)
		}
	}
}

// TestOutDirKeepsInputs checks that -o DIR naming the inputs' own folder
// never overwrites an input: -format script writes .html files, as the
// inputs are named.
func TestOutDirKeepsInputs(t *testing.T) {
	dir := t.TempDir()
	in := writeInputs(t, dir, 2)
	for _, args := range [][]string{{"-format", "script", "-o", dir, dir}, {"-format", "script", "-o", dir, in[0], in[1]}} {
		if code, _, errs := runCLI(t, "", false, args...); code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, errs)
		}
		for i, p := range in {
			b, err := os.ReadFile(p)
			if err != nil || string(b) != htmlDoc(i) {
				t.Fatalf("%q: input %s overwritten: %.60q", args, p, b)
			}
		}
	}
	// A link in DIR to an input (symbolic or hard) is not written through.
	out := t.TempDir()
	if err := os.Symlink(in[0], filepath.Join(out, "00.html")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Link(in[1], filepath.Join(out, "01.html")); err != nil {
		t.Skip("no hard links here:", err)
	}
	if code, _, errs := runCLI(t, "", false, "-format", "script", "-o", out, in[0], in[1]); code != 0 {
		t.Fatalf("links: exit %d: %s", code, errs)
	}
	for i, p := range in {
		if b, err := os.ReadFile(p); err != nil || string(b) != htmlDoc(i) {
			t.Fatalf("input %s overwritten through a link in -o DIR: %.60q", p, b)
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "00-2.html"))
	if err != nil || !strings.HasPrefix(string(b), `<script type="application/ld+json">`) {
		t.Errorf("00-2.html: %v %.60q", err, b)
	}
}

func TestTimeZone(t *testing.T) {
	text := "Путин объявил о союзе\nПОЛИТИКА\n19.06.2024 | 17:43Россия и КНДР будут помогать друг другу.\n\nВторой абзац статьи.\n"
	code, out, errs := runCLI(t, text, false, "-tz", "Europe/Moscow")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"datePublished": "2024-06-19T17:43:00+03:00"`) {
		t.Errorf("no Moscow offset:\n%s", out)
	}
	if code, _, errs := runCLI(t, text, false, "-tz", "Nowhere/City"); code != 2 || !strings.Contains(errs, "Nowhere/City") {
		t.Errorf("bad -tz: exit %d, stderr %q", code, errs)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	paths := writeInputs(t, dir, 2)
	for _, args := range [][]string{
		{"-format", "xml", paths[0]},
		{"-url", "https://example.com/", paths[0], paths[1]},
		{"-format", "csv", "-o", dir, paths[0]},
		{"-format", "markdown", paths[0], paths[1]},
		{"-nosuchflag"},
		{"-j", "0", paths[0]},
		{"-url", "example.com/story", paths[0]},
		{"-j", "-3", paths[0]},
	} {
		if code, _, errs := runCLI(t, "", false, args...); code != 2 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errs)
		}
	}
}

func TestProgressOnlyOnTerminal(t *testing.T) {
	paths := writeInputs(t, t.TempDir(), 5)
	_, _, errs := runCLI(t, "", true, paths...)
	if !strings.Contains(errs, "5/5 files") {
		t.Errorf("no progress on a terminal: %q", errs)
	}
	_, _, errs = runCLI(t, "", false, paths...)
	if errs != "" {
		t.Errorf("progress written to a non-terminal: %q", errs)
	}
}

func TestScriptFormat(t *testing.T) {
	code, out, _ := runCLI(t, strings.Replace(htmlDoc(3), "Title", "Title &lt;/script&gt;", 1), false, "-format", "script")
	if code != 0 || !strings.HasPrefix(out, `<script type="application/ld+json">`) || strings.Count(strings.ToLower(out), "</script") != 1 || !strings.Contains(out, `\u003c/script\u003e`) {
		t.Errorf("exit %d, output %q", code, out)
	}
}

// TestNonArticlesWritten checks that pages judged not to be articles are
// written with their pageKind and named on standard error, with exit status
// 0, and that -articles-only leaves them out with exit status 1.
func TestNonArticlesWritten(t *testing.T) {
	dir := t.TempDir()
	good := writeInputs(t, dir, 1)[0]
	list := filepath.Join("..", "..", "testdata", "kinds", "list_section_front.html")
	headOnly := filepath.Join(dir, "headline.txt")
	blank := filepath.Join(dir, "blank.txt")
	for name, text := range map[string]string{headOnly: "Headline only\n", blank: "  \n\n"} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	kinds := func(out string) []string {
		var ks []string
		for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			var a struct {
				Headline string
				PageKind string `json:"pageKind"`
			}
			if err := json.Unmarshal([]byte(l), &a); err != nil {
				t.Fatalf("line %q: %v", l, err)
			}
			ks = append(ks, a.PageKind)
		}
		return ks
	}

	code, out, errs := runCLI(t, "", false, good, list, headOnly)
	if code != 0 {
		t.Errorf("exit %d, want 0 (every input written); stderr:\n%s", code, errs)
	}
	if got := strings.Join(kinds(out), " "); got != "article list empty" {
		t.Errorf("pageKinds %q, want \"article list empty\"", got)
	}
	for _, name := range []string{list, headOnly} {
		if !strings.Contains(errs, name+": not an article") {
			t.Errorf("stderr does not name %s as a non-article:\n%s", name, errs)
		}
	}
	if strings.Contains(errs, good) {
		t.Errorf("stderr names the article:\n%s", errs)
	}
	if !strings.Contains(errs, `pageKind "list"`) || !strings.Contains(errs, "the page lists articles") {
		t.Errorf("stderr does not give the verdict:\n%s", errs)
	}

	// A page with nothing extracted is still an error, left out.
	code, out, errs = runCLI(t, "", false, good, blank)
	if code != 1 || strings.Count(out, "\n") != 1 || !strings.Contains(errs, blank+": no article found") {
		t.Errorf("blank input: exit %d, output %q, stderr %q", code, out, errs)
	}

	// CSV: one row for each written input.
	code, out, _ = runCLI(t, "", false, "-format", "csv", good, list, headOnly)
	if recs, err := csv.NewReader(strings.NewReader(out)).ReadAll(); code != 0 || err != nil || len(recs) != 4 {
		t.Errorf("csv: exit %d, %d records (%v), want 0 and a header and 3 rows", code, len(recs), err)
	}

	// -validate: a headline-only page fails the schema (no body); the
	// verdict is said first.
	code, _, errs = runCLI(t, "", false, "-validate", headOnly)
	if code != 1 || !strings.Contains(errs, headOnly+": no article found (") || !strings.Contains(errs, "), and invalid article") {
		t.Errorf("-validate on a non-article: exit %d, stderr %q", code, errs)
	}

	code, out, errs = runCLI(t, "", false, "-articles-only", good, list, headOnly)
	if code != 1 {
		t.Errorf("-articles-only: exit %d, want 1", code)
	}
	if got := strings.Join(kinds(out), " "); got != "article" {
		t.Errorf("-articles-only: pageKinds %q, want the article alone", got)
	}
	if !strings.Contains(errs, list+": no article found: the page lists articles (a home, section, tag or search page) (page kind \"list\")") || !strings.Contains(errs, headOnly+": no article found") {
		t.Errorf("-articles-only: stderr does not report the left-out inputs:\n%s", errs)
	}
}

func TestLinksFlag(t *testing.T) {
	page := `<html lang="en"><body><article><h1>Council backs the plan</h1>
<p>The council <strong>voted 31 to 4</strong> on Monday to back the <a href="https://example.com/plan">harbour plan</a>, after a debate that ran well past midnight.</p>
<p>Officials said more rain was expected on Tuesday, and schools in the area would stay closed.</p>
</article></body></html>`
	p := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(p, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	spans := func(args ...string) []string {
		code, out, errs := runCLI(t, "", false, append(args, p)...)
		if code != 0 {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errs)
		}
		var a struct {
			Body []struct {
				Spans []struct{ Type, URL string }
			}
		}
		if err := json.Unmarshal([]byte(out), &a); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range a.Body {
			for _, s := range b.Spans {
				got = append(got, s.Type+" "+s.URL)
			}
		}
		return got
	}
	if got := strings.Join(spans(), ","); got != "strong ,link https://example.com/plan" {
		t.Errorf("spans = %q, want the strong emphasis and the link", got)
	}
	if got := strings.Join(spans("-links=false"), ","); got != "strong " {
		t.Errorf("-links=false: spans = %q, want the strong emphasis only", got)
	}
}

// TestDirectoryFollowsFileLinks checks that a symbolic link to a file
// inside a directory input is read as the file, and a link to a directory
// is not followed.
func TestDirectoryFollowsFileLinks(t *testing.T) {
	src, dir := t.TempDir(), t.TempDir()
	paths := writeInputs(t, src, 2)
	if err := os.Symlink(paths[1], filepath.Join(dir, "linked.html")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if err := os.Symlink(src, filepath.Join(dir, "sub")); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", false, "-format", "json", dir)
	if code != 0 || strings.Count(out, `"headline":"Title`) != 1 {
		t.Errorf("exit %d, %d articles; want the linked file alone:\n%s\n%s", code, strings.Count(out, `"headline":"Title`), out, errs)
	}
}

// TestSummaryCountsUnreadableInputs checks that the summary line counts
// an argument that cannot be read among its errors.
func TestSummaryCountsUnreadableInputs(t *testing.T) {
	paths := writeInputs(t, t.TempDir(), 1)
	code, _, errs := runCLI(t, "", false, "-progress", paths[0], filepath.Join(t.TempDir(), "nosuch.html"))
	if code != 1 || !strings.Contains(errs, "1 parsed") || !strings.Contains(errs, "1 errors") {
		t.Errorf("exit %d, stderr %q; want 1 and a summary with 1 parsed and 1 error", code, errs)
	}
}

// TestURLListRejectsPaths checks that a line of -urls FILE that is no URL
// is reported as such, not opened as a local file.
func TestURLListRejectsPaths(t *testing.T) {
	dir := t.TempDir()
	paths := writeInputs(t, dir, 1)
	list := filepath.Join(dir, "urls.txt")
	if err := os.WriteFile(list, []byte("# a list\n"+paths[0]+"\nnot a url\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", false, "-urls", list)
	if code != 1 || out != "" || strings.Count(errs, "is no URL") != 2 || strings.Contains(errs, "stat ") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1, nothing written, two lines reported as no URL", code, out, errs)
	}
}

// TestEmptyDirectory checks that a directory with no input file is
// reported, not passed over in silence.
func TestEmptyDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.md"), []byte("# notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "", false, dir)
	if code != 1 || !strings.Contains(errs, dir) || !strings.Contains(errs, "no .txt") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

// TestDirectoryOfOneFileIsJSONLines checks that a directory holding one
// article gives JSON Lines, as a directory of several does, so that a
// reader of the output does not depend on how many files it holds.
func TestDirectoryOfOneFileIsJSONLines(t *testing.T) {
	dir := t.TempDir()
	text := "Storm hits the coast\n\nThe storm hit the coast on Monday, officials said.\n\nSchools stayed closed on Tuesday as the rain went on.\n"
	if err := os.WriteFile(filepath.Join(dir, "one.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", false, dir)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); len(lines) != 1 || !json.Valid([]byte(lines[0])) {
		t.Errorf("want one JSON line, got %q", out)
	}
	code, _, errs = runCLI(t, "", false, "-format", "markdown", dir)
	if code != 2 || !strings.Contains(errs, "directory") {
		t.Errorf("markdown of a directory without -o: exit %d, stderr %q", code, errs)
	}
}
