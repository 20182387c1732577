package htmlx

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/model"
)

// chooseAuthors takes the authors from the most trusted source that names
// any, cleaned and split one per person.
func chooseAuthors(m *PageMeta, ld ldArticle, pub, base string) ([]model.Author, model.Source) {
	out, src, sources := pickAuthors(m, ld, pub, base)
	// A wire story credits the wire in its byline or dateline and its
	// reporters in a closing "Reporting by" line (author_wire.go): the
	// people credited are the authors.
	if len(out) <= 1 || allWires(out) {
		if names := wireReporters(m); reportersReplace(out, names) {
			out = make([]model.Author, 0, len(names))
			for _, n := range names {
				out = append(out, model.Author{Name: n, Type: model.Person})
			}
			src = model.Source{From: model.FromContent, Confidence: model.ConfGuess}
		}
	}
	out = displayNames(out, sources)
	out = fullNameForAccount(m, out) // (byl19_account.go)
	// The people the byline credits with another role (byl19_roles.go).
	if res := withRoleCredits(m, out); len(res) > len(out) {
		if len(out) == 0 {
			src = model.Source{From: model.FromByline, Confidence: model.ConfVisible}
		}
		out = res
	}
	return out, src
}

// pickAuthors is chooseAuthors's choice, with every source it weighed.
func pickAuthors(m *PageMeta, ld ldArticle, pub, base string) ([]model.Author, model.Source, [][]model.Author) {
	var sources [][]model.Author
	var from []model.Source // where each source in sources is read
	memo := &cleanMemo{}    // the sources are weighed several times
	sources = append(sources, ld.authors, m.micro.authors)
	from = append(from, model.Source{From: model.FromJSONLD, Confidence: model.ConfStructured}, model.Source{From: model.FromMicrodata, Confidence: model.ConfStructured})
	sources = append(sources, metaAuthorTags(m))
	from = append(from, model.Source{From: model.FromMeta, Confidence: model.ConfMeta})
	var rel []model.Author
	for _, r := range m.relAuthors {
		if r.Name != "" {
			rel = append(rel, r)
		}
	}
	relAt := len(sources)
	sources = append(sources, rel)
	from = append(from, model.Source{From: model.FromByline, Confidence: model.ConfVisible})
	// Each byline element in turn: the first may be a bare label
	// ("Publiziert am") with the name in the next.
	// When structured data or meta tags name only the site, a byline
	// must stand by the headline to replace it: one further down may be
	// a teaser's.
	siteNamed := false
	if out, _ := authorsFrom(memo, sources, "", nil, 0, base); len(out) > 0 {
		siteNamed = true
		names := append(authorSites(m, base), pub)
		for _, a := range out {
			siteNamed = siteNamed && (matchesSite(a.Name, names) || isLegalEntity(a.Name))
		}
	}
	teasers := farBylinePeople(m) >= 3
	// A byline printed in the text right under the headline ("By Jane
	// Doe", "Posted by Jane Doe on …") is what the reader sees credited:
	// it comes before the elements merely named as bylines by class,
	// which on older pages are as often a sidebar's writer list, a
	// tagline or an author box.
	if name := headBylineText(m); name != "" {
		sources = append(sources, []model.Author{{Name: name}})
		from = append(from, model.Source{From: model.FromByline, Confidence: model.ConfVisible})
	}
	// A newspaper's name-over-job byline under the headline, and a blog
	// post's "Posted by" line (see author_blog.go), likewise printed
	// credits.
	for _, name := range []string{nameOverJob(m), postedByCredit(m), dateByHandle(m)} {
		if name != "" {
			sources = append(sources, []model.Author{{Name: name}})
			from = append(from, model.Source{From: model.FromByline, Confidence: model.ConfVisible})
		}
	}
	for _, i := range bylineOrder(m) {
		s := m.bylines[i]
		near := m.nearHeadline(m.bylineAt[i])
		if (siteNamed || teasers) && !near {
			continue
		}
		// A byline element inside this one is the name's own ("Tom
		// Davies" in "Tom Davies Associated Press Published 11:34
		// PM"): the outer text gives way to it, unless the inner one
		// is a bare label ("Auteur:").
		if i+1 < len(m.bylines) && m.bylines[i+1] != s && strings.Contains(s, m.bylines[i+1]) && len(memo.clean(m.bylines[i+1], "")) > 0 {
			continue
		}
		sources = append(sources, []model.Author{{Name: s}})
		// A byline far from the headline is right less often (a
		// teaser's, a bio's): three times in five on the dev pages.
		if near {
			from = append(from, model.Source{From: model.FromByline, Confidence: model.ConfVisible})
		} else {
			from = append(from, model.Source{From: model.FromByline, Confidence: model.ConfGuess + 0.1})
		}
	}
	// Last, a byline printed next to the headline with no markup to say so.
	if name := textByline(m); name != "" {
		sources = append(sources, []model.Author{{Name: name}})
		from = append(from, model.Source{From: model.FromContent, Confidence: model.ConfGuess})
	}
	// The publisher's name given as author gives way to a person named by
	// any source; it stands only when no source names anyone else (a blog
	// whose author is its name, a press office).
	// The site's own name (its address, its og:site_name) given as
	// author by structured data or meta tags gives way likewise
	// ("Interscenario" on interscenar.io); a byline that prints it
	// ("Artikel von: hausinfo") is taken at its word.
	// A company or an association named by its legal form ("Example
	// GmbH", "Verband e.V.") in structured data or meta tags is the
	// site's credit too, and gives way even to a labelled credit
	// ("Autorin: Anna Muster" under the text).
	sites := authorSites(m, base)
	out, i := authorsFrom(memo, sources, pub, sites, 3, base)
	// A meta author the page never prints gives way to a credit it
	// prints (authors16_meta.go).
	if i == metaIndex && !printedAuthors(m, out) {
		if alt, j := printedByline(memo, sources, from, pub, sites, base); j >= 0 {
			out, i = alt, j
		} else if alt := printedField(memo, m, pub, sites, base); len(alt) > 0 {
			return alt, model.Source{From: model.FromContent, Confidence: model.ConfGuess - 0.1}, sources
		} else if alt := printedWire(memo, m, pub, sites, base); len(alt) > 0 && !readsAsPerson(out) {
			// The wire the page prints as the story's credit
			// (auth26_wire.go).
			return alt, model.Source{From: model.FromContent, Confidence: model.ConfGuess - 0.1}, sources
		}
	}
	company := len(out) == 0 && hasLegalEntity(sources[:3])
	if company {
		if name := creditLine(m); name != "" {
			if out, _ := authorsFrom(memo, [][]model.Author{{{Name: name}}}, pub, sites, 1, base); len(out) > 0 {
				return out, model.Source{From: model.FromContent, Confidence: model.ConfGuess - 0.1}, sources
			}
		}
	}
	if len(out) == 0 && (pub != "" || len(sites) > 0 || company) {
		out, i = authorsFrom(memo, sources, "", nil, 0, base)
		if i >= 0 {
			// The publisher standing as author: an organisation, and a
			// guess.
			for k := range out {
				out[k].Type = model.Organization
			}
			return out, model.Source{From: from[i].From, Confidence: model.ConfGuess}, sources
		}
	}
	if i < 0 {
		// Last, a credit set as a labelled field anywhere in the page
		// ("Text: Anna Muster" under the article), a paragraph that is
		// a byline alone, the heading of a box about the author.
		// A byline closing a blog post with its date or links after a
		// bar (author_blog.go).
		last := []string{footerByline(m)}
		if hasBylineLabel(m.text) {
			last = append(last, labelledByline(m))
		}
		last = append(last, m.credits...)
		last = append(last, m.authorBox)
		// The wire a lead's dateline credits ("DHAKA (AFP) —"), when
		// nothing names a person.
		last = append(last, datelineAgency(m))
		// The wire credited over the lead or by its dateline, when the
		// headline was not located (author_wire.go).
		last = append(last, leadAgency(m))
		for _, name := range last {
			if name == "" {
				continue
			}
			if out, _ := authorsFrom(memo, [][]model.Author{{{Name: name}}}, pub, sites, 1, base); len(out) > 0 {
				return out, model.Source{From: model.FromContent, Confidence: model.ConfGuess - 0.1}, sources
			}
		}
		return nil, model.Source{}, sources
	}
	return widerList(memo, out, i, relAt, sources, from, pub, sites, base), from[i], sources
}

