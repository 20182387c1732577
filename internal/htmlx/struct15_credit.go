package htmlx

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A picture's credit, told from its caption by the markup of CMS themes
// or by the way the press prints credits.

// creditClassWords are the words of the class names CMS themes give the
// element that holds a picture's credit ("credit", "image-copyright",
// "photographer", "caption-byline", "media-source", "attribution").
var creditClassWords = []string{"credit", "copyright", "photographer", "byline", "source", "attribution"}

// creditClass reports whether a class attribute names a credit.
func creditClass(class string) bool {
	if class == "" {
		return false
	}
	c := strings.ToLower(class)
	for _, w := range creditClassWords {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// unbracket drops the parentheses or brackets around a whole credit
// ("(Ann Lee/Getty Images)", "(Photo: X).") and the separator printed
// before it ("/ Source: X"): the exporters set a credit apart themselves
// (Markdown prints it in parentheses after the caption).
func unbracket(s string) string {
	s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "/|—–-"))
	if t := strings.TrimSuffix(s, "."); len(t) >= 2 && (t[0] == '(' && t[len(t)-1] == ')' || t[0] == '[' && t[len(t)-1] == ']') &&
		!strings.ContainsAny(t[1:len(t)-1], "()[]") {
		s = strings.TrimSpace(t[1 : len(t)-1])
	}
	return s
}

// creditText reports whether the text of an element marked as a credit
// reads as one: a letter or digit in it (not a stray parenthesis of broken
// markup), and no longer than a credit's line.
func creditText(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > 200 {
		return false
	}
	return strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// creditTag reports whether c, an element of the figcaption fc, is a
// credit by the HTML convention of setting it as a <cite> or as side
// comment (<small>, "small print" such as attribution) after the
// caption's words: short, the last text of the caption, and not the whole
// of it. A <cite> within the caption's words is the title of a work.
func creditTag(c, fc *html.Node) bool {
	if fc == nil || c.DataAtom != atom.Cite && c.DataAtom != atom.Small || !isAncestor(fc, c) {
		return false
	}
	t := nodeText(c)
	if t == "" || utf8.RuneCountInString(t) > 120 {
		return false
	}
	before, after := false, false
	in := false
	for d := range fc.Descendants() {
		if d == c {
			in = true
			continue
		}
		if d.Type != html.TextNode || strings.TrimSpace(d.Data) == "" {
			continue
		}
		switch {
		case isAncestor(c, d):
		case !in:
			before = true
		default:
			after = true
		}
	}
	return before && !after
}

// splitCredit cuts the credit off the end of a caption where the markup
// does not set it apart, by the conventions of the press: a label and a
// name ("Photo: Ann Lee", "Photograph: …", "Foto: …", "Фото: …", "Bild:
// …", "Photo by …", in parentheses or brackets or not), a copyright sign
// and a name ("© Ann Lee"), or a name and a news or photo agency joined by
// a slash ("Ann Lee/Getty Images", "REUTERS/Ann Lee", "AP Photo/Ann
// Lee"). The credit must be short (at most creditMaxRunes, creditMaxWords)
// and end the caption; it is kept as printed but for the parentheses
// around it (see unbracket); a caption that is all credit gives an empty
// caption.
func splitCredit(caption string) (rest, credit string) {
	if caption == "" {
		return caption, ""
	}
	best := -1
	// A label or a copyright sign anchors the credit where it stands.
	// (Most captions hold no form: then the caption is not lowered and
	// no form is looked for one by one.)
	lower, forms := creditLabelsIn(caption)
	for _, l := range forms {
		for from := 0; ; {
			i := strings.Index(lower[from:], l)
			if i < 0 {
				break
			}
			i += from
			from = i + len(l)
			if i > 0 {
				r, _ := utf8.DecodeLastRuneInString(lower[:i])
				if !unicode.IsSpace(r) && r != '(' && r != '[' && r != '|' {
					continue
				}
			}
			if after := strings.TrimSpace(caption[i+len(l):]); after == "" || !creditName(strings.TrimRight(after, ")]")) {
				continue
			}
			if best < 0 || i < best {
				best = i
			}
		}
	}
	// A name and an agency joined by a slash stand in parentheses at the
	// end, or after the caption's last sentence or separator.
	if best < 0 {
		if t := strings.TrimRight(caption, ". "); strings.HasSuffix(t, ")") {
			if i := strings.LastIndexByte(t, '('); i >= 0 && agencyCredit(strings.TrimSpace(t[i+1:len(t)-1])) {
				best = i
			}
		}
	}
	if best < 0 {
		// "Caption / Agency": a spaced slash sets the credit apart
		// (an unspaced one joins a photographer and an agency).
		if i := strings.LastIndex(caption, " / "); i >= 0 && creditAgency(caption[i+3:]) {
			best = i + 3
		}
	}
	if best < 0 {
		start := 0
		for _, sep := range []string{". ", "! ", "? ", " | ", " — ", " – ", " - ", "("} {
			if i := strings.LastIndex(caption, sep); i >= 0 && i+len(sep) > start {
				start = i + len(sep)
			}
		}
		if seg := strings.TrimSpace(caption[start:]); agencyCredit(seg) {
			best = start
		}
	}
	if best < 0 {
		return caption, ""
	}
	if best > 0 && (caption[best-1] == '(' || caption[best-1] == '[') {
		best--
	}
	credit = unbracket(caption[best:])
	rest = strings.TrimSpace(caption[:best])
	rest = strings.TrimSpace(strings.TrimRight(rest, "|—–-/ "))
	return rest, credit
}

// captionCreditLabels are the words that introduce a picture's credit in the
// languages of internal/lang, lower case, each with what follows it.
var captionCreditLabels = []string{
	"photo:", "photos:", "photograph:", "photography:", "picture:", "pictures:", "image:", "images:",
	"credit:", "credits:", "illustration:", "photo by ", "photos by ", "photo credit:", "photo courtesy",
	"foto:", "fotos:", "fot.:", "fot. ", "bild:", "bilder:", "crédit:", "crédits:", "crédit photo:",
	"фото:", "фото -", "фото —", "фото –", "фотографія:", "zdjęcie:", "©", "(c) ", "copyright ",
	"source:", "quelle:", "źródło:", "fuente:", "fonte:", "источник:", "джерело:",
}

// Bounds on a credit's length: a name or two and an agency.
const (
	creditMaxRunes = 80
	creditMaxWords = 10
)

// creditName reports whether the text after a credit label reads as a
// credit: short, and no sentence after it (a full stop followed by a
// capitalised word that is not an initial).
func creditName(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > creditMaxRunes {
		return false
	}
	words := strings.Fields(s)
	if len(words) > creditMaxWords {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) > 3 && !agencyWord(w) {
			return false // "…the meeting. The council…": a sentence goes on
		}
	}
	return true
}

