package htmlx

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"

	"golang.org/x/net/html"
)

// This file finds the headline where older and template-built pages print
// it (under a site's name set as <h1>, in an element marked as the
// headline) and where it stands in the page text, for the byline and date
// searches next to it.

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

// TitleClassNames are class or id names (lower case, separators dropped)
// that mark the article's headline in older and template-built pages
// ("<p class='headline'>", "<span class=headingstory>", hAtom's
// "entry-title", "article_headline").
var TitleClassNames = map[string]bool{
	"headline": true, "articleheadline": true, "storyheadline": true, "newsheadline": true, "postheadline": true,
	"entrytitle": true, "posttitle": true, "storytitle": true, "articletitle": true, "newstitle": true,
	"headingstory": true, "storyheading": true, "articleheading": true, "contentheading": true,
}

// classJoiner drops the hyphens and underscores that join the words of a
// class name ("entry-title", "story_headline"). Built once: a Replacer is
// costly to build.
var classJoiner = strings.NewReplacer("-", "", "_", "")

// titleClass records the text of an element whose class or id (ci, lower
// case) names the headline.
func (w *metaWalker) titleClass(n *html.Node, ci string) {
	if w.elsewhere > 0 || len(w.m.titled) >= 4 {
		return
	}
	if !titleClassNamed(ci) {
		return
	}
	if t := nodeText(n); len(t) < 300 && len(strings.Fields(t)) >= 2 {
		w.m.titled = append(w.m.titled, t)
	}
}

// titleClassNamed reports whether a class word of ci, its hyphens and
// underscores dropped (as classJoiner drops them), names the headline.
// Each word is joined in a buffer on the stack: no Replacer call, no
// slice of the words.
func titleClassNamed(ci string) bool {
	var buf [64]byte
	for f := range strings.FieldsSeq(ci) {
		b := buf[:0]
		for i := 0; i < len(f); i++ {
			if c := f[i]; c != '-' && c != '_' {
				b = append(b, c)
			}
		}
		if TitleClassNames[string(b)] || bytes.HasSuffix(b, []byte("articleheadline")) || bytes.HasSuffix(b, []byte("storyheadline")) {
			return true
		}
	}
	return false
}

