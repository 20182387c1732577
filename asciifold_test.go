package article

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/htmlx"

	"github.com/articlekit/article/internal/textutil"
)

// TestASCIIHelpersMatchStrings checks lowerJoin and fieldCount against the
// strings functions they stand in for.
func TestASCIIHelpersMatchStrings(t *testing.T) {
	inputs := []string{"", " ", "Home > News", "  You Are Here:  ", "Filed Under", "ÉTÉ Été", "a\u00a0b\u2003c",
		"x\xffY", "Related Stories", "2 Comments", "tab\tand\nnewline", strings.Repeat("AbC ", 100), "Вы здесь"}
	for _, s := range inputs {
		var buf [16]byte
		if got, want := textutil.LowerJoin(buf[:], s), strings.ToLower(s); got != want {
			t.Errorf("lowerJoin(%q) = %q, want %q", s, got, want)
		}
		if got, want := textutil.LowerJoin(buf[:], s, s), strings.ToLower(s+" "+s); got != want {
			t.Errorf("lowerJoin(%q, %q) = %q, want %q", s, s, got, want)
		}
		if got, want := textutil.FieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestMayNameTitle checks that every class name titleClass looks for
// passes the cheap test that guards it, and that common other classes
// do not.
func TestMayNameTitle(t *testing.T) {
	for name := range htmlx.TitleClassNames {
		for _, ci := range []string{name, "x " + name, strings.ReplaceAll(name, "title", "ti-tle"), strings.ReplaceAll(name, "head", "he_ad")} {
			if !htmlx.MayNameTitle(ci) {
				t.Errorf("mayNameTitle(%q) = false; titleClass looks for %q", ci, name)
			}
		}
	}
	for _, ci := range []string{"my-articleheadline", "story_headline-big"} {
		if !htmlx.MayNameTitle(ci) {
			t.Errorf("mayNameTitle(%q) = false", ci)
		}
	}
	for _, ci := range []string{"", "content main", "byline author", "nav-menu"} {
		if htmlx.MayNameTitle(ci) {
			t.Errorf("mayNameTitle(%q) = true", ci)
		}
	}
}

// TestLabelSuffix checks labelSuffix against the string concatenation
// it replaced.
func TestLabelSuffix(t *testing.T) {
	for _, l := range []string{"filed under", "x filed under", "x,filed under", "xfiled under", "", "in", "posted in"} {
		for _, lab := range []string{"filed under", "in", "posted in"} {
			want := strings.HasSuffix(l, " "+lab) || strings.HasSuffix(l, ","+lab)
			if got := htmlx.LabelSuffix(l, lab); got != want {
				t.Errorf("labelSuffix(%q, %q) = %v, want %v", l, lab, got, want)
			}
		}
	}
}

// TestTrailOpenerCheapTest checks trailOpener against the plain reading
// its cheap first test stands in front of.
func TestTrailOpenerCheapTest(t *testing.T) {
	plain := func(t string) bool {
		l := strings.ToLower(t)
		for lab, ok := range htmlx.TrailLabels {
			if ok && strings.HasPrefix(l, lab) {
				return true
			}
		}
		for _, sep := range []string{">", "»", "›", "→", "►"} {
			if i := strings.Index(l, sep); i > 0 && htmlx.HomeWords[strings.TrimSpace(l[:i])] {
				return true
			}
		}
		return false
	}
	inputs := []string{"", "You are here:", "YOU ARE HERE", "you are", "Sie sind hier: Start", "Вы здесь", "ВЫ ЗДЕСЬ:",
		"Home > News", "HOME » World", "Главная → Новости", "News > Home", "home", " Home > x", "Start › Politik",
		"Usted está aquí", "Jesteś tutaj", "U bent hier", "Ti trovi in", "x\xff > y", "İndex > a"}
	for lab := range htmlx.TrailLabels {
		inputs = append(inputs, lab, strings.ToUpper(lab)+": x")
	}
	for w := range htmlx.HomeWords {
		inputs = append(inputs, w+" > x", strings.ToUpper(w)+" » x", w)
	}
	for _, s := range inputs {
		if got, want := htmlx.TrailOpener(s), plain(s); got != want {
			t.Errorf("trailOpener(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFoldHelpers checks foldEquals, lowerASCII and normalizeASCIISpace
// against the plain functions they stand in for.
func TestFoldHelpers(t *testing.T) {
	inputs := []string{"", " ", "Sport", "  Sport  ", "World\tNews", "WORLD  news", "world news", "a\x01b", "x\x7fY",
		"Été", "\u00a0Sport", "Sport\u200b", "A\r\nB", " a b ", "ab", "a", "News & Views"}
	for _, s := range inputs {
		if got, want := htmlx.LowerASCII(textutil.NormalizeASCIISpace(s)), strings.ToLower(textutil.NormalizeASCIISpace(s)); textutil.IsASCII(s) && got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
		if got, want := htmlx.FoldSection(s), strings.ToLower(textutil.NormalizeSpace(s)); got != want {
			t.Errorf("foldSection(%q) = %q, want %q", s, got, want)
		}
		for _, w := range inputs {
			want := strings.ToLower(textutil.NormalizeSpace(s)) == w
			if got := htmlx.FoldEquals(s, w); got != want {
				t.Errorf("foldEquals(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestNormalizeSpaceReference checks normalizeSpace against a plain
// rune-by-rune reading of its rules on mixed ASCII and other text.
func TestNormalizeSpaceReference(t *testing.T) {
	plain := func(s string) string {
		var b strings.Builder
		space := false
		var prev rune
		for _, r := range s {
			switch {
			case (r == '\u200c' || r == '\u200d') && prev >= 0x80 && !space &&
				!(unicode.IsLetter(prev) && unicode.In(prev, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Armenian, unicode.Georgian)):
			case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' ||
				(r >= '\u200e' && r <= '\u200f') || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069'):
				continue
			case unicode.IsSpace(r) || r == '\u00a0':
				space = true
				continue
			case r == utf8.RuneError || unicode.IsControl(r):
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			prev = r
		}
		return b.String()
	}
	inputs := []string{"", " ", "été", "  Été \t à\n\n la  plage ", "क्\u200dष", "a\u200db", "é\u200d x", "ж\u200dж", "😀\u200d😀", "x\u00a0\u00a0y é",
		"é\x00\x01\x7f z", "\xff\xfeé", "\ufffdé", "é\u0085x", "é\u2003\u2003x ", "日本語 テキスト\u200b", "é\u00adé",
		"ok\r\né", "é\v\fa", "\u202aé\u202c"}
	for _, s := range inputs {
		if got, want := textutil.NormalizeSpace(s), plain(s); got != want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestInFold checks wordSet.inFold against in on the lowered text.
func TestInFold(t *testing.T) {
	for _, words := range [][]string{htmlx.ElsewhereHints, {"a", "ab", "xyz", "ü-x"}} {
		set := textutil.NewWordSet(words)
		for _, s := range []string{"", "a", "A", "Comments", "post-COMMENT-list", "relAted", "most-Read box", "POPULA",
			"x\xffcomment", "COMMENT\xff", "İcomment", "taboola", "TaBoOlA", "b", "XYZ", "Ü-X", "ü-x", "KELVIN"} {
			want := set.In(strings.ToLower(s))
			found, ascii := set.InFold(s)
			if found && !want || ascii && found != want {
				t.Errorf("words %q: inFold(%q) = %v, %v; in(lower) = %v", words, s, found, ascii, want)
			}
		}
	}
}

// TestMayHint checks that mayHint passes every part that makes hints act.
func TestMayHint(t *testing.T) {
	parts := []string{"ByLine", "post-AUTHOR", "Entry-Title", "article_headline", "PubDate", "meta", "x", "", "Wrapper",
		"Überschrift", "story-HEAD-line"}
	for _, p := range parts {
		var buf [64]byte
		ci := textutil.LowerJoin(buf[:], p)
		want := htmlx.MayNameTitle(ci) || htmlx.HintWordSet.In(ci)
		if got := htmlx.MayHint(p); want && !got {
			t.Errorf("mayHint(%q) = false, want true", p)
		}
	}
	if htmlx.MayHint("wrapper") || htmlx.MayHint("") {
		t.Error("mayHint passes a class with no hint")
	}
}

// TestCountWordsASCII checks countWords's ASCII shortcut: every ASCII
// byte is a word character exactly when unicode calls it a letter or a
// digit.
func TestCountWordsASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		want := 0
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			want = 1
		}
		if got := textutil.CountWords(string(r)); got != want {
			t.Errorf("countWords(%q) = %d, want %d", r, got, want)
		}
	}
	if got := textutil.CountWords("l'été don’t a-b 12 x - y"); got != 6 {
		t.Errorf("countWords = %d, want 6", got)
	}
}
