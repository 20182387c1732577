package attrib

import "strings"

// French attribution (the grammar of French news).
//
// French inverts the subject pronoun after the verb of an incise and
// joins it to the verb by a hyphen, with a euphonic -t- after a vowel:
// «« … », a-t-elle indiqué au Figaro», «dit-il», «ajoute-t-elle»,
// «estime-t-on». The pronoun is the speaker (the last person named of
// its gender); what follows the verb is a circumstance — the outlet the
// words were told to («au Figaro») or that reports them («selon Le
// Monde») — never the speaker. And French news names a head of state or
// government again by a periphrasis, «le chef de l'État», «le chef du
// gouvernement», as Russian does with «глава государства»
// (rolePeriphrasis): the person introduced with the role it stands for.

// french reports whether the text is read with the French table.
func (m *reader) french() bool { return len(m.tables) == 1 && m.tables[0].Tag == "fr" }

// frInvertedPronoun returns the subject pronoun ("il", "elle", "ils",
// "elles", "on") joined to the end of w by a hyphen («a-t-elle»,
// «dit-il») and the verb before it, "" when w has none.
func frInvertedPronoun(w string) (verb, pron string) {
	for _, p := range []string{"elles", "elle", "ils", "il", "on"} {
		if v, ok := strings.CutSuffix(w, "-"+p); ok && v != "" {
			return strings.TrimSuffix(v, "-t"), p
		}
	}
	return "", ""
}

// frAuxiliaries are the forms of avoir that open an inverted compound
// tense («a-t-il déclaré», «avait-elle dit»).
var frAuxiliaries = map[string]bool{"a": true, "avait": true, "aura": true, "aurait": true, "ont": true, "avaient": true}

// frSpeaker returns the speaker a French attribution names by an inverted
// pronoun or a role periphrasis after a verb of speech, nil when it names
// none that way.
func (m *reader) frSpeaker(toks []token) *person {
	for i, t := range toks {
		if t.kind != tokWord {
			continue
		}
		if verb, pron := frInvertedPronoun(t.lower); pron != "" {
			speech := m.isSpeechVerb(verb) || frAuxiliaries[verb] && i+1 < len(toks) && toks[i+1].kind == tokWord && m.isSpeechVerb(toks[i+1].lower)
			if !speech || pron == "on" {
				continue // («peut-être», «est-il vrai»; «on» is nobody named)
			}
			if pron == "ils" || pron == "elles" {
				return nil // (a group: not one person)
			}
			return m.pronounReferent(pron)
		}
		if m.isSpeechVerb(t.lower) {
			if p := m.frPeriphrasis(toks, i+1); p != nil {
				return p
			}
		}
	}
	return nil
}

// frPeriphrases map the periphrases of a head of state or government to
// the role stems the person may have been introduced with, in order.
var frPeriphrases = []struct {
	words []string
	roles []string
}{
	{[]string{"chef", "de", "l'état"}, []string{"président", "présidente"}},
	{[]string{"cheffe", "de", "l'état"}, []string{"présidente"}},
	{[]string{"chef", "du", "gouvernement"}, []string{"premier ministre", "première ministre", "ministre"}},
	{[]string{"cheffe", "du", "gouvernement"}, []string{"première ministre", "ministre"}},
}

// frPeriphrasis returns whom a periphrasis at toks[j] («le chef de
// l'État») names, nil when none stands there or no one holds its role.
func (m *reader) frPeriphrasis(toks []token, j int) *person {
	if j < len(toks) && (toks[j].lower == "le" || toks[j].lower == "la") {
		j++
	}
	for _, ph := range frPeriphrases {
		if j+len(ph.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range ph.words {
			ok = ok && toks[j+k].kind == tokWord && strings.ReplaceAll(toks[j+k].lower, "’", "'") == w
		}
		if !ok {
			continue
		}
		for _, r := range ph.roles {
			if stem, ok := m.role(r); ok && m.roles[stem] != nil {
				return m.roles[stem]
			}
			if p := m.roles[r]; p != nil {
				return p
			}
		}
	}
	return nil
}

// frNoteAppositiveRole records p as the holder of a role that stands with
// its complement before the name, set off by a comma («La ministre de
// l'Économie, Sophie Martin, …», «le porte-parole du gouvernement,
// Maud Bregeon»): the role is among the four words before the comma.
// Such an apposition that opens the sentence is its subject, whom a
// pronoun after points to. And the article before a role tells the
// gender of who holds it (le, un, du, au: a man; la, une: a woman),
// whether the role stands in apposition or right before the name («le
// président Emmanuel Macron»).
func (m *reader) frNoteAppositiveRole(toks []token, i int, p *person) {
	from := i - 1
	comma := i >= 3 && toks[i-1].kind == tokPunct && toks[i-1].text == ","
	if comma {
		from = i - 2
	}
	for k := from; k >= 0 && k >= from-3 && toks[k].kind == tokWord; k-- {
		if _, ok := m.role(toks[k].lower); !ok {
			continue
		}
		if comma {
			m.noteRole(toks[k].lower, p)
		}
		if k > 0 && p.gender == 0 {
			switch toks[k-1].lower {
			case "le", "un", "du", "au":
				p.gender = 'm'
			case "la", "une":
				p.gender = 'f'
			}
		}
		if comma && k <= 1 {
			m.makeSalient(p)
		}
		return
	}
}

// frElidedCut moves the start of a French name run past a capitalised
// word that opens with an elided article or preposition («L’hypothèse
// de Stephen Smith», «D’après …»): a common noun at the start of a
// sentence, never part of a person's name, and the particles after it
// (de, du, des) with it. It returns the new start, at most the run's last
// word.
func frElidedCut(run []string, cut int) int {
	if cut >= len(run)-1 {
		return cut
	}
	w := strings.ReplaceAll(run[cut], "’", "'")
	if !strings.HasPrefix(w, "L'") && !strings.HasPrefix(w, "D'") {
		return cut
	}
	cut++
	for cut < len(run)-1 && (run[cut] == "de" || run[cut] == "du" || run[cut] == "des" || run[cut] == "d'") {
		cut++
	}
	return cut
}
