package htmlx

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/textutil"
	"golang.org/x/net/html"
)

// cleanAuthorsBefore, cleanAuthorNameBefore and splitFoldBefore are
// CleanAuthors, cleanAuthorName and splitFold as they were before the
// byte prefilters (a colon for reAuthorField, "By" and a year for the
// dated "By", mayNameTail for reNameTail) and splitFold's ASCII path.
func cleanAuthorsBefore(raw, publisher string) []string {
	if len(raw) > maxAuthorValue {
		return nil
	}
	s := textutil.NormalizeSpace(unescapeTitle(raw))
	if s == "" {
		return nil
	}
	// An address hidden by e-mail protection ("[email protected]").
	s = strings.TrimSpace(strings.ReplaceAll(s, "[email protected]", ""))
	// A line of labelled fields ("Datum: 19.11.2021 Autor: Fritz Imhof
	// Quelle: Livenet"): the author's field alone.
	if loc := reAuthorField.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[loc[1]:]
		if end := reNextField.FindStringIndex(s); end != nil {
			s = s[:end[0]]
		}
	}
	// A date line before the credit ("Friday, January 11, 2008 By
	// Jalilur Rehman, AFP"): the credit from its "By" on.
	if loc := reMidBy.FindStringIndex(s); loc != nil && loc[0] > 0 && hasDate(s[:loc[0]]) && !reTextByline.MatchString(s[:loc[0]]) {
		s = strings.TrimSpace(s[loc[0]:])
	}
	// Link texts that follow the name ("Johanna Kropfitsch Alle
	// Artikel").
	low := strings.ToLower(s)
	for _, l := range trailingLinkTexts {
		if strings.HasSuffix(low, " "+l) && len(low) == len(s) {
			s, low = s[:len(s)-len(l)-1], low[:len(s)-len(l)-1]
		}
	}
	parts := []string{s}
	for _, sep := range authorSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, splitFoldBefore(p, sep)...)
		}
		parts = next
	}
	var out []string
	for _, p := range parts {
		// "Name, Job title" and "Name, Name": a comma part that reads as
		// a job title is dropped, other parts are names.
		commaParts := strings.Split(p, ",")
		for i, q := range commaParts {
			q = cleanAuthorNameBefore(q)
			if q == "" || (i > 0 && isJobTitle(q)) || isJunkName(q) {
				continue
			}
			// One word after a comma that follows a full name is a
			// place or an agency ("Von Markus Balser, Berlin", "Von
			// David Hutzler, dpa"), not a second author.
			if i > 0 && len(strings.Fields(q)) == 1 && len(strings.Fields(cleanAuthorNameBefore(commaParts[0]))) >= 2 && !IsHandle(q) {
				continue
			}
			if isJobTitle(q) && len(strings.Fields(q)) > 3 {
				continue
			}
			if publisher != "" && strings.EqualFold(q, publisher) {
				continue
			}
			dup := false
			for _, o := range out {
				if strings.EqualFold(o, q) {
					dup = true
				}
			}
			if !dup {
				out = append(out, q)
			}
		}
	}
	return out
}

func cleanAuthorNameBefore(s string) string {
	s = strings.TrimSpace(s)
	for changed := true; changed; {
		changed = false
		low := strings.ToLower(s)
		for _, p := range bylinePrefixes {
			if strings.HasPrefix(low, p) {
				rest := s[len(p):]
				if rest == "" {
					return ""
				}
				r := rune(rest[0])
				if r == ':' || r == ' ' || r == '-' || r == '.' {
					s = strings.TrimLeft(rest, ":-. ")
					changed = true
					break
				}
			}
		}
	}
	// A team credited with its article ("by the BerryReview Team on
	// October 29th", "Posted by the Google Desktop Team", "By the
	// Editors"), the convention of company blogs and of sites whose
	// staff write together: the team's name without its "the".
	if low := strings.ToLower(s); strings.HasPrefix(low, "the ") && teamWords[lastWord(low)] {
		s = strings.TrimSpace(s[4:])
	}
	// A blog's credit line that prints the time or the date between its
	// label and its "by" ("Posted 8:11 AM by Marty Lederman", "Posted on
	// August 9, 2012 by Rotoprofessor", the footers of Blogger and
	// WordPress themes): the name is what follows the "by".
	if f := strings.Fields(s); len(f) > 2 && bylineLeadWords[strings.ToLower(f[0])] {
		if i := strings.LastIndex(lowerSameLength(s), " by "); i > 0 && strings.ContainsAny(s[:i], "0123456789") {
			s = strings.TrimSpace(s[i+4:])
		}
	}
	// "Bo2man am 29.12.2010, 13:36 Uhr", "Moritz Gathmann am 21. April
	// 2020": the date that follows a name is not part of it.
	if loc := reNameTail.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = s[:loc[0]]
	}
	if _, at, ok := AnyDate(s, nil, false); ok && at > 0 {
		s = s[:at]
	}
	// "Brendan Carlin For The Mail On Sunday", "Jane Doe for
	// MailOnline": the outlet written for is not part of the name.
	if i := strings.Index(lowerSameLength(s), " for "); i > 0 && forOutlet(s[:i], s[i+5:]) {
		s = s[:i]
	}
	var words []string
	fields := strings.Fields(s)
	// Trailing weekdays and function words ("Alex Bozarjian Thursday,",
	// "Article by"). Capitalised words that would leave one word alone
	// are the name's own ("Miami Today", "USA Today").
	kept, capsOnly := len(fields), true
	for kept > 1 && lang.NonNameSet[strings.ToLower(strings.Trim(fields[kept-1], ".,;:"))] {
		r, _ := utf8.DecodeRuneInString(fields[kept-1])
		capsOnly = capsOnly && unicode.IsUpper(r)
		kept--
	}
	if kept >= 2 || !capsOnly {
		fields = fields[:kept]
	}
	for _, w := range fields {
		if strings.Contains(w, "@") || strings.HasPrefix(w, "http") || strings.HasPrefix(w, "www.") {
			continue
		}
		words = append(words, w)
	}
	s = strings.Join(words, " ")
	s = strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != ')'
	})
	if s == "" || len(s) > 80 || len(strings.Fields(s)) > 6 || isDigit(s[0]) {
		return ""
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return ""
	}
	return s
}

