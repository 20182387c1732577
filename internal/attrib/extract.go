package attrib

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/model"

	"github.com/articlekit/article/internal/textutil"
)

// tablesFor returns the language tables to read a text in: the one for its
// language, or all of them when the language is unknown.
func tablesFor(langTag string) []*lang.Table {
	for _, t := range lang.Languages {
		if t.Tag == langTag {
			return []*lang.Table{t}
		}
	}
	return lang.Languages
}

// lowerWordsPool keeps the emptied maps of the words articles write in
// lower case (reader.lowerWords), so that each article does not grow a new
// one from nothing.
var lowerWordsPool = sync.Pool{New: func() any { return map[string]bool{} }}

// lowerOfPool keeps the emptied caches of lower-case forms
// (reader.lowerOf).
var lowerOfPool = sync.Pool{New: func() any { return map[string]string{} }}

// tokensPool keeps the token slices of finished articles (extract), so
// that each article does not grow one from nothing.
var tokensPool = sync.Pool{New: func() any { return new([]token) }}

// minUnattributedWords is the length from which a quotation with no
// reporting verb in its paragraph still counts as a direct quote; shorter
// ones are scare quotes and titles.
const minUnattributedWords = 6

// attribution is what a sentence says about who is speaking.
type attribution struct {
	speaker *person
	cue     bool // a reporting verb or "according to" is present
	quoting bool // the sentence holds a quotation
}

// cancelEvery is how many sentences of one block are read between two
// looks at the caller's context.
const cancelEvery = 32

// Extract finds the direct quotations in the body, who said each,
// and the outlets the article cites.
func Extract(blocks []model.Block, langTag string, canceled func() error) ([]model.Quote, []string, error) {
	q, src, _, err := extractWith("", blocks, langTag, canceled, false)
	return q, src, err
}

// ExtractWithHeadline is Extract, and it also finds the quotation the
// headline gives in someone's words («Моуриньо: «…»»; see
// headlineQuote), first in the list, with Block HeadlineBlock (-1).
func ExtractWithHeadline(headline string, blocks []model.Block, langTag string, canceled func() error) ([]model.Quote, []string, error) {
	if withLead, ok := withLeadBlock(headline, langTag, blocks); ok {
		// A lead sentence taken for the headline is read as the body's
		// first paragraph (ruq13q_lead.go).
		q, src, _, err := extractWith("", withLead, langTag, canceled, false)
		shiftLeadBlock(q)
		return q, src, err
	}
	q, src, _, err := extractWith(headline, blocks, langTag, canceled, false)
	return q, src, err
}

// extract is Extract; with collect it also returns, for each quotation,
// its candidate speakers with their features (see chooser.go).
func extract(blocks []model.Block, langTag string, canceled func() error, collect bool) ([]model.Quote, []string, []SpeakerSample, error) {
	return extractWith("", blocks, langTag, canceled, collect)
}

