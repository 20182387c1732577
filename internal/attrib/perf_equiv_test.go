package attrib

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/articlekit/article/internal/lang"
)

// TestHasOddSpaceMatchesContainsAny checks the byte test of hasOddSpace
// against strings.ContainsAny(s, oddSpaces), which it replaces: on texts
// with and without each odd space, at the start, the end and inside, next
// to the other characters that share its lead byte (guillemets, dashes,
// quotes) and on cut UTF-8.
func TestHasOddSpaceMatchesContainsAny(t *testing.T) {
	pieces := []string{"", "a", "«", "»", "—", "–", "…", "“", "”", "\u2008", "\u200a", "\u202e", "\u2028",
		"\u00a0", "\u2009", "\u202f", "\u00a1", "\u00bf", "Р", "р", "щ", "é", " ", "\xc2", "\xe2", "\xe2\x80", "\xa0", "\x89", "\xaf"}
	check := func(s string) {
		t.Helper()
		if got, want := hasOddSpace(s), strings.ContainsAny(s, oddSpaces); got != want {
			t.Fatalf("hasOddSpace(%q) = %v, strings.ContainsAny says %v", s, got, want)
		}
	}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				check(a + b + c)
			}
		}
	}
	for _, s := range []string{
		"«Мы готовы»,\u00a0— сказал он.", "«Мы готовы», — сказал он.", "10\u202f000 рублей", "a\u2009b",
		"Премьер-министр Японии Наото Кан заявил", "plain ASCII text only",
	} {
		check(s)
	}
}

// TestPrefixFilterNeverDropsAStem checks that prefixFilter.mayStart says
// yes to every word that starts with a stem of the tables' speech verbs
// and outlet nouns (and to the stems themselves with endings), so that the
// filter in front of isSpeechVerb and isOutletNoun drops no match.
func TestPrefixFilterNeverDropsAStem(t *testing.T) {
	for _, tabs := range [][]*lang.Table{lang.Languages, tablesFor("ru"), tablesFor("en"), tablesFor("uk")} {
		l := newTableLists(tabs)
		for ti, tb := range tabs {
			for _, v := range tb.SpeechVerbs {
				for _, w := range []string{v, v + "а", v + "ли", v + "x"} {
					if strings.HasPrefix(w, v) && !l.speechStems[ti].mayStart(w) {
						t.Fatalf("%s: speech filter drops %q (stem %q)", tb.Tag, w, v)
					}
				}
			}
		}
		for _, n := range l.outletNouns {
			for _, w := range []string{n, n + "а", n + "ы"} {
				if !l.outletFilter.mayStart(w) {
					t.Fatalf("outlet filter drops %q", w)
				}
			}
		}
	}
	var f prefixFilter
	if !f.mayStart("") || !f.mayStart("a") {
		t.Fatal("a filter that is off must let every word through")
	}
	if g := newPrefixFilter([]string{"a", "abcdef"}); !g.mayStart("b") {
		t.Fatal("a list with a stem of one byte must have no filter")
	}
}

