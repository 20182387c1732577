package htmlx

import (
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
)

// The author behind a profile link. Blog and magazine templates of
// 2010–2013 (Gawker Media's Kinja, many WordPress author boxes) print the
// writer's name as plain text and set rel="author" on a link of a menu
// beside it whose text is a label ("View Profile", "View all posts",
// "More by this author"). The credited name is then the short text just
// before that link in the byline's box.

// profileLabels are the texts of author profile links that name no one,
// lower case.
var profileLabels = map[string]bool{
	"view profile": true, "profile": true, "view my profile": true, "view full profile": true, "full profile": true,
	"view all posts": true, "all posts": true, "more posts": true, "more by this author": true, "more from this author": true,
	"about the author": true, "author profile": true, "see profile": true,
}

// profileLabel reports whether t, a rel=author link's text, is a label
// rather than a name.
func profileLabel(t string) bool {
	return profileLabels[strings.ToLower(textutil.NormalizeSpace(t))]
}

// nameBeforeProfile returns the short text that stands before link a in
// its byline's box (up to four levels up): the writer's name a profile
// label's link stands for, or "" when there is none that looks like one.
func nameBeforeProfile(a *html.Node) string {
	box := a
	for i := 0; i < 4 && box.Parent != nil; i++ {
		box = box.Parent
		var last string
		found := false
		var visit func(n *html.Node) bool
		visit = func(n *html.Node) bool {
			if n == a {
				found = true
				return false
			}
			if n.Type == html.TextNode {
				if t := textutil.NormalizeSpace(n.Data); t != "" {
					last = t
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if !visit(c) {
					return false
				}
			}
			return true
		}
		visit(box)
		if found && last != "" {
			if profileName(last) {
				return last
			}
			return ""
		}
	}
	return ""
}

// profileName reports whether t can be a writer's name: two to four
// words of letters, each opening with a capital, no label.
func profileName(t string) bool {
	w := strings.Fields(t)
	if len(w) < 2 || len(w) > 4 || len(t) > 60 || profileLabel(t) {
		return false
	}
	for _, x := range w {
		r := []rune(x)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		for _, c := range r {
			if !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' {
				return false
			}
		}
	}
	return true
}