// metaAuthorTags returns the authors the page's meta tags name, from the
// first tag that names any.
func metaAuthorTags(m *PageMeta) []model.Author {
	var metaAuthors []model.Author
	for _, k := range []string{"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "citation_author", "twitter:creator"} {
		for _, v := range m.metas[k] {
			if strings.Contains(v, "://") || strings.HasPrefix(v, "www.") {
				continue
			}
			if k == "twitter:creator" || siteBuilderName(v) {
				continue
			}
			metaAuthors = append(metaAuthors, model.Author{Name: v})
		}
		if len(metaAuthors) > 0 {
			break
		}
	}
	return metaAuthors
}

// headBylineNear is how much visible text after the headline is searched
// for a byline in the text that outranks the class-named byline elements:
// a deck line and a date may stand between.
const headBylineNear = 200

// headBylineText returns the name of a byline printed in the page text just
// after the headline (by reTextByline), or "".
func headBylineText(m *PageMeta) string {
	after := textAfterHead(m, headBylineNear)
	for _, loc := range findTextBylines(after, 4) {
		// The byline opens its line, or follows a date on it: "By" in
		// the middle of a title-case deck ("Bans Supported By Wide
		// Margins") credits no one.
		// (The match opens with the white space or bar before "By",
		// or with "By" itself at the start of the text.)
		line := after[:loc[0]]
		if i := strings.LastIndexByte(line, '\n'); i >= 0 {
			line = line[i+1:]
		}
		if strings.TrimSpace(strings.Trim(line, "|·•")) != "" && !hasDate(line) {
			continue
		}
		if line := roleLineAt(after, loc[0]); line != "" {
			return line // a byline of several roles, read whole (byl19_roles.go)
		}
		if all := textBylines(after[loc[0]:loc[1]]); len(all) > 0 {
			// (A byline in capitals joined by "AND": auth26_wire.go.)
			return withCoAuthors(all[0], capsCoRest(after[loc[0]:loc[1]], all[0])+after[loc[1]:])
		}
	}
	return ""
}

