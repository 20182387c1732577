package attrib

// ruRoleSpan bounds how far before a name a Russian role noun may head
// the name's apposition: the role and its genitive complement («министр
// информационной политики Украины Юрий Стець», «руководитель управления по
// информационной политике правительства региона Дмитрий Ищенко»).
const ruRoleSpan = 7

// ruNoteRoleBefore records the role that heads the words before the name
// at toks[i] as p's. Russian puts the head noun of an apposition first
// and its genitive complement after it, and the complement may hold nouns
// that read as roles too («пресс-секретарь президента Дмитрий Песков»,
// «министр информационной политики»: «политики» is the genitive of
// «политика», not «политик»): the role is the leftmost one of the words
// that run up to the name with no punctuation, no verb of speech, no
// pronoun, no conjunction and no preposition but «по» («министр по
// делам», «уполномоченный по правам человека») between.
func (m *reader) ruNoteRoleBefore(toks []token, i int, p *person) {
	lead := -1
	for k := i - 1; k >= 0 && k >= i-ruRoleSpan && toks[k].kind == tokWord; k-- {
		w := toks[k].lower
		if ruPrepositions[w] && w != "по" || ruClauseWords[w] || m.isPronoun(w) || m.isSpeechVerb(w) {
			break
		}
		if _, ok := m.role(w); ok && !ruPluralAddressee(w) {
			lead = k
		}
	}
	if lead >= 0 {
		m.noteRole(toks[lead].lower, p)
	}
}

// ruClauseWords are Russian conjunctions and relative words: a role before
// one belongs to another phrase than the name after it.
var ruClauseWords = map[string]bool{"и": true, "а": true, "но": true, "или": true, "что": true, "чтобы": true, "как": true,
	"который": true, "которая": true, "которое": true, "которые": true, "которого": true, "которой": true, "которым": true,
	"где": true, "когда": true, "если": true, "также": true, "тоже": true, "же": true, "ли": true, "не": true}
