package htmlx

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"

	"golang.org/x/net/html"
)

// titleSeparators split "Headline | Site" titles.
var titleSeparators = []string{" | ", " || ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " « ", " » ", " ― "}

// chooseTitle picks the headline. A heading that prints the JSON-LD
// headline as a kicker over its alternativeHeadline gives the alternative.
// Else the page's one <h1> (leaving out <h1>s that link home, which carry
// the site's name, and a short kicker element opening it) is what a reader
// sees and wins, unless a structured title shows it to hold a kicker or a
// site name; then, of several <h1>s, the one the structured title only
// extends; then the structured title (JSON-LD, microdata, OpenGraph,
// Twitter), or a leading <h2> that prints it; then the part of the <title>
// that is not the site's name (preferring a part that a heading repeats),
// then the first <h1>.
func chooseTitle(m *PageMeta, ld ldArticle, pub string, c *model.Config) string {
	h := trimSeparators(pickTitle(m, ld, pub, c))
	m.headAt, m.headEnd = m.locateHeadline(h)
	return h
}

// pickTitle is chooseTitle's choice of the headline.
func pickTitle(m *PageMeta, ld ldArticle, pub string, c *model.Config) string {
	sites := []string{pub, m.metaValue("og:site_name"), m.metaValue("application-name")}
	if host := hostOf(c.URL); host != "" {
		sites = append(sites, host)
	}
	// A heading that prints the structured headline as a kicker over the
	// alternative headline ("Vanlife in Schweden" over "Skandinavien im
	// Wohnmobil erleben") shows the alternative as the headline.
	if alt := textutil.NormalizeSpace(ld.altHeadline); alt != "" && ld.headline != "" && len(strings.Fields(alt)) >= 2 {
		kicked := textutil.NormalizeSpace(ld.headline + " " + alt)
		for _, hs := range [][]string{m.h1s, m.h2s} {
			for _, h := range hs {
				if h == kicked {
					return alt
				}
			}
		}
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
		// Text runs on from in lower case is the headline's first word.
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
	metaT := textutil.First(ld.headline, m.micro.headline)
	if metaT == "" {
		metaT = m.metaValue("og:title", "twitter:title", "dc.title", "title", "headline")
	}
	metaT = unescapeTitle(stripSite(metaT, sites, false))
	if h := subheadUnderSite(m, h1s, metaT, sites); h != "" {
		return h
	}
	if metaT == "" {
		if h := subheadOverSection(m, h1s, sites); h != "" {
			return h
		}
	}
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
			if strings.HasSuffix(h, metaT) && !quotedLead(strings.TrimSuffix(h, metaT)) {
				return metaT
			}
		}
		// A kicker set apart inside the <h1> ("Klimaschutz : Bohren, bis
		// es heiß wird"): the spaced colon is the markup's, not the
		// headline's (except in French, which spaces its colons).
		if k, rest, ok := strings.Cut(h, " : "); ok && !strings.HasPrefix(strings.ToLower(m.Lang), "fr") && !strings.Contains(rest, " : ") && len(strings.Fields(rest)) >= 3 && len(strings.Fields(k)) <= 6 {
			return stripSite(rest, sites, false)
		}
		return stripSite(h, sites, false)
	}
	// Of several <h1>s, the one the structured title opens with and only
	// extends ("… fliegt nach Singapur" against "… fliegt nach Singapur,
	// Thailand") is what the reader sees as the headline.
	if h := extendedH1(h1s, metaT); h != "" {
		return h
	}
	title := textutil.NormalizeSpace(m.title)
	// With no usable <h1>, a leading <h2> that gives the structured title
	// as printed (other dashes, quotes or capitals; not cut short; without
	// what follows a separator) is the headline.
	if t := textutil.First(metaT, title); t != "" {
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
	// The one part of three words or more that the page prints as a
	// line of its own ("The Hindu : Business : <headline>", "WHO TV -
	// Des Moines: <headline>", "<headline> | January 15, 2008"): the
	// headline as printed, whatever the site put around it.
	if len(parts) > 1 {
		if p := printedPart(m, parts); p != "" {
			return p
		}
	}
	r := stripSite(title, sites, true)
	if len(kept) == 1 {
		r = stripSite(kept[0], sites, true)
	}
	// A <title> that names only the site or the section, where an
	// element marked as the headline prints the article's.
	if h := titledHeadline(m, r); h != "" {
		return h
	}
	return r
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
		parts := splitTitle(textutil.NormalizeSpace(unescapeTitle(t)))
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
	return strings.ToLower(titleFolder.Replace(textutil.NormalizeSpace(s)))
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

// quotedLead reports whether the words an <h1> puts before the structured
// title are a quotation led into it with a colon ("\"Pure Leere\": …",
// "«Nie wieder»: …"): the headline's own words, not a kicker.
func quotedLead(pre string) bool {
	pre = strings.TrimSpace(pre)
	body, ok := strings.CutSuffix(pre, ":")
	if !ok {
		return false
	}
	body = strings.TrimSpace(body)
	open, n := utf8.DecodeRuneInString(body)
	end, m := utf8.DecodeLastRuneInString(body)
	return n > 0 && len(body) > n+m && strings.ContainsRune("\"„“«»‚‘'", open) && strings.ContainsRune("\"“”»«‘’'", end)
}

// extendedH1 returns the one <h1> of several, of at least three words,
// that t starts with and continues after a space or a comma.
func extendedH1(h1s []string, t string) string {
	if len(h1s) < 2 || t == "" {
		return ""
	}
	found := ""
	for _, h := range h1s {
		if len(h) >= len(t) || len(strings.Fields(h)) < 3 || !strings.HasPrefix(t, h) {
			continue
		}
		if c := t[len(h)]; c != ' ' && c != ',' {
			continue
		}
		if found != "" && found != h {
			return ""
		}
		found = h
	}
	return found
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

// splitTitle cuts a <title> at its separators: at each separator in
// turn, every part is cut where it holds that separator and the pieces are
// trimmed, empty ones dropped (nil when none is left). A separator that no
// part holds changes nothing once the first has trimmed them, and is
// skipped; the pieces are cut without strings.Split's slice per part.
func splitTitle(t string) []string {
	parts := appendTitleCut(make([]string, 0, 4), t, titleSeparators[0])
	for _, sep := range titleSeparators[1:] {
		held := false
		for _, p := range parts {
			if strings.Contains(p, sep) {
				held = true
				break
			}
		}
		if !held {
			continue
		}
		next := make([]string, 0, len(parts)+2)
		for _, p := range parts {
			next = appendTitleCut(next, p, sep)
		}
		parts = next
	}
	if len(parts) == 0 {
		return nil
	}
	return parts
}

// appendTitleCut appends the trimmed, non-empty pieces of s cut at every
// sep (as strings.Split finds them, left to right) to dst.
func appendTitleCut(dst []string, s, sep string) []string {
	for {
		i := strings.Index(s, sep)
		if i < 0 {
			break
		}
		if q := strings.TrimSpace(s[:i]); q != "" {
			dst = append(dst, q)
		}
		s = s[i+len(sep):]
	}
	if q := strings.TrimSpace(s); q != "" {
		dst = append(dst, q)
	}
	return dst
}

// unescapeTitle undoes the double escaping of meta values ("&amp;#39;").
func unescapeTitle(s string) string {
	if strings.Contains(s, "&") && strings.Contains(s, ";") {
		return textutil.NormalizeSpace(html.UnescapeString(s))
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
		if guess && len(strings.Fields(tail)) <= 4 && textutil.RuneLen(head) > ratio*textutil.RuneLen(tail) {
			return head
		}
	}
	return stripCJKSite(t, sites, guess)
}

// cjkSeparators join a site's name to a Chinese, Japanese or Korean
// headline without spaces ("标题-新华网", "見出し｜サイト名").
var cjkSeparators = []string{"_", "-", "|", "｜", "－", "—"}

// stripCJKSite removes a site's name that a CJK headline carries after an
// unspaced separator: a known site's name, or with guess a short tail of
// CJK characters after a headline at least twice as long.
func stripCJKSite(t string, sites []string, guess bool) string {
	if !hasCJK(t) {
		return t
	}
	for _, sep := range cjkSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
		if head == "" || tail == "" {
			continue
		}
		if matchesSite(tail, sites) || guess && hasCJK(tail) && textutil.RuneLen(tail) <= 8 && textutil.RuneLen(head) >= 2*textutil.RuneLen(tail) {
			return head
		}
	}
	return t
}

// hasCJK reports whether s holds Han, kana or Hangul letters.
func hasCJK(s string) bool {
	for _, r := range s {
		if r >= 0x1100 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)) {
			return true
		}
	}
	return false
}

