package article

import (
	"strings"
	"testing"
)

// TestTextBylinesFiveLanguages checks the byline forms of the German,
// French, Spanish, Italian and Polish press on the text path: the byline
// gives the authors (with their role), it is not the lead, and the date
// line after it is the publication date, not a heading.
func TestTextBylinesFiveLanguages(t *testing.T) {
	tests := []struct {
		name, header, published, authors, para string
	}{
		{"de Von", "Von Jürgen Müller\n3. Juni 2024", "2024-06-03", "Jürgen Müller/author", "Die Stadt will die Brücke im Sommer schließen. Der Rat stimmte zu."},
		{"de Von und, role", "Von Jürgen Müller und Anna Schmidt\nFotos: Karl Weber\n\n3. Juni 2024", "2024-06-03", "Jürgen Müller/author|Anna Schmidt/author|Karl Weber/photographer", "Die Stadt will die Brücke im Sommer schließen. Der Rat stimmte zu."},
		{"fr Par, blank lines", "Par Jean Dupont\n\n3 juin 2024", "2024-06-03", "Jean Dupont/author", "La ville fermera le pont cet été. Le conseil a voté."},
		{"fr Texte :", "Texte : Jean Dupont et Marie Martin\nPhoto : Luc Petit\n3 juin 2024", "2024-06-03", "Jean Dupont/author|Marie Martin/author|Luc Petit/photographer", "La ville fermera le pont cet été. Le conseil a voté."},
		{"es Por, particles", "Por María García de la Vega y Ana López\n3 de junio de 2024", "2024-06-03", "María García de la Vega/author|Ana López/author", "La ciudad cerrará el puente este verano. El consejo votó."},
		{"it di", "di Marco Rossi\n3 giugno 2024", "2024-06-03", "Marco Rossi/author", "La città chiuderà il ponte questa estate. Il consiglio ha votato."},
		{"pl Autor, Zdjęcia", "Autor: Jan Kowalski\nZdjęcia: Anna Nowak\n3 czerwca 2024", "2024-06-03", "Jan Kowalski/author|Anna Nowak/photographer", "Miasto zamknie most tego lata. Rada zagłosowała."},
		{"pl Oprac., Fot. with agency", "Oprac. Jan Kowalski\nFot. Piotr Wiśniewski/PAP\n3 czerwca 2024", "2024-06-03", "Jan Kowalski/author|Piotr Wiśniewski/photographer|PAP/photographer", "Miasto zamknie most tego lata. Rada zagłosowała."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := "Headline of the story here\n\n" + tt.header + "\n\n" + tt.para + "\n\nSecond paragraph of the story.\n"
			a, err := ParseText(strings.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, au := range a.Authors {
				names = append(names, au.Name+"/"+au.Role)
			}
			if got := strings.Join(names, "|"); got != tt.authors {
				t.Errorf("authors = %q, want %q", got, tt.authors)
			}
			if got := a.DatePublished.String(); got != tt.published {
				t.Errorf("datePublished = %q, want %q", got, tt.published)
			}
			if a.Description != tt.para {
				t.Errorf("description = %q, want %q", a.Description, tt.para)
			}
			for _, b := range a.Body {
				if b.Type == "heading" {
					t.Errorf("heading %q in the body", b.Text)
				}
			}
		})
	}
}

