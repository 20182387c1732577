package htmlx

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A picture block without <figure>: many CMS templates (Bitrix's and
// other Russian and Ukrainian news engines', older WordPress themes')
// print a story's picture as a box of plain elements, the picture first,
// then a line of caption and a line of credit, each in its own <div>,
// <p> or <span>:
//
//	<div class="news-photo"><img …><div>Caption</div><div>Фото: Name</div></div>
//
// Such a box is read as a figure when one of its lines is a credit (by
// its class, see creditClass, or by its words: a credit label and a name
// and nothing else, see splitCredit) or its class names a caption.

// pictureBlock returns the box of plain elements around the picture
// element n that makes it a picture block, or nil: the element above n
// (past links, <picture> and wrappers that hold only the picture, at most
// three levels) whose other children are one to three short lines of
// text (at most 300 characters each, no picture), one of them a credit
// or a caption by its class.
func pictureBlock(n *html.Node) *html.Node {
	holder := n
	box := n.Parent
	for k := 0; k < 3 && box != nil && box.Type == html.ElementNode && onlyChild(box, holder); k++ {
		holder, box = box, box.Parent
	}
	if box == nil || box.Type != html.ElementNode {
		return nil
	}
	switch box.DataAtom {
	case atom.Div, atom.P, atom.Span, atom.Section, atom.A:
	default:
		return nil
	}
	// The box's other children are counted before any is read: a
	// container of many elements (an article body with its pictures) is
	// no picture block, and reading each child's text for each of its
	// pictures would cost pictures × paragraphs. (Up to three lines and
	// a few empty elements, <br> and the like, may stand beside the
	// picture.)
	others := 0
	for c := box.FirstChild; c != nil; c = c.NextSibling {
		if c != holder && c.Type == html.ElementNode {
			if others++; others > maxPictureBlockChildren {
				return nil
			}
		}
	}
	lines, marked := 0, false
	for c := box.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c == holder:
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return nil // loose text: the box is a paragraph
			}
		case c.Type != html.ElementNode:
		default:
			if holdsImage(c) || c.DataAtom == atom.Img {
				return nil
			}
			t := nodeText(c)
			if t == "" {
				continue
			}
			if utf8.RuneCountInString(t) > 300 {
				return nil
			}
			lines++
			if creditClass(attr(c, "class")) || strings.Contains(strings.ToLower(attr(c, "class")), "caption") || onlyCredit(t) {
				marked = true
			}
		}
	}
	if lines == 0 || lines > 3 || !marked {
		return nil
	}
	return box
}

// maxPictureBlockChildren is the most element children beside the picture
// a picture block's box is read for.
const maxPictureBlockChildren = 16

// onlyChild reports whether c is the only element child of p, with no
// text beside it.
func onlyChild(p, c *html.Node) bool {
	for x := p.FirstChild; x != nil; x = x.NextSibling {
		switch {
		case x == c:
		case x.Type == html.ElementNode:
			return false
		case x.Type == html.TextNode && strings.TrimSpace(x.Data) != "":
			return false
		}
	}
	return true
}

// onlyCredit reports whether t is a picture's credit and nothing else: a
// credit label (or a copyright sign) and a name ("Фото: Пётр Смирнов",
// "Photo : Jean Martin / AFP", "© Reuters"), or a name and an agency
// ("Ann Lee/Getty Images").
func onlyCredit(t string) bool {
	rest, credit := splitCredit(t)
	return rest == "" && credit != ""
}

// pictureBlockParts reads a picture block's caption and credit: the
// line whose class names a credit, or that is a credit by its words, is
// the credit; the other lines, in order, the caption (its own credit cut
// off by the press's conventions when no line was one).
func pictureBlockParts(box *html.Node) (caption, credit string) {
	var caps []string
	for c := box.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || holdsImage(c) || c.DataAtom == atom.Img {
			continue
		}
		t := nodeText(c)
		if t == "" {
			continue
		}
		if credit == "" && (creditClass(attr(c, "class")) && creditText(t) || onlyCredit(t)) {
			credit = unbracket(t)
			continue
		}
		caps = append(caps, t)
	}
	caption = strings.Join(caps, " ")
	if credit == "" {
		caption, credit = splitCredit(caption)
	}
	return caption, credit
}

// figureLines takes out of the body the credit lines of the figure just
// before them: a paragraph that repeats the figure's credit (a picture
// block's lines are also the walk's paragraphs when their classes do not
// mark them as furniture), and a paragraph that is only a picture's
// credit ("Фото: Андрій Шевченко", "Photo : AFP"), the way news
// templates print the credit on a line of its own under the picture: it
// becomes the figure's credit when the figure has none (also after the
// figure's caption line). A caption line stays, as a WordPress caption sentence stays (wpCaption): the author
// wrote it, and readers take it for the story's text. Other paragraphs,
// and a credit line after text, stay.
func figureLines(blocks []model.Block) []model.Block {
	out := blocks[:0]
	for _, b := range blocks {
		n := len(out)
		if n > 1 && out[n-1].Type == model.Paragraph && out[n-2].Type == model.Figure && out[n-2].Image != nil && out[n-1].Text == out[n-2].Image.Caption {
			n-- // the figure's caption line, which stays, between it and the credit
		}
		if n > 0 && out[n-1].Type == model.Figure && out[n-1].Image != nil && b.Type == model.Paragraph {
			im := out[n-1].Image
			if b.Text != "" && strings.EqualFold(b.Text, im.Credit) {
				continue
			}
			if utf8.RuneCountInString(b.Text) <= creditMaxRunes+10 && onlyCredit(b.Text) {
				if im.Credit == "" {
					c := *im
					_, c.Credit = splitCredit(b.Text)
					out[n-1].Image = &c
				}
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// galleryFill gives a picture of a gallery what the gallery's own
// caption says when the picture's figure does not: WordPress's gallery
// block (<figure class="wp-block-gallery"> around a <figure> a picture,
// with <figcaption class="blocks-gallery-caption"> for the whole) and
// the HTML standard's nested figures caption the set once. The set's
// caption stands for a picture without a caption of its own, and its
// credit ("… Photos: John Roe") for a picture without a credit.
func galleryFill(im *contentImage, fig *html.Node) {
	if fig == nil || fig.DataAtom != atom.Figure || im.caption != "" && im.credit != "" {
		return
	}
	outer := enclosing(fig.Parent, atom.Figure, 4)
	if outer == nil {
		return
	}
	var fc *html.Node
	for c := outer.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Figcaption {
			fc = c
		}
	}
	if fc == nil {
		return
	}
	caption, credit := splitCredit(nodeText(fc))
	if im.caption == "" {
		im.caption = caption
	}
	if im.credit == "" {
		im.credit = credit
	}
}
