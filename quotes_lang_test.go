package article

import (
	"reflect"
	"strings"
	"testing"
)

// TestQuotesOtherLanguages checks direct quotations, their speakers and the
// cited outlets in short German, French, Spanish, Italian and Polish news
// texts, in each language's quotation marks and reporting style.
func TestQuotesOtherLanguages(t *testing.T) {
	cases := []struct {
		lang, text string
		quotes     [][2]string // speaker, text
		sources    []string
	}{
		{
			lang: "de",
			text: "Bürgermeister will Brücke schließen\n" +
				"\n" +
				"Die Stadt Hamm will die alte Brücke über die Lippe im Mai für sechs Wochen schließen. Die Reparatur sei dringend, teilte die Verwaltung am Montag mit.\n" +
				"\n" +
				"„Wir haben keine andere Wahl“, sagte Bürgermeister Marc Herter. „Die Lager sind durchgerostet und müssen sofort ersetzt werden.“\n" +
				"\n" +
				"Der Verkehrsclub kritisierte die Pläne. „Die Pendler werden die Leidtragenden sein“, erklärte Sprecherin Anna Weber. Sie forderte einen Ersatzverkehr mit Bussen.\n" +
				"\n" +
				"Laut der Zeitung „Westfälischer Anzeiger“ kostet die Reparatur rund vier Millionen Euro.\n",
			quotes:  [][2]string{{"Marc Herter", "Wir haben keine andere Wahl"}, {"Marc Herter", "Die Lager sind durchgerostet und müssen sofort ersetzt werden."}, {"Anna Weber", "Die Pendler werden die Leidtragenden sein"}},
			sources: []string{"Westfälischer Anzeiger"},
		},
		{
			lang: "fr",
			text: "Le maire veut fermer le pont\n" +
				"\n" +
				"La ville de Lyon fermera le vieux pont sur la Saône pendant six semaines à partir de mai, a annoncé lundi la mairie.\n" +
				"\n" +
				"« Nous n'avons pas le choix », a déclaré le maire Grégory Doucet. « Les appuis sont rouillés et doivent être remplacés. »\n" +
				"\n" +
				"L'association des usagers a critiqué le projet. « Les navetteurs vont en payer le prix », a estimé sa porte-parole Claire Martin. Elle demande des bus de remplacement.\n" +
				"\n" +
				"Selon le journal Le Progrès, les travaux coûteront quatre millions d'euros.\n",
			quotes:  [][2]string{{"Grégory Doucet", "Nous n'avons pas le choix"}, {"Grégory Doucet", "Les appuis sont rouillés et doivent être remplacés."}, {"Claire Martin", "Les navetteurs vont en payer le prix"}},
			sources: []string{"Le Progrès"},
		},
		{
			lang: "es",
			text: "El alcalde quiere cerrar el puente\n" +
				"\n" +
				"La ciudad de Sevilla cerrará el viejo puente sobre el Guadalquivir durante seis semanas a partir de mayo, anunció el lunes el ayuntamiento.\n" +
				"\n" +
				"«No tenemos otra opción», dijo el alcalde José Luis Sanz. «Los apoyos están oxidados y hay que cambiarlos ya».\n" +
				"\n" +
				"La asociación de usuarios criticó el plan. «Los trabajadores serán los perjudicados», afirmó su portavoz María López. Ella pidió autobuses de sustitución.\n" +
				"\n" +
				"Según el diario ABC, las obras costarán cuatro millones de euros.\n",
			quotes:  [][2]string{{"José Luis Sanz", "No tenemos otra opción"}, {"José Luis Sanz", "Los apoyos están oxidados y hay que cambiarlos ya"}, {"María López", "Los trabajadores serán los perjudicados"}},
			sources: []string{"ABC"},
		},
		{
			lang: "it",
			text: "Il sindaco vuole chiudere il ponte\n" +
				"\n" +
				"La città di Torino chiuderà il vecchio ponte sul Po per sei settimane da maggio, ha annunciato lunedì il Comune.\n" +
				"\n" +
				"«Non abbiamo scelta», ha detto il sindaco Stefano Lo Russo. «Gli appoggi sono arrugginiti e vanno sostituiti subito».\n" +
				"\n" +
				"L'associazione dei pendolari ha criticato il piano. «I lavoratori saranno i più colpiti», ha dichiarato la portavoce Giulia Bianchi.\n" +
				"\n" +
				"Secondo il quotidiano La Stampa, i lavori costeranno quattro milioni di euro.\n",
			quotes:  [][2]string{{"Stefano Lo Russo", "Non abbiamo scelta"}, {"Stefano Lo Russo", "Gli appoggi sono arrugginiti e vanno sostituiti subito"}, {"Giulia Bianchi", "I lavoratori saranno i più colpiti"}},
			sources: []string{"La Stampa"},
		},
		{
			lang: "pl",
			text: "Burmistrz chce zamknąć most\n" +
				"\n" +
				"Miasto Wrocław zamknie stary most na Odrze na sześć tygodni od maja, poinformował w poniedziałek urząd miasta.\n" +
				"\n" +
				"„Nie mamy wyboru” – powiedział prezydent miasta Jacek Sutryk. „Łożyska są skorodowane i trzeba je wymienić”.\n" +
				"\n" +
				"Stowarzyszenie pasażerów skrytykowało plan. „Najbardziej ucierpią dojeżdżający” – oceniła rzeczniczka Anna Nowak.\n" +
				"\n" +
				"Według dziennika Gazeta Wyborcza remont będzie kosztował cztery miliony złotych.\n",
			quotes:  [][2]string{{"Jacek Sutryk", "Nie mamy wyboru"}, {"Jacek Sutryk", "Łożyska są skorodowane i trzeba je wymienić"}, {"Anna Nowak", "Najbardziej ucierpią dojeżdżający"}},
			sources: []string{"Gazeta Wyborcza"},
		},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			a, err := ParseText(strings.NewReader(c.text))
			if err != nil {
				t.Fatal(err)
			}
			if a.Language != c.lang {
				t.Errorf("Language = %q, want %q", a.Language, c.lang)
			}
			var got [][2]string
			for _, q := range a.Quotes {
				got = append(got, [2]string{q.Speaker, q.Text})
			}
			if !reflect.DeepEqual(got, c.quotes) {
				t.Errorf("quotes:\n got %q\nwant %q", got, c.quotes)
			}
			if !reflect.DeepEqual(a.Sources, c.sources) {
				t.Errorf("Sources = %q, want %q", a.Sources, c.sources)
			}
		})
	}
}

