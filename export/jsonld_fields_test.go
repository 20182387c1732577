package export

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// fillAllLD sets every field reachable from v (two elements per slice), so
// that a field added to the JSON-LD node and forgotten in encodeLD shows up
// in TestEncodeLDEveryField.
func fillAllLD(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("x<\u2028")
	case reflect.Int:
		v.SetInt(7)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillAllLD(v.Elem())
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fillAllLD(v.Index(0))
		fillAllLD(v.Index(1))
	case reflect.Struct:
		for i := range v.NumField() {
			fillAllLD(v.Field(i))
		}
	}
}

func TestEncodeLDEveryField(t *testing.T) {
	n := new(ldNewsArticle)
	fillAllLD(reflect.ValueOf(n).Elem())
	for _, m := range []struct{ indent, html bool }{{true, false}, {false, true}} {
		if got, want := encodeLD(nil, n, m.indent, m.html), referenceLD(t, n, m.indent, m.html); !bytes.Equal(got, want) {
			t.Errorf("encodeLD differs:\n got %s\nwant %s", got, want)
		}
	}
}

// TestJSONLDStructure: a table's and a code block's plain text go to
// articleBody (a figure adds nothing), and the figures' pictures are image
// entries, each once, script addresses left out.
func TestJSONLDStructure(t *testing.T) {
	a := structure()
	var buf strings.Builder
	if err := JSONLD(&buf, a); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		ArticleBody string `json:"articleBody"`
		Image       []struct {
			URL     string `json:"url"`
			Caption string `json:"caption"`
		} `json:"image"`
	}
	if err := json.Unmarshal([]byte(buf.String()), &doc); err != nil {
		t.Fatal(err)
	}
	wantBody := a.Body[0].Text + "\n\n" + a.Body[1].Text + "\n\n" + a.Body[2].Text + "\n\n" + a.Body[3].Text + "\n\n" + a.Body[4].Text
	if doc.ArticleBody != wantBody {
		t.Errorf("articleBody = %q, want %q", doc.ArticleBody, wantBody)
	}
	var urls []string
	for _, im := range doc.Image {
		urls = append(urls, im.URL)
	}
	want := []string{"https://example.com/img/b.png", "https://example.com/img/a (1).jpg?x=<y>"}
	if !slices.Equal(urls, want) {
		t.Errorf("image urls = %q, want %q", urls, want)
	}
	if len(doc.Image) == 2 && doc.Image[1].Caption != a.Body[5].Image.Caption {
		t.Errorf("figure caption = %q", doc.Image[1].Caption)
	}
}
