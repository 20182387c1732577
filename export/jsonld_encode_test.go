package export

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article"
)

// referenceLD is what JSONLD and Script wrote before encodeLD: the node
// encoded by encoding/json, indented or not, with or without HTML escaping.
func referenceLD(t *testing.T, n *ldNewsArticle, indent, escapeHTML bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(escapeHTML)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(n); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// checkEncodeLD asserts that encodeLD writes the bytes encoding/json
// writes for the node of a, in both modes.
func checkEncodeLD(t *testing.T, name string, a *article.Article) {
	t.Helper()
	n := newsArticle(a)
	for _, mode := range []struct{ indent, escapeHTML bool }{{true, false}, {false, true}, {true, true}, {false, false}} {
		got := encodeLD([]byte("prefix"), n, mode.indent, mode.escapeHTML)
		if !bytes.HasPrefix(got, []byte("prefix")) {
			t.Fatalf("encodeLD lost what dst held: %.20q", got)
		}
		got = got[len("prefix"):]
		want := referenceLD(t, n, mode.indent, mode.escapeHTML)
		if !bytes.Equal(got, want) {
			t.Errorf("%s (indent %v, escapeHTML %v): encodeLD differs from encoding/json:\n got %s\nwant %s", name, mode.indent, mode.escapeHTML, got, want)
		}
	}
}

func TestEncodeLDMatchesEncodingJSON(t *testing.T) {
	for _, fx := range allArticles(t) {
		checkEncodeLD(t, fx.name, fx.a)
	}
	checkEncodeLD(t, "zero", &article.Article{})
	checkEncodeLD(t, "publisher with a logo only", &article.Article{Publisher: &article.Publisher{Logo: "https://x.example/l.png"}})
	r := rand.New(rand.NewPCG(11, 12))
	for i := range 2000 {
		checkEncodeLD(t, "random article "+strconv.Itoa(i), randomLDArticle(r))
		if t.Failed() {
			break
		}
	}
}

// randomLDArticle fills each field the JSON-LD export reads, or not, with
// strings that exercise the escaping.
func randomLDArticle(r *rand.Rand) *article.Article {
	str := func() string { return randomJSONText(r) }
	url := func() string {
		return []string{"", "https://example.com/a?b=<c>&d", "http://x.example/\u2028", "javascript:alert(1)", "/rel", " https://e.example/ ", str()}[r.IntN(7)]
	}
	some := func() bool { return r.IntN(2) == 0 }
	a := &article.Article{URL: url(), Headline: str(), Description: str(), Section: str(), Language: str(), WordCount: r.IntN(5) * (r.IntN(3) - 1) * 100}
	if some() {
		a.DatePublished = article.Date{Time: time.Date(2024, 6, 19, 17, 43, 0, 0, time.FixedZone("", 3600*r.IntN(5))), HasClock: some(), HasZone: some()}
	}
	for range r.IntN(4) {
		a.Authors = append(a.Authors, article.Author{Name: str(), URL: url(), Type: []string{"", article.Person, article.Organization, "x"}[r.IntN(4)]})
	}
	if some() {
		a.Publisher = &article.Publisher{Name: str(), URL: url(), Logo: url()}
	}
	for range r.IntN(4) {
		a.Body = append(a.Body, article.Block{Type: article.Paragraph, Text: str()})
	}
	for range r.IntN(3) {
		a.Images = append(a.Images, article.Image{URL: url(), Caption: str()})
		a.Keywords = append(a.Keywords, str())
		a.Sources = append(a.Sources, str())
		a.Quotes = append(a.Quotes, article.Quote{Text: str(), Speaker: str()})
	}
	return a
}

// randomJSONText joins pieces that encoding/json escapes in every way.
func randomJSONText(r *rand.Rand) string {
	pieces := []string{"", "a", " ", "Москва", "😀", "<", ">", "&", `"`, `\`, "/", "\x00", "\x01", "\x08", "\x0c", "\n", "\r", "\t", "\x1f",
		"\x7f", "\u0080", "\u2028", "\u2029", "\u2027", "\u202a", "\xff", "\xe2\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\ufffd", "</script>", "<!--"}
	var b strings.Builder
	for range r.IntN(6) {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

func TestAppendJSONString(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	inputs := []string{"", "plain", "\u2028\u2029", "\xff\xfe", "<a href=\"x\">&amp;</a>"}
	for range 5000 {
		b := make([]byte, r.IntN(8))
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		inputs = append(inputs, string(b), randomJSONText(r))
	}
	for c := range 256 {
		inputs = append(inputs, string(rune(c)), string([]byte{byte(c)}))
	}
	for _, s := range inputs {
		for _, escapeHTML := range []bool{false, true} {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(escapeHTML)
			if err := enc.Encode(s); err != nil {
				t.Fatal(err)
			}
			want := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
			if got := appendJSONString(nil, s, escapeHTML); !bytes.Equal(got, want) {
				t.Errorf("appendJSONString(%q, %v) = %s, want %s", s, escapeHTML, got, want)
			}
		}
	}
}