// TestGermanNounsAreNotSpeakers checks that, in a language that capitalises
// every noun, a noun phrase next to a reporting verb is not taken for a
// person, and that a one-word quotation nobody is said to have spoken is a
// scare quote.
func TestGermanNounsAreNotSpeakers(t *testing.T) {
	in := "Turnier in München\n\n" +
		"„Das Turnier war ein großer Erfolg für alle Beteiligten“, lobte die Qualität des Teilnehmerfeldes Turnierdirektor Peter Aurnhammer.\n\n" +
		"„Wir kommen gerne im nächsten Jahr wieder nach München“, sagte die Vorsitzende der Bundesagentur.\n\n" +
		"Die neue Anlage soll besser „funktionieren“, erklärte die Verwaltung der Stadt am Montag.\n"
	a, err := ParseText(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range a.Quotes {
		if q.Text == "funktionieren" {
			t.Errorf("scare quote %q taken as a quotation", q.Text)
		}
		for _, bad := range []string{"Qualität", "Bundesagentur", "Vorsitzende", "Verwaltung"} {
			if strings.Contains(q.Speaker, bad) {
				t.Errorf("quote %q: speaker %q is a noun phrase", q.Text, q.Speaker)
			}
		}
	}
	if len(a.Quotes) < 2 {
		t.Fatalf("quotes = %+v, want the two quotations", a.Quotes)
	}
}

func TestRussianOutlets(t *testing.T) {
	for in, want := range map[string]string{
		"Фильм снимут в следующем году, сообщает РИА «Новости».":              "РИА Новости",
		"«Мы готовы», — сказал министр «Интерфаксу».":                         "Интерфакс",
		"Свидание разрешили, пишет NEWSru.com.":                               "NEWSru.com",
		"Он выступил в интервью программе «Время» на «Первом канале».":        "Первый канал",
		"Протестующие пришли к посольству, уточняет газета «Труд».":           "Труд",
		"Как сообщает ИА «Регнум», мост откроют в мае.":                       "Регнум",
		"Россия рискует стать изгоем, написал в Facebook премьер.":            "",
		"Генеральный директор радиостанции «Эхо Москвы» может покинуть пост.": "",
		"Он напомнил о работе антидопингового агентства РУСАДА.":              "",
		"В конкурсе участвует детский сад «Огонек».":                          "",
	} {
		a, err := ParseText(strings.NewReader("Заголовок\n\n" + in + "\n\nЭто второй абзац новости, в котором говорится о событиях и их последствиях для жителей города.\n"))
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(a.Sources, "; ")
		if got != want {
			t.Errorf("%s: sources %q, want %q", in, got, want)
		}
	}
}
