package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// npAfter returns the noun phrase that follows a reporting verb at toks[i]:
// up to the first punctuation mark, skipping articles and possessives.
func npAfter(toks []token, i int) []token { return npAfterN(toks, i, 8) }

// npAfterN is npAfter reading at most n-1 tokens.
func npAfterN(toks []token, i, n int) []token {
	j := i + 1
	for j < len(toks) && j < i+n && (toks[j].kind != tokPunct || isDomainDot(toks, j)) {
		j++
	}
	return toks[i+1 : j]
}

// isDomainDot reports whether the period toks[j] is the dot of a site
// address («Лента.ру», NEWSru.com), not punctuation.
func isDomainDot(toks []token, j int) bool {
	return toks[j].text == "." && j > 0 && j+1 < len(toks) && toks[j-1].kind == tokWord && toks[j+1].kind == tokWord && topLevelDomains[toks[j+1].lower]
}

// maxNPWords bounds the noun phrase read before a reporting verb ("Jenna
// Brooks of the advocacy group Safe Plates told").
const maxNPWords = 10

// npBefore returns the words between the previous punctuation mark or
// quotation and the reporting verb at toks[i].
func npBefore(toks []token, i int) []token {
	j := i
	for j > 0 && toks[j-1].kind == tokWord && i-j < maxNPWords {
		j--
	}
	return toks[j:i]
}