// extractWith is extract, with the headline's quotation (headlineQuote)
// when headline is not empty.
func extractWith(headline string, blocks []model.Block, langTag string, canceled func() error, collect bool) ([]model.Quote, []string, []SpeakerSample, error) {
	if split, back := dialogueLists(blocks, langTag); back != nil {
		// Lists that are lines of dialogue are read as its paragraphs
		// (ruq14a_lists.go); quotations keep the list's block number.
		q, src, samples, err := extractWith(headline, split, langTag, canceled, collect)
		for i := range q {
			if q[i].Block >= 0 {
				q[i].Block = back[q[i].Block]
			}
		}
		return q, src, samples, err
	}
	m := newReader(tablesFor(langTag))
	m.lowerWords = lowerWordsPool.Get().(map[string]bool)
	m.lowerOf = lowerOfPool.Get().(map[string]string)
	m.byKey = byKeyPool.Get().(map[string][]*person)
	m.seenLower = seenPool.Get().(*[seenSlots]string)
	defer func() {
		clear(m.seenLower[:])
		seenPool.Put(m.seenLower)
		clear(m.byKey)
		byKeyPool.Put(m.byKey)
		// Nothing keeps m once extract returns: its maps of words,
		// emptied, serve the next article.
		clear(m.lowerWords)
		lowerWordsPool.Put(m.lowerWords)
		clear(m.lowerOf)
		lowerOfPool.Put(m.lowerOf)
	}()
	blocks = plainSpaces(blocks)
	if m.russian() {
		m.ownWire = out20WireAgency(blocks) // (out20_wire.go)
	}
	for _, b := range blocks {
		m.noteLowerWords(b.Text)
	}
	// The learned chooser picks among the candidate speakers in Russian
	// and English, the languages it was trained on; the learned filter
	// judges the spans in quote marks in Russian.
	tag := ""
	if len(m.tables) == 1 {
		tag = m.tables[0].Tag
	}
	learned := collect || tag == "ru" || tag == "en"
	filter := tag == "ru"
	type found struct {
		block   int
		text    string
		speaker *person
		partial bool
		cands   []cand
		ctx     quoteCtx
		qf      [NQuoteFeatures]float64
		start   int     // offset of the quotation in its block
		rescued bool    // a span the rules did not take for a quotation
		label   *person // who the label of an interview turn names
		turn    bool    // an interview turn
		asked   bool    // an interviewer's question (interview.go)
		asker   *person // the outlet its attribution names, if any
		sure    bool    // speech by its setting alone, whatever its form: not for the filter to judge
		dashed  bool    // Russian direct speech set off by a dash, no quote mark around it
		cont    bool    // the speech after its attribution («— …, — сказал он, — …»)
		anon    bool    // an unnamed source's words: no speaker (enq15_anon.go)
		known   int     // > 0: only the first known-1 people met may speak (attr19_impersonal.go)
	}
	var rescued []found // spans the rules left out, for the quotation filter to judge
	// addTo adds p as a candidate of the quotations all[from:] of block bi.
	var all []found
	addTo := func(bi int, p *person, f int) {
		if !learned || p == nil {
			return
		}
		for k := len(all) - 1; k >= 0 && all[k].block >= bi; k-- {
			if all[k].block == bi {
				all[k].cands = addCand(all[k].cands, p, f, m.sent-p.lastSent)
			}
		}
	}
	// No token outlives its sentence: one slice serves every sentence,
	// and, through tokensPool, the next article.
	tp := tokensPool.Get().(*[]token)
	toks := (*tp)[:0]
	defer func() {
		clear(toks[:cap(toks)]) // (no text of this article kept alive)
		*tp = toks[:0]
		tokensPool.Put(tp)
	}()
	var pending *attribution        // a sentence ending in ':' that introduces the next block
	var prevSpeaker *person         // the speaker of the last quotation of the previous block
	var waiting []int               // quotations, in all, met before anyone was named
	var guessed []int               // quotations of the previous block that it did not attribute
	var turns []int                 // where the words of each block's interview turn start, or -1
	prevSpeechToEnd := false        // the previous block is direct speech set off by a dash to its end
	prevAsked := false              // and it asks a question
	var repeated map[string]termUse // short phrases in quote marks in lower case, by termKey
	var questions []bool            // the dash paragraphs that are an interviewer's questions
	if m.russian() {
		turns = interviewTurns(blocks)
		questions = dashQuestions(blocks)
	}
	runOn := -1 // in all, the quotation of a paragraph that the next goes on with
	// The pieces of quotations that run over paragraphs with no mark
	// reopening them (unreopenedRuns), by block; the quotations, in all,
	// of a run whose last paragraph is still to come, and that paragraph.
	var unreopened map[int]qspan
	if langTag == "ru" {
		unreopened = quoteRuns(blocks)
	} else if m.russian() {
		// (Ukrainian: the runs that reopen no mark only; quoteRuns'
		// further forms were written and measured on Russian.)
		unreopened = unreopenedRuns(blocks)
	}
	if headline != "" && !collect {
		m.ruLearnHeadline(headline) // (ruspk15_headline.go)
	}
	enQuoting := false // the previous block ends with a quotation and its clause, or with a colon (enq15_single.go)
	var chain []int
	chainEnd := -1
	var chainPrev *person // the speaker of the last quotation before the run
	for bi, b := range blocks {
		if err := canceled(); err != nil {
			return nil, nil, nil, err
		}
		if b.Type == model.Heading || b.Type == model.Code || b.Type == model.Table || b.Type == model.Figure {
			// Quotation marks in code are string literals, in a
			// table's cells labels: neither is anyone's speech.
			continue
		}
		spans := quoteSpans(b.Text, m.russian())
		if m.english() {
			spans = enSingleQuotes(b.Text, spans, m.isSpeechVerb) // (enq15_single.go)
			next := ""
			if bi+1 < len(blocks) {
				next = blocks[bi+1].Text
			}
			if q, ok := enSingleRunOn(b.Text, enQuoting, next, m.isSpeechVerb); ok && (len(spans) == 0 || spans[len(spans)-1].oend <= q.ostart) {
				spans = append(spans, q)
			}
			// (The quotation goes on into the next paragraph only
			// from one that ends with it, or with its reporting clause,
			// or with a colon: not from narration after it.)
			enQuoting = len(spans) > 0 && textutil.CountWords(b.Text[spans[len(spans)-1].oend:]) <= enSingleMaxClauseWords || strings.HasSuffix(strings.TrimRight(b.Text, " "), ":")
		}
		if m.russian() {
			for _, sp := range spans {
				if key := termKey(b.Text[sp.start:sp.end]); key != "" || capKey(b.Text[sp.start:sp.end]) != "" {
					if key == "" {
						key = capKey(b.Text[sp.start:sp.end])
					}
					if repeated == nil {
						repeated = map[string]termUse{}
					}
					// (A sentence the text repeats word for word, the
					// lead printed again in the body, uses the phrase
					// once more: the words before the mark tell.)
					before := b.Text[max(0, sp.ostart-maxRepeatContext):sp.ostart]
					if u := repeated[key]; u.n == 0 || before != u.first {
						if u.n == 0 {
							u.first = before
						}
						u.n++
						repeated[key] = u
					}
				}
			}
		}
		if m.russian() && (len(spans) == 0 || spans[0].ostart > 0) && bi+1 < len(blocks) && runOnQuote(b.Text, blocks[bi+1].Text) {
			// «В этом сезоне мы покажем пять премьер. / «Главная из
			// них …», — сказал он.: Russian sets a quotation of several
			// paragraphs with an opening mark at the start of each and a
			// closing one only at its end; a paragraph opened and not
			// closed, before one that opens again, is a paragraph of it.
			end := len(strings.TrimRight(b.Text, " "))
			spans = []qspan{{start: strings.Index(b.Text, "«") + len("«"), end: end, ostart: 0, oend: end, cont: true}}
			runOn = len(all)
		}
		piece, inRun := unreopened[bi]
		if inRun {
			// «Удовлетворение нашей игрой было … / Судейство? … / А что
			// касается судейства, … бессмысленно», — заявил Евдокимов:
			// the pieces of a quotation over several paragraphs, the
			// first opened, the last closed; what follows the closing
			// mark is read as usual.
			// (A piece opened after the paragraph's first sentences keeps
			// the quotations before it: quoteRuns.)
			spans = append(append(quoteSpansFrom(b.Text[:piece.ostart], 0, true), piece), quoteSpansFrom(b.Text, piece.oend, true)...)
		}
		var label *person // who speaks the block's interview turn
		// (The quote marks of a label, «„Известия“: …», are no quotation.)
		turn := turns != nil && turns[bi] >= 0 && (len(spans) == 0 || spans[len(spans)-1].oend <= turns[bi])
		if turn {
			spans = []qspan{turnSpan(b.Text, turns[bi])}
			label = m.turnSpeaker(b.Text)
			if label == nil && answerLabel(b.Text) && len(m.salient) > 0 {
				// «Ответ: …»: the words of whom the interview is
				// with, the person the text is about.
				label = m.salient[len(m.salient)-1]
			}
		}
		prevAsked = prevSpeechToEnd && strings.HasSuffix(strings.TrimRight(blocks[bi-1].Text, " "), "?")
		if len(spans) == 0 && prevAsked && m.russian() && dashSpeech(b.Text) {
			// «— Как решаете эту проблему?» / «— Приглашаем
			// выпускников.»: the paragraph of speech after a question
			// is its answer, however short.
			end := len(strings.TrimRight(b.Text, " "))
			if start := strings.IndexByte(b.Text, ' ') + 1; start > 0 && start < end {
				spans = []qspan{{start: start, end: end, ostart: 0, oend: end}}
			}
		}
		if len(spans) == 0 && prevSpeechToEnd && m.russian() && speechGoesOn(b.Text) {
			spans = []qspan{turnSpan(b.Text, 0)}
		}
		prevSpeechToEnd = m.russian() && len(spans) > 0 && dashSpeech(b.Text) && spans[len(spans)-1].end >= len(strings.TrimRight(b.Text, " "))-1
		sents := Sentences(b.Text, spans)
		if b.Type == model.List {
			sents = itemSentences(b.Text, sents, spans) // items18.go
		}
		notQuote := map[int]bool{}
		partial := map[int]bool{}
		var titled map[int]bool     // the quotations that are titles of pieces
		var anonSent map[int]bool   // sentences whose speaker is an unnamed source (enq15_anon.go)
		var knownAt map[int]int     // impersonal sentences: the people known after them (attr19_impersonal.go)
		var askedBy map[int]*person // sentences whose quotations an unnamed journalist asks, and the outlet (interview.go)
		attrs := make([]attribution, len(sents))
		quoteIn := make([][]int, len(sents))
		// What the chooser and the filter need of each sentence and span
		// of a block that quotes.
		var si2 []sentInfo
		var sp2 []spanInfo
		chooses := learned && len(spans) > 0
		if chooses {
			si2, sp2 = make([]sentInfo, len(sents)), make([]spanInfo, len(spans))
			for k := range sp2 {
				sp2[k].sent = -1
			}
		}
		for si, sn := range sents {
			m.sent++
			if si%cancelEvery == cancelEvery-1 {
				// A block may be one paragraph of thousands of
				// sentences: look at the context inside it too.
				if err := canceled(); err != nil {
					return nil, nil, nil, err
				}
			}
			// No token outlives its sentence: the slice is reused.
			toks = tokenizeLower(toks, b.Text, sn, spans, m.lowerOf)
			m.findSources(toks, notQuote, langTag)
			quotesBefore := 0 // (spanInfo.slot)
			for k, t := range toks {
				// «читайте в статье Частного корреспондента «5 мыслей
				// об …»»: the title of a piece; «так называемой «мирной
				// демонстрации»», the so-called "rebels": the writer's
				// distance from a term. Never anyone's words (nor one for
				// the filter to rescue).
				if t.kind == tokQuote && !notQuote[t.q] && (m.russian() && pieceTitle(toks, k) || soCalled(toks, k) || markupValue(toks, k) || m.english() && enTitle(toks, k)) {
					notQuote[t.q] = true
					if titled == nil {
						titled = map[int]bool{}
					}
					titled[t.q] = true
				}
				if t.kind == tokQuote && !notQuote[t.q] && m.russian() && conversationWith(toks, k) && quotedTitle(t.text) {
					// «в разговоре с «РБ Спорт»»: a name in quote marks
					// one talks with is an outlet (a person is not named
					// in quote marks), known or not.
					notQuote[t.q] = true
					m.addSource(t.text)
				}
				if t.kind == tokQuote && !notQuote[t.q] && m.isQuotedName(toks, k) {
					// «ТаксиЛайн», the union «Объединение»: a name, not speech.
					notQuote[t.q] = true
					if m.russian() && ruParenthesisedName(toks, k) {
						// (Nor one for the filter to rescue.)
						if titled == nil {
							titled = map[int]bool{}
						}
						titled[t.q] = true
					}
					if (lang.IsOutletLike(t.text, langTag, false) || knownOutlet(t.text)) && m.citesQuoted(toks, k) {
						m.addSource(t.text)
					}
				}
				if t.kind == tokQuote && !notQuote[t.q] && m.russian() && q24StaffEmployer(toks, k) {
					notQuote[t.q] = true // «корреспондент «Газеты.Ru»»: the outlet (q24_staff.go)
				}
				if t.kind == tokQuote && !notQuote[t.q] && m.russian() && spkRuQualifiedTerm(toks, k) {
					notQuote[t.q] = true // «такие «мелочи»»: a term (spk20_terms.go)
				}
				if t.kind == tokQuote && !titled[t.q] && m.russian() && spk21RuGenitiveTerm(toks, k) {
					notQuote[t.q] = true // «соглашение «открытых небес»»: a term, for no filter to rescue (spk21_terms.go)
					if titled == nil {
						titled = map[int]bool{}
					}
					titled[t.q] = true
				}
				if t.kind == tokQuote && !notQuote[t.q] {
					quoteIn[si] = append(quoteIn[si], t.q)
					partial[t.q] = m.isPartial(toks, k)
				}
				if t.kind == tokQuote && chooses {
					sp2[t.q].sent, sp2[t.q].partial = si, m.isPartial(toks, k)
					sp2[t.q].slot = quotesBefore
				}
				if t.kind == tokQuote {
					quotesBefore++
				}
			}
			if chooses {
				si2[si].cue = m.hasSpeechCue(toks)
				si2[si].refs = m.sentenceRefs(toks)
			}
			if m.russian() && len(quoteIn[si]) > 0 {
				if ok, src := m.journalistAsks(toks); ok {
					if askedBy == nil {
						askedBy = map[int]*person{}
					}
					askedBy[si] = nil
					if src != "" {
						askedBy[si] = &person{name: strings.Fields(src)}
					}
				}
			}
			endsColon := strings.HasSuffix(strings.TrimSpace(b.Text[sn.Start:sn.End]), ":")
			// A sentence with no quotation may still say who spoke the
			// quotation next to it («…». Об этом заявил министр …).
			// (Not in German, where every noun is capitalised and
			// reading more sentences meets more nouns taken for names.)
			// «…». Такого мнения придерживается экономист …; «Эти слова
			// принадлежат министру …»: a Russian sentence that points
			// back at what was said names who said it, whatever its
			// verb, as its subject (or the owner of the words).
			anaph := m.russian() && len(quoteIn[si]) == 0 && opensAnaphoric(b.Text[sn.Start:sn.End])
			if len(quoteIn[si]) > 0 || endsColon || !m.capitalNouns() && m.hasSpeechCue(toks) || anaph {
				attrs[si] = m.attribute(toks, langTag)
				explicit := attrs[si].speaker != nil // named by the sentence's own attribution
				if anaph && attrs[si].speaker == nil {
					if p := m.anaphoricSubject(toks); p != nil {
						attrs[si].speaker, attrs[si].cue = p, true
					}
				}
				attrs[si].quoting = len(quoteIn[si]) > 0
				if attrs[si].speaker == nil && attrs[si].quoting && m.russian() {
					// «Президент России Владимир Путин обвинил Киев в
					// нежелании «вести диалог»»: words quoted in a
					// sentence whose subject is a named person are that
					// person's.
					attrs[si].speaker = m.subjectOf(toks)
				}
				if attrs[si].quoting && m.russian() && ruAnonymousSpeaks(toks, explicit) {
					// An unnamed source speaks: nobody the text
					// names (enq15_anon.go).
					attrs[si].speaker, attrs[si].cue = nil, true
					if anonSent == nil {
						anonSent = map[int]bool{}
					}
					anonSent[si] = true
				}
				if attrs[si].speaker != nil {
					m.lastSpeaker = attrs[si].speaker
					m.makeSalient(attrs[si].speaker)
				}
			}
			m.named, m.namedSlot = m.named[:0], m.namedSlot[:0]
			m.learn(toks)
			if len(quoteIn[si]) > 0 && attrs[si].speaker == nil && m.russian() && impersonalDocument(toks) {
				knownAt = noteKnown(knownAt, si, m.persons+1)
			}
			if chooses {
				si2[si].named = append([]*person(nil), m.named...)
				if len(m.named)+len(si2[si].refs) > candWindowMin {
					si2[si].namedSlot = append([]int(nil), m.namedSlot...)
				}
				si2[si].verbG = m.sentenceVerbGender(toks)
				si2[si].no = m.sent
			}
		}
		for si := range knownAt {
			// The rest of the paragraph may name the document's author
			// («…», — говорится в сообщении. Об этом заявил …, the
			// attribution in the next sentence issue 13 asks for): only
			// people first named in a later paragraph are ruled out.
			knownAt[si] = m.persons + 1
		}
		if len(guessed) > 0 && len(sents) > 0 && len(quoteIn[0]) == 0 && attrs[0].speaker != nil && m.russian() && opensAnaphoric(b.Text[sents[0].Start:sents[0].End]) {
			// «…» as a paragraph, then «Так прокомментировал решение
			// министр …»: the next paragraph, pointing back at what was
			// said, names who said it.
			for _, k := range guessed {
				all[k].speaker = attrs[0].speaker
				if learned {
					all[k].cands = addCand(all[k].cands, attrs[0].speaker, SFNextBlock, m.sent-attrs[0].speaker.lastSent)
				}
			}
		}
		if len(sents) > 0 && len(quoteIn[0]) == 0 {
			addTo(bi-1, attrs[0].speaker, SFNextBlockFirst)
		}
		guessed = guessed[:0]
		startsWithQuote := len(spans) > 0 && spans[0].ostart == 0
		if len(spans) > 0 {
			m.near.build(attrs)
		}

		quoting := 0 // the block's quoting sentences read so far
		for si := range sents {
			if len(quoteIn[si]) == 0 {
				continue
			}
			at := attrs[si]
			own := at.speaker != nil || at.cue
			if !own && m.russian() && si+1 < len(sents) && attrs[si+1].speaker != nil && opensAnaphoric(b.Text[sents[si+1].Start:sents[si+1].End]) {
				// «Санкции не сработали». Об этом заявил министр …: a
				// sentence that points back at what was said and names
				// who said it attributes the quotation before it as
				// the author's words after it would; the quotation is
				// speech however short.
				own = true
			}
			if quoting++; quoting%cancelEvery == 0 {
				// (Thousands of quoting sentences in one block: look at
				// the context here too.)
				if err := canceled(); err != nil {
					return nil, nil, nil, err
				}
			}
			if at.speaker == nil {
				if nb := m.neighbour(b.Text, sents, attrs, si, m.russian()); nb.speaker != nil || !at.cue {
					at = nb
				}
			}
			inBlock := at.speaker != nil
			if at.speaker == nil && !at.cue && pending != nil && startsWithQuote {
				at = *pending
			}
			if at.speaker == nil && !at.cue && prevSpeaker != nil && startsWithQuote {
				// A paragraph of quotation only, after a paragraph
				// quoting someone, goes on with the same speaker.
				at = attribution{speaker: prevSpeaker, cue: true}
			}
			if at.speaker == nil && startsWithQuote && m.russian() && len(m.salient) > 0 {
				// Russian news sets a paragraph of quotation with no
				// attribution after the paragraph that named its
				// speaker, as the subject of a sentence or the speaker
				// of an earlier quotation: the most recent of them.
				at = attribution{speaker: m.salient[len(m.salient)-1], cue: at.cue}
			}
			if at.speaker == nil && m.russian() && len(m.salient) > 0 && (at.cue || startsWithQuote) {
				// Russian news names who said every quotation; one with a
				// verb of speech but no speaker of its own, or a
				// paragraph of speech, is the words of the person the
				// text is about: the most recent subject or speaker.
				at.speaker = m.salient[len(m.salient)-1]
			}
			for _, qi := range quoteIn[si] {
				text := strings.TrimRight(strings.TrimSpace(b.Text[spans[qi].start:spans[qi].end]), ",")
				words := textutil.CountWords(text)
				// «— Почему стройка затянулась?»: a paragraph of speech
				// opened by a dash that asks or exclaims is speech however
				// short (an interviewer's question).
				dashAsks := m.russian() && spans[qi].ostart == 0 && dashSpeech(b.Text) && (strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!") || prevAsked)
				// (And the paragraph of speech after a question is its
				// answer, however short: «— Как решаете проблему?» /
				// «— Приглашаем выпускников».)
				// «Мы готовы к диалогу».: a paragraph that is one
				// quotation of two words or more, ended as a sentence
				// is, is speech however short; Russian quotes a name
				// inside a sentence, never as a paragraph of its own.
				wholePara := m.russian() && words >= 2 && spans[qi].ostart == 0 && wholeParagraphQuote(b.Text, spans[qi])
				// «Мы не согласны, — заявила она. — Будем обжаловать»: the
				// piece after the author's words inside the same quote
				// marks is speech however short, as the piece before is.
				dashAsks = dashAsks || wholePara || spans[qi].cont
				if text == "" || !turn && !dashAsks && ((!at.cue && at.speaker == nil && words < minUnattributedWords) || (!m.capitalNouns() && isTitleCase(text)) ||
					(at.speaker == nil && words < 2) ||
					(!own && words < minUnattributedWords && m.russian() && unicode.IsUpper(textutil.FirstRune(text)))) {
					// (A short capitalised quotation with no attribution
					// of its own is a name, as Russian quotes names:
					// «Газпром», «Южный поток».)
					// (One word with nobody to say it is a scare quote.)
					continue
				}
				sp := at.speaker
				if sp == nil && m.russian() && !partial[qi] && words >= minUnattributedWords && len(m.salient) > 0 {
					// A whole sentence of speech that no sentence of its
					// paragraph attributes: Russian news names who says
					// every quotation, and one it leaves unattributed
					// is the words of the person the text is about, the
					// most recent subject or speaker.
					sp = m.salient[len(m.salient)-1]
				}
				if sp == nil && m.russian() && len(m.salient) == 0 && (at.cue || !partial[qi] && words >= minUnattributedWords) {
					waiting = append(waiting, len(all))
				}
				if !inBlock {
					guessed = append(guessed, len(all))
				}
				f := found{block: bi, text: text, speaker: sp, partial: partial[qi], start: spans[qi].ostart, label: label, turn: turn,
					sure: spans[qi].cont || prevAsked && spans[qi].ostart == 0 && dashSpeech(b.Text)}
				f.dashed = m.russian() && dashSpeech(b.Text) && (spans[qi].ostart == 0 || spans[qi].cont)
				f.cont = spans[qi].cont
				f.anon = anonSent[si]
				f.known = knownAt[si]
				if questions != nil && questions[bi] && spans[qi].ostart == 0 || turn && label == nil && interviewerLabel(b.Text) {
					f.asked, f.speaker = true, nil
				}
				if p, ok := askedBy[si]; ok {
					// «…?» — спросил корреспондент «Известий»: the
					// journalist's, the outlet's when named.
					f.asked, f.speaker, f.asker = true, nil, p
				}
				if chooses {
					sp2[qi].taken = true
				}
				if learned {
					f.qf = quoteFeatures(b.Text, spans[qi], attrs[si].cue || si2[si].cue, attrs[si].speaker != nil, partial[qi], true)
					f.cands, f.ctx = m.candidatesFor(sents, b.Text, attrs, si, si2[si], sp2[qi].slot)
					if pending != nil && startsWithQuote {
						f.cands = addCand(f.cands, pending.speaker, SFPending, si2[si].no-lastSentOf(pending.speaker))
					}
					if prevSpeaker != nil {
						f.cands = addCand(f.cands, prevSpeaker, SFPrevQuote, si2[si].no-prevSpeaker.lastSent)
						if startsWithQuote {
							f.cands = addCand(f.cands, prevSpeaker, SFPrevQuoteOpen, si2[si].no-prevSpeaker.lastSent)
						}
					}
				}
				all = append(all, f)
			}
		}
		if chooses && filter {
			// The spans the rules left out, with the candidates their
			// paragraph gives, for the quotation filter to judge.
			for qi, sp := range spans {
				si := sp2[qi].sent
				if sp2[qi].taken || si < 0 || titled[qi] {
					continue
				}
				text := strings.TrimRight(strings.TrimSpace(b.Text[sp.start:sp.end]), ",")
				if text == "" || !attrs[si].cue && !si2[si].cue && textutil.CountWords(text) < minUnattributedWords || namedByNoun(b.Text, sp.ostart) {
					// (A short quotation whose sentence has no verb of
					// speech is a scare quote or a name, whatever its
					// form: «превратились в «мертвый груз»».)
					continue
				}
				f := found{block: bi, text: text, partial: sp2[qi].partial, start: sp.ostart, rescued: true}
				f.qf = quoteFeatures(b.Text, sp, attrs[si].cue || si2[si].cue, attrs[si].speaker != nil, sp2[qi].partial, false)
				f.cands, f.ctx = m.candidatesFor(sents, b.Text, attrs, si, si2[si], sp2[qi].slot)
				if prevSpeaker != nil {
					f.cands = addCand(f.cands, prevSpeaker, SFPrevQuote, si2[si].no-prevSpeaker.lastSent)
				}
				rescued = append(rescued, f)
			}
		}
		if len(spans) == 0 && signsQuote(b.Text) {
			// «— Татьяна Скригонюк, заместитель начальника пресс-службы»:
			// a paragraph of a dash and a name signs the quotation of
			// the paragraph before it.
			if p := m.subjectOf(toks0(b.Text, sents, spans, &toks)); p != nil {
				for k := len(all) - 1; k >= 0 && all[k].block == bi-1; k-- {
					if all[k].speaker == nil {
						all[k].speaker = p
					}
				}
				addTo(bi-1, p, SFSign)
			}
		}
		if len(waiting) > 0 && len(m.salient) > 0 && all[waiting[0]].block < bi {
			// «Спикер Госдумы выразил надежду …», then «Сергей Нарышкин
			// открыл …»: a lead that speaks of someone by role before
			// anyone is named is about the first person the next
			// paragraph names.
			for _, k := range waiting {
				if all[k].speaker == nil {
					all[k].speaker = m.firstSalient
				}
				if learned {
					all[k].cands = addCand(all[k].cands, m.firstSalient, SFFirstSalient, 0)
				}
			}
			waiting = nil
		}
		if runOn >= 0 && runOn < len(all) && all[runOn].block == bi-1 {
			// The paragraph that goes on with the quotation of the one
			// before names who speaks both.
			for k := runOn + 1; k < len(all); k++ {
				if all[k].block == bi && all[k].speaker != nil {
					all[runOn].speaker = all[k].speaker
					if learned {
						all[runOn].cands = addCand(all[runOn].cands, all[k].speaker, SFNextBlock, 0)
					}
					break
				}
			}
			runOn = -1
		}
		if inRun {
			for k := len(all) - 1; k >= 0 && all[k].block == bi; k-- {
				if all[k].start == piece.ostart {
					if len(chain) == 0 {
						chainEnd, chainPrev = runEnd(unreopened, bi), prevSpeaker
					}
					chain = append(chain, k)
					break
				}
			}
			if bi == chainEnd && len(chain) > 0 {
				// Whoever the last paragraph names speaks every piece;
				// if it names nobody, the speaker of the first piece.
				sp := all[chain[len(chain)-1]].speaker
				if all[chain[len(chain)-1]].block != bi || sp == nil {
					sp = all[chain[0]].speaker
				}
				if sp == nil {
					// (Nobody named by either: who was quoted last
					// before the run, or the person the text is about,
					// as for a paragraph of quotation.)
					sp = chainPrev
				}
				if sp == nil && len(m.salient) > 0 {
					sp = m.salient[len(m.salient)-1]
				}
				var before []cand
				if f := chain[0]; sp == nil && f > 0 && all[f-1].block == all[f].block-1 {
					// (Nobody at all: the pieces are the words of the
					// quotation before the run, whoever that is found
					// to be.)
					before = all[f-1].cands
				}
				for _, k := range chain {
					if sp != nil {
						all[k].speaker = sp
						if learned {
							all[k].cands = addCand(all[k].cands, sp, SFNextBlock, 0)
						}
					}
					for _, c := range before {
						if learned {
							all[k].cands = addCand(all[k].cands, c.p, SFPrevQuote, c.dist)
						}
					}
				}
				chain, chainEnd = chain[:0], -1
			}
		}
		if m.english() && bi+1 < len(blocks) && len(all) > 0 && all[len(all)-1].block == bi && all[len(all)-1].speaker == nil &&
			enRunOnQuote(b.Text, blocks[bi+1].Text, all[len(all)-1].text) {
			runOn = len(all) - 1 // (attr19_runon.go)
		}
		if questions == nil || !questions[bi] {
			// (An interviewer's question between two answers: the
			// answer after it goes on with the speaker before it.)
			prevSpeaker = nil
			for k := len(all) - 1; k >= 0 && all[k].block == bi; k-- {
				if all[k].speaker != nil {
					prevSpeaker = all[k].speaker
					break
				}
			}
		}
		pending = nil
		if n := len(sents); n > 0 && strings.HasSuffix(strings.TrimSpace(b.Text[sents[n-1].Start:sents[n-1].End]), ":") && attrs[n-1].cue {
			pending = &attrs[n-1]
		}
	}
	if len(rescued) > 0 {
		// In text order, block by block, with the quotations the rules
		// took.
		all = append(all, rescued...)
		slices.SortStableFunc(all, func(a, b found) int {
			if a.block != b.block {
				return a.block - b.block
			}
			return a.start - b.start
		})
	}
	quotes := make([]model.Quote, 0, len(all))
	var samples []SpeakerSample
	var asker *person // who asks an interview's questions, read at the first
	askerRead := false
	for _, f := range all {
		if (repeated[termKey(f.text)].n >= 2 || repeated[capKey(f.text)].n >= 2) && !f.turn {
			// (And «Ленфильм» … «Ленфильм»: a short capitalised
			// name the writer quotes again and again, a company's,
			// a film's, is a name, whatever sentence it stands in.)
			// «черных ящиков» … «черные ящики»: a short phrase in lower
			// case the writer puts in quote marks again and again is a
			// term, not anyone's words.
			continue
		}
		q := model.Quote{Text: f.text, Block: f.block, Partial: f.partial}
		if f.known > 0 {
			f.speaker, f.cands = knownBefore(f.speaker, f.cands, f.known-1)
		}
		sp := f.speaker
		if learned {
			f.cands = addCand(f.cands, f.speaker, SFRule, 0)
			f.cands = m.notOutlets(f.cands)
			if f.speaker != nil {
				// The pick of the rules, at the distance the reading
				// knows it at.
				for i := range f.cands {
					if f.cands[i].p == f.speaker && f.cands[i].flags == 1<<SFRule {
						f.cands[i].dist = m.sent - f.speaker.lastSent
					}
				}
			}
			if collect {
				s := SpeakerSample{Text: f.text, QuoteFeats: f.qf, Rescued: f.rescued, Partial: f.partial}
				for _, c := range f.cands {
					s.Names = append(s.Names, c.p.String())
					s.Feats = append(s.Feats, c.features(m, f.ctx))
				}
				samples = append(samples, s)
			}
			if p, z := m.choose(f.cands, f.ctx, &speakerWeights); p != nil && (f.speaker != nil || z > 0 || m.russian()) {
				// (With no pick of the rules, only a candidate more
				// likely right than not; in Russian, whose news names
				// who said every quotation, the best candidate there is.)
				sp = p
			}
		}
		if f.anon {
			sp = nil // (enq15_anon.go)
		}
		if f.turn {
			// An interview turn is spoken by whom its label names (no
			// one for «Вопрос», «Корреспондент»: an unnamed
			// interviewer).
			sp = f.label
		}
		if f.asked {
			// An interviewer's question is the journalist's or the
			// outlet's the text names, never the interviewee's.
			if !askerRead {
				asker, askerRead = m.interviewer(blocks), true
			}
			sp = asker
			if f.asker != nil {
				sp = f.asker
			}
		}
		if f.dashed && sp != nil && !f.asked {
			// «— …, — вспоминает Матвей Михайлович, — … в госпитале. В
			// составе группы … мотался снайпер Мандышканов …»: speech
			// set off by a dash that runs to the end of its paragraph
			// stops before the sentence that names its own speaker, by
			// any part of the fullest name the text gives him, in any
			// case: a speaker does not speak of himself in the third
			// person; the writer has taken over again (speechEnd does
			// so with the name of the attribution only).
			if t := cutAtOwnName(f.text, sp.name); t != f.text {
				f.text, q.Text = t, t
			}
		}
		if f.dashed && f.cont && !f.asked {
			// «— …, — говорит Матвей Михайлович. — … Мы дружно сделали
			// шаг вперед. И вместо дембеля остались … наших войск. Сам
			// Аушев и его группа … Руслан Аушев активно общался …»:
			// the speech stops after its last sentence in the first or
			// second person (cutAtNarration).
			if t := cutAtNarration(f.text); t != f.text {
				f.text, q.Text = t, t
			}
		}
		if filter && !collect && !keepQuote(f.qf) && !f.turn && !f.sure || collect && f.rescued {
			// (Collecting, the spans the rules left out are samples
			// of the filter only.)
			continue
		}
		if sp != nil {
			q.Speaker = sp.String()
			if langTag == "uk" {
				q.Speaker = m.uk19Speaker(sp.name) // (uk19_speakers.go)
			}
		}
		quotes = append(quotes, q)
	}
	if !collect {
		// Groups' names by their number (q28_groups.go).
		quotes = q28DropGroupNames(quotes, m.russian())
	}
	if headline != "" && !collect && !q24HeadlineOpensBody(headline, blocks) {
		// The headline's quotation, before the body's: the headline
		// comes first. (Not when it is the body's first sentence:
		// q24_lead.go.)
		if q, ok := m.headlineQuote(headline, quotes); ok {
			quotes = slices.Insert(quotes, 0, q)
		} else if q, ok := m.headlineNamedQuote(headline, quotes, blocks); ok {
			quotes = slices.Insert(quotes, 0, q)
		} else if q, ok := m.headlineLeadQuote(headline, quotes); ok {
			quotes = slices.Insert(quotes, 0, q)
		} else if q, ok := m.headlineContainedQuote(headline, quotes); ok {
			quotes = slices.Insert(quotes, 0, q) // (ruspk16_headline.go)
		} else if q, ok := m.spkHeadlineCondensed(headline, quotes); ok {
			quotes = slices.Insert(quotes, 0, q) // (spk20_headline.go)
		}
	}
	if len(quotes) == 0 {
		quotes = nil
	}
	return quotes, dropShortForms(m.decideOutlets()), samples, nil
}

// dropShortForms leaves out an outlet cited under the last words of
// another outlet the text cites ("Mail" beside "Daily Mail", "News"
// beside "New York Daily News"): a paper named short after its full name
// is the same paper. The longer name stays; it vouches for its short form
// when the tables know it, or when the short form is one word that marks
// an outlet ("News", "Times"), so that a run of words read as a name
// ("Reporting On Carson CNN") does not hide "CNN". Linear in the names'
// words.
func dropShortForms(srcs []string) []string {
	if len(srcs) < 2 {
		return srcs
	}
	tails := map[string]bool{} // tail → vouched for by a known outlet
	for _, s := range srcs {
		known := knownOutlet(s)
		w := strings.Fields(strings.ToLower(s))
		for i := 1; i < len(w) && i < 8; i++ {
			t := strings.Join(w[i:], " ")
			tails[t] = tails[t] || known
		}
	}
	if len(tails) == 0 {
		return srcs
	}
	out := make([]string, 0, len(srcs))
	for _, s := range srcs {
		if known, ok := tails[strings.ToLower(s)]; ok && (known || isOutletWordName(s)) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// isPartial reports whether the quotation toks[k] is woven into the
// writer's sentence rather than quoted on its own: it does not open with a
// capital letter and is not the sentence's first token, and it does not
// continue a quotation interrupted by its attribution ("“…,” he said,
// “and …”"). A capitalised quotation is partial only when it follows a
// word of the sentence directly, with no colon, comma or dash between.
func (m *reader) isPartial(toks []token, k int) bool {
	if m.english() && enWoven(toks, k) {
		return true
	}
	if k == 0 {
		return false
	}
	if unicode.IsUpper(textutil.FirstRune(strings.TrimLeft(toks[k].text, " .…"))) {
		return false
	}
	if toks[k-1].kind == tokWord {
		return true
	}
	// "По словам министра, «мост будет…»", "as he said, “we…”": a clause
	// quoted after its attribution and a comma.
	if toks[k-1].text == "," && m.attributionBefore(toks[:k-1]) {
		return false
	}
	// An interrupted quotation: another quotation a few tokens back,
	// its attribution between them ("«…, — сказал он, — …»"). Two
	// fragments woven into one sentence with no reporting verb between
	// them ("считает Россию «…», а Путина — «…»") are both partial, in
	// Russian and Ukrainian, whose typography sets an interrupted
	// quotation's attribution between dashes ("«…, — сказал он, — …»",
	// "— по словам министра, —"). (Other languages keep the older
	// reading: on PolNeAR, English quotations in a row without a verb
	// between them are as often annotated direct.)
	for j := k - 1; j >= 0 && j >= k-maxInterruption; j-- {
		if toks[j].kind == tokQuote {
			if !m.russian() {
				return false
			}
			return !m.attributes(toks[j+1 : k])
		}
	}
	return true
}

// attributes reports whether toks, the words between two quotations,
// hold an attribution: a reporting verb or an "according to" phrase.
func (m *reader) attributes(toks []token) bool {
	for j, t := range toks {
		if t.kind != tokWord {
			continue
		}
		if m.isSpeechVerb(t.lower) {
			return true
		}
		for _, ph := range m.accordingTo {
			if _, ok := matchPhrase(toks, j, ph); ok {
				return true
			}
		}
	}
	return false
}

// attributionBefore reports whether toks ends with an attribution: a
// reporting verb or an "according to" phrase among its last few words.
func (m *reader) attributionBefore(toks []token) bool {
	phrases := m.accordingTo
	for j := len(toks) - 1; j >= 0 && j >= len(toks)-maxNPWords/2; j-- {
		if toks[j].kind != tokWord {
			return false
		}
		if m.isSpeechVerb(toks[j].lower) {
			return true
		}
		for _, ph := range phrases {
			if _, ok := matchPhrase(toks, j, ph); ok {
				return true
			}
		}
	}
	return false
}

// maxInterruption is how many tokens an attribution may take between the
// two halves of an interrupted quotation ("“…,” the senator told reporters,
// “…”").
const maxInterruption = 8

// signsQuote reports whether a paragraph opens with a dash and a
// capitalised word: the signature under a quotation.
func signsQuote(s string) bool {
	for _, d := range []string{"— ", "– "} {
		if rest, ok := strings.CutPrefix(s, d); ok {
			return unicode.IsUpper(textutil.FirstRune(rest)) && len(rest) < maxSignatureBytes
		}
	}
	return false
}

// wholeParagraphQuote reports whether the paragraph s is the quotation sp
// and a full stop, or a quotation that ends in . ! ? or … itself.
func wholeParagraphQuote(s string, sp qspan) bool {
	rest := strings.TrimSpace(s[sp.oend:])
	if rest != "" && rest != "." {
		return false
	}
	inner := strings.TrimSpace(s[sp.start:sp.end])
	return rest == "." || strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, "!") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "…")
}

// maxSignatureBytes bounds a signature paragraph: a name and a role.
const maxSignatureBytes = 300

// toks0 tokenizes the first sentence of a block into *buf.
func toks0(s string, sents []sentence, spans []qspan, buf *[]token) []token {
	if len(sents) == 0 {
		return nil
	}
	*buf = tokenize(*buf, s, sents[0], spans)
	return *buf
}

// hasSpeechCue reports whether a sentence holds a verb of speech.
func (m *reader) hasSpeechCue(toks []token) bool {
	for i, t := range toks {
		if t.kind == tokWord && m.isSpeechVerb(t.lower) {
			return true
		}
		if t.kind == tokWord && m.russian() && m.opensAccordingTo(t.lower) {
			// «По словам директора …», «За словами директора …»: an
			// according-to phrase.
			for _, ph := range m.accordingTo {
				if _, ok := matchPhrase(toks, i, ph); ok {
					return true
				}
			}
		}
	}
	return false
}

// anaphoricOpeners open a Russian sentence that attributes what the
// sentence before said («Об этом заявил …», «Так прокомментировал …»,
// «Такое мнение высказал …»): the attribution of a quotation just before.
//
// The Ukrainian ones follow: «Про це заявив …», «Так прокоментував …»,
// «Таку думку висловив …».
var anaphoricOpeners = []string{"об этом", "о том", "так ", "такое ", "такую ", "такой ", "это ", "этим ", "с таким", "с этим", "как ", "такими ",
	"такого ", "такие ", "эти ", "эту ", "этой ", "этого ", "свою ", "свое ", "своё ", "свой ",
	"про це", "про те", "таку ", "такий ", "таке ", "це ", "цим ", "з цим", "з таким", "як ", "такими "}

// opensAnaphoric reports whether a Russian sentence opens by pointing
// back at what was said before it (anaphoricOpeners).
func opensAnaphoric(s string) bool {
	lower := strings.ToLower(s[:min(len(s), 16)])
	for _, o := range anaphoricOpeners {
		if strings.HasPrefix(lower, o) {
			return true
		}
	}
	return false
}

// neighbour returns the attribution of the nearest sentence of the same
// block that names a speaker, preferring the earlier, unless the next
// one opens by pointing back at what was said («Об этом заявил …»).
//
// Outside Russian only sentences that quote too are looked at.
//
// m.near must have been built for attrs.
func (m *reader) neighbour(s string, sents []sentence, attrs []attribution, si int, ru bool) attribution {
	if !ru {
		return neighbour(attrs, &m.near, si, true)
	}
	if k := si + 1; k < len(attrs) && attrs[k].speaker != nil && opensAnaphoric(s[sents[k].Start:sents[k].End]) {
		return attrs[k]
	}
	return neighbour(attrs, &m.near, si, false)
}

// neighbour returns the attribution of the nearest sentence of the same
// block that has one, preferring the earlier; with quoting, only of a
// sentence that holds a quotation too. near indexes attrs.
func neighbour(attrs []attribution, near *nearIndex, si int, quoting bool) attribution {
	if k := near.nearest(si, quoting); k >= 0 {
		return attrs[k]
	}
	return attribution{}
}

// maxRuQuotedNameWords is the length up to which a Russian capitalised
// quotation after a noun is taken for a name.
const maxRuQuotedNameWords = 8

// maxTitleWords is the length up to which a quotation in title case is
// taken for the title of a show, book or slogan rather than speech.
const maxTitleWords = 8

// isTitleCase reports whether text, of two to maxTitleWords words, has
// every word of four letters or more capitalised, function words apart ("Meet the Press", "The
// Nightly Show with Larry Wilmore", "Make America Great Again").
func isTitleCase(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > maxTitleWords {
		return false
	}
	long := 0
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if utf8.RuneCountInString(w) < 4 || lang.NonNameSet[w] {
			continue // "of", "the", "with"
		}
		long++
		if !unicode.IsUpper(textutil.FirstRune(w)) {
			return false
		}
	}
	return long >= 2
}

