package article

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// validArticle returns a hand-made article that uses every field.
func validArticle() *Article {
	msk := time.FixedZone("MSK", 3*60*60)
	return &Article{
		URL:           "https://example.com/news/2024/06/19/summit",
		Headline:      "Россия и КНДР подписали договор",
		Section:       "ПОЛИТИКА",
		DatePublished: Date{Time: time.Date(2024, 6, 19, 17, 43, 0, 0, time.UTC), HasClock: true},
		DateModified:  Date{Time: time.Date(2024, 6, 20, 9, 5, 0, 0, msk), HasClock: true, HasZone: true},
		Authors:       []Author{{Name: "Иван Петров", URL: "https://example.com/authors/petrov"}, {Name: "Jane Roe"}},
		Publisher:     &Publisher{Name: "Example News", URL: "https://example.com/", Logo: "http://example.com/logo.png"},
		Description:   "Россия и КНДР будут оказывать помощь друг другу.",
		Body: []Block{
			{Type: Paragraph, Text: "Россия и КНДР будут оказывать помощь друг другу."},
			{Type: Heading, Text: "Что сказал Путин", Level: 2},
			{Type: Blockquote, Text: "«Это прорывной документ», — сказал Путин."},
			{Type: List, Text: "первое\nвторое"},
		},
		Quotes:    []Quote{{Text: "Это прорывной документ", Speaker: "Владимир Путин", Block: 2}, {Text: "Без автора", Block: 0}},
		Sources:   []string{"Интерфакс", "Bloomberg"},
		Keywords:  []string{"Россия", "КНДР"},
		Images:    []Image{{URL: "https://example.com/img/1.jpg", Caption: "Саммит"}, {URL: "https://example.com/img/2.jpg"}},
		Language:  "ru",
		WordCount: 23,
	}
}

// paths returns the paths of err's violations, failing the test if err is
// not a *ValidationError matching ErrInvalid.
func paths(t *testing.T, err error) []string {
	t.Helper()
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("error %v (%T) is not a *ValidationError", err, err)
	}
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("errors.Is(err, ErrInvalid) = false for %v", err)
	}
	if len(ve.Violations) == 0 {
		t.Fatalf("ValidationError with no violations")
	}
	var ps []string
	for _, v := range ve.Violations {
		if v.Message == "" {
			t.Errorf("violation at %q has no message", v.Path)
		}
		ps = append(ps, v.Path)
	}
	return ps
}

func TestValidateValid(t *testing.T) {
	a := validArticle()
	if err := a.Validate(); err != nil {
		t.Fatalf("valid article rejected:\n%v", err)
	}
	minimal := &Article{Headline: "H", Body: []Block{{Type: Paragraph, Text: "x"}}}
	if err := minimal.Validate(); err != nil {
		t.Fatalf("minimal article rejected:\n%v", err)
	}
	dateOnly := &Article{Headline: "H", Body: []Block{{Type: Paragraph, Text: "x"}},
		DatePublished: Date{Time: time.Date(2024, 6, 19, 0, 0, 0, 0, time.UTC)},
		DateModified:  Date{Time: time.Date(2024, 6, 19, 8, 0, 0, 0, time.UTC), HasClock: true, HasZone: true}}
	if err := dateOnly.Validate(); err != nil {
		t.Fatalf("article with date-only and UTC dates rejected:\n%v", err)
	}
}

