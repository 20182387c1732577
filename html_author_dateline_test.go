package article

import (
	"slices"
	"testing"
)

// TestDatelineWireForms checks the wire credits of lead datelines in the
// forms of older agency copy: a place in normal case with a state or a date
// after a comma and a dash after the wire, the dateline broken before the
// wire in parentheses, and a page whose headline is no heading; a name in
// parentheses without a dash after it (a caption) credits no one.
func TestDatelineWireForms(t *testing.T) {
	lead := ` The Montreal Alouettes named a new offensive coordinator on Wednesday, the club said in a statement released to reporters after a meeting of its board. The coordinator, who joined the club three seasons ago from a college programme in Ohio, replaces a coach who left for another team in the league last month.</p>
<p>The coordinator spent the last three seasons with the club and was promoted after the former coordinator left for another team in the league.</p>
<p>The club also announced two further changes to its coaching staff, both of them effective immediately, the statement said.</p>`
	for page, want := range map[string][]string{
		`<h1>Alouettes add to coaching staff</h1><p>Montreal, QC (Sports Network) -` + lead:     {"Sports Network"},
		`<h1>Alouettes add to coaching staff</h1><p>Islamabad, Jan 14</p><p>(IANS) The` + lead:  {"IANS"},
		`<div><b>Alouettes add to coaching staff</b></div><p>London (dpa) -` + lead:             {"dpa"},
		`<h1>Alouettes add to coaching staff</h1><p>Marc Trestman (Alouettes)</p><p>The` + lead: nil,
		// No headline located and no paragraph long enough for a lead.
		`<div>Barton to appear in court</div><p>London (dpa) - Joey Barton will appear in court on Friday.</p><p>He denies the charge.</p>`: {"dpa"},
	} {
		got := authorNames(parseVisible(t, `<html><head><title>Sports news</title></head><body>`+page+`</body></html>`))
		if !slices.Equal(got, want) {
			t.Errorf("%.80s: authors %q, want %q", page, got, want)
		}
	}
}

// TestWireSignOff checks the wire's sign-off that closes agency copy run
// by a paper, after the story's last sentence or alone on a line, when no
// byline names anyone; a dash and a person's name (a quotation's source)
// and a dash before a wire inside a sentence credit no one.
func TestWireSignOff(t *testing.T) {
	head := `<html><head><title>Court adjourns the corruption case</title></head><body>
<h1>Court adjourns the corruption case</h1>` + visibleBody
	for tail, want := range map[string][]string{
		`<p>The case will resume on Monday. — PTI</p>`:                    {"PTI"},
		`<p>- REUTERS</p><p>Email this story</p>`:                         {"Reuters"},
		`<p>"Justice delayed is justice denied." - William Gladstone</p>`: nil,
		`<p>The court heard from the agencies - AFP and others.</p>`:      nil,
	} {
		got := authorNames(parseVisible(t, head+tail+`</body></html>`))
		if !slices.Equal(got, want) {
			t.Errorf("%s: authors %q, want %q", tail, got, want)
		}
	}
}
