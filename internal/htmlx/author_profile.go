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
// It walks back from the link in document order to the first text, within
// the box and at most 200 nodes, so a page of many such links costs
// linear time.
func nameBeforeProfile(a *html.Node) string {
	top := a
	for i := 0; i < 4 && top.Parent != nil; i++ {
		top = top.Parent
	}
	n := a
	for steps := 0; steps < 200; steps++ {
		if n.PrevSibling == nil {
			if n = n.Parent; n == nil || n == top {
				return ""
			}
			continue
		}
		n = n.PrevSibling
		for n.LastChild != nil {
			n = n.LastChild
		}
		if n.Type != html.TextNode {
			continue
		}
		if t := textutil.NormalizeSpace(n.Data); t != "" {
			if profileName(t) {
				return t
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
