package attrib

import (
	"strings"
	"testing"
)

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

// TestRuNamedBodyCandidate checks that a body named by a capitalised head
// noun in an oblique case and its genitive words is read whole (in the
// nominative) and can speak a quotation of its sentence, and that the
// head noun alone or in lower case is no body.
func TestRuNamedBodyCandidate(t *testing.T) {
	got, _ := extractRu(t, `Суд
Суд отклонил жалобы Союза исламских организаций Франции, обвинивших журнал в "преднамеренном нападении" на мусульманские ценности и "оскорблении группы лиц по религиозному признаку". Решение вступит в силу через месяц.`)
	if sp := got["оскорблении группы лиц по религиозному признаку"]; sp != "Союз исламских организаций Франции" {
		t.Errorf("speaker %q, want Союз исламских организаций Франции; all %v", sp, got)
	}
	m := &reader{}
	for text, want := range map[string]string{
		"Союза исламских организаций Франции": "Союз исламских организаций Франции",
		"союза двух стран":                    "",
		"Союза":                               "",
	} {
		toks := tokenize(nil, text, sentence{0, len(text)}, nil)
		o, _ := m.ruNamedBodyAt(toks, 0)
		if strings.Join(o, " ") != want {
			t.Errorf("ruNamedBodyAt(%q) = %q, want %q", text, strings.Join(o, " "), want)
		}
	}
}