// titledHeadline returns the text of the first element whose class names
// the headline, when the <title>'s reading t is not printed as a line of
// its own (a <title> that names only the site or the section, or words the
// headline otherwise): "" otherwise.
func titledHeadline(m *PageMeta, t string) string {
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
func subheadUnderSite(m *PageMeta, h1s []string, metaT string, sites []string) string {
	if len(m.subheads) == 0 {
		return ""
	}
	title := textutil.NormalizeSpace(unescapeTitle(m.title))
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
	var rests []string
	for _, h := range slices.Concat(h1s, sites) {
		if h = textutil.NormalizeSpace(h); len(h) < 3 {
			continue
		}
		for _, prefix := range []bool{true, false} {
			if rest, ok := cutFold(title, h, prefix); ok {
				cands = append(cands, rest)
				cut[h] = true
				rests = append(rests, foldTitle(rest))
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
		if !cut[textutil.NormalizeSpace(h)] && !matchesSite(h, sites) && !namesHost(h, sites) {
			return ""
		}
	}
	// The subheading must print a candidate whole (but for dashes, quotes
	// and capitals), or a structured title cut short: a subheading that
	// prints only one part of the title is the site's name or slogan.
	// And it must stand apart from the <h1>s: a subheading right under
	// an <h1> is its deck, whatever the <title> says.
	for i, s := range m.subheads {
		fs := foldTitle(s)
		// Under an <h1> that the <title> shows to be the site's name
		// ("SFGate: Daily Dish : Headline"), a subheading that prints
		// the rest of the <title> whole is the headline, however close.
		// A site's name above the <h1> is the one the <title> cut
		// leaves: that exception needs the subheading below it.
		if len(strings.Fields(s)) < 2 || matchesSite(s, sites) || m.deckOfH1(m.subheadAt[i]) && !(slices.Contains(rests, fs) && m.belowH1s(m.subheadAt[i])) {
			continue
		}
		for _, t := range cands {
			ft := foldTitle(t)
			if fs == ft || strings.HasPrefix(fs, ft+" ") && len(strings.Fields(t)) >= 4 {
				return s
			}
		}
	}
	return ""
}

// belowH1s reports whether offset at in the page text comes after the
// start of every <h1>.
func (m *PageMeta) belowH1s(at int) bool {
	for _, start := range m.h1At {
		if at < start {
			return false
		}
	}
	return true
}

// deckGap is the fewest visible characters between an <h1> and a
// subheading that is not its deck.
const deckGap = 200

// deckOfH1 reports whether a subheading at offset at in the page text
// stands close to an <h1> (fewer than deckGap visible characters from its
// end to the subheading, or from the subheading to its start): a deck
// under the headline or a kicker over it.
func (m *PageMeta) deckOfH1(at int) bool {
	for i, start := range m.h1At {
		end := start
		if i < len(m.h1End) {
			end = m.h1End[i]
		}
		if end <= at && BackVisible(m.text, at, deckGap) < end || at <= start && ForwardVisible(m.text, at, deckGap) > start {
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
func (m *PageMeta) locateHeadline(h string) (int, int) {
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
	// A site's or a section's name set before a colon ("WHO TV - Des
	// Moines: Research confirms …", "tehran times : Mapping dark
	// matter"): where the part after the last colon stands, for the
	// searches that start from the headline (the headline itself is
	// left as chosen).
	for _, p := range parts {
		if i := strings.LastIndex(p, ": "); i > 0 {
			if q := strings.TrimSpace(p[i+2:]); len(strings.Fields(q)) >= 3 {
				if at, end := m.locateText(q); at >= 0 {
					return at, end
				}
			}
		}
	}
	return -1, -1
}

// locateText is locateHeadline for one reading of the headline.
func (m *PageMeta) locateText(h string) (int, int) {
	for i, x := range m.h1s {
		if textutil.NormalizeSpace(x) == h && i < len(m.h1At) {
			end := m.h1At[i]
			if i < len(m.h1End) {
				end = m.h1End[i]
			}
			return m.h1At[i], end
		}
	}
	for i, x := range m.subheads {
		if textutil.NormalizeSpace(x) == h && i < len(m.subheadAt) {
			return m.subheadAt[i], ForwardVisible(m.text, m.subheadAt[i], textutil.RuneLen(strings.ReplaceAll(h, " ", "")))
		}
	}
	words := strings.Fields(h)
	if len(words) == 0 || len(words) > 40 {
		return -1, -1
	}
	if !mayHoldWords(m.text, words) {
		return -1, -1 // neither search below can match
	}
	// The lines that print the words, then the words anywhere: read by
	// foldWords (perf23_foldwords.go), or, for words too long for it,
	// by the expressions compiled before (locateLinesRE, locateIndexRE).
	fw, ok, fits := newFoldWords(words)
	if !ok {
		return -1, -1
	}
	var locs [][]int
	if fits {
		for _, l := range fw.lines(m.text, maxHeadlineLines) {
			locs = append(locs, []int{0, 0, l[0], l[1]})
		}
	} else if locs, ok = locateLinesRE(m.text, words, maxHeadlineLines); !ok {
		return -1, -1
	}
	// A headline also listed elsewhere (a list of headlines, a ticker):
	// the line a byline or a date follows closely is the article's.
	for _, loc := range locs {
		after := m.text[loc[3]:ForwardVisible(m.text, loc[3], headlineFollow)]
		if len(locs) == 1 || reTextByline.MatchString(after) || hasDate(after) {
			return loc[2], loc[3]
		}
	}
	if len(locs) > 0 {
		return locs[0][2], locs[0][3]
	}
	if fits {
		return fw.index(m.text)
	}
	return locateIndexRE(m.text, words)
}

// locateLinesRE is locateText's search for the lines that print the
// words as compiled before perf23, now for words too long for foldWords:
// FindAllStringSubmatchIndex's spans of the first n lines, ok false when
// the expression does not compile.
func locateLinesRE(text string, words []string, n int) (locs [][]int, ok bool) {
	re, err := regexp.Compile(`(?i)(?:^|\n)[ \t\r]*(` + quoteWords(words) + `)[ \t\r]*(?:\n|$)`)
	if err != nil {
		return nil, false
	}
	return re.FindAllStringSubmatchIndex(text, n), true
}

// locateIndexRE is locateText's search for the words anywhere as compiled
// before perf23, now for words too long for foldWords.
func locateIndexRE(text string, words []string) (int, int) {
	re, err := regexp.Compile(`(?i)` + quoteWords(words))
	if err != nil {
		return -1, -1
	}
	if loc := re.FindStringIndex(text); loc != nil {
		return loc[0], loc[1]
	}
	return -1, -1
}

// quoteWords joins the words, each quoted literally, with \s+.
func quoteWords(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(q, `\s+`)
}

// headReach is where the reach of the text around a headline span
// [start, end) begins and ends in the page text.
type headReach struct {
	start, end, textLen, before, after int
	set                                bool
}

// headlineReach returns BackVisible(m.text, start, bylineBeforeH1) and
// ForwardVisible(m.text, end, dateAfterH1), remembered for the last span
// asked about (and the text's length: release empties the text): bylines
// are weighed against the same headline many times.
func (m *PageMeta) headlineReach(start, end int) (before, after int) {
	if r := m.near; r.set && r.start == start && r.end == end && r.textLen == len(m.text) {
		return r.before, r.after
	}
	before, after = BackVisible(m.text, start, bylineBeforeH1), ForwardVisible(m.text, end, dateAfterH1)
	m.near = headReach{start: start, end: end, textLen: len(m.text), before: before, after: after, set: true}
	return before, after
}

// mayHoldWords reports whether text may hold a match of the words of a
// headline as locateText's case-insensitive expressions read them. Both
// expressions match every word; under (?i) an ASCII byte matches only
// itself in either case, but for k and s (which the Kelvin sign and the
// long s also match). So the longest run of a word's ASCII bytes other
// than k and s must stand in text, ASCII case aside: when it does not,
// neither expression matches and text need not be searched.
func mayHoldWords(text string, words []string) bool {
	var best string
	for _, w := range words {
		for i := 0; i < len(w); {
			j := i
			for j < len(w) && w[j] < utf8.RuneSelf && !foldsBeyondASCII(w[j]) {
				j++
			}
			if j-i > len(best) {
				best = w[i:j]
			}
			i = j + 1
		}
	}
	if len(best) < 3 {
		return true // too short to tell much: search
	}
	return containsFoldASCII(text, best)
}

// foldsBeyondASCII reports whether ASCII byte c has a case variant outside
// ASCII under Unicode simple folding (K and k: the Kelvin sign; S and s:
// the long s).
func foldsBeyondASCII(c byte) bool {
	return c == 'k' || c == 'K' || c == 's' || c == 'S'
}

// containsFoldASCII reports whether s contains the ASCII string w with
// ASCII letters compared without case.
func containsFoldASCII(s, w string) bool {
	a, b := textutil.LowerByte(w[0]), w[0]
	if 'a' <= a && a <= 'z' {
		b = a - 'a' + 'A'
	}
	for i := 0; i+len(w) <= len(s); i++ {
		if c := s[i]; c != a && c != b {
			continue
		}
		k := 1
		for k < len(w) && textutil.LowerByte(s[i+k]) == textutil.LowerByte(w[k]) {
			k++
		}
		if k == len(w) {
			return true
		}
	}
	return false
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
	_, _, _, ok := AnyDateSpan(s, nil, true, orderUnknown)
	return ok
}

// headSpan returns where the chosen headline stands in the page text, else
// the first <h1> that is not the site's name linking home; ok is false
// when neither is known.
func (m *PageMeta) headSpan() (at, end int, ok bool) {
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

// Bounds of subheadOverSection: the longest <h1> read as a section's or a
// site's name, the subheadings weighed, the visible text after a heading
// searched for its byline or date line.
const (
	sectionH1Words   = 4
	maxSectionSubs   = 8
	headingLineAfter = 200
)

// subheadOverSection returns the <h2> or <h3> that prints the headline on
// an older page (no structured title) whose <h1> is a section's or the
// site's name ("UA Sports", "Sports", "TIMES LEADER SPECIAL SECTIONS"):
// the first subheading of four words or more that a byline or a date line
// follows, or that the <title> gives as one of its parts, where no <h1> is
// longer than a name and none is followed by a byline or a date. "" when
// the page is not so.
func subheadOverSection(m *PageMeta, h1s []string, sites []string) string {
	if len(h1s) == 0 || len(m.subheads) == 0 {
		return ""
	}
	for i, h := range h1s {
		if len(strings.Fields(h)) > sectionH1Words {
			return ""
		}
		if i < len(m.h1At) {
			end := m.h1At[i]
			if i < len(m.h1End) {
				end = m.h1End[i]
			}
			// What follows the <h1> up to the first subheading under
			// it: a byline after that subheading is the subheading's.
			stop := len(m.text)
			for _, at := range m.subheadAt {
				if at >= end {
					stop = at
					break
				}
			}
			if headingFollowedTo(m, end, stop) {
				return ""
			}
		}
	}
	parts := splitTitle(textutil.NormalizeSpace(unescapeTitle(m.title)))
	// A spaced colon separates the site's name on older pages ("Pressure
	// on Tasmanian health over abuse : thewest.com.au", "The Hindu :
	// Business : …"): a subheading equal to one of its parts is printed
	// there too. (Not a separator for the title itself: French sets a
	// space before every colon.)
	for _, p := range parts {
		if strings.Contains(p, " : ") {
			for q := range strings.SplitSeq(p, " : ") {
				if q = strings.TrimSpace(q); q != "" {
					parts = append(parts, q)
				}
			}
		}
	}
	for i, s := range m.subheads {
		if i >= maxSectionSubs || i >= len(m.subheadAt) {
			break
		}
		// Not a headline: a date header, a byline set as a heading, a
		// blog's description (a sentence with its full stop).
		if len(strings.Fields(s)) < 4 || matchesSite(s, sites) || hasDate(s) || strings.HasSuffix(s, ".") || reTextByline.MatchString(" "+s) {
			continue
		}
		for _, p := range parts {
			if len(parts) > 1 && foldTitle(p) == foldTitle(s) {
				return s
			}
		}
		// A subheading right under an <h1> is its deck or its slogan
		// unless a byline follows it; one further down, a date line
		// following it will do.
		end := ForwardVisible(m.text, m.subheadAt[i], textutil.RuneLen(strings.ReplaceAll(s, " ", "")))
		after := m.text[end:ForwardVisible(m.text, end, headingLineAfter)]
		if reTextByline.MatchString(after) || !m.deckOfH1(m.subheadAt[i]) && hasDate(after) {
			return s
		}
	}
	return ""
}

// headingFollowedTo reports whether a byline or a date line follows the
// heading that ends at offset end in the page text, within
// headingLineAfter visible characters and before offset stop.
func headingFollowedTo(m *PageMeta, end, stop int) bool {
	if end < 0 || end > len(m.text) || stop < end {
		return false
	}
	after := m.text[end:min(stop, ForwardVisible(m.text, end, headingLineAfter))]
	return reTextByline.MatchString(after) || hasDate(after)
}
