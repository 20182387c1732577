package attrib

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"

	"github.com/articlekit/article/internal/textutil"
)

// qspan is a quotation found in a block: the byte offsets of the text
// between the marks (start, end) and of the marks themselves (ostart, oend).
type qspan struct {
	start, end   int
	ostart, oend int
	// cont marks the piece of a quotation after the author's words
	// that interrupt it inside the same quote marks («A, — сказал он.
	// — B»): the words of whoever spoke the piece before, however short.
	cont bool
	// last marks the last paragraph's piece of a quotation that runs over
	// several paragraphs (unreopenedRuns, quoteRuns): where runEnd stops,
	// so that a run right after it is not read as its continuation.
	last bool
}

// quoteSpans finds the top-level quotations in s. Guillemets «» nest, with
// „“ inside them; “” and straight double quotes pair up; an English
// quotation left open at the end of a paragraph (the convention for quotes
// that run on into the next paragraph) runs to the end of s. Unbalanced
// guillemets are ignored.
//
// With russian, the Russian conventions of direct speech apply too: a
// dash-opened quotation goes on after its attribution, a paragraph opened
// by a dash (or a name, a colon and a dash) is speech, and a quotation
// interrupted by its attribution inside the marks is two.
func quoteSpans(s string, russian bool) []qspan {
	if q, ok := dashQuote(s, russian); ok {
		qs := []qspan{q}
		// «— A, — рассказывает он, — B»: the speech goes on after the
		// attribution, to the end of the paragraph.
		if b, ok := dashContinuation(s, q.oend); ok && russian {
			qs = append(qs, b)
		}
		qs = append(qs, quoteSpansFrom(s, qs[len(qs)-1].oend, russian)...)
		if russian {
			qs = splitInterrupted(s, qs)
		}
		return qs
	}
	if q, ok := dashParagraph(s); ok && russian {
		return []qspan{q}
	}
	if q, ok := q24AuthorEndedSpeech(s); ok && russian {
		return []qspan{q} // (q24_dash.go)
	}
	if !russian {
		return quoteSpansFrom(s, 0, false)
	}
	return splitInterrupted(s, quoteSpansFrom(s, 0, true))
}

// maxInterruptionBytes bounds the attribution that may stand inside a
// quotation between two dashes («…, — пояснила она, — …»).
const maxInterruptionBytes = 160

// interruptionDashes open and close an attribution inside a quotation:
// Russian sets it off with dashes after the comma or period that ends the
// first piece («Утверждают, — пояснила она, — но…», «…хорошо. — сказал
// он. — Но…»); a hyphen stands for the dash in plain-text copy.
var interruptionDashes = []string{" — ", " – ", " - "}

// splitInterrupted splits every quotation that Russian punctuation
// interrupts with its attribution, inside the same quote marks («A, —
// сказал он, — B»), into its two pieces, so that the words between them
// are read as the attribution they are. The words between the dashes must
// hold a verb of speech in lower case, and be short.
func splitInterrupted(s string, spans []qspan) []qspan {
	var out []qspan
	for _, q := range spans {
		for {
			a, b, ok := interruption(s, q)
			if !ok {
				break
			}
			out = append(out, qspan{start: q.start, end: a, ostart: q.ostart, oend: a})
			q = qspan{start: b, end: q.end, ostart: b, oend: q.oend, cont: true}
		}
		out = append(out, q)
	}
	return out
}

// interruption finds the attribution inside the quotation q: the offset
// where the first piece ends (before its comma) and where the second
// starts (after the closing dash).
func interruption(s string, q qspan) (int, int, bool) {
	text := s[q.start:q.end]
	dashes := newAnyIndex(text, interruptionDashes)
	for off := 0; off < len(text); {
		open, d := dashes.from(off)
		if open < 0 {
			return 0, 0, false
		}
		off = open + len(d)
		if open == 0 || !strings.ContainsRune(",.!?…", rune(text[open-1])) && !strings.HasSuffix(text[:open], "…") {
			continue
		}
		mid := text[off:]
		if len(mid) > maxAuthorWordsBytes {
			mid = mid[:maxAuthorWordsBytes]
		}
		j, d2 := indexAnyOf(mid, interruptionDashes)
		if j <= 0 || !strings.ContainsRune(",.", rune(mid[j-1])) || !(j <= maxInterruptionBytes && hasSpeechVerb(mid[:j]) || opensWithVerb(mid[:j])) {
			continue
		}
		end := open
		if text[end-1] == ',' {
			end--
		}
		return q.start + end, q.start + off + j + len(d2), true
	}
	return 0, 0, false
}

