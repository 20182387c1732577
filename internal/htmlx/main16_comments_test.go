package htmlx

import "testing"

// TestCommentCountWord: the heading over a comment thread whose count of
// one is spelt as a word, as WordPress themes print it in the languages
// the project reads, ends the body as "2 Comments" does; prose that opens
// with the same word does not.
func TestCommentCountWord(t *testing.T) {
	for _, c := range []struct {
		text string
		kind blockKind
		want bool
	}{
		{"One Comment leave one →", kindPara, true},
		{"One Response to “Bridge to close”", kindPara, true},
		{"One thought on “Bridge to close”", kindHeading, true},
		{"Ein Kommentar zu „Brücke gesperrt“", kindPara, true},
		{"Un commentaire sur « Le pont »", kindPara, true},
		{"Jeden komentarz do “Most”", kindPara, true},
		{"2 Comments", kindPara, true},
		{"One comment from the mayor stood out.", kindPara, false},
		{"One reader wrote in to complain.", kindPara, false},
		{"Une réponse", kindPara, false},
	} {
		b := &textBlock{Text: c.text, kind: c.kind, Runes: len([]rune(c.text))}
		if got := isCommentCount(b); got != c.want {
			t.Errorf("isCommentCount(%q) = %t, want %t", c.text, got, c.want)
		}
	}
}
