package htmlx

import (
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/dates"

	"github.com/articlekit/article/internal/lang"

	"github.com/articlekit/article/internal/textutil"
)

// bylinePrefixes are the words that introduce a byline, lower case, longest
// first within a language so that "written by" wins over "by".
var bylinePrefixes = []string{
	"zeige alle beiträge von", "alle beiträge von", "alle artikel von", "view all posts by", "all posts by",
	"show all articles of", "more articles by", "more from", "artikel von", "post author by", "post author",
	"veröffentlicht von", "geschrieben von", "erstellt von", "pressemitteilung von", "blog beitrag von", "beitrag von",
	"rezept von", "recipe by", "interview", "byline", "recherche", "publié par", "écrit par", "escrito por", "publicado por", "scritto da",
	"written by", "posted by", "published by", "reported by", "reporting by", "story by", "text by", "words by",
	"by", "from", "author", "authors", "text", "words", "reporter",
	"von", "autor", "autorin", "autoren", "text von", "verfasst von",
	"par", "auteur", "texte", "por", "autora", "texto", "door", "przez",
	"автор", "авторы", "текст", "от",
}

// jobWords mark a byline part that is a job title or an affiliation, not a
// name.
var jobWords = []string{
	"reporter", "editor", "correspondent", "writer", "columnist", "contributor", "journalist",
	"staff", "producer", "photographer", "analyst", "director", "chief", "senior", "head of",
	"redakteur", "redaktion", "korrespondent", "journalistin", "rédacteur", "rédactrice", "redactor",
	"periodista", "корреспондент", "редактор", "обозреватель", "журналист", "специальный",
	"updated", "published", "posted", "follow", "email", "twitter", "contact",
}

// authorSeparators split a byline into one entry per person.
var authorSeparators = []string{" and ", " und ", " & ", " и ", " y ", " et ", " e ", " en ", " og ", " och ", " oraz ", ";", "|", " / ", "\n", "•", "·"}

// maxAuthorValue is the longest author value (a meta author, a JSON-LD
// author name, a byline's text) read for names: 4 KiB holds a byline of a
// hundred names, and a longer value is a misplaced text, not a credit.
// Skipping it keeps the cost of the name-cleaning patterns bounded per
// value.
const maxAuthorValue = 4 << 10

// CleanAuthors splits a raw byline into names: it drops the introducing word
// ("By", "Автор:"), job titles after commas, e-mail addresses and handles,
// and entries that merely repeat the publisher's name. A value longer than
// maxAuthorValue names nobody.
func CleanAuthors(raw, publisher string) []string {
	if len(raw) > maxAuthorValue {
		return nil
	}
	s := textutil.NormalizeSpace(unescapeTitle(raw))
	if s == "" {
		return nil
	}
	// An address hidden by e-mail protection ("[email protected]").
	s = strings.TrimSpace(strings.ReplaceAll(s, "[email protected]", ""))
	// A line of labelled fields ("Datum: 19.11.2021 Autor: Fritz Imhof
	// Quelle: Livenet"): the author's field alone.
	if strings.IndexByte(s, ':') > 0 { // the field's label ends in a colon
		s = authorField(s)
	}
	// A date line before the credit ("Friday, January 11, 2008 By
	// Jalilur Rehman, AFP"): the credit from its "By" on.
	if (strings.Contains(s, "By") || strings.Contains(s, "BY")) && textutil.HasDigitRun(s, 2) { // reMidBy's label; hasDate's year
		s = afterDatedBy(s)
	}
	return splitAuthorNames(s, publisher)
}

// authorField returns the author's field of a line of labelled fields
// ("Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet"), else s.
func authorField(s string) string {
	if loc := reAuthorField.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[loc[1]:]
		if end := reNextField.FindStringIndex(s); end != nil {
			s = s[:end[0]]
		}
	}
	return s
}

