package textlayout

import (
	"strconv"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestNumberedLists: lines numbered in order make an ordered list block
// (with its first number when it is not 1), after a paragraph line too;
// a lone numbered line, numbers out of order or mixed marks stay text.
func TestNumberedLists(t *testing.T) {
	head := "Three ways to save on energy\n\nHere are the tips the city gave residents on Monday.\n"
	tail := "\nThe council said more tips would follow.\n"
	for _, c := range []struct {
		name, lines string
		items       int
		start       int
	}{
		{"after a paragraph line", "1. Turn the heating down.\n2. Ask for a free energy check.\n3. Seal the old windows.\n", 3, 0},
		{"blank-separated", "\n1. Turn the heating down.\n\n2. Ask for a free energy check.\n", 2, 0},
		{"starting at 4", "4) Turn the heating down.\n5) Ask for a free energy check.\n", 2, 4},
		{"one line", "1. Turn the heating down.\n", 0, 0},
		{"out of order", "1. Turn the heating down.\n3. Ask for a free energy check.\n", 0, 0},
		{"mixed marks", "1. Turn the heating down.\n2) Ask for a free energy check.\n", 0, 0},
	} {
		a := Parse(head+c.lines+tail, &model.Config{})
		var lists []model.Block
		for _, b := range a.Body {
			if b.Type == model.List {
				lists = append(lists, b)
			}
		}
		if c.items == 0 {
			if len(lists) != 0 {
				t.Errorf("%s: lists %+v, want none", c.name, lists)
			}
			continue
		}
		if len(lists) != 1 || !lists[0].Ordered || lists[0].Start != c.start || strings.Count(lists[0].Text, "\n")+1 != c.items || strings.Contains(lists[0].Text, "1.") {
			t.Errorf("%s: lists %+v, want one ordered list of %d items from %d", c.name, lists, c.items, c.start)
		}
	}
}

// TestNumberedLinesMany: the longest run a list number allows (three
// digits) is one list, and a thousand more numbered lines after it are
// read line by line (the pair test is constant, so cost stays linear).
func TestNumberedLinesMany(t *testing.T) {
	var b strings.Builder
	b.WriteString("Headline of the list\n\nIntro line of the text.\n")
	for i := 1; i <= 2000; i++ {
		b.WriteString(strconv.Itoa(i) + ". item\n")
	}
	a := Parse(b.String(), &model.Config{})
	if len(a.Body) < 2 || a.Body[1].Type != model.List || strings.Count(a.Body[1].Text, "\n") != 998 {
		t.Fatalf("body of %d blocks, want the intro and a list of 999 items first", len(a.Body))
	}
}