func matchesSite(s string, sites []string) bool {
	ls := strings.ToLower(strings.TrimSpace(s))
	// "The Earthtimes" names earthtimes.org: an article before a site's
	// name is not part of it.
	if rest, ok := strings.CutPrefix(ls, "the "); ok && strings.TrimSpace(rest) != "" && matchesSite(rest, sites) {
		return true
	}
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

// printedPart returns the one part of parts, three words or more and not a
// date, that the page text prints as a line of its own, or "" when none or
// several do.
func printedPart(m *PageMeta, parts []string) string {
	found := ""
	for _, p := range parts {
		if len(strings.Fields(p)) < 3 || len(strings.Fields(p)) <= 4 && hasDate(p) || !m.printsLine(p) {
			continue
		}
		if found != "" {
			return ""
		}
		found = p
	}
	return found
}

// printsLine reports whether the page text holds s as a line of its own
// (white space between its words aside, case ignored).
func (m *PageMeta) printsLine(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 40 {
		return false
	}
	// The expression below, read by foldWords (perf23_foldwords.go)
	// but for words too long for it.
	if fw, ok, fits := newFoldWords(words); !ok {
		return false
	} else if fits {
		return fw.hasLine(m.text)
	}
	return printsLineRE(m.text, words)
}

// printsLineRE is printsLine's search as compiled before perf23, now for
// words too long for foldWords.
func printsLineRE(text string, words []string) bool {
	re, err := regexp.Compile(`(?i)(?:^|\n)[ \t\r\x{a0}]*` + quoteWords(words) + `[ \t\r\x{a0}]*(?:\n|$)`)
	return err == nil && re.MatchString(text)
}