// maxAuthorWordsBytes bounds the author's words inside a quotation that
// open with their verb: a name with a long role may follow it («—
// констатирует Сергей Тимошенский, председатель …, — …»).
const maxAuthorWordsBytes = 480

// opensWithVerb reports whether s opens with a Russian verb in lower case
// in the past tense or the third person of the present: the author's
// words set off by dashes inside a quotation open with the verb of
// speech, whatever verb it is («, — констатирует …, — », «, —
// обратил внимание он, — »).
func opensWithVerb(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(words) == 0 || !unicode.IsLower(textutil.FirstRune(words[0])) || !unicode.Is(unicode.Cyrillic, textutil.FirstRune(words[0])) {
		return false
	}
	w := words[0]
	for _, e := range authorVerbEndings {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// indexAnyOf returns the first index in s of one of seps, and which.
func indexAnyOf(s string, seps []string) (int, string) {
	best, which := -1, ""
	for _, sep := range seps {
		if i := strings.Index(s, sep); i >= 0 && (best < 0 || i < best) {
			best, which = i, sep
		}
	}
	return best, which
}

// hasSpeechVerb reports whether the words of s, which must open in lower
// case, hold a Russian verb of speech in any gender or number
// («пояснила», «сказали»).
func hasSpeechVerb(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(words) == 0 || !unicode.IsLower(textutil.FirstRune(words[0])) || len(words) > maxInterruption {
		return false
	}
	return speechVerbAmong(words)
}

// hasSpeechVerbAnyCase reports whether the first maxInterruption words of
// s hold a Russian verb of speech («— …, — Песков заявил»).
func hasSpeechVerbAnyCase(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	return speechVerbAmong(words[:min(len(words), maxInterruption)])
}

// speechVerbAmong reports whether one of words is a Russian verb of speech
// in any gender or number.
func speechVerbAmong(words []string) bool {
	for _, w := range words {
		for _, t := range lang.Languages {
			if !t.RuStyle {
				continue
			}
			for _, v := range t.SpeechVerbs {
				if strings.HasPrefix(w, v) && utf8.RuneCountInString(w)-utf8.RuneCountInString(v) <= 2 {
					return true
				}
			}
		}
	}
	return false
}

// dashContinuation finds the second piece of direct speech a dash opens
// after its attribution («…, — рассказывает Иван Петров, — в учебку
// связи…»): the attribution from the offset from on is short, holds a
// verb of speech and ends with a comma or period and a dash; the speech
// runs to the end of the paragraph.
func dashContinuation(s string, from int) (qspan, bool) {
	// from is after the comma: skip the dash that opens the attribution.
	// (Plain-text copy may leave the comma out, «…в аэропорту —
	// поблагодарила …»: then from is at the dash.)
	switch d0 := prefixOf(s[from:], interruptionDashes); {
	case d0 != "":
		from += len(d0)
	case strings.HasPrefix(s[from:], "— "):
		from += len("— ")
	case strings.HasPrefix(s[from:], "– "):
		from += len("– ")
	default:
		return qspan{}, false
	}
	rest := s[from:]
	if len(rest) > maxAuthorWordsBytes {
		rest = rest[:maxAuthorWordsBytes]
	}
	j, d := indexAnyOf(rest, interruptionDashes)
	if j <= 0 || !strings.ContainsRune(",.", rune(rest[j-1])) || !(j <= maxInterruptionBytes && hasSpeechVerb(rest[:j]) || opensWithVerb(rest[:j])) {
		return qspan{}, false
	}
	start := from + j + len(d)
	if start >= len(s) {
		return qspan{}, false
	}
	end := speechEnd(s, start, rest[:j])
	if e := quotedSentenceWithAttribution(s, start, end); e >= 0 {
		end = e
	}
	return qspan{start: start, end: end, ostart: from + j + 1, oend: end, cont: true}, true
}

// speechEnd returns where the direct speech that runs on from start after
// its attribution ends: at the end of the paragraph, or before the first
// sentence that names the speaker the attribution names («— …, —
// рассказывает Матвей Михайлович, — … интереснее. После курсов
// направили Матвея Михайловича …»): a speaker does not speak of himself
// by his name; the writer has taken over again.
func speechEnd(s string, start int, attribution string) int {
	// The speaker's name: a first name or patronymic, and the surname
	// after it (not the body a role serves, «депутат Госдумы»).
	var stems []string
	words := strings.FieldsFunc(attribution, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for k, w := range words {
		name := isPersonEvidence(w) || k > 0 && isPersonEvidence(words[k-1]) && unicode.IsUpper(textutil.FirstRune(w))
		if n := utf8.RuneCountInString(w); name && n >= 4 {
			stems = append(stems, string([]rune(w)[:n-2]))
		}
	}
	if len(stems) == 0 {
		return len(s)
	}
	for i := start; i < len(s); {
		k := strings.IndexAny(s[i:], ".!?…")
		if k < 0 {
			break
		}
		i += k
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if i+1 >= len(s) || s[i] != ' ' || !unicode.IsUpper(textutil.FirstRune(s[i+1:])) {
			continue
		}
		next := s[i+1:]
		if e := strings.IndexAny(next, ".!?…"); e >= 0 {
			next = next[:e]
		}
		for _, w := range strings.FieldsFunc(next, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			for _, st := range stems {
				if strings.HasPrefix(w, st) && utf8.RuneCountInString(w)-utf8.RuneCountInString(st) <= 4 {
					return i
				}
			}
		}
	}
	return len(s)
}

// minDashParagraphWords is the length from which a paragraph opened by a
// dash with no attribution inside is taken for speech.
const minDashParagraphWords = minUnattributedWords

// maxSpeakerIntroBytes bounds the name and role before «: —» that
// introduce a speaker's words in a paragraph («Ольга, мама
// первоклассника: — Букет…»).
const maxSpeakerIntroBytes = 120

// dashParagraph finds a paragraph of direct speech the Russian way with
// no attribution inside it: opened by a dash (an answer in an interview,
// a quotation introduced in the paragraph before), or introduced by a
// name and a colon and a dash. It must end as a sentence ends, not as an
// item of a list («;», «,»), and hold no quote mark of its own around the
// whole.
func dashParagraph(s string) (qspan, bool) {
	start, ostart := -1, 0
	for _, d := range []string{"— ", "– "} {
		if strings.HasPrefix(s, d) {
			start = len(d)
		}
	}
	if rest, ok := strings.CutPrefix(s, "- "); ok && start < 0 && textutil.CountWords(rest) >= 2 {
		// «- Сколько врачей не хватает?»: a paragraph opened by a hyphen
		// that asks or exclaims is speech typed in plain text (an item
		// of a list does not end so).
		if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(rest, " ")); r == '?' || r == '!' {
			start = len("- ")
		}
	}
	if start < 0 {
		head := s[:min(len(s), maxSpeakerIntroBytes)]
		for _, d := range []string{": — ", ": – "} {
			if i := strings.Index(head, d); i > 0 && !strings.ContainsAny(head[:i], "«»\"“”.!?") && unicode.IsUpper(textutil.FirstRune(s)) {
				start, ostart = i+len(d), i+len(": ")
				break
			}
		}
	}
	if start < 0 || start >= len(s) {
		return qspan{}, false
	}
	end := strings.TrimRight(s, " ")
	last, _ := utf8.DecodeLastRuneInString(end)
	if !strings.ContainsRune(".!?…»\"", last) || textutil.CountWords(s[start:]) < minDashParagraphWords && !(ostart == 0 && strings.ContainsRune("?!", last) && textutil.CountWords(s[start:]) >= 2) {
		// (A short one that asks or exclaims is speech all the same: an
		// interviewer's question, «— Почему пожары не тушат?»; an item
		// of a list does not end so.)
		return qspan{}, false
	}
	return qspan{start: start, end: len(end), ostart: ostart, oend: len(end)}, true
}

// dashQuoteSeps are the dashes after which dashQuote looks for the
// author's words; the last, a dash with no comma before it, only in
// Russian.
var dashQuoteSeps = []string{", — ", "! — ", "? — ", "… — ", ", – ", ", - ", "! - ", "? - ", " — "}

// dashQuote finds direct speech set off by dashes, as Russian prints it: a
// paragraph that opens with a dash and gives the speaker after a second
// one («— Мы готовы к переговорам, — заявил Песков.»). The quotation runs
// from the first dash to the punctuation before the second.
func dashQuote(s string, russian bool) (qspan, bool) {
	rest, ok := strings.CutPrefix(s, "— ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "– "); !ok && russian {
			// «- Мы справимся, - сказал тренер.»: plain-text copy types
			// the dashes of a dialogue as hyphens; the author's words
			// with their verb of speech after the second say it is
			// speech, not an item of a list.
			rest, ok = strings.CutPrefix(s, "- ")
			if !ok {
				rest, ok = q28GluedHyphen(s) // (q28_dash.go)
			}
		}
		if !ok {
			return qspan{}, false
		}
	}
	start := len(s) - len(rest)
	// The first dash after a comma, ! ? or … that the author's words
	// follow: in Russian, a verb of speech among them (a dash inside the
	// speech, «— Диалог власти — тема избитая, — …», is punctuation).
	seps := dashQuoteSeps[:len(dashQuoteSeps)-1]
	if russian {
		// «…есть будущее — резюмировал он»: the comma is sometimes
		// left out; then the verb must come first.
		seps = dashQuoteSeps
	}
	dashes := newAnyIndex(rest, seps)
	for off := 0; off < len(rest); {
		i, sep := dashes.from(off)
		if i < 0 {
			break
		}
		off = i + len(sep)
		after := rest[off:]
		if len(after) > maxInterruptionBytes {
			after = after[:maxInterruptionBytes]
		}
		if k := strings.IndexAny(after, ".!?"); k >= 0 {
			after = after[:k]
		}
		// «— …, — поблагодарила Ирина Трашева, — …»: whatever verb
		// opens the author's words, when the speech goes on after them
		// behind a second dash.
		_, goesOn := dashContinuation(s, start+i+len(sep)-len("— "))
		// («— …, — пишет глава района.»: the author's words that close the
		// paragraph after a comma and a dash, whatever verb opens them;
		// with no comma, «— Мы пришли в школу — увидели …», the dash is
		// the speech's own.)
		verbFirst := russian && (goesOn || sep != " — " && closesParagraph(rest[off:])) && opensWithVerb(after)
		if russian && !hasSpeechVerbAnyCase(after) && !verbFirst {
			continue
		}
		if sep == " — " && !verbFirst {
			if w := strings.Fields(after); len(w) == 0 || !unicode.IsLower(textutil.FirstRune(w[0])) || !speechVerbAmong(w[:1]) {
				continue
			}
		}
		end := start + i
		if sep[0] != ',' {
			end += len(sep) - len(" — ") // keep ! ? … in the quotation
		}
		return qspan{start: start, end: end, ostart: 0, oend: start + i + 1}, true
	}
	return qspan{}, false
}

// quoteSpansFrom finds the quotations in s from byte offset from on.
//
// With nestStraight, a straight quote after a space inside a straight
// quotation opens a nested one (see below).
func quoteSpansFrom(s string, from int, nestStraight bool) []qspan {
	out, unclosed := scanQuoteSpans(s, from, nestStraight, nil, -1)
	if unclosed < 0 || !nestStraight {
		return out
	}
	// A guillemet opened and never closed leaves the rest of the
	// paragraph inside it, and every quotation there unseen. Print copy
	// drops a closing mark in two ways. A quotation or a name that ends
	// with a name in quote marks shares one mark for both (КП «Казенный
	// завод «Импульс», «Придбано з метою проекту «Спільний захист …» (…)):
	// when the only marks after the open one are that name's, after a
	// word of the sentence and before no author's words, its closing
	// mark closes both. Otherwise («Как сообщила газета «Вести района,
	// суд … «Мы обжалуем решение», — сказал адвокат.) the mark opened and
	// never closed is a stray, read past, so that the marks after it pair
	// up. A long paragraph may drop more than one closing mark («… статья
	// «К вопросу о «гадюшниках», … форме». … организации «Армянская
	// община «Миаснутюн» Республики Алтай …, «…»): each stray in turn is
	// read past, up to maxStrayMarks of them.
	var skips []int
	for k := 0; k < maxStrayMarks && unclosed >= 0; k++ {
		if strings.HasPrefix(strings.TrimLeft(s[unclosed+len("«"):], " "), "«") {
			// ««Дій- Краматорськ»: a mark typed twice; the name inside is
			// no quotation to expose.
			return out
		}
		if c, ok := q26SharedSpeechClose(s, unclosed); ok {
			out, _ = scanQuoteSpans(s, from, nestStraight, skips, c) // (q26_marks.go)
			return out
		}
		if c, ok := lastNamePair(s, unclosed); ok {
			out, _ = scanQuoteSpans(s, from, nestStraight, skips, c)
			return out
		}
		skips = append(skips, unclosed)
		out, unclosed = scanQuoteSpans(s, from, nestStraight, skips, -1)
	}
	return out
}

// maxStrayMarks bounds the guillemets opened and never closed that
// quoteSpansFrom reads past in one paragraph (each costs a scan).
const maxStrayMarks = 4

// lastNamePair reports whether the only guillemets in s after the one at
// byte offset open are one pair, « then », and returns the offset of its
// closing mark.
func lastNamePair(s string, open int) (int, bool) {
	rest := s[open+len("«"):]
	i := strings.IndexAny(rest, "«»")
	if i < 0 || !strings.HasPrefix(rest[i:], "«") {
		return 0, false
	}
	j := strings.IndexAny(rest[i+len("«"):], "«»")
	if j < 0 || !strings.HasPrefix(rest[i+len("«")+j:], "»") {
		return 0, false
	}
	j += i + len("«")
	if strings.ContainsAny(rest[j+len("»"):], "«»") || authorWordsAfter(rest[j+len("»"):]) {
		return 0, false
	}
	// (A name follows a word of the sentence: «проекту «Спільний …»,
	// «завода «Импульс»»; a quotation after a sentence's end or a
	// colon, or before its author's words, is speech of its own.)
	before := []rune(strings.TrimRight(rest[:i], " "))
	if len(before) == 0 || !unicode.IsLetter(before[len(before)-1]) {
		return 0, false
	}
	return open + len("«") + j, true
}

// scanQuoteSpans is quoteSpansFrom without the repair of an unclosed
// guillemet: the opening marks « at the byte offsets of skip are read
// past, the closing » at shared closes two guillemets (-1 for none). It
// also returns the offset of the top-level « left open at the end, or -1.
func scanQuoteSpans(s string, from int, nestStraight bool, skip []int, shared int) ([]qspan, int) {
	if from >= 0 && from <= len(s) && !hasQuoteMark(s[from:]) {
		// No mark to open or close a span: most paragraphs
		// (perf20_wordfilter.go).
		return nil, -1
	}
	var out []qspan
	var stack []rune
	var marks straightMarks // read from s once, for straightClosesGuillemet
	open := 0               // byte offset of the top-level opening mark
	prev := ' '
	for i, r := range s {
		if i < from {
			continue
		}
		size := utf8.RuneLen(r)
		top := rune(0)
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		push := func() {
			if len(stack) == 0 {
				open = i
			}
			stack = append(stack, r)
		}
		pop := func() {
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				out = append(out, qspan{start: open + utf8.RuneLen(textutil.FirstRune(s[open:])), end: i, ostart: open, oend: i + size})
			}
		}
		switch r {
		case '«':
			if !slices.Contains(skip, i) {
				push()
			}
		case '»':
			if top == '«' {
				pop()
				if i == shared && len(stack) > 0 && stack[len(stack)-1] == '«' {
					pop()
					if len(stack) == 0 {
						// (The shared mark is the outer words' too.)
						out[len(out)-1].end = i + size
					}
				}
			} else if len(stack) == 0 && len(out) > 0 && sharedOpening(s, out[len(out)-1], i) && authorWordsAfter(s[i+size:]) {
				// «Южный поток» — это большой проект…», — цитирует …: a
				// quotation that opens with a name in quote marks shares
				// its opening mark with the name; the closing mark with
				// nothing open, before the author's words, ends it.
				last := out[len(out)-1]
				out[len(out)-1] = qspan{start: last.ostart, end: i, ostart: last.ostart, oend: i + size}
			}
		case '„':
			push()
		case '“':
			if top == '„' {
				pop()
			} else {
				push()
			}
		case '”':
			if top == '“' || top == '„' || top == '"' && !nestStraight {
				pop() // (English mixed marks: enspk14c_marks.go)
			}
		case '"':
			if top == '“' && !nestStraight && enStraightClosesCurly(s, i, prev) {
				pop() // (English mixed marks: enspk14c_marks.go)
				break
			}
			if top == '«' && len(stack) == 1 && nestStraight && straightClosesGuillemet(s, i, &marks) {
				// «…работаю" — сказал он: a guillemet closed with the
				// straight mark (straightClosesGuillemet).
				pop()
				break
			}
			if top == '„' && nestStraight && !unicode.IsSpace(prev) {
				// «…к „Динамо"», «Тогда начнётся: „мы всё сделали
				// неправильно"»: Russian web copy closes the low opening
				// mark with the straight one on the keyboard.
				pop()
				break
			}
			if top == '"' && nestStraight && unicode.IsSpace(prev) && i+1 < len(s) && !unicode.IsSpace(rune(s[i+1])) {
				// «я "за" введение»: in Russian plain-text copy straight
				// quotes serve both levels; one after a space and before
				// a word opens a quotation inside the quotation.
				push()
			} else if top == '"' {
				pop()
				if nestStraight && len(stack) > 0 && stack[0] == '"' && authorWordsAfter(s[i+size:]) {
					// «…как-то "жмутся", - заметил он»: when a quotation
					// inside another ends with it, plain-text copy writes
					// one mark for both, and the author's words follow.
					end := i + size
					if strings.HasPrefix(s[end:], ")") {
						end++ // («"Трек" и "Лис"), - сообщил»)
					}
					stack = stack[:0]
					out = append(out, qspan{start: open + utf8.RuneLen(textutil.FirstRune(s[open:])), end: end, ostart: open, oend: end})
				}
			} else if len(stack) == 0 && len(out) > 0 && nestStraight && !unicode.IsSpace(prev) && sharedOpening(s, out[len(out)-1], i) && closesSpeech(s[i+size:]) {
				// «Матвеев: "Хетафе" победил заслуженно…".»: the shared
				// opening mark in straight quotes (closesSpeech).
				last := out[len(out)-1]
				out[len(out)-1] = qspan{start: last.ostart, end: i, ostart: last.ostart, oend: i + size}
			} else if !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
				push()
			}
		}
		prev = r
	}
	// A quotation opened with “ or " and never closed runs to the end.
	if len(stack) > 0 && (stack[0] == '“' || stack[0] == '"') && len(s)-open > 1 {
		out = append(out, qspan{start: open + utf8.RuneLen(textutil.FirstRune(s[open:])), end: len(s), ostart: open, oend: len(s)})
	}
	if len(stack) > 0 && stack[0] == '«' {
		return out, open
	}
	return out, -1
}

