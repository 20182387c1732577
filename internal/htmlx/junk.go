package htmlx

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/model"

	"github.com/articlekit/article/internal/textutil"
)

// Short blocks that are page furniture whatever the page: counters ("0
// shares", "2 comments"), post navigation, a byline or a date line on its
// own. They are dropped from the body (the metadata has read them).
var (
	reCountLine = regexp.MustCompile(`(?i)^\d[\d.,]*\s*(?:k\s*)?(?:shares?|comments?|kommentare?|likes?|views?|reactions?|antworten|réactions?|commentaires?|comentarios?)?$`)
	junkPhrases = map[string]bool{
		"previous post": true, "next post": true, "previous article": true, "next article": true,
		"sharing is caring": true, "text size": true, "follow us": true, "print article": true,
		"order reprints": true, "order reprints print article": true, "vorheriger beitrag": true,
		"nächster beitrag": true, "article précédent": true, "article suivant": true, "print": true,
		"drucken": true, "teilen": true, "partager": true, "compartir": true, "by": true, "von": true,
		"newsletter": true, "schlagworte": true, "stichworte": true, "źródło": true, "beitragsbild": true,
		"getty images": true, "diesen artikel teilen": true, "artikel teilen": true, "beitrag teilen": true, "advertisement - scroll to continue": true,
		"anzeige": true, "inhaltsverzeichnis": true, "table of contents": true, "sommaire": true, "índice": true,
		"noch keine bewertungen": true, "like it? share it": true,
	}
	// reReadTime is a reading-time line: "4 min read", "3 Min. Lesezeit".
	reReadTime = regexp.MustCompile(`(?i)^(?:lesezeit:?\s*)?\d+\s*(?:min\.?|minutes?|minuten|minut|minuti|minutos)\s*(?:read|lesezeit|lesen|de lecture|czytania|di lettura|de lectura)?$`)
	// reCredit is a picture credit on a line of its own: "Titelbild: …",
	// "Crédits photos : …", "Foto: dpa".
	reCredit = regexp.MustCompile(`(?i)^(?:titelbild|beitragsbild|bild|foto|fotos|photo|photos|image|crédits? photos?|credits?|bildquelle|quelle)\s*:`)
	// dateLineWords may stand next to a date in a date line.
	dateLineWords = map[string]bool{
		"am": true, "pm": true, "et": true, "updated": true, "original": true, "published": true,
		"posted": true, "on": true, "at": true, "uhr": true, "um": true, "aktualisiert": true,
		"veröffentlicht": true, "stand": true, "publié": true, "le": true, "mis": true, "à": true,
		"jour": true, "de": true, "del": true, "publicado": true, "utc": true, "gmt": true, "est": true,
		"edt": true, "pst": true, "pdt": true, "cet": true, "cest": true, "h": true, "min": true, "read": true,
		"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
		"fri": true, "sat": true, "sun": true, "monday": true, "tuesday": true, "wednesday": true,
		"thursday": true, "friday": true, "saturday": true, "sunday": true, "montag": true,
		"dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true,
		"sonntag": true, "lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true,
		"samedi": true, "dimanche": true, "lunes": true, "martes": true, "miércoles": true, "jueves": true,
		"viernes": true, "sábado": true, "domingo": true, "ultima": true, "modifica": true, "aggiornato": true,
		"pubblicato": true, "alle": true, "il": true, "ore": true, "actualizado": true, "las": true,
	}
)

// ctaWords mark a short paragraph as a call to subscribe, register or sign
// up.
var ctaWords = []string{
	"subscribe", "subscriber", "sign up", "log in for", "abonnieren", "abonniere", "abonnez",
	"abonnés", "suscríbete", "suscribete", "registrieren sie sich", "hazte miembro", "werden sie mitglied",
	"jetzt anmelden", "inscrivez-vous",
}

// noticeWords mark a paragraph of up to a few lines as a notice about the
// page rather than part of the story: reprint terms, affiliate-link
// disclosures, browser warnings, error messages. (Copyright lines are
// kept: under a wire story they say whose text it is, and the AEB ground
// truth keeps them.)
var noticeWords = []string{
	"for your personal, non-commercial use only",
	"affiliate link", "affiliate and/or referral link", "contain affiliate", "contains affiliate",
	"modern browser", "please try again later", "comments are closed", "kommentare sind geschlossen",
	"les commentaires sont fermés", "vervielfältigung nur mit", "materiał chroniony prawem", "reproduction interdite",
	"written permission must be obtained", "advertising disclosure",
}

// noticeWordSet and ctaWordSet find any of noticeWords and ctaWords in
// one pass over a line (a loop of strings.Contains over them read each
// line once per word).
var noticeWordSet, ctaWordSet = textutil.NewWordSet(noticeWords), textutil.NewWordSet(ctaWords)

