package htmlx

import "strings"

// The foot of the article.
//
// Below the last paragraph of a story, inside the element chosen as the
// article, most templates print short lines that are not the story: the
// post's footer (a "Posted by … at …" line, share counters, "Email"), a
// "More from …" or "Also in …" list, a newsletter box, a credit, a
// comment form's labels. The precision diagnosis (TestPrecisionLoss) finds
// such text after the body's last paragraph of prose the largest kind of
// extra text in the bodies of web-extract dev, spread over hundreds of
// sites. Lines there that end as sentences, or that the learned block
// scorer judges article text, are more often the story's last words (a
// signature, a short closing line) and stay; the others are left out once
// the body has some prose before them (footProseMin letters): a short body
// keeps every line it has.
//
// Chosen on web-extract dev by halves of its sites, from the rows
// -precisionrows writes: every line after the last prose that does not
// end a sentence cost F1 on both halves; with the scorer below footProbMax
// it gained on both (0.4 to 0.6 tried); with no prose minimum it lost.

// footProseMin is the letters of prose a body must hold before its foot's
// lines are left out.
const footProseMin = 800

// footProbMax is the learned probability under which a line of the foot
// is left out.
const footProbMax = 0.5

// footLines returns, in order, the blocks that the last emit kept after
// the body's last prose paragraph and that are not article text: lines
// that do not end a sentence and that the learned scorer doubts. None
// when the walk has no scorer's judgement (the fallback extraction's) or
// the body has less than footProseMin letters of prose before them.
//
// The blocks of a data table or a code block that the body sets whole
// (w.wholeIdx) are not the foot's lines, whatever their scores. A story
// often ends on its table of results or figures, or a tutorial on its
// code, after the last paragraph of prose; their cells and lines end no
// sentence and the learned scorer, trained on running text, doubts them,
// so the foot's rule took them for a footer and dropped the table or the
// code (in-article data table cells in place on web-extract validation,
// measured only: 0.759 before the rule, 0.585 with it).
func (w *ContentWalker) footLines() []int {
	if w.prob == nil || len(w.keptIdx) == 0 {
		return nil
	}
	last, prose := -1, 0
	for k, i := range w.keptIdx {
		if b := &w.Blocks[i]; isProse(b) {
			last, prose = k, prose+b.Runes
		}
	}
	if last < 0 || prose < footProseMin {
		return nil
	}
	var out []int
	whole := w.wholeIdx
	for _, i := range w.keptIdx[last+1:] {
		if !footKind(w.Blocks[i].kind) {
			continue
		}
		for len(whole) > 0 && whole[0] < i {
			whole = whole[1:]
		}
		if len(whole) > 0 && whole[0] == i {
			continue // a cell of a data table or a line of code
		}
		if w.prob[i] < footProbMax && !endsSentence(w.Blocks[i].Text) {
			out = append(out, i)
		}
	}
	return out
}

// footKind reports whether blocks of kind k can be a foot's lines: the
// footer's lines are paragraphs, headings and list items. A table's cells,
// a code block's lines and a picture's caption never end as sentences and
// are what they are wherever they stand: a results table or a listing
// that closes a story stays (issue 17's measure of table cells found the
// rule taking such tables).
func footKind(k blockKind) bool {
	return k == kindPara || k == kindHeading || k == kindItem
}

// isProse reports whether a block is a paragraph of prose: long, poor in
// links, ending as a sentence.
func isProse(b *textBlock) bool {
	return b.Runes >= 80 && b.LinkRun*5 < b.Runes && endsSentence(b.Text)
}

// endsSentence reports whether t ends with a sentence's punctuation,
// before any closing quotes, brackets or ellipsis.
func endsSentence(t string) bool {
	e := strings.TrimRight(t, "\"'”’»)] …")
	return e != "" && strings.ContainsAny(e[len(e)-1:], ".!?")
}
