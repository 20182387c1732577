package attrib

import "testing"

// TestRuRegnalName checks that a regnal name before «, который» (first
// names in an oblique case and a Roman numeral) is read whole and put in
// the nominative, and that the relative clause's words are its bearer's.
func TestRuRegnalName(t *testing.T) {
	got, _ := extractRu(t, `Визит
Архиепископ Иван Петров прибыл в Рим. Он приехал на мессу в память Иоанна Павла II, который сказал: "Церкви должны дышать обоими легкими". Визит продлится три дня.`)
	if sp := got["Церкви должны дышать обоими легкими"]; sp != "Иоанн Павел II" {
		t.Errorf("speaker %q, want Иоанн Павел II; all %v", sp, got)
	}
	for w, want := range map[string]bool{"II": true, "XVI": true, "I": true, "МВД": false, "": false, "Иван": false} {
		if isRomanNumeral(w) != want {
			t.Errorf("isRomanNumeral(%q) = %v, want %v", w, !want, want)
		}
	}
}
