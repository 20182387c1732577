package htmlx

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// captionOf sets the caption and credit of one of w's pictures, once:
// those of the <figure> around it, else of the caption box in furniture
// that holds it (captionBox), else of the picture block it stands in
// (pictureBlock, pic19_block.go), completed from a gallery's caption
// (galleryFill). The walk leaves this to the pictures it hands on, since
// the boxes are read from the tree, which does not change, and most
// pictures of a page are never handed on. The boxes of consecutive
// pictures are often one (a gallery): the last box read is remembered.
func (w *ContentWalker) captionOf(im *contentImage) {
	if im.resolved {
		return
	}
	im.resolved = true
	fig := enclosing(im.node.Parent, atom.Figure, 1000)
	if fig == nil {
		fig = im.box
	}
	parts, block := captionParts, false
	if fig == nil {
		if fig = pictureBlock(im.node); fig != nil {
			parts, block = pictureBlockParts, true // a box of plain elements (pic19_block.go)
		}
	}
	if fig == nil {
		return
	}
	if fig != w.capBox || block != w.capBlock {
		w.capBox, w.capBlock = fig, block
		w.capText, w.capCredit = parts(fig)
	}
	im.caption, im.credit = w.capText, w.capCredit
	galleryFill(im, fig) // pic19_block.go
}

// blankText reports whether s is white space only, as
// strings.TrimSpace(s) == "" does, without a call for the common cases:
// a text that opens with a letter, and the ASCII indentation between
// elements.
func blankText(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.TrimSpace(s[i:]) == ""
		case c != ' ' && (c < '\t' || c > '\r'):
			return false
		}
	}
	return true
}
