package article

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// roundTripDoc is the document Validate used to build: the article encoded
// by encoding/json and decoded again.
func roundTripDoc(t *testing.T, a *Article) (any, error) {
	t.Helper()
	data, err := json.Marshal(a)
	if err != nil {
		return nil, err
	}
	doc, err := decodeJSON(data)
	if err != nil {
		t.Fatalf("decoding json.Marshal's output: %v", err)
	}
	return doc, nil
}

// referenceValidate is Validate as it was before articleDoc and the fast
// check: the JSON round trip and the schema library alone.
func referenceValidate(t *testing.T, a *Article) error {
	t.Helper()
	doc, err := roundTripDoc(t, a)
	if err != nil {
		return fmt.Errorf("article: encoding article for validation: %w", err)
	}
	cs, err := loadSchema()
	if err != nil {
		t.Fatal(err)
	}
	vs, err := cs.libraryViolations(doc)
	if err != nil {
		return err
	}
	for i, b := range a.Body {
		vs = append(vs, spanViolations(i, b)...) // the offsets: checked by TestValidateSpans
		vs = append(vs, rowViolations(i, b)...)  // the table shape: checked by TestValidate
	}
	for i, q := range a.Quotes {
		if q.Block >= len(a.Body) {
			vs = append(vs, Violation{
				Path:    "/quotes/" + itoa(i) + "/block",
				Message: "block index " + itoa(q.Block) + " is out of range: body has " + itoa(len(a.Body)) + " blocks",
			})
		}
	}
	return violationError(vs)
}

func itoa(n int) string { return string(jsonInt(n)) }

// checkArticleDoc asserts that articleDoc(a) equals the JSON round trip, or
// declines exactly the articles it must, and that Validate gives the same
// answer as referenceValidate.
func checkArticleDoc(t *testing.T, name string, a *Article) {
	t.Helper()
	doc, ok := articleDoc(a)
	want, merr := roundTripDoc(t, a)
	if ok {
		if merr != nil {
			t.Errorf("%s: articleDoc built a document but json.Marshal fails: %v", name, merr)
		} else if !reflect.DeepEqual(any(doc), want) {
			g, _ := json.Marshal(doc)
			w, _ := json.Marshal(want)
			t.Errorf("%s: articleDoc differs from the JSON round trip:\n got %s\nwant %s", name, g, w)
		}
	} else {
		badKey := false
		for k := range a.Provenance {
			if !utf8.ValidString(k) {
				badKey = true
			}
		}
		if merr == nil && !badKey {
			t.Errorf("%s: articleDoc declined an article that encodes and has valid provenance keys", name)
		}
	}
	got, wantErr := a.Validate(), referenceValidate(t, a)
	if (got == nil) != (wantErr == nil) || got != nil && got.Error() != wantErr.Error() {
		t.Errorf("%s: Validate() = %v\nthe JSON round trip and the schema library give %v", name, got, wantErr)
	}
	if got != nil && errors.Is(wantErr, ErrInvalid) != errors.Is(got, ErrInvalid) {
		t.Errorf("%s: errors.Is(ErrInvalid) differs: %v vs %v", name, got, wantErr)
	}
}

// testdataArticles parses every text and HTML page under testdata, keeping
// the article also when the parser returns it with ErrNotArticle, and reads
// every golden article file. With ../shared present it adds the pages of
// the article extraction benchmark unless -short or -race.
func testdataArticles(t *testing.T) map[string]*Article {
	t.Helper()
	testdataArticlesMu.Lock()
	defer testdataArticlesMu.Unlock()
	if testdataArticlesCache == nil {
		testdataArticlesCache = loadTestdataArticles(t)
	}
	return testdataArticlesCache
}

// testdataArticlesCache holds what testdataArticles returns, parsed once
// per test binary.
var (
	testdataArticlesMu    sync.Mutex
	testdataArticlesCache map[string]*Article
)

