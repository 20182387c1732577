package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// spk23CitedOutlet reports whether p, a name the reader took for a person
// in a Russian article, is an outlet the article cites or the first words
// of one («РИА» of «Об этом сообщает РИА «Новости»»). Russian news closes
// a report with the outlet it comes from, at the end of the sentence where
// an inverted subject stands, and names the person it reported on again
// by a role («сказал градоначальник») or a pronoun: the outlet is a cited
// source and never the speaker of another sentence's quotation.
func (m *reader) spk23CitedOutlet(p *person) bool {
	// (The subject of a verb of reporting, speaksAsOutlet, is left to
	// notOutlets' own test.)
	return m.russian() && p != nil && !p.speaksAsOutlet && m.ruOutletReferent(p)
}

// spk23MarkComplement files p, the name read from toks[start], as the
// complement of the role word before it when Russian grammar makes it one:
// a role noun in lower case («председатель», «глава», «министр») governs
// the body, country or place it serves in the genitive, right after it
// («председатель Государственной Думы», «глава Канавина»);
// a person's own name after a role stands in apposition, in the same case
// as the role («министр Сергей Лавров»). The name is a complement when it
// has no first name and is in the genitive: an adjective in the genitive
// or dative before a noun («Государственной Думы»), an abbreviation in
// a second word with a genitive ending, or one word with a genitive ending
// (-а, -я, -ы, -и) none of whose forms the article gives with a first
// name (spk23Holder checks that last, when the whole text is read). It
// reports whether it filed p so: the role is then not p's (ruNoteRoleBefore). An
// abbreviation in capitals («глава МИД») is left alone: the reader does
// not know which body the holder of a role was introduced with.
func (m *reader) spk23MarkComplement(toks []token, start int, p *person) bool {
	if !m.russian() || p == nil || p.body || start <= 0 || start >= len(toks) {
		return false
	}
	prev := toks[start-1]
	if prev.kind != tokWord || isNameTok(prev) {
		return false
	}
	stem, ok := m.role(prev.lower)
	if !ok || ruPluralAddressee(prev.lower) {
		return false
	}
	for _, w := range p.name {
		if _, _, _, ok := ruFirstName(w); ok || isPatronymicWord(w) {
			return false
		}
	}
	if !spk23Genitive(p.name) {
		return false
	}
	p.complementOf = stem
	return true
}

// spk23Genitive reports whether a name with no first name reads as a noun
// phrase in the genitive (spk23MarkComplement).
func spk23Genitive(name []string) bool {
	if len(name) == 0 || len(name) > 4 {
		return false
	}
	last := strings.ToLower(name[len(name)-1])
	if len(name) >= 2 {
		first := strings.ToLower(name[0])
		return hasSuffixAny(first, spk23GenAdjEndings) && (hasSuffixAny(last, spk23GenNounEndings) || textutil.IsAllCaps(name[len(name)-1]))
	}
	return !textutil.IsAllCaps(name[0]) && utf8.RuneCountInString(name[0]) >= 4 && hasSuffixAny(last, spk23GenNounEndings)
}

// spk23MaybeWoman reports whether one word can be a woman's surname in the
// nominative («Кузнецова», «Ильина», «Полянская»): after a role it may be
// the holder in apposition («министр Кузнецова»), which only a verb in
// the masculine rules out («пояснил глава Канавина»).
func spk23MaybeWoman(name []string) bool {
	return len(name) == 1 && hasSuffixAny(strings.ToLower(name[0]), []string{"ова", "ева", "ёва", "ина", "ына", "ая", "яя"})
}

// spk23GenAdjEndings end a Russian adjective in the genitive singular of
// any gender («Государственной», «Верховного»), or plural
// («Объединенных»).
var spk23GenAdjEndings = []string{"ой", "ей", "ого", "его", "ых", "их"}

// spk23GenNounEndings end a Russian noun in the genitive singular («Думы»,
// «Рады», «Канавина», «Президента», «Федерации», «области»).
var spk23GenNounEndings = []string{"а", "я", "ы", "и"}

// spk23Holder returns who speaks when the speaker found is the genitive
// complement of a role (person.complementOf): the role's holder, looked
// for, once the whole article is read, among
//   - the people the article introduces with that role or one it may stand
//     for (ruRoleSynonyms): «Мэр Москвы Сергей Собянин …» … «сказал
//     градоначальник»;
//   - the named subject of the headline (or of the first line, which the
//     reader takes for it), a surname or a full name in the nominative
//     before its verb: «Шаров поручил подрядчику …» … «пояснил глава
//     Канавина»;
//   - when the role came before anyone was named by a first name, the
//     first person the article names so after it: Russian news opens with
//     a role («председатель Государственной Думы заявил») and names the
//     holder later («сказал Вячеслав Володин»).
//
// Never an outlet. With none of these, sp is returned as it is.
func (m *reader) spk23Holder(sp *person, headline string, verbG byte) *person {
	if sp == nil || sp.complementOf == "" || spk23MaybeWoman(sp.name) && verbG != 'm' {
		return sp
	}
	if sp.holderRead {
		if sp.holder != nil {
			return sp.holder
		}
		return sp
	}
	sp.holderRead = true
	for _, w := range sp.name {
		if _, _, _, ok := ruFirstName(w); ok {
			return sp // (named in full later: a person after all)
		}
	}
	sp.holder = m.spk23RoleHolder(sp)
	if sp.holder == nil {
		sp.holder = m.spk23HeadlineSubject(headline)
	}
	if sp.holder == nil {
		sp.holder = m.spk23NamedAfter(sp)
	}
	if sp.holder != nil && (sp.holder == sp || m.spk23CitedOutlet(sp.holder) || m.nameFacts(sp.holder)&factOutlet != 0) {
		sp.holder = nil
	}
	if sp.holder != nil {
		return sp.holder
	}
	return sp
}

