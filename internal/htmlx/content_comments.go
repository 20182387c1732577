package htmlx

import (
	"bytes"
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// Reader comments printed as paragraphs.
//
// Blog engines print each reader comment with a signature line of its
// own: Movable Type and TypePad "Posted by: Ellen at September 10, 2012
// 11:40 AM", WordPress "Emily November 4, 2012 at 9:41 pm" or "Daven
// says: …", Blogger "Ellen said..." with the date. Where the template
// gives the thread no element of its own (no "comments" class, no count
// heading, which isCommentCount reads), its posts come out as the article's
// paragraphs, after the story. Two such lines under the chosen element,
// once the body holds some text, are a comment thread: the body ends at
// the first of them. A single line of the kind is left alone (a post's own
// footer, "Posted by laurie at …", takes no colon after "by"). Lines in
// a quotation are not read: a forum's quoted reply ("Nixe said:") and an
// embedded social post ("A post shared by … on Jun 16, 2019 at 7:30am")
// sign the same way.
//
// Chosen on web-extract dev (sites split in halves, on the bodies as
// extracted): 5 pages gained (three Movable Type threads, two WordPress),
// none lost; half 0 +0.0003, half 1 +0.0020. Looser forms (any short line
// with a date repeated three times) cut CleanEval pages whose truth is the
// posts of a blog's front page or the reviews of a recipe (-0.008 on each
// half), so the signature must name the comment's grammar, and the body
// must hold 400 letters before it (a page that opens on the posts is
// the posts).

// commentDate is a date as English blog engines print it: "September 10,
// 2012", "10 Sep 2012", "12/31/2005".
const commentDate = `(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}` +
	`|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?,?\s+\d{4}` +
	`|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})`

// reCommentSig is a comment's signature line: "Posted by: name …", or a
// name that "said"/"says"/"wrote" with the date. A bare "name said:" is
// left out: forums print it over a quoted reply.
var reCommentSig = regexp.MustCompile(`(?i)(?:^posted by:\s)` +
	`|(?:\b(?:said|says|wrote)\s*(?:\.\.\.|…|:)?\s*(?:on\s+)?` + commentDate + `)`)

// reCommentDateAt is the WordPress form of a signature: a date "at" a
// time, which ends the line. isCommentSig asks for the commenter's name
// before it: a date and time alone, or after a label with a colon, also
// heads a live blog's updates ("Update, September 10, 2012 at 9:41 pm:
// …"), which are the story.
var reCommentDateAt = regexp.MustCompile(`(?i)` + commentDate + `,?\s+(?:at|@)\s+\d{1,2}:\d\d\s*(?:am|pm|a\.m\.|p\.m\.)?`)

// maxCommentSig is the longest signature line read, in bytes.
const maxCommentSig = 150

// isCommentSig reports whether a block is a comment's signature line.
func isCommentSig(b *textBlock) bool {
	t := b.Text
	if len(t) > maxCommentSig || b.quote != nil || (b.kind != kindPara && b.kind != kindHeading && b.kind != kindItem) {
		return false
	}
	// Every form but "Posted by:" holds a date's digits: most lines are
	// turned down before the expression runs.
	posted := len(t) >= 10 && strings.EqualFold(t[:10], "posted by:")
	if !posted && !strings.ContainsAny(t, "0123456789") {
		return false
	}
	// The words each form needs, in lower case, before any expression
	// runs: a verb of saying, or a time after "at" or "@".
	var buf [maxCommentSig]byte
	low := buf[:len(t)]
	for i := range len(t) {
		c := t[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	said := bytes.Contains(low, []byte("said")) || bytes.Contains(low, []byte("says")) || bytes.Contains(low, []byte("wrote"))
	if (posted || said) && reCommentSig.MatchString(t) {
		return true
	}
	if !bytes.Contains(low, []byte(":")) || !bytes.Contains(low, []byte(" at ")) && !bytes.Contains(low, []byte("@")) {
		return false
	}
	loc := reCommentDateAt.FindStringIndex(t)
	if loc == nil {
		return false
	}
	return isSigName(t[:loc[0]]) && isSigTail(t[loc[1]:])
}

// isSigName reports whether the text before a signature's date is a
// commenter's name: one to five words (a leading comment number allowed),
// no colon or comma of a label ("Update:", "Update,"), not an update's
// heading word.
func isSigName(s string) bool {
	f := strings.Fields(s)
	if len(f) > 0 && strings.Trim(f[0], "0123456789.#") == "" {
		f = f[1:]
	}
	if len(f) == 0 || len(f) > 5 || strings.ContainsAny(s, ":,") {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "update", "updated", "updates", "edit", "edited", "correction":
		return false
	}
	return true
}

// isSigTail reports whether what follows a signature's time is only the
// template's furniture: separators and a "Reply" or "Permalink" link.
func isSigTail(s string) bool {
	for _, w := range strings.Fields(s) {
		switch strings.ToLower(strings.Trim(w, "|#·-–—()[]")) {
		case "", "reply", "permalink", "link", "#":
		default:
			return false
		}
	}
	return true
}

// commentThreadAt reports whether block i opens a comment thread printed
// as paragraphs: it is a signature line and another follows it under root.
func (w *ContentWalker) commentThreadAt(root *html.Node, i int) bool {
	if !isCommentSig(&w.Blocks[i]) {
		return false
	}
	for j := i + 1; j < len(w.Blocks); j++ {
		if b := &w.Blocks[j]; !b.boiler && isCommentSig(b) && isAncestor(root, b.owner) {
			return true
		}
	}
	return false
}