// loadTestdataArticles parses the articles for testdataArticles.
func loadTestdataArticles(t *testing.T) map[string]*Article {
	t.Helper()
	out := map[string]*Article{}
	add := func(name string, parse func(io.Reader, ...Option) (*Article, error), data []byte) {
		a, _ := parse(bytes.NewReader(data))
		if a != nil {
			out[name] = a
		}
	}
	for _, pattern := range []string{"testdata/text/*.txt", "testdata/html/*", "testdata/kinds/*.html"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range files {
			if st, err := os.Stat(name); err != nil || st.IsDir() {
				continue
			}
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasSuffix(name, ".txt") {
				add(name, Parse, data)
				add(name+" (ParseText)", ParseText, data)
			} else if !strings.HasSuffix(name, ".json") {
				add(name, ParseHTML, data)
			}
		}
	}
	for _, name := range goldenArticleFiles(t, "testdata") {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var a Article
		if json.Unmarshal(data, &a) == nil {
			out[name] = &a
		}
	}
	if len(out) < 10 {
		t.Fatalf("only %d articles from testdata; the globs are wrong", len(out))
	}
	if testing.Short() || raceEnabled {
		return out // the AEB pages: .ci/run reads them without -race
	}
	pages, _ := filepath.Glob("../shared/bench/aeb/html/*.html.gz")
	if len(pages) == 0 {
		t.Log("article extraction benchmark not found at ../shared/bench/aeb/html (it lives beside the repository); testing testdata alone")
	}
	for _, p := range pages {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			t.Fatal(err)
		}
		data, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		add(p, ParseHTML, data)
	}
	return out
}

func TestArticleDocTestdata(t *testing.T) {
	for name, a := range testdataArticles(t) {
		checkArticleDoc(t, name, a)
	}
}

func TestArticleDocHandMade(t *testing.T) {
	msk := time.FixedZone("MSK", 3*60*60)
	full := validArticle()
	full.Kind = KindPaywalled
	full.ContentHash = full.Hash()
	full.Quotes[0].Partial = true
	full.Authors[0].Type = Person
	full.Authors[1].Role = "editor"
	full.Provenance = map[string]Source{
		"headline":      {From: FromJSONLD, Confidence: 0.95},
		"datePublished": {From: FromMeta, Confidence: 1},
		"body":          {From: FromContent, Confidence: 0},
		"language":      {From: FromDetected, Confidence: 1e-7},
		"section":       {From: FromURL, Confidence: 2.5e21},
		"keywords":      {From: FromCaller, Confidence: math.Copysign(0, -1)},
		"url":           {From: "unknown", Confidence: -0.3},
		"images":        {From: "", Confidence: 123456789.125},
	}
	cases := map[string]*Article{
		"zero": {},
		"empty slices": {Authors: []Author{}, Body: []Block{}, Quotes: []Quote{}, Sources: []string{},
			Keywords: []string{}, Images: []Image{}, Provenance: map[string]Source{}},
		"full":               full,
		"valid":              validArticle(),
		"empty strings":      {Authors: []Author{{}}, Publisher: &Publisher{}, Body: []Block{{}}, Quotes: []Quote{{}}, Sources: []string{""}, Keywords: []string{""}, Images: []Image{{}}},
		"blank strings":      {Headline: " \t\n", Body: []Block{{Type: Paragraph, Text: "\f\r "}}},
		"unicode":            {Headline: "Ünïcödé 日本語 \u2028\u2029 <b>&amp;</b> \"q\" \\ \x00\x1f 😀", Body: []Block{{Type: Heading, Text: "\u00a0", Level: 7}}},
		"invalid UTF-8":      {Headline: "a\xffb\xed\xa0\x80c\xe2\x82", URL: "http://\xc0\xaf/", Body: []Block{{Type: "para\xfe", Text: "\x80"}}, Sources: []string{"\xff"}, Provenance: map[string]Source{"headline": {From: "\xff", Confidence: 0.5}}},
		"invalid key":        {Headline: "h", Provenance: map[string]Source{"a\xff": {From: FromMeta, Confidence: 0.5}, "a\xfe": {From: FromURL, Confidence: 0.4}}},
		"NaN":                {Headline: "h", Provenance: map[string]Source{"headline": {From: FromMeta, Confidence: math.NaN()}}},
		"Inf":                {Headline: "h", Provenance: map[string]Source{"headline": {From: FromMeta, Confidence: math.Inf(-1)}}},
		"negative numbers":   {Headline: "h", WordCount: -5, Body: []Block{{Type: Heading, Text: "x", Level: -1}}, Quotes: []Quote{{Text: "q", Block: -2}}},
		"large numbers":      {Headline: "h", WordCount: math.MaxInt, Quotes: []Quote{{Text: "q", Block: math.MinInt}}},
		"day date":           {Headline: "h", DatePublished: Date{Time: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)}},
		"zoned date":         {Headline: "h", DatePublished: Date{Time: time.Date(2024, 2, 29, 23, 59, 60, 5, msk), HasClock: true, HasZone: true}},
		"zone but no clock":  {Headline: "h", DateModified: Date{Time: time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC), HasZone: true}},
		"far years":          {Headline: "h", DatePublished: Date{Time: time.Date(-40, 1, 1, 0, 0, 0, 0, time.UTC), HasClock: true}, DateModified: Date{Time: time.Date(12345, 1, 1, 0, 0, 0, 0, msk), HasClock: true, HasZone: true}},
		"zero-offset zone":   {Headline: "h", DatePublished: Date{Time: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), HasClock: true, HasZone: true}},
		"nil publisher name": {Headline: "h", Publisher: &Publisher{URL: "https://x.example/"}},
		"kinds":              {Headline: "h", Kind: "weird kind", ContentHash: "sha256:" + strings.Repeat("A", 64)},
	}
	for name, a := range cases {
		checkArticleDoc(t, name, a)
	}
}