// agencyWord reports whether an abbreviation with a full stop is part of
// a name (a company's "Inc.", "Ltd.").
func agencyWord(w string) bool {
	switch strings.ToLower(w) {
	case "inc.", "ltd.", "corp.", "co.":
		return true
	}
	return false
}

// photoAgencies are the photo agencies and the names under which news
// agencies credit pictures, lower case, beside the wire services of
// wireServices. (junk.go's creditAgencies, which tell a credit line from
// the body text, is an older and shorter list of the same names; the two
// answer differently worded questions and were not merged, so that
// neither's output moved.)
var photoAgencies = map[string]bool{
	"getty images": true, "getty": true, "ap photo": true, "epa": true, "epa-efe": true, "anp": true,
	"pa images": true, "pa wire": true, "pa media": true, "shutterstock": true, "alamy": true, "bloomberg": true,
	"imago": true, "picture alliance": true, "sipa": true, "abaca": true, "zuma": true, "zuma press": true,
	"ria novosti": true, "sputnik": true, "тасс": true, "риа новости": true, "интерфакс": true, "ukrinform": true,
	"укрінформ": true, "уніан": true, "east news": true, "forum": true, "pap": true, "anadolu": true,
	"nurphoto": true, "sopa images": true, "wenn": true, "ddp": true, "istock": true, "flickr": true,
}

// agencyCredit reports whether a caption's last segment is a credit of a
// name and an agency joined by a slash: one side of a slash names an
// agency (after words such as "via" and "Photo"), the whole is short.
func agencyCredit(seg string) bool {
	if seg == "" || utf8.RuneCountInString(seg) > creditMaxRunes || len(strings.Fields(seg)) > creditMaxWords || !strings.Contains(seg, "/") {
		return false
	}
	for part := range strings.SplitSeq(strings.TrimRight(seg, ")"), "/") {
		if creditAgency(part) {
			return true
		}
	}
	return false
}

// creditAgency reports whether s names a news or photo agency, after words
// such as "via" and "Photo".
func creditAgency(s string) bool {
	p := strings.ToLower(textutil.NormalizeSpace(strings.TrimRight(s, ").")))
	p = strings.TrimSuffix(p, " photo")
	if _, v, ok := strings.Cut(p, " via "); ok {
		p = v
	}
	return photoAgencies[p] || wireServices[p]
}