// authorWordsAfter reports whether s, the text after a closing quotation
// mark, goes on with the author's words of direct speech: a comma, a dash
// and a word in lower case («", — сказал он», «"), - сообщил …»).
func authorWordsAfter(s string) bool {
	s = strings.TrimPrefix(s, ")")
	for _, d := range []string{", — ", ", – ", ", - "} {
		if rest, ok := strings.CutPrefix(s, d); ok {
			return unicode.IsLower(textutil.FirstRune(rest))
		}
	}
	return false
}

// sentence is a span of a block's text that ends at a sentence boundary
// outside any quotation.
type sentence struct{ Start, End int }

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"capt": true, "sgt": true, "maj": true, "cpl": true, "adm": true, "cmdr": true, "rev": true, "supt": true, "det": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "gen": true,
	"st": true, "jr": true, "sr": true, "lt": true, "col": true, "prof": true, "mt": true, "no": true,
	"vs": true, "u.s": true, "u.k": true, "inc": true, "corp": true, "co": true, "jan": true, "feb": true,
	"aug": true, "sept": true, "oct": true, "nov": true, "dec": true, "г": true, "гг": true, "т": true,
	"др": true, "им": true, "ул": true, "млн": true, "млрд": true, "тыс": true, "руб": true, "см": true,
}