// attribute finds who a sentence says is speaking: after "according to" /
// "по словам", or next to a reporting verb (before it: "Putin said", "he
// added"; after it: "сказал Путин", "said the minister").
func (m *reader) attribute(toks []token, langTag string) attribution {
	if m.english() {
		if p := m.enClauseSpeaker(toks, langTag); p != nil {
			return attribution{speaker: p, cue: true} // (enspk14c_clause.go)
		}
		if rest, ok := m.enAfterAskedClause(toks); ok {
			return m.attribute(rest, langTag) // (enspk14c_clause.go)
		}
	}
	if m.french() {
		if p := m.frSpeaker(toks); p != nil {
			return attribution{speaker: p, cue: true} // (attr19_french.go)
		}
	}
	var at attribution
	phrases := m.accordingTo
	for i := range toks {
		for _, ph := range phrases {
			if n, ok := matchPhrase(toks, i, ph); ok {
				at.cue = true
				if len(ph) == 3 && (ph[0] == "по" || ph[0] == "за" || ph[0] == "на") {
					// «по его словам», «за його словами», «на її думку»:
					// the pronoun names the speaker.
					if m.russian() && i > 0 {
						// «Точилин особо отметил Талалаева: по его словам,
						// …»: the pronoun of the clause after the subject's
						// own verb is that subject, not the last name read.
						if s := m.subjectOf(toks[gerundClauseEnd(toks[:i]):i]); s != nil && (s.gender == 0 || s.gender == pronounGender(possessiveGender(ph[1]))) {
							at.speaker = s
							return at
						}
					}
					if p := m.pronounReferent(possessiveGender(ph[1])); p != nil {
						at.speaker = p
						return at
					}
					continue
				}
				np := npAfter(toks, i+n-1)
				if ph[0] == "по" || ph[0] == "согласно" {
					// «по словам Анны Петровой», «согласно заявлению
					// Госдепа США»: the genitive.
					np = nominativeNames(np, false)
				} else if ph[0] == "за" || ph[0] == "на" {
					// Ukrainian: «за словами Олени Петренко», «на думку
					// Сергія Коваленка»: the genitive too.
					np = nominativeNames(np, true)
				}
				p, src := m.resolve(np, langTag)
				if src = m.latinSource(src); src != "" && !(m.russian() && len(np) > 0 && np[0].kind == tokQuote && !knownOutlet(src) && !ruMediaVerbs[ph[len(ph)-1]]) {
					// (As in findSources: «как сообщил «Газпром»», «по
					// данным «Левада-центра»» cite a company, a polling
					// firm.)
					m.addSource(src)
				}
				if p == nil && m.russian() && (ph[0] == "по" || ph[0] == "согласно") {
					// «согласно заявлению Генеральной прокуратуры, «…»»,
					// «по словам пресс-службы МВД»: the body in the
					// genitive, after the noun of its statement, speaks.
					p = m.ruGenitiveBody(toks, i+n)
				}
				if p != nil {
					at.speaker = p
					return at
				}
			}
		}
	}
	if m.russian() {
		if g, ok := ruPossessiveOpinion(toks); ok {
			// «По его прогнозу, «…»», «по её оценке»: as «по его
			// словам», the possessive names the speaker (ruspk3.go).
			at.cue = true
			if p := m.pronounReferent(possessiveGender(g)); p != nil {
				at.speaker = p
				return at
			}
		}
	}
	for i, t := range toks {
		if t.kind != tokWord || !m.isSpeechVerb(t.lower) && !(m.russian() && (authorWordsVerb(toks, i) || ruImpersonalVerb(t.lower))) {
			continue
		}
		at.cue = true
		if m.russian() {
			if m.bareAgencyDocument(toks, i) {
				continue // «говорится в сообщении ведомства», no body named (attr19_impersonal.go)
			}
			if body := m.ruImpersonalBody(toks, i); body != nil {
				// «В МИД России сообщили», «заявили в Кремле»: a verb in
				// the plural with no subject has the body speak.
				at.speaker = m.lookupBody(body)
				return at
			}
			if body := ruQuotedBodyIn(toks, i); body != "" {
				// «В «Юкосе» заявили, что …» (ruspk3.go)
				at.speaker = m.lookupBody([]string{body})
				return at
			}
			if body := ruNamedBodyIn(toks, i); body != nil {
				// «В Партии регионов сообщили» (ruspk3.go)
				at.speaker = m.lookupBody(body)
				return at
			}
		}
		if m.russian() {
			// «Льва Рохлина, который …, сказав: «…»» (ru_relative.go)
			if p := m.relativeAntecedent(toks, i); p != nil {
				at.speaker = p
				verbGender(p, t.lower)
				return at
			}
			if ruSpeechParticiple(t.lower, m.tables[0].SpeechVerbSet()) {
				// «губернатор Иван Белов, заявивший, что «…»»: the
				// participle's subject is the name before its comma
				// (ruspk3.go), never a name after it.
				if p := m.participleAntecedent(toks, i); p != nil {
					at.speaker = p
					return at
				}
				continue
			}
			if ruSpeechGerund(t.lower, m.tables[0].SpeechVerbSet()) {
				// «Сергей Лавров … отреагировал, заявив, что
				// высказывания Наото Кана носят «…»»: a gerund has no
				// subject of its own; its sentence's subject speaks,
				// never a name after it.
				if p := m.gerundSubject(toks[:i]); p != nil {
					at.speaker = p
					return at
				}
				continue
			}
		}
		if m.russian() {
			if body := ruQuotedBodyBefore(toks, i); body != "" {
				// «Компания «Газпром» заявила, что …»: the company
				// speaks (ruspk3.go).
				at.speaker = m.lookupBody([]string{body})
				return at
			}
			if body := m.ruTableBodySubject(toks, i); body != nil {
				// «…», — заявил Минфин; «Роспотребнадзор сообщил»
				// (ruspk13s_bodies.go)
				at.speaker = m.lookupBody(body)
				return at
			}
			if body := m.ruChannelOwnerAt(toks, i+1); body != nil {
				// «…», — сообщает официальный сайт клуба
				at.speaker = m.lookupBody(body)
				return at
			}
			if p := m.ruCompanySubject(toks, i); p != nil {
				// «…», — заявил клуб
				at.speaker = p
				return at
			}
		}
		if p := m.apposition(toks, i); p != nil {
			at.speaker = p
			verbGender(p, t.lower)
			return at
		}
		if before := npBefore(toks, i); len(before) > 0 {
			if last := before[len(before)-1]; len(before) > 1 && m.isPronoun(last.lower) {
				// «Об этом он заявил»: the pronoun next to the verb is
				// its subject.
				before = before[len(before)-1:]
			}
			if p, _ := m.resolve(before, langTag); p != nil {
				at.speaker = p
				verbGender(p, t.lower)
				return at
			}
		}
		if m.russian() && ruNamingVerb(t.lower) && !authorWordsVerb(toks, i) {
			// «X назвал точку зрения Кристофа Шенборна «…»»: a verb of
			// naming takes what it names (in the accusative, with its
			// owner in the genitive) after it, and the words in marks
			// are the subject's, named before it in the clause.
			if p := m.gerundSubject(toks[gerundClauseEnd(toks[:i]):i]); p != nil {
				at.speaker = p
				verbGender(p, t.lower)
				return at
			}
		}
		after := npAfter(toks, i)
		if m.russian() {
			// «заявил в воскресенье в интервью Fox глава ведомства Джон
			// Керри»: Russian puts the circumstances between the verb and
			// its subject.
			after = npAfterParen(toks, i, maxNPWords+2)
		}
		clauseSubject := m.english() && m.enClauseSubject(after)
		if !m.russian() {
			if name := roleAppositionName(toks, i, after); name != nil {
				after = name // (appos17.go)
			}
		}
		p, src := m.resolve(after, langTag)
		if clauseSubject {
			// "said Rome would send engineers": the name is read (and
			// filed), but does not speak (enout16_roles.go).
			p = nil
		}
		if src = m.latinSource(src); src != "" && !(m.russian() && after[0].kind == tokQuote && !knownOutlet(src) && !ruMediaVerbs[t.lower]) {
			// (As in findSources: «сообщил «Газпром»» cites a company.)
			m.addSource(src)
		}
		if p != nil && m.russian() && !hasNameWord(after) {
			// «…», — заявил министр: a role (or pronoun) with no name
			// refers back to someone, who must agree in gender with
			// the verb in the past tense; when the one found does not,
			// the last subject or speaker who does is meant.
			if g := pastGender(t.lower); g != 0 && p.gender != 0 && p.gender != g {
				if q := m.salientOfGender(g); q != nil {
					p = q
				}
			}
		}
		if p != nil {
			at.speaker = p
			verbGender(p, t.lower)
			return at
		}
		if src != "" && m.russian() && !strings.HasPrefix(t.lower, "цитир") && !strings.HasPrefix(t.lower, "привод") && outletSubject(after, src) {
			// «…», — пишет «Коммерсантъ»; «уточняет газета «Труд»»: an
			// outlet in the nominative right after the verb, and no one
			// after it, is the verb's subject: the words are the
			// outlet's report. («цитирует ИТАР-ТАСС оппозиционера»: an
			// outlet that quotes someone reports another's words.)
			at.speaker = m.outletSpeaker(src)
			return at
		}
	}
	if !at.cue {
		// "Rosa Whitaker put it simply: “…”", or a sentence ending in a
		// colon that introduces the next paragraph.
		for k, t := range toks {
			if t.kind == tokPunct && t.text == ":" && (k == len(toks)-1 || toks[k+1].kind == tokQuote) {
				if p := m.subjectOf(toks); p != nil {
					return attribution{speaker: p, cue: true}
				}
				break
			}
		}
	}
	if at.cue {
		// "Paul Benedetti of the coalition called the plan “…” and urged …":
		// the reporting verb is far from its subject.
		at.speaker = m.subjectOf(toks)
	}
	return at
}

