package attrib

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// TestAddCandIndexedSameAsScan checks that adding candidates through the
// index candidatesFor keeps for sentences naming many people gives the
// same list, in the same order, with the same flags and distances, as
// addCand's scan: people repeated, nil people, negative distances.
func TestAddCandIndexedSameAsScan(t *testing.T) {
	people := make([]*person, 40)
	for i := range people {
		people[i] = &person{name: []string{fmt.Sprintf("Person%d", i)}}
	}
	rng := rand.New(rand.NewSource(28))
	for trial := range 50 {
		var scan, indexed []cand
		idx := map[*person]int{}
		for range 3 + trial*2 {
			var p *person
			if k := rng.Intn(len(people) + 3); k < len(people) {
				p = people[k]
			}
			f, dist := rng.Intn(NSpeakerFeatures), rng.Intn(21)-10
			scan = addCand(scan, p, f, dist)
			indexed = addCandIndexed(indexed, idx, p, f, dist)
		}
		if fmt.Sprint(scan) != fmt.Sprint(indexed) {
			t.Fatalf("trial %d: indexed candidates differ from the scan:\n%v\n%v", trial, indexed, scan)
		}
	}
}

// manyNamesOneSentenceText returns one English paragraph with no full
// stop: n clauses, each naming people and holding a quotation ("A, B and
// C said: “…”"), so that every quotation's sentence names every person of
// the paragraph (the shape of a run of headline-like lines pasted as one
// paragraph).
func manyNamesOneSentenceText(n int) []model.Block {
	first := []string{"John", "Mary", "Peter", "Anna"}
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s Vel%dson, %s Tor%dson and %s Sa%dson said: \u201cWe count ward %d\u201d ",
			first[i%4], i, first[(i+1)%4], i, first[(i+2)%4], i, i)
	}
	return []model.Block{{Type: model.Paragraph, Text: b.String()}}
}

// BenchmarkManyNamesOneSentence runs English attribution over one
// sentence naming many people and quoting many times, at two sizes.
// candidatesFor added the sentence's people to each quotation's
// candidates through addCand's scan, quadratic in the people for every
// quotation; through the index (addCandIndexed) the gathering is linear
// for each quotation, and the window (candWindow) bounds the people each
// quotation of such a sentence gets, so the time per clause stays flat
// (figures in perf28_NOTES.md).
func BenchmarkManyNamesOneSentence(b *testing.B) {
	for _, n := range []int{100, 400} {
		blocks := manyNamesOneSentenceText(n)
		b.Run(fmt.Sprintf("clauses=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, _, err := Extract(blocks, "en", func() error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/clause")
		})
	}
}

// TestCandWindowManyNames checks candidatesFor's window: in one sentence
// naming far more than candWindowMin people, each quotation gets as
// candidates only a bounded number of them, among them the person named
// just before it, and none named many quotations away.
func TestCandWindowManyNames(t *testing.T) {
	blocks := manyNamesOneSentenceText(120)
	samples := SpeakerSamples(blocks, "en")
	if len(samples) < 100 {
		t.Fatalf("got %d quotations, want about 120", len(samples))
	}
	for qi, s := range samples {
		if len(s.Names) > 3*(2*candWindow+2)+8 {
			t.Fatalf("quotation %d (%q) has %d candidates, want those within %d quotations only", qi, s.Text, len(s.Names), candWindow)
		}
	}
	s := samples[60]
	own, far := fmt.Sprintf("Vel%dson", 60), fmt.Sprintf("Vel%dson", 5)
	hasOwn := false
	for _, n := range s.Names {
		hasOwn = hasOwn || strings.Contains(n, own)
		if strings.Contains(n, far) {
			t.Errorf("quotation 60 has %q, named 55 quotations before it, as a candidate", n)
		}
	}
	if !hasOwn {
		t.Errorf("quotation 60 lacks %s, named just before it, among %v", own, s.Names)
	}
}

// TestCandWindowKeepsSubject checks that a long sentence which names its
// subject, then lists companies in quote marks and some seventy people,
// and then quotes its subject, gives the quotation to the subject: the
// window of candidates (more than candWindowMin people) keeps the people
// the sentence names first.
func TestCandWindowKeepsSubject(t *testing.T) {
	firsts := []string{"Иван", "Мария", "Пётр", "Анна", "Олег", "Елена"}
	stems := []string{"Волк", "Сокол", "Новик", "Лисиц", "Бел", "Зайц", "Павл", "Поп", "Мороз", "Кот", "Орл"}
	var people []string
	for i := range 70 {
		end := "ов"
		if i%2 == 1 {
			end = "ова"
		}
		people = append(people, firsts[i%len(firsts)]+" "+stems[i%len(stems)]+string(rune('а'+i%26))+end)
	}
	var firms []string
	for i := range 12 {
		firms = append(firms, fmt.Sprintf("«Альфа-Трейд %d»", i+1))
	}
	text := "Министр финансов Антон Силуанов рассказал, что в новый список вошли компании " +
		strings.Join(firms, ", ") + ", а также семьдесят человек, среди которых " + strings.Join(people, ", ") +
		", и добавил: «Это только первый шаг, за ним последуют другие»."
	qs, _, err := Extract([]model.Block{{Type: model.Paragraph, Text: text}}, "ru", func() error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range qs {
		if strings.HasPrefix(q.Text, "Это только первый шаг") {
			found = true
			if q.Speaker != "Антон Силуанов" {
				t.Errorf("speaker %q, want Антон Силуанов", q.Speaker)
			}
		}
	}
	if !found {
		t.Errorf("quotation not found in %+v", qs)
	}
}
