package charset

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestSniffKOI8U: undeclared KOI8 bytes holding Ukrainian letters decode as
// KOI8-U (і, ї, є, ґ, not box-drawing characters); Russian KOI8-R text
// stays KOI8-R.
func TestSniffKOI8U(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"<p>Національний банк зберіг облікову ставку на рівні п'ятнадцяти відсотків, повідомила пресслужба.</p>", "KOI8-U"},
		{"<p>Центральный банк сохранил ключевую ставку на прежнем уровне, сообщила пресс-служба регулятора.</p>", "KOI8-R"},
	} {
		enc := charmap.KOI8U
		if c.want == "KOI8-R" {
			enc = charmap.KOI8R
		}
		in, err := enc.NewEncoder().String(c.text)
		if err != nil {
			t.Fatal(err)
		}
		out, err := DecodeHTML([]byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(out), c.text[len("<p>"):len(c.text)-len("</p>")]) {
			t.Errorf("%s text decoded as %q", c.want, out)
		}
	}
}
