package htmlx

import (
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// captionsOld is the caption reading of ContentWalker.image before
// perf22, done for every picture as the walk met it: the box of each
// picture (its <figure>, else the caption box in furniture that holds
// it, else its picture block) read at once, the last box remembered.
func captionsOld(ims []contentImage) []contentImage {
	out := make([]contentImage, len(ims))
	var capBox *html.Node
	var capText, capCredit string
	for i, im := range ims {
		im.caption, im.credit, im.resolved = "", "", false
		fig := enclosing(im.node.Parent, atom.Figure, 1000)
		if fig == nil {
			fig = im.box
		}
		parts := captionParts
		if fig == nil {
			if fig = pictureBlock(im.node); fig != nil {
				parts = pictureBlockParts
			}
		}
		if fig != nil {
			if fig != capBox {
				capBox = fig
				capText, capCredit = parts(fig)
			}
			im.caption, im.credit = capText, capCredit
			galleryFill(&im, fig)
		}
		out[i] = im
	}
	return out
}

// TestCaptionOfSame checks that the pictures' captions and credits read
// when they are handed on (captionOf, in any order: here last to first)
// are those the walk read as it met them, on the test pages, with the
// class hints and without.
func TestCaptionOfSame(t *testing.T) {
	n := 0
	for _, root := range equivPages(t) {
		for _, hints := range []bool{true, false} {
			w := &ContentWalker{UseHints: hints}
			w.Walk(root, WalkState{Owner: root}, 0)
			w.Flush()
			want := captionsOld(w.images)
			for i := len(w.images) - 1; i >= 0; i-- {
				w.captionOf(&w.images[i])
			}
			for i := range w.images {
				got, old := w.images[i], want[i]
				if got.caption != old.caption || got.credit != old.credit {
					t.Fatalf("picture %s: caption %q credit %q, want %q, %q", got.src, got.caption, got.credit, old.caption, old.credit)
				}
				if old.caption != "" || old.credit != "" {
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no picture with a caption or credit among the test pages")
	}
	t.Logf("%d captioned pictures compared", n)
}
