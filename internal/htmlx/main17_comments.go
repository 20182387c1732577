package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The retry without class hints must not land in the reader comments.
//
// A post of a picture or a video carries a line or two of text; the
// thread under it is often longer than everything else on the page. The
// first walk leaves the thread out by its names, the body comes out
// short, and the retry without hints (extractContent: a wrapper wrongly
// named furniture may have hidden the article) then chooses the thread.
// Blog engines and comment services name the thread's container for
// what it is: WordPress's #comments, ol.commentlist, li#comment-N and
// its reply form #respond, Disqus's #disqus_thread, and the like. An
// element under such a name is never the article, so the retry's choice
// there is refused and the short body stands; so is the readability
// fallback's body (fallback.go) when most of its first blocks are text
// the page prints under such a name.
//
// Measured on web-extract dev by site halves (siteHalf of the metadata
// tests): half 0 0.9314 -> 0.9303, half 1 0.9260 -> 0.9291; 6 pages
// change: four video and photo posts of three sites whose body had been
// their thread (+0.18 to +0.92), and two pages whose truths keep the
// thread (-0.74 buzzmachine, whose truth has no comments separator;
// -0.50 a Dragnet page whose separator line is misspelt, so its comments
// stayed in the truth). AEB and trafilatura-dev: no page changes. The
// broader form (any furniture name above the retry's choice: sidebars,
// footers) changed 42 dev pages, 15 up and 27 down, and was not kept.

// maxThreadClimb bounds the ancestors read above the retry's choice.
const maxThreadClimb = 8

// inCommentThread reports whether n, or one of its ancestors up to
// maxThreadClimb levels (never <body> or <html>, whose classes describe
// the page: WordPress's body class "comments-open"), names a reader
// comment thread or its reply form in a class or id word.
func inCommentThread(n *html.Node) bool {
	for k := 0; n != nil && k <= maxThreadClimb; k, n = k+1, n.Parent {
		if n.Type != html.ElementNode || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
			continue
		}
		if threadName(attr(n, "id")) || threadName(attr(n, "class")) {
			return true
		}
	}
	return false
}

// threadName reports whether a class or id value holds a word naming a
// comment thread: "comment" and its compounds (commentWord), "respond",
// or one starting with "disqus".
func threadName(v string) bool {
	if v == "" {
		return false
	}
	var buf [256]byte
	low := textutil.LowerJoin(buf[:], v)
	for i := 0; ; {
		var t string
		if t, i = textutil.NextField(low, i); t == "" {
			return false
		}
		t = strings.TrimLeft(t, "#._-")
		if commentWord(t) || t == "respond" || strings.HasPrefix(t, "disqus") {
			return true
		}
	}
}

// altInThread reports whether the readability fallback's body alt was
// taken from a reader comment thread of the page: most of its first
// blocks (up to altProbe of them) are found in blocks of the first walk
// under a container inCommentThread names. The fallback's tree is its own
// copy, so its blocks are found again by their first words, white space
// set alike (the two walks break the lines of a <br> apart differently);
// the walk's text is read once for each block probed.
func (w *ContentWalker) altInThread(alt []model.Block) bool {
	var norm []string // the walk's block texts, white space made single spaces
	probed, inThread := 0, 0
	for _, a := range alt {
		if probed == altProbe {
			break
		}
		head := strings.Join(strings.Fields(a.Text), " ")
		if len(head) < altProbeMin {
			continue // a comment's number or a short line may be anywhere
		}
		whole := head
		head, tail := head[:altProbeMin], head[len(head)-altProbeMin:]
		if norm == nil {
			norm = make([]string, len(w.Blocks))
			for i := range w.Blocks {
				norm[i] = strings.Join(strings.Fields(w.Blocks[i].Text), " ")
			}
		}
		probed++
		for i := range norm {
			// The block holds the alt block's first or last words, or
			// opens it (the first walk cut at a <br><br>, the fallback
			// ran a comment's name, date and text together).
			if strings.Contains(norm[i], head) || strings.Contains(norm[i], tail) ||
				len(norm[i]) >= altProbeShort && strings.HasPrefix(whole, norm[i]) {
				if inCommentThread(w.Blocks[i].owner) {
					inThread++
				}
				break
			}
		}
	}
	return probed > 0 && inThread*2 > probed
}

// altProbeMin is the length in bytes of the first words altInThread looks
// for, and of the shortest block it probes: shorter ones (a comment's
// number, "Reply") repeat over the page.
const altProbeMin = 40

// altProbeShort is the shortest block of the first walk that may be
// found as the opening of a fallback block.
const altProbeShort = 12

// altProbe is how many of the fallback body's first blocks altInThread
// looks for.
const altProbe = 3

// commentWord reports whether a class or id word names reader comments:
// "comment" or "comments" alone or before a separator or a number
// (comment-59531, comments_container, comments-area), or a compound of
// comment engines (commentlist, commentsarea, commentbox, commentform).
// "commentary" and "commentator" are an opinion column and its writer,
// the article itself.
func commentWord(t string) bool {
	rest, ok := strings.CutPrefix(t, "comment")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "s")
	if rest == "" || strings.ContainsAny(rest[:1], "-_0123456789") {
		return true
	}
	switch rest {
	case "list", "area", "box", "block", "thread", "form", "section", "wrap", "wrapper", "container":
		return true
	}
	return false
}