// reShortcode is a CMS shortcode left in the text ("[button link=…]").
var reShortcode = regexp.MustCompile(`^\[/?[a-z_]+(?:[ \]=])`)

// reMetaLabel is a labelled field of a post's metadata line; two of them
// in one short line ("05/10/2018 - Publicado por: C. Borba - Categoria:
// Saúde - Tags: …") make it the line, not the story.
var reMetaLabel = regexp.MustCompile(`(?:publicado por|posted by|published by|posted in|categoria|category|categories|tags|autor|author|kategorie|catégorie|etiquetas|rubrik|comments)\s*:`)

// isMetaLine reports whether a short line is a post's metadata: two
// labelled fields set apart by dashes, bars or dots.
func isMetaLine(low string) bool {
	return strings.IndexByte(low, ':') >= 0 &&
		(strings.Contains(low, " - ") || strings.Contains(low, " | ") || strings.Contains(low, "·") || strings.Contains(low, "•")) &&
		len(reMetaLabel.FindAllStringIndex(low, 3)) >= 2
}

// reTopicLine is a line of tags or topics: "Themen: Kritik aus dem
// Internet", "Tags: budget, council", "Filed under: Politics".
var reTopicLine = regexp.MustCompile(`(?i)^(?:themen|thema|tags?|schlagworte|schlagwörter|stichworte|stichwörter|topics?|tagged|tagged with|filed under|kategorien?|categories|category|mots-clés|etiquetas|argomenti|tagi)\s*:`)

// creditAgencies end the credit line of a picture.
var creditAgencies = []string{
	"getty images", "associated press", "reuters", "afp", "ap photo", "dpa", "epa", "shutterstock",
	"istock", "imago", "picture alliance", "picture-alliance", "bloomberg", "keystone", "ansa", "efe",
}

// isCreditLine reports whether a short line is a picture credit: a name
// and an agency set apart by a slash or a bar, or in parentheses
// ("(Reed Saxon / Associated Press)", "Jane Doe | Bloomberg | Getty Images").
func isCreditLine(low string) bool {
	if len(low) > 80 || !(strings.ContainsAny(low, "/|") || strings.HasPrefix(low, "(")) {
		return false
	}
	end := strings.TrimRight(low, ")]. ")
	start := strings.TrimLeft(low, "([ ")
	for _, a := range creditAgencies {
		if strings.HasSuffix(end, a) {
			return true
		}
		if rest, ok := strings.CutPrefix(start, a); ok && (strings.HasPrefix(rest, " /") || strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, " |")) {
			return true
		}
	}
	return false
}

// followWords invite the reader to follow the publisher somewhere;
// networkWords name where.
var (
	followWords = []string{"follow ", "you can keep up with", "keep up with ", "join ", "folgen sie ", "folge uns", "folgt uns", "síguenos",
		"siguenos", "suivez-nous", "suivez nous", "seguici", "obserwuj", "for the latest stories", "download the", "get the app"}
	networkWords = []string{"twitter", "facebook", "instagram", "telegram", "youtube", "tiktok", "linkedin", "whatsapp", "mastodon", "bluesky", "threads", "android"}
	// networkSet indexes networkWords.
	networkSet = textutil.NewWordSet(networkWords)
)

// isFollowCall reports whether a short paragraph asks the reader to follow
// the publisher on a social network or to install its app ("Follow us on
// Twitter and Instagram", "Síguenos en Telegram").
func isFollowCall(low string) bool {
	// The call names a network (asked first: most paragraphs name none,
	// and one pass of networkSet answers for every name), and it is
	// imperative.
	return len(low) <= 200 && networkSet.In(low) && followOpens(low)
}

// followOpens reports whether a lower-cased paragraph opens with a call
// to follow, or holds one that addresses the reader about "us" ("…, join
// us on").
func followOpens(low string) bool {
	for _, w := range followWords {
		if i := strings.Index(low, w); i == 0 || i > 0 && (strings.HasPrefix(low[i+len(w):], "us") || strings.HasPrefix(low[i+len(w):], "me ")) {
			return true
		}
	}
	return false
}

// isJunkLine reports whether a short paragraph is page furniture.
func isJunkLine(t string) bool {
	var low string
	if len(t) <= 250 {
		low = strings.ToLower(t)
		if shortJunk(t, low) {
			return true
		}
	}
	if len(t) > 120 {
		return false
	}
	// low is strings.ToLower(t) here: lowering makes no white space and
	// changes none, so trimming the lowered text is lowering the
	// trimmed one.
	low = strings.TrimSpace(low)
	if junkShape(t, low) {
		return true
	}
	// The fields of low counted up to 26 (as many as the tests below
	// tell apart), and the first.
	first, i := textutil.NextField(low, 0)
	words := 0
	for f := first; f != "" && words <= 25; f, i = textutil.NextField(low, i) {
		words++
	}
	// A call to subscribe, register or sign up.
	if words <= 25 && ctaWordSet.In(low) {
		return true
	}
	// A byline alone: "by Regan September 15, 2014", "written by Regan".
	// (A text of no field is no line: the caller's blocks hold text.)
	if words <= 6 && words > 0 && (first == "by" || first == "von" || strings.HasPrefix(low, "written by ")) {
		return true
	}
	return false
}