// opensAccordingTo reports whether w is the first word of an according-to
// phrase of the tables («по» of «по словам», «за» of «за словами»).
func (m *reader) opensAccordingTo(w string) bool {
	for _, ph := range m.accordingTo {
		if len(ph) > 0 && ph[0] == w {
			return true
		}
	}
	return false
}

// namedByNoun reports whether the word right before offset off of s is a
// Russian noun of naming (ruNamingNouns): the span in quote marks there
// is a name or a phrase, not speech, for the quotation filter too.
func namedByNoun(s string, off int) bool {
	before := strings.TrimRight(s[:off], " ")
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })
	w := before[i+1:]
	if i >= 0 {
		_, n := utf8.DecodeRuneInString(before[i:])
		w = before[i+n:]
	}
	return w != "" && hasPrefixAny(strings.ToLower(w), ruNamingNouns)
}

// capKey is the key a short capitalised span in quote marks (maxTermWords
// words at most, no punctuation) is counted under, its lower case less
// its surrounding space, apart from termKey's keys; "" for any other span.
func capKey(text string) string {
	text = strings.TrimSpace(text)
	if text == "" || !unicode.IsUpper(textutil.FirstRune(text)) || textutil.CountWords(text) > maxTermWords || strings.ContainsAny(text, ".,!?:;…") {
		return ""
	}
	return "\x00" + strings.ToLower(text)
}

