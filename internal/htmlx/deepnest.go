package htmlx

import (
	"bytes"

	"golang.org/x/net/html"
)

// Pages nested too deep for the HTML parser.
//
// golang.org/x/net/html refuses a page whose open elements nest more than
// 512 deep. Real pages reach that with a template that never closes what
// it opens: a comment thread of unclosed <div>s, one per comment, after a
// whole article. flattenDeep rewrites such a page so that no element
// opens below maxOpenDepth: the start tags past that depth (and the end
// tags that would close them) are left out, their text kept where it
// stood, so the article before the thread is parsed as usual.

// maxOpenDepth is how deep flattenDeep lets elements nest: well under the
// parser's 512, which also counts the elements it opens itself.
const maxOpenDepth = 256

// voidElements never have content, so their start tag opens nothing.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// flattenDeep returns the page b with the start tags that would open
// elements deeper than maxOpenDepth left out, with their matching end
// tags; text, comments and every other tag are copied as they are. One
// pass over the page.
func flattenDeep(b []byte) []byte {
	z := html.NewTokenizer(bytes.NewReader(b))
	out := make([]byte, 0, len(b))
	depth := 0
	dropped := map[string]int{} // start tags left out, by name, still to be closed
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				break
			}
			if depth >= maxOpenDepth {
				dropped[string(name)]++
				continue
			}
			depth++
		case html.EndTagToken:
			name, _ := z.TagName()
			if n := dropped[string(name)]; n > 0 {
				dropped[string(name)] = n - 1
				continue
			}
			if depth > 0 {
				depth--
			}
		}
		out = append(out, raw...)
	}
}
