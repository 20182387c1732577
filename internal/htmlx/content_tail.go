package htmlx

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
)

// noiseLines are whole blocks that are page furniture in any article.
var noiseLines = map[string]bool{
	"advertisement": true, "advertising": true, "anzeige": true, "werbung": true, "реклама": true,
	"publicité": true, "publicidad": true, "share": true, "share this": true, "share this:": true,
	"share this article": true, "read more": true, "read more:": true, "related": true,
	"related articles": true, "related stories": true, "loading...": true, "loading…": true,
	"continue reading": true, "story continues below advertisement": true, "skip to content": true,
	"click to share on twitter (opens in new window)": true, "like this:": true, "like loading...": true,
	"advert": true, "sponsored": true, "publicidade": true, "pubblicità": true, "reklama": true,
}

// maxNoiseLine is the length in bytes of the longest of noiseLines.
var maxNoiseLine = func() int {
	n := 0
	for k := range noiseLines {
		n = max(n, len(k))
	}
	return n
}()

// isNoiseLine reports whether a block is one of noiseLines in any case. A
// Text more than three times as long as the longest cannot be: lower case
// shortens a character at most threefold (the Kelvin sign to "k"), and the
// Text is not lowered (a copy) for nothing.
func isNoiseLine(t string) bool {
	if len(t) > 3*maxNoiseLine {
		return false
	}
	// The lowered text is only looked up: an ASCII text is lowered into
	// a buffer on the stack (LowerJoin), not a copy on the heap, which
	// every block with a capital cost (perf18).
	var buf [128]byte
	return noiseLines[textutil.LowerJoin(buf[:], t)]
}

// tailStarts open the part of a page that follows an article: related
// stories, comments, "more from". A short block starting with one of them
// ends the body once some text has been kept.
var tailStarts = []string{
	"related", "more from", "more stories", "more on this", "you may also like", "you might also like",
	"recommended", "read next", "most read", "most popular", "trending", "leave a reply", "leave a comment",
	"comments", "share this", "also read", "see also", "further reading", "about the author", "get our",
	"sign up for", "subscribe to", "weitere artikel", "das könnte sie auch interessieren", "lesen sie auch",
	"mehr zum thema", "ähnliche artikel", "kommentare", "читайте также", "похожие", "комментарии",
	"articles similaires", "à lire aussi", "lire aussi", "artículos relacionados", "te puede interesar",
	"noticias relacionadas", "leggi anche", "potrebbe interessarti", "weitere beiträge", "ähnliche beiträge",
	"das könnte dich auch interessieren", "auch interessant", "über den autor", "über die autorin",
	"vorschau auf den nächsten artikel", "explore further", "zobacz także", "zobacz również", "czytaj także",
	"czytaj również", "sur le même sujet", "dans la même rubrique", "también te puede interesar",
	"schreibe einen kommentar", "hinterlassen sie einen kommentar", "keine kommentare", "empfohlene beiträge",
	"neueste artikel", "related coverage", "das thema könnte dich auch interessieren", "lesen sie auch die folgenden beiträge",
	"laisser un commentaire", "deja un comentario", "lascia un commento", "napisz komentarz",
	"sie wollen mehr von uns", "lust auf mehr", "weiterführende informationen", "weitere informationen",
	"entdecken sie jetzt", "you may also be interested in", "tell us what you think", "отзывы", "добавить отзыв",
	"самые популярные", "популярное", "популярные статьи", "другие статьи", "оставить комментарий",
}

func isTailStart(b *textBlock) bool {
	if b.Runes > 60 || (b.kind != kindHeading && b.kind != kindPara) {
		return false
	}
	var buf [256]byte
	low := strings.TrimRight(textutil.LowerJoin(buf[:], b.Text), ":.!?… ") // nothing below keeps low
	if b.kind == kindHeading && strings.HasSuffix(low, "newsletter") {
		return true
	}
	if low == "" {
		return false // no start is empty
	}
	for _, p := range tailStartsByFirst()[low[0]] {
		if low == p || (strings.HasPrefix(low, p) && textutil.FieldCount(low) <= 6) {
			return true
		}
	}
	return false
}

// tailStartsByFirst files tailStarts by their first byte: a text can
// equal or open with only the starts that share its first byte.
var tailStartsByFirst = sync.OnceValue(func() *[256][]string {
	var t [256][]string
	for _, p := range tailStarts {
		t[p[0]] = append(t[p[0]], p)
	}
	return &t
})

// isCommentCount reports whether a block is the heading over a comment
// thread. The comments that follow may be much prose: unlike other tail
// starts it ends the body whatever follows, and the prose after it does
// not count as the article's.
func isCommentCount(b *textBlock) bool {
	if b.Runes > 120 {
		return false
	}
	// reCommentCount opens with an ASCII digit, which lower-casing
	// neither makes nor unmakes: a text that opens otherwise is tried
	// against reCommentHeading alone, and only when a heading.
	t := b.Text
	digit := t != "" && '0' <= t[0] && t[0] <= '9'
	word := !digit && t != "" && singularCount(t)
	if !digit && !word && b.kind != kindHeading {
		return false
	}
	var buf [256]byte
	if !mayCountComments(textutil.LowerJoin(buf[:], t)) {
		return false
	}
	// The expressions read a lowered copy of their own (the regexp
	// package keeps what it reads): buf stays on the stack for the many
	// texts turned down above.
	low := strings.ToLower(t)
	if word {
		// "One Comment", "One Response to “…”", "One thought on “…”":
		// WordPress themes spell the count of one as a word (core's
		// singular string and its translations, "Ein Kommentar zu",
		// "Un commentaire sur", "Jeden komentarz do"); read it as "1".
		// The word also opens prose ("One comment from the mayor …"):
		// the noun must end the line or be followed by the heading's
		// preposition, a quotation mark or a link to write one.
		_, rest, _ := strings.Cut(low, " ")
		return reCommentWordCount.MatchString(rest)
	}
	if digit {
		return reCommentCount.MatchString(low) || b.kind == kindHeading && reCommentHeading.MatchString(low)
	}
	return reCommentHeading.MatchString(low)
}

