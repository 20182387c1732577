package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An author's head-shot is no picture of the article. Blog and news
// templates print it in the byline or in the author box (Ghost's
// author-profile-image, WordPress's get_avatar "avatar avatar-96",
// themes' "byline-image", "author-photo", "profile-pic" wrappers), often
// without the small width that marks other icons; counted as the story's
// picture it became the first image of pages without og:image.

// headshotWords are the words of the class, id or alt text of a
// head-shot or of its byline or author-box wrapper, lower case.
var headshotWords = []string{"author", "avatar", "byline", "headshot", "gravatar", "profile"}

// headshotAlts are words of the alt text templates give a head-shot.
// An alt text is prose about the picture ("the author at the summit"),
// so only these phrases, not the bare words of the classes, mark one.
var headshotAlts = []string{"avatar", "headshot", "head shot", "profile picture", "profile photo", "profile image",
	"author photo", "author image", "author picture", "author's photo"}

// headshotPicture reports whether the picture element n is an author's
// head-shot: outside a <figure> (a picture with a caption is the
// story's), its own class or id, or its alt text (headshotAlts), or the class or id of one of the
// three elements above it, holds one of headshotWords. The walk up stops
// at an <article>, <main> or <body>, whose classes name the page, not
// the picture.
func headshotPicture(n *html.Node) bool {
	if enclosing(n.Parent, atom.Figure, 1000) != nil {
		return false
	}
	var buf [256]byte
	if hasHeadshotWord(textutil.LowerJoin(buf[:], attr(n, "class"), attr(n, "id"))) {
		return true
	}
	if alt := strings.ToLower(attr(n, "alt")); len(alt) < 80 && hasWordOf(alt, headshotAlts) {
		return true
	}
	p := n.Parent
	for k := 0; k < 3 && p != nil && p.Type == html.ElementNode; k, p = k+1, p.Parent {
		switch p.DataAtom {
		case atom.Article, atom.Main, atom.Body, atom.Html:
			return false
		}
		if hasHeadshotWord(textutil.LowerJoin(buf[:], attr(p, "class"), attr(p, "id"))) {
			return true
		}
	}
	return false
}

// hasHeadshotWord reports whether a lower-case class and id hold one of
// headshotWords.
func hasHeadshotWord(s string) bool { return hasWordOf(s, headshotWords) }

// hasWordOf reports whether the lower-case s holds one of words.
func hasWordOf(s string, words []string) bool {
	if s == "" {
		return false
	}
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// namesAuthor reports whether a picture's alt text is the name of one of
// the article's authors, as templates write a head-shot's alt ("Priya
// Nair"): a picture outside a <figure> so named is the author's
// portrait, not the story's.
func namesAuthor(im *contentImage, authors []string) bool {
	if im.alt == "" || len(authors) == 0 || enclosing(im.node.Parent, atom.Figure, 1000) != nil {
		return false
	}
	for _, a := range authors {
		if strings.EqualFold(im.alt, a) {
			return true
		}
	}
	return false
}
