package htmlx

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"

	"golang.org/x/net/html/atom"
)

// Inline marks (links, emphasis, strong emphasis, inline code) are
// recorded during the content walk as byte ranges of the block's raw text
// (openMark / closeMark), mapped onto the block's normalised text when the
// block is flushed (alignSpans), shifted when list items or quotation
// paragraphs are joined into one block (emit), and their link addresses
// made absolute once the page's base address is known (resolveSpans). A
// mark that does not begin and end inside one block (a link around two
// paragraphs) is not kept: a span never crosses a block.

// maxSpansPerBlock bounds the marks one block keeps, so that a hostile
// page of nested inline elements costs linear time.
const maxSpansPerBlock = 200

// markOfHref returns the inline mark an element a makes, and a link's
// raw address (href, its href attribute, read for a link only); "" when
// it makes none.
func markOfHref(a atom.Atom, href string) (model.SpanType, string) {
	switch a {
	case atom.A:
		href := strings.TrimSpace(href)
		if href == "" {
			return "", ""
		}
		return model.SpanLink, href
	case atom.Em, atom.I:
		return model.SpanEmphasis, ""
	case atom.Strong, atom.B:
		return model.SpanStrong, ""
	case atom.Code, atom.Kbd, atom.Samp, atom.Tt:
		return model.SpanCode, ""
	}
	return "", ""
}

// openMark is a mark being walked: which block it began in and where in
// that block's raw text.
type openMark struct {
	typ   model.SpanType
	url   string
	block int
	pos   int
}

// open notes where a mark begins: in the block being gathered, or at the
// start of the next one.
func (w *ContentWalker) open(typ model.SpanType, url string) openMark {
	if w.cur == nil {
		return openMark{typ: typ, url: url, block: len(w.Blocks), pos: 0}
	}
	return openMark{typ: typ, url: url, block: len(w.Blocks) - 1, pos: len(w.buf)}
}

// close ends a mark: kept when the block it began in is still being
// gathered and the mark holds text.
func (w *ContentWalker) close(m openMark) {
	if w.cur == nil || len(w.Blocks)-1 != m.block || len(w.buf) <= m.pos || len(w.cur.spans) >= maxSpansPerBlock {
		return
	}
	w.cur.spans = append(w.cur.spans, model.Span{Type: m.typ, URL: m.url, Start: m.pos, End: len(w.buf)})
}

// alignSpans maps marks, given as byte ranges of raw, onto text, which is
// raw with white space runs collapsed to one space, the ends trimmed and
// some invisible characters dropped (textutil.NormalizeSpace): text is a
// subsequence of raw in which every space stands for a run of white
// space. Each range is then trimmed of spaces at its ends, and dropped
// when empty or when it overlaps an earlier span without nesting in it.
// The spans come back in order of start, each with its anchor text.
func alignSpans(raw []byte, text string, marks []model.Span) []model.Span {
	if len(marks) == 0 || text == "" {
		return nil
	}
	// The raw offsets the marks use, sorted, and the text offset of
	// each, found in one pass over raw.
	pts := make([]int, 0, 2*len(marks))
	for _, m := range marks {
		pts = append(pts, m.Start, m.End)
	}
	slices.Sort(pts)
	pts = slices.Compact(pts)
	at := make([]int, len(pts))
	j, k := 0, 0
	for i := 0; i <= len(raw) && k < len(pts); {
		for k < len(pts) && pts[k] == i {
			at[k] = j
			k++
		}
		if i == len(raw) {
			break
		}
		r, size := utf8.DecodeRune(raw[i:])
		if j < len(text) {
			t, tsize := utf8.DecodeRuneInString(text[j:])
			if sp := isRawSpace(r); sp && t == ' ' || !sp && r == t {
				j += tsize
			}
		}
		i += size
	}
	mapped := func(off int) int {
		i, _ := slices.BinarySearch(pts, off)
		return at[i]
	}
	var out []model.Span
	for _, m := range marks {
		s, e := mapped(m.Start), mapped(m.End)
		for s < e && text[s] == ' ' {
			s++
		}
		for e > s && text[e-1] == ' ' {
			e--
		}
		if s >= e || !utf8.RuneStart(text[s]) || (e < len(text) && !utf8.RuneStart(text[e])) {
			continue
		}
		out = append(out, model.Span{Type: m.Type, URL: m.URL, Start: s, End: e})
	}
	return nestSpans(out, text)
}

// isRawSpace reports whether NormalizeSpace reads r as white space.
func isRawSpace(r rune) bool {
	return r == ' ' || r >= '\t' && r <= '\r' || r == '\u00a0' || r >= utf8.RuneSelf && unicode.IsSpace(r)
}

// nestSpans orders spans by start (the longer first at one start), drops
// duplicates, spans that overlap an earlier one without nesting in it, and
// links inside links, and sets each span's anchor.
func nestSpans(spans []model.Span, text string) []model.Span {
	// Insertion sort: the marks come nearly in order, and are few.
	for i := 1; i < len(spans); i++ {
		for k := i; k > 0 && (spans[k].Start < spans[k-1].Start ||
			spans[k].Start == spans[k-1].Start && spans[k].End > spans[k-1].End); k-- {
			spans[k], spans[k-1] = spans[k-1], spans[k]
		}
	}
	out := spans[:0]
	var stack []model.Span // the kept spans that enclose the current one
	for _, sp := range spans {
		for len(stack) > 0 && stack[len(stack)-1].End <= sp.Start {
			stack = stack[:len(stack)-1]
		}
		ok := true
		for _, outer := range stack {
			if sp.End > outer.End || sp == outer ||
				(sp.Type == outer.Type && sp.Start == outer.Start && sp.End == outer.End) ||
				(sp.Type == model.SpanLink && outer.Type == model.SpanLink) || outer.Type == model.SpanCode {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		sp.Anchor = text[sp.Start:sp.End]
		out = append(out, sp)
		stack = append(stack, sp)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// shiftSpans returns spans moved by off bytes, appended to dst.
func shiftSpans(dst, spans []model.Span, off int) []model.Span {
	for _, sp := range spans {
		sp.Start += off
		sp.End += off
		dst = append(dst, sp)
	}
	return dst
}

// resolveSpans makes the link addresses of the body absolute against
// base and drops the links that are not web addresses (scripts, mail,
// data, a relative address with no base) or that point to a place in the
// page itself (a "#" anchor); with noLinks every link is dropped.
func resolveSpans(body []model.Block, base urlBase, noLinks bool) {
	for i := range body {
		b := &body[i]
		if len(b.Spans) == 0 {
			continue
		}
		out := b.Spans[:0]
		for _, sp := range b.Spans {
			if sp.Type == model.SpanLink {
				if noLinks || strings.HasPrefix(sp.URL, "#") {
					continue
				}
				u := base.resolve(sp.URL)
				if u == "" {
					continue
				}
				sp.URL = u
			}
			out = append(out, sp)
		}
		if len(out) == 0 {
			out = nil
		}
		b.Spans = out
	}
}
