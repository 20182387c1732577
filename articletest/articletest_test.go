package articletest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlekit/article"
)

// recorder is a T that records failures instead of failing the test.
type recorder struct {
	errors []string
	fatal  bool
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.fatal = true
	r.Errorf(format, args...)
}

func TestGoldenMatch(t *testing.T) {
	t.Setenv("ARTICLETEST_UPDATE", "")
	if Updating() {
		t.Skip("golden files are being updated")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "a.golden")
	if err := os.WriteFile(p, []byte("one\ntwo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, got := range []any{"one\ntwo\n", []byte("one\ntwo\n")} {
		r := &recorder{}
		Golden(r, p, got)
		if len(r.errors) != 0 {
			t.Errorf("Golden(%T) failed on equal content: %v", got, r.errors)
		}
	}
}

func TestGoldenMismatchShowsDiff(t *testing.T) {
	if Updating() {
		t.Skip("golden files are being updated")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "a.golden")
	if err := os.WriteFile(p, []byte("alpha\nbeta\ngamma\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{}
	Golden(r, p, "alpha\nBETA\ngamma\n")
	if len(r.errors) != 1 {
		t.Fatalf("got %d failures, want 1: %v", len(r.errors), r.errors)
	}
	msg := r.errors[0]
	for _, want := range []string{p, "beta", "BETA", "-update"} {
		if !strings.Contains(msg, want) {
			t.Errorf("failure message lacks %q:\n%s", want, msg)
		}
	}
	// The unchanged file must not have been touched.
	b, _ := os.ReadFile(p)
	if string(b) != "alpha\nbeta\ngamma\n" {
		t.Errorf("golden file changed without -update: %q", b)
	}
}

func TestGoldenFinalNewline(t *testing.T) {
	if Updating() {
		t.Skip("golden files are being updated")
	}
	p := filepath.Join(t.TempDir(), "a.golden")
	if err := os.WriteFile(p, []byte("x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{}
	Golden(r, p, "x")
	if len(r.errors) != 1 {
		t.Fatalf("missing final newline not reported: %v", r.errors)
	}
}

func TestGoldenMissingFile(t *testing.T) {
	if Updating() {
		t.Skip("golden files are being updated")
	}
	p := filepath.Join(t.TempDir(), "none.golden")
	r := &recorder{}
	Golden(r, p, "x")
	if len(r.errors) != 1 || !strings.Contains(r.errors[0], "does not exist") {
		t.Fatalf("missing golden file: got %v", r.errors)
	}
	if _, err := os.Stat(p); err == nil {
		t.Errorf("golden file created without -update")
	}
}

func TestGoldenUpdate(t *testing.T) {
	t.Setenv("ARTICLETEST_UPDATE", "1")
	p := filepath.Join(t.TempDir(), "sub", "a.golden.json")
	a := &article.Article{Headline: "<b>Заголовок</b> & co"}
	r := &recorder{}
	Golden(r, p, a)
	if len(r.errors) != 0 {
		t.Fatalf("update failed: %v", r.errors)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"headline\": \"<b>Заголовок</b> & co\"\n}\n"
	if string(b) != want {
		t.Errorf("written golden = %q, want %q", b, want)
	}
	t.Setenv("ARTICLETEST_UPDATE", "")
	if !update() {
		r = &recorder{}
		Golden(r, p, a)
		if len(r.errors) != 0 {
			t.Errorf("value does not match the golden it just wrote: %v", r.errors)
		}
	}
}

func TestGoldenUnencodable(t *testing.T) {
	r := &recorder{}
	Golden(r, filepath.Join(t.TempDir(), "x"), make(chan int))
	if !r.fatal {
		t.Errorf("unencodable value did not fail the test")
	}
}

func TestDiff(t *testing.T) {
	if d := Diff("a\n", "a\n"); d != "" {
		t.Errorf("Diff of equal strings = %q, want empty", d)
	}
	if d := Diff("a\r\nb\r\n", "a\nb\n"); !strings.Contains(d, "line ends") {
		t.Errorf("Diff of CRLF vs LF = %q, want a note on line ends", d)
	}
}

func TestParseFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "story.txt")
	text := "Storm hits coast\n\nThe storm hit the coast on Monday, officials said.\n\nMore rain is expected on Tuesday.\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	a := ParseFile(t, p)
	if a.Headline != "Storm hits coast" || len(a.Body) == 0 {
		t.Errorf("headline = %q, %d body blocks", a.Headline, len(a.Body))
	}
	r := &recorder{}
	if a := ParseFile(r, filepath.Join(t.TempDir(), "missing.txt")); a != nil || !r.fatal {
		t.Errorf("ParseFile of a missing file: article %v, fatal %v", a, r.fatal)
	}
	// A page judged a list comes back with its kind, for golden tests of
	// page verdicts.
	r = &recorder{}
	if a := ParseFile(r, "../testdata/kinds/list_homepage.html"); r.fatal || a == nil || a.Kind != article.KindList {
		t.Errorf("ParseFile of a list page: article %v, fatal %v", a, r.fatal)
	}
}

func TestDiffWholeLines(t *testing.T) {
	d := Diff("a\nспикер: Наталья Орлова\nb\n", "a\nспикер: Игорь Карасев\nb\n")
	for _, want := range []string{"Наталья Орлова", "Игорь Карасев"} {
		if !strings.Contains(d, want) {
			t.Errorf("diff does not show the line %q whole:\n%s", want, d)
		}
	}
}