// randomArticle builds an article whose every field is drawn at random,
// valid or not, from values that exercise the JSON encoding.
func randomArticle(r *rand.Rand) *Article {
	if r.IntN(2) == 0 {
		return nearlyValidArticle(r)
	}
	str := func() string { return randomString(r) }
	maybe := func() bool { return r.IntN(3) == 0 }
	a := &Article{}
	if maybe() {
		a.URL = randomURL(r)
	}
	if r.IntN(8) != 0 {
		a.Headline = str()
	}
	if maybe() {
		a.Section = str()
	}
	a.DatePublished = randomDate(r)
	a.DateModified = randomDate(r)
	for range r.IntN(4) {
		a.Authors = append(a.Authors, Author{Name: str(), URL: pick(r, "", randomURL(r)), Type: pick(r, "", Person, Organization, str()), Role: pick(r, "", "author", "editor", str())})
	}
	if r.IntN(5) == 0 {
		a.Authors = []Author{}
	}
	if maybe() {
		a.Publisher = &Publisher{Name: str(), URL: pick(r, "", randomURL(r)), Logo: pick(r, "", randomURL(r))}
	}
	if maybe() {
		a.Description = str()
	}
	types := []BlockType{Paragraph, Heading, List, Blockquote, Table, Code, Figure, "", "other"}
	for range r.IntN(6) {
		b := Block{Type: types[r.IntN(len(types))], Text: str()}
		if b.Type == Heading || r.IntN(6) == 0 {
			b.Level = r.IntN(9) - 1
		}
		if b.Type == List || r.IntN(8) == 0 {
			b.Ordered = r.IntN(2) == 0
			if r.IntN(2) == 0 {
				b.Start = r.IntN(7) - 3
			}
		}
		if b.Type == Table || r.IntN(8) == 0 {
			for range r.IntN(3) {
				var row []string
				for range r.IntN(3) {
					row = append(row, str())
				}
				b.Rows = append(b.Rows, row)
			}
			b.Header, b.Caption = r.IntN(2) == 0, str()
		}
		if b.Type == Code || r.IntN(8) == 0 {
			b.Language = str()
		}
		if b.Type == Figure || r.IntN(8) == 0 {
			b.Image = &Image{URL: pick(r, "", randomURL(r)), Caption: str(), Alt: str(), Credit: str()}
		}
		a.Body = append(a.Body, b)
	}
	for range r.IntN(4) {
		a.Quotes = append(a.Quotes, Quote{Text: str(), Speaker: pick(r, "", str()), Block: r.IntN(8) - 1, Partial: r.IntN(2) == 0})
	}
	for range r.IntN(3) {
		a.Sources = append(a.Sources, str())
	}
	for range r.IntN(3) {
		a.Keywords = append(a.Keywords, str())
	}
	for range r.IntN(3) {
		a.Images = append(a.Images, Image{URL: randomURL(r), Caption: pick(r, "", str())})
	}
	if maybe() {
		a.Language = pick(r, "ru", "en-GB", "x-private", "zz-Latn-419", "ru_RU", str())
	}
	if maybe() {
		a.WordCount = r.IntN(2000) - 10
	}
	if maybe() {
		a.Kind = PageKind(pick(r, string(KindArticle), string(KindList), string(KindEmpty), string(KindPaywalled), string(KindNotArticle), str()))
	}
	if maybe() {
		a.ContentHash = pick(r, a.Hash(), "sha256:"+strings.Repeat("0", 63), str())
	}
	if maybe() {
		a.Provenance = map[string]Source{}
		keys := []string{"url", "headline", "section", "datePublished", "dateModified", "authors", "publisher", "description", "body", "keywords", "images", "language", "quotes"}
		for range r.IntN(5) {
			k := keys[r.IntN(len(keys))]
			if r.IntN(10) == 0 {
				k = str()
			}
			a.Provenance[k] = Source{From: pick(r, FromJSONLD, FromMeta, FromContent, FromDetected, "nowhere", ""), Confidence: randomFloat(r)}
		}
	}
	return a
}

