package attrib

import (
	"slices"
	"strings"

	"github.com/articlekit/article/internal/lang"
)

// WithoutPublisher returns sources less those that name the article's own
// publisher: an outlet's story that repeats its own earlier report («как
// ранее сообщал «Интерфакс»» on interfax.ru, "the Post reported" in The
// Washington Post) cites no one else, and a reader of Sources wants the
// outlets the story relies on. Names are compared as cited sources are
// reported (canonicalSource: case forms and type words folded), and
// ignoring case; an empty publisher drops nothing. sources is changed in
// place.
func WithoutPublisher(sources []string, publisher string) []string {
	if len(sources) == 0 {
		return sources
	}
	pub := publisherKey(publisher)
	if pub == "" {
		return sources
	}
	// (The publisher by any name of its group too, out27: «REGNUM»
	// cited in a text of ИА «Регнум», «Interfax» in one of Интерфакс.)
	pubKeys := out20OutletKeys(publisher)
	out := sources[:0]
	for _, s := range sources {
		// ("the Post reported" in The Washington Post: the paper by the
		// word its name ends with, isOutletWordName.)
		if k := publisherKey(s); k != pub && !(lang.OutletWordSet[k] && strings.HasSuffix(pub, " "+k)) && !out27SharesKey(out20OutletKeys(s), pubKeys) {
			out = append(out, s)
		}
	}
	return out
}

// out27SharesKey reports whether two outlets' keys (out20OutletKeys, a
// handful each) have one in common: one outlet by two of its names.
func out27SharesKey(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// publisherKey is the form in which a publisher and a cited source are
// compared: the canonical source name, else the name trimmed of quote
// marks and a leading "The", lower-cased.
func publisherKey(s string) string {
	c := canonicalSource(s)
	if c == "" {
		c = strings.Trim(s, " ,.:;«»“”\"")
	}
	c = strings.TrimPrefix(c, "The ")
	return strings.ToLower(c)
}