// afterDatedBy returns the credit from its "By" on when a date line
// precedes it ("Friday, January 11, 2008 By Jalilur Rehman, AFP"), else
// s.
func afterDatedBy(s string) string {
	if loc := reMidBy.FindStringIndex(s); loc != nil && loc[0] > 0 && hasDate(s[:loc[0]]) && !reTextByline.MatchString(s[:loc[0]]) {
		s = strings.TrimSpace(s[loc[0]:])
	}
	return s
}

// splitAuthorNames is the rest of CleanAuthors: s split into names and
// each cleaned.
func splitAuthorNames(s, publisher string) []string {
	// Link texts that follow the name ("Johanna Kropfitsch Alle
	// Artikel").
	low := strings.ToLower(s)
	for _, l := range trailingLinkTexts {
		if strings.HasSuffix(low, " "+l) && len(low) == len(s) {
			s, low = s[:len(s)-len(l)-1], low[:len(s)-len(l)-1]
		}
	}
	parts := []string{s}
	for _, sep := range authorSeparators {
		if !slices.ContainsFunc(parts, func(p string) bool { return splitsFold(p, sep) }) {
			continue // splitFold gives each part back alone
		}
		var next []string
		for _, p := range parts {
			next = append(next, splitFold(p, sep)...)
		}
		parts = next
	}
	var out []string
	for _, p := range parts {
		// "Name, Job title" and "Name, Name": a comma part that reads as
		// a job title is dropped, other parts are names.
		commaParts := strings.Split(p, ",")
		for i, q := range commaParts {
			q = cleanAuthorName(q)
			if q == "" || (i > 0 && isJobTitle(q)) || isJunkName(q) {
				continue
			}
			// One word after a comma that follows a full name is a
			// place or an agency ("Von Markus Balser, Berlin", "Von
			// David Hutzler, dpa"), not a second author.
			if i > 0 && len(strings.Fields(q)) == 1 && len(strings.Fields(cleanAuthorName(commaParts[0]))) >= 2 && !IsHandle(q) {
				continue
			}
			if isJobTitle(q) && len(strings.Fields(q)) > 3 {
				continue
			}
			if publisher != "" && strings.EqualFold(q, publisher) {
				continue
			}
			dup := false
			for _, o := range out {
				if strings.EqualFold(o, q) {
					dup = true
				}
			}
			if !dup {
				out = append(out, q)
			}
		}
	}
	return out
}

var (
	// reAuthorField finds an author's field among labelled fields.
	reAuthorField = regexp.MustCompile(`(?i)\s(?:autor|autorin|author|verfasser|auteur)\s*:\s*`)
	// reNextField finds the label of the field that follows.
	reNextField = regexp.MustCompile(`\s\p{L}+\s*:(?:\s|$)`)
)

// reMidBy finds a "By" that opens a credit inside a byline's text.
var reMidBy = regexp.MustCompile(`\s(?:By|BY)\s+\p{Lu}`)

// trailingLinkTexts are link texts printed after an author's name, lower
// case.
var trailingLinkTexts = []string{"alle artikel", "alle beiträge", "all posts", "all articles", "view all", "more posts", "weitere artikel"}

// splitFold splits s on sep, matching sep without regard to case.
func splitFold(s, sep string) []string {
	var out []string
	if textutil.IsASCII(s) {
		// strings.ToLower lowers ASCII byte for byte: the separator is
		// found at the same places in s, compared in lower case, without
		// writing the lowered copy (a separator outside ASCII is never
		// found in ASCII).
		lsep := strings.ToLower(sep)
		for {
			i := indexLowerASCII(s, lsep)
			if i < 0 {
				return append(out, s)
			}
			out = append(out, s[:i])
			s = s[i+len(sep):]
		}
	}
	ls, lsep := strings.ToLower(s), strings.ToLower(sep)
	if len(ls) != len(s) {
		return strings.Split(s, sep)
	}
	for {
		i := strings.Index(ls, lsep)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s, ls = s[i+len(sep):], ls[i+len(sep):]
	}
}