// pick returns one of choices at random.
func pick(r *rand.Rand, choices ...string) string { return choices[r.IntN(len(choices))] }

// randomString draws a short string from pieces that matter to JSON,
// UTF-8 and the schema: blanks, escapes, multi-byte and invalid bytes.
func randomString(r *rand.Rand) string {
	pieces := []string{"", " ", "\t", "\n", "\f", "\r", "\v", "\u00a0", "\u2028", "\u2029", "a", "Zz", "Москва", "日本", "😀",
		"<", ">", "&", `"`, `\`, "/", "~", "\x00", "\x1f", "\x7f", "\xff", "\xfe", "\xc0\xaf", "\xed\xa0\x80", "\xe2\x82", "\ufffd",
		"1", "-", ":", "T", "Z", "+03:00", "2024-06-19", "https://", "x"}
	var b strings.Builder
	for range r.IntN(7) {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// randomURL returns a URL-like string, valid for the schema or not.
func randomURL(r *rand.Rand) string {
	return pick(r, "https://example.com/a?b=c#d", "http://x.example", "ftp://x.example/", "https://", "https://ex ample.com/",
		"//example.com/", "/relative", "https://[::1]:80/", "https://[::1/", "http://пример.рф/путь", "https://example.com/\xff", randomString(r))
}

// randomDate returns the zero Date or a date of each precision, including
// years that do not fit four digits.
func randomDate(r *rand.Rand) Date {
	if r.IntN(3) == 0 {
		return Date{}
	}
	year := 1900 + r.IntN(200)
	if r.IntN(10) == 0 {
		year = r.IntN(20000) - 5000
	}
	zones := []*time.Location{time.UTC, time.FixedZone("", 3*3600), time.FixedZone("", -(5*3600 + 30*60)), time.FixedZone("", 59)}
	t := time.Date(year, time.Month(1+r.IntN(12)), 1+r.IntN(31), r.IntN(24), r.IntN(60), r.IntN(61), r.IntN(3)*123456789, zones[r.IntN(len(zones))])
	return Date{Time: t, HasClock: r.IntN(3) != 0, HasZone: r.IntN(2) == 0}
}

// randomFloat returns a confidence in [0, 1] mostly, and sometimes a value
// encoding/json writes in exponent form, a negative zero, NaN or ±Inf.
func randomFloat(r *rand.Rand) float64 {
	switch r.IntN(12) {
	case 0:
		return math.NaN()
	case 1:
		return math.Inf(1 - 2*r.IntN(2))
	case 2:
		return math.Copysign(0, -1)
	case 3:
		return r.Float64() * 1e-6
	case 4:
		return 1e21 * (1 + r.Float64())
	case 5:
		return -r.Float64()
	case 6:
		return 1 + r.Float64()
	case 7:
		return float64(r.IntN(3))
	}
	return r.Float64()
}

func TestArticleDocRandom(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	r := rand.New(rand.NewPCG(1, 2))
	valid := 0
	for i := range n {
		a := randomArticle(r)
		checkArticleDoc(t, "random article "+itoa(i), a)
		if a.Validate() == nil {
			valid++
		}
		if t.Failed() {
			break
		}
	}
	// The generator must reach both answers, or the comparison of
	// Validate with the reference says little.
	if valid == 0 || valid == n {
		t.Errorf("%d of %d random articles are valid; want some of each", valid, n)
	}
}

func TestJSONString(t *testing.T) {
	for _, s := range []string{"", "abc", "Привет", "\xff", "a\xffb", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82", "😀\xf0\x9f\x98"} {
		data, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var want string
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		if got := jsonString(s); got != want {
			t.Errorf("jsonString(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestJSONFloat(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1e-6, 9.99999e-7, 1e-7, 1e20, 1e21, 1e-300, math.MaxFloat64, math.SmallestNonzeroFloat64, 123456789.125}
	for range 2000 {
		values = append(values, math.Float64frombits(r.Uint64()), r.NormFloat64()*math.Pow(10, float64(r.IntN(60)-30)))
	}
	for _, f := range values {
		data, err := json.Marshal(f)
		got, ok := jsonFloat(f)
		if err != nil {
			if ok {
				t.Errorf("jsonFloat(%v) = %q, but json.Marshal fails: %v", f, got, err)
			}
			continue
		}
		if !ok || string(got) != string(data) {
			t.Errorf("jsonFloat(%v) = %q, %v; json.Marshal writes %s", f, got, ok, data)
		}
	}
}

// nearlyValidArticle builds a random article the schema accepts, and then
// one time in three breaks one of its fields.
func nearlyValidArticle(r *rand.Rand) *Article {
	words := []string{"Москва", "news", "日本", "«цитата»", "a&b", "<tag>", "😀", "x\ny", "Zürich", "\u2028"}
	str := func() string {
		n := 1 + r.IntN(4)
		parts := make([]string, n)
		for i := range parts {
			parts[i] = words[r.IntN(len(words))]
		}
		return strings.Join(parts, pick(r, " ", "\n", " \t"))
	}
	urls := []string{"https://example.com/a?b=c#d", "http://x.example", "http://пример.рф/путь", "https://example.com/", "https://a.b/c/d.jpg"}
	url := func() string { return urls[r.IntN(len(urls))] }
	date := func() Date {
		if r.IntN(3) == 0 {
			return Date{}
		}
		d := randomDate(r)
		d.Time = time.Date(1990+r.IntN(50), d.Time.Month(), d.Time.Day(), d.Time.Hour(), d.Time.Minute(), d.Time.Second(), d.Time.Nanosecond(), d.Time.Location())
		return d
	}
	a := &Article{Headline: str(), DatePublished: date(), DateModified: date()}
	if r.IntN(2) == 0 {
		a.URL = url()
		a.Section = str()
		a.Description = str()
	}
	for range r.IntN(3) {
		a.Authors = append(a.Authors, Author{Name: str(), URL: pick(r, "", url()), Type: pick(r, "", Person, Organization), Role: pick(r, "", "author", "translator")})
	}
	if r.IntN(2) == 0 {
		a.Publisher = &Publisher{Name: str(), URL: pick(r, "", url()), Logo: pick(r, "", url())}
	}
	for range 1 + r.IntN(5) {
		b := Block{Type: []BlockType{Paragraph, Heading, List, Blockquote, Table, Code, Figure}[r.IntN(7)], Text: str()}
		switch b.Type {
		case Heading:
			b.Level = 1 + r.IntN(6)
		case List:
			if r.IntN(2) == 0 {
				b.Ordered = true
				if r.IntN(2) == 0 {
					b.Start = pick2(r, -4, 2, 1000)
				}
			}
		case Table:
			b.Rows, b.Header = [][]string{{str(), ""}, {str(), str()}}, r.IntN(2) == 0
			if r.IntN(2) == 0 {
				b.Caption = str()
			}
		case Code:
			b.Language = pick(r, "", "go", "py")
		case Figure:
			b.Text = ""
			b.Image = &Image{URL: url(), Caption: str(), Alt: pick(r, "", str()), Credit: pick(r, "", str())}
		}
		a.Body = append(a.Body, b)
	}
	for range r.IntN(3) {
		a.Quotes = append(a.Quotes, Quote{Text: str(), Speaker: pick(r, "", str()), Block: r.IntN(len(a.Body)), Partial: r.IntN(2) == 0})
	}
	for range r.IntN(3) {
		a.Sources = append(a.Sources, str())
		a.Keywords = append(a.Keywords, str())
		a.Images = append(a.Images, Image{URL: url(), Caption: pick(r, "", str())})
	}
	a.Language = pick(r, "", "ru", "en-GB", "x-private", "zh-Hant-TW")
	a.WordCount = r.IntN(3) * r.IntN(500)
	a.Kind = PageKind(pick(r, "", string(KindArticle), string(KindPaywalled)))
	if r.IntN(2) == 0 {
		a.ContentHash = a.Hash()
	}
	if r.IntN(2) == 0 {
		a.Provenance = map[string]Source{
			"headline": {From: FromJSONLD, Confidence: r.Float64()},
			"body":     {From: FromContent, Confidence: float64(r.IntN(2))},
		}
	}
	if r.IntN(3) == 0 {
		breakArticle(r, a)
	}
	return a
}

// breakArticle changes one field of a to a value the schema rejects, or
// may reject.
func breakArticle(r *rand.Rand, a *Article) {
	switch r.IntN(14) {
	case 0:
		a.Headline = pick(r, "", " ", "\t\n")
	case 1:
		a.Body = nil
	case 2:
		a.Body[0].Type = BlockType(pick(r, "", "para", "Heading"))
	case 3:
		a.Body[0].Level = pick2(r, -1, 0, 7, 3)
	case 4:
		a.URL = randomURL(r)
	case 5:
		a.Authors = append(a.Authors, Author{Name: pick(r, "", " "), Type: pick(r, "", "person")})
	case 6:
		a.Quotes = append(a.Quotes, Quote{Text: "q", Block: pick2(r, -1, len(a.Body), 0)})
	case 7:
		a.Language = pick(r, "r", "ru_RU", "english", "ru-", "EN-gb")
	case 8:
		a.WordCount = -1 - r.IntN(10)
	case 9:
		a.ContentHash = pick(r, "sha256:", "sha256:"+strings.Repeat("A", 64), "md5:x")
	case 10:
		a.Provenance = map[string]Source{pick(r, "quotes", "headline"): {From: pick(r, "jsonld", "bogus"), Confidence: randomFloat(r)}}
	case 11:
		a.DatePublished = Date{Time: time.Date(pick2(r, -1, 10000, 2024), 2, 29, 25, 0, 0, 0, time.UTC), HasClock: r.IntN(2) == 0, HasZone: r.IntN(2) == 0}
	case 12:
		a.Images = append(a.Images, Image{URL: randomURL(r), Caption: pick(r, "", " ", "c")})
	case 13:
		a.Keywords = append(a.Keywords, pick(r, "", "\f", "k"))
	}
}

// pick2 returns one of choices at random.
func pick2(r *rand.Rand, choices ...int) int { return choices[r.IntN(len(choices))] }

// FuzzArticleDoc checks articleDoc and Validate against the JSON round
// trip for articles whose every field comes from the fuzzer.
func FuzzArticleDoc(f *testing.F) {
	f.Add("Заголовок", "https://example.com/a", "ru", 3, 0.5, int64(1718800000), uint8(7))
	f.Add("", "\xff", "x-\u2028", -1, math.Inf(1), int64(-62135596800), uint8(0))
	f.Add(" \t", "http://[::1", "en-GB", 0, 1e-7, int64(253402300800), uint8(255))
	f.Fuzz(func(t *testing.T, text, url, lang string, n int, conf float64, unix int64, flags uint8) {
		bit := func(i uint) bool { return flags&(1<<i) != 0 }
		d := Date{Time: time.Unix(unix, int64(n)).UTC(), HasClock: bit(0), HasZone: bit(1)}
		if bit(2) {
			d.Time = d.Time.In(time.FixedZone("", n%86400))
		}
		a := &Article{
			URL: url, Headline: text, Section: lang, DatePublished: d, Language: lang, WordCount: n,
			Authors:    []Author{{Name: text, URL: url, Type: lang, Role: text}},
			Body:       []Block{{Type: BlockType(lang), Text: text, Level: n}, {Type: Paragraph, Text: url}},
			Quotes:     []Quote{{Text: text, Speaker: lang, Block: n, Partial: bit(3)}},
			Sources:    []string{text, lang},
			Images:     []Image{{URL: url, Caption: text}},
			Kind:       PageKind(lang),
			Provenance: map[string]Source{lang: {From: text, Confidence: conf}},
		}
		if bit(4) {
			a.Publisher = &Publisher{Name: text, URL: url, Logo: url}
		}
		if bit(5) {
			a.Authors, a.Quotes, a.Provenance = nil, nil, nil
		}
		checkArticleDoc(t, "fuzzed article", a)
	})
}

// fillAll sets every exported field reachable from v to a non-zero value
// (one element per slice and map), so that a field added to Article and
// forgotten in articleDoc shows up in TestArticleDocEveryField.
func fillAll(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Int:
		v.SetInt(1)
	case reflect.Float64:
		v.SetFloat(0.5)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillAll(v.Elem())
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fillAll(v.Index(0))
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fillAll(k)
		fillAll(e)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[Date]() {
			v.Set(reflect.ValueOf(Date{Time: time.Date(2024, 6, 19, 17, 43, 0, 0, time.UTC), HasClock: true, HasZone: true}))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillAll(v.Field(i))
			}
		}
	}
}

// TestArticleDocEveryField fails as soon as articleDoc misses a field of
// Article (or of the types it holds) that the JSON encoding has.
func TestArticleDocEveryField(t *testing.T) {
	a := new(Article)
	fillAll(reflect.ValueOf(a).Elem())
	checkArticleDoc(t, "every field set", a)
}
