package attrib

import "testing"

// TestEnRoleAppositionAfterVerb: "said the <nationality> <role>, <Name>,"
// and "said <Country>'s <role>, <Name>," give the name in apposition,
// not the capitalised adjective or possessive of the role phrase; a name
// right after the verb is read as before.
func TestEnRoleAppositionAfterVerb(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{`"We must cut the deficit," said the British finance minister, Rachel Reeves, on Tuesday in London.`, "Rachel Reeves"},
		{`"We must cut the deficit," said Britain's finance minister, Rachel Reeves, on Tuesday.`, "Rachel Reeves"},
		{`"We must cut the deficit," said the French economy minister, Bruno Le Maire, on Tuesday in Paris.`, "Bruno Le Maire"},
		{`"We must cut the deficit," said the finance minister, Rachel Reeves, on Tuesday.`, "Rachel Reeves"},
		{`"We must cut the deficit," said Rachel Reeves, the finance minister, on Tuesday.`, "Rachel Reeves"},
		{`"We must act," said the minister of Finance, Rachel Reeves, on Tuesday.`, "Rachel Reeves"},
	} {
		qs, _, err := Extract(paragraphs("Budget talks\n"+c.text), "en", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		if len(qs) != 1 || qs[0].Speaker != c.want {
			t.Errorf("%q: quotes %+v, want one by %q", c.text, qs, c.want)
		}
	}
}

// TestRomanceRoleApposition: the same apposition in Spanish and French,
// the role's complement capitalised after its preposition.
func TestRomanceRoleApposition(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"es", `"Son unos presupuestos para la mayoría social", dijo la ministra de Hacienda, María Jesús Montero, en rueda de prensa.`, "María Jesús Montero"},
		{"fr", "« Nous devons réduire le déficit », a déclaré le ministre de l'Économie, Bruno Le Maire, mardi à Paris.", "Bruno Le Maire"},
	} {
		qs, _, err := Extract(paragraphs("Titre\n"+c.text), c.lang, func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		if len(qs) != 1 || qs[0].Speaker != c.want {
			t.Errorf("%s %q: quotes %+v, want one by %q", c.lang, c.text, qs, c.want)
		}
	}
}