// Sentences splits s at ., ! ?, … followed by a space and a capital, digit,
// dash or quotation mark, never inside a quotation and never after a known
// abbreviation or an initial.
func Sentences(s string, spans []qspan) []sentence {
	var out []sentence
	start := 0
	// i only grows, and spans are in text order: move forward only.
	qi := 0
	inQuote := func(i int) bool {
		for qi < len(spans) && spans[qi].oend <= i {
			qi++
		}
		return qi < len(spans) && i >= spans[qi].ostart
	}
	for i := 0; i < len(s); {
		// (Only the bytes of the four marks are looked at: «…» is the
		// three bytes E2 80 A6, and no other rune's bytes hold a full
		// stop, a mark or an E2 byte that opens a rune elsewhere than
		// at a rune's start, so the scan may step byte by byte
		// elsewhere with no decoding.)
		var r rune
		size := 1
		switch c := s[i]; {
		case c == '.' || c == '!' || c == '?':
			r = rune(c)
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xA6:
			r, size = '…', 3
		default:
			i++
			continue
		}
		if !inQuote(i) {
			j := i + size
			for j < len(s) && strings.ContainsRune(".!?…»”\")", textutil.FirstRune(s[j:])) {
				j += utf8.RuneLen(textutil.FirstRune(s[j:]))
			}
			if j < len(s) && s[j] == ' ' {
				next := textutil.FirstRune(s[j+1:])
				if (unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("«“\"—–-„", next) || opensSpanAt(spans, j+1)) && !(r == '.' && isAbbrevBefore(s[start:i])) {
					out = append(out, sentence{start, j})
					start = j + 1
				}
			}
			i = j
			continue
		}
		i += size
	}
	if start < len(s) {
		out = append(out, sentence{start, len(s)})
	}
	return out
}

