package charset

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/articlekit/article/internal/model"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// charsetScanLimit is how far into a page a <meta> charset declaration is
// looked for. The HTML standard says 1024 bytes; real pages put it later.
const charsetScanLimit = 64 << 10

// DecodeHTML converts an HTML page to UTF-8 the way a browser reading a
// file would, so that no page is refused for its encoding. The encoding is
// taken, in this order, from a byte-order mark; from the bytes themselves
// when they are valid UTF-8 (pages re-saved as UTF-8 often keep their old
// declaration); from a <meta charset> or http-equiv declaration, unless the
// bytes are plainly UTF-8 with a few stray bytes (a declaration the bytes
// contradict); and for a page that declares nothing usable, from the bytes
// (decodeUndeclared). Only input that is not text at all fails, with
// ErrEncoding. An unclosed <title> is closed (closeRunawayTitle).
func DecodeHTML(b []byte) ([]byte, error) {
	u, err := decodeHTMLBytes(b)
	if err != nil {
		return nil, err
	}
	return CloseRunawayTitle(u), nil
}

// decodeHTMLBytes is decodeHTML without the repair of the title.
func decodeHTMLBytes(b []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return b[3:], nil
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), b)
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), b)
	}
	if err := notText(b); err != nil {
		return nil, err
	}
	if utf8.Valid(b) {
		return b, nil
	}
	if e := declaredCharset(b); e != nil && !mostlyUTF8(b) {
		return decodeWith(e, b)
	}
	return decodeUndeclared(b), nil
}

// DecodeUndeclared decodes bytes that are not valid UTF-8 and carry no
// usable declaration. Bytes that are UTF-8 but for a few stray bytes (a
// UTF-8 template around text pasted from a Latin-1 source, a page cut in
// the middle of a character) are read as UTF-8, each stray byte as
// windows-1252. Otherwise the bytes are sniffed: Shift_JIS, windows-1251
// or KOI8-R where they clearly say so (sniffCharset), and else
// windows-1252, the WHATWG fallback for undeclared pages, where UTF-8
// sequences that do occur are kept.
func decodeUndeclared(b []byte) []byte {
	if !mostlyUTF8(b) {
		if e := SniffCharset(b); e != charmap.Windows1252 {
			if out, err := e.NewDecoder().Bytes(b); err == nil {
				return out
			}
		}
	}
	return utf8OrWindows1252(b)
}

// mostlyUTF8 reports whether b, which is not valid UTF-8, is UTF-8 text
// with some stray bytes: its valid multi-byte sequences are at least three
// and outnumber the invalid bytes two to one. Text in a legacy encoding
// forms valid UTF-8 sequences only by chance (a capital letter followed by
// a symbol in Latin-1; rarely in Cyrillic), far fewer than its invalid
// bytes.
func mostlyUTF8(b []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			valid++
		}
		i += n
	}
	return valid >= 3 && valid >= 2*invalid
}

// utf8OrWindows1252 decodes b as UTF-8, reading each byte that does not
// start a valid UTF-8 sequence as windows-1252. For text with no UTF-8
// sequences this is windows-1252 decoding.
func utf8OrWindows1252(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			out = append(out, b[i])
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			out = utf8.AppendRune(out, charmap.Windows1252.DecodeByte(b[i]))
		} else {
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	return out
}

func decodeWith(e encoding.Encoding, b []byte) ([]byte, error) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", model.ErrEncoding, err)
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
		// The WHATWG "replacement" encoding (labels such as iso-2022-kr)
		// turns a whole page into one U+FFFD: a browser's safety measure,
		// no use to a reader of the page's text.
		if e == nil || name == "utf-8" || name == "utf-16le" || name == "utf-16be" || name == "replacement" {
			continue
		}
		return e
	}
}

// SniffCharset guesses the encoding of a page that is not UTF-8 and does not
// say what it is: Shift_JIS when the bytes decode cleanly as Japanese,
// windows-1251 or KOI8-R (KOI8-U when it holds Ukrainian letters) when the
// bytes read as Cyrillic words, else
// windows-1252. In both Cyrillic encodings every letter but Ё is a byte
// 0xC0–0xFF, and Russian words are runs of them; Latin-1 text uses that
// range for single accented letters between ASCII ones. So the page is
// Cyrillic when three in four of its high bytes are in that range and at
// least half of those come in runs of three or more. The two are told apart
// by which half of the range, lower or upper case, dominates.
func SniffCharset(b []byte) encoding.Encoding {
	if looksShiftJIS(b) {
		return japanese.ShiftJIS
	}
	var inRun, high, letters, upperHalf, lowerHalf int
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
		if c < 0xc0 {
			flush()
			continue
		}
		letters++
		run++
		if c >= 0xe0 {
			upperHalf++
		} else {
			lowerHalf++
		}
	}
	flush()
	if inRun >= 6 && letters*4 >= high*3 && inRun*2 >= letters {
		// In windows-1251 lower-case letters are 0xE0–0xFF; in KOI8-R they
		// are 0xC0–0xDF. Running text is mostly lower case.
		if lowerHalf > upperHalf {
			if koi8uLetters(b) {
				return charmap.KOI8U
			}
			return charmap.KOI8R
		}
		return charmap.Windows1251
	}
	return charmap.Windows1252
}