// TestTextBylineWordsInProse checks that a line opening with a byline
// word but holding prose stays in the body.
func TestTextBylineWordsInProse(t *testing.T) {
	for _, line := range []string{
		"Von Montag an gilt die neue Regel in der ganzen Stadt.",
		"Par ailleurs, le conseil a voté la fermeture du pont.",
		"Por la tarde, el consejo votó el cierre del puente.",
		"Di fronte al consiglio, il sindaco ha parlato del ponte.",
	} {
		a, err := ParseText(strings.NewReader("Headline of the story here\n\n" + line + "\n\nSecond paragraph.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Authors) > 0 {
			t.Errorf("%q: authors %v", line, a.Authors)
		}
		if a.Description != line {
			t.Errorf("%q: description %q", line, a.Description)
		}
	}
}

// TestTextZoneAfterTime checks that the zone or clock word after a
// dateline's time ends the dateline: it is neither the lead nor a
// paragraph.
func TestTextZoneAfterTime(t *testing.T) {
	tests := []struct{ line, published string }{
		{"12 марта 2024, 10:15 МСК", "2024-03-12T10:15:00+03:00"},
		{"12 марта 2024, 10:15 (МСК)", "2024-03-12T10:15:00+03:00"},
		{"12 марта 2024, 10:15 по Москве", "2024-03-12T10:15:00+03:00"},
		{"12 березня 2024, 10:15 (Київ)", "2024-03-12T10:15:00"},
		{"3. Juni 2024, 14:30 Uhr", "2024-06-03T14:30:00"},
		{"Hamm, 3. Juni 2024, 14:30 Uhr", "2024-06-03T14:30:00"},
		{"Jun 3 2024, 5:00am ET", "2024-06-03T05:00:00-04:00"},
		{"June 3, 2024 17:43 UTC", "2024-06-03T17:43:00Z"},
	}
	const para = "Первый абзац статьи. Ещё текст здесь."
	for _, tt := range tests {
		a, err := ParseText(strings.NewReader("Заголовок новости для теста\n\n" + tt.line + "\n\n" + para + "\n\nВторой абзац.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if got := a.DatePublished.String(); got != tt.published {
			t.Errorf("%q: datePublished = %q, want %q", tt.line, got, tt.published)
		}
		if a.Description != para {
			t.Errorf("%q: description = %q, want %q", tt.line, a.Description, para)
		}
		if len(a.Body) != 2 || a.Body[0].Text != para {
			t.Errorf("%q: body starts %q (%d blocks)", tt.line, a.Body[0].Text, len(a.Body))
		}
	}
	// Glued to the lead, the zone word goes with the date.
	a, err := ParseText(strings.NewReader("Заголовок новости для теста\n12.03.2024 | 10:15 МСК " + para + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Description != para {
		t.Errorf("glued: description = %q, want %q", a.Description, para)
	}
	// Without a clock time, a word after the date is the text's own.
	a, err = ParseText(strings.NewReader("Headline of the story here\n\n3 June 2024 PT Barnum opened the show. More text follows.\n\nSecond paragraph.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "PT Barnum opened the show. More text follows."; a.Description != want {
		t.Errorf("no clock: description = %q, want %q", a.Description, want)
	}
}

// TestTextDatelineAloneCredit checks that a wire dateline alone on its
// line, with its agency credit last, opens the lead as wire copy prints
// it: the credit is not the lead.
func TestTextDatelineAloneCredit(t *testing.T) {
	const para = "Первый абзац статьи. Ещё текст здесь."
	for _, line := range []string{"МОСКВА, 12 марта 2024 — РИА Новости.", "МОСКВА, 12 марта 2024, 10:15 МСК — РИА Новости."} {
		alone, err := ParseText(strings.NewReader("Заголовок новости для теста\n\n" + line + "\n\n" + para + "\n\nВторой абзац.\n"))
		if err != nil {
			t.Fatal(err)
		}
		glued, err := ParseText(strings.NewReader("Заголовок новости для теста\n\n" + line + " " + para + "\n\nВторой абзац.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if alone.Description != para {
			t.Errorf("%q: description = %q, want %q", line, alone.Description, para)
		}
		if alone.DatePublished.String()[:10] != "2024-03-12" {
			t.Errorf("%q: datePublished = %q", line, alone.DatePublished)
		}
		if alone.ContentHash != glued.ContentHash || len(alone.Body) != len(glued.Body) {
			t.Errorf("%q: alone and glued differ: %d and %d blocks", line, len(alone.Body), len(glued.Body))
		}
	}
}

// TestTextJoinerInsideWord checks that a zero-width joiner pasted inside a
// Cyrillic name neither cuts the speaker's name nor adds words.
func TestTextJoinerInsideWord(t *testing.T) {
	const text = "Мэр открыл мост\n\n«Мост откроют в июне», — сказал мэр Москвы Сергей Собя%sнин.\n\nВторой абзац.\n"
	plain, err := ParseText(strings.NewReader(strings.Replace(text, "%s", "", 1)))
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range []string{"\u200d", "\u200c", "\u2060", "\ufeff", "\u00ad", "\u200b"} {
		a, err := ParseText(strings.NewReader(strings.Replace(text, "%s", j, 1)))
		if err != nil {
			t.Fatal(err)
		}
		if a.WordCount != plain.WordCount {
			t.Errorf("%U: word count %d, want %d", []rune(j)[0], a.WordCount, plain.WordCount)
		}
		if len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Сергей Собянин" {
			t.Errorf("%U: quotes %+v", []rune(j)[0], a.Quotes)
		}
	}
	// An emoji sequence keeps its joiner.
	a, err := ParseText(strings.NewReader("Семья на мосту\n\nСемья 👨\u200d👩\u200d👧 пришла на мост.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body[0].Text, "👨\u200d👩\u200d👧") {
		t.Errorf("emoji sequence lost its joiners: %q", a.Body[0].Text)
	}
}

// TestTextPublishedLabels checks that a dateline labelled as published in
// German, French, Spanish, Italian or Polish is read, time and all, and is
// not left as the lead (second user trial).
func TestTextPublishedLabels(t *testing.T) {
	const para = "Der Rat hat am Montag den Bau beschlossen, teilte die Stadt mit."
	for line, want := range map[string]string{
		"Veröffentlicht am 19.06.2024, 17:43 Uhr":      "2024-06-19T17:43:00",
		"Publié le 19 juin 2024 à 17:43":               "2024-06-19T17:43:00",
		"Publicado el 19 de junio de 2024 a las 17:43": "2024-06-19T17:43:00",
		"Pubblicato il 19 giugno 2024 alle 17:43":      "2024-06-19T17:43:00",
		"Opublikowano: 19 czerwca 2024, 17:43":         "2024-06-19T17:43:00",
		"Aktualisiert am 19.06.2024, 17:43 Uhr MESZ":   "",
	} {
		a, err := ParseText(strings.NewReader("Neue Brücke für die Stadt beschlossen\n\n" + line + "\n\n" + para + "\n\nZweiter Absatz.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if want != "" && a.DatePublished.String() != want {
			t.Errorf("%q: datePublished %q, want %q", line, a.DatePublished.String(), want)
		}
		if a.Description != para {
			t.Errorf("%q: description %q, want the first paragraph", line, a.Description)
		}
	}
}
