package article

import (
	"strings"
	"testing"
)

// TestSectionHeadingOverStory reads the section heading older newspaper
// templates print right over the story's headline (internal/htmlx
// section_heading.go): taken when the page names the same section again,
// as a menu link or a part of its <title>; not when nothing corroborates
// it, when it lies far above the headline, when it is the site's name
// linked to the home page or an author's name linked to a profile.
func TestSectionHeadingOverStory(t *testing.T) {
	const body = `<p>The council voted on Tuesday to widen the harbour road, a plan that has divided the town for a decade and cost two mayors their seats.</p>
<p>Work is to start in the spring and last two years, the council said, with one lane kept open to traffic throughout.</p>`
	const menu = `<ul class="menu"><li><a href="/news/">News</a></li><li><a href="/arts/">Arts</a></li><li><a href="/sport/">Sport</a></li></ul>`
	const headline = `<h2>Council votes to widen the harbour road</h2>`
	cases := []struct {
		name, html, want string
	}{
		{"h1 over the headline, named by the menu",
			`<html><head><title>Council votes to widen the harbour road : Daily Example</title></head><body>` + menu +
				`<div class="title"><h1>Arts</h1></div><table><tr><td>Text size</td><td>Print</td></tr></table>` + headline + body + `</body></html>`, "Arts"},
		{"heading named by a part of the <title>",
			`<html><head><title>Council votes to widen the harbour road | STATE NEWS | Example TV</title></head><body>` +
				`<h2>STATE NEWS</h2><div>Cars | Homes</div>` + headline + body + `</body></html>`, "STATE NEWS"},
		{"nothing corroborates the heading",
			`<html><head><title>Council votes to widen the harbour road : Daily Example</title></head><body>` + menu +
				`<h1>Town hall</h1>` + headline + body + `</body></html>`, ""},
		{"heading far above the headline",
			`<html><head><title>Council votes to widen the harbour road : Daily Example</title></head><body>` + menu +
				`<h3>Arts</h3><p>` + strings.Repeat("Tickets for the summer season go on sale on Friday. ", 12) + `</p>` + headline + body + `</body></html>`, ""},
		{"the site's name linked to its home page",
			`<html><head><title>Daily Example » Archive » Council votes to widen the harbour road</title></head><body>` +
				`<h1><a href="/">Daily Example</a></h1>` + headline + body + `<p><a href="/">Daily Example</a></p></body></html>`, ""},
		{"an author's name linked to a profile",
			`<html><head><title>Council votes to widen the harbour road : Daily Example</title></head><body>` +
				`<h3><a href="/profile/142">Jane Doe</a></h3>` + headline + body + `<p><a href="/profile/142">Jane Doe</a></p></body></html>`, ""},
		{"a \"Section Story\" heading",
			`<html><head><title>Council votes to widen the harbour road : Daily Example</title></head><body>` + menu +
				`<h3><a href="/sport/">Sport Story</a></h3>` + headline + body + `</body></html>`, "Sport"},
		{"a box set as a heading by its class",
			`<html><head><title>Council votes to widen the harbour road : Daily Example</title></head><body>` + menu +
				`<div class="sectionhead">Sport</div>` + headline + body + `</body></html>`, "Sport"},
	}
	for _, c := range cases {
		a, _ := ParseHTML(strings.NewReader(c.html))
		if a == nil {
			t.Fatalf("%s: no article", c.name)
		}
		if a.Section != c.want {
			t.Errorf("%s: section %q, want %q", c.name, a.Section, c.want)
		}
	}
}

// TestSectionHeadlineFromTitle places the section sources by the story's
// own headline when the page gave none better than its whole <title>
// ("Site : Section : Headline"): the <title> segment beside the headline
// is read, corroborated by a link.
func TestSectionHeadlineFromTitle(t *testing.T) {
	const page = `<html><head><title>The Example : Business : BSNL offers insurance cover to all its subscribers</title></head><body>
<div><a href="/">Front Page</a> | <a href="/nat/">National</a> | <a href="/biz/">Business</a></div>
<font>BSNL offers insurance cover to all its subscribers</font><br>
<p>NEW DELHI: The Minister on Monday launched a unique initiative of the state telephone company, giving personal accident insurance free of cost to all its 3.4 crore fixed-line and mobile subscribers.</p>
<p>The cover is for one lakh rupees a subscriber, and the company pays the premium for the first year, he said.</p>
</body></html>`
	a, _ := ParseHTML(strings.NewReader(page))
	if a == nil {
		t.Fatal("no article")
	}
	// Whether the headline is the whole <title> (the case this test was
	// written for) or found on its own, the section is the <title>'s
	// segment beside it.
	if a.Section != "Business" {
		t.Errorf("section %q (headline %q), want Business", a.Section, a.Headline)
	}
}
