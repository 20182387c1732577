package attrib

import (
	"slices"
	"testing"
)

// TestRomancePolishOutlets: Spanish, Italian and Polish name a cited
// outlet after their prepositions and verbs of reporting as English,
// German and French do; a multi-word agency name is one outlet, never its
// last word.
func TestRomancePolishOutlets(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       []string
	}{
		{"es", "El Consejo aprobó los presupuestos, según El País. La oposición criticó el proyecto.", []string{"El País"}},
		{"es", "Según Reuters, el Consejo aprobó los presupuestos del año. La oposición criticó el proyecto.", []string{"Reuters"}},
		{"it", "Il Consiglio ha approvato il bilancio, secondo quanto riferisce l'ANSA. L'opposizione ha criticato il progetto.", []string{"ANSA"}},
		{"pl", "Rada przyjęła budżet, podała Polska Agencja Prasowa. Według PAP opozycja skrytykowała projekt.", []string{"Polska Agencja Prasowa", "PAP"}},
	} {
		_, src, err := Extract(paragraphs("Titular\n"+c.text), c.lang, func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range c.want {
			if !slices.Contains(src, w) {
				t.Errorf("%s %q: sources %q, want %q among them", c.lang, c.text, src, w)
			}
		}
		if slices.Contains(src, "Prasowa") {
			t.Errorf("%q: the last word of an agency's name is cited alone: %q", c.text, src)
		}
	}
}