// termUse counts the uses of a phrase in quote marks: n, and the words
// before its first.
type termUse struct {
	n     int
	first string
}

// maxRepeatContext is how many bytes before a phrase in quote marks tell
// one use of it from another: a sentence printed twice (a lead repeated in
// the body) has the same bytes there.
const maxRepeatContext = 40

// maxTermWords bounds the phrase repeatedTerms counts.
const maxTermWords = 3

// termKey is the key a short phrase in lower case is counted under
// whatever its case: the stems of its words; "" for a phrase that is not
// one (capitalised, longer than maxTermWords words).
func termKey(text string) string {
	if text == "" || !unicode.IsLower(textutil.FirstRune(text)) || textutil.CountWords(text) > maxTermWords || strings.ContainsAny(text, ".!?") {
		return ""
	}
	var b strings.Builder
	for _, w := range strings.Fields(text) {
		st := ruStem(strings.Trim(w, ",;:«»\""))
		if n := utf8.RuneCountInString(st); n > 4 && (strings.HasSuffix(st, "ов") || strings.HasSuffix(st, "ев")) {
			st = truncRunes(st, 2) // the genitive plural: «ящиков», «ящики»
		}
		b.WriteString(st)
		b.WriteByte(' ')
	}
	return b.String()
}

// conversationNouns are the stems of the Russian nouns of a conversation
// an outlet has with whom it quotes («в беседе с», «в разговоре с», «в
// интервью с»).
var conversationNouns = []string{"бесед", "разговор", "интервью"}

