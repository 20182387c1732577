package htmlx

import (
	"slices"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestOrderedLists: an <ol> is an ordered list block counting from its
// start attribute; a nested list splits it, and the block after the
// nested one goes on counting; a reversed list and a <ul> are bulleted.
func TestOrderedLists(t *testing.T) {
	item := func(s string) string {
		return "<li>" + s + " is one of the steps the council listed for the budget of the coming year.</li>"
	}
	type want struct {
		ordered bool
		start   int
	}
	for _, c := range []struct {
		name  string
		inner string
		want  []want
	}{
		{"plain ol", "<ol>" + item("One") + item("Two") + "</ol>", []want{{true, 0}}},
		{"start", `<ol start="7">` + item("Seven") + item("Eight") + "</ol>", []want{{true, 7}}},
		{"start with spaces and junk", `<ol start=" 12th">` + item("Twelve") + item("Thirteen") + "</ol>", []want{{true, 12}}},
		{"negative start", `<ol start="-2">` + item("Minus two") + item("Minus one") + "</ol>", []want{{true, -2}}},
		{"start not a number", `<ol start="x">` + item("One") + item("Two") + "</ol>", []want{{true, 0}}},
		{"reversed", `<ol reversed>` + item("Two") + item("One") + "</ol>", []want{{false, 0}}},
		{"ul", "<ul>" + item("A") + item("B") + "</ul>", []want{{false, 0}}},
		{"nested list continues the count", `<ol start="3">` + item("Three") +
			"<li>Four is the step that holds a nested list of the budget's details:<ul>" + item("Detail") + item("Another detail") + "</ul></li>" +
			item("Five") + "</ol>", []want{{true, 3}, {false, 0}, {true, 5}}},
	} {
		lists := blocksOf(extractBody(t, structPage(c.inner)), model.List)
		if len(lists) != len(c.want) {
			t.Errorf("%s: %d list blocks, want %d: %+v", c.name, len(lists), len(c.want), lists)
			continue
		}
		for i, w := range c.want {
			if lists[i].Ordered != w.ordered || lists[i].Start != w.start {
				t.Errorf("%s: list %d ordered %v start %d, want %v %d", c.name, i, lists[i].Ordered, lists[i].Start, w.ordered, w.start)
			}
		}
	}
}

// TestLetteredListsBulleted: lists counted in letters or Roman numerals
// stay bulleted (Markdown numbers in digits only); type="1" is numbered.
func TestLetteredListsBulleted(t *testing.T) {
	item := "<li>One of the steps the council listed for the budget of the coming year, in order.</li>"
	for typ, ordered := range map[string]bool{"a": false, "A": false, "i": false, "I": false, "1": true} {
		lists := blocksOf(extractBody(t, structPage(`<ol type="`+typ+`">`+item+item+"</ol>")), model.List)
		if len(lists) != 1 || lists[0].Ordered != ordered {
			t.Errorf("type %q: lists %+v, want one, ordered %v", typ, lists, ordered)
		}
	}
}

// TestNestedListLevels: a list inside an item of another is one level
// deeper than it (Level), the rest of the outer list after it is at the
// outer list's level again, a list three deep inside a wrapper in an item
// is at level 2, and a list whose outer list has no item of its own in
// the body, or that follows a picture, stands at the top level.
func TestNestedListLevels(t *testing.T) {
	item := func(s string) string {
		return "<li>" + s + " is one of the steps the council listed for the budget of the coming year.</li>"
	}
	open := func(s string) string {
		return "<li>" + s + " is the step that holds a nested list of the budget's details:"
	}
	for _, c := range []struct {
		name  string
		inner string
		want  []int
	}{
		{"flat", "<ul>" + item("One") + item("Two") + "</ul>", []int{0}},
		{"nested and the rest", "<ol>" + item("One") + open("Two") + "<ul>" + item("Detail") + item("Another detail") + "</ul></li>" + item("Three") + "</ol>", []int{0, 1, 0}},
		{"three deep", "<ul>" + open("One") + "<ul>" + open("Inner") + "<div><ol>" + item("Deepest") + item("Deepest too") + "</ol></div></li></ul></li>" + item("Two") + "</ul>", []int{0, 1, 2, 0}},
		{"no parent item", "<ul><li><ul>" + item("Alone") + item("Alone too") + "</ul></li></ul>", []int{0}},
		{"picture between", "<ul>" + open("One") + `<figure><img src="https://example.com/step.jpg" width="600" height="400" alt="A step"><figcaption>The first step of the plan</figcaption></figure><ul>` + item("Detail") + item("Another detail") + "</ul></li></ul>", []int{0, 0}},
	} {
		lists := blocksOf(extractBody(t, structPage(c.inner)), model.List)
		var got []int
		for _, l := range lists {
			got = append(got, l.Level)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: list levels %v, want %v: %+v", c.name, got, c.want, lists)
		}
	}
}
