package htmlx

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
)

// tabActiveField is the loop of tab that looks for a field marking the
// current item, as mayActiveClass now guards it.
func tabActiveField(cls string) bool {
	for f := range strings.FieldsSeq(cls) {
		if activeClasses[f] || strings.HasSuffix(f, "-active") || strings.HasSuffix(f, "_active") || strings.HasSuffix(f, "-selected") ||
			strings.HasSuffix(f, "selected") && !strings.HasSuffix(f, "unselected") && !strings.Contains(f, "not") ||
			strings.HasSuffix(f, "-current") || strings.HasSuffix(f, "_on") {
			return true
		}
	}
	return false
}

// TestMayActiveClassSame checks that mayActiveClass passes every class
// list tab's loop takes, on the lowered classes of every element of the
// test pages, every active class alone and among others, and random
// lists with spaces of every kind.
func TestMayActiveClassSame(t *testing.T) {
	var all []string
	for _, root := range equivPages(t) {
		eachNode(root, func(e *html.Node) {
			if e.Type == html.ElementNode {
				all = append(all, textutil.LowerJoin(make([]byte, 256), attr(e, "class")))
			}
		})
	}
	for c := range activeClasses {
		all = append(all, c, "menu-item "+c, c+" item", "x\u00a0"+c+"\u00a0y", c+"\u0085", "\t"+c+"\n")
	}
	pieces := []string{"on", "o", "n", "nav_on", "-on", "_on", "button", "icon", "section", "active", "-active", "selected", "unselected", "not",
		"current", "-current", "is-", "menu", "item", " ", "  ", "\t", "\n", "\u00a0", "\u0085", "\u2003", "\u3000", "-", "_", "é", "ön", "\xff", "1", "A"}
	r := rand.New(rand.NewSource(12))
	for range randomCases(200000) {
		var b strings.Builder
		for k := r.Intn(6); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		all = append(all, b.String())
	}
	taken := 0
	for _, cls := range all {
		if tabActiveField(cls) {
			taken++
			if !mayActiveClass(cls) {
				t.Fatalf("mayActiveClass(%q) = false, but tab's loop takes it", cls)
			}
		}
	}
	if taken < randomCases(1000) {
		t.Fatalf("only %d class lists taken", taken)
	}
}

// trailOpenerBefore is TrailOpener as it was before it lowered only the
// opening of the text for the labels.
func trailOpenerBefore(t string) bool {
	if t == "" || t[0] < 0x80 && !trailLabelFirst[t[0]] && !containsTrailSep(t) {
		return false
	}
	l := strings.ToLower(t)
	for _, lab := range trailLabelList {
		if strings.HasPrefix(l, lab) {
			return true
		}
	}
	for _, sep := range trailSeps {
		if i := strings.Index(l, sep); i > 0 && HomeWords[strings.TrimSpace(l[:i])] {
			return true
		}
	}
	return false
}

// TestTrailOpenerHeadSame checks TrailOpener against the whole text
// lowered, on every text node of the test pages (trimmed, as the section
// walk gives them), every label and home word before each separator in
// several cases, and random texts with runes that lower to fewer or more
// bytes.
func TestTrailOpenerHeadSame(t *testing.T) {
	var all []string
	for _, root := range equivPages(t) {
		eachNode(root, func(e *html.Node) {
			if e.Type == html.TextNode {
				all = append(all, strings.TrimSpace(e.Data))
			}
		})
	}
	for _, lab := range trailLabelList {
		all = append(all, lab, strings.ToUpper(lab)+": News", strings.ToUpper(lab[:1])+lab[1:]+" > x", lab[:len(lab)-1])
	}
	for w := range HomeWords {
		for _, sep := range trailSeps {
			all = append(all, w+" "+sep+" News", strings.ToUpper(w)+sep+"x", "\u212a"+w+sep)
		}
	}
	pieces := []string{"you", "You", "YOU", " are", " ARE", " here", "Sie", " sind", " hier", "вы", "Вы", " здесь", "ЗДЕСЬ", "Vous", " êtes", " ÊTES", " ici",
		"home", "Home", "HOME", "главная", "Главная", " ", ">", "»", "›", "→", "►", ":", "\u212a", "\u0130", "ẞ", "Ⱥ", "ı", "\xff", "\xc2", "é", "x", "News"}
	r := rand.New(rand.NewSource(12))
	for range randomCases(200000) {
		var b strings.Builder
		for k := r.Intn(8); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		all = append(all, b.String())
	}
	opened := 0
	for _, s := range all {
		got, want := TrailOpener(s), trailOpenerBefore(s)
		if got != want {
			t.Fatalf("TrailOpener(%q) = %v, before %v", s, got, want)
		}
		if want {
			opened++
		}
	}
	if opened < randomCases(1000) {
		t.Fatalf("only %d texts open a trail", opened)
	}
}