// conversationWith reports whether the quotation toks[k] follows «с» (or
// «со») after a noun of conversation: «в разговоре с «РБ Спорт»».
func conversationWith(toks []token, k int) bool {
	return k >= 2 && toks[k-1].kind == tokWord && (toks[k-1].lower == "с" || toks[k-1].lower == "со") &&
		toks[k-2].kind == tokWord && hasPrefixAny(toks[k-2].lower, conversationNouns)
}

// soCalled reports whether the quotation toks[k] follows «так
// называемый» in any form or "so-called": a term the writer keeps at a
// distance, as Russian and English set one off. (Not «т.н.»: the
// sentence splitter ends a sentence at its period.)
func soCalled(toks []token, k int) bool {
	if k < 1 || toks[k-1].kind != tokWord {
		return false
	}
	w := toks[k-1].lower
	if w == "so-called" {
		return true
	}
	return k >= 2 && strings.HasPrefix(w, "называем") && toks[k-2].kind == tokWord && toks[k-2].lower == "так"
}

// titledPieces are the stems of the Russian nouns of a written or filmed
// piece whose title follows in quote marks, after the name of its outlet
// or author in the genitive («в статье Частного корреспондента «…»»,
// «книга Дарвина «Происхождение видов»», «в фильме «…»»).
var titledPieces = []string{"стать", "книг", "фильм", "колонк", "заметк", "передач", "программ", "спектакл", "песн", "роман"}

