package article

import (
	"regexp"
	"strings"
	"sync"

	"github.com/articlekit/article/internal/attrib"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// enrich fills the fields shared by the text and HTML paths: language,
// quotes with their speakers, cited sources and word count. It fails only
// when the caller's context is done.
func enrich(a *model.Draft, c *config) error {
	if c.Language != "" && normalizeLangTag(c.Language) != "" {
		a.Language = c.Language
		a.SetSource("language", model.FromCaller, 1)
	} else {
		// (No language given, or a tag that is no BCP 47 tag: the
		// language is told from the text.)
		if a.Language != "" && normalizeLangTag(a.Language) == "" {
			// A page's declaration in no valid order ("zh-CN-Hans")
			// keeps its language subtag, or is none.
			a.Language = normalizeLangTag(primaryTag(a.Language))
		}
		chooseLanguage(a)
	}
	if a.Language = normalizeLangTag(a.Language); a.Language == "" {
		delete(a.Provenance, "language")
	}
	var err error
	a.Quotes, a.Sources, err = attrib.ExtractWithHeadline(a.Headline, a.Body, primaryTag(a.Language), c.canceled)
	if err != nil {
		return err
	}
	if a.Publisher != nil {
		// (The article's own publisher is no outlet it cites.)
		a.Sources = attrib.WithoutPublisher(a.Sources, a.Publisher.Name)
	}
	n := 0
	for _, b := range a.Body {
		n += textutil.CountWords(b.Text)
	}
	a.WordCount = n
	return nil
}

// chooseLanguage sets the language of a from its headline and body, or
// keeps the language the page declares (<html lang>, inLanguage,
// og:locale). A declaration wins when the text agrees with it (the
// function words of its language table confirm it, or the detector finds
// the same language) or the detector is unsure; a declaration the text
// clearly contradicts (a template's lang="en" on every page of a German
// site) is overruled, and the provenance says so (FromOverruled).
func chooseLanguage(a *model.Draft) {
	var sb strings.Builder
	size := len(a.Headline) // the bytes written below, in one allocation
	for _, b := range a.Body {
		if size >= 4*lang.MaxDetectRunes {
			break
		}
		size += 1 + len(b.Text)
	}
	sb.Grow(size)
	sb.WriteString(a.Headline)
	for _, b := range a.Body {
		if sb.Len() >= 4*lang.MaxDetectRunes {
			break // lang.Detect reads MaxDetectRunes characters at most
		}
		sb.WriteByte('\n')
		sb.WriteString(b.Text)
	}
	if a.Language != "" && lang.Confirms(primaryTag(a.Language), sb.String()) {
		return
	}
	tag, conf := lang.Detect(sb.String())
	switch {
	case tag == "":
	case a.Language == "":
		a.Language = tag
		a.SetSource("language", model.FromDetected, min(conf, model.ConfStructured))
	case conf >= lang.OverruleConfidence && !lang.SameLanguage(tag, primaryTag(a.Language)):
		a.Language = tag
		a.SetSource("language", model.FromOverruled, min(conf, model.ConfMeta))
	}
}

// primaryTag returns the primary language subtag of a BCP 47 tag.
func primaryTag(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}

// normalizeLangTag writes a language tag in its usual case ("en-US",
// "zh-Hant") and replaces "_" by "-"; a value that is not a tag becomes "".
func normalizeLangTag(tag string) string {
	tag = strings.ReplaceAll(strings.TrimSpace(tag), "_", "-")
	if tag == "" {
		return ""
	}
	parts := strings.Split(tag, "-")
	for i, p := range parts {
		if p == "" || len(p) > 8 || !isAlnumASCII(p) || (i == 0 && (len(p) < 2 || len(p) > 3 || !isAlphaASCII(p))) {
			return ""
		}
		switch {
		case i == 0:
			parts[i] = strings.ToLower(p)
		case len(p) == 2 && isAlphaASCII(p):
			parts[i] = strings.ToUpper(p)
		case len(p) == 4 && isAlphaASCII(p):
			parts[i] = strings.ToUpper(p[:1]) + strings.ToLower(p[1:])
		default:
			parts[i] = strings.ToLower(p)
		}
	}
	out := strings.Join(parts, "-")
	if !langTagRE().MatchString(out) {
		// Subtags of the right letters in an order BCP 47 does not
		// allow ("xx-notreal-zz"): Validate would refuse it.
		return ""
	}
	return out
}

// langTagPattern is the grammar of a BCP 47 tag the schema checks the
// article's language against (schema/article.schema.json, "language";
// TestLangTagPatternIsSchemas keeps the two the same).
const langTagPattern = `^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+)$`

// langTagRE is langTagPattern compiled on first use.
var langTagRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(langTagPattern) })

func isAlphaASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isAlnumASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9') && !isAlphaASCII(s[i:i+1]) {
			return false
		}
	}
	return true
}