// splitsFold reports whether splitFold(s, sep) gives more than one part
// (sep not empty): whether sep occurs in s as splitFold looks for it.
func splitsFold(s, sep string) bool {
	if textutil.IsASCII(s) {
		return indexLowerASCII(s, strings.ToLower(sep)) >= 0
	}
	ls := strings.ToLower(s)
	if len(ls) != len(s) {
		return strings.Contains(s, sep)
	}
	return strings.Contains(ls, strings.ToLower(sep))
}

// indexLowerASCII returns the first index of lsep in strings.ToLower(s)
// for an ASCII s, or -1.
func indexLowerASCII(s, lsep string) int {
	n := len(lsep)
	for i := 0; i+n <= len(s); i++ {
		k := 0
		for k < n && textutil.LowerByte(s[i+k]) == lsep[k] {
			k++
		}
		if k == n {
			return i
		}
	}
	return -1
}

// cleanAuthorName trims one name: prefixes, e-mails, handles, stray
// punctuation. It returns "" for something that cannot be a name.
func cleanAuthorName(s string) string {
	s = strings.TrimSpace(s)
	for changed := true; changed; {
		changed = false
		low := strings.ToLower(s)
		for _, p := range bylinePrefixes {
			if strings.HasPrefix(low, p) {
				rest := s[len(p):]
				if rest == "" {
					return ""
				}
				r := rune(rest[0])
				if r == ':' || r == ' ' || r == '-' || r == '.' {
					s = strings.TrimLeft(rest, ":-. ")
					changed = true
					break
				}
			}
		}
	}
	// A team credited with its article ("by the BerryReview Team on
	// October 29th", "Posted by the Google Desktop Team", "By the
	// Editors"), the convention of company blogs and of sites whose
	// staff write together: the team's name without its "the".
	if low := strings.ToLower(s); strings.HasPrefix(low, "the ") && teamWords[lastWord(low)] {
		s = strings.TrimSpace(s[4:])
	}
	// A blog's credit line that prints the time or the date between its
	// label and its "by" ("Posted 8:11 AM by Marty Lederman", "Posted on
	// August 9, 2012 by Rotoprofessor", the footers of Blogger and
	// WordPress themes): the name is what follows the "by".
	if f := strings.Fields(s); len(f) > 2 && bylineLeadWords[strings.ToLower(f[0])] {
		if i := strings.LastIndex(lowerSameLength(s), " by "); i > 0 && strings.ContainsAny(s[:i], "0123456789") {
			s = strings.TrimSpace(s[i+4:])
		}
	}
	// "Bo2man am 29.12.2010, 13:36 Uhr", "Moritz Gathmann am 21. April
	// 2020": the date that follows a name is not part of it.
	if mayNameTail(s) {
		if loc := reNameTail.FindStringIndex(s); loc != nil && loc[0] > 0 {
			s = s[:loc[0]]
		}
	}
	if _, at, ok := AnyDate(s, nil, false); ok && at > 0 {
		s = s[:at]
	}
	// "Brendan Carlin For The Mail On Sunday", "Jane Doe for
	// MailOnline": the outlet written for is not part of the name.
	// (An index into lowerSameLength(s) is an index into s.)
	if i := strings.Index(lowerSameLength(s), " for "); i > 0 && forOutlet(s[:i], s[i+5:]) {
		s = s[:i]
	}
	var words []string
	fields := strings.Fields(s)
	// Trailing weekdays and function words ("Alex Bozarjian Thursday,",
	// "Article by"). Capitalised words that would leave one word alone
	// are the name's own ("Miami Today", "USA Today").
	kept, capsOnly := len(fields), true
	for kept > 1 && lang.NonNameSet[strings.ToLower(strings.Trim(fields[kept-1], ".,;:"))] {
		r, _ := utf8.DecodeRuneInString(fields[kept-1])
		capsOnly = capsOnly && unicode.IsUpper(r)
		kept--
	}
	if kept >= 2 || !capsOnly {
		fields = fields[:kept]
	}
	for _, w := range fields {
		if strings.Contains(w, "@") || strings.HasPrefix(w, "http") || strings.HasPrefix(w, "www.") {
			continue
		}
		words = append(words, w)
	}
	s = strings.Join(words, " ")
	s = strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != ')'
	})
	if s == "" || len(s) > 80 || len(strings.Fields(s)) > 6 || isDigit(s[0]) {
		return ""
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return ""
	}
	return s
}