// pieceTitle reports whether the quotation toks[k] is the title of a
// piece: it opens with a capital or a digit and follows a noun of
// titledPieces, directly or after up to three words of a name that opens
// with a capital.
func pieceTitle(toks []token, k int) bool {
	if r := textutil.FirstRune(toks[k].text); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := toks[j]
		if t.kind != tokWord {
			return false
		}
		if hasPrefixAny(t.lower, titledPieces) || hasPrefixAny(t.lower, genreNouns) {
			return j == k-1 || textutil.IsCap(toks[j+1].text)
		}
	}
	return false
}

// quotedTitle reports whether a name in quote marks reads as a title: up
// to four words, the first capitalised (or in capitals, «РБ Спорт»), no
// sentence punctuation.
func quotedTitle(s string) bool {
	return textutil.CountWords(s) <= 4 && unicode.IsUpper(textutil.FirstRune(s)) && !strings.ContainsAny(s, ".!?,;:")
}

// maxRunParagraphs bounds the paragraphs a quotation with no reopening
// marks may run over (unreopenedRuns).
const maxRunParagraphs = 6

// unreopenedRuns finds the quotations that run over several paragraphs
// the way Russian web copy sets them: the first paragraph opens with «
// that it does not close, the paragraphs after it neither open nor close
// one (they are not reopened as print typography does, runOnQuote), and
// a later one, within maxRunParagraphs, closes it with a » no « of its own
// matches. It returns the span of each paragraph's piece, by block: the
// first from its mark to its end, the middle ones whole, the last up to
// its closing mark. Paragraphs a dash opens are dialogue, not pieces.
func unreopenedRuns(blocks []model.Block) map[int]qspan {
	var out map[int]qspan
	for i := 0; i+1 < len(blocks); i++ {
		s := blocks[i].Text
		lead := len(s) - len(strings.TrimLeft(s, " "))
		if !strings.HasPrefix(s[lead:], "«") || blocks[i].Type != model.Paragraph {
			continue
		}
		if _, depth := unmatchedClose(s); depth <= 0 || textutil.CountWords(s) < 3 {
			continue
		}
		end := -1
		for j := i + 1; j < len(blocks) && j <= i+maxRunParagraphs; j++ {
			t := strings.TrimSpace(blocks[j].Text)
			if blocks[j].Type != model.Paragraph || t == "" || strings.HasPrefix(t, "«") || strings.HasPrefix(t, "—") || strings.HasPrefix(t, "–") || strings.HasPrefix(t, "-") {
				break
			}
			k, depth := unmatchedClose(blocks[j].Text)
			if k >= 0 || depth == 0 && (straightCloseIn(blocks[j].Text) >= 0 || q24CurlyCloseIn(blocks[j].Text) >= 0) {
				// (or closed by a straight mark: straightClosesGuillemet)
				end = j
				break
			}
			if depth != 0 {
				break
			}
		}
		if end < 0 {
			continue
		}
		if out == nil {
			out = map[int]qspan{}
		}
		e := len(strings.TrimRight(s, " "))
		out[i] = qspan{start: lead + len("«"), end: e, ostart: lead, oend: e, cont: true}
		for j := i + 1; j < end; j++ {
			t := blocks[j].Text
			b := len(t) - len(strings.TrimLeft(t, " "))
			e := len(strings.TrimRight(t, " "))
			out[j] = qspan{start: b, end: e, ostart: b, oend: e, cont: true}
		}
		t := blocks[end].Text
		k, _ := unmatchedClose(t)
		mark := len("»")
		if k < 0 {
			k, mark = straightCloseIn(t), len("\"")
		}
		if k < 0 { // a curly close (q24CurlyCloseIn)
			k, mark = q24CurlyCloseIn(t), len("”")
		}
		b := len(t) - len(strings.TrimLeft(t, " "))
		out[end] = qspan{start: b, end: k, ostart: b, oend: k + mark, cont: true, last: true}
		i = end
	}
	return out
}

