package htmlx

import (
	"slices"
	"strings"
	"testing"
)

// TestAfterStory: when one child of the chosen element holds the story's
// paragraphs, the author box and the readers' notes the template prints
// after it, under the same wrapper, are left out; a standfirst before it
// stays, and a story whose paragraphs are spread over several children
// keeps them all.
func TestAfterStory(t *testing.T) {
	para := func(s string) string {
		return `<p>` + s + ` The council met on Tuesday and voted on the plan after a long debate that ran late into the night, as it often does in the town.</p>`
	}
	var story strings.Builder
	for _, s := range []string{"First.", "Second.", "Third.", "Fourth.", "Fifth.", "Sixth.", "Seventh.", "Eighth.", "Ninth.", "Tenth.", "Eleventh.", "Twelfth."} {
		story.WriteString(para(s))
	}
	bio := `<p>Ann Lee is the founder of the Town Gazette and writes about local politics, schools and the weather for several papers.</p>`
	note := `<p>I was at the meeting and I think the vote was the right one for the town, though it went on far too long for most of us.</p>`
	side := `<div class="sidebar"><ul>` + strings.Repeat(`<li><a href="/story">Another story from the town you may have missed</a></li>`, 15) + `</ul></div>`
	doc := `<html><body>` + side + `<div class="post"><h1>Bridge to close</h1>` +
		`<div class="lead"><p>The bridge closes next week for repairs that will last the whole summer, the council said.</p></div>` +
		`<div class="entry">` + story.String() + `</div>` +
		`<div class="box">` + bio + `</div><div class="notes">` + note + `</div></div>` + side + `</body></html>`
	got := contentBodyText(t, doc, "Bridge to close")
	for _, want := range []string{"Fifth.", "Twelfth.", "The bridge closes next week"} {
		if !strings.Contains(got, want) {
			t.Errorf("body lost %q:\n%s", want, got)
		}
	}
	for _, not := range []string{"founder of the Town Gazette", "I was at the meeting"} {
		if strings.Contains(got, not) {
			t.Errorf("body kept %q after the story's container:\n%s", not, got)
		}
	}

	// The same paragraphs spread over two sections: no child holds most
	// of the prose, nothing is left out.
	var a, b strings.Builder
	for i, s := range []string{"First.", "Second.", "Third.", "Fourth.", "Fifth.", "Sixth."} {
		if i < 3 {
			a.WriteString(para(s))
		} else {
			b.WriteString(para(s))
		}
	}
	doc = `<html><body><div class="post"><h1>Bridge to close</h1><section>` + a.String() + `</section><section>` + b.String() +
		`</section></div></body></html>`
	got = contentBodyText(t, doc, "Bridge to close")
	for _, want := range []string{"First.", "Sixth."} {
		if !strings.Contains(got, want) {
			t.Errorf("spread story lost %q:\n%s", want, got)
		}
	}
}

func TestMergeSorted(t *testing.T) {
	for _, c := range []struct{ a, b, want []int }{
		{nil, []int{1, 3}, []int{1, 3}},
		{[]int{2}, nil, []int{2}},
		{[]int{1, 4, 6}, []int{2, 4, 7}, []int{1, 2, 4, 6, 7}},
	} {
		if got := mergeSorted(c.a, c.b); !slices.Equal(got, c.want) {
			t.Errorf("mergeSorted(%v, %v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
