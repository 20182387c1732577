package htmlx

import (
	"html"

	"github.com/articlekit/article/internal/textutil"
)

// ldImageCaptions reads the captions of the pictures an article's
// JSON-LD names as its image: schema.org's ImageObject carries the
// picture's caption in "caption" (Yoast's #primaryimage and most CMS
// plugins write it), as text or as a MediaObject with a "text". The
// caption is keyed by the address ldURLs reads for the same object, so
// that it goes with the picture it describes; nil when none has one.
func ldImageCaptions(v any, ids map[string]map[string]any) map[string]string {
	var out map[string]string
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 3 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				walk(deref(e, ids), depth+1)
			}
		case map[string]any:
			urls := ldURLs(t, ids)
			if len(urls) == 0 {
				return
			}
			var c string
			switch x := t["caption"].(type) {
			case string:
				c = x
			case map[string]any:
				c, _ = x["text"].(string)
			}
			if c = textutil.NormalizeSpace(html.UnescapeString(c)); c == "" {
				return
			}
			if out == nil {
				out = make(map[string]string)
			}
			out[urls[0]] = c
		}
	}
	walk(v, 0)
	return out
}
