package article

import (
	"strings"
	"testing"
)

// TestLeadAgencyCredit covers the wire credited over the lead of a page
// whose headline is a bold line no element names: the wire's name alone
// on a line ("Press Trust of India"), after the story's date ("2008-01-14
// / United Press International"), an abbreviation ("UNI"); a person's
// byline there wins, and a wire named only far from the lead credits no
// one.
func TestLeadAgencyCredit(t *testing.T) {
	lead := `<p>The rupee on Monday ended marginally better against the greenback in anticipation of strong capital inflows, dealers said. ` +
		strings.Repeat("Traders said the currency moved in a narrow band through the session and closed near its opening level. ", 3) + `</p>`
	nav := `<div>` + strings.Repeat(`<a href="/x">Section link</a> `, 40) + `</div>`
	page := func(body string) string {
		return `<html><body>` + nav + body + `</body></html>`
	}
	tests := []struct {
		name, html string
		authors    []string
	}{
		{"wire alone over the lead", page(`<b>Rupee at 39.28 against US dollar</b><br><span class="bluetext">Press Trust of India</span><br><br>Monday, January 14, 2008 (Mumbai):<br><br>` + lead), []string{"Press Trust of India"}},
		{"wire after the date", page(`<b>U.S. Stock Indexes Close on Big Bounce</b><div>2008-01-14 / United Press International</div>` + lead), []string{"United Press International"}},
		{"abbreviation", page(`<b>Markets close higher on hopes of a rate cut</b><div>UNI</div><div>Wednesday, January 09, 2008 19:17 IST</div>` + lead), []string{"UNI"}},
		{"a person's byline", page(`<b>Markets close higher on hopes of a rate cut</b><div>By Jane Roe</div><div>Press Trust of India</div>` + lead), []string{"Jane Roe"}},
		{"wire far from the lead", page(`<div>Press Trust of India</div>` + nav + `<b>Markets close higher on hopes of a rate cut</b>` + lead), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantAuthors(t, tc.html, tc.authors)
		})
	}
}
