package attrib

import (
	"slices"
	"testing"
)

// enout16Case is a text of one or more paragraphs (a headline is put
// before it), its language, the outlets it cites and the article's own
// publisher ("" for none).
type enout16Case struct {
	lang, text string
	want       []string
	publisher  string
}

// enout16Cases are sentences of English, German and French news that cite
// an outlet, and ones that do not though a name like an outlet's stands
// in them (a person named like one, a place, a byline, the publisher).
var enout16Cases = []enout16Case{
	// English: after a preposition or verb.
	{"en", "According to the Associated Press, rescue teams were working.", []string{"Associated Press"}, ""},
	{"en", "The figures were reported by the BBC on Monday.", []string{"BBC"}, ""},
	{"en", "He made the remarks in an interview with the New York Times.", []string{"New York Times"}, ""},
	{"en", "The minister told Reuters the talks would resume.", []string{"Reuters"}, ""},
	{"en", "The report, cited by Bloomberg, shows a decline.", []string{"Bloomberg"}, ""},
	{"en", "The memo was first quoted by Politico last year.", []string{"Politico"}, ""},
	{"en", "The strike was called off, the news agency Anadolu reported.", []string{"Anadolu"}, ""},
	// English: the outlet as the subject.
	{"en", "The Associated Press said rescue teams were working through the night.", []string{"Associated Press"}, ""},
	{"en", "Rescue teams were working, Reuters reported.", []string{"Reuters"}, ""},
	{"en", "CNN reported that the talks had collapsed.", []string{"CNN"}, ""},
	{"en", "The Wall Street Journal reported the deal on Friday.", []string{"Wall Street Journal"}, ""},
	{"en", "The Guardian reported last week that the plan was dropped.", []string{"The Guardian"}, ""},
	{"en", "On Tuesday, Bloomberg News reported that the bank would cut jobs.", []string{"Bloomberg News"}, ""},
	{"en", "The talks failed, Sky News said.", []string{"Sky News"}, ""},
	{"en", "Yesterday Reuters reported that the deal was done.", []string{"Reuters"}, ""},
	{"en", "The Washington Post has reported that the inquiry widened.", []string{"Washington Post"}, ""},
	// English: no outlet.
	{"en", "Jane Post said the plan would fail.", nil, ""},
	{"en", "Michael Bloomberg spoke first.\nBloomberg said the city would pay.", nil, ""},
	{"en", "He told the Times Square crowd that help was coming.", nil, ""},
	{"en", "The crowd gathered in Times Square on Friday.", nil, ""},
	{"en", "LONDON (Reuters) - Oil prices rose on Monday.", nil, ""},
	{"en", "Reuters\nOil prices rose on Monday, traders said.", nil, ""},
	{"en", "The Guardian reported last week that the plan was dropped.", nil, "The Guardian"},
	{"en", "As the Post reported in March, the deal was signed.", nil, "The Washington Post"},
	{"en", "The company said profits rose, and the union reported a strike.", nil, ""},
	{"en", "Liam Fox said the talks were over.", nil, ""},
	{"en", "The White House said the president would travel.", nil, ""},
	{"en", "The Post Office said deliveries would be late.", nil, ""},
	{"en", "According to police, the driver fled.", nil, ""},
	{"en", "Smith told reporters the plan was dead.", nil, ""},
	{"en", "The mayor told the council that the budget was tight.", nil, ""},
	// German: after a preposition or verb.
	{"de", "Laut dpa arbeiteten Rettungskräfte die ganze Nacht.", []string{"dpa"}, ""},
	{"de", "Die Verhandlungen seien gescheitert, berichtete die „Süddeutsche Zeitung“.", []string{"Süddeutsche Zeitung"}, ""},
	{"de", "Das meldet die Nachrichtenagentur dpa am Montag.", []string{"dpa"}, ""},
	{"de", "Die Regierung plant Kürzungen, schreibt das Handelsblatt.", []string{"Handelsblatt"}, ""},
	{"de", "Das sagte der Minister gegenüber der „Bild“.", []string{"Bild"}, ""},
	{"de", "Unter Berufung auf Reuters hieß es, die Gespräche liefen.", []string{"Reuters"}, ""},
	{"de", "Laut „Spiegel“ ist der Vertrag unterschrieben.", []string{"Spiegel"}, ""},
	{"de", "Das berichtet die Tagesschau am Abend.", []string{"Tagesschau"}, ""},
	{"de", "Laut ZDF wurde niemand verletzt.", []string{"ZDF"}, ""},
	{"de", "Der Minister sagte im Interview mit der FAZ, er bleibe im Amt.", []string{"FAZ"}, ""},
	// German: the outlet before the verb.
	{"de", "Wie der Spiegel berichtet, arbeiteten Rettungskräfte die ganze Nacht.", []string{"Der Spiegel"}, ""},
	{"de", "Die Gespräche sind dpa zufolge gescheitert.", []string{"dpa"}, ""},
	{"de", "Wie die „Süddeutsche Zeitung“ berichtet, ist der Plan vom Tisch.", []string{"Süddeutsche Zeitung"}, ""},
	{"de", "Die Zeit schreibt, der Plan sei vom Tisch.", []string{"Die Zeit"}, ""},
	{"de", "Wie die taz meldet, ist der Plan vom Tisch.", []string{"taz"}, ""},
	{"de", "Wie das Handelsblatt berichtete, sinken die Gewinne.", []string{"Handelsblatt"}, ""},
	// German: no outlet.
	{"de", "Laut Polizei wurde niemand verletzt.", nil, ""},
	{"de", "Laut Angela Merkel ist die Lage ernst.", nil, ""},
	{"de", "Den Angaben der Feuerwehr zufolge brannte das Haus völlig aus.", nil, ""},
	{"de", "Wie Müller berichtet, war die Lage ernst.", nil, ""},
	{"de", "Das berichtete der Bürgermeister am Montag.", nil, ""},
	{"de", "Er sagte gegenüber Journalisten, er bleibe im Amt.", nil, ""},
	{"de", "Wie der Spiegel berichtet, arbeiteten Rettungskräfte die ganze Nacht.", nil, "Der Spiegel"},
	{"de", "Laut einer Umfrage ist die Mehrheit dagegen.", nil, ""},
	{"de", "Die Welt ist im Wandel, sagte der Forscher.", nil, ""},
	{"de", "Sie schrieb einen Brief an die Bürger.", nil, ""},
	{"de", "Wie Anna Zeit berichtet, ist die Lage ernst.", nil, ""},
	{"de", "Laut Bericht der Kommission fehlen Mittel.", nil, ""},
	{"de", "Unter Berufung auf Sicherheitskreise hieß es, die Lage sei ruhig.", nil, ""},
	{"de", "Der Minister berichtete dem Ausschuss über die Lage.", nil, ""},
	// French: after a preposition or verb.
	{"fr", "Selon l'AFP, les secours ont travaillé toute la nuit.", []string{"AFP"}, ""},
	{"fr", "Selon Le Monde, les secours ont travaillé toute la nuit.", []string{"Le Monde"}, ""},
	{"fr", "Les négociations ont échoué, a rapporté Le Figaro.", []string{"Le Figaro"}, ""},
	{"fr", "D'après l'Agence France-Presse, le bilan est lourd.", []string{"Agence France-Presse"}, ""},
	{"fr", "Le projet est abandonné, rapporte Libération.", []string{"Libération"}, ""},
	{"fr", "Le ministre, cité par Le Parisien, a démenti.", []string{"Le Parisien"}, ""},
	{"fr", "Selon le quotidien Les Echos, la vente est conclue.", []string{"Les Echos"}, ""},
	{"fr", "Le bilan s'alourdit, indique l'AFP.", []string{"AFP"}, ""},
	{"fr", "Selon BFMTV, deux personnes ont été interpellées.", []string{"BFMTV"}, ""},
	{"fr", "Selon Mediapart, le ministre était informé.", []string{"Mediapart"}, ""},
	{"fr", "D’après Franceinfo, le train est reparti.", []string{"Franceinfo"}, ""},
	{"fr", "Le texte a été révélé, a indiqué l’AFP lundi.", []string{"AFP"}, ""},
	// French: the outlet before the verb.
	{"fr", "Le Figaro a rapporté que les négociations avaient échoué.", []string{"Le Figaro"}, ""},
	{"fr", "L'AFP indique que le bilan est lourd.", []string{"AFP"}, ""},
	{"fr", "Le Monde révèle que le ministre était informé.", []string{"Le Monde"}, ""},
	{"fr", "Libération écrit que le projet est abandonné.", []string{"Libération"}, ""},
	// French: no outlet.
	{"fr", "Selon Emmanuel Macron, la réforme est nécessaire.", nil, ""},
	{"fr", "Selon la police, le conducteur a pris la fuite.", nil, ""},
	{"fr", "Selon les pompiers, le feu est maîtrisé.", nil, ""},
	{"fr", "Le maire a indiqué que le budget était serré.", nil, ""},
	{"fr", "Le Monde entier regarde la finale.", nil, ""},
	{"fr", "Selon Le Monde, les secours ont travaillé toute la nuit.", nil, "Le Monde"},
	{"fr", "D'après une étude, les prix augmentent.", nil, ""},
	{"fr", "Le ministre indique que la réforme avance.", nil, ""},
	{"fr", "Selon Jean Dupont, le projet avance.", nil, ""},
	{"fr", "Selon l'Insee, le chômage recule.", nil, ""},
	{"fr", "Le gouvernement a rapporté la mesure.", nil, ""},
	{"fr", "Selon lui, la réforme est nécessaire.", nil, ""},
	{"fr", "Elle écrit des romans policiers.", nil, ""},
	{"fr", "Selon le ministère de l'Intérieur, dix personnes ont été arrêtées.", nil, ""},
}