func TestValidateInvalidArticle(t *testing.T) {
	tests := []struct {
		name   string
		modify func(a *Article)
		want   []string // violation paths, sorted
	}{
		{"empty headline", func(a *Article) { a.Headline = "" }, []string{"/headline"}},
		{"blank headline", func(a *Article) { a.Headline = " \t" }, []string{"/headline"}},
		{"empty body", func(a *Article) { a.Body = nil; a.Quotes = nil }, []string{"/body"}},
		{"javascript url", func(a *Article) { a.URL = "javascript:alert(1)" }, []string{"/url"}},
		{"relative image url", func(a *Article) { a.Images[1].URL = "/img/2.jpg" }, []string{"/images/1/url"}},
		{"ftp author url", func(a *Article) { a.Authors[0].URL = "ftp://example.com/x" }, []string{"/authors/0/url"}},
		{"bad logo", func(a *Article) { a.Publisher.Logo = "http://" }, []string{"/publisher/logo"}},
		{"empty publisher name", func(a *Article) { a.Publisher.Name = "" }, []string{"/publisher/name"}},
		{"language name", func(a *Article) { a.Language = "russian" }, []string{"/language"}},
		{"language underscore", func(a *Article) { a.Language = "en_US" }, []string{"/language"}},
		{"quote empty text", func(a *Article) { a.Quotes[1].Text = "" }, []string{"/quotes/1/text"}},
		{"quote block below -1", func(a *Article) { a.Quotes[0].Block = -2 }, []string{"/quotes/0/block"}},
		{"quote block out of range", func(a *Article) { a.Quotes[0].Block = 4 }, []string{"/quotes/0/block"}},
		{"heading without level", func(a *Article) { a.Body[1].Level = 0 }, []string{"/body/1/level"}},
		{"heading level 7", func(a *Article) { a.Body[1].Level = 7 }, []string{"/body/1/level"}},
		{"paragraph with level", func(a *Article) { a.Body[0].Level = 1 }, []string{"/body/0/level"}},
		{"unknown block type", func(a *Article) { a.Body[3].Type = "image" }, []string{"/body/3/type"}},
		{"table without rows", func(a *Article) { a.Body[3].Type = Table }, []string{"/body/3/rows"}},
		{"rows on a paragraph", func(a *Article) { a.Body[0].Rows = [][]string{{"a"}} }, []string{"/body/0/rows"}},
		{"ragged table", func(a *Article) {
			a.Body[3] = Block{Type: Table, Text: "a\tb\n1", Rows: [][]string{{"a", "b"}, {"1"}}}
		}, []string{"/body/3/rows/1"}},
		{"figure without image", func(a *Article) { a.Body[0].Type = Figure }, []string{"/body/0/image"}},
		{"image on a paragraph", func(a *Article) { a.Body[0].Image = &Image{URL: "https://example.com/i.jpg"} }, []string{"/body/0/image"}},
		{"figure image not absolute", func(a *Article) {
			a.Body[0] = Block{Type: Figure, Image: &Image{URL: "/i.jpg"}}
		}, []string{"/body/0/image/url"}},
		{"language on a paragraph", func(a *Article) { a.Body[0].Language = "go" }, []string{"/body/0/language"}},
		{"empty block text", func(a *Article) { a.Body[0].Text = "" }, []string{"/body/0/text"}},
		{"empty keyword", func(a *Article) { a.Keywords = append(a.Keywords, "") }, []string{"/keywords/2"}},
		{"empty source", func(a *Article) { a.Sources[0] = "" }, []string{"/sources/0"}},
		{"negative word count", func(a *Article) { a.WordCount = -3 }, []string{"/wordCount"}},
		{"year beyond 9999", func(a *Article) { a.DatePublished.Time = time.Date(12024, 1, 1, 0, 0, 0, 0, time.UTC) }, []string{"/datePublished"}},
		{"many at once, sorted", func(a *Article) {
			a.Quotes[1].Text = ""
			a.Headline = ""
			a.Body[1].Level = 0
			a.Language = "?"
		}, []string{"/body/1/level", "/headline", "/language", "/quotes/1/text"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := validArticle()
			tt.modify(a)
			err := a.Validate()
			if err == nil {
				t.Fatalf("Validate() = nil, want violations at %v", tt.want)
			}
			got := slices.Compact(paths(t, err))
			if !slices.Equal(got, tt.want) {
				t.Errorf("violation paths = %q, want %q\n%v", got, tt.want, err)
			}
		})
	}
}

// TestValidateStructuredBlocks checks that tables, code blocks and figures
// validate, and that an article encoded before they existed (every block
// with its text) still does.
func TestValidateStructuredBlocks(t *testing.T) {
	a := &Article{Headline: "h", Body: []Block{
		{Type: Paragraph, Text: "p"},
		{Type: Table, Text: "Results\na\tb\n1\t", Rows: [][]string{{"a", "b"}, {"1", ""}}, Header: true, Caption: "Results"},
		{Type: Code, Text: "func main() {\n\tx := 1\n}", Language: "go"},
		{Type: Figure, Image: &Image{URL: "https://example.com/i.jpg", Caption: "c", Alt: "a", Credit: "r"}},
	}, Images: []Image{{URL: "https://example.com/i.jpg", Caption: "c", Alt: "a", Credit: "r"}}}
	if err := a.Validate(); err != nil {
		t.Fatalf("structured blocks: %v", err)
	}
	old := `{"headline":"h","body":[{"type":"paragraph","text":"p"},{"type":"heading","text":"t","level":2},{"type":"list","text":"a\nb"}],"images":[{"url":"https://example.com/i.jpg","caption":"c"}]}`
	if err := validateJSON([]byte(old)); err != nil {
		t.Errorf("old JSON: %v", err)
	}
}

