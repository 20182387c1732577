package article

import (
	"strings"
	"testing"
)

// TestEnq15UserTrial parses, through the text path, the three cases of the
// user trial (issue 13): English quotations in single marks, titles left
// out of speakers' names, and a Russian anonymous source with no speaker.
func TestEnq15UserTrial(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string // "text|speaker", in order
	}{
		{"Rates held\n\n'It is a cautious move,' said Diane Swonk, chief economist at KPMG. The bank held rates.\n",
			[]string{"It is a cautious move|Diane Swonk"}},
		{"Talks fail\n\nThe talks failed on Monday. ‘We will not back down,’ the minister told the BBC.\n",
			[]string{"We will not back down|"}},
		{"Rates held\n\n\"We are watching,\" said Fed Chair Jerome Powell. \"We will act,\" said Treasury Secretary Janet Yellen.\n",
			[]string{"We are watching|Jerome Powell", "We will act|Janet Yellen"}},
		{"Бюджет\n\nМинистр финансов Антон Силуанов выступил в Думе.\n\n«Все под контролем», — уверен источник в правительстве.\n",
			[]string{"Все под контролем|"}},
	} {
		a, err := ParseText(strings.NewReader(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range a.Quotes {
			got = append(got, q.Text+"|"+q.Speaker)
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}