// reCoAuthor matches a further name on a byline's line after the first,
// past the first's place ("By Sarah Laitner in Brussels, Maija Palmer in
// London and Kevin Allison"): a comma, "and" or "&" (or the word for
// "and" of the other languages with byline tables: "Por Lucía García y
// Pedro Ruiz", "Von Anna Muster und Max Mann"), then two to four
// capitalised words, or a wire service's name.
var reCoAuthor = regexp.MustCompile(`^(?:[ \t\x{a0}]+in[ \t\x{a0}]+\p{Lu}[\p{L}.'-]*(?:[ \t\x{a0}]+\p{Lu}[\p{L}.'-]*)?)?[ \t\x{a0}]*(?:,[ \t\x{a0}]*(?:and|AND)?|[ \t\x{a0}]+(?:and|AND|und|et|y|e|i|и|і|та|oraz)[ \t\x{a0}]*,?|&)[ \t\x{a0}]*(\p{Lu}[\p{L}'’.-]+(?:[ \t\x{a0}]+\p{Lu}[\p{L}'’.-]+){0,3})`)

// withCoAuthors returns name with the further names its byline line rest
// gives, joined by " and " for CleanAuthors to split: the first match of
// reTextByline stops at the first "and".
func withCoAuthors(name, rest string) string {
	rest = joinLinkedNames(rest) // (byl19_linked.go)
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	for n := 0; n < maxAuthors; n++ {
		g := reCoAuthor.FindStringSubmatchIndex(rest)
		if g == nil {
			break
		}
		co := rest[g[2]:g[3]]
		words := strings.Fields(co)
		if len(words) == 1 && !wireServices[strings.ToLower(co)] || isJunkName(co) || isJobTitle(co) {
			break
		}
		// A wire beside the writer is written out as bylines and
		// datelines write it ("By Jane Roe and AP": Associated Press;
		// "AND THE ASSOCIATED PRESS", "AND REUTERS": Associated Press,
		// Reuters).
		co = wireCoCredit(co)
		name += " and " + co
		rest = rest[g[1]:]
	}
	return name
}

// bylineOrder returns the indices of m.bylines in the order they are
// weighed: those that stand after the headline first, in page order, then
// the others. A byline of a news or blog page follows its headline; one
// above it (in a column of the section's writers, a teaser of the last
// article, a masthead) credits someone else more often than not.
func bylineOrder(m *PageMeta) []int {
	idx := make([]int, 0, len(m.bylines))
	_, end, ok := m.headSpan()
	for i := range m.bylines {
		if !ok || i >= len(m.bylineAt) || m.bylineAt[i] >= end {
			idx = append(idx, i)
		}
	}
	for i := range m.bylines {
		if ok && i < len(m.bylineAt) && m.bylineAt[i] < end {
			idx = append(idx, i)
		}
	}
	return idx
}