// mayNameTail reports whether s holds what reNameTail needs: a digit (a
// date or a time), a colon (a picture credit's label), an opening
// parenthesis, or a space before the first letter of one of its
// publishing words (p, u, v, a in either case: none of them folds to
// a letter outside ASCII). Most names hold none, and skip the
// expression, whose answer on them is no match.
func mayNameTail(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9', c == ':', c == '(':
			return true
		case c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r':
			if i+1 < len(s) {
				switch s[i+1] | 0x20 {
				case 'p', 'u', 'v', 'a':
					return true
				}
			}
		}
	}
	return false
}

// teamWords end the name of a team credited as a byline, lower case.
var teamWords = map[string]bool{"team": true, "staff": true, "editors": true, "crew": true}

// reNameTail matches what follows a name in a byline from a date or a
// time on: " am 29.12.2010", " on 3/4/21", " | 12:00", " Published: 28
// Apr".
var reNameTail = regexp.MustCompile(`(?i)\s+(?:(?:am|um|on|le|el|il|at|den|vom)\s+|[,|·-]\s*)?\d|\s+(?:foto|fotos|photo|photos|bild|bilder|illustration|grafik)\s*:|\s*\(|\s+(?:published|updated|veröffentlicht|aktualisiert|publié|publicado|pubblicato)\b`)

// junkWords mark a byline part that is a label, a date or a link text, not
// a name.
var junkWords = []string{
	"kommentar", "comment", "reply", "antworten", "uncategorized", "alle artikel", "all posts", "all articles",
	"share", "publiziert", "veröffentlicht", "published", "publicado", "publié", "pubblicato", "updated", "aktualisiert", "read more", "weiterlesen",
	"minute", "min read", "lesezeit", "datum", "quelle", "foto:", "photo:", "bild:", "enter your", "your name",
	"username", "view profile",
}

// isJunkName reports whether s is byline debris rather than a name: a
// label, a date with a month name, a domain name, a lower-case phrase.
// contentNouns are the words a byline label leaves when its "by" is cut
// ("Article by", "Rezept von"): no one's name.
var contentNouns = map[string]bool{
	"article": true, "artikel": true, "post": true, "beitrag": true, "story": true, "recipe": true,
	"rezept": true, "text": true, "photo": true, "foto": true, "video": true, "interview": true,
}

// orgWords name an organisation in an author entry ("National Center for
// Health Statistics"): its " for " is part of the name.
var orgWords = map[string]bool{
	"center": true, "centre": true, "council": true, "institute": true, "association": true, "department": true,
	"office": true, "society": true, "foundation": true, "committee": true, "agency": true, "union": true,
	"league": true, "alliance": true, "coalition": true, "network": true, "board": true, "campaign": true,
	"fund": true, "project": true, "initiative": true, "commission": true, "partnership": true,
}

// forOutlet reports whether "<name> for <rest>" credits a person writing
// for an outlet ("Brendan Carlin For The Mail On Sunday", "Jane Doe for
// MailOnline"): two or three capitalised words that name no organisation,
// then one word or "the …".
func forOutlet(name, rest string) bool {
	w := strings.Fields(name)
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	for _, x := range w {
		r, _ := utf8.DecodeRuneInString(x)
		if !unicode.IsUpper(r) || orgWords[strings.ToLower(x)] {
			return false
		}
	}
	rw := strings.Fields(rest)
	return len(rw) == 1 || len(rw) > 1 && strings.EqualFold(rw[0], "the")
}

