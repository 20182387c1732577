package attrib

import (
	"strings"
	"testing"
)

func TestAddCandMergesSources(t *testing.T) {
	p, q := &person{name: []string{"Иван", "Петров"}}, &person{name: []string{"Анна", "Смирнова"}}
	var cs []cand
	cs = addCand(cs, p, SFOwn, 3)
	cs = addCand(cs, q, SFSalient0, 1)
	cs = addCand(cs, p, SFNeighPrev, -1)
	cs = addCand(cs, nil, SFRule, 0)
	if len(cs) != 2 {
		t.Fatalf("got %d candidates, want 2 (one per person, none for nil)", len(cs))
	}
	if cs[0].p != p || cs[0].flags != 1<<SFOwn|1<<SFNeighPrev || cs[0].dist != 1 {
		t.Errorf("merged candidate = %+v, want both sources and the smaller distance 1", cs[0])
	}
}

func TestCandFeaturesGenderAgreement(t *testing.T) {
	m := newReader(tablesFor("ru"))
	f := &person{name: []string{"Анна", "Смирнова"}, gender: 'f', mentions: 2}
	c := cand{p: f, flags: 1 << SFOwn}
	for _, tc := range []struct {
		verb byte
		want float64
	}{{'f', 1}, {'m', -1}, {'p', 0}, {0, 0}} {
		x := c.features(m, quoteCtx{verbGender: tc.verb, cue: true, own: true})
		if x[SFGenderAgree] != tc.want {
			t.Errorf("verb gender %q: SFGenderAgree = %v, want %v", tc.verb, x[SFGenderAgree], tc.want)
		}
		if x[SFOwn] != 1 || x[SFPersonEvidence] != 1 || x[SFMultiWord] != 1 || x[SFBias] != 1 {
			t.Errorf("features %v: own, person evidence, two words and bias must be set", x)
		}
	}
}

// The learned weights must keep the order of preference of the grammar:
// the quotation's own attribution before the last subject, a paragraph
// that points back («Так прокомментировала …») before the previous
// quotation's speaker, a verb that agrees in gender before one that does
// not.
func TestChooserPreferences(t *testing.T) {
	m := newReader(tablesFor("ru"))
	a := &person{name: []string{"Иван", "Петров"}, gender: 'm', mentions: 1}
	b := &person{name: []string{"Анна", "Смирнова"}, gender: 'f', mentions: 3}
	pick := func(ca, cb candFlags, q quoteCtx) *person {
		p, _ := m.choose([]cand{{p: a, flags: ca}, {p: b, flags: cb}}, q, &speakerWeights)
		return p
	}
	if p := pick(1<<SFOwn, 1<<SFSalient0|1<<SFPrevQuote, quoteCtx{cue: true, own: true}); p != a {
		t.Errorf("own attribution vs last subject: chose %v", p)
	}
	if p := pick(1<<SFNextBlock|1<<SFNextBlockFirst, 1<<SFPrevQuote|1<<SFPrevQuoteOpen|1<<SFSalient0|1<<SFSalient0NoCue, quoteCtx{}); p != a {
		t.Errorf("next paragraph pointing back vs previous speaker: chose %v", p)
	}
	if p := pick(1<<SFInSentence, 1<<SFInSentence, quoteCtx{verbGender: 'f', cue: true}); p != b {
		t.Errorf("сказала: chose %v, want the woman", p)
	}
}

func TestObliqueName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Алексею Смирнову", true},
		{"Иваном Петровым", true},
		{"Анне Петровой", true},
		{"Анна Петрова", false},
		{"Ивана Петрова", false},      // the genitive: «слова Ивана Петрова»
		{"Александра Петрова", false}, // a woman's name too
		{"Смирнову", false},
		{"Сергей Иванович Петров", false},
		{"Сергею Ивановичу Петрову", true},
	} {
		if got := obliqueName(strings.Fields(tc.name)); got != tc.want {
			t.Errorf("obliqueName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestSentenceVerbGender(t *testing.T) {
	m := newReader(tablesFor("ru"))
	for _, tc := range []struct {
		s    string
		want byte
	}{
		{"«Все хорошо», — сказала она.", 'f'},
		{"«Все хорошо», — заявил министр.", 'm'},
		{"«Все хорошо», — сообщили в ведомстве.", 'p'},
		{"Погода была хорошей.", 0},
	} {
		spans := quoteSpans(tc.s, true)
		toks := tokenize(nil, tc.s, sentence{0, len(tc.s)}, spans)
		if got := m.sentenceVerbGender(toks); got != tc.want {
			t.Errorf("%q: verb gender %q, want %q", tc.s, got, tc.want)
		}
	}
}

func TestQuoteFilter(t *testing.T) {
	feats := func(s string, cue bool) [NQuoteFeatures]float64 {
		spans := quoteSpans(s, true)
		if len(spans) == 0 {
			t.Fatalf("%q: no span", s)
		}
		return quoteFeatures(s, spans[0], cue, cue, false, cue)
	}
	speech := feats("«Мы будем работать над этим проектом весь следующий год», — сказал он.", true)
	if speech[QFDashAfter] != 1 || speech[QFFirstPerson] != 1 || speech[QFUpper] != 1 || speech[QFVerb] != 1 {
		t.Errorf("speech features %v: dash after, first person, capital and a verb expected", speech)
	}
	if !keepQuote(speech) {
		t.Error("a sentence of speech with its attribution dropped")
	}
	name := feats("Акции компании «Газпром» выросли.", false)
	if name[QFAfterWord] != 1 || name[QFOneWord] != 1 {
		t.Errorf("name features %v: after a word, one word expected", name)
	}
	if keepQuote(name) {
		t.Error("a company's name after a noun kept as a quotation")
	}
}

func TestSpeechEndsWhereTheWriterNamesTheSpeaker(t *testing.T) {
	s := "— Поехал я служить в Ташкент, — рассказывает Матвей Михайлович, — в учебку связи. Там было тепло. После курсов направили Матвея Михайловича в Термез."
	spans := quoteSpans(s, true)
	if len(spans) != 2 {
		t.Fatalf("spans %v, want the speech before and after the attribution", spans)
	}
	if got := s[spans[1].start:spans[1].end]; got != "в учебку связи. Там было тепло." {
		t.Errorf("speech after the attribution = %q", got)
	}
	s2 := "— Поехал я служить в Ташкент, — рассказывает Матвей Михайлович, — в учебку связи. Там было тепло."
	if spans := quoteSpans(s2, true); len(spans) != 2 || spans[1].end != len(s2) {
		t.Errorf("speech to the end of the paragraph cut: %v", spans)
	}
}

func TestDashQuoteAnyVerbWithoutComma(t *testing.T) {
	s := "— Спасибо всем за встречу в аэропорту — поблагодарила депутата Госдумы Ирина Трашева, — Кирилла переполняют эмоции, я очень рада!"
	var got []string
	for _, sp := range quoteSpans(s, true) {
		got = append(got, s[sp.start:sp.end])
	}
	want := []string{"Спасибо всем за встречу в аэропорту", "Кирилла переполняют эмоции, я очень рада!"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("spans %q, want %q", got, want)
	}
	// A dash inside the speech, with no second dash after it, splits
	// nothing.
	s2 := "— Мы пришли в школу — увидели новый спортзал и очень обрадовались."
	if spans := quoteSpans(s2, true); len(spans) != 1 || spans[0].end != len(s2) {
		t.Errorf("%q split: %v", s2, spans)
	}
}