func TestValidateNil(t *testing.T) {
	var a *Article
	err := a.Validate()
	if err == nil || !errors.Is(err, ErrInvalid) {
		t.Fatalf("nil Article: Validate() = %v, want an error wrapping ErrInvalid", err)
	}
}

func TestValidateJSON(t *testing.T) {
	const ok = `{"headline":"H","body":[{"type":"paragraph","text":"x"}]`
	tests := []struct {
		name string
		doc  string
		want []string // nil: valid
	}{
		{"minimal", ok + `}`, nil},
		{"date only", ok + `,"datePublished":"2024-06-19"}`, nil},
		{"local date-time", ok + `,"datePublished":"2024-06-19T17:43:00"}`, nil},
		{"offset date-time", ok + `,"datePublished":"2024-06-19T17:43:00+03:00"}`, nil},
		{"utc date-time", ok + `,"dateModified":"2024-06-19T14:43:00Z"}`, nil},
		{"fractional seconds", ok + `,"dateModified":"2024-06-19T14:43:00.250Z"}`, nil},
		{"language region", ok + `,"language":"en-GB"}`, nil},
		{"language script region", ok + `,"language":"zh-Hant-TW"}`, nil},
		{"language private use", ok + `,"language":"x-klingon"}`, nil},
		{"missing headline", `{"body":[{"type":"paragraph","text":"x"}]}`, []string{"/headline"}},
		{"empty headline", `{"headline":"","body":[{"type":"paragraph","text":"x"}]}`, []string{"/headline"}},
		{"empty body", `{"headline":"H","body":[]}`, []string{"/body"}},
		{"body not array", `{"headline":"H","body":"text"}`, []string{"/body"}},
		{"russian date", ok + `,"datePublished":"19.06.2024"}`, []string{"/datePublished"}},
		{"month 13", ok + `,"datePublished":"2024-13-01"}`, []string{"/datePublished"}},
		{"february 30", ok + `,"datePublished":"2024-02-30"}`, []string{"/datePublished"}},
		{"hour 25 with offset", ok + `,"datePublished":"2024-06-19T25:00:00+03:00"}`, []string{"/datePublished"}},
		{"hour 24 local", ok + `,"datePublished":"2024-06-19T24:00:00"}`, []string{"/datePublished"}},
		{"minutes only", ok + `,"datePublished":"2024-06-19T17:43"}`, []string{"/datePublished"}},
		{"space separator", ok + `,"datePublished":"2024-06-19 17:43:00"}`, []string{"/datePublished"}},
		{"offset without colon", ok + `,"dateModified":"2024-06-19T17:43:00+0300"}`, []string{"/dateModified"}},
		{"empty date", ok + `,"dateModified":""}`, []string{"/dateModified"}},
		{"javascript url", ok + `,"url":"javascript:alert(1)"}`, []string{"/url"}},
		{"url with space", ok + `,"url":"https://exa mple.com/"}`, []string{"/url"}},
		{"bad language", ok + `,"language":"english language"}`, []string{"/language"}},
		{"quote empty text", ok + `,"quotes":[{"text":"a","block":0},{"text":"","block":0}]}`, []string{"/quotes/1/text"}},
		{"partial quote", ok + `,"quotes":[{"text":"a","speaker":"B","block":0,"partial":true}]}`, nil},
		{"partial not boolean", ok + `,"quotes":[{"text":"a","block":0,"partial":"yes"}]}`, []string{"/quotes/0/partial"}},
		{"quote without block", ok + `,"quotes":[{"text":"a"}]}`, []string{"/quotes/0/block"}},
		{"quote fractional block", ok + `,"quotes":[{"text":"a","block":0.5}]}`, []string{"/quotes/0/block"}},
		{"heading without level", `{"headline":"H","body":[{"type":"paragraph","text":"x"},{"type":"heading","text":"y"}]}`, []string{"/body/1/level"}},
		{"ordered list", `{"headline":"H","body":[{"type":"list","text":"a\nb","ordered":true,"start":-3}]}`, nil},
		{"ordered on a paragraph", `{"headline":"H","body":[{"type":"paragraph","text":"x","ordered":true}]}`, []string{"/body/0/ordered"}},
		{"start on a bulleted list", `{"headline":"H","body":[{"type":"list","text":"x","start":4}]}`, []string{"/body/0/ordered"}},
		{"start zero", `{"headline":"H","body":[{"type":"list","text":"x","ordered":true,"start":0}]}`, []string{"/body/0/start"}},
		{"unknown top-level property", ok + `,"pagekind":"article"}`, []string{"/pagekind"}},
		{"page kind not in the list", ok + `,"pageKind":"blog"}`, []string{"/pageKind"}},
		{"content hash malformed", ok + `,"contentHash":"md5:abc"}`, []string{"/contentHash"}},
		{"unknown nested property", ok + `,"authors":[{"name":"A","email":"a@example.com"}]}`, []string{"/authors/0/email"}},
		{"unknown property with slash", ok + `,"a/b":1}`, []string{"/a~1b"}},
		{"empty authors list", ok + `,"authors":[]}`, []string{"/authors"}},
		{"wordCount string", ok + `,"wordCount":"12"}`, []string{"/wordCount"}},
		{"not an object", `[]`, []string{""}},
		{"indexes sorted numerically", `{"headline":"H","body":[` + strings.Repeat(`{"type":"paragraph","text":"x"},`, 10) +
			`{"type":"heading","text":"y"}],"quotes":[{"text":"","block":0}],"images":[{"url":"x"}]}`,
			[]string{"/body/10/level", "/images/0/url", "/quotes/0/text"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := validateJSON([]byte(tt.doc))
			if tt.want == nil {
				if err != nil {
					t.Fatalf("valid document rejected:\n%v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("validateJSON() = nil, want violations at %q", tt.want)
			}
			got := slices.Compact(paths(t, err))
			if !slices.Equal(got, tt.want) {
				t.Errorf("violation paths = %q, want %q\n%v", got, tt.want, err)
			}
		})
	}
}

func TestValidateJSONNotJSON(t *testing.T) {
	for _, doc := range []string{``, `{`, `{"headline":"H"} {}`} {
		err := validateJSON([]byte(doc))
		if err == nil {
			t.Errorf("validateJSON(%q) = nil, want an error", doc)
			continue
		}
		var ve *ValidationError
		if errors.As(err, &ve) {
			t.Errorf("validateJSON(%q) = %v, want a JSON error, not a ValidationError", doc, err)
		}
	}
}

func TestValidationErrorMessage(t *testing.T) {
	a := validArticle()
	a.Headline = ""
	a.URL = "javascript:alert(1)"
	a.Quotes[0].Text = ""
	a.Body[1].Level = 0
	err := a.Validate()
	if err == nil {
		t.Fatal("Validate() = nil, want an error")
	}
	// Four bad fields, five violations: the empty quote text breaks two
	// keywords (minLength and the non-blank pattern).
	want := `article: invalid article (5 violations)
  /body/1/level: required property is missing
  /headline: required property is missing
  /quotes/0/text: "" is not a non-blank string
  /quotes/0/text: length must be >= 1, but got 0
  /url: "javascript:alert(1)" is not an absolute http or https URL`
	if got := err.Error(); got != want {
		t.Errorf("Error() =\n%s\nwant\n%s", got, want)
	}
	// Deterministic: the same article gives the same text every time.
	for range 5 {
		if again := a.Validate().Error(); again != err.Error() {
			t.Fatalf("Error() differs between runs:\n%s\n---\n%s", err, again)
		}
	}
}

// goldenArticleFiles lists the JSON files in testdata that hold an encoded
// Article: every *.golden.json at any depth, and every *.json directly in
// testdata/text and testdata/html.
func goldenArticleFiles(t *testing.T, root string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".golden.json") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	for _, dir := range []string{"text", "html"} {
		m, err := filepath.Glob(filepath.Join(root, dir, "*.json"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	slices.Sort(files)
	return slices.Compact(files)
}

func TestGoldenArticleFiles(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{"text/a.json", "html/b.json", "text/c.golden.json", "x/y/d.golden.json", "other/e.json", "text/f.txt"} {
		p := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, f := range goldenArticleFiles(t, root) {
		rel, err := filepath.Rel(root, f)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, filepath.ToSlash(rel))
	}
	want := []string{"html/b.json", "text/a.json", "text/c.golden.json", "x/y/d.golden.json"}
	if !slices.Equal(got, want) {
		t.Errorf("goldenArticleFiles = %q, want %q", got, want)
	}
}

func TestGoldenArticlesValidate(t *testing.T) {
	files := goldenArticleFiles(t, "testdata")
	t.Logf("%d golden article files", len(files))
	for _, f := range files {
		t.Run(filepath.ToSlash(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			// The raw file, so that unknown properties are caught too.
			if err := validateJSON(data); err != nil {
				t.Errorf("%s:\n%v", f, err)
			}
			var a Article
			if err := json.Unmarshal(data, &a); err != nil {
				t.Fatalf("%s: decoding as Article: %v", f, err)
			}
			if err := a.Validate(); err != nil {
				t.Errorf("%s decoded and validated:\n%v", f, err)
			}
		})
	}
}

func TestValidateConcurrent(t *testing.T) {
	// The schema is compiled once, lazily; first uses may race.
	errs := make(chan error, 8)
	for i := range 8 {
		go func() {
			a := validArticle()
			if i%2 == 1 {
				a.Headline = ""
			}
			errs <- a.Validate()
		}()
	}
	var valid, invalid int
	for range 8 {
		if err := <-errs; err == nil {
			valid++
		} else if errors.Is(err, ErrInvalid) {
			invalid++
		} else {
			t.Errorf("unexpected error: %v", err)
		}
	}
	if valid != 4 || invalid != 4 {
		t.Errorf("got %d valid and %d invalid, want 4 and 4", valid, invalid)
	}
}

func TestDateJSON(t *testing.T) {
	for _, s := range []string{"2024-06-19", "2024-06-19T17:43:00", "2024-06-19T17:43:00+03:00", "2024-06-19T17:43:00Z"} {
		var d Date
		if err := d.UnmarshalText([]byte(s)); err != nil {
			t.Fatalf("UnmarshalText(%q): %v", s, err)
		}
		if got := d.String(); got != s {
			t.Errorf("round trip of %q gave %q", s, got)
		}
	}
	var d Date
	if err := d.UnmarshalText([]byte("19/06/2024")); err == nil {
		t.Error("UnmarshalText accepted 19/06/2024")
	}
}

func TestValidateSpans(t *testing.T) {
	text := "Der Bürgermeister sagte ja."
	ok := []Span{
		{Type: SpanStrong, Start: 0, End: 17},
		{Type: SpanLink, Start: 4, End: 17, URL: "https://example.com/b"},
		{Type: SpanEmphasis, Start: 24, End: 26},
	}
	for _, c := range []struct {
		name  string
		spans []Span
		want  string // a fragment of the violation; "" for valid
	}{
		{"nested and apart", ok, ""},
		{"empty", []Span{{Type: SpanStrong, Start: 3, End: 3}}, "not a non-empty range"},
		{"past the end", []Span{{Type: SpanStrong, Start: 20, End: 40}}, "not a non-empty range"},
		{"inside a character", []Span{{Type: SpanStrong, Start: 0, End: 6}}, "whole characters"},
		{"out of order", []Span{ok[2], ok[0]}, "not in order"},
		{"overlap", []Span{{Type: SpanStrong, Start: 0, End: 10}, {Type: SpanEmphasis, Start: 5, End: 17}}, "without nesting"},
		{"link without address", []Span{{Type: SpanLink, Start: 0, End: 3}}, "url"},
		{"script address", []Span{{Type: SpanLink, Start: 0, End: 3, URL: "javascript:alert(1)"}}, "url"},
		{"address on emphasis", []Span{{Type: SpanEmphasis, Start: 0, End: 3, URL: "https://example.com/"}}, "url"},
	} {
		a := &Article{Headline: "Rathaus", Body: []Block{{Type: Paragraph, Text: text, Spans: c.spans}}}
		err := a.Validate()
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: Validate() = %v, want nil", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: Validate() = %v, want a violation about %q", c.name, err, c.want)
		}
	}
	code := &Article{Headline: "h", Body: []Block{{Type: Code, Text: "x := 1", Spans: []Span{{Type: SpanCode, Start: 0, End: 1}}}}}
	if err := code.Validate(); err == nil || !strings.Contains(err.Error(), "/body/0/spans") {
		t.Errorf("spans on a code block: Validate() = %v, want a violation at /body/0/spans", err)
	}
}
