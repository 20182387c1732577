package htmlx

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// listPage is a blog post whose body holds a list of linked titles after
// the paragraph intro (and paragraph runs of linked titles when paras).
func listPage(intro string, paras bool) string {
	prose := "The committee met on Tuesday and, after a long debate that ran late into the night, voted to publish the full set of papers from the spring workshop. "
	items := []string{"Knock, Knock: The Imagined Audience", "Facework on Facebook and Publicness", "The Digital Storyteller's Stage Revisited", "Negotiating Visibility on Memorial Pages"}
	var list strings.Builder
	if !paras {
		list.WriteString("<ul>")
	}
	for k, it := range items {
		tag := "li"
		if paras {
			tag = "p"
		}
		list.WriteString("<" + tag + `><a href="/paper/` + string(rune('a'+k)) + `">` + it + "</a></" + tag + ">")
	}
	if !paras {
		list.WriteString("</ul>")
	}
	return `<html><body><div class="nav"><a href="/">Home</a> <a href="/about">About</a></div>
<div class="post"><h1>Workshop papers</h1><p>` + prose + prose + `</p><p>` + prose + `</p><p>` + intro + `</p>` + list.String() +
		`<p>` + prose + prose + `</p></div><div class="footer"><a href="/c">Contact</a></div></body></html>`
}

func TestIntroducedList(t *testing.T) {
	for _, c := range []struct {
		name  string
		intro string
		paras bool
		want  bool
	}{
		{"list after a colon", "The papers in this issue are the following:", false, true},
		{"paragraphs of links after a colon", "Other works I have reviewed here:", true, true},
		{"list after a sentence", "We thank everyone who came to the workshop.", false, false},
		{"paragraphs of links after a sentence", "We thank everyone who came to the workshop.", true, false},
	} {
		root, err := html.Parse(strings.NewReader(listPage(c.intro, c.paras)))
		if err != nil {
			t.Fatal(err)
		}
		blocks, _ := extractContent(root, "Workshop papers", nil)
		var body strings.Builder
		for _, b := range blocks {
			body.WriteString(b.Text + "\n")
		}
		if !strings.Contains(body.String(), "voted to publish") {
			t.Fatalf("%s: the post's prose is not the body: %q", c.name, body.String())
		}
		if got := strings.Contains(body.String(), "Facework on Facebook"); got != c.want {
			t.Errorf("%s: linked titles kept = %v, want %v; body %q", c.name, got, c.want, body.String())
		}
	}
}
