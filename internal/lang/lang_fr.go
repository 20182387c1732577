package lang

import "time"

// frTable knows French as far as dates and language detection need.
var frTable = &Table{
	Tag: "fr",
	months: map[string]time.Month{
		"janvier": 1, "janv": 1,
		"février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2,
		"mars":  3,
		"avril": 4, "avr": 4,
		"mai":     5,
		"juin":    6,
		"juillet": 7, "juil": 7,
		"août": 8, "aout": 8,
		"septembre": 9, "sept": 9,
		"octobre": 10, "oct": 10,
		"novembre": 11, "nov": 11,
		"décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
	},
	Stopwords: []string{
		"le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "pour", "dans", "que", "qui", "pas",
		"sur", "au", "aux", "avec", "ce", "il", "elle", "sont", "par", "plus", "mais", "nous", "vous",
		"cette", "ont", "été", "ne", "se", "son", "sa", "ses", "leur", "l", "d", "qu", "ou", "comme", "être",
	},
	SpeechVerbs: []string{
		"dit", "déclaré", "déclare", "affirmé", "affirme", "expliqué", "explique", "ajouté", "ajoute",
		"estimé", "estime", "souligné", "souligne", "indiqué", "indique", "précisé", "précise", "assuré", "assure",
		"averti", "avertit", "confié", "confie", "écrit", "répondu", "répond", "déploré", "déplore", "insisté",
		"insiste", "lancé", "martelé", "martèle", "reconnu", "reconnaît", "annoncé", "annonce", "rappelé",
		"rappelle", "jugé", "dénoncé", "dénonce", "commenté", "commente", "poursuit", "poursuivi",
		"tweeté", "raconte", "raconté", "confirme", "confirmé", "observe", "observé", "conclut",
	},
	AccordingTo: []string{"selon", "d'après", "pour"},
	// Prepositions and verbs of reporting after which French names a
	// cited outlet ("selon l'AFP", "a rapporté Le Figaro", "cité par Le
	// Monde"), with or without the elided article.
	SourceVerbs: []string{"selon", "d'après", "d’après", "rapporte", "a rapporté", "rapportait", "indique", "a indiqué", "indiquait",
		"cité par", "citée par", "cités par", "rapporté par", "rapportée par", "révèle", "a révélé", "écrit", "a écrit"},
	// The same verbs after their subject ("Le Figaro a rapporté", "l'AFP
	// indique").
	OutletSubjectVerbs: []string{"rapporte", "a rapporté", "rapportait", "indique", "a indiqué", "révèle", "a révélé", "écrit", "a écrit"},
	Pronouns:           []string{"il", "elle"},
	InvertedSubject:    true,
	Roles: []string{
		"maire", "ministre", "président", "présidente", "porte-parole", "directeur", "directrice", "secrétaire",
		"député", "députée", "sénateur", "sénatrice", "ambassadeur", "avocat", "avocate", "juge", "procureur",
		"professeur", "chercheur", "chercheuse", "responsable", "dirigeant", "dirigeante", "candidat", "candidate",
	},
	OutletNouns: []string{"journal", "quotidien", "agence", "chaîne", "magazine", "hebdomadaire", "radio", "site"},
	Outlets:     []string{"AFP", "Le Monde", "Le Figaro", "Libération", "France Info", "Franceinfo", "BFMTV", "Le Parisien", "Les Echos", "Mediapart"},
	// Bylines of the French press: "Par Jean Dupont", "Texte : …" (French
	// typography sets a space before the colon); role credits for
	// photos, translation and editing.
	Bylines:     []string{"Par", "Texte :", "Texte:", "Auteur :", "Auteur:", "Propos recueillis par", "Rédigé par", "Écrit par"},
	RoleBylines: map[string]string{"Photo :": "photographer", "Photo:": "photographer", "Photos :": "photographer", "Photos:": "photographer", "Crédit photo :": "photographer", "Crédit photo:": "photographer", "Photographies :": "photographer", "Traduction :": "translator", "Traduction:": "translator", "Traduit par": "translator", "Édition :": "editor", "Édité par": "editor"},
	Updated:     []string{"Mis à jour le", "Mis à jour :", "Mis à jour:", "Mis à jour"},
	Published:   []string{"Publié le", "Publié :", "Publié:", "Publié"},
	nonNames: []string{
		"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
		"mais", "quand", "après", "avant", "alors", "aujourd", "hier", "selon", "pour",
	},
}
