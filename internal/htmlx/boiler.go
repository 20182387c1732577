package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// boilerTags are elements that hold page furniture, not article text.
var boilerTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Header: true, atom.Menu: true,
}

// boilerWords in a class or id mark page furniture.
var boilerWords = []string{
	"comment", "share", "sharing", "social", "related", "newsletter", "subscri", "promo", "advert",
	"sponsor", "cookie", "consent", "gdpr", "breadcrumb", "widget", "footer", "masthead",
	"navbar", "navigation", "menu", "popup", "modal", "banner", "outbrain", "taboola", "recommend",
	"more-stories", "morestories", "most-popular", "mostpopular", "most-read", "mostread", "trending",
	"tag-list", "taglist", "byline", "author-bio", "authorbio", "author-info", "author-box", "pagination", "pager",
	"toolbar", "signup", "sign-up", "login", "paywall", "disqus", "rating", "jp-relatedposts",
	"sharedaddy", "skip-link", "sr-only", "visually-hidden", "screen-reader", "read-more",
	"readmore", "also-read", "see-also", "post-meta", "entry-meta", "article-meta", "postmeta", "meta-info",
	"dateline", "timestamp", "print-only", "nocontent", "donate", "follow-us", "more-from",
	"next-post", "prev-post", "post-nav", "nav-links", "site-header", "site-footer", "topbar", "top-bar",
	"card-list", "carousel", "slider", "lightbox", "embed", "playlist", "video",
	"caption", "credit", "gallery", "slideshow",
}

// contentWords in a class or id mark the article itself and override
// boilerWords.
var contentWords = []string{
	"article-body", "articlebody", "article__body", "article-content", "articlecontent", "article__content",
	"article-text", "articletext", "entry-content", "entrycontent", "post-content", "postcontent",
	"post-body", "postbody", "post-text", "story-body", "storybody", "story-content", "main-content",
	"maincontent", "body-text", "bodytext", "content-body", "text-content", "rich-text", "richtext",
}

// contentWordSet and boilerWordSet index contentWords and boilerWords.
var (
	contentWordSet = textutil.NewWordSet(contentWords)
	boilerWordSet  = newTriSet(boilerWords)
	// eitherWordSet indexes both lists: a class list without any of
	// their words (most) is told so in one pass instead of two.
	eitherWordSet = newTriSet(append(append([]string{}, contentWords...), boilerWords...))
)

// classBoiler reports whether an element's class and id name boilerplate:
// boilerHard for page furniture, boilerSoft for a name that is furniture
// on some sites and the article's own standfirst on others ("teaser"),
// which counts as furniture only where its text is mostly links.
func classBoiler(n *html.Node) boilerLevel {
	return classBoilerOf(attr(n, "class"), attr(n, "id"))
}

// classBoilerOf is classBoiler of an element whose class and id are cls
// and id.
func classBoilerOf(cls, id string) boilerLevel {
	if cls == "" && id == "" {
		return boilerNone
	}
	var buf [256]byte
	ci := textutil.LowerJoin(buf[:], cls, id)
	if eitherWordSet.In(ci) {
		if contentWordSet.In(ci) {
			return boilerNone
		}
		if boilerWordSet.In(ci) {
			return boilerHard
		}
	}
	soft := false
	for i := 0; ; {
		var t string
		if t, i = textutil.NextField(ci, i); t == "" {
			break
		}
		if t == "ad" || t == "ads" || t == "adv" || strings.HasPrefix(t, "ad-") || strings.HasPrefix(t, "ads-") ||
			strings.HasPrefix(t, "adsby") || strings.HasSuffix(t, "-ad") || strings.HasSuffix(t, "-ads") ||
			strings.Contains(t, "-ad-") || strings.HasPrefix(t, "dfp") || strings.HasPrefix(t, "google-ad") {
			return boilerHard
		}
		if boilerTokens[t] || hasWordPart(t, "tags") || (strings.Contains(t, "sidebar") && !sidebarLayout(t)) {
			return boilerHard
		}
		if (strings.Contains(t, "header-") || strings.Contains(t, "-header")) && !ownHeader(t) {
			return boilerHard
		}
		if strings.Contains(t, "teaser") {
			soft = true
		}
	}
	if soft {
		return boilerSoft
	}
	return boilerNone
}

// boilerLevel grades how surely an element is page furniture.
type boilerLevel uint8

const (
	boilerNone boilerLevel = iota
	boilerSoft
	boilerHard
)

// boilerTokens are whole class names of furniture. They are not matched
// inside longer names: "hidden" hides an element, "hidden-xs" or
// "label-hidden" does not hide the text a desktop reader sees.
var boilerTokens = map[string]bool{
	"hidden": true, "is-hidden": true, "d-none": true, "hide": true, "invisible": true,
}

// hasWordPart reports whether the class name t is w or has w as one of its
// dash- or underscore-separated parts at either end ("tags", "post-tags",
// "tags_list"), so that a tag slug or a generated name that merely contains
// the letters does not match.
func hasWordPart(t, w string) bool {
	if t == w {
		return true
	}
	if rest, ok := strings.CutPrefix(t, w); ok && (rest[0] == '-' || rest[0] == '_') {
		return true
	}
	if rest, ok := strings.CutSuffix(t, w); ok && (rest[len(rest)-1] == '-' || rest[len(rest)-1] == '_') {
		return true
	}
	return false
}

// ownHeader reports whether a class name with "header" in it names the
// header of the story itself ("article-header", "entry-header"), which
// holds its standfirst, rather than the site's.
func ownHeader(t string) bool {
	for _, w := range []string{"article", "entry", "story", "post"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// sidebarLayout reports whether a class name containing "sidebar" names a
// layout that has a sidebar ("with-sidebar", "has-sidebar"), which wraps the
// article too, rather than the sidebar itself.
func sidebarLayout(t string) bool {
	return strings.Contains(t, "with") || strings.Contains(t, "has") || strings.Contains(t, "content")
}

// inlineJunkWords in the class of an inline element mark text that is not
// part of the sentence around it: hover cards, tooltips, screen-reader
// labels.
var inlineJunkWords = []string{"rollover", "tooltip", "popover", "hovercard", "sr-only", "visually-hidden", "screen-reader", "visuallyhidden"}

// inlineJunkClass reports whether an inline element whose class is cls
// holds such text.
func inlineJunkClass(cls string) bool {
	if cls == "" {
		return false
	}
	var buf [128]byte
	cls = textutil.LowerJoin(buf[:], cls)
	return inlineJunkSet.In(cls) // one pass, not one per word
}

// inlineJunkSet indexes inlineJunkWords.
var inlineJunkSet = textutil.NewWordSet(inlineJunkWords)

// isEmbeddedPost reports whether a blockquote is a post embedded from a
// social network (the markup their embed codes produce).
func isEmbeddedPost(n *html.Node) bool {
	cls := attr(n, "class")
	return strings.Contains(cls, "twitter-tweet") || strings.Contains(cls, "instagram-media") ||
		strings.Contains(cls, "tiktok-embed") || strings.Contains(cls, "bluesky-embed") || strings.Contains(cls, "mastodon-embed")
}

// inArticle reports whether n lies inside an <article> or <main>: a
// <header> there holds the story's own headline and standfirst, not the
// site's masthead.
func inArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

// isHidden reports whether an element is hidden from readers.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if styleHides(a.Val) {
				return true
			}
		}
	}
	return false
}
