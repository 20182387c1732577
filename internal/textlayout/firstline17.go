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
	if len(parts) == 2 && !homeCrumbs[strings.ToLower(parts[0])] {
		return "" // "Jane Smith / Staff" or "Politics / World": no trail
	}
	last := parts[len(parts)-1]
	if homeCrumbs[strings.ToLower(last)] {
		return ""
	}
	return last
}

// firstLineHeader reads a first line that is a header line over the
// headline on the next line, as pages pasted from the browser start:
// a breadcrumb ("Home > News > Politics"), a rubric with the date
// ("Politics / March 5, 2024"), or a rubric in mixed case alone
// ("Politics", "Arts & Culture") when the line after the headline is itself a header line
// (a byline or a date), which a headline of one or two words would not
// stand over. The headline line must read as one (rubricOverHeadline).
func firstLineHeader(lines []textLine, c *model.Config) (headerFields, bool) {
	var f headerFields
	if len(lines) < 2 || !rubricOverHeadline(lines[1].text, c) {
		return f, false
	}
	first := strings.TrimSpace(lines[0].text)
	if sec := breadcrumbSection(first); sec != "" {
		f.section = sec
		return f, true
	}
	if h, ok := headerParts(first, c); ok && !h.date.IsZero() && len(h.authors) == 0 && h.section != "" {
		return h, true
	}
	if w := strings.Fields(first); isShortRubric(first) && (len(w) == 1 || len(w) == 3) && len(lines) > 2 {
		// (One word, or two joined: "Politics", "Arts & Culture"; two
		// capitalised words may be a short headline, "Senate passes".)
		third := lines[2].text
		if _, ok := parseByline(third); ok || isDateLine(third, c) || partsLine(third, c) {
			f.section = first
			return f, true
		}
	}
	return f, false
}