// widerList returns the authors of a later source that names every author
// of out (read from sources[i]) and more people besides, or out. JSON-LD
// often names the first of several authors only, where the meta tag or
// the byline by the headline names them all. Only meta tags and bylines
// by the headline count (not the rel=author links, sources[relAt], which
// gather every author linked anywhere on the page), and each further name
// must read as a person's: two words or more, not an outlet.
func widerList(memo *cleanMemo, out []model.Author, i, relAt int, sources [][]model.Author, from []model.Source, pub string, sites []string, base string) []model.Author {
	for j := i + 1; j < len(sources); j++ {
		if j == relAt || from[j].From != model.FromMeta && (from[j].From != model.FromByline || from[j].Confidence < model.ConfVisible) {
			continue
		}
		wide, _ := authorsFrom(memo, sources[j:j+1], pub, sites, 1, base)
		if len(wide) <= len(out) {
			continue
		}
		all := true
		for _, a := range out {
			all = all && slices.ContainsFunc(wide, func(w model.Author) bool { return strings.EqualFold(w.Name, a.Name) })
		}
		for _, w := range wide {
			all = all && (slices.ContainsFunc(out, func(a model.Author) bool { return strings.EqualFold(w.Name, a.Name) }) ||
				len(strings.Fields(w.Name)) >= 2 && w.Type == model.Person && nameShaped(w.Name) && !isCreditName(w.Name))
		}
		if !all {
			continue
		}
		// The names as out has them, with their addresses, then the
		// others.
		res := append([]model.Author(nil), out...)
		for _, w := range wide {
			if !slices.ContainsFunc(out, func(a model.Author) bool { return strings.EqualFold(w.Name, a.Name) }) {
				res = append(res, w)
			}
		}
		return res
	}
	return out
}

// creditWords name a picture agency, a wire or a desk, not a person.
var creditWords = map[string]bool{
	"images": true, "image": true, "photos": true, "photo": true, "pictures": true, "press": true,
	"news": true, "agency": true, "staff": true, "wire": true, "reuters": true, "afp": true, "dpa": true,
	"getty": true, "shutterstock": true, "desk": true, "team": true, "redaktion": true,
}

// isCreditName reports whether a name holds a word of creditWords.
func isCreditName(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if creditWords[strings.Trim(w, ".,")] {
			return true
		}
	}
	return false
}

// displayNames puts for each author that is a login name
// ("arianschlichenmayer", "robert.stitz") the display name another source
// prints for the same person ("Arian Schlichenmayer"): the same letters,
// spaced and capitalised. Blog software gives the login where the
// display name is unset; the page's byline still shows the name.
func displayNames(out []model.Author, sources [][]model.Author) []model.Author {
	for k, a := range out {
		if !isLoginName(a.Name) {
			continue
		}
		key := nameLetters(a.Name)
	find:
		for _, src := range sources {
			for _, au := range src {
				for _, n := range CleanAuthors(au.Name, "") {
					if strings.Contains(n, " ") && nameLetters(n) == key {
						out[k].Name = n
						break find
					}
				}
			}
		}
	}
	return out
}

// isLoginName reports whether s reads as a login name: one word in lower
// case, letters with at most dots, hyphens and underscores between them,
// at least five letters.
func isLoginName(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			n++
		case r == '.' || r == '-' || r == '_':
		default:
			return false
		}
	}
	return n >= 5
}

