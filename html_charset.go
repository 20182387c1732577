package article

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// charsetScanLimit is how far into a page a <meta> charset declaration is
// looked for. The HTML standard says 1024 bytes; real pages put it later.
const charsetScanLimit = 64 << 10

// decodeHTML converts an HTML page to UTF-8. The encoding is taken, in this
// order, from a byte-order mark, from the bytes themselves when they are
// valid UTF-8 with non-ASCII text (pages re-saved as UTF-8 often keep their
// old declaration), from a <meta charset> or http-equiv declaration, and
// finally from sniffing the bytes.
func decodeHTML(b []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return b[3:], nil
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), b)
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), b)
	}
	if looksBinary(b) {
		return nil, fmt.Errorf("%w: input looks binary (many NUL bytes; or UTF-16 without a BOM)", ErrEncoding)
	}
	if utf8.Valid(b) {
		return b, nil
	}
	if e := declaredCharset(b); e != nil {
		return decodeWith(e, b)
	}
	return decodeWith(sniffCharset(b), b)
}

func decodeWith(e encoding.Encoding, b []byte) ([]byte, error) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrEncoding, err)
	}
	return out, nil
}

// declaredCharset finds the first usable charset declared in a <meta> tag
// (charset="…" or http-equiv content="…; charset=…"), or nil. A declared
// UTF-8 or UTF-16 is ignored here: the caller only asks when the bytes are
// not valid UTF-8, and a UTF-16 page without a BOM is not a thing browsers
// honour.
func declaredCharset(b []byte) encoding.Encoding {
	if len(b) > charsetScanLimit {
		b = b[:charsetScanLimit]
	}
	lower := bytes.ToLower(b)
	for off := 0; ; {
		i := bytes.Index(lower[off:], []byte("<meta"))
		if i < 0 {
			return nil
		}
		start := off + i
		end := bytes.IndexByte(lower[start:], '>')
		if end < 0 {
			return nil
		}
		tag := lower[start : start+end]
		off = start + end
		j := bytes.Index(tag, []byte("charset"))
		if j < 0 {
			continue
		}
		v := bytes.TrimLeft(tag[j+len("charset"):], " \t\r\n")
		if len(v) == 0 || v[0] != '=' {
			continue
		}
		v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
		k := bytes.IndexAny(v, " \t\r\n\"';/>")
		if k >= 0 {
			v = v[:k]
		}
		e, name := charset.Lookup(string(v))
		if e == nil || name == "utf-8" || name == "utf-16le" || name == "utf-16be" {
			continue
		}
		return e
	}
}

// sniffCharset guesses the encoding of a page that is not UTF-8 and does not
// say what it is: Shift_JIS when the bytes decode cleanly as Japanese,
// windows-1251 or KOI8-R when most high bytes come in runs (words of a
// Cyrillic text; the two are told apart by which half of the high range,
// lower or upper case, dominates), else windows-1252.
func sniffCharset(b []byte) encoding.Encoding {
	if looksShiftJIS(b) {
		return japanese.ShiftJIS
	}
	var inRun, high, upperHalf, lowerHalf int
	run := 0
	flush := func() {
		if run >= 3 {
			inRun += run
		}
		run = 0
	}
	for _, c := range b {
		if c < 0x80 {
			flush()
			continue
		}
		high++
		run++
		switch {
		case c >= 0xe0:
			upperHalf++
		case c >= 0xc0:
			lowerHalf++
		}
	}
	flush()
	if high > 0 && inRun*2 >= high {
		// In windows-1251 lower-case letters are 0xE0–0xFF; in KOI8-R they
		// are 0xC0–0xDF. Running text is mostly lower case.
		if lowerHalf > upperHalf {
			return charmap.KOI8R
		}
		return charmap.Windows1251
	}
	return charmap.Windows1252
}

// looksShiftJIS reports whether b reads as Japanese in Shift_JIS: kana
// (which every Japanese text is full of, and which no European text decoded
// this way produces) make up a good part of its non-ASCII characters.
func looksShiftJIS(b []byte) bool {
	out, err := japanese.ShiftJIS.NewDecoder().Bytes(b)
	if err != nil {
		return false
	}
	var kana, other int
	for _, r := range string(out) {
		switch {
		case r < 0x80:
		case r >= 0x3040 && r <= 0x30ff:
			kana++
		default:
			other++
		}
	}
	return kana >= 2 && kana*3 >= other
}
