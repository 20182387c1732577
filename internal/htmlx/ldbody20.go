package htmlx

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// The article's text in its structured data.
//
// schema.org's articleBody holds the whole text of an article. Paywalled
// news sites print a teaser and keep the story for subscribers, and sites
// built as script shells print little or nothing until a script runs; many
// of both put the full text in the JSON-LD of the page all the same, for
// search engines. When the page's visible body is much shorter than that
// text, the text is the article's body.

// Bounds of the articleBody rule: the structured text must be an article's
// length, and the visible body must hold less than a third of its words
// (a teaser, a shell, a cut-off page); a visible body of comparable length
// is the article as printed, with its own structure, and stays.
const (
	ldBodyMinWords = 150
	ldBodyShare    = 3
	// ldBodyMaxBytes bounds the structured text read (a story is rarely
	// over 100 KB of text; a larger value is cut at a paragraph).
	ldBodyMaxBytes = 200000
	// ldLeadWords is the length from which a paragraph of the visible
	// body is a standfirst kept over the structured text.
	ldLeadWords = 12
)

// ldArticleBody returns the articleBody of the page's best-ranked
// article object (a NewsArticle, an Article, a BlogPosting …), or "".
func (m *PageMeta) ldArticleBody() string {
	best := -1
	for i, o := range m.ld {
		if o.body != "" && o.rank <= 3 && (best < 0 || o.rank < m.ld[best].rank) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return m.ld[best].body
}

// ldBodyParagraphs splits an articleBody into its paragraphs: at line
// breaks, and at the tags of block elements when a rich-text editor's
// markup came with it; inline tags are dropped and each paragraph's white
// space is normalised.
func ldBodyParagraphs(s string) []string {
	if len(s) > ldBodyMaxBytes {
		s = s[:ldBodyMaxBytes]
		if i := strings.LastIndexByte(s, '\n'); i > 0 {
			s = s[:i]
		}
	}
	if strings.Contains(s, "<") {
		s = ldTagRE.ReplaceAllStringFunc(s, func(tag string) string {
			name := strings.TrimLeft(tag, "</")
			if end := strings.IndexAny(name, " \t\n/>"); end >= 0 {
				name = name[:end]
			}
			if ldBlockTags[strings.ToLower(name)] {
				return "\n"
			}
			return ""
		})
	}
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		if line = textutil.NormalizeSpace(ldEntities(line)); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// preferLDBody returns the paragraphs of the page's articleBody in place of
// the body extracted from the page when the page prints much less of the
// text than its structured data holds (see the bounds above), and true;
// else blocks and false.
func preferLDBody(blocks []model.Block, ldBody string) ([]model.Block, bool) {
	if ldBody == "" {
		return blocks, false
	}
	ld := textutil.CountWords(ldBody)
	if ld < ldBodyMinWords {
		return blocks, false
	}
	ours := 0
	for _, b := range blocks {
		ours += textutil.CountWords(b.Text)
	}
	if ours*ldBodyShare >= ld {
		return blocks, false
	}
	paras := ldBodyParagraphs(ldBody)
	if len(paras) == 0 {
		return blocks, false
	}
	// The page's own standfirst, which a paywalled page prints over its
	// teaser and the structured text often leaves out, stays first: a
	// paragraph of the visible body of at least ldLeadWords words that
	// ends a sentence and is not in the structured text. Shorter lines of
	// the visible body (a rubric, a "read on with a subscription" line)
	// give way.
	out := make([]model.Block, 0, len(paras)+1)
	whole := textutil.NormalizeSpace(strings.Join(paras, " "))
	for _, b := range blocks {
		if b.Type == model.Paragraph && textutil.CountWords(b.Text) >= ldLeadWords && holdsSentenceMark(lastRunes(b.Text, 2)) &&
			!strings.Contains(whole, textutil.NormalizeSpace(b.Text)) {
			out = append(out, b)
		}
	}
	for _, p := range paras {
		out = append(out, model.Block{Type: model.Paragraph, Text: p})
	}
	return out, true
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	for i := len(s); i > 0; {
		_, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
		if n--; n == 0 {
			return s[i:]
		}
	}
	return s
}