// opensSpanAt reports whether one of spans, in text order, opens at byte
// offset i: a quotation in single marks (enq15_single.go) opens a
// sentence as one in double marks does.
func opensSpanAt(spans []qspan, i int) bool {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].ostart >= i })
	return k < len(spans) && spans[k].ostart == i
}

// isInitials reports whether w is initials written without spaces, less
// the last period: capital letters each followed by a period ("А.И").
func isInitials(w string) bool {
	n := 0
	for i, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 || !unicode.IsUpper(textutil.FirstRune(part)) {
			return false
		}
		n = i + 1
	}
	return n >= 2
}

// maxAbbrevBytes bounds the look-back for an abbreviation before a period.
const maxAbbrevBytes = 16

// isAbbrevBefore reports whether the text before a period ends with an
// abbreviation or a single-letter initial.
func isAbbrevBefore(s string) bool {
	if len(s) > maxAbbrevBytes {
		s = s[len(s)-maxAbbrevBytes:]
	}
	k := strings.LastIndexAny(s, " («“\"")
	w := s[k+1:]
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper(textutil.FirstRune(w)) {
		return true
	}
	if isInitials(w) {
		return true // «А.И. Кучияк», "J.R. Smith"
	}
	return hasLower(abbreviations, w)
}

// maxSharedNameWords bounds the name in quote marks a quotation may open
// with, sharing its opening mark.
const maxSharedNameWords = 4

