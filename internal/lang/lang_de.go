package lang

import "time"

// deTable knows German (Germany, Austria, Switzerland) as far as dates and
// language detection need.
var deTable = &Table{
	Tag: "de",
	months: map[string]time.Month{
		"januar": 1, "jänner": 1, "jan": 1, "jän": 1,
		"februar": 2, "feber": 2, "feb": 2, "febr": 2,
		"märz": 3, "maerz": 3, "mär": 3, "mrz": 3,
		"april": 4, "apr": 4,
		"mai":  5,
		"juni": 6, "jun": 6,
		"juli": 7, "jul": 7,
		"august": 8, "aug": 8,
		"september": 9, "sep": 9, "sept": 9,
		"oktober": 10, "okt": 10,
		"november": 11, "nov": 11,
		"dezember": 12, "dez": 12,
	},
	Stopwords: []string{
		"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "sich", "des", "auf", "für",
		"ein", "eine", "einen", "einer", "dem", "auch", "im", "wird", "werden", "sie", "er", "wir", "ich",
		"aber", "nach", "bei", "wie", "oder", "noch", "nur", "zum", "zur", "sind", "hat", "haben", "dass",
		"es", "aus", "um", "über", "so", "vor", "kann", "wenn", "man", "ihre", "sein", "schon",
	},
	SpeechVerbs: []string{
		"sagte", "sagten", "sagt", "sagen", "gesagt", "erklärte", "erklärten", "erklärt", "betonte", "betont",
		"meinte", "meint", "fügte", "ergänzte", "ergänzt", "sagt", "schrieb", "schreibt", "warnte", "warnt",
		"forderte", "fordert", "kritisierte", "kritisiert", "räumte", "versicherte", "versichert", "bekräftigte",
		"antwortete", "antwortet", "berichtete", "berichtet", "erläuterte", "erläutert", "unterstrich",
		"kündigte", "teilte", "sprach", "fragte", "fragt", "rief", "twitterte", "erzählte", "erzählt",
		"zitiert", "bestätigte", "bestätigt",
	},
	AccordingTo: []string{"laut", "zufolge", "nach angaben von", "wie", "so"},
	// Prepositions and verbs of reporting after which German names a
	// cited outlet ("laut dpa", "berichtete die „Süddeutsche Zeitung“",
	// "sagte er gegenüber der „Bild“", "unter Berufung auf Reuters").
	SourceVerbs: []string{"laut", "berichtet", "berichtete", "berichten", "berichteten", "meldet", "meldete", "meldeten",
		"schreibt", "schrieb", "unter berufung auf", "gegenüber", "im interview mit", "im gespräch mit"},
	// The same verbs after their subject, and the postposition "zufolge"
	// after its object ("Wie der Spiegel berichtet", "dpa zufolge").
	OutletSubjectVerbs: []string{"berichtet", "berichtete", "berichten", "berichteten", "meldet", "meldete", "meldeten", "schreibt", "schrieb", "zufolge"},
	Pronouns:           []string{"er", "sie"},
	InvertedSubject:    true,
	CapitalNouns:       true,
	Roles: []string{
		"bürgermeister", "oberbürgermeister", "sprecher", "minister", "ministerpräsident", "kanzler", "präsident",
		"chef", "vorsitzend", "direktor", "leiter", "geschäftsführer", "abgeordnet", "senator", "botschafter",
		"experte", "expertin", "professor", "anwalt", "anwältin", "richter", "staatsanwalt", "trainer", "kandidat",
		"forscher", "wissenschaftler", "vorstand", "präsidentin", "sprecherin", "leiterin", "chefin", "ministerin",
		"bundesgeschäftsführer", "bundesminister", "bundeskanzler", "landrat", "landrätin", "stadtrat",
		"sekretär", "sekretärin", "generalsekretär", "generalsekretärin",
	},
	OutletNouns: []string{"zeitung", "nachrichtenagentur", "agentur", "sender", "magazin", "blatt", "portal", "wochenzeitung"},
	Outlets:     []string{"dpa", "epd", "KNA", "Der Spiegel", "Spiegel", "FAZ", "Süddeutsche Zeitung", "Bild", "ARD", "ZDF", "Tagesschau", "Handelsblatt", "Die Zeit", "taz", "Welt"},
	// Bylines of the German press: "Von Jürgen Müller", "Text: …",
	// "Autor: …"; role credits for photos, translation and editing.
	Bylines:     []string{"Von", "Text:", "Autor:", "Autorin:", "Autoren:", "Ein Beitrag von", "Geschrieben von"},
	RoleBylines: map[string]string{"Fotos:": "photographer", "Foto:": "photographer", "Fotos von": "photographer", "Foto von": "photographer", "Bild:": "photographer", "Übersetzung:": "translator", "Übersetzt von": "translator", "Redaktion:": "editor", "Bearbeitet von": "editor"},
	Updated:     []string{"Aktualisiert am", "Aktualisiert:", "Zuletzt aktualisiert:", "Aktualisiert"},
	Published:   []string{"Veröffentlicht am", "Veröffentlicht:", "Veröffentlicht", "Erschienen am", "Stand:"}, // "Stand:" ("as of"): the time German news sites print an article at
	nonNames: []string{
		"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
		"heute", "gestern", "aber", "wenn", "als", "nach", "doch", "dann", "jetzt", "auch", "denn",
	},
}
