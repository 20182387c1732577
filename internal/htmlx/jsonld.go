package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/attrib"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// ldArticle is what one JSON-LD article object says, as plain strings.
type ldArticle struct {
	typ      string
	headline string
	// altHeadline is the object's alternativeHeadline.
	altHeadline   string
	datePublished string
	dateModified  string
	description   string
	section       string
	url           string
	language      string
	keywords      []string
	images        []string
	imageCaptions map[string]string // an ImageObject's caption by its address (pic19_ldimage.go)
	authors       []model.Author
	publisher     *model.Publisher
	// body is the object's articleBody as written (ldbody20.go).
	body string
	// rank orders objects: article types before web pages.
	rank int
}

// ldTypeRank gives the schema.org types that describe an article a rank,
// lower is better; zero means not an article.
var ldTypeRank = map[string]int{
	"newsarticle": 1, "reportagenewsarticle": 1, "analysisnewsarticle": 1, "opinionnewsarticle": 1,
	"reviewnewsarticle": 1, "backgroundnewsarticle": 1, "askpublicnewsarticle": 1, "article": 2,
	"blogposting": 2, "liveblogposting": 2, "socialmediaposting": 3, "techarticle": 2,
	"scholarlyarticle": 2, "report": 3, "satiricalarticle": 2, "advertisertcontentarticle": 3,
	"posting": 3, "medicalwebpage": 4, "webpage": 5, "itempage": 5, "aboutpage": 6,
}

// parseJSONLD reads one <script type="application/ld+json"> and returns its
// article-like objects. Malformed JSON is skipped; raw control characters in
// strings, a common fault, are tolerated. The script is decoded through
// texts, the page's cache of decoded scripts (nil: decoded here).
func parseJSONLD(s string, texts jsonTexts) []ldArticle {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "<!--")
	s = strings.TrimSuffix(s, "-->")
	s = strings.TrimPrefix(strings.TrimSpace(s), "//<![CDATA[")
	s = strings.TrimSuffix(strings.TrimSpace(s), "//]]>")
	v, ok := texts.unmarshalLenient(s)
	if !ok {
		return nil
	}
	ids := map[string]map[string]any{}
	var objs []map[string]any
	var collect func(v any, depth int)
	collect = func(v any, depth int) {
		if depth > 20 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				collect(e, depth+1)
			}
		case map[string]any:
			if id, ok := t["@id"].(string); ok && len(t) > 2 {
				ids[id] = t
			}
			if g, ok := t["@graph"]; ok {
				collect(g, depth+1)
			}
			if ldRank(t) > 0 {
				objs = append(objs, t)
			}
			if me, ok := t["mainEntity"]; ok {
				collect(me, depth+1)
			}
		}
	}
	collect(v, 0)
	var out []ldArticle
	for _, o := range objs {
		out = append(out, readLDArticle(o, ids))
	}
	return out
}

func ldRank(o map[string]any) int {
	best := 0
	for _, t := range ldStrings(o["@type"]) {
		t = strings.ToLower(t)
		if i := strings.LastIndexAny(t, "/:"); i >= 0 {
			t = t[i+1:]
		}
		if r := ldTypeRank[t]; r > 0 && (best == 0 || r < best) {
			best = r
		}
	}
	return best
}

// ldStrings flattens a JSON-LD value into strings: a string, an array of
// strings, or objects' "name" (or "@value").
func ldStrings(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{ldPlain(t)}
	case float64:
		return nil
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldStrings(e)...)
		}
		return out
	case map[string]any:
		for _, k := range []string{"name", "@value"} {
			if s, ok := t[k].(string); ok {
				return []string{ldPlain(s)}
			}
		}
	}
	return nil
}

func ldString(v any) string {
	if s := ldStrings(v); len(s) > 0 {
		return strings.TrimSpace(s[0])
	}
	return ""
}

// deref replaces a {"@id": …} reference by the object it names.
func deref(v any, ids map[string]map[string]any) any {
	if m, ok := v.(map[string]any); ok {
		if id, ok := m["@id"].(string); ok && len(m) <= 2 {
			if full, ok := ids[id]; ok {
				return full
			}
		}
	}
	return v
}

