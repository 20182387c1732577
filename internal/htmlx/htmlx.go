package htmlx

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/articlekit/article/internal/charset"

	"github.com/articlekit/article/internal/dates"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"

	"github.com/PuerkitoBio/goquery"
)

// Extract reduces an HTML page to metadata plus body blocks: it decodes
// the page to UTF-8, parses it once, reads every metadata source the page
// offers (JSON-LD, microdata, OpenGraph and other meta tags, <time>,
// rel=author, bylines, <h1>, <title>) and extracts the main content. Quotes,
// sources, word count and language detection are left to the shared
// enrichment.
func Extract(b []byte, c *model.Config) (*model.Draft, error) {
	u, err := charset.DecodeHTML(b)
	if err != nil {
		return nil, err
	}
	if err := c.Err(); err != nil {
		return nil, err
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(u))
	if err != nil {
		// The parser gives up only on elements nested more than 512
		// deep: the page is read again with the deepest start tags left
		// out (flattenDeep), which keeps its text.
		doc, err = goquery.NewDocumentFromReader(bytes.NewReader(flattenDeep(u)))
	}
	if err != nil {
		return nil, fmt.Errorf("%w: parsing HTML: %v", model.ErrNotArticle, err)
	}
	// The context is looked at between the stages of the extraction.
	if err := c.Err(); err != nil {
		return nil, err
	}
	root := doc.Nodes[0]
	m := collectMeta(root, len(u))
	a := buildMeta(m, c)
	chooseSection(a, m, root, c)
	ldBody := m.ldArticleBody(a.Headline)
	m.release()
	if err := c.Err(); err != nil {
		return nil, err
	}
	names := make([]string, len(a.Authors))
	for i, au := range a.Authors {
		names[i] = au.Name
	}
	blocks, imgs := extractContent(root, a.Headline, names)
	if err := c.Err(); err != nil {
		return nil, err
	}
	blocks, fromLD := preferLDBody(blocks, ldBody) // a teaser or a script shell (ldbody20.go)
	a.Body = blocks
	if a.Headline == "" {
		a.Headline = headlineFromBody(blocks)
	}
	if len(blocks) == 0 && !m.declaresArticle() {
		// A page with no article text and nothing saying it is an
		// article (a home page, an error page) is not one.
		a.Headline = ""
		delete(a.Provenance, "headline")
	}
	base := m.baseURL(c)
	if base == "" {
		// With no address from the caller, the page's own (canonical)
		// address is where its relative links and pictures point from.
		base = a.URL
	}
	pb := parseBase(base) // once for the page's pictures, figures and links
	for _, im := range imgs {
		if len(a.Images) >= 20 {
			break
		}
		addImage(a, model.Image{URL: pb.resolve(im.src), Caption: im.caption, Alt: im.alt, Credit: im.credit})
	}
	a.Body = resolveFigures(a, pb)
	resolveSpans(a.Body, pb, c.NoLinks)
	if _, ok := a.Provenance["images"]; !ok && len(a.Images) > 0 {
		a.SetSource("images", model.FromContent, model.ConfVisible)
	}
	a.Kind, _ = classifyPageWhy(doc, a, c.URL, m.jsonTexts)
	if a.Description == "" && a.Kind == model.KindArticle {
		leadDescription(a) // lead20.go
	}
	switch {
	case fromLD && len(a.Body) > 0:
		a.SetSource("body", model.FromJSONLD, model.ConfStructured)
	case len(a.Body) > 0:
		conf := model.ConfVisible
		if a.Kind != model.KindArticle {
			conf = model.ConfGuess / 2 // a teaser, a list, a shell: not an article's body
		}
		a.SetSource("body", model.FromContent, conf)
	}
	if _, ok := a.Provenance["headline"]; !ok && a.Headline != "" {
		a.SetSource("headline", model.FromContent, model.ConfGuess/2) // the body's first heading or sentence
	}
	return a, nil
}

