package article_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/articlekit/article"
)

// fuzzMaxBytes keeps single fuzz inputs small enough that one exec stays
// fast; the limit itself is exercised by the limits tests.
const fuzzMaxBytes = 1 << 20

// seedInputs returns testdataInputs plus a few hand-written fragments that
// reach corners the files do not.
func seedInputs(tb testing.TB) [][]byte {
	tb.Helper()
	return append(testdataInputs(tb),
		[]byte(""),
		[]byte("\x00\x01\x02"),
		[]byte("Headline\n\nBody «quote» — said Ivan Petrov.\n"),
		[]byte("<html><head><title>T</title></head><body><article><h1>H</h1><p>“Quote,” he said.</p></article></body></html>"),
		[]byte(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"X","datePublished":"2024-01-02T03:04:05Z","author":{"name":"A B"}}</script></head><body><p>text</p></body></html>`),
		// A teaser page whose JSON-LD articleBody (an HTML fragment with
		// entities) becomes the body, and whose first paragraph is a lead.
		[]byte(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Vote count","description":"The council counted.","articleBody":"`+
			strings.Repeat(`&lt;p&gt;The council met on Monday to count the votes, \"we won\", said Ann Lee.&lt;/p&gt; `, 20)+
			`"}</script></head><body><h1>Vote count</h1><p>The council met on Monday to count the votes of the town.</p><p>Subscribe to read more…</p></body></html>`),
		[]byte("<p>«««»»» \u200b\u202e\u2066</p>"),
		[]byte("\xff\xfeH\x00i\x00"),
		// Generated inputs of many speakers, so that the fuzzers mutate
		// long inputs too (FuzzParseRepeated, in hostile_test.go, fuzzes
		// inputs of a megabyte).
		repeatInput("“We will win the vote number {n},” said {name}, a local official.", true, 300),
		repeatInput("«Мы победим в голосовании номер {n}», — заявил {name}, сообщает РИА Новости.", false, 300),
	)
}

// testdataInputs returns the contents of every .txt file under
// testdata/text and every file under testdata/html.
func testdataInputs(tb testing.TB) [][]byte {
	tb.Helper()
	var out [][]byte
	for _, pattern := range []string{"testdata/text/*.txt", "testdata/html/*"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			tb.Fatal(err)
		}
		for _, name := range files {
			if st, err := os.Stat(name); err != nil || st.IsDir() {
				continue
			}
			b, err := os.ReadFile(name)
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, b)
		}
	}
	return out
}

// addSeeds adds every seed input to the corpus of f.
func addSeeds(f *testing.F) {
	for _, b := range seedInputs(f) {
		f.Add(b)
	}
}

// parseFunc is the signature shared by Parse, ParseText and ParseHTML.
type parseFunc func(io.Reader, ...article.Option) (*article.Article, error)

// checkParse runs parse on b and checks the properties every input must
// have: it ends within parseBudget; a typed error, or an Article that validates against the schema, holds
// only valid UTF-8 and is the same when parsed again.
func checkParse(t *testing.T, parse parseFunc, b []byte) {
	ctx, cancel := context.WithTimeout(context.Background(), parseBudget)
	defer cancel()
	a, err := parse(bytes.NewReader(b), article.WithMaxBytes(fuzzMaxBytes), article.WithContext(ctx))
	if errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("parsing %d bytes took longer than %v", len(b), parseBudget)
	}
	if err != nil {
		if !errors.Is(err, article.ErrTooLarge) && !errors.Is(err, article.ErrEncoding) && !errors.Is(err, article.ErrNotArticle) {
			t.Fatalf("untyped error (not ErrTooLarge, ErrEncoding or ErrNotArticle): %v", err)
		}
		return
	}
	if a == nil {
		t.Fatal("nil Article with nil error")
	}
	if bad := invalidUTF8(reflect.ValueOf(a), "article"); bad != "" {
		t.Fatalf("invalid UTF-8 in %s", bad)
	}
	if err := a.Validate(); err != nil {
		t.Fatalf("parser produced an Article that does not validate: %v", err)
	}
	again, err := parse(bytes.NewReader(b), article.WithMaxBytes(fuzzMaxBytes))
	if err != nil {
		t.Fatalf("second parse failed: %v", err)
	}
	if !reflect.DeepEqual(a, again) {
		t.Fatalf("parse is not deterministic:\n%+v\n%+v", a, again)
	}
}

// TestParsedArticlesValidate checks, over every seed input and each entry
// point, that an Article returned with a nil error passes Validate: the
// parser must return ErrNotArticle rather than an Article the schema
// rejects.
func TestParsedArticlesValidate(t *testing.T) {
	entries := []struct {
		name  string
		parse parseFunc
	}{{"Parse", article.Parse}, {"ParseText", article.ParseText}, {"ParseHTML", article.ParseHTML}}
	for _, e := range entries {
		for i, b := range seedInputs(t) {
			a, err := e.parse(bytes.NewReader(b))
			if err != nil {
				continue
			}
			if err := a.Validate(); err != nil {
				t.Errorf("%s(seed %d, %.40q) returned no error but an invalid Article: %v", e.name, i, b, err)
			}
		}
	}
}

// invalidUTF8 walks v and returns the path of the first string that is not
// valid UTF-8, or "".
func invalidUTF8(v reflect.Value, path string) string {
	switch v.Kind() {
	case reflect.String:
		if !utf8.ValidString(v.String()) {
			return fmt.Sprintf("%s = %q", path, v.String())
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return invalidUTF8(v.Elem(), path)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if s := invalidUTF8(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); s != "" {
				return s
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			if s := invalidUTF8(v.Field(i), path+"."+v.Type().Field(i).Name); s != "" {
				return s
			}
		}
	}
	return ""
}

// TestInvalidUTF8Walker checks that the helper the fuzz targets rely on
// finds a bad string deep inside an Article.
func TestInvalidUTF8Walker(t *testing.T) {
	a := &article.Article{Headline: "ok", Quotes: []article.Quote{{Text: "fine"}, {Text: "bad\xff"}}}
	if got := invalidUTF8(reflect.ValueOf(a), "article"); got == "" {
		t.Fatal("invalid UTF-8 in Quotes[1].Text not found")
	}
	a.Quotes[1].Text = "good"
	if got := invalidUTF8(reflect.ValueOf(a), "article"); got != "" {
		t.Fatalf("valid article reported: %s", got)
	}
}

// FuzzParse feeds arbitrary bytes to Parse.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, b []byte) { checkParse(t, article.Parse, b) })
}

// FuzzParseText feeds arbitrary bytes to ParseText.
func FuzzParseText(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, b []byte) { checkParse(t, article.ParseText, b) })
}

// FuzzParseHTML feeds arbitrary bytes to ParseHTML.
func FuzzParseHTML(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, b []byte) { checkParse(t, article.ParseHTML, b) })
}
