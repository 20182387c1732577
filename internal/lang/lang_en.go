package lang

import (
	"strings"
	"time"
)

var enTable = &Table{
	Tag: "en",
	months: map[string]time.Month{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
		"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
		"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	},
	Stopwords: []string{"the", "and", "of", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "he", "as", "at", "by", "said", "from", "his", "her", "have", "has"},
	SpeechVerbs: enVerbForms(
		"say:said", "tell:told", "write:wrote", "add", "ask", "explain", "note", "state", "declare", "argue",
		"insist", "continue", "reply", "respond", "claim", "warn", "recall", "acknowledge", "admit:admitted",
		"tweet", "announce", "remark", "joke", "quip:quipped", "observe", "conclude", "suggest", "emphasize",
		"stress", "charge", "predict", "counter", "shout", "exclaim", "testify", "concede", "maintain",
		"answer", "echo", "explain", "complain", "lament", "boast", "brag:bragged", "muse", "caution", "vow",
		"promise", "pledge", "contend", "assert", "retort", "yell", "scream", "chant", "text", "email",
		"reiterate", "recount", "elaborate", "interject", "whisper", "proclaim", "wonder", "scoff", "urge",
		"plead", "agree", "affirm", "confirm", "deny", "mock", "thunder", "sigh", "laugh", "demand", "opine",
		"marvel", "grumble", "recite", "mutter", "snap:snapped", "boom", "gush", "crow", "cry", "reason",
	),
	AccordingTo: []string{"according to"},
	SourceVerbs: []string{"interview with", "according to", "reported", "reports", "told", "said", "wrote", "reporting by",
		// the passive ("reported by the BBC", "quoted by Reuters")
		"reported by", "cited by", "quoted by"},
	// "The Associated Press said", "…, Reuters reported": an outlet as
	// the subject of a verb of reporting.
	OutletSubjectVerbs: []string{"said", "says", "reported", "reports", "wrote", "writes", "has reported", "had reported", "first reported", "reported on"},
	Pronouns:           []string{"he", "she", "they"},
	Roles: []string{
		"president", "minister", "leader", "chief", "spokesman", "spokeswoman", "spokesperson", "secretary",
		"senator", "governor", "mayor", "chairman", "chairwoman", "director", "ambassador", "candidate",
		"representative", "official", "aide", "adviser", "advisor", "chancellor", "ceo", "executive",
		"judge", "prosecutor", "attorney", "lawyer", "professor", "analyst", "manager", "founder", "general",
		"councilman", "councilwoman", "councillor", "councilor", "congressman", "congresswoman", "commissioner",
		"strategist", "consultant", "economist", "historian", "activist", "organizer", "pastor", "coach",
		"resident", "delegate", "reporter", "editor", "researcher", "scientist", "pollster", "sheriff",
	},
	Bylines:     []string{"By", "Written by", "Author:", "Words by", "Reporting by", "Story by", "Text by"},
	RoleBylines: map[string]string{"Photos by": "photographer", "Photo by": "photographer", "Photography by": "photographer", "Pictures by": "photographer", "Picture by": "photographer", "Edited by": "editor", "Editing by": "editor", "Translated by": "translator", "Editor:": "editor", "Translator:": "translator", "Photographer:": "photographer"},
	Updated:     []string{"Updated:", "Updated", "Last updated:", "Last updated", "Modified:"},
	Published:   []string{"Published:", "Published", "Posted:", "Posted"},
	nonNames: []string{
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "but", "if", "when",
		"while", "after", "before", "since", "so", "yet", "or", "not", "this", "these", "those", "there", "then",
		"we", "i", "you", "she", "they", "our", "my", "your", "their", "its", "an", "asked", "also", "still",
		"even", "just", "now", "here", "what", "who", "why", "how", "where", "which", "meanwhile", "yes", "no",
		"thank", "thanks", "mr", "many", "some", "all", "every", "one", "two", "three", "both", "most", "more",
		"democrats", "republicans", "americans", "god", "today", "yesterday", "tonight", "last", "next", "later",
		"earlier", "instead", "though", "although", "because", "however", "indeed", "well", "oh", "like", "let",
		"over", "despite", "during", "under", "among", "against", "without", "about", "into", "through",
		"toward", "across", "behind", "beyond", "unlike", "amid", "via", "until", "upon", "within",
	},
	OutletNouns: []string{"broadcaster", "newspaper", "agency", "channel", "magazine", "tabloid", "outlet", "daily", "network", "website", "paper", "station"},
	Outlets: []string{
		"Reuters", "Bloomberg", "Associated Press", "AP", "AFP", "Agence France-Presse", "BBC", "CNN", "CNBC",
		"MSNBC", "NBC", "CBS", "ABC", "NPR", "PBS", "Fox", "Politico", "Axios", "Breitbart", "Buzzfeed",
		"The Guardian", "Guardian", "Financial Times", "The Economist", "Economist", "Bloomberg News",
		"Interfax", "TASS", "RIA Novosti", "Xinhua", "Al Jazeera", "Yonhap", "Kyodo", "Der Spiegel",
		"Le Monde", "Vox", "Slate", "Salon", "The Hill", "The Atlantic", "Newsweek", "Time",
	},
	outletWords: []string{"News", "Times", "Post", "Journal", "Press", "Agency", "Herald", "Tribune", "Gazette", "Telegraph", "Magazine", "Newspaper", "Radio", "Television", "Daily", "Chronicle", "Observer", "Reporter", "Wire", "Network", "Channel"},
}

// enVerbForms expands English verbs to the forms that report speech:
// "add" gives adds, added (not the bare form, which is mostly a noun: "a
// note", "the state", nor the -ing form, which mostly starts a
// paraphrase); an irregular or doubled past is written after a colon
// ("say:said", "admit:admitted").
func enVerbForms(verbs ...string) []string {
	var out []string
	for _, v := range verbs {
		base, past, _ := strings.Cut(v, ":")
		third := base + "s"
		switch {
		case strings.HasSuffix(base, "y") && !strings.ContainsRune("aeiou", rune(base[len(base)-2])):
			third = base[:len(base)-1] + "ies"
			if past == "" {
				past = base[:len(base)-1] + "ied"
			}
		case strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "ss") || strings.HasSuffix(base, "x") || strings.HasSuffix(base, "o"):
			third = base + "es"
		}
		if past == "" {
			if strings.HasSuffix(base, "e") {
				past = base + "d"
			} else {
				past = base + "ed"
			}
		}
		out = append(out, third, past)
	}
	return out
}
