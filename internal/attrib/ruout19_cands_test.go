package attrib

import "testing"

// TestOutletSamples checks the outlet candidates' features on
// self-composed Russian sentences: the span read, its canonical name and
// the cues of its context.
func TestOutletSamples(t *testing.T) {
	cases := []struct {
		text, name string
		on, off    []int
	}{
		{"Как передает агентство RNS, сделка закрыта.", "RNS", []int{OFTypeWord, OFMediaVerb, OFLatin, OFAbbrev, OFRule}, []int{OFDateline, OFSubject}},
		{"МОСКВА, 1 авг — РИА Новости. Сделка закрыта.", "РИА Новости", []int{OFKnown, OFDateline}, []int{OFRule}},
		{"Генеральный директор радиостанции «Эхо Москвы» Михаил Демин может покинуть свой пост.", "Эхо Москвы", []int{OFKnown, OFTypeWord, OFAfterNoun, OFPersonAfter, OFQuoted}, []int{OFRule}},
		{"Агентство Bloomberg изложило план сделки, сообщил источник.", "Bloomberg", []int{OFKnown, OFSubject, OFInitial}, nil},
		{"Информация, опубликованная агентствами Bloomberg и Reuters, неверна.", "Reuters", []int{OFCoord, OFKnown}, nil},
	}
	for _, c := range cases {
		samples, _ := OutletSamples(paragraphs("Заголовок\n"+c.text), "ru")
		var got *OutletSample
		for i := range samples {
			if samples[i].Name == c.name {
				got = &samples[i]
				break
			}
		}
		if got == nil {
			t.Errorf("%q: no candidate %q among %d", c.text, c.name, len(samples))
			continue
		}
		for _, f := range c.on {
			if got.X[f] != 1 {
				t.Errorf("%q: candidate %q lacks feature %d", c.text, c.name, f)
			}
		}
		for _, f := range c.off {
			if got.X[f] != 0 {
				t.Errorf("%q: candidate %q has feature %d", c.text, c.name, f)
			}
		}
		if got.X[OFBias] != 1 {
			t.Errorf("%q: no bias", c.text)
		}
	}
	// Outside training no candidate is gathered: the scorer is off.
	if collectingOutlets() {
		t.Error("outlet candidates gathered outside OutletSamples")
	}
}
