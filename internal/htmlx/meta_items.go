package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// microdata is what itemprop attributes say about the article.
type microdata struct {
	headline, datePublished, dateModified, description, section string
	keywords                                                    []string
	images                                                      []string
	authors                                                     []model.Author
	publisher                                                   string
}

// itemprop reads an itemprop element; it reports whether the subtree was
// consumed.
func (w *metaWalker) itemprop(n *html.Node, ip string) bool {
	for _, p := range strings.Fields(strings.ToLower(ip)) {
		switch {
		case p == "author" || p == "creator":
			if !w.articleScope() || !w.ownAuthor() {
				continue
			}
			if hasAttr(n, "itemscope") {
				w.m.micro.authors = append(w.m.micro.authors, model.Author{})
				w.person = len(w.m.micro.authors) - 1
				return false
			}
			w.m.micro.authors = append(w.m.micro.authors, model.Author{Name: itemText(n), URL: attr(n, "href")})
			return true
		case p == "publisher" && hasAttr(n, "itemscope"):
			w.publisher = 1
			return false
		case w.person >= 0 && (p == "name" || p == "url"):
			a := &w.m.micro.authors[w.person]
			if p == "name" && a.Name == "" {
				a.Name = itemText(n)
			} else if p == "url" && a.URL == "" {
				a.URL = itemURL(n)
			}
		case w.publisher > 0 && p == "name":
			if w.m.micro.publisher == "" {
				w.m.micro.publisher = itemText(n)
			}
		case w.person < 0 && w.publisher < 0 && w.articleScope():
			if n.DataAtom != atom.Meta {
				w.itemValue(p, "", n)
			}
		}
	}
	return false
}

// itemValue stores one article itemprop; value is the content attribute
// when already known.
func (w *metaWalker) itemValue(p, value string, n *html.Node) {
	mi := &w.m.micro
	get := func() string {
		if value != "" {
			return value
		}
		return itemText(n)
	}
	if w.person >= 0 {
		a := &w.m.micro.authors[w.person]
		if p == "name" && a.Name == "" {
			a.Name = get()
		}
		return
	}
	switch p {
	case "author", "creator":
		if w.ownAuthor() {
			mi.authors = append(mi.authors, model.Author{Name: get()})
		}
	case "headline":
		if mi.headline == "" {
			mi.headline = get()
		}
	case "datepublished", "datecreated":
		if mi.datePublished == "" {
			if v := attr(n, "datetime"); v != "" && value == "" {
				value = v
			}
			mi.datePublished = get()
		}
	case "datemodified":
		if mi.dateModified == "" {
			if v := attr(n, "datetime"); v != "" && value == "" {
				value = v
			}
			mi.dateModified = get()
		}
	case "description":
		if mi.description == "" {
			mi.description = get()
		}
	case "articlesection":
		if mi.section == "" {
			mi.section = get()
		}
	case "keywords":
		mi.keywords = append(mi.keywords, get())
	case "image", "thumbnailurl":
		if u := value; u != "" {
			mi.images = append(mi.images, u)
		} else if u := itemURL(n); u != "" {
			mi.images = append(mi.images, u)
		}
	}
}

// itemText is the value of an itemprop element: its content attribute, or
// its text.
func itemText(n *html.Node) string {
	if v := attr(n, "content"); v != "" {
		return textutil.NormalizeSpace(v)
	}
	if n.DataAtom == atom.Time {
		if v := attr(n, "datetime"); v != "" {
			return v
		}
	}
	return nodeText(n)
}

// itemURL is the address an itemprop element carries. Under an item
// (an ImageObject's element) the elements that state its other
// properties (width, height, caption, representativeOfPage) are passed
// over: their content is a number or a word, not the address.
func itemURL(n *html.Node) string {
	for _, k := range []string{"href", "src", "content", "data-src"} {
		if v := attr(n, k); v != "" {
			return v
		}
	}
	if n.DataAtom != atom.Img {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !otherItemProp(c) {
				if u := itemURL(c); u != "" {
					return u
				}
			}
		}
	}
	return ""
}

// otherItemProp reports whether n states an item property that is not
// an address (url, contentUrl, image, thumbnailUrl are).
func otherItemProp(n *html.Node) bool {
	p := attr(n, "itemprop")
	if p == "" {
		return false
	}
	for _, f := range strings.Fields(strings.ToLower(p)) {
		switch f {
		case "url", "contenturl", "image", "thumbnailurl":
			return false
		}
	}
	return true
}

// isBylineAddress reports whether the text of an <address> element reads
// as a byline: short, not a postal address (several commas) nor a phone
// number or e-mail address.
func isBylineAddress(t string) bool {
	low := strings.ToLower(t)
	return t != "" && len(t) <= 100 && strings.Count(t, ",") <= 1 && !strings.ContainsAny(t, "@+") &&
		!strings.Contains(low, "phone") && !strings.Contains(low, "tel") && !strings.Contains(low, "fax")
}
