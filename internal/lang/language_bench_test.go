package lang

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkDetect times Detect on the product's example (../shared/seeds).
func BenchmarkDetect(b *testing.B) {
	fs, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(fs) == 0 {
		b.Skip("no seed text in ../shared/seeds")
	}
	text, err := os.ReadFile(fs[0])
	if err != nil {
		b.Skip(err)
	}
	s := string(text)
	b.ReportAllocs()
	for b.Loop() {
		Detect(s)
	}
}