// nameLetters is the letters of s in lower case, nothing else.
func nameLetters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// authorSites are the names of the site an author's name is checked
// against: the address's host and og:site_name.
func authorSites(m *PageMeta, base string) []string {
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
func (m *PageMeta) nearHeadline(at int) bool {
	start, end, ok := m.headSpan()
	switch {
	case !ok:
		return true
	case at < start:
		before, _ := m.headlineReach(start, end)
		return before <= at
	case at > end:
		_, after := m.headlineReach(start, end)
		return at <= after
	}
	return true
}

// maxAuthors is the most authors an article is credited with; the first
// ones a source names are kept.
const maxAuthors = 10

// authorsFrom returns the cleaned authors of the first source that names
// any, leaving out the publisher's name, and the names of the site in the
// first nSited sources.
func authorsFrom(memo *cleanMemo, sources [][]model.Author, pub string, sites []string, nSited int, base string) ([]model.Author, int) {
	for si, src := range sources {
		var out []model.Author
		for _, au := range src {
			names := writerNames(memo, au.Name, pub) // (byl19_roles.go)
			// An entry that names the site in one of its parts is the
			// site's credit whole ("Example.de GmbH, Munich, Germany").
			if si < nSited && (au.Type == model.Organization || slices.ContainsFunc(names, func(n string) bool { return matchesSite(n, sites) || isLegalEntity(n) })) {
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
				a := model.Author{Name: n, Type: model.Person}
				switch {
				case len(names) == 1 && au.Type != "":
					a.Type = au.Type
				case lang.IsKnownOutlet(n) || lang.IsOutletLike(n, "", false):
					a.Type = model.Organization // a news agency as byline
				}
				if len(names) == 1 {
					a.URL = resolveURL(base, au.URL)
				}
				out = append(out, a)
				if len(out) == maxAuthors {
					break
				}
			}
			if len(out) == maxAuthors {
				break
			}
		}
		if len(out) > 0 {
			return out, si
		}
	}
	return nil, -1
}

// farBylinePeople counts the byline elements away from the headline that
// name different people (each by its first name): three or more are a
// list of teasers (other articles with their authors), not this
// article's credit.
func farBylinePeople(m *PageMeta) int {
	var seen []string
	for i, s := range m.bylines {
		if m.nearHeadline(m.bylineAt[i]) {
			continue
		}
		// One byline element counts once, by its first name: a byline
		// that credits several people is one article's.
		if names := CleanAuthors(s, ""); len(names) > 0 {
			n := names[0]
			if !slices.ContainsFunc(seen, func(o string) bool { return strings.EqualFold(o, n) }) {
				seen = append(seen, n)
			}
		}
	}
	return len(seen)
}

// creditLine is the first paragraph that is a byline alone ("<p><em>Von
// Anna Muster</em></p>"), or else the first credit labelled as the
// author's in the page text ("Autorin: Anna Muster"; not "Text:", which
// prose uses too), or "".
func creditLine(m *PageMeta) string {
	for _, c := range m.credits {
		if names := CleanAuthors(c, ""); len(names) == 1 {
			return names[0]
		}
	}
	if hasBylineLabel(m.text) {
		if g := reAuthorLabelled.FindStringSubmatch(m.text); g != nil {
			return trimNonNames(g[1])
		}
	}
	return ""
}

// legalForms are the legal forms, lower case, that end or follow the name
// of a company or an association.
var legalForms = map[string]bool{
	"gmbh": true, "ggmbh": true, "mbh": true, "e.v.": true, "ag": true, "kg": true, "ohg": true, "eg": true,
	"ltd": true, "ltd.": true, "inc": true, "inc.": true, "llc": true, "plc": true, "corp.": true,
	"s.a.": true, "s.l.": true, "sarl": true, "s.a.r.l.": true, "s.r.l.": true, "srl": true, "b.v.": true, "n.v.": true,
	"sp.": true, "z.o.o.": true, "s.p.a.": true,
}

// isLegalEntity reports whether the name s is a company's or an
// association's: a word of it after the first is a legal form ("Web
// Commerce GmbH", "Verband e.V.", "Acme Inc.").
func isLegalEntity(s string) bool {
	w := strings.Fields(strings.ToLower(s))
	for i := 1; i < len(w); i++ {
		f := strings.TrimRight(w[i], ",;")
		// Two letters may be a person's initials ("Binu KG", "Arun
		// AG"): a company only after two words or more.
		if legalForms[f] && (len(f) > 2 || i >= 2) {
			return true
		}
	}
	return false
}

// hasLegalEntity reports whether any author of sources, cleaned, is a
// company or an association by isLegalEntity.
func hasLegalEntity(sources [][]model.Author) bool {
	for _, src := range sources {
		for _, a := range src {
			if a.Type == model.Organization || a.Type != model.Person && slices.ContainsFunc(CleanAuthors(a.Name, ""), isLegalEntity) {
				return true
			}
		}
	}
	return false
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
	if IsHandle(s) {
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

// IsHandle reports whether s is one user name: at least three letters,
// then digits only ("delta201"), with no space.
func IsHandle(s string) bool {
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

// siteBuilderWords name a web agency's trade, lower case: older sites set
// <meta name="author"> to the firm that built them ("Vivid Interactive and
// Design", "Acme Web Solutions") on every page, a credit for the site and
// not for any article.
var siteBuilderWords = map[string]bool{
	"design": true, "designs": true, "webdesign": true, "interactive": true, "web": true, "hosting": true,
	"solutions": true, "multimedia": true, "webmaster": true, "webdevelopment": true,
}

// siteBuilderName reports whether a meta author value names a web agency
// by siteBuilderWords, in a name of two words or more.
func siteBuilderName(v string) bool {
	w := strings.Fields(strings.ToLower(v))
	if len(w) < 2 {
		return false
	}
	for _, x := range w {
		if siteBuilderWords[strings.Trim(x, ".,&")] {
			return true
		}
	}
	return false
}
