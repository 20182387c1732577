package article

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// extractHTML reduces an HTML page to metadata plus body blocks: it decodes
// the page to UTF-8, parses it once, reads every metadata source the page
// offers (JSON-LD, microdata, OpenGraph and other meta tags, <time>,
// rel=author, bylines, <h1>, <title>) and extracts the main content. Quotes,
// sources, word count and language detection are left to the shared
// enrichment.
func extractHTML(b []byte, c *config) (*Article, error) {
	u, err := decodeHTML(b)
	if err != nil {
		return nil, err
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(u))
	if err != nil {
		// The parser gives up only on pathological input (elements nested
		// more than 512 deep): there is no article to be had from it.
		return nil, fmt.Errorf("%w: parsing HTML: %v", ErrNotArticle, err)
	}
	root := doc.Nodes[0]
	m := collectMeta(root)
	a := buildMeta(m, c)
	m.release()
	names := make([]string, len(a.Authors))
	for i, au := range a.Authors {
		names[i] = au.Name
	}
	blocks, imgs := extractContent(root, a.Headline, names)
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
	for _, im := range imgs {
		if len(a.Images) >= 20 {
			break
		}
		addImage(a, resolveURL(base, im.src), im.caption)
	}
	if _, ok := a.Provenance["images"]; !ok && len(a.Images) > 0 {
		a.setSource("images", FromContent, confVisible)
	}
	a.Kind = classifyPage(doc, a)
	if len(a.Body) > 0 {
		conf := confVisible
		if a.Kind != KindArticle {
			conf = confGuess / 2 // a teaser, a list, a shell: not an article's body
		}
		a.setSource("body", FromContent, conf)
	}
	if _, ok := a.Provenance["headline"]; !ok && a.Headline != "" {
		a.setSource("headline", FromContent, confGuess/2) // the body's first heading or sentence
	}
	return a, nil
}

// headlineFromBody stands in for a missing title: the first heading of the
// body, else the first sentence of the first paragraph, cut to 12 words.
func headlineFromBody(blocks []Block) string {
	for _, b := range blocks {
		if b.Type == Heading {
			return b.Text
		}
	}
	if len(blocks) == 0 {
		return ""
	}
	t := blocks[0].Text
	if i := strings.IndexAny(t, ".!?"); i > 0 {
		t = t[:i+1]
	}
	if w := strings.Fields(t); len(w) > 12 {
		t = strings.Join(w[:12], " ")
	}
	return t
}

// declaresArticle reports whether the page's structured data says it is an
// article.
func (m *pageMeta) declaresArticle() bool {
	for _, o := range m.ld {
		if o.rank <= 3 {
			return true
		}
	}
	return strings.EqualFold(m.metaValue("og:type"), "article")
}

// baseURL is the address relative links are resolved against: <base href>
// (itself resolved against the page address) or the page address.
func (m *pageMeta) baseURL(c *config) string {
	if m.base != "" {
		if b := resolveURL(c.url, m.base); b != "" {
			return b
		}
	}
	return c.url
}

func addImage(a *Article, u, caption string) {
	if u == "" {
		return
	}
	for i := range a.Images {
		if a.Images[i].URL == u {
			if a.Images[i].Caption == "" {
				a.Images[i].Caption = caption
			}
			return
		}
	}
	a.Images = append(a.Images, Image{URL: u, Caption: caption})
}