// sharedOpening reports whether the span q, closed before offset i of s,
// is a short name that opens its sentence (at the start of s or after a
// sentence's end or a colon), with no quote mark between its end and i:
// the name a quotation opens with, sharing the quotation's opening mark.
func sharedOpening(s string, q qspan, i int) bool {
	if textutil.CountWords(s[q.start:q.end]) > maxSharedNameWords || strings.ContainsAny(s[q.oend:i], "«»\"“”„") {
		return false
	}
	before := strings.TrimRight(s[:q.ostart], " ")
	if before != "" {
		r, _ := utf8.DecodeLastRuneInString(before)
		if !strings.ContainsRune(".!?…:", r) {
			return false
		}
	}
	return true
}

// cutAtOwnName returns text, a quotation, up to the first sentence after
// its first that names the speaker, name (the fullest name the text gives,
// in the nominative), in any case: by the surname (the last word of a
// name of two words or more), or by the first name and the patronymic
// together («По словам Виталия Валерьевича»). A first name alone is
// not enough: a speaker speaks of others who bear it («Александр
// Тобошев»). A word is the name's in any case when it has the same stem
// (the word less its last two letters, for words of four letters or
// more) and a capital letter. text itself when no sentence names him.
func cutAtOwnName(text string, name []string) string {
	if len(name) < 2 {
		return text
	}
	stem := func(w string) string {
		if utf8.RuneCountInString(w) >= 4 && unicode.IsUpper(textutil.FirstRune(w)) {
			return truncRunes(w, 2)
		}
		return ""
	}
	is := func(w, st string) bool {
		return st != "" && unicode.IsUpper(textutil.FirstRune(w)) && strings.HasPrefix(w, st) && utf8.RuneCountInString(w)-utf8.RuneCountInString(st) <= 4
	}
	surname := name[len(name)-1]
	if isPersonEvidence(surname) {
		surname = ""
	}
	sur, first, patr := stem(surname), "", ""
	if len(name) == 3 {
		first, patr = stem(name[0]), stem(name[1])
	}
	if sur == "" && patr == "" {
		return text
	}
	for i := 0; i < len(text); {
		k := strings.IndexAny(text[i:], ".!?…")
		if k < 0 {
			break
		}
		i += k
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if i+1 >= len(text) || text[i] != ' ' || !unicode.IsUpper(textutil.FirstRune(text[i+1:])) {
			continue
		}
		next := text[i+1:]
		if e := strings.IndexAny(next, ".!?…"); e >= 0 {
			next = next[:e]
		}
		// The words of the sentence, read in place (letters and
		// hyphens), each with the one before it.
		prevWord := ""
		for j := 0; j < len(next); {
			r, size := utf8.DecodeRuneInString(next[j:])
			if !unicode.IsLetter(r) && r != '-' {
				j += size
				continue
			}
			e := j + size
			for e < len(next) {
				r2, n2 := utf8.DecodeRuneInString(next[e:])
				if !unicode.IsLetter(r2) && r2 != '-' {
					break
				}
				e += n2
			}
			w := next[j:e]
			if is(w, sur) || prevWord != "" && is(prevWord, first) && is(w, patr) {
				return strings.TrimRight(text[:i], " ")
			}
			prevWord, j = w, e
		}
	}
	return text
}

