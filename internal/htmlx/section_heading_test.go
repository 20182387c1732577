package htmlx

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestPersonHeading: a heading linked to a person's page is a byline,
// by whole path segments of the link.
func TestPersonHeading(t *testing.T) {
	for _, c := range []struct {
		href string
		want bool
	}{
		{"/user/jane", true},
		{"/users/jane/", true},
		{"https://example.com/profile.php?id=3", true},
		{"/staff/john-smith", true},
		{"/users-guide/", false},
		{"/membership/", false},
		{"https://example.com/sport/", false},
		{"https://author.example.com/", false}, // the host is not a path
	} {
		doc, err := html.Parse(strings.NewReader(`<h2><span><a href="` + c.href + `">Jane Smith</a></span></h2>`))
		if err != nil {
			t.Fatal(err)
		}
		h := findFirst(doc, atom.H2)
		if got := personHeading(h); got != c.want {
			t.Errorf("personHeading(%q) = %t, want %t", c.href, got, c.want)
		}
	}
}

// TestNoteHeadKeepsLast: of the headings before the headline the last
// ones are kept, so that many teaser titles before the story do not crowd
// out the heading over it; headings after the headline are not noted.
func TestNoteHeadKeepsLast(t *testing.T) {
	s := &sectionScan{h1Start: -1}
	var list []headCand
	for i := 0; i < 3*maxHeadCands; i++ {
		doc, _ := html.Parse(strings.NewReader(`<h3>Teaser</h3>`))
		s.at = i
		list = s.noteHead(list, findFirst(doc, atom.H3))
	}
	doc, _ := html.Parse(strings.NewReader(`<h2>Sport</h2>`))
	s.at = 1000
	list = s.noteHead(list, findFirst(doc, atom.H2))
	if len(list) != maxHeadCands || list[len(list)-1].text != "Sport" {
		t.Fatalf("kept %d headings, last %q; want %d, last \"Sport\"", len(list), list[len(list)-1].text, maxHeadCands)
	}
	s.h1Start = 1010
	s.at = 1020
	if got := s.noteHead(list, findFirst(doc, atom.H2)); len(got) != len(list) {
		t.Errorf("a heading after the headline was noted")
	}
}
