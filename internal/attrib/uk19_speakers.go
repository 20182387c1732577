package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/textutil"
)

// Ukrainian speakers in the nominative (issue 13's rule, as for Russian:
// the speaker in the nominative, an organisation by its head noun).
//
// The Russian machinery reads a body's name by its head noun (ruOrgHeads,
// ruAdjectiveNominative); Ukrainian declines the same heads with its own
// endings (міністерство: міністерства, міністерству, міністерством,
// міністерстві; рада: ради, раді, раду, радою; поліція: поліції, поліцію,
// поліцією; суд: суду, судові, судом, суді; управління: управлінню,
// управлінням, управлінні) and its adjectives agree with the head in
// other endings (Верховна Рада, Верховної Ради, Верховній Раді; Головне
// управління; Господарський суд, Господарського суду). uk19Speaker puts
// the speaker the reader found into that nominative, from the words
// alone, once it is chosen.

// uk19Decl is a Ukrainian noun declension: the nominative singular ending
// and the endings of the other cases of the singular.
type uk19Decl struct {
	nom     string
	oblique []string
	gender  byte
}

var (
	// neuter in -о: міністерство, агентство, відомство, товариство
	uk19NeutO = &uk19Decl{"о", []string{"а", "у", "ом", "і"}, 'n'}
	// neuter in -я after a doubled consonant: управління, відділення,
	// об'єднання, представництво's kin in -ння
	uk19NeutJa = &uk19Decl{"я", []string{"ю", "ям", "і"}, 'n'}
	// feminine in -а: рада, служба, прокуратура, палата, інспекція's
	// hard-stem kin
	uk19FemA = &uk19Decl{"а", []string{"и", "і", "у", "ою"}, 'f'}
	// feminine in -ія: поліція, адміністрація, комісія, партія, компанія
	uk19FemIja = &uk19Decl{"я", []string{"ї", "ю", "єю"}, 'f'}
	// feminine in -я after a consonant: лікарня (лікарні, лікарню,
	// лікарнею)
	uk19FemSoft = &uk19Decl{"я", []string{"і", "ю", "ею"}, 'f'}
	// masculine with a consonant stem; bodies take -у in the genitive
	// (суду, комітету, департаменту, уряду)
	uk19Masc = &uk19Decl{"", []string{"у", "а", "ові", "ом", "і"}, 'm'}
)

// uk19Heads are the head nouns of Ukrainian bodies, by stem (the word
// less its ending), with their declension.
var uk19Heads = map[string]*uk19Decl{
	"міністерств": uk19NeutO, "агентств": uk19NeutO, "відомств": uk19NeutO, "товариств": uk19NeutO,
	"представництв": uk19NeutO, "підприємств": uk19NeutO, "посольств": uk19NeutO, "консульств": uk19NeutO,
	"управлінн": uk19NeutJa, "відділенн": uk19NeutJa, "об'єднанн": uk19NeutJa, "об’єднанн": uk19NeutJa, "правлінн": uk19NeutJa,
	"рад": uk19FemA, "служб": uk19FemA, "прокуратур": uk19FemA, "палат": uk19FemA, "прес-служб": uk19FemA,
	"міськрад": uk19FemA, "облрад": uk19FemA, "райрад": uk19FemA, "фракці": uk19FemIja,
	"поліці": uk19FemIja, "адміністраці": uk19FemIja, "держадміністраці": uk19FemIja, "облдержадміністраці": uk19FemIja,
	"райдержадміністраці": uk19FemIja, "комісі": uk19FemIja, "парті": uk19FemIja, "компані": uk19FemIja,
	"інспекці": uk19FemIja, "асоціаці": uk19FemIja, "корпораці": uk19FemIja, "мері": uk19FemIja, "агенці": uk19FemIja,
	// institutions that speak through their press offices
	"лікарн": uk19FemSoft, "академі": uk19FemIja, "установ": uk19FemA, "університет": uk19Masc, "інститут": uk19Masc,
	"суд": uk19Masc, "департамент": uk19Masc, "комітет": uk19Masc, "уряд": uk19Masc, "фонд": uk19Masc,
	"центр": uk19Masc, "прес-центр": uk19Masc, "кабінет": uk19Masc, "відділ": uk19Masc, "банк": uk19Masc,
	"офіс": uk19Masc, "секретаріат": uk19Masc, "апарат": uk19Masc, "союз": uk19Masc, "штаб": uk19Masc,
}

