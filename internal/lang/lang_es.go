package lang

import "time"

// esTable knows Spanish as far as dates and language detection need.
var esTable = &Table{
	Tag: "es",
	months: map[string]time.Month{
		"enero": 1, "ene": 1,
		"febrero": 2, "feb": 2,
		"marzo": 3, "mar": 3,
		"abril": 4, "abr": 4,
		"mayo": 5, "may": 5,
		"junio": 6, "jun": 6,
		"julio": 7, "jul": 7,
		"agosto":     8,
		"septiembre": 9, "setiembre": 9, "sept": 9, "sep": 9,
		"octubre": 10, "oct": 10,
		"noviembre": 11, "nov": 11,
		"diciembre": 12, "dic": 12,
	},
	Stopwords: []string{
		"el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "por", "con", "para", "es",
		"se", "no", "al", "lo", "su", "sus", "como", "más", "pero", "fue", "este", "esta", "ha", "entre",
		"cuando", "muy", "sin", "sobre", "también", "le", "ya", "han", "desde", "porque",
	},
	SpeechVerbs: []string{
		"dijo", "dice", "dicho", "afirmó", "afirma", "declaró", "declara", "explicó", "explica", "aseguró",
		"asegura", "señaló", "señala", "añadió", "añade", "agregó", "agrega", "indicó", "indica", "advirtió",
		"advierte", "sostuvo", "sostiene", "manifestó", "expresó", "subrayó", "destacó", "destaca", "recordó",
		"insistió", "respondió", "escribió", "apuntó", "comentó", "precisó", "reconoció", "denunció", "afirmaba",
		"concluyó", "sentenció", "preguntó", "criticó", "lamentó", "anunció",
	},
	AccordingTo: []string{"según", "de acuerdo con"},
	// Prepositions and verbs of reporting after which Spanish names a
	// cited outlet ("según El País", "informó la agencia EFE", "citado
	// por Reuters"), and the verbs after their subject ("El País
	// publicó").
	SourceVerbs: []string{"según", "de acuerdo con", "informó", "informa", "publicó", "publica", "citado por", "citada por",
		"adelantó", "reveló", "recoge"},
	OutletSubjectVerbs: []string{"informó", "informa", "publicó", "publica", "adelantó", "reveló"},
	Pronouns:           []string{"él", "ella"},
	InvertedSubject:    true,
	Roles: []string{
		"alcalde", "alcaldesa", "ministro", "ministra", "presidente", "presidenta", "portavoz", "director", "directora",
		"secretario", "secretaria", "diputado", "diputada", "senador", "senadora", "embajador", "abogado", "abogada",
		"juez", "jueza", "fiscal", "profesor", "profesora", "investigador", "investigadora", "candidato", "candidata",
	},
	OutletNouns: []string{"diario", "periódico", "agencia", "cadena", "revista", "emisora", "portal"},
	Outlets:     []string{"EFE", "Europa Press", "El País", "El Mundo", "ABC", "La Vanguardia", "RTVE", "Clarín", "La Nación"},
	// Bylines of the Spanish press: "Por María García", "Texto: …",
	// "Autor: …"; role credits for photos, translation and editing.
	Bylines:     []string{"Por", "Texto:", "Autor:", "Autora:", "Autores:", "Escrito por"},
	RoleBylines: map[string]string{"Foto:": "photographer", "Fotos:": "photographer", "Fotografía:": "photographer", "Fotografías:": "photographer", "Fotos de": "photographer", "Traducción:": "translator", "Traducido por": "translator", "Edición:": "editor", "Editado por": "editor"},
	Updated:     []string{"Actualizado el", "Actualizado:", "Actualizado"},
	Published:   []string{"Publicado el", "Publicado:", "Publicado"},
	nonNames: []string{
		"lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
		"pero", "cuando", "después", "antes", "hoy", "ayer", "según", "aunque",
	},
}