// minNarrationSentences is how many sentences with no word of the first
// or second person must end a dash speech for cutAtNarration to take them
// for the writer's.
const minNarrationSentences = 2

// ruPersonalWords are the Russian pronouns of the first and second
// person, in every case, personal and possessive: the marks of someone
// speaking, which the writer of a news story does not use of himself;
// each also capitalised.
var ruPersonalWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`я меня мне мной мною мы нас нам нами ты тебя тебе тобой тобою вы вас вам вами
		мой моя моё мое мои моего моей моему моим моих моём моем мою моими
		наш наша наше наши нашего нашей нашему нашим наших нашем нашу нашими
		твой твоя твоё твое твои твоего твоей твоему твоим твоих твоём твоем твою твоими
		ваш ваша ваше ваши вашего вашей вашему вашим ваших вашем вашу вашими`) {
		m[w] = true
		m[capitalise(w)] = true // opening a sentence, looked up as written
	}
	return m
}()

// cutAtNarration returns text, direct speech set off by a dash that runs
// to the end of its paragraph, up to its last sentence that holds a
// pronoun of the first or second person (ruPersonalWords), when at least
// minNarrationSentences sentences follow it with none: regional Russian
// papers let the writer's narration run on in the paragraph of a
// speaker's words («… безопасный вывод наших войск. Сам Аушев и его
// группа привлекались … Руслан Аушев активно общался …»), and a speaker
// who spoke in the first person does not go on for sentences without it.
// text itself otherwise.
func cutAtNarration(text string) string {
	lastPersonal := -1 // where the last sentence with a personal word ends
	after := 0         // sentences after it
	personal, words := false, false
	for i := 0; i <= len(text); {
		if i == len(text) {
			// The last sentence, ended or not.
			if words {
				if personal {
					return text
				}
				if lastPersonal >= 0 {
					after++
				}
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) {
			e := i + size
			for e < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[e:])
				if !unicode.IsLetter(r2) {
					break
				}
				e += n2
			}
			if w := text[i:e]; len(w) <= len("вашими") && ruPersonalWords[w] {
				personal = true
			}
			words, i = true, e
			continue
		}
		i += size
		if !strings.ContainsRune(".!?…", r) {
			continue
		}
		for i < len(text) && strings.ContainsRune(".!?…»\"", textutil.FirstRune(text[i:])) {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		if i < len(text) && (text[i] != ' ' || !unicode.IsUpper(textutil.FirstRune(text[i+1:]))) {
			continue // «т.д.», «3.5», «…» within a sentence: no sentence ends
		}
		if personal {
			lastPersonal, after = i, 0
		} else if lastPersonal >= 0 {
			after++
		}
		personal, words = false, false
	}
	if lastPersonal < 0 || after < minNarrationSentences {
		return text
	}
	return strings.TrimRight(text[:lastPersonal], " ")
}