// shortJunk is isJunkLine's test of a text t of 250 bytes or fewer, low
// being t lowered: a notice, a bare address, a credit line, a call to
// follow, a topic line, a shortcode, a line of metadata.
func shortJunk(t, low string) bool {
	if noticeWordSet.In(low) {
		return true
	}
	if !strings.ContainsAny(t, " \t") && (strings.HasPrefix(low, "https://") || strings.HasPrefix(low, "http://")) {
		return true // a bare address
	}
	// reTopicLine ends with a colon: a line without one is not tried.
	return isCreditLine(low) || isFollowCall(low) || len(t) <= 150 && strings.IndexByte(low, ':') >= 0 && reTopicLine.MatchString(low) ||
		strings.HasPrefix(t, "[") && reShortcode.MatchString(t) || isMetaLine(low)
}

// junkShape is isJunkLine's test of a text t of 120 bytes or fewer, low
// being t trimmed and lowered: a stock phrase, a count, a reading time, a
// credit.
func junkShape(t, low string) bool {
	// reCountLine opens with a digit, reReadTime with a digit or an l
	// (of "lesezeit"): other lines are not tried against them.
	if junkPhrases[strings.Trim(low, ":.!…()-–— ")] || low != "" && isDigit(low[0]) && reCountLine.MatchString(low) ||
		low != "" && (isDigit(low[0]) || low[0] == 'l' || low[0] == 'L') && reReadTime.MatchString(low) {
		return true
	}
	return len(t) <= 80 && reCredit.MatchString(low)
}

// isDateLine reports whether a short paragraph is a date line alone ("Nov.
// 19, 2019", "Updated 8:21 am ET / Original Nov. 19, 2019 8:02 am ET").
func isDateLine(t string) bool {
	if len(t) > 120 {
		return false
	}
	// A blog platform's meta row names the publication beside the
	// reading time and the date ("Published in … · 7 min read · Mar 5").
	t = withoutPublication(t)
	// Every word must be a date's or a label's (the cheap test, first),
	// and the line must hold a date. The words are lowered one by one,
	// up to the first that fails (most lines' first): lowering makes no
	// white space and changes none, so the words of the lowered line are
	// the lowered words of the line.
	for w := range strings.FieldsSeq(t) {
		w = strings.Trim(strings.ToLower(w), ".,:;/|()-–—·•")
		if w == "" || !strings.ContainsFunc(w, unicode.IsLetter) || dateLineWords[w] || lang.MonthNames[w] != 0 || lang.NonNameSet[w] || isHeaderDateWord(w) {
			continue
		}
		return false
	}
	_, _, ok := AnyDate(t, nil, false)
	return ok
}

// minWordsForDateLines is the body length from which every date line
// alone is dropped from it; a shorter body (a brief, a timeline of dated
// events) loses only the date line that opens it, under the headline.
const minWordsForDateLines = 150

// dropDateLines removes the paragraphs that are a date line alone from a
// body of some length, and from any body the date line that opens it: the
// date is the article's metadata, and the story with or without the line
// under its headline is the same (ContentHash). A body of date lines alone
// is left as it is.
func dropDateLines(bs []model.Block) []model.Block {
	if !slices.ContainsFunc(bs, func(b model.Block) bool { return b.Type != model.Paragraph || !isDateLine(b.Text) }) {
		return bs // (the search stops at the first block of the story)
	}
	words := 0
	for _, b := range bs {
		if words += textutil.CountWords(b.Text); words >= minWordsForDateLines {
			break
		}
	}
	if words < minWordsForDateLines {
		// The header's lines before the first paragraph of prose (a
		// heading repeating the headline, a kicker or Dachzeile over the
		// date line, "Energiewende" / "Stand: 05.03.2025 14:30 Uhr")
		// lose their date lines; a timeline's dates below stay.
		n := headerRun(bs)
		if !slices.ContainsFunc(bs[:n], func(b model.Block) bool { return b.Type == model.Paragraph && isDateLine(b.Text) }) {
			return bs
		}
		out := make([]model.Block, 0, len(bs))
		for i, b := range bs {
			if i < n && b.Type == model.Paragraph && isDateLine(b.Text) {
				continue
			}
			out = append(out, b)
		}
		return out
	}
	out := bs[:0]
	for _, b := range bs {
		if b.Type == model.Paragraph && isDateLine(b.Text) {
			continue
		}
		out = append(out, b)
	}
	return out
}
