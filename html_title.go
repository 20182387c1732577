package article

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
func chooseTitle(m *pageMeta, ld ldArticle, pub string, c *config) string {
	h := trimSeparators(pickTitle(m, ld, pub, c))
	m.headAt, m.headEnd = m.locateHeadline(h)
	return h
}

// trimSeparators drops a separator left at an end of a headline when a
// site's name was cut off ("» Headline", "Headline |"): a bar or a bullet,
// or a guillemet that points away from the headline, set apart by a space.
func trimSeparators(h string) string {
	for {
		t := strings.TrimSpace(strings.Trim(h, "|·•"))
		// "» " opens and " «" closes no quotation in any language
		// (French sets its own guillemets the other way round, "« … »").
		for _, g := range []string{"»", "›"} {
			if r, ok := strings.CutPrefix(t, g+" "); ok {
				t = strings.TrimSpace(r)
			}
		}
		for _, g := range []string{"«", "‹"} {
			if r, ok := strings.CutSuffix(t, " "+g); ok {
				t = strings.TrimSpace(r)
			}
		}
		if t == h {
			return h
		}
		h = t
	}
}

// pickTitle is chooseTitle's choice of the headline.
func pickTitle(m *pageMeta, ld ldArticle, pub string, c *config) string {
	sites := []string{pub, m.metaValue("og:site_name"), m.metaValue("application-name")}
	if host := hostOf(c.url); host != "" {
		sites = append(sites, host)
	}
	// A heading that prints the structured headline as a kicker over the
	// alternative headline ("Vanlife in Schweden" over "Skandinavien im
	// Wohnmobil erleben") shows the alternative as the headline.
	if alt := normalizeSpace(ld.altHeadline); alt != "" && ld.headline != "" && len(strings.Fields(alt)) >= 2 {
		kicked := normalizeSpace(ld.headline + " " + alt)
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
	if h := subheadUnderSite(m, h1s, metaT, sites); h != "" {
		return h
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
		if k, rest, ok := strings.Cut(h, " : "); ok && !strings.HasPrefix(strings.ToLower(m.lang), "fr") && !strings.Contains(rest, " : ") && len(strings.Fields(rest)) >= 3 && len(strings.Fields(k)) <= 6 {
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
		if matchesSite(tail, sites) || guess && hasCJK(tail) && runeLen(tail) <= 8 && runeLen(head) >= 2*runeLen(tail) {
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

// titleClassNames are class or id names (lower case, separators dropped)
// that mark the article's headline in older and template-built pages
// ("<p class='headline'>", "<span class=headingstory>", hAtom's
// "entry-title", "article_headline").
var titleClassNames = map[string]bool{
	"headline": true, "articleheadline": true, "storyheadline": true, "newsheadline": true, "postheadline": true,
	"entrytitle": true, "posttitle": true, "storytitle": true, "articletitle": true, "newstitle": true,
	"headingstory": true, "storyheading": true, "articleheading": true, "contentheading": true,
}

// titleClass records the text of an element whose class or id (ci, lower
// case) names the headline.
func (w *metaWalker) titleClass(n *html.Node, ci string) {
	if w.elsewhere > 0 || len(w.m.titled) >= 4 {
		return
	}
	found := false
	for _, f := range strings.Fields(ci) {
		f = strings.NewReplacer("-", "", "_", "").Replace(f)
		if titleClassNames[f] || strings.HasSuffix(f, "articleheadline") || strings.HasSuffix(f, "storyheadline") {
			found = true
			break
		}
	}
	if !found {
		return
	}
	if t := nodeText(n); len(t) < 300 && len(strings.Fields(t)) >= 2 {
		w.m.titled = append(w.m.titled, t)
	}
}

// titledHeadline returns the text of the first element whose class names
// the headline, when the <title>'s reading t is not printed as a line of
// its own (a <title> that names only the site or the section, or words the
// headline otherwise): "" otherwise.
func titledHeadline(m *pageMeta, t string) string {
	if len(m.titled) == 0 || t == "" {
		return ""
	}
	// Printed as a line of its own, whole or its first part (other
	// quotes, dashes, capitals allowed): the <title>'s reading stands.
	want := map[string]bool{foldTitle(t): true, foldTitle(splitTitle(t)[0]): true}
	for line := range strings.SplitSeq(m.text, "\n") {
		if line = strings.TrimSpace(line); line != "" && len(line) < 400 && want[foldTitle(line)] {
			return ""
		}
	}
	return m.titled[0]
}

// maxSubheads bounds the <h2> and <h3> headings kept for the headline.
const maxSubheads = 20

// subhead records the text of an <h2> or <h3> heading and where it stands
// in the page text, outside comments and related-article blocks.
func (w *metaWalker) subhead(n *html.Node) {
	if w.elsewhere > 0 || len(w.m.subheads) >= maxSubheads {
		return
	}
	if t := nodeText(n); t != "" && len(t) < 400 {
		w.m.subheads = append(w.m.subheads, t)
		w.m.subheadAt = append(w.m.subheadAt, w.text.Len())
	}
}

// subheadUnderSite returns the <h2> or <h3> that prints the post's title
// on a page whose <h1> is the site's or the blog's name (a header set as
// <h1> on every page of many blog themes and older news sites: "The
// White House Blog", "SFGate: World Views", a date badge "OCT 24"), or "".
// The post's title is what the <title> (or the structured title) gives
// once the site's name is cut off; a subheading that prints it is the
// headline, when no <h1> prints it (nor the whole <title> or one of its
// parts, which makes an <h1> the headline however the title reads).
func subheadUnderSite(m *pageMeta, h1s []string, metaT string, sites []string) string {
	if len(m.subheads) == 0 {
		return ""
	}
	title := normalizeSpace(unescapeTitle(m.title))
	// The post's title: the structured title, the parts of the <title>
	// that do not name the site; printed, they would be in an <h1> if
	// it were the headline.
	var cands []string
	if metaT != "" {
		cands = append(cands, metaT)
	}
	parts := splitTitle(title)
	for _, p := range parts {
		if !matchesSite(p, sites) && len(strings.Fields(p)) >= 2 {
			cands = append(cands, p)
		}
	}
	// The <title> with an <h1> (the site's name) cut off its start or
	// end, with whatever separator joins them ("Experimental Philosophy:
	// The problem of …", "… Ought to Stand For - Bob Sutton"): such an
	// <h1> is the title's site part, and the rest is the post's title.
	cut := map[string]bool{}
	for _, h := range slices.Concat(h1s, sites) {
		if h = normalizeSpace(h); len(h) < 3 {
			continue
		}
		for _, prefix := range []bool{true, false} {
			if rest, ok := cutFold(title, h, prefix); ok {
				cands = append(cands, rest)
				cut[h] = true
			}
		}
	}
	if len(cands) == 0 {
		return ""
	}
	// Every <h1> must read as the site's name: the part of the <title>
	// cut off above, a known name of the site, or the site's address in
	// words ("The White House Blog" on whitehouse.gov). An <h1> that is
	// neither is the headline, even where the <title> or the structured
	// title words it otherwise (a deck, an older wording).
	if len(h1s) == 0 {
		return ""
	}
	for _, h := range h1s {
		if !cut[normalizeSpace(h)] && !matchesSite(h, sites) && !namesHost(h, sites) {
			return ""
		}
	}
	// The subheading must print a candidate whole (but for dashes, quotes
	// and capitals), or a structured title cut short: a subheading that
	// prints only one part of the title is the site's name or slogan.
	// And it must stand apart from the <h1>s: a subheading right under
	// an <h1> is its deck, whatever the <title> says.
	for i, s := range m.subheads {
		if len(strings.Fields(s)) < 2 || matchesSite(s, sites) || m.deckOfH1(m.subheadAt[i]) {
			continue
		}
		fs := foldTitle(s)
		for _, t := range cands {
			ft := foldTitle(t)
			if fs == ft || strings.HasPrefix(fs, ft+" ") && len(strings.Fields(t)) >= 4 {
				return s
			}
		}
	}
	return ""
}

// deckGap is the fewest visible characters between an <h1> and a
// subheading that is not its deck.
const deckGap = 200

// deckOfH1 reports whether a subheading at offset at in the page text
// stands close to an <h1> (fewer than deckGap visible characters from its
// end to the subheading, or from the subheading to its start): a deck
// under the headline or a kicker over it.
func (m *pageMeta) deckOfH1(at int) bool {
	for i, start := range m.h1At {
		end := start
		if i < len(m.h1End) {
			end = m.h1End[i]
		}
		if end <= at && backVisible(m.text, at, deckGap) < end || at <= start && forwardVisible(m.text, at, deckGap) > start {
			return true
		}
	}
	return false
}

// namesHost reports whether h spells the name of a site address in sites
// ("The White House Blog" for whitehouse.gov): its letters, spaces and
// punctuation left out, hold the address's first label of five letters or
// more.
func namesHost(h string, sites []string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	compact := b.String()
	for _, s := range sites {
		if dot := strings.IndexByte(s, '.'); dot >= 5 && !strings.Contains(s, " ") {
			if strings.Contains(compact, strings.ToLower(s[:dot])) {
				return true
			}
		}
	}
	return false
}

// cutFold returns t without the prefix (or, with prefix false, the suffix)
// p and the separator punctuation that joins them, matching p without
// regard to case; ok is false when t does not start (end) with p followed
// (preceded) by a separator, or nothing of two words is left.
func cutFold(t, p string, prefix bool) (string, bool) {
	if len(p) >= len(t) {
		return "", false
	}
	var rest string
	if prefix {
		if !strings.EqualFold(t[:len(p)], p) {
			return "", false
		}
		rest = t[len(p):]
		if trimmed := strings.TrimLeft(rest, " "); trimmed == "" || !strings.ContainsRune(":|-–—·•/«»›>", []rune(trimmed)[0]) {
			return "", false
		}
		rest = strings.TrimLeft(rest, " :|-–—·•/«»›>")
	} else {
		if !strings.EqualFold(t[len(t)-len(p):], p) {
			return "", false
		}
		rest = t[:len(t)-len(p)]
		if trimmed := strings.TrimRight(rest, " "); trimmed == "" || !strings.ContainsRune(":|-–—·•/«»‹<", []rune(trimmed)[len([]rune(trimmed))-1]) {
			return "", false
		}
		rest = strings.TrimRight(rest, " :|-–—·•/«»‹<")
	}
	if len(strings.Fields(rest)) < 2 {
		return "", false
	}
	return rest, true
}

// locateHeadline returns where the headline h stands in the page text:
// the <h1> that prints it, else the first line of the text that is h
// alone (a heading, a title cell), else its first occurrence; -1, -1 when
// the text does not hold it.
func (m *pageMeta) locateHeadline(h string) (int, int) {
	if h == "" {
		return -1, -1
	}
	if at, end := m.locateText(h); at >= 0 {
		return at, end
	}
	// A headline that keeps the <title>'s section or site parts ("Slow
	// Start … - OurSports Central - …"): where its longest part of three
	// words or more stands.
	parts := splitTitle(h)
	slices.SortStableFunc(parts, func(a, b string) int { return len(b) - len(a) })
	for _, p := range parts {
		if p != h && len(strings.Fields(p)) >= 3 {
			if at, end := m.locateText(p); at >= 0 {
				return at, end
			}
		}
	}
	return -1, -1
}

// locateText is locateHeadline for one reading of the headline.
func (m *pageMeta) locateText(h string) (int, int) {
	for i, x := range m.h1s {
		if normalizeSpace(x) == h && i < len(m.h1At) {
			end := m.h1At[i]
			if i < len(m.h1End) {
				end = m.h1End[i]
			}
			return m.h1At[i], end
		}
	}
	for i, x := range m.subheads {
		if normalizeSpace(x) == h && i < len(m.subheadAt) {
			return m.subheadAt[i], forwardVisible(m.text, m.subheadAt[i], runeLen(strings.ReplaceAll(h, " ", "")))
		}
	}
	words := strings.Fields(h)
	if len(words) == 0 || len(words) > 40 {
		return -1, -1
	}
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = regexp.QuoteMeta(w)
	}
	re, err := regexp.Compile(`(?i)(?:^|\n)[ \t\r]*(` + strings.Join(q, `\s+`) + `)[ \t\r]*(?:\n|$)`)
	if err != nil {
		return -1, -1
	}
	// A headline also listed elsewhere (a list of headlines, a ticker):
	// the line a byline or a date follows closely is the article's.
	locs := re.FindAllStringSubmatchIndex(m.text, maxHeadlineLines)
	for _, loc := range locs {
		after := m.text[loc[3]:forwardVisible(m.text, loc[3], headlineFollow)]
		if len(locs) == 1 || reTextByline.MatchString(after) || hasDate(after) {
			return loc[2], loc[3]
		}
	}
	if len(locs) > 0 {
		return locs[0][2], locs[0][3]
	}
	re, err = regexp.Compile(`(?i)` + strings.Join(q, `\s+`))
	if err != nil {
		return -1, -1
	}
	if loc := re.FindStringIndex(m.text); loc != nil {
		return loc[0], loc[1]
	}
	return -1, -1
}

// Bounds of the search for the headline's line in the page text: how many
// lines that print it are weighed, and how much visible text after one is
// searched for a byline or a date.
const (
	maxHeadlineLines = 8
	headlineFollow   = 300
)

// hasDate reports whether s holds a date in a form a date line uses.
func hasDate(s string) bool {
	_, _, _, ok := anyDateSpan(s, nil, true, orderUnknown)
	return ok
}

// headSpan returns where the chosen headline stands in the page text, else
// the first <h1> that is not the site's name linking home; ok is false
// when neither is known.
func (m *pageMeta) headSpan() (at, end int, ok bool) {
	if m.headEnd > m.headAt && m.headAt >= 0 {
		return m.headAt, m.headEnd, true
	}
	if len(m.h1At) == 0 {
		return 0, 0, false
	}
	k := 0
	for k < len(m.h1Home) && k < len(m.h1At)-1 && m.h1Home[k] {
		k++
	}
	end = m.h1At[k]
	if k < len(m.h1End) {
		end = m.h1End[k]
	}
	return m.h1At[k], end, true
}
