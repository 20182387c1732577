package attrib

import "testing"

// TestEnRoleSpeakers checks English speakers named by a role: "the
// governor" is the last person introduced as governor, by apposition
// ("The regional governor, Attilio Fontana,") or by an abbreviated title
// ("Gov. Attilio Fontana"), not a mayor named since; a deputy's title
// ("Lt. Gov.") is not the role; and a name that opens a reported clause
// ("said Rome would send engineers") never speaks.
func TestEnRoleSpeakers(t *testing.T) {
	cases := []struct{ text, quote, want string }{
		{`Gov. Attilio Fontana visited the town on Friday.
Mayor Luca Verdi promised to rebuild every home. "We will rebuild," Verdi said.
"We need help," the governor said.`, "We need help", "Attilio Fontana"},
		{`The regional governor, Attilio Fontana, visited the town on Friday.
Mayor Luca Verdi promised to rebuild every home. "We will rebuild," Verdi said.
"We need help," the governor said.`, "We need help", "Attilio Fontana"},
		{`Sen. Jane Roe opened the hearing on Monday.
Mayor Luca Verdi promised to rebuild every home. "We will rebuild," Verdi said.
"The money is there," the senator said.`, "The money is there", "Jane Roe"},
		{`Gov. John Doe and Lt. Gov. Mary Major toured the site.
Mayor Luca Verdi promised to rebuild every home. "We will rebuild," Verdi said.
"We need help," the governor said.`, "We need help", "John Doe"},
		{`The regional governor, Attilio Fontana, called the pledge "realistic" and said Rome would send engineers next week.`, "realistic", "Attilio Fontana"},
		{`Mayor Luca Verdi promised to rebuild every home.
"We will rebuild," said Verdi.`, "We will rebuild", "Luca Verdi"},
	}
	for _, c := range cases {
		qs, _, err := Extract(paragraphs("Flood in the north\n"+c.text), "en", func() error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, q := range qs {
			if q.Text == c.quote {
				found = true
				if q.Speaker != c.want {
					t.Errorf("%q: speaker of %q is %q, want %q", c.text, c.quote, q.Speaker, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: quotation %q not found (%+v)", c.text, c.quote, qs)
		}
	}
}