// unmatchedClose returns the offset of the first » in s that no « before
// it opens (-1 if none), and the guillemets s leaves open at its end
// (negative when it closes more than it opens).
func unmatchedClose(s string) (int, int) {
	depth, first := 0, -1
	for i, r := range s {
		switch r {
		case '«':
			depth++
		case '»':
			depth--
			if depth < 0 && first < 0 {
				first = i
			}
		}
	}
	return first, depth
}

// runEnd returns the last block of the run of unreopened pieces that
// block bi starts: the piece marked last, or the last of adjacent pieces.
func runEnd(pieces map[int]qspan, bi int) int {
	for {
		if p := pieces[bi]; p.last {
			return bi
		}
		if _, ok := pieces[bi+1]; !ok {
			return bi
		}
		bi++
	}
}

// runOnQuote reports whether the paragraph s opens a quotation with a
// guillemet it does not close, and the paragraph next after it opens one
// again: the Russian way of quoting several paragraphs.
func runOnQuote(s, next string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "«") && strings.Count(s, "«") > strings.Count(s, "»") &&
		strings.HasPrefix(strings.TrimSpace(next), "«") && textutil.CountWords(s) >= 3
}

// oddSpaces are the spaces of typeset text other than the plain one: the
// no-break space Russian typography puts before a dash («…», — сказал)
// and the thin spaces.
const oddSpaces = "\u00a0\u2009\u202f"