// pastGender returns the gender a Russian verb in the past tense tells:
// 'f' for -ла (-лась), 'm' for -л (-лся), 0 for any other form; and the
// gender of the short adjectives of opinion that Russian news uses as
// verbs of speech («уверен эксперт», «убеждена она»).
func pastGender(w string) byte {
	if g, ok := ruOpinionAdjectives[w]; ok {
		return g
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "ся"), "сь")
	switch {
	case strings.HasSuffix(w, "ла") && utf8.RuneCountInString(w) > 4:
		return 'f'
	case strings.HasSuffix(w, "л") && utf8.RuneCountInString(w) > 3:
		return 'm'
	}
	return 0
}

// ruOpinionAdjectives are the short adjectives of opinion in the
// masculine and the feminine, with their gender.
var ruOpinionAdjectives = map[string]byte{
	"уверен": 'm', "уверена": 'f', "убежден": 'm', "убеждён": 'm', "убеждена": 'f', "согласен": 'm', "согласна": 'f',
}

// salientOfGender returns the most recent subject or speaker of gender g,
// nil when there is none.
func (m *reader) salientOfGender(g byte) *person {
	for k := len(m.salient) - 1; k >= 0; k-- {
		if m.salient[k].gender == g {
			return m.salient[k]
		}
	}
	return nil
}

