package article

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestHTMLMainContent(t *testing.T) {
	b, err := os.ReadFile("testdata/html/news.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := extractHTML(b, &config{url: "https://harbourtimes.example/news/2024/03/14/bridge-repairs?utm=x"})
	if err != nil {
		t.Fatal(err)
	}
	want := []Block{
		{Type: Paragraph, Text: "The harbour bridge will close to traffic for six weeks from next Monday while engineers replace worn bearings, the city council said on Wednesday."},
		{Type: Paragraph, Text: "Buses will be diverted through the tunnel, adding up to fifteen minutes to journeys at peak times, according to the transport department."},
		{Type: Heading, Text: "Why now?", Level: 2},
		{Type: Paragraph, Text: "Inspectors found last year that several bearings had cracked, and the council decided that repairs could not wait until the summer, when traffic is heavier."},
		{Type: Blockquote, Text: "We know this is disruptive, but safety has to come first."},
		{Type: Paragraph, Text: "Drivers are advised to:"},
		{Type: List, Text: "leave earlier than usual;\nuse the park-and-ride at the stadium;\ncheck the council website for updates."},
		{Type: Paragraph, Text: "The works are expected to cost about four million pounds, paid for from the council's maintenance budget rather than from new borrowing."},
	}
	if !reflect.DeepEqual(a.Body, want) {
		var got strings.Builder
		for _, b := range a.Body {
			got.WriteString("\n  " + string(b.Type) + ": " + b.Text)
		}
		t.Errorf("Body:%s", got.String())
	}
	checks := []struct{ field, got, want string }{
		{"Headline", a.Headline, "Harbour bridge to close for repairs"},
		{"URL", a.URL, "https://harbourtimes.example/news/2024/03/14/bridge-repairs"},
		{"DatePublished", a.DatePublished.String(), "2024-03-14T08:30:00Z"},
		{"Language", a.Language, "en"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if len(a.Authors) != 1 || a.Authors[0].Name != "Ellen Marsh" {
		t.Errorf("Authors = %#v, want Ellen Marsh", a.Authors)
	}
	wantImg := []Image{{URL: "https://harbourtimes.example/img/bridge.jpg", Caption: "The bridge was built in 1932. Photo: Harbour Times"}}
	if !reflect.DeepEqual(a.Images, wantImg) {
		t.Errorf("Images = %#v, want %#v", a.Images, wantImg)
	}
}

func TestHTMLBreaksAndTables(t *testing.T) {
	page := `<html><body><div id="text">First paragraph of a page that separates its paragraphs with line breaks only, as old sites do.<br><br>` +
		`Second paragraph of the same page, which is also long enough to count as article text for the extractor.<br><br>` +
		`<table><tr><th>Pos</th><th>Driver</th><th>Points</th></tr><tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table></div></body></html>`
	a, err := extractHTML([]byte(page), &config{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range a.Body {
		got = append(got, b.Text)
	}
	want := []string{
		"First paragraph of a page that separates its paragraphs with line breaks only, as old sites do.",
		"Second paragraph of the same page, which is also long enough to count as article text for the extractor.",
		"Pos Driver Points",
		"1 Kyle Busch 5040",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Body = %#v\nwant %#v", got, want)
	}
}
