package textlayout

import (
	"strings"

	"github.com/articlekit/article/internal/model"
)

// crumbSeparators set a breadcrumb's parts apart: "Home > News > Politics",
// "Главная / Новости / Политика", "News » World".
var crumbSeparators = strings.NewReplacer(" > ", "\x00", " / ", "\x00", " » ", "\x00", " › ", "\x00", " → ", "\x00")

// homeCrumbs open a breadcrumb: the site's home page, in the languages of
// the tables.
var homeCrumbs = map[string]bool{"home": true, "homepage": true, "startseite": true, "accueil": true, "inicio": true, "portada": true,
	"главная": true, "головна": true, "strona główna": true, "news": true, "новости": true, "новини": true}

// breadcrumbSection returns the last part of a breadcrumb line pasted over
// a headline ("Home > News > Politics" -> "Politics"): two parts or more,
// each a short rubric (one to three capitalised words, no digits), the
// first the home page or the line of three parts or more; "" when the
// line is none.
func breadcrumbSection(s string) string {
	parts := strings.Split(crumbSeparators.Replace(strings.TrimSpace(s)), "\x00")
	if len(parts) < 2 || len(parts) > 6 {
		return ""
	}
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if !isShortRubric(p) && !(i == 0 && homeCrumbs[strings.ToLower(p)]) {
			return ""
		}
		parts[i] = p
	}
	home := homeCrumbs[strings.ToLower(parts[0])]
	if !home && (len(parts) == 2 || !strings.ContainsAny(s, ">»›→")) {
		// "Politics / World", "Iran / Israel / America": slashes
		// also join words of a headline; a trail that uses them must
		// open at the home page.
		return ""
	}
	last := parts[len(parts)-1]
	if homeCrumbs[strings.ToLower(last)] || isBareName(last) {
		return "" // "Home / Jane Smith": an author's page
	}
	return last
}

// firstLineHeader reads a first line that is a header line over the
// headline on the next line, as pages pasted from the browser start:
// a breadcrumb ("Home > News > Politics"), a rubric with the date
// ("Politics / March 5, 2024"), or a rubric in mixed case alone
// ("Politics", "Arts & Culture": the usual sections' names, sectionWord)
// when the line after the headline is itself a header line (a byline or a
// date). Some text must follow. The headline line must read as one (rubricOverHeadline).
func firstLineHeader(lines []textLine, c *model.Config) (headerFields, bool) {
	var f headerFields
	if len(lines) < 3 || !rubricOverHeadline(lines[1].text, c) {
		return f, false // (a header and a headline with no text after them stay as they were)
	}
	first := strings.TrimSpace(lines[0].text)
	if sec := breadcrumbSection(first); sec != "" {
		f.section = sec
		return f, true
	}
	if h, ok := headerParts(first, c); ok && !h.date.IsZero() && len(h.authors) == 0 && h.section != "" {
		return h, true
	}
	if sec, d, ok := rubricDate(first, c); ok {
		// "Общество, 6 марта 2025, 10:15" (header18.go).
		f.section, f.date = sec, d
		return f, true
	}
	if isShortRubric(first) && sectionWord(first) {
		// (A rubric of the usual sections' names: a one-word title,
		// "Exodus", "Pride and Prejudice", over a deck and a byline
		// stays the headline.)
		third := lines[2].text
		if isBylineLine(third) || isDateLine(third, c) || partsLine(third, c) {
			f.section = first
			return f, true
		}
	}
	return f, false
}

// sectionNames are the rubrics news sites file most stories under, in the
// languages of the tables, lower case: a first line in mixed case is read
// as a rubric only when it is one of them (or two joined, "Arts &
// Culture").
var sectionNames = map[string]bool{
	"politics": true, "world": true, "business": true, "economy": true, "sport": true, "sports": true, "culture": true,
	"arts": true, "opinion": true, "science": true, "tech": true, "technology": true, "health": true, "local": true,
	"national": true, "entertainment": true, "lifestyle": true, "travel": true, "education": true, "environment": true,
	"climate": true, "crime": true, "society": true, "media": true, "money": true, "markets": true, "finance": true,
	"politik": true, "wirtschaft": true, "kultur": true, "meinung": true, "wissenschaft": true, "gesellschaft": true,
	"ausland": true, "inland": true, "panorama": true, "regional": true, "digital": true,
	"politique": true, "économie": true, "société": true, "international": true, "monde": true, "france": true,
	"política": true, "economía": true, "deportes": true, "cultura": true, "sociedad": true, "internacional": true, "opinión": true,
	"politica": true, "economia": true, "esteri": true, "cronaca": true, "spettacoli": true,
	"polityka": true, "gospodarka": true, "kraj": true, "świat": true,
	"политика": true, "экономика": true, "общество": true, "спорт": true, "культура": true, "происшествия": true,
	"наука": true, "мир": true, "регионы": true, "технологии": true, "здоровье": true, "финансы": true, "бизнес": true,
	"політика": true, "економіка": true, "суспільство": true, "світ": true, "новини": true, "події": true,
	"and": true, "&": true, "und": true, "et": true, "y": true, "e": true, "и": true, "і": true, "та": true,
}

// sectionWord reports whether every word of s is a section name of
// sectionNames (or a word joining two).
func sectionWord(s string) bool {
	w := strings.Fields(strings.ToLower(s))
	if len(w) != 1 && len(w) != 3 {
		return false
	}
	for _, x := range w {
		if !sectionNames[x] {
			return false
		}
	}
	return len(w) == 1 || rubricJoiners[w[1]]
}

// isBylineLine reports whether t is a byline line (parseByline).
func isBylineLine(t string) bool {
	_, ok := parseByline(t)
	return ok
}