// uk19Head reads w (any capitalisation) as a body's head noun: its
// nominative (capitalised as w is), its gender, and whether w was in a
// case other than the nominative. A compound of a council («Київрада»,
// «Мосміськрада»: a place's stem and -рада) declines as рада does.
func uk19Head(w string) (nom string, gender byte, oblique, ok bool) {
	lw := strings.ToLower(w)
	try := func(stem string, d *uk19Decl) bool {
		if !strings.HasPrefix(lw, stem) {
			return false
		}
		end := lw[len(stem):]
		if end == d.nom {
			nom, gender, ok = w, d.gender, true
			return true
		}
		for _, e := range d.oblique {
			if end == e {
				nom, gender, oblique, ok = w[:len(w)-len(end)]+d.nom, d.gender, true, true
				return true
			}
		}
		return false
	}
	// The longest stem that leaves an ending of its declension.
	for n := len(lw); n > 0; n-- {
		if n < len(lw) && !utf8.RuneStart(lw[n]) {
			continue
		}
		if d, has := uk19Heads[lw[:n]]; has && try(lw[:n], d) {
			return
		}
	}
	if i := strings.LastIndex(lw, "держадміністраці"); i > 0 && try(lw[:i+len("держадміністраці")], uk19FemIja) {
		// «міськдержадміністрації», «райдержадміністрацію»: a state
		// administration of a town, a region, a district
		return
	}
	if textutil.IsCap(w) && utf8.RuneCountInString(lw) >= 6 {
		if i := strings.LastIndex(lw, "рад"); i > 0 && hasSuffixAny(lw[:i], uk19CouncilPrefixes) && try(lw[:i+len("рад")], uk19FemA) {
			return
		}
	}
	return "", 0, false, false
}

// uk19CouncilPrefixes end the first part of a council's compound name
// (міськрада, облрада, райрада, сільрада, селищрада, Київрада).
var uk19CouncilPrefixes = []string{"міськ", "обл", "рай", "сіль", "селищ", "київ"}

// uk19AdjStem returns the stem of a Ukrainian long adjective in any case
// and gender of the singular (Верховної, Верховній, Верховною → Верховн;
// Господарського, Господарському → Господарськ; Головне → Головн), and
// whether w has such an ending. Soft stems (верхній, -нього) are left
// out: their nominatives are rare in names of bodies.
func uk19AdjStem(w string) (string, bool) {
	if utf8.RuneCountInString(w) < 5 {
		return "", false
	}
	for _, e := range []string{"ого", "ому", "ої", "ою", "ий", "ій", "им", "ім", "а", "е"} {
		if strings.HasSuffix(w, e) {
			return strings.TrimSuffix(w, e), true
		}
	}
	return "", false
}

// uk19AdjAgree puts an adjective before a head noun into the nominative
// of the head's gender: -ий, -а, -е.
func uk19AdjAgree(w string, gender byte) (string, bool) {
	stem, ok := uk19AdjStem(w)
	if !ok {
		return "", false
	}
	switch gender {
	case 'f':
		return stem + "а", true
	case 'n':
		return stem + "е", true
	}
	return stem + "ий", true
}

// uk19GenitiveAdjEndings end a Ukrainian adjective in the genitive
// singular (Херсонської, Хмельницької, Київського): an adjective needs
// its noun after it, so one that ends a speaker's name has lost it.
var uk19GenitiveAdjEndings = []string{"ської", "цької", "зької", "ської", "ного", "ної", "ького", "ського", "цького"}

// uk19Speaker returns the speaker name to report for a Ukrainian text, ""
// when the words name no one:
//
//   - an adjective in the genitive that ends the name lost the noun it
//     agrees with («Херсонський міський суд Херсонської [області]»): it
//     goes;
//   - a plural common noun opening a sentence with such an adjective
//     («Дорожники Хмельницької [області]») is a group named by its trade,
//     not a name: no speaker;
//   - a role noun in lower case inside the name («суд представник
//     Київради») makes it a description, not a name: no speaker;
//   - a body's name is put into the nominative by its head noun, with the
//     adjectives before it agreeing (Верховної Ради → Верховна Рада,
//     Міністерства енергетики → Міністерство енергетики, Головна
//     Управління → Головне Управління); the words after the head say
//     whose it is and stay as written.
func (m *reader) uk19Speaker(name []string) string {
	if len(name) == 0 {
		return ""
	}
	for _, w := range name {
		if r := textutil.FirstRune(w); unicode.IsLower(r) && unicode.Is(unicode.Cyrillic, r) {
			if _, ok := m.role(w); ok {
				return ""
			}
		}
	}
	if n := len(name); n >= 2 && textutil.IsCap(name[n-1]) && hasSuffixAny(name[n-1], uk19GenitiveAdjEndings) && !uk19FirstName(name[0]) {
		// (A surname in the genitive after a first name, «Андрій
		// Зеленського», is the reader's to put right, below.)
		head := false
		for _, w := range name[:n-1] {
			_, _, _, ok := uk19Head(w)
			head = head || ok
		}
		switch {
		case head:
			name = name[:n-1]
		case n == 2 && !uk19FirstName(name[0]) && hasSuffixAny(name[0], []string{"и", "і"}):
			return ""
		}
	}
	return strings.Join(uk19PersonNominative(uk19OrgNominative(name)), " ")
}

