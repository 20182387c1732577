package lang

import "time"

// plTable knows Polish as far as dates and language detection need.
var plTable = &Table{
	Tag: "pl",
	months: map[string]time.Month{
		"stycznia": 1, "styczeń": 1, "sty": 1,
		"lutego": 2, "luty": 2, "lut": 2,
		"marca": 3, "marzec": 3,
		"kwietnia": 4, "kwiecień": 4, "kwi": 4,
		"maja": 5, "maj": 5,
		"czerwca": 6, "czerwiec": 6, "cze": 6,
		"lipca": 7, "lipiec": 7,
		"sierpnia": 8, "sierpień": 8,
		"września": 9, "wrzesień": 9, "wrz": 9,
		"października": 10, "październik": 10, "paź": 10,
		"listopada": 11, "listopad": 11,
		"grudnia": 12, "grudzień": 12, "gru": 12,
	},
	Stopwords: []string{
		"w", "na", "z", "że", "się", "nie", "do", "to", "jest", "jak", "po", "od", "za", "ale", "przez",
		"dla", "czy", "jego", "tak", "już", "oraz", "są", "ich", "jej", "tym", "też", "może", "być",
	},
	SpeechVerbs: []string{
		"powiedział", "powiedziała", "powiedzieli", "mówi", "mówił", "mówiła", "stwierdził", "stwierdziła",
		"podkreślił", "podkreśliła", "dodał", "dodała", "zaznaczył", "zaznaczyła", "ocenił", "oceniła",
		"przekonywał", "przekonywała", "wyjaśnił", "wyjaśniła", "zapowiedział", "zapowiedziała", "napisał",
		"napisała", "odpowiedział", "odpowiedziała", "przyznał", "przyznała", "ostrzegł", "ostrzegła",
		"poinformował", "poinformowała", "zauważył", "zauważyła", "tłumaczył", "tłumaczyła", "uważa", "twierdzi",
		"zapewnił", "zapewniła", "oświadczył", "oświadczyła", "komentował", "komentowała",
	},
	AccordingTo: []string{"według", "zdaniem"},
	// Prepositions and verbs of reporting after which Polish names a
	// cited outlet ("według PAP", "podała Polska Agencja Prasowa",
	// "informuje TVN24"), and the verbs after their subject.
	SourceVerbs: []string{"według", "podała", "podał", "podaje", "informuje", "poinformowała", "poinformował", "pisze",
		"napisała", "napisał", "cytowany przez", "cytowana przez"},
	OutletSubjectVerbs: []string{"podała", "podał", "podaje", "informuje", "poinformowała", "poinformował", "pisze", "napisała", "napisał"},
	Pronouns:           []string{"ona"},
	InvertedSubject:    true,
	Roles: []string{
		"prezydent", "premier", "minister", "rzecznik", "rzeczniczka", "burmistrz", "wójt", "dyrektor", "prezes",
		"poseł", "posłanka", "senator", "ambasador", "adwokat", "sędzia", "prokurator", "profesor", "ekspert", "kandydat",
	},
	OutletNouns: []string{"dziennik", "agencja", "portal", "tygodnik", "telewizja", "stacja", "radio"},
	Outlets:     []string{"PAP", "Polska Agencja Prasowa", "TVN24", "Gazeta Wyborcza", "Rzeczpospolita", "Onet", "Polsat", "TVP", "RMF FM", "Interia"},
	// Bylines of the Polish press: "Autor: Jan Kowalski", "Tekst: …",
	// "Oprac." (opracowanie, "compiled by"); role credits for photos
	// ("Zdjęcia:", "Fot."), translation and editing.
	Bylines:     []string{"Autor:", "Autorka:", "Autorzy:", "Tekst:", "Opracowanie:", "Oprac.", "Opr."},
	RoleBylines: map[string]string{"Zdjęcia:": "photographer", "Zdjęcie:": "photographer", "Fot.": "photographer", "Foto:": "photographer", "Tłumaczenie:": "translator", "Tłum.": "translator", "Przekład:": "translator", "Redakcja:": "editor"},
	Updated:     []string{"Aktualizacja:", "Zaktualizowano:", "Aktualizacja"},
	Published:   []string{"Opublikowano:", "Opublikowano", "Data publikacji:"},
	nonNames: []string{
		"poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
	},
}
