package textlayout

import "testing"

// TestCutZone checks which words after a dateline's clock time are taken
// as its zone, clock word or city, and that other text is left alone.
func TestCutZone(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{" МСК", ""},
		{" (МСК)", ""},
		{" мск Текст", " Текст"},
		{" по Москве", ""},
		{" по московскому времени. Текст", ". Текст"},
		{" (Київ)", ""},
		{" за київським часом", ""},
		{" Uhr", ""},
		{" Uhr MEZ", ""},
		{" ET", ""},
		{" CT scans showed", " CT scans showed"},
		{" (GMT+3) Text", " Text"},
		{" +0300 Text", " Text"},
		{" HKT", ""},
		{", 5 PT", ", 5 PT"},
		{" h.", ""},
		{" heure de Paris", ""},
		{" (hora peninsular)", ""},
		{" czasu polskiego", ""},
		{" ETA arrests", " ETA arrests"},
		{" Uhrzeit", " Uhrzeit"},
		{" (so he said)", " (so he said)"},
		{" (Reuters)", " (Reuters)"},
		{" (Reuters) - Text", " (Reuters) - Text"},
		{" (New York City Hall)", " (New York City Hall)"},
		{" Первый абзац", " Первый абзац"},
		{"", ""},
	} {
		if got := cutZone(c.in); got != c.want {
			t.Errorf("cutZone(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestParseBylineLanguages checks the byline tables of German, French,
// Spanish, Italian and Polish, and that prose opening with a byline word
// is no byline.
func TestParseBylineLanguages(t *testing.T) {
	for _, c := range []struct{ in, want, role string }{
		{"Von Jürgen Müller", "Jürgen Müller", "author"},
		{"Von Ursula von der Leyen", "Ursula von der Leyen", "author"},
		{"Text: Anna Schmidt", "Anna Schmidt", "author"},
		{"Foto: Karl Weber", "Karl Weber", "photographer"},
		{"Par Jean Dupont", "Jean Dupont", "author"},
		{"Texte : Jean Dupont", "Jean Dupont", "author"},
		{"Photo : Luc Petit", "Luc Petit", "photographer"},
		{"Por María García", "María García", "author"},
		{"Fotos: Ana López", "Ana López", "photographer"},
		{"di Marco Rossi", "Marco Rossi", "author"},
		{"Foto di Luca Bianchi", "Luca Bianchi", "photographer"},
		{"Autor: Jan Kowalski", "Jan Kowalski", "author"},
		{"Oprac. Anna Nowak", "Anna Nowak", "author"},
		{"Zdjęcia: Piotr Wiśniewski", "Piotr Wiśniewski", "photographer"},
	} {
		got, ok := parseByline(c.in)
		if !ok || len(got) != 1 || got[0].Name != c.want || got[0].Role != c.role {
			t.Errorf("parseByline(%q) = %+v, %v; want %s as %s", c.in, got, ok, c.want, c.role)
		}
	}
	for _, in := range []string{
		"Von Montag an gilt die Regel",
		"Par ailleurs le conseil a voté",
		"Por la tarde",
		"Di fronte al consiglio",
		"Di Maio Rossi", // a surname: Italian bylines write "di" in lower case
		"Paris est magnifique",
		"Porto Alegre",
		"Diego Maradona",
		"Vonovia meldet Gewinn",
	} {
		if got, ok := parseByline(in); ok {
			t.Errorf("parseByline(%q) = %+v, want no byline", in, got)
		}
	}
}

// TestBylineJobTitle checks that a job title printed after the name in a
// byline is no second author (second user trial).
func TestBylineJobTitle(t *testing.T) {
	for _, in := range []string{"By Anna Smith, Chief Political Correspondent", "By Anna Smith, Staff Writer", "By Anna Smith, Health Reporter", "Von Anna Müller, Korrespondentin"} {
		got, ok := parseByline(in)
		if !ok || len(got) != 1 || got[0].Name == "" || got[0].Name != "Anna Smith" && got[0].Name != "Anna Müller" {
			t.Errorf("parseByline(%q) = %+v, %v; want one author", in, got, ok)
		}
	}
}
