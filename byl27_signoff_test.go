package article

import (
	"slices"
	"testing"
)

// byl27Post is a review page with no byline by its headline: an opening
// (head), three paragraphs, and the lines that close it (tail).
func byl27Post(head, tail string) string {
	return `<html><head><title>The Long Road: film review</title></head><body>
<div><a href="/">Home</a> | <a href="/films">Films</a> | <a href="/books">Books</a></div>
<h1>The Long Road: film review</h1>
` + head + `
<p>The film follows two brothers who drive across the country to bury their father, and it takes its time, letting long silences say what the brothers cannot say to each other.</p>
<p>The performances are quiet and exact, and the photography of the empty highways at dawn is some of the most beautiful seen on screen this year, even if the second hour drags.</p>
<p>It is not a film for everyone, but those who give it their patience will find a moving story about grief, distance and the families we are given rather than the ones we choose.</p>
` + tail + `
<div class="share">share with: <a href="#">Facebook</a> | <a href="#">Digg</a></div>
</body></html>`
}

// TestByl27SignOff checks that a sign-off closing the post (a dash and the
// writer's name on a line of their own after the last paragraph, the name
// maybe a link on a line of its own) credits the writer when nothing else
// does; and that a quotation's attribution over the post, a dash and a
// name after a line that is no paragraph's end, or a sign-off that names
// no person, do not.
func TestByl27SignOff(t *testing.T) {
	for _, c := range []struct {
		name, head, tail string
		want             []string
	}{
		{"double dash", ``, `<p><i>-- Daniel Marsh</i></p>`, []string{"Daniel Marsh"}},
		{"em dash", ``, `<div>&mdash; Susan Kell</div>`, []string{"Susan Kell"}},
		{"dash and link", ``, `<div class="sig">- <a href="/writers/susan-kell.htm">Susan Kell</a></div>`, []string{"Susan Kell"}},
		// Near misses.
		{"epigraph", `<blockquote><p>"Grief is the price we pay for love, and it is worth every penny of it."</p><p>&mdash; Helen Marsh</p></blockquote>`, ``, nil},
		{"not after prose", ``, `<p>Cast list</p><div>- Daniel Marsh</div>`, nil},
		{"no person", ``, `<div>&mdash; The Film Desk</div>`, nil},
	} {
		got := authorNames(parseVisible(t, byl27Post(c.head, c.tail)))
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: authors %q, want %q", c.name, got, c.want)
		}
	}
}