// koi8uLetters reports whether KOI8 text holds the bytes KOI8-U gives
// Ukrainian's і, ї, є and ґ (upper and lower case), which KOI8-R spends
// on box-drawing characters no news text uses between its words: such a
// text is Ukrainian in KOI8-U, which writes Russian as KOI8-R does.
func koi8uLetters(b []byte) bool {
	for _, c := range b {
		switch c {
		case 0xa4, 0xa6, 0xa7, 0xad, 0xb4, 0xb6, 0xb7, 0xbd:
			return true
		}
	}
	return false
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

// CloseRunawayTitle repairs a page whose <title> is never closed. The title
// element's content is raw text up to "</title>", so without one the whole
// page becomes its title and the page shows nothing; pages cut and pasted
// by broken tools or templates have this. The title is taken to end at its
// first line break or tag, where "</title>" is put.
func CloseRunawayTitle(b []byte) []byte {
	head := b
	if len(head) > charsetScanLimit {
		head = head[:charsetScanLimit]
	}
	i := indexFold(head, "<title")
	if i < 0 || indexFold(b[i:], "</title") >= 0 {
		return b
	}
	gt := bytes.IndexByte(b[i:], '>')
	if gt < 0 {
		return b
	}
	start := i + gt + 1
	end := len(b)
	if k := bytes.IndexAny(b[start:], "<\n"); k >= 0 {
		end = start + k
	}
	out := make([]byte, 0, len(b)+len("</title>"))
	out = append(out, b[:end]...)
	out = append(out, "</title>"...)
	return append(out, b[end:]...)
}

// indexFold returns the index of the first occurrence of the ASCII string
// pat, which starts with '<', in b, ignoring case, or -1.
func indexFold(b []byte, pat string) int {
	for off := 0; ; {
		i := bytes.IndexByte(b[off:], '<')
		if i < 0 {
			return -1
		}
		i += off
		if len(b)-i >= len(pat) && bytes.EqualFold(b[i:i+len(pat)], []byte(pat)) {
			return i
		}
		off = i + 1
	}
}

// DecodeText turns the bytes of a text article into a UTF-8 string. UTF-8
// (with or without BOM) and UTF-16 with a BOM are read as they are; other
// text is decoded as a browser would a file with no declared encoding
// (decodeUndeclared): UTF-8 with stray bytes, windows-1251 or KOI8-R
// Russian, Shift_JIS Japanese, else windows-1252. Only input that is not
// text at all (binary data, UTF-16 without a BOM) fails with ErrEncoding.
func DecodeText(b []byte) (string, error) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		b = b[3:]
	case bytes.HasPrefix(b, []byte("\xff\xfe")), bytes.HasPrefix(b, []byte("\xfe\xff")):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("%w: bad UTF-16: %v", model.ErrEncoding, err)
		}
		b = out
	}
	if err := notText(b); err != nil {
		return "", err
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	return string(decodeUndeclared(b)), nil
}

// notText returns an error wrapping ErrEncoding when the input is no text:
// a file format known by its signature (a PDF, an archive, an image, a
// program), named in the error so that the caller can tell the user what
// was given, or bytes that look binary (looksBinary).
func notText(b []byte) error {
	if name := binaryFormat(b); name != "" {
		return fmt.Errorf("%w: input is %s, not text", model.ErrEncoding, name)
	}
	if looksBinary(b) {
		return fmt.Errorf("%w: input looks binary (many NUL bytes; or UTF-16 without a BOM)", model.ErrEncoding)
	}
	return nil
}

// binarySignatures are the opening bytes of file formats that are never
// text, though some (a PDF, a tar archive of text files) have too few
// control bytes in their first kilobytes for looksBinary to tell.
var binarySignatures = []struct{ magic, name string }{
	{"%PDF-", "a PDF document"},
	{"PK\x03\x04", "a ZIP archive (also .docx, .odt, .epub)"},
	{"PK\x05\x06", "a ZIP archive (empty)"},
	{"\x1f\x8b", "gzip-compressed data"},
	{"BZh", "bzip2-compressed data"},
	{"\xfd7zXZ\x00", "xz-compressed data"},
	{"\x28\xb5\x2f\xfd", "zstd-compressed data"},
	{"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
	{"Rar!\x1a\x07", "a RAR archive"},
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"\x7fELF", "an ELF program"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 document (.doc, .xls)"},
	{"{\\rtf", "an RTF document"},
}

// binaryFormat names the file format the input's first bytes announce
// (binarySignatures, or a tar archive by the "ustar\x00" or GNU "ustar "
// mark at offset 257),
// or returns "". "BZh" counts only before a block size digit and the
// block magic, so that a text opening with those letters stays text.
func binaryFormat(b []byte) string {
	for _, s := range binarySignatures {
		if !bytes.HasPrefix(b, []byte(s.magic)) {
			continue
		}
		if s.magic == "BZh" && (len(b) < 10 || b[3] < '1' || b[3] > '9' || string(b[4:10]) != "\x31\x41\x59\x26\x53\x59") {
			continue
		}
		return s.name
	}
	if len(b) >= 263 && string(b[257:262]) == "ustar" && (b[262] == 0 || b[262] == ' ') {
		return "a tar archive"
	}
	return ""
}

// LooksBinary reports whether more than one byte in twenty of the input's
// first 4 KiB is NUL or another control character that text does not use:
// binary data (an image, an archive), or UTF-16 without a byte order mark.
// A stray NUL in a text is dropped later, not fatal.
func looksBinary(b []byte) bool {
	if len(b) > 4096 {
		b = b[:4096]
	}
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			n++
		}
	}
	return n*20 > len(b)
}
