package article

import "time"

var enTable = &langTable{
	tag: "en",
	months: map[string]time.Month{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
		"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
		"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	},
	stopwords: []string{"the", "and", "of", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "he", "as", "at", "by", "said", "from", "his", "her", "have", "has"},
	speechVerbs: []string{
		"said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "explained", "noted", "wrote", "writes",
		"stated", "declared", "argued", "argues", "insisted", "continued", "replied", "responded", "claimed", "claims",
		"warned", "recalled", "acknowledged", "admitted", "tweeted", "announced", "remarked", "joked", "quipped",
		"observed", "concluded", "suggested", "emphasized", "stressed", "charged", "predicted", "countered", "shouted",
		"declared", "exclaimed", "testified", "conceded", "maintained",
	},
	accordingTo: []string{"according to"},
	sourceVerbs: []string{"according to", "reported", "reports", "told", "said", "wrote", "reporting by"},
	pronouns:    []string{"he", "she", "they"},
	roles: []string{
		"president", "minister", "leader", "chief", "spokesman", "spokeswoman", "spokesperson", "secretary",
		"senator", "governor", "mayor", "chairman", "chairwoman", "director", "ambassador", "candidate",
		"representative", "official", "aide", "adviser", "advisor", "chancellor", "ceo", "executive",
		"judge", "prosecutor", "attorney", "lawyer", "professor", "analyst", "manager", "founder", "general",
	},
	bylines:   []string{"By", "Written by", "Author:", "Words by", "Reporting by"},
	updated:   []string{"Updated:", "Updated", "Last updated:", "Last updated", "Modified:"},
	published: []string{"Published:", "Published", "Posted:", "Posted"},
	nonNames: []string{
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "but", "if", "when",
		"while", "after", "before", "since", "so", "yet", "or", "not", "this", "these", "those", "there", "then",
		"we", "i", "you", "she", "they", "our", "my", "your", "their", "its", "an", "asked", "also", "still",
		"even", "just", "now", "here", "what", "who", "why", "how", "where", "which", "meanwhile", "yes", "no",
		"thank", "thanks", "mr", "many", "some", "all", "every", "one", "two", "three", "both", "most", "more",
		"democrats", "republicans", "americans", "god", "today", "yesterday", "tonight", "last", "next", "later",
		"earlier", "instead", "though", "although", "because", "however", "indeed", "well", "oh", "like", "let",
	},
	outlets: []string{
		"Reuters", "Bloomberg", "Associated Press", "AP", "AFP", "Agence France-Presse", "BBC", "CNN", "CNBC",
		"MSNBC", "NBC", "CBS", "ABC", "NPR", "PBS", "Fox", "Politico", "Axios", "Breitbart", "Buzzfeed",
		"The Guardian", "Guardian", "Financial Times", "The Economist", "Economist", "Bloomberg News",
		"Interfax", "TASS", "RIA Novosti", "Xinhua", "Al Jazeera", "Yonhap", "Kyodo", "Der Spiegel",
		"Le Monde", "Vox", "Slate", "Salon", "The Hill", "The Atlantic", "Newsweek", "Time",
	},
	outletWords: []string{"News", "Times", "Post", "Journal", "Press", "Agency", "Herald", "Tribune", "Gazette", "Telegraph", "Magazine", "Newspaper", "Radio", "Television", "Daily", "Chronicle", "Observer", "Reporter", "Wire", "Network", "Channel"},
}
