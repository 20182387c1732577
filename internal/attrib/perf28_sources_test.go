package attrib

import (
	"fmt"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestSourceRefs checks the index ruOutletReferent looks names up in: a
// cited outlet's canonical name and its leading words are found, a word
// inside or a longer name is not, sources appended later are seen, and a
// source replaced in place (the generation moved) drops the old name.
func TestSourceRefs(t *testing.T) {
	var r sourceRefs
	sources := []string{"РИА Новости"}
	for name, want := range map[string]bool{"РИА Новости": true, "РИА": true, "Новости": false, "РИА Новости Крым": false} {
		if got := r.has(sources, 0, name); got != want {
			t.Errorf("has(%q) = %v, want %v", name, got, want)
		}
	}
	sources = append(sources, "Зарница")
	if !r.has(sources, 0, "Зарница") {
		t.Error("a source appended after the first lookup is not found")
	}
	sources[1] = "Кестрел"
	if r.has(sources, 1, "Зарница") || !r.has(sources, 1, "Кестрел") {
		t.Error("a source replaced in place is not re-indexed when the generation moves")
	}
	if r.has(sources[:1], 1, "Кестрел") {
		t.Error("a shortened list keeps a dropped source")
	}
}

// manyOutletsText returns n Russian paragraphs, each citing an outlet of
// its own and closing with quotations whose speaker is a pronoun or a
// role: the shape in which every pronoun is checked against every outlet
// cited before (ruOutletReferent).
func manyOutletsText(n int) []model.Block {
	names := []string{"Коммерсант", "Ведомости", "Известия", "Интерфакс"}
	blocks := make([]model.Block, 0, n)
	for i := range n {
		blocks = append(blocks, model.Block{Type: model.Paragraph, Text: fmt.Sprintf(
			"Как сообщает «%s%d», председатель комитета Петр Рыбин%d выступил на сессии. «Мы рассмотрим поправки номер %d», — сказал он. «Это важно», — добавил глава МИД РФ Лавров.",
			names[i%len(names)], i, i%50, i)})
	}
	return blocks
}

// BenchmarkManyOutletsPronouns runs Russian attribution over texts citing
// many outlets, at two sizes: the time per paragraph should stay the same
// (it grew with the number of outlets cited before sourceRefs: 1,000
// paragraphs 1.6 s, 4,000 paragraphs 24 s through the CLI).
func BenchmarkManyOutletsPronouns(b *testing.B) {
	for _, n := range []int{500, 2000} {
		blocks := manyOutletsText(n)
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, _, err := Extract(blocks, "ru", func() error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/paragraph")
		})
	}
}