// TestLatinCitedOutlets checks the outlets cited in English, German and
// French sentences (enout16Cases), the publisher's own name dropped as the
// parser drops it.
func TestLatinCitedOutlets(t *testing.T) {
	per := map[string][2]int{}
	for _, c := range enout16Cases {
		_, srcs, err := Extract(paragraphs("Headline\n"+c.text), c.lang, func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		srcs = WithoutPublisher(srcs, c.publisher)
		n := per[c.lang]
		n[1]++
		if !slices.Equal(srcs, c.want) && !(len(srcs) == 0 && len(c.want) == 0) {
			t.Errorf("%s %q (publisher %q): sources %q, want %q", c.lang, c.text, c.publisher, srcs, c.want)
		} else {
			n[0]++
		}
		per[c.lang] = n
	}
	for _, l := range []string{"en", "de", "fr"} {
		if per[l][1] < 30 {
			t.Errorf("%s: %d cases, want 30 or more", l, per[l][1])
		}
		t.Logf("%s: %d/%d right", l, per[l][0], per[l][1])
	}
}

// TestLatinOutletEdges checks names like an outlet's that are not one (a
// space agency, a quoted term after "gegenüber") and a paper named by its
// last word ("the Times", not Time).
func TestLatinOutletEdges(t *testing.T) {
	cases := []enout16Case{
		{"en", "The European Space Agency says the probe is safe.", nil, ""},
		{"en", "Xinhua News Agency reported the launch.", []string{"Xinhua News Agency"}, ""},
		{"en", "Wee of the Times reports that censors acted.", []string{"The Times"}, ""},
		{"en", "The study was first reported by Religion News Service.", []string{"Religion News Service"}, ""},
		{"en", "The Secret Service said the area was secure.", nil, ""},
		{"de", "Die Pädagogik muss gegenüber „Big Data Analytics“ wachsam bleiben.", nil, ""},
	}
	for _, c := range cases {
		_, srcs, err := Extract(paragraphs("Headline\n"+c.text), c.lang, func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(srcs, c.want) && !(len(srcs) == 0 && len(c.want) == 0) {
			t.Errorf("%s %q: sources %q, want %q", c.lang, c.text, srcs, c.want)
		}
	}
}
