package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// ruNamingVerb reports whether w is a Russian verb of naming or
// characterising, in the past or present tense («назвал», «назвала»,
// «назвали», «называет», «охарактеризовал»): it takes its object after it
// and the quotation as a predicate, «назвал решение «ошибкой»», so that
// a name after it is what is named, not who speaks.
func ruNamingVerb(w string) bool {
	return strings.HasPrefix(w, "назвал") || strings.HasPrefix(w, "называ") && !strings.HasPrefix(w, "называем") ||
		strings.HasPrefix(w, "охарактеризова")
}

// ruGenitiveBody reads the body named in the genitive at toks[j], after
// «по словам», «по мнению», «согласно» and a noun of a statement or
// document («согласно заявлению Генеральной прокуратуры», «по данным
// пресс-службы МВД»): the head noun of a body and its words
// («пресс-службы МВД» → пресс-служба МВД), an adjective before the head
// («Верховного суда» → Верховный суд) or a body of the ruBodies table
// («Генеральной прокуратуры» → Генеральная прокуратура), as ruBodyAt
// reads them in the prepositional case. It returns nil when no body
// stands there.
func (m *reader) ruGenitiveBody(toks []token, j int) *person {
	if j < len(toks) && toks[j].kind == tokWord && (hasPrefixAny(toks[j].lower, ruDocumentNouns) || strings.HasPrefix(toks[j].lower, "слов")) {
		j++
	}
	if j >= len(toks) || toks[j].kind != tokWord {
		return nil
	}
	body := m.ruBodyAt(toks, j)
	if body == nil {
		return nil
	}
	return m.lookup(body, true)
}

// ruIndeclinableSurname reports whether a Russian surname has a form that
// does not decline (Матвиенко, Шойгу, Черных, Живаго): after a first name
// that is a woman's name and the genitive of a man's («Валентина
// Матвиенко», «Александра Тимошенко»), the surname does not tell which,
// and the verb's gender must (verbGender), as it does for the possessive
// surnames a woman's nominative shares with a man's genitive.
func ruIndeclinableSurname(w string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune("оеиуюэ", last) || strings.HasSuffix(w, "ых") || strings.HasSuffix(w, "их")
}

// ruCompanyNouns are the nouns, in the nominative singular, that Russian
// news puts before the name of a company, party or club in quote marks
// («компания «Газпром»», «банк «Открытие»», «партия «Единая Россия»»,
// «клуб «Зенит»»).
var ruCompanyNouns = map[string]bool{
	"компания": true, "корпорация": true, "концерн": true, "холдинг": true, "банк": true, "партия": true, "фонд": true,
	"группа": true, "ассоциация": true, "союз": true, "движение": true, "организация": true, "объединение": true,
	"завод": true, "комбинат": true, "клуб": true, "федерация": true, "госкорпорация": true, "компания-производитель": true,
	"авиакомпания": true, "ретейлер": true, "ритейлер": true, "оператор": true, "фирма": true, "предприятие": true,
}

// ruQuotedBodyBefore returns the name in quote marks right before the
// verb of speech toks[i] when it is the verb's subject: a company, party
// or club named after its noun in the nominative («Компания «Газпром»
// заявила», «а клуб «Зенит» сообщил»). The words are the body's, as
// «пресс-служба МВД сообщила» makes them the press service's; a known
// outlet is left to the outlet rules. It returns "" otherwise.
func ruQuotedBodyBefore(toks []token, i int) string {
	if i < 2 || toks[i-1].kind != tokQuote || toks[i-2].kind != tokWord || !ruCompanyNouns[toks[i-2].lower] {
		return ""
	}
	name := strings.TrimSpace(toks[i-1].text)
	if name == "" || !textutil.IsCap(name) && !isLatin(name) || textutil.CountWords(name) > maxQuotedNameWords || knownOutlet(name) {
		return ""
	}
	return name
}