func splitFoldBefore(s, sep string) []string {
	var out []string
	ls, lsep := strings.ToLower(s), strings.ToLower(sep)
	if len(ls) != len(s) {
		return strings.Split(s, sep)
	}
	for {
		i := strings.Index(ls, lsep)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s, ls = s[i+len(sep):], ls[i+len(sep):]
	}
}

// authorEquivTexts returns the texts of the test pages' text nodes and
// short elements (under 300 bytes), their meta contents and attribute
// values: the bylines, meta authors and JSON-LD names CleanAuthors reads
// are among them.
func authorEquivTexts(t *testing.T) []string {
	var texts []string
	var text func(n *html.Node) string
	text = func(n *html.Node) string {
		if n.Type == html.TextNode {
			texts = append(texts, n.Data)
			return n.Data
		}
		for _, a := range n.Attr {
			if len(a.Val) < 300 {
				texts = append(texts, a.Val)
			}
		}
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			b.WriteString(text(c))
		}
		if n.Type == html.ElementNode && b.Len() < 300 {
			texts = append(texts, b.String())
		}
		return b.String()
	}
	for _, root := range equivPages(t) {
		text(root)
	}
	return texts
}

// TestCleanAuthorsPrefilterSame checks CleanAuthors against its form
// before the prefilters and the ASCII splitFold, with and without a
// publisher, on the texts of the test pages and 30,000 random bylines
// built of labels, names, dates, separators and the letters whose case
// folds change a text's length.
func TestCleanAuthorsPrefilterSame(t *testing.T) {
	texts := authorEquivTexts(t)
	pieces := []string{"By", "BY", "by", "Von", "Autor:", "Author :", "Datum:", "Quelle:", "Posted", "on", "am", "at", "Published", "updated", "Foto:", "(", ")",
		"Anna", "Muster", "John", "Smith", "Park", "Usher", "Vance", "Abel", "ANNA", "the", "Team", "for", "The Mail", "AFP", "dpa",
		" ", "  ", "\t", "\n", "\u00a0", ",", ";", "|", " and ", " AND ", " und ", " & ", " / ", "•", "·", " и ", " Y ",
		"12", "2019", "29.12.2010", "January 11, 2008", "13:36", "Uhr", "@x", "http://x", "\u212a", "\u023a", "\u0130", "ſ", "é", "Ä"}
	r := rand.New(rand.NewSource(14))
	for range 30000 {
		var b strings.Builder
		for k := r.Intn(10); k >= 0; k-- {
			if k > 0 && r.Intn(2) == 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	texts = sampleCases(texts)
	seen := map[string]bool{}
	named := 0
	for _, s := range texts {
		if seen[s] {
			continue
		}
		seen[s] = true
		for _, pub := range []string{"", "AFP"} {
			got, want := CleanAuthors(s, pub), cleanAuthorsBefore(s, pub)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("CleanAuthors(%q, %q) = %q, want %q", s, pub, got, want)
			}
			if len(got) > 0 {
				named++
			}
		}
		for _, sep := range authorSeparators {
			want := splitFoldBefore(s, sep)
			if got := splitFold(s, sep); !reflect.DeepEqual(got, want) {
				t.Fatalf("splitFold(%q, %q) = %q, want %q", s, sep, got, want)
			}
			if got := splitsFold(s, sep); got != (len(want) > 1) {
				t.Fatalf("splitsFold(%q, %q) = %v, splitFold gives %q", s, sep, got, want)
			}
		}
		if mayNameTail(s) == false && reNameTail.MatchString(s) {
			t.Fatalf("mayNameTail(%q) is false, but reNameTail matches", s)
		}
	}
	t.Logf("%d texts, %d with names", len(seen), named)
	if named < randomCases(1000) {
		t.Fatalf("only %d texts give names: the test reads too few", named)
	}
}

var _ = []any{lang.NonNameSet, textutil.NormalizeSpace, unicode.IsUpper, utf8.RuneSelf}