// uk19SurnameEndings turn the endings of a Ukrainian surname that only
// an oblique case takes back into the nominative, for the gender the
// first name tells: the adjectival -ський, -цький, -зький (-ського,
// -ському, -ським; -ська: -ської, -ській, -ською, -ську), the -енко
// surnames a man declines (Коваленка, Коваленку, Коваленкові,
// Коваленком; a woman's does not), the possessive -ов, -ев, -ін of a man
// (-ова, -ову, -овим) and -ова, -іна of a woman (-ової, -овій, -овою,
// -ову). Endings shared with a nominative are not listed (-ова of a man:
// Петрова is a woman's nominative).
var uk19SurnameEndings = []struct {
	end, nom string
	g        byte
}{
	{"ського", "ський", 'm'}, {"ському", "ський", 'm'}, {"ським", "ський", 'm'},
	{"цького", "цький", 'm'}, {"цькому", "цький", 'm'}, {"цьким", "цький", 'm'},
	{"зького", "зький", 'm'}, {"зькому", "зький", 'm'}, {"зьким", "зький", 'm'},
	{"енкові", "енко", 'm'}, {"енка", "енко", 'm'}, {"енку", "енко", 'm'}, {"енком", "енко", 'm'},
	{"овим", "ов", 'm'}, {"евим", "ев", 'm'}, {"іним", "ін", 'm'},
	{"ської", "ська", 'f'}, {"ській", "ська", 'f'}, {"ською", "ська", 'f'}, {"ську", "ська", 'f'},
	{"цької", "цька", 'f'}, {"цькій", "цька", 'f'}, {"цькою", "цька", 'f'}, {"цьку", "цька", 'f'},
	{"ової", "ова", 'f'}, {"овій", "ова", 'f'}, {"овою", "ова", 'f'}, {"ову", "ова", 'f'},
	{"евої", "ева", 'f'}, {"евій", "ева", 'f'}, {"евою", "ева", 'f'},
	{"іної", "іна", 'f'}, {"іній", "іна", 'f'}, {"іною", "іна", 'f'}, {"іну", "іна", 'f'},
}

// uk19PersonNominative puts the surname of a person's name (a first name
// the tables know, in the nominative, then the surname last) into the
// nominative by the Ukrainian endings of uk19SurnameEndings; other names
// are returned as they are.
func uk19PersonNominative(name []string) []string {
	if len(name) < 2 || len(name) > 3 {
		return name
	}
	if uk := uk19FromRussian[name[0]]; uk != "" {
		name = append([]string{uk}, name[1:]...)
	}
	_, g, c, ok := ruFirstName(name[0])
	if !ok || c != caseNom {
		return name
	}
	last := name[len(name)-1]
	for _, e := range uk19SurnameEndings {
		if e.g == g && strings.HasSuffix(last, e.end) && utf8.RuneCountInString(last) >= utf8.RuneCountInString(e.end)+2 {
			out := append([]string(nil), name...)
			out[len(out)-1] = strings.TrimSuffix(last, e.end) + e.nom
			return out
		}
	}
	return name
}

// uk19OrgNominative puts a body's name whose head noun is one of the
// first four words, after adjectives only, into the nominative (see
// uk19Speaker); other names are returned as they are.
func uk19OrgNominative(name []string) []string {
	for h := 0; h < len(name) && h < 4; h++ {
		nom, gender, _, ok := uk19Head(name[h])
		if !ok {
			if _, adj := uk19AdjStem(strings.ToLower(name[h])); !adj || uk19FirstName(name[h]) {
				return name
			}
			continue
		}
		out := append([]string(nil), name...)
		out[h] = nom
		for k := 0; k < h; k++ {
			a, ok := uk19AdjAgree(name[k], gender)
			if !ok {
				return name
			}
			out[k] = a
		}
		return out
	}
	return name
}

// uk19FirstName reports whether w is a first name in any case (the
// first-name tables of the Russian machinery, which hold the Ukrainian
// forms too): no adjective of a body's name.
func uk19FirstName(w string) bool {
	_, _, _, ok := ruFirstName(w)
	return ok
}

// uk19FromRussian maps the Russian first names that the genitive of a
// Ukrainian -о name reads as (Петра: Петр; Павла: Павел) to the
// Ukrainian name (Петро, Павло): in a Ukrainian text «за словами Петра
// Порошенка» names Петро.
var uk19FromRussian = func() map[string]string {
	m := map[string]string{}
	for n := range ukFirstNameSet {
		if !strings.HasSuffix(n, "о") {
			continue
		}
		if f, ok := firstNameForms[strings.TrimSuffix(n, "о")+"а"]; ok && f.nom != n && !ukFirstNameSet[f.nom] {
			m[f.nom] = n
		}
	}
	return m
}()