// quotedSentenceWithAttribution returns where, in s[start:end], direct
// speech that runs on after its attribution gives way to a sentence that
// opens with a quotation in guillemets followed by a dash and its own verb
// of speech («— … готов эту работу организовать. «Кто такое придумал?» —
// возмущается наша читательница»): a quotation with an attribution of
// its own is the writer's text quoting someone, not the speaker going on.
// It returns the end of the speech before that sentence, or -1.
func quotedSentenceWithAttribution(s string, start, end int) int {
	for i := start; i < end; {
		k := strings.Index(s[i:end], "»")
		if k < 0 {
			return -1
		}
		closeAt := i + k
		i = closeAt + len("»")
		after := strings.TrimLeft(s[i:end], ",.!?… ")
		d := ""
		for _, dash := range []string{"— ", "– "} {
			if strings.HasPrefix(after, dash) {
				d = dash
			}
		}
		if d == "" || !hasSpeechVerb(firstWords(after[len(d):], 3)) && !ruFiniteVerb(firstWords(after[len(d):], 1)) {
			continue
		}
		// The guillemet that opens this quotation, at the start of a
		// sentence of the speech.
		open := strings.LastIndex(s[start:closeAt], "«")
		if open < 0 {
			return -1
		}
		open += start
		before := strings.TrimRight(s[start:open], " ")
		if before == "" {
			return -1 // the speech itself opens with it
		}
		if r, _ := utf8.DecodeLastRuneInString(before); !strings.ContainsRune(".!?…", r) {
			continue
		}
		return start + len(before)
	}
	return -1
}

// firstWords returns s up to its n-th space.
func firstWords(s string, n int) string {
	for i, c := 0, 0; i < len(s); i++ {
		if s[i] == ' ' {
			if c++; c == n {
				return s[:i]
			}
		}
	}
	return s
}

// ruFiniteVerbEndings end a Russian verb in the third person singular,
// present or past («возмущается», «вспоминает», «улыбнулась»), as an
// attribution after a dash has it; nouns seldom stand there.
var ruFiniteVerbEndings = []string{"ается", "яется", "ется", "ится", "ает", "яет", "ует", "ит", "ет",
	"лся", "лась", "ала", "яла", "ила", "ела", "ула", "ал", "ял", "ил", "ел", "ул"}

// ruFiniteVerb reports whether w, a word in lower case of five letters or
// more, ends as a Russian verb in the third person singular
// (ruFiniteVerbEndings).
func ruFiniteVerb(w string) bool {
	w = strings.TrimRight(w, ",.:;!?")
	if utf8.RuneCountInString(w) < 5 || !unicode.IsLower(textutil.FirstRune(w)) {
		return false
	}
	return hasSuffixAny(w, ruFiniteVerbEndings)
}