func isJunkName(s string) bool {
	low := strings.ToLower(s)
	for _, w := range junkWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	if placeholderAuthors[low] || bylineLinkWords[strings.Trim(strings.ReplaceAll(low, " ", ""), "[]()+")] || weekdays[strings.Trim(low, ".,")] {
		return true
	}
	words := strings.Fields(s)
	// A tagline or a heading set where a byline goes ("Building Wealth
	// through Saving and Investing"): a name's later words are capitalised
	// but for particles and the function words of an organisation's name.
	if len(words) >= 3 {
		for _, w := range words[1:] {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) && !bylineParticles[w] && !nameFunctionWords[w] {
				return true
			}
		}
	}
	// A site's account rather than a person: "admin", "wordpressadmin".
	if len(words) == 1 && (strings.HasSuffix(low, "admin") || low == "administrator" || low == "webmaster" || contentNouns[low]) {
		return true
	}
	// A credit line's label left alone when its date and name are set
	// in elements of their own ("Posted", "Posted on", "Written"): no
	// name.
	if len(words) > 0 && len(words) <= 2 && bylineLeadWords[strings.Trim(strings.ToLower(words[0]), ":")] && (len(words) == 1 || lang.NonNameSet[strings.ToLower(words[1])]) {
		return true
	}
	digit := strings.ContainsAny(s, "0123456789")
	for _, w := range words {
		if _, ok := dates.LookupMonth(strings.Trim(w, ".,")); ok && (digit || len(words) == 1) {
			return true
		}
	}
	if len(words) == 1 {
		if i := strings.LastIndexByte(s, '.'); i > 0 && len(s)-i-1 >= 2 && len(s)-i-1 <= 4 && !strings.Contains(s[i:], " ") {
			return true // example.com
		}
	}
	if len(words) > 1 {
		r, _ := utf8.DecodeRuneInString(words[0])
		if unicode.IsLower(r) && !bylineParticles[words[0]] {
			return true
		}
	}
	return false
}

// placeholderAuthors are the values templates and CMSs print in an author
// field that credits no one, lower case.
var placeholderAuthors = map[string]bool{
	"no primary author": true, "no author": true, "unknown": true, "unknown author": true, "not available": true,
	"n/a": true, "none": true, "anonymous author": true,
	// The account that multi-author blogs (WordPress, Blogger) file
	// guest posts under, the writer named in the post or its author box.
	"guest author": true, "guest post": true, "guest blogger": true, "guest contributor": true,
	"guest writer": true, "guest poster": true,
	// The blog software a page's footer credits ("Powered by Movable
	// Type"), no writer.
	"movable type": true, "wordpress": true, "blogger": true, "typepad": true, "drupal": true, "joomla": true,
}

// bylineLinkWords are the link and heading texts that author markup holds
// beside or instead of a name, lower case without spaces, brackets or
// "+": the profile link of Google's authorship markup (rel=author to a
// Google+ profile, 2011–2014, "Google+"), a home-page link ("[www]"), the
// heading of a box listing writers or reviews.
var bylineLinkWords = map[string]bool{
	"google": true, "www": true, "homepage": true, "website": true, "twitter": true, "facebook": true,
	"linkedin": true, "authors": true, "reviews": true, "contributors": true, "writers": true,
	"bloggers": true, "columnists": true, "profile": true, "bio": true,
	// The "About Us" / "About Me" page a blog's rel=author link points
	// to, its text in place of the name.
	"aboutus": true, "aboutme": true, "about": true,
}

// weekdays are the days' names (English, German, French, Spanish): a
// date line's first word split off a byline ("Friday, January 11, 2008 /
// By …") is no name.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
}

// nameFunctionWords may stand in lower case inside a credited name: an
// organisation's ("Press Trust of India", "Friends of the Earth") or a
// place after a name ("Sarah Laitner in Brussels").
var nameFunctionWords = map[string]bool{
	"of": true, "for": true, "the": true, "and": true, "in": true, "at": true, "on": true, "y": true, "e": true,
	"des": true, "del": true, "della": true, "dos": true, "das": true, "do": true, "zu": true, "ter": true, "te": true, "op": true,
	"ben": true, "bint": true, "af": true, "av": true, "ap": true,
}

// bylineParticles may start a name in lower case.
var bylineParticles = map[string]bool{"de": true, "da": true, "di": true, "van": true, "von": true, "le": true, "la": true, "el": true, "al": true, "bin": true, "ibn": true, "der": true, "den": true, "du": true}

