package attrib

import (
	"testing"
)

// enQuotes extracts the English quotations of one paragraph: whether
// each is partial, by its text.
func enQuotes(t *testing.T, text string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	qs, _, err := Extract(paragraphs(text), "en", func() error { return nil })
	for _, q := range qs {
		out[q.Text] = q.Partial
	}
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestEnWovenPartial checks that English quotations woven into the
// writer's clause are marked partial, whatever their first letter, and
// that quotations standing as the speaker's own sentences are not.
func TestEnWovenPartial(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		partial     bool
	}{
		// The marks open after the complementiser "that".
		{`Senator Mary Jones told reporters that "John Smith is throwing votes away."`, "John Smith is throwing votes away.", true},
		{`Mary Jones recalled his March comment that, "We are going to put a lot of companies out of business."`, "We are going to put a lot of companies out of business.", true},
		// After a form of "have" and after a preposition.
		{`President Tom Brown said the bomber had "Syrian roots in the region."`, "Syrian roots in the region.", true},
		// After a possessive.
		{`It is the persistent pull of Obama's "If you like your plan, you can keep it" promise, said Ann Lee.`, "If you like your plan, you can keep it", true},
		// A naming verb's label.
		{`Hillary Clinton called the Republican frontrunner "The best recruiter the terrorists have ever had."`, "The best recruiter the terrorists have ever had.", true},
		// The writer's clause goes on after the closing mark.
		{`"We are extremely happy" about the decision, said RoseAnn DeMoro, the union's director.`, "We are extremely happy", true},
		{`She used her comments before the committee that "I was responsible for quite a bit" of the policy.`, "I was responsible for quite a bit", true},
		// The speaker's own sentences, with the attribution after or before.
		{`"We are extremely happy about the decision," said RoseAnn DeMoro, the union's director.`, "We are extremely happy about the decision", false},
		{`Clinton said, "I have earned nine million votes in this election."`, "I have earned nine million votes in this election.", false},
		// A question ends its sentence: the words after name who asked.
		{`"But why would you do that?" reporter Jackie Nespral asked him.`, "But why would you do that?", false},
	} {
		got := enQuotes(t, c.text)
		partial, ok := got[c.quote]
		if !ok {
			t.Errorf("%q: quotation %q not found in %v", c.text, c.quote, got)
			continue
		}
		if partial != c.partial {
			t.Errorf("%q: quotation %q partial = %v, want %v", c.text, c.quote, partial, c.partial)
		}
	}
}

// TestEnNotQuotations checks that the title of a work after a noun of a
// work and a markup attribute's value are not taken for quotations.
func TestEnNotQuotations(t *testing.T) {
	for _, c := range []struct{ text, notQuote string }{
		{`Donald Trump, the former host of the reality show "The Apprentice," said the deal was done.`, "The Apprentice"},
		{`The ad, titled "Unifier?", concludes that Trump is too dangerous, said spokesman Tim Miller.`, "Unifier?"},
		{`She won an award as playwright for the hit Broadway play, "Eclipsed," said the jury's chair, Ann Lee.`, "Eclipsed"},
		{`<tweet author="@cspan" datetime="2016-09-01">Rudy Giuliani wears the hat</tweet>, said John Smith.`, "2016-09-01"},
	} {
		for q := range enQuotes(t, c.text) {
			if q == c.notQuote || q == c.notQuote+"," {
				t.Errorf("%q: %q taken for a quotation", c.text, q)
			}
		}
	}
	// (The same sentences with a verb of speech before the marks do quote.)
	if got := enQuotes(t, `Donald Trump said, "The Apprentice was my show and I loved every minute of it."`); len(got) != 1 {
		t.Errorf("a quotation after a verb of speech: got %v, want one", got)
	}
}