// spk23Person reports whether p can hold a role: someone named with a
// first name or by a name of two words at least, no body, no complement.
func spk23Person(p *person) bool {
	if p == nil || p.body || p.complementOf != "" || p.speaksAsOutlet {
		return false
	}
	if len(p.name) >= 2 {
		return true
	}
	return false
}

// spk23RoleHolder is the person last introduced with sp's role or a role
// it may stand for.
func (m *reader) spk23RoleHolder(sp *person) *person {
	var best *person
	for _, s := range append([]string{sp.complementOf}, ruRoleSynonyms[sp.complementOf]...) {
		if p := m.roles[s]; spk23Person(p) && (best == nil || p.lastSent > best.lastSent) {
			best = p
		}
	}
	return best
}

// spk23HeadlineSubject is the person the headline opens with as the
// subject of its verb: a surname with a surname's ending (-ов, -ин,
// -ский …) or a first name in the nominative and one or two words after
// it, with no role in it, the first words of the headline, and a verb in
// the past tense right after them («Шаров поручил …», «Иван Белов заявил
// …»); nil when the headline does not open so («Суд постановил …»).
func (m *reader) spk23HeadlineSubject(h string) *person {
	if h == "" {
		return nil
	}
	toks := tokenize(nil, h, sentence{Start: 0, End: len(h)}, quoteSpans(h, true))
	if len(toks) < 2 || toks[0].kind != tokWord || !isNameTok(toks[0]) {
		return nil
	}
	run := capRun(toks, 0)
	if len(run) == 0 || len(run) > 3 || len(run) >= len(toks) {
		return nil
	}
	verb := toks[len(run)]
	if verb.kind != tokWord || isNameTok(verb) || !hasSuffixAny(verb.lower, spk23PastEndings) {
		return nil
	}
	for _, w := range run {
		if _, ok := m.role(strings.ToLower(w)); ok || m.lowerWords[strings.ToLower(w)] {
			return nil // «Глава района поручил», «Суд постановил»
		}
	}
	if obliqueName(run) || len(run) == 1 && hasSuffixAny(strings.ToLower(run[0]), obliqueEndings) {
		return nil
	}
	if len(run) == 1 && ruSurnameGender(run) == 0 && !hasSuffixAny(run[0], spk23SurnameEndings) {
		return nil // one word: only with a surname's ending (-ов, -ин, -ский, -енко …)
	}
	if len(run) > 1 {
		if _, _, c, ok := ruFirstName(run[0]); !ok || c != caseNom {
			return nil // several words: a first name in the nominative first
		}
	}
	p := m.lookup(run, true)
	if !spk23Person(p) && !(len(p.name) == 1 && !p.body && p.complementOf == "") {
		return nil
	}
	return p
}

// spk23SurnameEndings end surnames of either gender common in Russian
// news (Ukrainian -енко, -ук, -юк; Armenian -ян; Georgian -дзе, -швили),
// besides those ruSurnameGender knows.
var spk23SurnameEndings = []string{"енко", "ук", "юк", "ян", "дзе", "швили"}

// spk23PastEndings end a Russian verb in the past tense singular
// (поручил, заявила, отметил, сообщила).
var spk23PastEndings = []string{"ил", "ила", "ал", "ала", "ял", "яла", "ел", "ела", "ул", "ула"}

// spk23NamedAfter is the first person the article names by a first name
// after it met sp, when it named no one so before sp.
func (m *reader) spk23NamedAfter(sp *person) *person {
	var best *person
	var before bool
	for _, ps := range m.byKey {
		for _, p := range ps {
			if !spk23Person(p) || !spk23FullName(p) {
				continue
			}
			if p.seq < sp.seq {
				before = true
			} else if best == nil || p.seq < best.seq {
				best = p
			}
		}
	}
	if before {
		return nil
	}
	return best
}

// spk23FullName reports whether p's name has a first name.
func spk23FullName(p *person) bool {
	for _, w := range p.name {
		if _, _, _, ok := ruFirstName(w); ok {
			return true
		}
	}
	return false
}

// spk23HolderCands puts, among the chooser's candidates, the holder of a
// role in place of the role's genitive complement (spk23Holder): the
// candidate keeps its sources and distance, merged into the holder's when
// the holder is a candidate already.
func (m *reader) spk23HolderCands(cs []cand, headline string, verbG byte) []cand {
	changed := false
	for i := range cs {
		if cs[i].p.complementOf == "" {
			continue
		}
		if h := m.spk23Holder(cs[i].p, headline, verbG); h != cs[i].p {
			cs[i].p, changed = h, true
		}
	}
	if !changed {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		merged := false
		for k := range out {
			if out[k].p == c.p {
				out[k].flags |= c.flags
				out[k].dist = min(out[k].dist, c.dist)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, c)
		}
	}
	return out
}