// headlineFromBody stands in for a missing title: the first heading of the
// body, else the first sentence of the first paragraph, cut to 12 words.
func headlineFromBody(blocks []model.Block) string {
	for _, b := range blocks {
		if b.Type == model.Heading {
			return b.Text
		}
	}
	t := ""
	for _, b := range blocks {
		if b.Type != model.Figure {
			t = b.Text
			break
		}
	}
	if i := sentenceEnd(t); i > 0 {
		t = t[:i+1]
	}
	if w := strings.Fields(t); len(w) > 12 {
		t = strings.Join(w[:12], " ")
	}
	return t
}

// sentenceEnd returns the index of the first '.', '!' or '?' that ends a
// sentence of t: one followed by white space or the end of t, so that a
// decimal point ("39.28") or a domain ("example.com") inside a word does
// not end it; -1 when there is none.
func sentenceEnd(t string) int {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '.', '!', '?':
			if i+1 == len(t) || t[i+1] == ' ' || t[i+1] == '\t' || t[i+1] == '\n' {
				return i
			}
		}
	}
	return -1
}

// declaresArticle reports whether the page's structured data says it is an
// article.
func (m *PageMeta) declaresArticle() bool {
	for _, o := range m.ld {
		if o.rank <= 3 {
			return true
		}
	}
	return strings.EqualFold(m.metaValue("og:type"), "article")
}

// baseURL is the address relative links are resolved against: <base href>
// (itself resolved against the page address) or the page address.
func (m *PageMeta) baseURL(c *model.Config) string {
	if m.base != "" {
		if b := resolveURL(c.URL, m.base); b != "" {
			return b
		}
	}
	return c.URL
}

func addImage(a *model.Draft, im model.Image) {
	if im.URL == "" {
		return
	}
	for i := range a.Images {
		if x := &a.Images[i]; x.URL == im.URL {
			if x.Caption == "" {
				x.Caption = im.Caption
			}
			if x.Alt == "" {
				x.Alt = im.Alt
			}
			if x.Credit == "" {
				x.Credit = im.Credit
			}
			return
		}
	}
	a.Images = append(a.Images, im)
}

// resolveFigures makes the addresses of the body's figures absolute,
// drops those that are not web addresses, and lists each figure's picture
// in Images as well (past the cap on the pictures found around the body).
func resolveFigures(a *model.Draft, base urlBase) []model.Block {
	out := a.Body[:0]
	for _, b := range a.Body {
		if b.Type == model.Figure {
			u := base.resolve(b.Image.URL)
			if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
				continue
			}
			im := *b.Image
			im.URL = u
			b.Image = &im
			addImage(a, im)
		}
		out = append(out, b)
	}
	return out
}

// metaValue returns the first value of the first meta key present.
func (m *PageMeta) metaValue(keys ...string) string {
	for _, k := range keys {
		for _, v := range m.metas[k] {
			if v = textutil.NormalizeSpace(v); v != "" {
				return v
			}
		}
	}
	return ""
}

// bestLD returns the most article-like JSON-LD object (the first of the best
// rank), or an empty one.
func (m *PageMeta) bestLD() ldArticle {
	if len(m.ld) == 0 {
		return ldArticle{}
	}
	ld := append([]ldArticle(nil), m.ld...)
	sort.SliceStable(ld, func(i, j int) bool { return ld[i].rank < ld[j].rank })
	best := ld[0]
	// A WebPage object lends what the article object lacks.
	for _, o := range ld[1:] {
		if best.headline == "" {
			best.headline = o.headline
		}
		if best.datePublished == "" {
			best.datePublished = o.datePublished
		}
		if best.dateModified == "" {
			best.dateModified = o.dateModified
		}
		if len(best.authors) == 0 {
			best.authors = o.authors
		}
		if best.publisher == nil {
			best.publisher = o.publisher
		}
		if len(best.images) == 0 {
			best.images, best.imageCaptions = o.images, o.imageCaptions
		}
		if best.description == "" {
			best.description = o.description
		}
	}
	return best
}

