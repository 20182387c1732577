package attrib

import (
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// maxPrepAdjectives bounds the adjectives read back from a name to the
// preposition that governs it.
const maxPrepAdjectives = 2

// ruPrepPhraseName reports whether the capitalised word toks[i] ends a
// Russian prepositional phrase whose adjectives stand between the
// preposition and the noun («в словенской Поклюке», «на новом
// Центральном стадионе»): a preposition never governs the nominative, and
// adjectives in lower case agree with the noun they precede, so the name
// is in an oblique case and is no subject of the sentence's verb. (The
// preposition right before the name is handled where it is read.)
func ruPrepPhraseName(toks []token, i int) bool {
	for k := 1; k <= maxPrepAdjectives && i-k-1 >= 0; k++ {
		a := toks[i-k]
		if a.kind != tokWord || textutil.IsCap(a.text) || !hasSuffixAny(a.lower, ruAdjEndings) {
			return false
		}
		if p := toks[i-k-1]; p.kind == tokWord && ruPrepositions[p.lower] {
			return true
		}
	}
	return false
}

// ruAsideSource reports whether the verb of reporting toks[i] opens a
// Russian parenthetical source clause, «Как сообщает «Советский спорт»,
// после матча тренер Олег Долматов заявил, что …»: «как» before the verb,
// at the sentence's start or after a comma. The outlet is the source the
// sentence cites, not the subject of its main clause: who the main
// clause's verb names speaks, and the outlet only when no one does.
func ruAsideSource(toks []token, i int) bool {
	if i == 0 || toks[i-1].kind != tokWord || toks[i-1].lower != "как" {
		return false
	}
	return i == 1 || toks[i-2].kind == tokPunct && toks[i-2].text == ","
}

// guillemetRunEnd returns the paragraph after blocks[i] where a quotation
// that blocks[i] opens after a sentence (or a colon) and leaves open in a
// guillemet closes, or -1: as unreopenedRuns reads a run that opens its
// paragraph, the paragraphs between are whole pieces of the quotation
// when they neither open with a mark or a dash (a new quotation, a line
// of dialogue) nor leave a mark of their own open, and the run ends at
// the first paragraph with a » that no « of its own opens, within
// maxRunParagraphs («Иван Петров, тренер: «Игра была трудной. …» / «Гол
// добавил уверенности.» / «Спасибо болельщикам!», — …»). Each paragraph
// is looked at once.
func guillemetRunEnd(blocks []model.Block, i int) int {
	for j := i + 1; j < len(blocks) && j <= i+maxRunParagraphs; j++ {
		t := strings.TrimSpace(blocks[j].Text)
		if blocks[j].Type != model.Paragraph || t == "" {
			return -1
		}
		if first := textutil.FirstRune(t); first == '«' || first == '—' || first == '–' || first == '-' {
			return -1
		}
		k, depth := unmatchedClose(t)
		if k >= 0 {
			return j
		}
		if depth != 0 {
			return -1
		}
	}
	return -1
}

// midDashSeps end a sentence and open direct speech with a dash inside
// the same paragraph.
var midDashSeps = []string{". — ", "! — ", "? — ", "… — ", ". – ", "! – ", "? – ", "… – "}

// midDashQuote finds direct speech that a dash opens after a sentence of
// the writer's inside the same paragraph, as run-together web copy prints
// a paragraph of narration and a line of dialogue («… находятся в
// хорошем состоянии. — Пересевать придется около 18 тысяч гектаров, —
// отметил министр.»): the dash follows a sentence's end and opens words
// with a capital, and the speech ends, as dashQuote reads it, before the
// author's words, which close the paragraph. The narration before it
// holds no quote mark left open, the speech none at all. Only the last
// such dash of the paragraph is tried: the cost is one pass.
func midDashQuote(s string) ([]qspan, bool) {
	k, sep := -1, ""
	for _, d := range midDashSeps {
		if i := strings.LastIndex(s, d); i > k {
			k, sep = i, d
		}
	}
	if k <= 0 {
		return nil, false
	}
	from := k + len(sep) - len("— ")
	if sep[len(sep)-4:] == "– " {
		from = k + len(sep) - len("– ")
	}
	rest := s[from:]
	if strings.ContainsAny(rest, "«»\"“”„") || !unicode.IsUpper(textutil.FirstRune(strings.TrimLeft(rest[strings.IndexByte(rest, ' '):], " "))) {
		return nil, false
	}
	if _, depth := unmatchedClose(s[:from]); depth != 0 || strings.Count(s[:from], "\"")%2 != 0 {
		return nil, false
	}
	q, ok := dashQuote(rest, true)
	if !ok {
		return nil, false
	}
	after := strings.TrimLeft(rest[q.oend:], " ")
	if d := prefixOf(after, []string{"— ", "– ", "- "}); d != "" {
		after = after[len(d):]
	}
	if !closesParagraph(after) {
		return nil, false
	}
	out := quoteSpansFrom(s[:from], 0, true)
	q.start += from
	q.end += from
	q.ostart += from
	q.oend += from
	return append(out, q), true
}

// scriptChange reports whether the capitalised words a and b, next to
// each other, are written in different scripts, one Cyrillic and the
// other Latin: a person's name keeps one script, so the run of name
// words ends between them («приводит слова Мякяряйнен Yle»: the
// surname, then the outlet that quotes her).
func scriptChange(a, b string) bool {
	ra, rb := textutil.FirstRune(a), textutil.FirstRune(b)
	ca, cb := unicode.Is(unicode.Cyrillic, ra), unicode.Is(unicode.Cyrillic, rb)
	return ca && unicode.Is(unicode.Latin, rb) || cb && unicode.Is(unicode.Latin, ra)
}

// ruSurnameSuffixes end Russian surnames in the nominative, with the
// gender each tells.
var ruSurnameSuffixes = []struct {
	end string
	g   byte
}{
	{"ова", 'f'}, {"ева", 'f'}, {"ёва", 'f'}, {"ина", 'f'}, {"ына", 'f'}, {"ская", 'f'}, {"цкая", 'f'},
	{"ов", 'm'}, {"ев", 'm'}, {"ёв", 'm'}, {"ин", 'm'}, {"ын", 'm'}, {"ский", 'm'}, {"цкий", 'm'},
}

// ruSurnameSuffixGender returns the gender the ending of the surname w
// tells in the nominative, 0 when it tells none.
func ruSurnameSuffixGender(w string) byte {
	lw := strings.ToLower(w)
	for _, e := range ruSurnameSuffixes {
		if strings.HasSuffix(lw, e.end) && len([]rune(lw)) >= len([]rune(e.end))+2 {
			return e.g
		}
	}
	return 0
}

// ruSurnameSubject reports whether a sentence opens with a surname alone
// as its subject, as Russian news names someone already known to its
// readers («Шаров поручил подрядчику …», «Иванова заявила …»): one
// capitalised Cyrillic word with a surname's ending in the nominative,
// then a verb in the past tense in lower case whose gender agrees with
// the ending. (A capitalised word that opens a sentence is no name by
// that alone; the ending and the agreeing verb are the evidence.)
func ruSurnameSubject(toks []token) bool {
	if len(toks) < 3 || toks[0].kind != tokWord || toks[1].kind != tokWord || !unicode.Is(unicode.Cyrillic, textutil.FirstRune(toks[0].text)) || textutil.IsCap(toks[1].text) {
		return false
	}
	g := ruSurnameSuffixGender(toks[0].text)
	return g != 0 && pastGender(toks[1].lower) == g
}

// sharedCloseBeforeAuthor reports whether the guillemet at byte offset
// open, which opens the paragraph s and is never closed, ends with a
// quotation inside it that shares its closing mark: the first » that
// closes an inner pair right before the author's words of direct speech
// («На Олимпиаде … сказали бы «не с кем играть», — сказал Третьяк …»).
// Print copy writes one mark for the two when both end together; the
// author's words after it say the outer speech ends there. It returns
// that mark's offset. One pass over s.
func sharedCloseBeforeAuthor(s string, open int) (int, bool) {
	if strings.TrimLeft(s[:open], " ") != "" {
		return 0, false
	}
	depth := 0
	for i, r := range s[open:] {
		switch r {
		case '«':
			depth++
		case '»':
			depth--
			if depth == 1 && authorWordsAfter(s[open+i+len("»"):]) {
				return open + i, true
			}
			if depth <= 0 {
				return 0, false
			}
		}
	}
	return 0, false
}

// ruLowerBodyWord reports whether w, in lower case, may be the
// compound name of a state body the table knows: news copy writes the
// ministries' short names in lower case as often as capitalised
// («сообщили в минприроды области», «в минздраве региона»), and no
// common word opens with «мин» and ends as such a compound.
func ruLowerBodyWord(w string) bool {
	return strings.HasPrefix(w, "мин") && len([]rune(w)) > 6
}
