package htmlx

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

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
	// over 100 KB of text; a larger value is cut at a paragraph, or
	// between words when it is one paragraph).
	ldBodyMaxBytes = 200000
	// ldLeadWords is the length from which the visible body's first
	// paragraph is a standfirst kept over the structured text.
	ldLeadWords = 12
	// ldLeadBlocks is how many blocks at the visible body's top are
	// looked at for the standfirst.
	ldLeadBlocks = 3
)

// ldArticleBody returns the articleBody of the page's own article object:
// the best-ranked article object (a NewsArticle, an Article, a
// BlogPosting …) whose headline is the page's headline. Objects for other
// stories (a related story's, a list's items) do not give the body.
func (m *PageMeta) ldArticleBody(headline string) string {
	if headline == "" {
		return ""
	}
	best := -1
	for i, o := range m.ld {
		if o.body == "" || o.rank > 3 || best >= 0 && o.rank >= m.ld[best].rank {
			continue
		}
		if SameTitle(o.headline, headline) || SameTitle(headline, o.headline) {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return m.ld[best].body
}

// ldBodyParagraphs returns an articleBody as plain paragraphs. Entities are
// decoded first (some CMSs escape the markup of their rich-text field);
// text with markup is read as an HTML fragment, a paragraph for each block
// element and line break, without scripts, styles, embeds and pictures;
// plain text is split at its line breaks. White space is normalised.
func ldBodyParagraphs(s string) []string {
	if len(s) > ldBodyMaxBytes {
		s = s[:ldBodyMaxBytes]
		if i := strings.LastIndexByte(s, '\n'); i > 0 {
			s = s[:i]
		} else if i := strings.LastIndexByte(s, ' '); i > 0 {
			s = s[:i] // one long paragraph: cut between words
		}
	}
	s = ldEntities(s)
	if strings.Contains(s, "<") {
		ctx := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
		if nodes, err := html.ParseFragment(strings.NewReader(s), ctx); err == nil {
			var b strings.Builder
			for _, n := range nodes {
				ldFragmentText(&b, n, 0)
			}
			s = b.String()
		}
	}
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		if line = textutil.NormalizeSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// ldFragmentText writes the text of an articleBody's markup under n, a
// line break at the edges of block elements and at <br>; what a reader
// does not read as the story's text (scripts, styles, embeds, pictures
// and their captions, forms, comments) is left out.
func ldFragmentText(b *strings.Builder, n *html.Node, depth int) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	if depth > 100 {
		return
	}
	block := false
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Object, atom.Embed,
		atom.Video, atom.Audio, atom.Figure, atom.Img, atom.Picture, atom.Form, atom.Button, atom.Select:
		return
	case atom.Br:
		b.WriteByte('\n')
		return
	case atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.Blockquote, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Pre, atom.Table, atom.Tr, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Aside, atom.Dl, atom.Dt, atom.Dd, atom.Hr:
		block = true
	}
	if block {
		b.WriteByte('\n')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		ldFragmentText(b, c, depth+1)
	}
	if block {
		b.WriteByte('\n')
	}
}

// preferLDBody returns the paragraphs of the page's articleBody in place of
// the body extracted from the page when the page prints much less of the
// text than its structured data holds (see the bounds above), and true;
// else blocks and false. A structured text that ends cut off ("…") is a
// teaser of its own and replaces nothing.
func preferLDBody(blocks []model.Block, ldBody string) ([]model.Block, bool) {
	if ldBody == "" {
		return blocks, false
	}
	ours := 0
	for _, b := range blocks {
		ours += textutil.CountWords(b.Text)
	}
	// The raw text counts at least the words of its plain text (a tag's
	// attributes add words, never take any away): most pages are settled
	// here, before the text is read.
	if raw := textutil.CountWords(ldBody); raw < ldBodyMinWords || ours*ldBodyShare >= raw {
		return blocks, false
	}
	paras := ldBodyParagraphs(ldBody)
	if len(paras) == 0 {
		return blocks, false
	}
	whole := strings.Join(paras, "\n")
	ld := textutil.CountWords(whole)
	last := strings.TrimRight(paras[len(paras)-1], " \"'»”)]")
	if ld < ldBodyMinWords || ours*ldBodyShare >= ld || strings.HasSuffix(last, "…") || strings.HasSuffix(last, "...") {
		return blocks, false
	}
	out := make([]model.Block, 0, len(paras)+1)
	if lead := visibleStandfirst(blocks, whole); lead != nil {
		out = append(out, *lead)
	}
	for _, p := range paras {
		out = append(out, model.Block{Type: model.Paragraph, Text: p})
	}
	return out, true
}

// visibleStandfirst returns the page's own standfirst, which a paywalled
// page prints over its teaser and the structured text often leaves out:
// the first paragraph of the visible body that is ldLeadWords words or
// more and ends a sentence, among its first ldLeadBlocks blocks (a
// rubric line or a picture may come before it), when its words are not a
// run of the structured text's (compared as lower-case words, so that
// quote marks and dashes do not tell two copies apart). Else nil.
func visibleStandfirst(blocks []model.Block, ld string) *model.Block {
	for i, b := range blocks[:min(len(blocks), ldLeadBlocks)] {
		if b.Type != model.Paragraph || textutil.CountWords(b.Text) < ldLeadWords || !holdsSentenceMark(lastRunes(b.Text, 2)) {
			continue
		}
		if strings.Contains(" "+wordKey(ld)+" ", " "+wordKey(b.Text)+" ") {
			return nil
		}
		return &blocks[i]
	}
	return nil
}

// wordKey is s as its lower-case words (runs of letters and digits) joined
// by single spaces.
func wordKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; i > 0 && n > 0; n-- {
		for i--; i > 0 && s[i]&0xC0 == 0x80; i-- {
		}
	}
	return s[i:]
}
