package export

import (
	"bytes"
	"encoding/json"
	"html/template"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// scriptElements parses page as HTML and returns every script element.
func scriptElements(t *testing.T, page string) []*html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// scriptJSON returns the decoded JSON inside the only script element of
// page, failing unless there is exactly one, of type application/ld+json,
// holding one text node.
func scriptJSON(t *testing.T, name, page string) any {
	t.Helper()
	els := scriptElements(t, page)
	if len(els) != 1 {
		t.Fatalf("%s: %d script elements in the page, want 1:\n%s", name, len(els), page)
	}
	el := els[0]
	typ := ""
	for _, a := range el.Attr {
		if a.Key == "type" {
			typ = a.Val
		}
	}
	if typ != "application/ld+json" {
		t.Errorf("%s: script type %q", name, typ)
	}
	if el.FirstChild == nil || el.FirstChild != el.LastChild || el.FirstChild.Type != html.TextNode {
		t.Fatalf("%s: script element does not hold exactly one text node", name)
	}
	var v any
	if err := json.Unmarshal([]byte(el.FirstChild.Data), &v); err != nil {
		t.Fatalf("%s: script text is not JSON: %v", name, err)
	}
	return v
}

// TestScriptSafe embeds the script block of every article, hostile ones
// included, in a page and parses it with an HTML5 parser: there must be
// exactly one script element, whose text decodes to the JSON JSONLD writes.
func TestScriptSafe(t *testing.T) {
	hostileBodies := []string{
		"</script><script>alert(1)</script>",
		"<!--<script>",
		"]]>",
		"</SCRIPT >",
		"<!-- </script -->",
		"\u2028\u2029",
		"<![CDATA[ x ]]>",
		"</scr\u0000ipt>",
		"\\u003c/script\\u003e",
	}
	fxs := allArticles(t)
	for i, s := range hostileBodies {
		a := *hostile()
		a.Headline = s
		a.Body = append(a.Body[:0:0], a.Body...)
		a.Body[0].Text = s
		fxs = append(fxs, fixture{name: "hostile body " + string(rune('a'+i)), a: &a})
	}
	for _, fx := range fxs {
		var s bytes.Buffer
		if err := Script(&s, fx.a); err != nil {
			t.Fatal(err)
		}
		inner := strings.TrimSuffix(strings.TrimPrefix(s.String(), `<script type="application/ld+json">`), "</script>\n")
		lower := strings.ToLower(inner)
		for _, bad := range []string{"</script", "<script", "<!--", "\u2028", "\u2029"} {
			if strings.Contains(lower, bad) {
				t.Errorf("%s: %q inside the script element", fx.name, bad)
			}
		}
		page := "<!DOCTYPE html><html><head><title>t</title>" + s.String() + "</head><body><p>after</p></body></html>"
		got := scriptJSON(t, fx.name, page)
		var want any
		if err := json.Unmarshal([]byte(render(t, func(w *strings.Builder) error { return JSONLD(w, fx.a) })), &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: script JSON differs from JSONLD's", fx.name)
		}
	}
}

// TestScriptHTML checks the template.HTML form inside an html/template page.
func TestScriptHTML(t *testing.T) {
	a := hostile()
	h, err := ScriptHTML(a)
	if err != nil {
		t.Fatal(err)
	}
	var s strings.Builder
	if err := Script(&s, a); err != nil {
		t.Fatal(err)
	}
	if string(h)+"\n" != s.String() {
		t.Errorf("ScriptHTML differs from Script:\n%s\n%s", h, s.String())
	}
	tmpl := template.Must(template.New("p").Parse(`<!DOCTYPE html><html><head><title>{{.Title}}</title>{{.LD}}</head><body></body></html>`))
	var page strings.Builder
	if err := tmpl.Execute(&page, map[string]any{"Title": a.Headline, "LD": h}); err != nil {
		t.Fatal(err)
	}
	got := scriptJSON(t, "template", page.String())
	if m, ok := got.(map[string]any); !ok || m["headline"] != a.Headline {
		t.Errorf("headline did not survive the round trip: %v", got)
	}
}
