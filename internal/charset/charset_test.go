package charset

import (
	"errors"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

func TestDecodeHTML(t *testing.T) {
	for _, c := range []struct {
		name string
		in   []byte
		want string
	}{
		{"utf-8", []byte("<p>Café</p>"), "Café"},
		{"declared windows-1251", []byte("<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>"), "Привет"},
		{"undeclared latin-1 bytes fall back to windows-1252", []byte("<p>caf\xe9 \x93quoted\x94</p>"), "café “quoted”"},
		{"utf-8 bom", []byte("\xef\xbb\xbf<p>Grüße</p>"), "Grüße"},
	} {
		out, err := DecodeHTML(c.in)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !strings.Contains(string(out), c.want) {
			t.Errorf("%s: got %q, want it to hold %q", c.name, out, c.want)
		}
	}
	if _, err := DecodeHTML([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00")); !errors.Is(err, model.ErrEncoding) {
		t.Errorf("binary input: err = %v, want model.ErrEncoding", err)
	}
}

func TestDecodeText(t *testing.T) {
	s, err := DecodeText([]byte("\xff\xfeH\x00i\x00"))
	if err != nil || s != "Hi" {
		t.Errorf("UTF-16LE with BOM: %q, %v; want \"Hi\"", s, err)
	}
	if s, err := DecodeText([]byte("caf\xe9")); err != nil || s != "café" {
		t.Errorf("undeclared Latin-1: %q, %v; want \"café\"", s, err)
	}
	if _, err := DecodeText([]byte("a\x00b\x00\x00\x00c\x00\x00\x00\x00")); !errors.Is(err, model.ErrEncoding) {
		t.Errorf("NUL-filled input: err = %v, want model.ErrEncoding", err)
	}
}

// TestNotTextFormats checks that files announced by a binary signature
// are refused with ErrEncoding naming the format, on both decoders, and
// that texts opening with the same letters are still text.
func TestNotTextFormats(t *testing.T) {
	tar := make([]byte, 600)
	copy(tar, "notes.txt")
	copy(tar[257:], "ustar\x0000")
	for in, want := range map[string]string{
		"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n":   "a PDF document",
		"PK\x03\x04\x14\x00\x00\x00\x08\x00word/document.xml": "a ZIP archive",
		"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR":                 "a PNG image",
		"BZh91AY&SY" + strings.Repeat("x", 20):                "bzip2",
		string(tar):                                           "a tar archive",
	} {
		if _, err := DecodeText([]byte(in)); !errors.Is(err, model.ErrEncoding) || !strings.Contains(err.Error(), want) {
			t.Errorf("DecodeText(%.12q): %v, want ErrEncoding naming %q", in, err, want)
		}
		if _, err := DecodeHTML([]byte(in)); !errors.Is(err, model.ErrEncoding) {
			t.Errorf("DecodeHTML(%.12q): %v, want ErrEncoding", in, err)
		}
	}
	mustard := strings.Repeat("x", 255) + " mustard and custard\n"
	for _, text := range []string{"%PDF files are documents.\n\nText.", "BZh is no word\n\nText.", "PK and the rest\n\nText.", mustard} {
		if _, err := DecodeText([]byte(text)); err != nil {
			t.Errorf("DecodeText(%q): %v", text, err)
		}
	}
}
