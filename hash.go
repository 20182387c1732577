package article

import (
	"crypto/sha256"
	"encoding/hex"

	"golang.org/x/text/unicode/norm"

	"github.com/articlekit/article/internal/textutil"
)

// Hash returns a fingerprint of the article's text, the same for the
// same article however it was scraped (different boilerplate, white space,
// Unicode composition) and different as soon as a word changes.
//
// The algorithm, for other systems to recompute it: take the headline and
// the text of each body block, in order; normalise each to Unicode NFC;
// collapse every run of white space to one space and trim the ends (as
// strings.Fields does); drop empty parts; join the parts with "\n"; hash
// the UTF-8 bytes with SHA-256; write "sha256:" and the lower-case hex
// digest. A nil Article has no hash: "".
func (a *Article) Hash() string {
	if a == nil {
		return ""
	}
	n := len(a.Headline)
	for _, b := range a.Body {
		n += len(b.Text) + 1
	}
	// The parts are written into one buffer and hashed at once: the same
	// bytes as hashing them part by part, without a string per part.
	buf := make([]byte, 0, n)
	write := func(s string) {
		if !textutil.NFCInert(s) { // ASCII, most Latin and Cyrillic text is its own NFC form
			s = norm.NFC.String(s)
		}
		start := len(buf)
		if start > 0 {
			buf = append(buf, '\n')
		}
		if textutil.SpaceNormal(s) { // the usual body text: its fields as they stand
			buf = append(buf, s...)
			return
		}
		fields := 0
		for f, i := textutil.NextField(s, 0); f != ""; f, i = textutil.NextField(s, i) {
			if fields > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, f...)
			fields++
		}
		if fields == 0 {
			buf = buf[:start] // an empty part is dropped, with its separator
		}
	}
	write(a.Headline)
	for _, b := range a.Body {
		write(b.Text)
	}
	sum := sha256.Sum256(buf)
	return "sha256:" + hex.EncodeToString(sum[:])
}