// authorWordsVerb reports whether toks[i] is the verb that opens the
// author's words after a quotation, as Russian punctuates direct speech:
// «…», — обратился Владимир Путин; «…?» — удивилась она. The words after
// the dash are in lower case and open with the verb, whatever verb it is;
// a verb in the past (-л, -ла, -ли, -лся, -лась) or present tense.
func authorWordsVerb(toks []token, i int) bool {
	if i < 2 || toks[i].kind != tokWord || !unicode.IsLower(textutil.FirstRune(toks[i].text)) {
		return false
	}
	if d := toks[i-1].text; toks[i-1].kind != tokPunct || d != "—" && d != "–" && d != "-" {
		// «…», сказал Клинсман: wire copy may leave the dash out after
		// the comma, when the quotation is speech that opens the
		// sentence, not a name (two words or more); a quotation woven
		// into the writer's sentence is followed by a source, not the
		// author's words («обвинил Киев в нежелании «…», передает
		// ИТАР-ТАСС»).
		if !(i == 2 && toks[1].kind == tokPunct && toks[1].text == "," && toks[0].kind == tokQuote && textutil.CountWords(toks[0].text) >= 2) {
			return false
		}
	} else {
		// «…», — or «…?» — : a comma after the closing mark, or the
		// quotation's own ! ? … inside it; a name in quotation marks
		// followed by a dash («Зенит» — стал …) has neither. (Nor a
		// sentence of speech that opens the sentence, «…» —
		// приводит …, with the comma left out: three words or more.)
		switch p := toks[i-2]; {
		case p.kind == tokQuote && strings.ContainsAny(lastRuneString(strings.TrimSpace(p.text)), "!?…"):
		case p.kind == tokPunct && p.text == "," && i >= 3 && toks[i-3].kind == tokQuote:
		case p.kind == tokQuote && i == 2 && textutil.CountWords(p.text) >= 3:
		default:
			return false
		}
	}
	w := toks[i].lower
	for _, e := range authorVerbEndings {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// lastRuneString returns the last letter of s, as a string.
func lastRuneString(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// possessiveGender returns the pronoun whose gender a Russian possessive
// has: его → он, её → она; "" for their (их).
func possessiveGender(w string) string {
	switch w {
	case "его":
		return "он"
	case "ее", "её":
		return "она"
	case "його":
		return "він"
	case "її":
		return "вона"
	}
	return ""
}

// authorVerbEndings end Russian verbs in the past tense and the third
// person of the present.
//
// Ukrainian ones follow: the masculine past in -в (сказав, розповів), its
// reflexive, and the present in -є and -ть (зазначає, говорить).
var authorVerbEndings = []string{"л", "ла", "ли", "лся", "лась", "лись", "ет", "ит", "ется", "ится", "ют", "ят", "ут", "ат",
	"в", "вся", "лася", "лися", "є", "ть", "ться"}

// apposition returns the person named before an apposition that ends at
// the reporting verb toks[i]: "Rick Wilson, a Republican strategist,
// said"; «Иван Петров, глава союза, заявил».
func (m *reader) apposition(toks []token, i int) *person {
	j := i
	if j > 0 && toks[j-1].kind == tokPunct && toks[j-1].text == "," {
		j--
	}
	k := j
	for k > 0 && toks[k-1].kind == tokWord && j-k < 8 {
		k--
	}
	if k == j || k < 2 || toks[k-1].kind != tokPunct || toks[k-1].text != "," || j == i {
		return nil
	}
	if toks[k-2].kind == tokWord && !isNameTok(toks[k-2]) {
		// "Its chief executive, Marieke Jansen, told": the name stands
		// between the commas, after the description.
		for b := k; b < j; b++ {
			if isNameTok(toks[b]) {
				name, _ := m.stripTitles(capRun(toks, b))
				if m.isOutletName(name) {
					break // «как сообщает Breaking Defense, заявил …»
				}
				if len(name) >= 2 || (len(name) == 1 && m.known(name)) {
					return m.lookup(name, true)
				}
				break
			}
		}
	}
	if isNameTok(toks[k]) && !m.isArticle(toks[k].lower) {
		return nil // "Smith, Jones said": a list, not an apposition
	}
	e := k - 1
	b := e
	for b > 0 && toks[b-1].kind == tokWord && isNameTok(toks[b-1]) && e-b < 4 {
		b--
	}
	if b == e {
		return nil
	}
	name, _ := m.stripTitles(capRun(toks, b))
	if len(name) == 0 || !(len(name) >= 2 || m.known(name)) {
		return nil
	}
	return m.lookup(name, true)
}

// isArticle reports whether w is an article that may open an apposition.
func (m *reader) isArticle(w string) bool {
	return w == "a" || w == "an" || w == "the"
}

// subjectOf returns the person named at the start of a sentence, before
// any quotation, when the name has two words or is someone already named.
func (m *reader) subjectOf(toks []token) *person {
	for i := 0; i < len(toks) && i <= maxSubjectOffset; i++ {
		t := toks[i]
		if t.kind == tokQuote {
			return nil
		}
		if t.kind != tokWord || !isNameTok(t) {
			continue
		}
		if o := m.ruAdjOrgAt(toks, i); o != nil {
			// «Горно-Алтайский городской суд приговорил: «…»»: a body
			// named by its adjectives and head noun is the subject.
			return m.lookupBody(o)
		}
		if _, ok := m.adjRole(toks, i); ok || m.russian() && ruAdjNounAt(toks, i) {
			// («Португальский специалист добавил»: an adjective and a
			// role, not a name; the name after them, if any, is.
			// «Американская сторона уверена»: nor an adjective and
			// any noun it agrees with.)
			i++
			continue
		}
		run := capRun(toks, i)
		if len(run) == 0 {
			return nil
		}
		if i > 0 && ruTopicWords[toks[i-1].lower] {
			// «Что касается Станковича, …»: the name after «касается»
			// is the topic, in the genitive, not the subject.
			i += len(run) - 1
			continue
		}
		name, _ := m.stripTitles(run)
		// «Ольга, мама первоклассника: — …»: a first name alone names a
		// person too.
		if len(name) >= 2 || m.known(name) || isPersonEvidence(name[0]) {
			return m.lookup(name, true)
		}
		return nil
	}
	return nil
}

// gerundClauseEnd returns where the subject of a Russian sentence may
// start: after an opening clause of a gerund and its comma («Отвечая на
// вопрос о прогрессе тренеров, Точилин отметил …»), else 0.
func gerundClauseEnd(toks []token) int {
	if len(toks) == 0 || toks[0].kind != tokWord || !hasSuffixAny(toks[0].lower, gerundEndings) {
		return 0
	}
	for k := 1; k < len(toks) && k <= maxGerundClause; k++ {
		if toks[k].text == "," {
			return k + 1
		}
		if toks[k].kind == tokQuote {
			break
		}
	}
	return 0
}

// gerundEndings are the endings of Russian gerunds («отвечая», «улыбаясь»,
// «узнав», «заметив»).
var gerundEndings = []string{"я", "ясь", "ав", "ив", "ув", "ыв", "вшись"}

// maxGerundClause bounds the words of an opening gerund clause.
const maxGerundClause = 10

// ruTopicWords govern the genitive of what a sentence is about («что
// касается Станковича», «касаемо Иванова»): the name after them is not
// the subject.
var ruTopicWords = map[string]bool{"касается": true, "касаемо": true, "насчет": true, "насчёт": true}

// isPastVerb reports whether a Russian word has the ending of a verb in
// the past tense («написал «…»», «назвала его «…»»).
func isPastVerb(w string) bool {
	for _, e := range []string{"л", "ла", "ли", "лся", "лась", "лись"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > len([]rune(e))+2 {
			return true
		}
	}
	return false
}

// verbGender sets the gender of a speaker from a Russian past-tense verb
// agreeing with it («сказала», «заявил»), when it is not yet known.
func verbGender(p *person, verb string) {
	if p.asWoman != nil && (strings.HasSuffix(verb, "ла") || strings.HasSuffix(verb, "лась")) {
		// «Евгения Козлова заявила»: the subject of a verb in the
		// feminine is a woman, named in the nominative.
		p.name, p.gender, p.asWoman, p.facts = p.asWoman, 'f', nil, 0
		return
	}
	p.asWoman = nil
	if womanByVerb(p, verb) {
		// «после встречи с Хиллари Клинтон», then «— заявила Клинтон»
		// (ruspk13m.go)
		p.gender, p.facts = 'f', 0
		return
	}
	if p.gender != 0 || !strings.HasSuffix(verb, "л") && !strings.HasSuffix(verb, "ла") && !strings.HasSuffix(verb, "в") {
		return
	}
	if strings.HasSuffix(verb, "ла") {
		p.gender = 'f'
	} else {
		p.gender = 'm'
	}
}

// quoteMarkDropper removes guillemets and straight double quotes.
var quoteMarkDropper = strings.NewReplacer("«", "", "»", "", "\"", "")

// outletSubject reports whether the words after a verb of reporting open
// with the outlet src in the nominative, after a type word in the
// nominative if any («пишет «Коммерсантъ»», «уточняет газета «Труд»»,
// «сообщает РИА Новости»), not in the dative it takes as the one the words
// were said to («сказал «Интерфаксу»»).
func outletSubject(after []token, src string) bool {
	k := 0
	if k < len(after) && after[k].kind == tokWord && slicesContainsFold(outletTypeWords, after[k].text) {
		k++
	}
	if k >= len(after) {
		return false
	}
	written := strings.Trim(src, " «»\"“”")
	first := strings.Trim(after[k].text, " «»\"“”")
	if !strings.HasPrefix(written, first) && !strings.HasPrefix(first, written) {
		return false
	}
	canon := canonicalSource(src)
	plain := quoteMarkDropper.Replace(written)
	return canon != "" && (strings.EqualFold(plain, canon) || strings.EqualFold(strings.ReplaceAll(plain, "ъ", ""), strings.ReplaceAll(canon, "ъ", "")))
}

// outletSpeaker returns the outlet named src as the speaker of a
// quotation, under its canonical name.
func (m *reader) outletSpeaker(src string) *person {
	name := strings.Fields(canonicalSource(src))
	if len(name) == 0 {
		return nil
	}
	p := m.lookup(name, true)
	if p != nil {
		p.speaksAsOutlet = true
	}
	return p
}