// TestFilteredLookupsMatchScans checks isSpeechVerb, isOutletNoun and
// the first-word index of the verbs of reporting against the plain scans
// they replace, on the words of the tables and of sample sentences.
func TestFilteredLookupsMatchScans(t *testing.T) {
	words := []string{"", "a", "газета", "газете", "газетами", "агентства", "сказал", "сказала", "заявили", "передает", "сообщил",
		"told", "said", "newspaper", "newspapers", "agency", "по", "данным", "according", "to", "Zeitung", "журнал", "журналист", "рек", "реклама"}
	for _, tb := range lang.Languages {
		words = append(words, tb.SpeechVerbs...)
		words = append(words, tb.OutletNouns...)
		words = append(words, tb.SourceVerbs...)
		for _, w := range tb.SpeechVerbs {
			words = append(words, w+"а", w+"и", w+"ла", w+"ли", w+"ся", w+"xyz")
		}
	}
	for _, tabs := range [][]*lang.Table{lang.Languages, tablesFor("ru"), tablesFor("en"), tablesFor("uk"), tablesFor("de")} {
		m := newReader(tabs)
		for _, w := range words {
			if got, want := m.isSpeechVerb(w), scanSpeechVerb(tabs, w); got != want {
				t.Fatalf("isSpeechVerb(%q) = %v, the scan says %v", w, got, want)
			}
			if got, want := m.isOutletNoun(w), scanOutletNoun(tabs, w); got != want {
				t.Fatalf("isOutletNoun(%q) = %v, the scan says %v", w, got, want)
			}
			// The index lists, for a first word, exactly the phrases the
			// scan would try with success, in order.
			var want []int
			for i, v := range m.sourceVerbs {
				if len(v) > 0 && v[0] == w {
					want = append(want, i)
				}
			}
			if got := m.sourceVerbsBy[w]; !slices.Equal(got, want) {
				t.Fatalf("sourceVerbsBy[%q] = %v, want %v", w, got, want)
			}
		}
	}
}

func scanSpeechVerb(tables []*lang.Table, w string) bool {
	for _, t := range tables {
		if t.SpeechVerbSet()[w] {
			return true
		}
		if !t.RuStyle {
			continue
		}
		for _, v := range t.SpeechVerbs {
			if strings.HasPrefix(w, v) && utf8.RuneCountInString(w)-utf8.RuneCountInString(v) <= 2 {
				return true
			}
		}
	}
	return false
}

func scanOutletNoun(tables []*lang.Table, w string) bool {
	for _, t := range tables {
		for _, n := range t.OutletNouns {
			if strings.HasPrefix(w, n) && utf8.RuneCountInString(w)-utf8.RuneCountInString(n) <= 2 {
				return true
			}
		}
	}
	return false
}

// TestRoleFilterMatchesScan checks role, behind its filter, against the
// plain scan of the role stems, on the stems with endings, hyphenated
// roles and other words; and reports whether the filter is on.
func TestRoleFilterMatchesScan(t *testing.T) {
	for _, tabs := range [][]*lang.Table{lang.Languages, tablesFor("ru"), tablesFor("en"), tablesFor("uk"), tablesFor("de")} {
		m := newReader(tabs)
		t.Logf("%d tables: role filter on: %v", len(tabs), m.roleFilter.n > 0)
		words := []string{"", "a", "министр", "премьер-министр", "вице-премьер", "глава", "spokeswoman", "President", "said", "сказал", "x-министра"}
		for _, s := range m.roleStems {
			words = append(words, s, s+"а", s+"ами", s+"ского", "экс-"+s, s+"-"+s)
		}
		for _, w := range words {
			gs, gok := m.role(w)
			ws, wok := hasStem(w, m.roleStems)
			if !wok {
				if i := strings.LastIndexByte(w, '-'); i >= 0 {
					ws, wok = hasStem(w[i+1:], m.roleStems)
				}
			}
			if gs != ws || gok != wok {
				t.Fatalf("role(%q) = %q, %v; the scan says %q, %v", w, gs, gok, ws, wok)
			}
		}
	}
}

// TestPrefixFilterShortStems checks the filter of stems of two and three
// bytes: every word that starts with a stem passes; words shorter than
// the shortest stem or starting otherwise may not.
func TestPrefixFilterShortStems(t *testing.T) {
	stems := []string{"mp", "mayor", "мэр", "aide"}
	f := newPrefixFilter(stems)
	if f.n != 2 {
		t.Fatalf("n = %d, want 2", f.n)
	}
	for _, s := range stems {
		for _, w := range []string{s, s + "s", s + "ом"} {
			if !f.mayStart(w) {
				t.Fatalf("filter drops %q (stem %q)", w, s)
			}
		}
	}
	if f.mayStart("m") {
		t.Fatal("a word shorter than every stem passes")
	}
}
