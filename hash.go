package article

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"golang.org/x/text/unicode/norm"
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
// digest.
func (a *Article) Hash() string {
	h := sha256.New()
	first := true
	write := func(s string) {
		s = strings.Join(strings.Fields(norm.NFC.String(s)), " ")
		if s == "" {
			return
		}
		if !first {
			h.Write([]byte{'\n'})
		}
		first = false
		h.Write([]byte(s))
	}
	write(a.Headline)
	for _, b := range a.Body {
		write(b.Text)
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}