var (
	reURLDate      = regexp.MustCompile(`/((?:19|20)\d{2})[/-]([01]?\d)[/-]([0-3]?\d)(?:[/._-]|$)`)
	reURLDateSolid = regexp.MustCompile(`[/_-]((?:19|20)\d{2})([01]\d)([0-3]\d)(?:[/._-]|$)`)
	reLangTag      = regexp.MustCompile(`^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$`)
)

// buildMeta combines the metadata sources field by field, most trusted
// first.
func buildMeta(m *PageMeta, c *model.Config) *model.Draft {
	a := &model.Draft{}
	ld := m.bestLD()
	base := m.baseURL(c)
	pb := parseBase(base)

	a.URL, a.Provenance = "", nil
	if v, src := firstFrom(
		sourced{pb.resolve(m.Canonical), model.Source{From: model.FromMeta, Confidence: model.ConfStructured}},
		sourced{pb.resolve(m.metaValue("og:url")), model.Source{From: model.FromOpenGraph, Confidence: model.ConfMeta}},
		sourced{pb.resolve(ld.url), model.Source{From: model.FromJSONLD, Confidence: model.ConfStructured}},
	); v != "" {
		a.URL = v
		a.SetSource("url", src.From, src.Confidence)
	}

	ldPub := ""
	if ld.publisher != nil {
		ldPub = ld.publisher.Name
	}
	pub, pubSrc := firstFrom(
		sourced{ldPub, model.Source{From: model.FromJSONLD, Confidence: model.ConfStructured}},
		sourced{m.micro.publisher, model.Source{From: model.FromMicrodata, Confidence: model.ConfStructured}},
		sourced{m.metaValue("og:site_name"), model.Source{From: model.FromOpenGraph, Confidence: model.ConfMeta}},
		sourced{m.metaValue("application-name", "twitter:site", "publisher", "dc.publisher"), model.Source{From: model.FromMeta, Confidence: model.ConfGuess}},
	)
	pub = strings.TrimPrefix(pub, "@")
	if pub != "" {
		a.SetSource("publisher", pubSrc.From, pubSrc.Confidence)
		a.Publisher = &model.Publisher{Name: pub}
		if ld.publisher != nil && strings.EqualFold(ld.publisher.Name, pub) {
			a.Publisher.URL = pb.resolve(ld.publisher.URL)
			a.Publisher.Logo = pb.resolve(ld.publisher.Logo)
		}
	}

	a.Headline = chooseTitle(m, ld, pub, c)
	if a.Headline != "" {
		src := titleSource(a.Headline, m, ld)
		a.SetSource("headline", src.From, src.Confidence)
	}
	desc, src := firstFrom(
		sourced{ld.description, model.Source{From: model.FromJSONLD, Confidence: model.ConfStructured}},
		sourced{m.metaValue("og:description"), model.Source{From: model.FromOpenGraph, Confidence: model.ConfMeta}},
		sourced{m.micro.description, model.Source{From: model.FromMicrodata, Confidence: model.ConfStructured}},
		sourced{m.metaValue("description", "twitter:description", "dc.description"), model.Source{From: model.FromMeta, Confidence: model.ConfMeta}},
	)
	if a.Description = unescapeTitle(desc); a.Description != "" {
		a.SetSource("description", src.From, src.Confidence)
	}
	if a.DatePublished, src = chooseDate(m, ld, a.Headline, c); !a.DatePublished.IsZero() {
		a.SetSource("datePublished", src.From, src.Confidence)
	}
	for _, s := range []sourced{
		{ld.dateModified, model.Source{From: model.FromJSONLD, Confidence: model.ConfStructured}},
		{m.metaValue("article:modified_time", "og:updated_time"), model.Source{From: model.FromOpenGraph, Confidence: model.ConfMeta}},
		{m.metaValue("last-modified", "dcterms.modified", "dc.date.modified", "modified", "article.updated"), model.Source{From: model.FromMeta, Confidence: model.ConfMeta}},
		{m.micro.dateModified, model.Source{From: model.FromMicrodata, Confidence: model.ConfStructured}},
	} {
		if d, ok := dates.Parse(s.v, c); ok && (plausibleYear(d) || s.from.From != model.FromMeta && statedYear(d)) {
			a.DateModified = d
			a.SetSource("dateModified", s.from.From, s.from.Confidence)
			break
		}
	}
	if a.DateModified.IsZero() {
		// An update line of the header ("Updated March 5, 2025").
		if d, ok := printedModified(m, c, a.DatePublished); ok {
			a.DateModified = d
			a.SetSource("dateModified", model.FromDateLine, model.ConfVisible)
		}
	}

	if a.Authors, src = chooseAuthors(m, ld, pub, base); len(a.Authors) > 0 {
		a.SetSource("authors", src.From, src.Confidence)
	}

	var kws []string
	kws = append(kws, ld.keywords...)
	kws = append(kws, m.metas["article:tag"]...)
	for _, k := range m.micro.keywords {
		kws = append(kws, splitKeywords(k)...)
	}
	if len(kws) == 0 {
		for _, k := range m.metas["keywords"] {
			kws = append(kws, splitKeywords(k)...)
		}
		for _, k := range m.metas["news_keywords"] {
			kws = append(kws, splitKeywords(k)...)
		}
	}
	if len(kws) == 0 && len(m.relTags) <= maxRelTags {
		// More rel="tag" links than a post has tags are a tag cloud.
		kws = append(kws, m.relTags...)
	}
	seen := map[string]bool{}
	for _, k := range kws {
		k = textutil.NormalizeSpace(k)
		if k != "" && !seen[strings.ToLower(k)] && len(a.Keywords) < 50 {
			seen[strings.ToLower(k)] = true
			a.Keywords = append(a.Keywords, k)
		}
	}

	// With no address from the caller (nor a <base>), the page's own
	// canonical address is where its pictures point from, as for the
	// body's pictures and links (Extract): a protocol-relative og:image
	// ("//cdn…/a.jpg") takes its scheme, a path its host.
	ib := pb
	if !ib.ok && a.URL != "" {
		ib = parseBase(a.URL)
	}
	for _, s := range ld.images {
		addImage(a, model.Image{URL: ib.resolve(s), Caption: ld.imageCaptions[s]})
	}
	for _, k := range []string{"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"} {
		for _, s := range m.metas[k] {
			addImage(a, model.Image{URL: ib.resolve(s)})
		}
	}
	for _, s := range m.micro.images {
		addImage(a, model.Image{URL: ib.resolve(s)})
	}
	if len(a.Images) > 10 {
		a.Images = a.Images[:10]
	}

	// The declared language: <html lang>, else the article's JSON-LD
	// inLanguage, else og:locale ("de_DE"). The root checks it against
	// the text.
	var ogLocale string
	if l := m.metas["og:locale"]; len(l) > 0 {
		ogLocale = l[0]
	}
	for _, d := range []struct {
		tag  string
		from string
	}{{m.Lang, model.FromHTMLLang}, {ld.language, model.FromJSONLD}, {ogLocale, model.FromOpenGraph}} {
		langTag := strings.ReplaceAll(strings.TrimSpace(d.tag), "_", "-")
		if reLangTag.MatchString(langTag) {
			a.Language = langTag
			a.SetSource("language", d.from, model.ConfMeta)
			break
		}
	}
	if len(a.Keywords) > 0 {
		if src := keywordSource(m, ld); src == model.FromCategory {
			a.SetSource("keywords", src, model.ConfVisible)
		} else {
			a.SetSource("keywords", src, model.ConfMeta)
		}
	}
	if len(a.Images) > 0 {
		a.SetSource("images", model.FromMeta, model.ConfMeta)
		if len(ld.images) > 0 {
			a.SetSource("images", model.FromJSONLD, model.ConfStructured)
		} else if len(m.metas["og:image"]) > 0 {
			a.SetSource("images", model.FromOpenGraph, model.ConfMeta)
		}
	}
	return a
}

// maxRelTags is the most rel="tag" links read as a post's tags; a page with
// more prints a tag cloud.
const maxRelTags = 20
