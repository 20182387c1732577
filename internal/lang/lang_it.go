package lang

import "time"

// itTable knows Italian as far as dates and language detection need.
var itTable = &Table{
	Tag: "it",
	months: map[string]time.Month{
		"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
		"luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
		"giu": 6, "lug": 7, "ott": 10, "dic": 12,
	},
	Stopwords: []string{
		"il", "lo", "la", "gli", "le", "di", "del", "della", "dei", "delle", "che", "è", "un", "una",
		"per", "con", "non", "sono", "nel", "nella", "si", "da", "al", "alla", "anche", "come", "più",
		"ma", "questo", "questa", "ha", "degli", "dal", "dalla", "sul", "sulla",
	},
	SpeechVerbs: []string{
		"detto", "dice", "disse", "dichiarato", "dichiara", "affermato", "afferma", "spiegato", "spiega",
		"aggiunto", "aggiunge", "sottolineato", "sottolinea", "precisato", "precisa", "ribadito", "ribadisce",
		"commentato", "commenta", "osservato", "osserva", "scritto", "scrive", "avvertito", "avverte",
		"assicurato", "assicura", "annunciato", "annuncia", "risposto", "risponde", "concluso", "conclude",
		"insistito", "denunciato", "ricordato", "ricorda", "evidenziato", "evidenzia",
	},
	AccordingTo: []string{"secondo"},
	// Prepositions and verbs of reporting after which Italian names a
	// cited outlet ("secondo l'ANSA", "secondo quanto riferisce il
	// Corriere", "riporta Repubblica"), and the verbs after their subject.
	SourceVerbs: []string{"secondo quanto riferisce", "secondo quanto riporta", "secondo", "riferisce", "riporta", "ha riferito",
		"ha riportato", "scrive", "ha scritto", "citato da", "citata da"},
	OutletSubjectVerbs: []string{"riferisce", "riporta", "ha riferito", "ha riportato", "scrive", "ha scritto"},
	Pronouns:           []string{"lui", "lei"},
	InvertedSubject:    true,
	Roles: []string{
		"sindaco", "ministro", "ministra", "presidente", "portavoce", "direttore", "direttrice", "segretario",
		"deputato", "deputata", "senatore", "senatrice", "ambasciatore", "avvocato", "giudice", "procuratore",
		"professore", "professoressa", "ricercatore", "ricercatrice", "candidato", "candidata", "premier",
	},
	OutletNouns: []string{"quotidiano", "giornale", "agenzia", "rete", "settimanale", "rivista", "emittente"},
	Outlets:     []string{"ANSA", "Adnkronos", "Corriere della Sera", "la Repubblica", "La Stampa", "Rai", "Il Sole 24 Ore"},
	// Bylines of the Italian press: "di Marco Rossi" (often lower-case),
	// "Testo: …", "Autore: …"; role credits for photos, translation and
	// editing.
	Bylines:     []string{"di", "Testo:", "Autore:", "Autrice:", "Scritto da"},
	RoleBylines: map[string]string{"Foto:": "photographer", "Foto di": "photographer", "Fotografie di": "photographer", "Traduzione:": "translator", "Traduzione di": "translator", "Tradotto da": "translator", "A cura di": "editor"},
	Updated:     []string{"Aggiornato il", "Aggiornato:", "Aggiornato"},
	Published:   []string{"Pubblicato il", "Pubblicato:", "Pubblicato"},
	nonNames: []string{
		"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
		"oggi", "ieri", "secondo", "quando", "dopo", "prima", "però",
	},
}