// singularWords spell the count of one in the languages the project
// reads, as comment headings print it.
var singularWords = []string{"one ", "ein ", "eine ", "un ", "une ", "uno ", "una ", "jeden ", "jedna ", "один ", "одна "}

// singularFirst marks the ASCII bytes that a text opening with one of
// singularWords can open with under case folding: the ASCII members of
// the fold orbits of the words' first letters.
var singularFirst = func() (t [utf8.RuneSelf]bool) {
	for _, w := range singularWords {
		r, _ := utf8.DecodeRuneInString(w)
		f := r
		for {
			if f < utf8.RuneSelf {
				t[f] = true
			}
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	}
	return t
}()

// singularCount reports whether t opens with one of singularWords, in any
// case.
func singularCount(t string) bool {
	if len(t) < 4 {
		return false
	}
	if c := t[0]; c < utf8.RuneSelf && !singularFirst[c] {
		return false // (most texts: no word's first letter in any case)
	}
	for _, w := range singularWords {
		if len(t) > len(w) && strings.EqualFold(t[:len(w)], w) {
			return true
		}
	}
	return false
}

// reCommentWordCount is the rest of a comment heading after a count of
// one spelt as a word (singularWords): the singular noun, then nothing,
// the preposition before the post's title ("to", "on", "zu", "sur",
// "en", "su", "do", "к") or its quotation mark, or a link to leave one.
var reCommentWordCount = regexp.MustCompile(`^(?:comment|response|reply|thought|kommentar|gedanke|commentaire|réflexion|comentario|commento|pensiero|komentarz|комментарий)\s*(?:$|[:.]$|(?:to|on|zu|sur|en|su|do|к|leave|add|post)\s|[“"«„'‘])`)

// commentWords are strings one of which every match of reCommentHeading
// and reCommentCount holds (each alternative of theirs spells one).
var commentWords = []string{"comment", "respons", "repl", "kommentar", "comentario", "komentarz", "комментарии", "thought", "discussion"}

// mayCountComments reports whether the lowered text low holds one of
// commentWords: when it holds none, neither expression matches it.
func mayCountComments(low string) bool {
	for _, w := range commentWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// reCommentHeading is a heading that names a comment thread without a
// count: "Comments", "Reader comments (12)", "Responses", "Leave a
// reply", as blog and news templates print it above the readers' posts.
// The singular "Comment" and "Discussion" are left out: they also head
// sections of an opinion piece or a paper.
var reCommentHeading = regexp.MustCompile(`^(?:\d+\s+)?(?:reader\s+|readers'?\s+|user\s+)?(?:comments|responses|replies|kommentare|leserkommentare|commentaires|comentarios|commenti|komentarze|комментарии|leave a (?:comment|reply)|post a comment|add a comment|join the discussion)\s*(?:\(\d+\)|\d+)?\s*[:.]?$`)

// reCommentCount is the heading over a comment thread: "2 comments",
// "10 thoughts on “…”", "3 Kommentare".
var reCommentCount = regexp.MustCompile(`^\d+\s+(?:comments?|thoughts? on\b|responses?\b|replies|kommentare?|commentaires?|comentarios?|commenti|komentarz[ey]?)`)

// bioVerbs follow an author's name at the start of the note about them
// that closes many articles ("Meg James is a corporate media reporter").
var bioVerbs = map[string]bool{
	"is": true, "was": true, "writes": true, "covers": true, "lives": true, "has": true,
	"ist": true, "war": true, "schreibt": true, "lebt": true, "est": true, "vit": true,
	"es": true, "escribe": true, "è": true, "jest": true,
}

// isAuthorLine reports whether a paragraph is the byline, which the
// metadata holds: an author's name alone, or the names with the date
// ("Lucy Hart · 12 January 2025", "3 Feb Eva Klein"), the byline most
// templates print under the headline.
func isAuthorLine(t string, authors []string) bool {
	if len(t) > 80 {
		return false
	}
	rest, named := t, false
	for _, a := range authors {
		if strings.EqualFold(t, a) {
			return true
		}
		if a != "" {
			if i := strings.Index(rest, a); i >= 0 {
				rest, named = rest[:i]+" "+rest[i+len(a):], true
			}
		}
	}
	if !named {
		return false
	}
	rest = strings.Trim(rest, " ·|,-–—•/")
	return rest != "" && len(rest) <= 40 && strings.ContainsAny(rest, "0123456789") && dateWordsOnly(rest)
}

// dateWordsOnly reports whether every word of t may be part of a date or
// a date line ("3 Feb", "12 January 2025, 10:30").
func dateWordsOnly(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		w = strings.Trim(w, ".,:;/|()-–—")
		if w == "" || !strings.ContainsFunc(w, unicode.IsLetter) || dateLineWords[w] || lang.MonthNames[w] != 0 {
			continue
		}
		return false
	}
	return true
}

// isBio reports whether a paragraph is the note about one of the authors.
func isBio(b *textBlock, authors []string) bool {
	if b.kind != kindPara || b.Runes > 400 {
		return false
	}
	for _, name := range authors {
		if len(name) < 5 || !strings.Contains(name, " ") {
			continue
		}
		rest, ok := strings.CutPrefix(b.Text, name+" ")
		if !ok {
			continue
		}
		if verb, _, _ := strings.Cut(rest, " "); bioVerbs[strings.ToLower(verb)] {
			return true
		}
	}
	return false
}