// plainSpaces returns blocks with the no-break and thin spaces of their
// text made plain, so that the punctuation of direct speech («, — »)
// reads the same however it was typeset; blocks itself when none has
// one (a copy otherwise: the caller's blocks are not changed).
func plainSpaces(blocks []model.Block) []model.Block {
	var out []model.Block
	for i, b := range blocks {
		if !hasOddSpace(b.Text) {
			continue
		}
		if out == nil {
			out = slices.Clone(blocks)
		}
		out[i].Text = strings.Map(func(r rune) rune {
			if strings.ContainsRune(oddSpaces, r) {
				return ' '
			}
			return r
		}, b.Text)
	}
	if out == nil {
		return blocks
	}
	return out
}

// hasOddSpace reports whether s holds one of oddSpaces, as
// strings.ContainsAny(s, oddSpaces) does, by their UTF-8 bytes (C2 A0,
// E2 80 89, E2 80 AF): ContainsAny with a set beyond ASCII decodes every
// rune of s and searches the set for it, and nearly every block of every
// article is asked.
func hasOddSpace(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case 0xC2:
			if s[i+1] == 0xA0 {
				return true
			}
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x89 || s[i+2] == 0xAF) {
				return true
			}
		}
	}
	return false
}

// anaphoricSubject returns the person a sentence that points back at what
// was said names («С таким заявлением выступил экономист Сергей Гуриев»,
// «Эти слова принадлежат министру Антону Силуанову»): the first name of a
// person in it, in the nominative, or in the dative after «принадлежат»
// (a name in another oblique case is someone else: «в беседе с Иваном
// Петровым»).
func (m *reader) anaphoricSubject(toks []token) *person {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tokQuote {
			return nil
		}
		if t.kind != tokWord || !isNameTok(t) {
			continue
		}
		run := capRun(toks, i)
		if len(run) == 0 {
			continue
		}
		name, _ := m.stripTitles(run)
		owner := false
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			owner = owner || strings.HasPrefix(toks[k].lower, "принадлеж")
		}
		if obliqueName(name) && !owner || !(len(name) >= 2 || m.known(name) || isPersonEvidence(name[0])) {
			i += len(run) - 1
			continue
		}
		return m.lookup(name, true)
	}
	return nil
}
