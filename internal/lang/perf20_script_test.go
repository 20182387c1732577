package lang

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/RadhiFadlillah/whatlanggo"
)

// TestPerf20DetectScript checks detectScript, with its counting of texts
// of ASCII and basic Cyrillic, against whatlanggo.DetectScript on random
// mixes of ASCII letters, punctuation, Cyrillic letters (ties among
// them), other scripts and cut bytes, and on the repository's test texts.
func TestPerf20DetectScript(t *testing.T) {
	pieces := []string{"", " ", "a", "Z", "1", ".", "«", "я", "Ё", "ѿ", "Ѡ", "҂", "é", "ω", "中", "ひ", "\xd0", "\xd1", "\xd0\xd0", "\n", "\x01", "ab", "яя", "abc", "ЖЖЖ"}
	r := rand.New(rand.NewSource(2026))
	var texts []string
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				texts = append(texts, a+b+c)
			}
		}
	}
	for range randomCases(20000) {
		var b strings.Builder
		for k := r.Intn(20); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "text", "*.txt"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(data), Cut(string(data), MaxDetectRunes))
		}
	}
	fast := 0
	for _, s := range texts {
		if got, want := detectScript(s), whatlanggo.DetectScript(s); got != want {
			t.Fatalf("detectScript(%q) = %v, whatlanggo says %v", s, got, want)
		}
		if _, ok := asciiCyrillicScript(s); ok {
			fast++
		}
	}
	if fast == 0 {
		t.Fatal("no text took the counting path: the test tests nothing")
	}
}
