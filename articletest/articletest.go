// Package articletest helps tests compare parsed articles and exporter
// output with golden files.
//
// In a test:
//
//	a := articletest.ParseFile(t, "testdata/story.html")
//	articletest.Golden(t, "testdata/story.golden.json", a)
//
// Run "go test -update" to write the golden files from the current output,
// then read the changes (git diff) before committing them. When a file
// differs, Golden fails the test with a line-by-line diff built by
// github.com/google/go-cmp.
//
// Importing articletest registers the -update flag on the test binary's
// command line (unless a flag of that name is already registered, which is
// then used instead). A test package that imports articletest must not
// register -update itself: Go initialises articletest first, so the
// package's own flag.Bool("update", …) panics with "flag redefined".
// Such a package reads the flag with Updating instead, for its own golden
// files too. The environment variable ARTICLETEST_UPDATE=1 has the same
// effect as -update; use it to update across packages (`ARTICLETEST_UPDATE=1
// go test ./...`), since `go test ./... -update` fails in every package of
// the module whose test binary does not define -update.
package articletest

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/articlekit/article"
	"github.com/google/go-cmp/cmp"
)

// update is the value of the -update flag.
var update = updateFlag()

func updateFlag() func() bool {
	if f := flag.Lookup("update"); f != nil {
		return func() bool { return f.Value.String() == "true" }
	}
	p := flag.Bool("update", false, "rewrite golden files (articletest)")
	return func() bool { return *p }
}

// Updating reports whether golden files are being rewritten: the -update
// flag is set or ARTICLETEST_UPDATE is "1" or "true".
func Updating() bool {
	if update() {
		return true
	}
	v := os.Getenv("ARTICLETEST_UPDATE")
	return v == "1" || strings.EqualFold(v, "true")
}

// T is the part of testing.TB that the helpers use; *testing.T and
// *testing.B satisfy it.
type T interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// Golden compares got with the contents of the golden file at path.
//
// got may be a []byte or a string, which is compared as it is, or any other
// value, which is compared as its JSON encoding (indented by two spaces, HTML
// characters not escaped, with a final newline), so that an *article.Article
// can be passed directly.
//
// When they differ the test fails with a diff whose "-" lines are the golden
// file's and "+" lines got's. A missing golden file fails the test with a
// hint. Under -update (see Updating) the file and its directory are written
// instead and the test does not fail.
func Golden(t T, path string, got any) {
	t.Helper()
	g, err := encode(got)
	if err != nil {
		t.Fatalf("articletest: %s: encoding the value: %v", path, err)
		return
	}
	if Updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("articletest: %v", err)
			return
		}
		if err := os.WriteFile(path, g, 0o644); err != nil {
			t.Fatalf("articletest: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Errorf("articletest: golden file %s does not exist; run the test with -update to create it", path)
		return
	}
	if err != nil {
		t.Fatalf("articletest: %v", err)
		return
	}
	if bytes.Equal(want, g) {
		return
	}
	t.Errorf("articletest: output differs from %s (-golden +got); run with -update to accept it:\n%s", path, Diff(string(want), string(g)))
}

// Diff returns a line-by-line diff of want and got ("-" lines from want, "+"
// lines from got), built with go-cmp, or "" when they are equal. Its exact
// format is go-cmp's and is not stable: show it to people, do not parse it.
func Diff(want, got string) string {
	if want == got {
		return ""
	}
	// Lines are compared whole: without the Comparer go-cmp diffs similar
	// lines byte by byte, which cuts multi-byte (Cyrillic) characters.
	d := cmp.Diff(splitLines(want), splitLines(got), cmp.Comparer(func(a, b string) bool { return a == b }))
	if d == "" {
		// Same lines, different line ends or final newline.
		d = fmt.Sprintf("the files differ in line ends only: want %q, got %q", tail(want), tail(got))
	}
	return d
}

// splitLines splits s into lines, keeping the final one even when empty so
// that a missing final newline shows up.
func splitLines(s string) []string {
	return strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
}

// tail returns the last few bytes of s, for a message.
func tail(s string) string {
	if len(s) > 8 {
		return s[len(s)-8:]
	}
	return s
}

// encode turns got into the bytes compared with the golden file.
func encode(got any) ([]byte, error) {
	switch v := got.(type) {
	case []byte:
		return v, nil
	case string:
		return []byte(v), nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(got); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ParseFile parses the article in the file at path with article.Parse and
// the given options, failing the test when the file cannot be read or parsed.
// A page judged not to be an article (a list, an empty page, a page
// that is no news article) is returned as article.Parse returns it, with
// its Kind, so that page verdicts can be golden-tested too; a paywalled
// teaser is an article of Kind paywalled. Test a.Kind to require a full
// article.
func ParseFile(t T, path string, opts ...article.Option) *article.Article {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("articletest: %v", err)
		return nil
	}
	defer f.Close()
	a, err := article.Parse(f, opts...)
	if err != nil && !(errors.Is(err, article.ErrNotArticle) && a != nil) {
		t.Fatalf("articletest: parsing %s: %v", path, err)
		return nil
	}
	return a
}