// first returns the first non-empty string, whitespace normalised.
func first(ss ...string) string {
	for _, s := range ss {
		if s = normalizeSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// metaValue returns the first value of the first meta key present.
func (m *pageMeta) metaValue(keys ...string) string {
	for _, k := range keys {
		for _, v := range m.metas[k] {
			if v = normalizeSpace(v); v != "" {
				return v
			}
		}
	}
	return ""
}

// bestLD returns the most article-like JSON-LD object (the first of the best
// rank), or an empty one.
func (m *pageMeta) bestLD() ldArticle {
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
			best.images = o.images
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
func buildMeta(m *pageMeta, c *config) *Article {
	a := &Article{}
	ld := m.bestLD()
	base := m.baseURL(c)

	a.URL, a.Provenance = "", nil
	if v, src := firstFrom(
		sourced{resolveURL(base, m.canonical), Source{FromMeta, confStructured}},
		sourced{resolveURL(base, m.metaValue("og:url")), Source{FromOpenGraph, confMeta}},
		sourced{resolveURL(base, ld.url), Source{FromJSONLD, confStructured}},
	); v != "" {
		a.URL = v
		a.setSource("url", src.From, src.Confidence)
	}

	ldPub := ""
	if ld.publisher != nil {
		ldPub = ld.publisher.Name
	}
	pub, pubSrc := firstFrom(
		sourced{ldPub, Source{FromJSONLD, confStructured}},
		sourced{m.micro.publisher, Source{FromMicrodata, confStructured}},
		sourced{m.metaValue("og:site_name"), Source{FromOpenGraph, confMeta}},
		sourced{m.metaValue("application-name", "twitter:site", "publisher", "dc.publisher"), Source{FromMeta, confGuess}},
	)
	pub = strings.TrimPrefix(pub, "@")
	if pub != "" {
		a.setSource("publisher", pubSrc.From, pubSrc.Confidence)
		a.Publisher = &Publisher{Name: pub}
		if ld.publisher != nil && strings.EqualFold(ld.publisher.Name, pub) {
			a.Publisher.URL = resolveURL(base, ld.publisher.URL)
			a.Publisher.Logo = resolveURL(base, ld.publisher.Logo)
		}
	}

	a.Headline = chooseTitle(m, ld, pub, c)
	if a.Headline != "" {
		src := titleSource(a.Headline, m, ld)
		a.setSource("headline", src.From, src.Confidence)
	}
	desc, src := firstFrom(
		sourced{ld.description, Source{FromJSONLD, confStructured}},
		sourced{m.metaValue("og:description"), Source{FromOpenGraph, confMeta}},
		sourced{m.micro.description, Source{FromMicrodata, confStructured}},
		sourced{m.metaValue("description", "twitter:description", "dc.description"), Source{FromMeta, confMeta}},
	)
	if a.Description = unescapeTitle(desc); a.Description != "" {
		a.setSource("description", src.From, src.Confidence)
	}
	if a.Section, src = firstFrom(
		sourced{ld.section, Source{FromJSONLD, confStructured}},
		sourced{m.metaValue("article:section"), Source{FromOpenGraph, confMeta}},
		sourced{m.micro.section, Source{FromMicrodata, confStructured}},
		sourced{m.metaValue("section", "category", "dc.subject", "parsely-section"), Source{FromMeta, confGuess}},
	); a.Section != "" {
		a.setSource("section", src.From, src.Confidence)
	}

	if a.DatePublished, src = chooseDate(m, ld, a.Headline, c); !a.DatePublished.IsZero() {
		a.setSource("datePublished", src.From, src.Confidence)
	}
	for _, s := range []sourced{
		{ld.dateModified, Source{FromJSONLD, confStructured}},
		{m.metaValue("article:modified_time", "og:updated_time"), Source{FromOpenGraph, confMeta}},
		{m.metaValue("last-modified", "dcterms.modified", "dc.date.modified", "modified", "article.updated"), Source{FromMeta, confMeta}},
		{m.micro.dateModified, Source{FromMicrodata, confStructured}},
	} {
		if d, ok := parseDate(s.v, c); ok && plausibleYear(d) {
			a.DateModified = d
			a.setSource("dateModified", s.from.From, s.from.Confidence)
			break
		}
	}

	if a.Authors, src = chooseAuthors(m, ld, pub, base); len(a.Authors) > 0 {
		a.setSource("authors", src.From, src.Confidence)
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
	seen := map[string]bool{}
	for _, k := range kws {
		k = normalizeSpace(k)
		if k != "" && !seen[strings.ToLower(k)] && len(a.Keywords) < 50 {
			seen[strings.ToLower(k)] = true
			a.Keywords = append(a.Keywords, k)
		}
	}

	for _, s := range ld.images {
		addImage(a, resolveURL(base, s), "")
	}
	for _, k := range []string{"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"} {
		for _, s := range m.metas[k] {
			addImage(a, resolveURL(base, s), "")
		}
	}
	for _, s := range m.micro.images {
		addImage(a, resolveURL(base, s), "")
	}
	if len(a.Images) > 10 {
		a.Images = a.Images[:10]
	}

	lang := strings.ReplaceAll(strings.TrimSpace(m.lang), "_", "-")
	if reLangTag.MatchString(lang) {
		a.Language = lang
		a.setSource("language", FromHTMLLang, confMeta)
	}
	if len(a.Keywords) > 0 {
		a.setSource("keywords", keywordSource(m, ld), confMeta)
	}
	if len(a.Images) > 0 {
		a.setSource("images", FromMeta, confMeta)
		if len(ld.images) > 0 {
			a.setSource("images", FromJSONLD, confStructured)
		} else if len(m.metas["og:image"]) > 0 {
			a.setSource("images", FromOpenGraph, confMeta)
		}
	}
	return a
}

func plausibleYear(d Date) bool {
	y := d.Time.Year()
	return y >= 1990 && y <= 2100
}

// chooseDate picks the publication date: structured data first, then meta
// tags, <time> elements, the address, and dates printed in date lines.
func chooseDate(m *pageMeta, ld ldArticle, headline string, c *config) (Date, Source) {
	og := m.metaValue("article:published_time", "og:published_time", "og:article:published_time", "article:published", "published_time")
	generic := []string{m.metaValue("datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
		"date_published", "pub_date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
		"sailthru.date", "parsely-pub-date", "article.published", "article_date_original", "citation_publication_date",
		"citation_date", "originalpublicationdate", "cxenseparse:recs:publishtime", "release_date", "created")}
	values := func(ss []string) Date {
		for _, s := range ss {
			if d, ok := readDate(s, c); ok && plausibleYear(d) {
				return d
			}
		}
		return Date{}
	}
	// listed is set when date lines give three or more different days:
	// the dates of a list of teasers or posts, of which the first is the
	// article's only on a good day.
	listed := false
	// updated is set when the first date of the last date lines read
	// follows an update label ("Updated Nov 13, 2019").
	updated := false
	texts := func(ss []string) Date {
		var first Date
		updated = false
		days := map[string]bool{}
		for i, s := range ss {
			d, at, ok := anyDate(s, c, true)
			if !ok || !plausibleYear(d) {
				continue
			}
			// An element inside this one that holds a date of its own
			// is the date element; the outer text may open with another
			// date (an event's, in the headline).
			if i+1 < len(ss) && ss[i+1] != s && strings.Contains(s, ss[i+1]) {
				if _, _, ok := anyDate(ss[i+1], c, true); ok {
					continue
				}
			}
			if first.IsZero() {
				first = d
				updated = isUpdateLabel(s[:at])
			}
			days[d.Time.Format(time.DateOnly)] = true
		}
		listed = listed || len(days) >= 3
		return first
	}
	// Structured data first, then <time> elements, then the date lines a
	// reader sees (which beat loosely named meta tags), then the address,
	// page scripts and dates printed next to the headline.
	steps := []struct {
		from Source
		f    func() Date
	}{
		{Source{FromJSONLD, confStructured}, func() Date { return localized(values([]string{ld.datePublished}), m.times) }},
		{Source{FromOpenGraph, confMeta}, func() Date { return localized(values([]string{og}), m.times) }},
		{Source{FromMicrodata, confStructured}, func() Date { return localized(values([]string{m.micro.datePublished}), m.times) }},
		{Source{FromTimeElement, confVisible}, func() Date { return values(m.times) }},
		{Source{FromDateLine, confVisible}, func() Date { return texts(m.dateTexts) }},
		// Bylines often carry the date ("Von Anna Muster am 21. April 2020").
		{Source{FromByline, confVisible}, func() Date { return texts(m.bylines) }},
		{Source{FromMeta, confGuess + 0.1}, func() Date { return values(generic) }},
		{Source{FromURL, confGuess}, func() Date { return urlDate(m, c) }},
		{Source{FromScript, confGuess - 0.1}, func() Date { return values(m.scriptDateValues()) }},
		{Source{FromDateLine, confGuess - 0.1}, func() Date { return textDate(m, headline, c) }},
		{Source{FromDateLine, confGuess - 0.1}, func() Date { return labelledDate(m.text, c) }},
	}
	// Each source is read at most once.
	var got [16]Date
	var done [16]bool
	read := func(k int) Date {
		if !done[k] {
			got[k], done[k] = steps[k].f(), true
		}
		return got[k]
	}
	for k, st := range steps {
		d := read(k)
		if d.IsZero() {
			continue
		}
		// A structured date that the page's date line contradicts gives
		// way when another publication source (OpenGraph, microdata,
		// <time>, a meta tag) agrees with the date line: two sources a
		// reader can check against one.
		if k < 3 {
			if o, src, ok := corroborated(d, k, read, func() bool { return updated }, timesListed(m.times)); ok {
				return o, src
			}
		}
		// Other sources that give a day confirm or contradict it.
		src := st.from
		if listed && (k == stepDateLine || k == stepDateLine+1) {
			src.Confidence = confGuess
		}
		for j := k + 1; j < confirmSteps; j++ {
			if o := read(j); !o.IsZero() {
				if o.Time.Format(time.DateOnly) == d.Time.Format(time.DateOnly) {
					src.Confidence = min(0.99, src.Confidence+0.03)
				} else {
					src.Confidence -= 0.2
				}
			}
		}
		return d, src
	}
	return Date{}, Source{}
}

// Indexes of chooseDate's steps that corroborated consults.
const (
	stepTime     = 3 // <time> elements
	stepDateLine = 4 // dates printed in date lines
	stepMeta     = 6 // loosely named meta tags
)

// corroborated returns the day the date line gives when it differs from d
// (read at step k) and another of the first sources or the meta tags
// agree with it.
// A date line that gives an update's date ("Updated Nov 13") does not
// count, nor do <time> elements that span many days (a list of teasers,
// a clock in the header).
func corroborated(d Date, k int, read func(int) Date, lineUpdated func() bool, timesListed bool) (Date, Source, bool) {
	line := read(stepDateLine)
	if line.IsZero() || sameDay(line, d) || lineUpdated() {
		return Date{}, Source{}, false
	}
	for j := 0; j <= stepMeta; j++ {
		if j == k || j == stepDateLine || j == 5 || j == stepTime && timesListed {
			continue
		}
		if o := read(j); !o.IsZero() && sameDay(o, line) {
			return o, Source{FromDateLine, confVisible}, true
		}
	}
	return Date{}, Source{}, false
}

// isUpdateLabel reports whether the text before a date ends in, or holds,
// an update label.
func isUpdateLabel(before string) bool {
	low := strings.ToLower(before)
	for _, w := range []string{"updated", "update:", "aktualisiert", "mis à jour", "actualizado", "aggiornato", "editiert", "geändert", "modified", "last edited"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// timesListed reports whether the <time> elements of a page are those of
// a list (teasers, a ticker): three or more days, or five or more elements
// on more than one day.
func timesListed(times []string) bool {
	return spansDays(times, 3) || len(times) >= 5 && spansDays(times, 2)
}

// spansDays reports whether the date values ss give n or more different
// days.
func spansDays(ss []string, n int) bool {
	days := map[string]bool{}
	for _, s := range ss {
		if d, ok := readDate(s, nil); ok {
			days[d.Time.Format(time.DateOnly)] = true
		}
	}
	return len(days) >= n
}

func sameDay(a, b Date) bool {
	return a.Time.Format(time.DateOnly) == b.Time.Format(time.DateOnly)
}

// confirmSteps is how many of chooseDate's first sources (structured data,
// <time>, date lines) are asked whether they agree with the date chosen.
const confirmSteps = 5

// localized returns d in the page's own time zone when d is given in UTC
// and a <time> element gives the same instant with the zone's offset
// ("2022-05-04T03:37Z" is "2022-05-03T23:37-04:00" where it was written).
func localized(d Date, times []string) Date {
	if d.IsZero() || !d.HasClock || !d.HasZone {
		return d
	}
	if _, off := d.Time.Zone(); off != 0 {
		return d
	}
	for _, s := range times {
		if t, ok := parseISODate(s); ok && t.HasZone && t.Time.Equal(d.Time) {
			if _, off := t.Time.Zone(); off != 0 {
				return t
			}
		}
	}
	// A <time> that gives the same instant as a wall-clock reading with
	// no zone ("2023-11-08 23:30:59" for "2023-11-09T05:30:59Z"): the same
	// minute and second, a whole number of quarter hours away, at most
	// 14 hours.
	for _, s := range times {
		t, ok := parseISODate(s)
		if !ok || t.HasZone || !t.HasClock {
			continue
		}
		diff := d.Time.Sub(t.Time)
		if diff != 0 && diff.Abs() <= 14*time.Hour && diff%(15*time.Minute) == 0 && t.Time.Second() == d.Time.Second() && t.Time.Minute()%15 == d.Time.Minute()%15 {
			return t
		}
	}
	return d
}

// urlDate reads a date from the page address (/2021/03/14/).
func urlDate(m *pageMeta, c *config) Date {
	for _, u := range []string{m.canonical, m.metaValue("og:url"), c.url} {
		for _, re := range []*regexp.Regexp{reURLDate, reURLDateSolid} {
			if g := re.FindStringSubmatch(u); g != nil {
				s := g[1] + "-" + twoDigits(g[2]) + "-" + twoDigits(g[3])
				if d, ok := parseISODate(s); ok && plausibleYear(d) {
					return d
				}
			}
		}
	}
	return Date{}
}

// Bounds of the page-text date search around the first <h1>: a date line
// sits just above or below the headline.
const (
	dateAfterH1  = 1500
	dateBeforeH1 = 400
)

// textDate is the last resort: a date printed next to the headline (the
// first after the first <h1>, else the last just before it).
func textDate(m *pageMeta, headline string, c *config) Date {
	if len(m.h1At) == 0 {
		return Date{}
	}
	// The <h1> that holds the headline, else the first.
	at := m.h1At[0]
	for i, h := range m.h1s {
		if headline != "" && normalizeSpace(h) == headline {
			at = m.h1At[i]
			break
		}
	}
	t := m.text
	end := min(len(t), at+dateAfterH1)
	if d, _, ok := anyDate(t[at:end], c, true); ok && plausibleYear(d) {
		return d
	}
	start := max(0, at-dateBeforeH1)
	var last Date
	for s := t[start:at]; ; {
		d, at, ok := anyDate(s, c, true)
		if !ok {
			break
		}
		if plausibleYear(d) {
			last = d
		}
		s = s[at+1:]
	}
	return last
}

// chooseAuthors takes the authors from the most trusted source that names
// any, cleaned and split one per person.
func chooseAuthors(m *pageMeta, ld ldArticle, pub, base string) ([]Author, Source) {
	var sources [][]Author
	var from []Source // where each source in sources is read
	sources = append(sources, ld.authors, m.micro.authors)
	from = append(from, Source{FromJSONLD, confStructured}, Source{FromMicrodata, confStructured})
	var metaAuthors []Author
	for _, k := range []string{"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "citation_author", "twitter:creator"} {
		for _, v := range m.metas[k] {
			if strings.Contains(v, "://") || strings.HasPrefix(v, "www.") {
				continue
			}
			if k == "twitter:creator" {
				continue
			}
			metaAuthors = append(metaAuthors, Author{Name: v})
		}
		if len(metaAuthors) > 0 {
			break
		}
	}
	sources = append(sources, metaAuthors)
	from = append(from, Source{FromMeta, confMeta})
	var rel []Author
	for _, r := range m.relAuthors {
		if r.Name != "" {
			rel = append(rel, r)
		}
	}
	sources = append(sources, rel)
	from = append(from, Source{FromByline, confVisible})
	// Each byline element in turn: the first may be a bare label
	// ("Publiziert am") with the name in the next.
	// When structured data or meta tags name only the site, a byline
	// must stand by the headline to replace it: one further down may be
	// a teaser's.
	siteNamed := false
	if out, _ := authorsFrom(sources, "", nil, 0, base); len(out) > 0 {
		siteNamed = true
		names := append(authorSites(m, base), pub)
		for _, a := range out {
			siteNamed = siteNamed && matchesSite(a.Name, names)
		}
	}
	for i, s := range m.bylines {
		near := m.nearHeadline(m.bylineAt[i])
		if siteNamed && !near {
			continue
		}
		// A byline element inside this one is the name's own ("Tom
		// Davies" in "Tom Davies Associated Press Published 11:34
		// PM"): the outer text gives way to it, unless the inner one
		// is a bare label ("Auteur:").
		if i+1 < len(m.bylines) && m.bylines[i+1] != s && strings.Contains(s, m.bylines[i+1]) && len(cleanAuthors(m.bylines[i+1], "")) > 0 {
			continue
		}
		sources = append(sources, []Author{{Name: s}})
		// A byline far from the headline is right less often (a
		// teaser's, a bio's): three times in five on the dev pages.
		if near {
			from = append(from, Source{FromByline, confVisible})
		} else {
			from = append(from, Source{FromByline, confGuess + 0.1})
		}
	}
	// Last, a byline printed next to the headline with no markup to say so.
	if name := textByline(m); name != "" {
		sources = append(sources, []Author{{Name: name}})
		from = append(from, Source{FromContent, confGuess})
	}
	// The publisher's name given as author gives way to a person named by
	// any source; it stands only when no source names anyone else (a blog
	// whose author is its name, a press office).
	// The site's own name (its address, its og:site_name) given as
	// author by structured data or meta tags gives way likewise
	// ("Interscenario" on interscenar.io); a byline that prints it
	// ("Artikel von: hausinfo") is taken at its word.
	sites := authorSites(m, base)
	out, i := authorsFrom(sources, pub, sites, 3, base)
	if len(out) == 0 && (pub != "" || len(sites) > 0) {
		out, i = authorsFrom(sources, "", nil, 0, base)
		if i >= 0 {
			// The publisher standing as author: an organisation, and a
			// guess.
			for k := range out {
				out[k].Type = Organization
			}
			return out, Source{from[i].From, confGuess}
		}
	}
	if i < 0 {
		// Last, a credit set as a labelled field anywhere in the page
		// ("Text: Anna Muster" under the article).
		if !hasBylineLabel(m.text) {
			return nil, Source{}
		}
		if name := labelledByline(m); name != "" {
			if out, _ := authorsFrom([][]Author{{{Name: name}}}, pub, sites, 1, base); len(out) > 0 {
				return out, Source{FromContent, confGuess - 0.1}
			}
		}
		return nil, Source{}
	}
	return out, from[i]
}

// authorSites are the names of the site an author's name is checked
// against: the address's host and og:site_name.
func authorSites(m *pageMeta, base string) []string {
	var sites []string
	if host := hostOf(base); host != "" {
		sites = append(sites, host)
	}
	if sn := m.metaValue("og:site_name"); sn != "" {
		sites = append(sites, sn)
	}
	return sites
}

// nearHeadline reports whether the page-text offset at lies by the first
// <h1>: a little above it or within the byline search below it. With no
// <h1> every offset is near.
func (m *pageMeta) nearHeadline(at int) bool {
	if len(m.h1At) == 0 {
		return true
	}
	// The first <h1> that is not the site's name linking home.
	k := 0
	for k < len(m.h1Home) && k < len(m.h1At)-1 && m.h1Home[k] {
		k++
	}
	end := m.h1At[k]
	if k < len(m.h1End) {
		end = m.h1End[k]
	}
	switch {
	case at < m.h1At[k]:
		return backVisible(m.text, m.h1At[k], bylineBeforeH1) <= at
	case at > end:
		return at <= forwardVisible(m.text, end, dateAfterH1)
	}
	return true
}

// authorsFrom returns the cleaned authors of the first source that names
// any, leaving out the publisher's name, and the names of the site in the
// first nSited sources.
func authorsFrom(sources [][]Author, pub string, sites []string, nSited int, base string) ([]Author, int) {
	for si, src := range sources {
		var out []Author
		for _, au := range src {
			names := cleanAuthors(au.Name, pub)
			// An entry that names the site in one of its parts is the
			// site's credit whole ("Example.de GmbH, Munich, Germany").
			if si < nSited && slices.ContainsFunc(names, func(n string) bool { return matchesSite(n, sites) }) {
				continue
			}
			for _, n := range names {
				dup := false
				for _, o := range out {
					if strings.EqualFold(o.Name, n) {
						dup = true
					}
				}
				if dup || !looksLikeName(n) {
					continue
				}
				a := Author{Name: n, Type: Person}
				switch {
				case len(names) == 1 && au.Type != "":
					a.Type = au.Type
				case isKnownOutlet(n) || isOutletLike(n, "", false):
					a.Type = Organization // a news agency as byline
				}
				if len(names) == 1 {
					a.URL = resolveURL(base, au.URL)
				}
				out = append(out, a)
			}
		}
		if len(out) > 0 {
			if len(out) > 10 {
				out = out[:10]
			}
			return out, si
		}
	}
	return nil, -1
}

// bylineLabels are the labels reLabelledByline reads before a colon.
var bylineLabels = []string{"Text", "Von", "Autor", "Autorin", "Author", "Written by", "By"}

// hasBylineLabel reports whether t holds a byline label before a colon
// (after white space or at the start), as every match of
// reLabelledByline does: a page without one need not be searched.
func hasBylineLabel(t string) bool {
	for i := 0; ; {
		j := strings.IndexByte(t[i:], ':')
		if j < 0 {
			return false
		}
		k := i + j
		i = k + 1
		for k > 0 && isRESpace(t[k-1]) {
			k--
		}
		for _, l := range bylineLabels {
			if s := k - len(l); s >= 0 && t[s:k] == l && (s == 0 || isRESpace(t[s-1])) {
				return true
			}
		}
	}
}

// isRESpace reports the bytes \s matches in a regexp.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// looksLikeName rejects byline debris: dates, times, counts. A user name
// that ends in digits ("happyface313", "freeman1984") is a name.
func looksLikeName(s string) bool {
	if isHandle(s) {
		return true
	}
	digits, letters := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters >= 2 && digits*3 < letters
}

// isHandle reports whether s is one user name: at least three letters,
// then digits only ("delta201"), with no space.
func isHandle(s string) bool {
	t := strings.TrimRightFunc(s, unicode.IsDigit)
	if len(t) == len(s) || len(t) < 3 || len(s)-len(t) > 4 {
		return false
	}
	for _, r := range t {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// titleSeparators split "Headline | Site" titles.
var titleSeparators = []string{" | ", " || ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " « ", " » ", " ― "}

// chooseTitle picks the headline. The page's one <h1> (leaving out <h1>s
// that link home, which carry the site's name, and a short kicker element
// opening it) is what a reader sees and wins, unless a structured title
// shows it to hold a kicker or a site name; then the structured title
// (JSON-LD, microdata, OpenGraph, Twitter), or a leading <h2> that prints
// it; then the part of the <title> that is not the site's name (preferring
// a part that a heading repeats), then the first <h1>.
func chooseTitle(m *pageMeta, ld ldArticle, pub string, c *config) string {
	sites := []string{pub, m.metaValue("og:site_name"), m.metaValue("application-name")}
	if host := hostOf(c.url); host != "" {
		sites = append(sites, host)
	}
	// An <h1> that links to the home page is the site's name set as a
	// heading (a blog's header), not the article's headline.
	var h1s, homeH1s []string
	for i, h := range m.h1s {
		if i < len(m.h1Home) && m.h1Home[i] {
			homeH1s = append(homeH1s, h)
			continue
		}
		// A kicker of a few words set in its own element ahead of the
		// headline ("<h1><span>Corona-Pandemie</span> „Es kommt …“</h1>",
		// "<h1><small>Tunesien</small><br> Große Aufgaben …</h1>") is not
		// part of it. A longer one is a title of its own, and one the
		// text runs on from in lower case is the headline's first word.
		if i < len(m.h1Kicker) && m.h1Kicker[i] != "" && len(strings.Fields(m.h1Kicker[i])) <= 3 {
			if rest, ok := strings.CutPrefix(h, m.h1Kicker[i]); ok {
				rest = strings.TrimLeft(rest, " |-–—:·•/")
				if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) && len(strings.Fields(rest)) >= 2 {
					h = rest
				}
			}
		}
		h1s = append(h1s, h)
	}
	sites = append(sites, homeH1s...)
	metaT := first(ld.headline, m.micro.headline)
	if metaT == "" {
		metaT = m.metaValue("og:title", "twitter:title", "dc.title", "title", "headline")
	}
	metaT = unescapeTitle(stripSite(metaT, sites, false))
	// A heading that the structured title only extends with a site name,
	// a date or an author ("Bielersee-Winterhechte | petri-heil.ch | Dein
	// Schweizer Fischereimagazin", "So viel Regen : 31.10.2023") is the
	// headline.
	if h := h1Prefix(h1s, metaT); h != "" {
		return h
	}
	if h := soleHeading(h1s); h != "" && !matchesSite(h, sites) && (len(strings.Fields(h)) >= 2 || oneWordHeadline(h, metaT, m.title)) {
		// A kicker glued to the headline inside the <h1> that a title
		// sets apart ("Olympische Spiele in Paris Getränke per Schiff…"
		// against "Olympische Spiele in Paris - Getränke per Schiff…").
		if r := gluedKicker(h, ld.headline, m.metaValue("og:title"), m.title); r != "" {
			return stripSite(r, sites, false)
		}
		if metaT != "" && len(metaT) < len(h) && strings.Contains(h, metaT) && len(strings.Fields(metaT)) >= 2 {
			// The structured title cut short mid-sentence ("… Kapazität"
			// against "… Kapazität in Tennessee"): the reader sees the
			// <h1>. A separator after it leads to the site's name, a
			// capital to a subtitle run into the <h1>: the structured
			// title.
			if rest, ok := strings.CutPrefix(h, metaT+" "); ok {
				if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) || unicode.IsDigit(r) {
					return stripSite(h, sites, false)
				}
				return metaT
			}
			// An <h1> that puts a kicker before the structured title
			// ("Politics | …", "Tunesien Große Aufgaben …") gives way to
			// it; one that puts words on both sides of it is a longer
			// headline of its own.
			if strings.HasSuffix(h, metaT) {
				return metaT
			}
		}
		// A kicker set apart inside the <h1> ("Klimaschutz : Bohren, bis
		// es heiß wird"): the spaced colon is the markup's, not the
		// headline's (except in French, which spaces its colons).
		if k, rest, ok := strings.Cut(h, " : "); ok && !strings.HasPrefix(strings.ToLower(m.lang), "fr") && !strings.Contains(rest, " : ") && len(strings.Fields(rest)) >= 3 && len(strings.Fields(k)) <= 6 {
			return stripSite(rest, sites, false)
		}
		return stripSite(h, sites, false)
	}
	title := normalizeSpace(m.title)
	// With no usable <h1>, a leading <h2> that gives the structured title
	// as printed (other dashes, quotes or capitals; not cut short; without
	// what follows a separator) is the headline.
	if t := first(metaT, title); t != "" {
		for i, h := range m.h2s {
			if i >= 3 {
				break
			}
			if h2Gives(h, t) {
				return h
			}
		}
	}
	if metaT != "" {
		// One of several <h1>s that prints the structured title with
		// other quotes or dashes: the reader's text.
		for _, h := range h1s {
			if foldTitle(h) == foldTitle(metaT) {
				return h
			}
		}
		return metaT
	}
	if title == "" {
		if len(h1s) > 0 {
			return h1s[0]
		}
		return ""
	}
	// The site's name from a home-page heading ends the headline in the
	// <title> ("Headline : Site | Slogan").
	for _, s := range homeH1s {
		if i := strings.Index(title, s); i > 0 {
			head := strings.TrimRight(title[:i], " |-–—:·•/«»")
			if head != "" && len(head) < i && strings.TrimSpace(title[len(head):i]) != "" {
				return head
			}
		}
	}
	parts := splitTitle(title)
	var kept []string
	for _, p := range parts {
		if !matchesSite(p, sites) {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		kept = parts
	}
	// A part a heading repeats is the headline.
	for _, h := range h1s {
		for _, p := range kept {
			if len(kept) > 1 && strings.EqualFold(h, p) && !matchesSite(h, sites) && len(h1s) == 1 {
				return p
			}
		}
	}
	for _, h := range m.h2s {
		for _, p := range kept {
			if len(kept) > 1 && strings.EqualFold(h, p) {
				return p
			}
		}
	}
	for _, h := range h1s {
		if strings.EqualFold(h, title) {
			return h
		}
	}
	if len(kept) == 1 {
		return kept[0]
	}
	return stripSite(title, sites, true)
}

// oneWordHeadline reports whether a one-word <h1> is the headline rather
// than a section's name: the structured title opens with it
// ("Mandarinen-Schmand-Kuchen von jesusfreak"), or there is none and the
// <title> does not name it (a site's one <title> for all its pages).
func oneWordHeadline(h, metaT, title string) bool {
	if metaT != "" {
		return strings.HasPrefix(metaT, h+" ")
	}
	return title != "" && !strings.Contains(strings.ToLower(title), strings.ToLower(h))
}

// gluedKicker returns the <h1> h without its kicker when one of the titles
// sets that kicker apart with a separator and h runs it into the headline
// with a bare space; "" when no title does.
func gluedKicker(h string, titles ...string) string {
	for _, t := range titles {
		parts := splitTitle(normalizeSpace(unescapeTitle(t)))
		if len(parts) < 2 {
			continue
		}
		k, next := parts[0], strings.Fields(parts[1])
		rest, ok := strings.CutPrefix(h, k+" ")
		if !ok || len(strings.Fields(k)) > 5 || len(next) == 0 || len(strings.Fields(rest)) < 2 {
			continue
		}
		if first := strings.Fields(rest)[0]; strings.EqualFold(first, next[0]) {
			return rest
		}
	}
	return ""
}

// h2Gives reports whether the heading h prints the title t: the same text
// but for dashes, quotes, ellipses and capitals, or t cut short at a word,
// or t's first part before a separator.
func h2Gives(h, t string) bool {
	if len(strings.Fields(h)) < 2 {
		return false
	}
	fh, ft := foldTitle(h), foldTitle(t)
	if fh == ft {
		return true
	}
	if strings.HasPrefix(fh, ft+" ") && len(strings.Fields(t)) >= 4 {
		return true // the meta title cut short
	}
	return h1Prefix([]string{h}, t) != ""
}

// foldTitle folds the typographic variants a title is written with:
// dashes, quotes, ellipses, capitals.
func foldTitle(s string) string {
	return strings.ToLower(titleFolder.Replace(normalizeSpace(s)))
}

var titleFolder = strings.NewReplacer("–", "-", "—", "-", "―", "-", "’", "'", "‘", "'", "“", "\"", "”", "\"", "„", "\"", "…", "...", "«", "\"", "»", "\"")

// h1Prefix returns the <h1> that t starts with when the rest of t follows a
// separator.
func h1Prefix(h1s []string, t string) string {
	for _, h := range h1s {
		if len(h) < 3 || len(h) >= len(t) || !strings.HasPrefix(t, h) {
			continue
		}
		rest := strings.TrimLeft(t[len(h):], " ")
		if rest != "" && strings.ContainsRune("|-–—:·•/", []rune(rest)[0]) && t[len(h)] == ' ' {
			return h
		}
	}
	return ""
}

// soleHeading returns the one heading of hs (or the text all share).
func soleHeading(hs []string) string {
	if len(hs) == 0 {
		return ""
	}
	for _, h := range hs[1:] {
		if h != hs[0] {
			return ""
		}
	}
	return hs[0]
}

// splitTitle cuts a <title> at its separators.
func splitTitle(t string) []string {
	parts := []string{t}
	for _, sep := range titleSeparators {
		var next []string
		for _, p := range parts {
			for _, q := range strings.Split(p, sep) {
				if q = strings.TrimSpace(q); q != "" {
					next = append(next, q)
				}
			}
		}
		parts = next
	}
	return parts
}

// unescapeTitle undoes the double escaping of meta values ("&amp;#39;").
func unescapeTitle(s string) string {
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		return normalizeSpace(html.UnescapeString(s))
	}
	return s
}

func hostOf(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	if i := strings.IndexAny(u, "/?#:"); i >= 0 {
		u = u[:i]
	}
	return strings.TrimPrefix(strings.ToLower(u), "www.")
}

// stripSite removes a site name joined to a headline by a separator. With
// guess it also drops a short trailing part that names no known site, as
// <title> elements usually end with the site's name.
func stripSite(t string, sites []string, guess bool) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if matchesSite(tail, sites) && head != "" {
			return stripSite(head, sites, guess)
		}
		j := strings.Index(t, sep)
		pre, rest := strings.TrimSpace(t[:j]), strings.TrimSpace(t[j+len(sep):])
		if matchesSite(pre, sites) && rest != "" {
			return rest
		}
		ratio := 2
		if !strings.ContainsAny(sep, "-–—") {
			ratio = 1 // a bar or a guillemet is not punctuation inside headlines
		}
		if guess && len(strings.Fields(tail)) <= 4 && runeLen(head) > ratio*runeLen(tail) {
			return head
		}
	}
	return t
}

func matchesSite(s string, sites []string) bool {
	ls := strings.ToLower(strings.TrimSpace(s))
	if ls == "" {
		return false
	}
	compact := strings.ReplaceAll(ls, " ", "")
	for _, site := range sites {
		site = strings.ToLower(strings.TrimSpace(site))
		if site == "" {
			continue
		}
		if ls == site || strings.ReplaceAll(site, " ", "") == compact {
			return true
		}
		// "example.com" against "Example" or "Example.com", a host
		// whose dot splits the name ("interscenar.io") against
		// "Interscenario".
		if dot := strings.IndexByte(site, '.'); dot > 0 {
			name := site[:dot]
			if compact == name || compact == site || strings.HasPrefix(compact, name+".") || compact == strings.ReplaceAll(site, ".", "") {
				return true
			}
		}
	}
	return false
}