func readLDArticle(o map[string]any, ids map[string]map[string]any) ldArticle {
	a := ldArticle{
		typ:           ldString(o["@type"]),
		headline:      ldString(o["headline"]),
		altHeadline:   ldString(o["alternativeHeadline"]),
		datePublished: ldString(o["datePublished"]),
		dateModified:  ldString(o["dateModified"]),
		description:   ldString(o["description"]),
		section:       strings.Join(ldDecoded(ldStrings(o["articleSection"])), ", "),
		language:      ldString(o["inLanguage"]),
		rank:          ldRank(o),
	}
	if a.headline == "" {
		a.headline = ldString(o["name"])
	}
	if b, ok := o["articleBody"].(string); ok {
		a.body = b
	}
	if a.datePublished == "" {
		a.datePublished = ldString(o["dateCreated"])
	}
	if u, ok := o["url"].(string); ok {
		a.url = u
	} else if me := deref(o["mainEntityOfPage"], ids); me != nil {
		switch t := me.(type) {
		case string:
			a.url = t
		case map[string]any:
			if s, ok := t["url"].(string); ok {
				a.url = s
			} else if s, ok := t["@id"].(string); ok {
				a.url = s
			}
		}
	}
	switch k := o["keywords"].(type) {
	case string:
		// One string lists the keywords: decoded first, so that an
		// entity's semicolon ("R&amp;D") is no separator.
		a.keywords = splitKeywords(ldEntities(k))
	case []any:
		// An array gives one keyword an item: an item's comma is part of
		// it ("Smith, John"), as schema.org's list form intends. An
		// array of one item is a CMS's keyword string wrapped whole
		// (["a, b, c"]): that item is the list.
		items := ldDecoded(ldStrings(k))
		if len(items) == 1 {
			a.keywords = splitKeywords(items[0])
			break
		}
		for _, s := range items {
			if s = textutil.NormalizeSpace(s); s != "" {
				a.keywords = append(a.keywords, s)
			}
		}
	}
	a.images = ldURLs(deref(o["image"], ids), ids)
	a.imageCaptions = ldImageCaptions(deref(o["image"], ids), ids)
	if len(a.images) == 0 {
		a.images = ldURLs(o["thumbnailUrl"], ids)
	}
	authors := o["author"]
	if authors == nil {
		authors = o["creator"]
	}
	var list []any
	if l, ok := authors.([]any); ok {
		list = l
	} else if authors != nil {
		list = []any{authors}
	}
	for _, e := range list {
		e = deref(e, ids)
		switch t := e.(type) {
		case string:
			a.authors = append(a.authors, model.Author{Name: ldPlain(t)})
		case map[string]any:
			au := model.Author{Name: ldString(t["name"])}
			if names := ldStrings(t["name"]); len(names) > 1 {
				// (One author object naming several people, "name":
				// ["…", "…"]: each is an author; the object's other
				// fields describe no one of them.)
				for _, n := range names {
					if n = strings.TrimSpace(n); n != "" {
						a.authors = append(a.authors, model.Author{Name: n})
					}
				}
				continue
			}
			switch ldString(t["@type"]) {
			case model.Person:
				au.Type = model.Person
			case model.Organization, "NewsMediaOrganization", "Corporation":
				au.Type = model.Organization
			}
			if au.Name == "" {
				au.Name = strings.TrimSpace(ldString(t["givenName"]) + " " + ldString(t["familyName"]))
			}
			if au.Type == model.Person {
				au.Name = FullerName(au.Name, ldString(t["description"]))
			}
			if u, ok := t["url"].(string); ok {
				au.URL = u
			} else if u := ldString(t["sameAs"]); u != "" && au.URL == "" {
				au.URL = u
			}
			if au.Name != "" {
				a.authors = append(a.authors, au)
			}
		}
	}
	if p, ok := deref(o["publisher"], ids).(map[string]any); ok {
		pub := &model.Publisher{Name: ldEntities(ldString(p["name"]))}
		if u, ok := p["url"].(string); ok {
			pub.URL = u
		}
		if l := ldURLs(deref(p["logo"], ids), ids); len(l) > 0 {
			pub.Logo = l[0]
		}
		if pub.Name != "" {
			a.publisher = pub
		}
	} else if s, ok := o["publisher"].(string); ok && s != "" {
		a.publisher = &model.Publisher{Name: ldEntities(strings.TrimSpace(s))}
	}
	return a
}

// ldURLs reads image-like values: a URL string, an ImageObject, or an array
// of them.
func ldURLs(v any, ids map[string]map[string]any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldURLs(deref(e, ids), ids)...)
		}
		return out
	case map[string]any:
		for _, k := range []string{"url", "contentUrl", "@id"} {
			if s, ok := t[k].(string); ok {
				return []string{s}
			}
		}
	}
	return nil
}

// ldEntities decodes the HTML entities a JSON-LD string carries: WordPress
// SEO plugins write "&amp;" and "&#038;" into the JSON of their graph, where
// no HTML parser will decode them ("Tech &amp; Law Weekly").
func ldEntities(s string) string {
	return unescapeTitle(s)
}

// ldDecoded decodes the entities of each string of a list, in place.
func ldDecoded(list []string) []string {
	for i, s := range list {
		list[i] = ldEntities(s)
	}
	return list
}

// splitKeywords splits a keyword list on commas (or semicolons), trimming
// and dropping empty entries.
func splitKeywords(s string) []string {
	sep := ","
	if !strings.Contains(s, ",") && strings.Contains(s, ";") {
		sep = ";"
	}
	var out []string
	for _, k := range strings.Split(s, sep) {
		if k = textutil.NormalizeSpace(k); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// FullerName returns the full name a person's description opens with when
// the name given is only its first word: WordPress SEO plugins publish
// the display name ("Nils") and a description that starts "Nils Pickert
// ist freier Autor…".
func FullerName(name, description string) string {
	if name == "" || strings.Contains(name, " ") {
		return name
	}
	rest, ok := strings.CutPrefix(description, name+" ")
	if !ok {
		return name
	}
	surname, after, _ := strings.Cut(rest, " ")
	surname = strings.TrimRight(surname, ",:;")
	if !attrib.IsNameWord(surname) || after == "" || looksLikeVerbOrRole(surname) {
		return name
	}
	return name + " " + surname
}

// looksLikeVerbOrRole rejects a capitalised word after a first name that
// is no surname: a word the description could go on with in title case.
func looksLikeVerbOrRole(w string) bool {
	switch strings.ToLower(w) {
	case "is", "ist", "est", "es", "è", "jest", "was", "war", "has", "hat", "writes", "schreibt":
		return true
	}
	return false
}