func isJobTitle(s string) bool {
	low := strings.ToLower(s)
	for _, w := range jobWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// reTextByline matches a byline in running page text: "Von Anna Muster",
// "By Jane Doe", "Autor: Jan Novák", "11.12.2019 - Amelie Loevenich", the
// name in capitalised words; a no-break space may follow the label.
var reTextByline = regexp.MustCompile(`(?:^|[\s|·•])(?:[Vv]on|VON|[Bb]y|BY|[Pp]ar|[Pp]or|[Aa]utor:|[Aa]utorin:|[Aa]uthor:|[Tt]ext:|\d{1,2}\.\d{1,2}\.\d{4}[ \t]+[-–])[\s\x{a0}]+(\p{Lu}[\p{L}'’.-]+(?:[ \t]+(?:von[ \t]+|van[ \t]+|de[ \t]+|der[ \t]+|del[ \t]+)?\p{Lu}[\p{L}'’.-]+){1,3})`)

// Bounds of the page-text byline search around the headline's <h1>.
const (
	bylineAfterH1  = 600
	bylineBeforeH1 = 300
)

// textByline finds a byline printed just below (or just above) the first
// <h1>, or "".
func textByline(m *PageMeta) string {
	at, end, ok := m.headSpan()
	if !ok {
		return ""
	}
	t := m.text
	after := t[end:min(len(t), end+bylineAfterH1)]
	if all := textBylines(after); len(all) > 0 {
		return all[0]
	}
	before := t[max(0, at-bylineBeforeH1):at]
	if all := textBylines(before); len(all) > 0 {
		return all[len(all)-1]
	}
	if name := textAgency(after); name != "" {
		return name
	}
	return textAgency(before)
}

// textBylines returns the names of the bylines reTextByline finds in t,
// leaving out photo credits ("Foto von Anna Muster", "Photo by Jane Doe
// on Unsplash").
func textBylines(t string) []string {
	var out []string
	for _, loc := range findTextBylines(t, -1) {
		prev := lastWord(t[:loc[0]+1])
		// "Editing by" credits a wire story's editor (Reuters style:
		// "Reporting by Jane Roe; Editing by Jim Doe"), no author.
		if isPhotoWord(prev) || prev == "editing" || roleBy(prev) || midSentenceBy(t[loc[0]:loc[2]], t[:loc[0]+1]) {
			continue
		}
		out = append(out, trimNonNames(t[loc[2]:loc[3]]))
	}
	return out
}

// bylineLeadWords may stand before a lower-case "by" that opens a byline
// ("Posted by", "Article by", "2012 by").
var bylineLeadWords = map[string]bool{
	"posted": true, "written": true, "reported": true, "edited": true, "compiled": true, "filed": true,
	"article": true, "story": true, "text": true, "words": true, "post": true, "blog": true, "column": true,
	"review": true, "report": true, "analysis": true, "commentary": true, "published": true,
	"submitted": true, "contributed": true, "produced": true,
}

// midSentenceBy reports whether the matched byline start m (its separator
// and introducing word) is a lower-case "by" inside a sentence ("criticism
// by U.S. Defence Secretary Robert Gates"): the word before it (the last of
// before) is a lower-case word, with no punctuation after it, that does not
// lead into a byline.
func midSentenceBy(m, before string) bool {
	if !strings.HasPrefix(strings.TrimSpace(strings.TrimLeft(m, "|·•")), "by") {
		return false
	}
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	prev := f[len(f)-1]
	if bylineLeadWords[strings.ToLower(prev)] {
		return false
	}
	for _, r := range prev {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// lastWord is the last word of s, its punctuation trimmed, lower case.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[len(f)-1], ".,:;|·•-–()"))
}

// photoWords name a picture: the byline after one is the picture's.
var photoWords = map[string]bool{
	"foto": true, "fotos": true, "photo": true, "photos": true, "photograph": true, "bild": true, "bilder": true,
	"image": true, "images": true, "picture": true, "credit": true, "illustration": true, "grafik": true,
	"titelbild": true, "symbolbild": true, "beitragsbild": true, "video": true, "imagen": true, "immagine": true,
}

// isPhotoWord reports whether w (lower case) names a picture.
func isPhotoWord(w string) bool { return photoWords[w] }

// trimNonNames drops the words from the first that cannot be part of a
// name (a weekday, a month, a function word) on.
func trimNonNames(s string) string {
	w := strings.Fields(s)
	for i := 1; i < len(w); i++ {
		if lang.NonNameSet[strings.ToLower(strings.Trim(w[i], ".,"))] {
			w = w[:i]
			break
		}
	}
	if len(w) < 2 {
		return ""
	}
	return strings.Join(w, " ")
}

// reLabelledByline matches an author credit set as a labelled field
// anywhere in the page text ("Text: Klausmartin Friedrich", "Von:\n Götz
// Warnke"): the label with its colon, then two to four capitalised words.
// A middle initial may stand without its period after the first word
// ("Author : Subhash K Jha", "Michael J Fox"), as Indian bylines and many
// CMS fields print it (byl27).
var reLabelledByline = regexp.MustCompile(`(?:^|\s)(?:Text|Von|Autor|Autorin|Author|Written by|By)\s*:\s+(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}\b)?(?:[ \t]+(?:von[ \t]+|van[ \t]+|de[ \t]+|der[ \t]+)?\p{Lu}[\p{L}'’.-]+){1,3})`)

// reAuthorLabelled is reLabelledByline with the labels that name an
// author only.
var reAuthorLabelled = regexp.MustCompile(`(?:^|\s)(?:Von|Autor|Autorin|Author|Written by|By)\s*:\s+(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}\b)?(?:[ \t]+(?:von[ \t]+|van[ \t]+|de[ \t]+|der[ \t]+)?\p{Lu}[\p{L}'’.-]+){1,3})`)

// labelledByline finds the first labelled author credit in the page text,
// or "".
func labelledByline(m *PageMeta) string {
	if g := reLabelledByline.FindStringSubmatch(m.text); g != nil {
		return trimNonNames(g[1])
	}
	return ""
}

// ForwardVisible returns the offset in t after n characters other than
// white space from offset from (or len(t)).
func ForwardVisible(t string, from, n int) int {
	i := from
	// Eight bytes at a time while more than eight visible characters
	// remain to pass: a word's white-space bytes are found with exact
	// per-byte equality tests (no carry crosses a byte), and counted.
	for n > 8 && i+8 <= len(t) {
		v := uint64(t[i]) | uint64(t[i+1])<<8 | uint64(t[i+2])<<16 | uint64(t[i+3])<<24 |
			uint64(t[i+4])<<32 | uint64(t[i+5])<<40 | uint64(t[i+6])<<48 | uint64(t[i+7])<<56
		ws := eqBytes(v, ' ') | eqBytes(v, '\n') | eqBytes(v, '\t') | eqBytes(v, '\r')
		n -= 8 - bits.OnesCount64(ws)
		i += 8
	}
	for ; i < len(t) && n > 0; i++ {
		if c := t[i]; c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			n--
		}
	}
	return i
}

// eqBytes has the high bit of each byte of v that equals c set, and no
// other bit.
func eqBytes(v uint64, c byte) uint64 {
	const lo7, hi = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	x := v ^ (uint64(c) * 0x0101010101010101)
	// A byte of x is zero iff v's equals c: (x&0x7f)+0x7f sets the high
	// bit of every byte whose low seven bits are not all zero, without a
	// carry into the next byte; or-ing x adds those whose high bit is set.
	return ^(((x & lo7) + lo7) | x) & hi
}

// BackVisible returns the offset in t n characters other than white
// space before offset to (or 0).
func BackVisible(t string, to, n int) int {
	i := to
	for ; i > 0 && n > 0; i-- {
		if c := t[i-1]; c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			n--
		}
	}
	// Do not cut a UTF-8 sequence.
	for i > 0 && i < len(t) && t[i]&0xC0 == 0x80 {
		i--
	}
	return i
}
