package textlayout

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/credits"
	"github.com/articlekit/article/internal/dates"
	"github.com/articlekit/article/internal/lang"
	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// textLine is one non-blank line of the input, with whether a blank line
// came before it.
type textLine struct {
	text        string
	afterBlank  bool
	quoteMarker bool // the line started with "> "
	// raw is the line as written (tabs and indentation kept), for code;
	// blanks is the number of blank lines just before it.
	raw    string
	blanks int
}

// splitLines normalises line endings and white space and drops blank lines,
// remembering where they were.
func splitLines(s string) []textLine {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []textLine
	blank := false
	blanks := 0
	for _, raw := range strings.Split(s, "\n") {
		t := textutil.NormalizeSpace(raw)
		if t == "" {
			blank = true
			blanks++
			continue
		}
		l := textLine{text: t, afterBlank: blank, raw: strings.TrimRight(raw, " \t"), blanks: blanks}
		blanks = 0
		if strings.HasPrefix(t, "> ") || t == ">" {
			l.text = strings.TrimSpace(strings.TrimPrefix(t, ">"))
			l.quoteMarker = true
			if l.text == "" {
				blank = true
				continue
			}
		}
		out = append(out, l)
		blank = false
	}
	return out
}

// Parse reads the layouts of scraped and exported news: a
// headline line; then, in any order, a rubric in capitals, date lines
// (possibly glued to the lead), "Updated:" lines and bylines; then the body,
// as paragraphs separated by blank lines or one paragraph per line.
func Parse(s string, c *model.Config) *model.Draft {
	a := &model.Draft{}
	lines := splitLines(s)
	if len(lines) == 0 {
		return a
	}
	if subject, date, n := mailHeader(lines); n > 0 && n < len(lines) {
		// An e-mail pasted whole: its subject is the headline, its
		// date the date, the other fields no part of the story
		// (mail17.go). The subject takes the header's last line, and
		// a date of another form than the mail standard's the line
		// before, to be read as the header's date line.
		d, ok := mailDate(date)
		if ok || date == "" {
			lines = lines[n-1:]
		} else {
			lines = lines[n-2:]
			lines[1].text, lines[1].afterBlank = date, false
		}
		lines[0].text, lines[0].afterBlank = subject, false
		a.DatePublished = d
	}
	if channel, d, ok := messengerHeader(lines[0].text, c); ok && len(lines) > 1 {
		// "Пермь Онлайн, [07.03.2025 10:15]": a message copied from a
		// channel, which is its publisher (header18.go).
		a.DatePublished, a.Publisher = d, &model.Publisher{Name: channel}
		lines = lines[1:]
	}
	a.Headline = strings.TrimSpace(lines[0].text)
	i := 1
	i0 := 1 // 0 when the first line is body text, not a headline
	if len(lines) > 1 && isRubric(a.Headline) && rubricOverHeadline(lines[1].text, c) {
		// "WORLD / Council approves …": CMS exports and wire copy print
		// the rubric, in capitals, over the headline.
		a.Section, a.Headline = a.Headline, strings.TrimSpace(lines[1].text)
		i, i0 = 2, 2
	} else if sec, d, ok := rubricDateHeadline(lines, c); ok {
		// "ПОЛИТИКА" / "19.06.2024 | 17:43" / headline (header18.go).
		a.Section, a.DatePublished, a.Headline = sec, d, strings.TrimSpace(lines[2].text)
		i, i0 = 3, 3
	} else if f, ok := firstLineHeader(lines, c); ok {
		// "Home > News > Politics", "Politics / March 5, 2024" or
		// "Politics" over the headline (firstline17.go).
		a.Section, a.DatePublished, a.Headline = f.section, f.date, strings.TrimSpace(lines[1].text)
		i, i0 = 2, 2
	}
	if len(a.Headline) > maxHeadlineBytes || isLeadLine(a.Headline) {
		// No headline line: the text starts with prose. Its first
		// sentence stands in as headline and the line stays in the body.
		// (Without the wire dateline the lead opens with.)
		a.Headline = firstSentence(a.Headline[openingDateline(a.Headline):])
		i, i0 = 0, 0
	}
	var glued string // lead text glued to a dateline
	dateLine := -1   // the last header line read as a date
	partsTaken := false
header:
	for ; i < len(lines); i++ {
		t := lines[i].text
		if rest, ok := cutPrefixFold(t, updatedPrefixes); ok {
			if d, ok := labelDate(t, rest, c); ok {
				a.DateModified = d
				continue
			}
		}
		if rest, ok := cutPrefixFold(t, publishedPrefixes); ok {
			// "Publié le 5 mars 2024 à 14h20, mis à jour à 16h05":
			// the update the same line gives too.
			if !enLabel(t) {
				if d, mod, ok := dates.ParseWithUpdate(rest, c); ok {
					a.DatePublished = d
					if !mod.IsZero() && a.DateModified.IsZero() {
						a.DateModified = mod
					}
					continue
				}
			}
			if d, ok := labelDate(t, rest, c); ok {
				a.DatePublished = d
				continue
			}
		}
		if names, ok := parseByline(t); ok && !bylineOfParts(t, c) {
			a.Authors = append(a.Authors, names...)
			continue
		}
		if f, ok := headerParts(t, c); ok && !partsTaken && !(i+1 < len(lines) && partsLine(lines[i+1].text, c)) {
			// One such line makes a header; several in a row are a
			// listing (a programme, a schedule), which stays body.
			partsTaken = true
			// "By Jane Smith | March 5, 2024", "Политика / 05.03.2024".
			a.Authors = append(a.Authors, f.authors...)
			if !f.date.IsZero() && a.DatePublished.IsZero() {
				a.DatePublished = f.date
				dateLine = i
			}
			if a.Section == "" {
				a.Section = f.section
			}
			continue
		}
		if sec, d, ok := rubricDate(t, c); ok && a.Section == "" && a.DatePublished.IsZero() {
			// "Общество, 6 марта 2025, 10:15" (header18.go).
			a.Section, a.DatePublished = sec, d
			dateLine = i
			continue
		}
		if d, ok := relativeStamp(t, c); ok {
			// "Сегодня, 10:15", "Yesterday at 2:30 PM".
			if !d.IsZero() && a.DatePublished.IsZero() {
				a.DatePublished = d
			}
			dateLine = i
			continue
		}
		if name := pressOfficeCredit(t); name != "" && (dateLine == i-1 || i+1 < len(lines) && isDateLine(lines[i+1].text, c)) {
			// "Пресс-служба Министерства …" over the date line of a
			// press release (header18.go).
			a.Authors = append(a.Authors, model.Author{Name: name, Type: model.Organization, Role: "author"})
			continue
		}
		if name, ok := bareByline(t); ok && (dateLine == i-1 || i+1 < len(lines) && isDateLine(lines[i+1].text, c)) {
			// A byline without its "By", next to the header's date
			// line ("March 5, 2024" / "Jane Smith").
			a.Authors = append(a.Authors, model.Author{Name: name, Type: model.Person, Role: "author"})
			continue
		}
		if a.Section == "" && dateLine < 0 && isShortRubric(t) && !isBareName(t) && i+1 < len(lines) && (isDateLine(lines[i+1].text, c) || sectionWord(t) && (isBylineLine(lines[i+1].text) || labelledDateLine(lines[i+1].text, c))) {
			// A rubric in mixed case over the date line ("World
			// News" / "March 5, 2024", "Политика" / "05.03.2024"),
			// or a usual section's name over the byline ("Politics" /
			// "By Anna Smith") or a labelled date ("Économie" /
			// "Publié le 12 mars 2025 à 14h30").
			a.Section = strings.TrimSpace(t)
			continue
		}
		if a.Section == "" && isRubric(t) {
			a.Section = t
			continue
		}
		if m, ok := dates.Find(t, c); ok && a.DatePublished.IsZero() {
			after := t[m.End:]
			if m.Date.HasClock {
				// "10:15 МСК", "14:30 Uhr", "5:00am ET", "10:15
				// (Київ)": the clock's zone or city ends the dateline.
				after = cutZone(after)
			}
			if m.Start > 0 {
				// "14:30, 5 марта 2024", "9:15 AM GMT, May 17,
				// 2024": the clock before the date.
				if d, ok := dates.ClockBefore(t[:m.Start], m.Date, c); ok {
					m.Date, m.Start = d, 0
				}
			}
			if m.Start == 0 {
				a.DatePublished = m.Date
				dateLine = i
				rest := strings.TrimLeft(after, " |,—–-")
				if rest != "" && !startsLower(rest) {
					glued = rest
					i++
					break header
				}
				continue
			}
			if strings.TrimSpace(after) == "" && (isPlacePrefix(t[:m.Start]) || dates.LeadIn(t[:m.Start])) {
				// "Hamm, 5. März 2024", "LONDON, June 5, 2024": a
				// place and the date, alone on the line.
				a.DatePublished = m.Date
				dateLine = i
				continue
			}
			if loc := dates.Dateline.FindStringIndex(t); loc != nil && loc[0] == 0 && m.End <= loc[1] && isPlacePrefix(t[:m.Start]) {
				// "LONDON, June 3, 2024 (Reuters) - …", "КАЗАНЬ, 12
				// марта 2024 — РИА Новости. …": a wire dateline with
				// its date opens the lead, which keeps it.
				a.DatePublished = m.Date
				if whole := dates.Dateline.FindStringIndex(t + " "); whole != nil && whole[1] > len(t) {
					// The dateline alone on its line, its agency
					// credit last ("МОСКВА, 12 марта 2024 — РИА
					// Новости."): wire copy prints it at the head of
					// the lead, so it opens the next paragraph, and
					// the credit does not stand as the lead. A
					// byline between them ("LONDON, March 5, 2024
					// (Reuters) -" / "By Jane Smith") is read as one.
					j := i + 1
					for ; j < len(lines) && j <= i+2; j++ {
						names, ok := parseByline(lines[j].text)
						if !ok {
							break
						}
						a.Authors = append(a.Authors, names...)
					}
					if j < len(lines) && leadLine(lines[j]) {
						glued = t + " " + lines[j].text
						i = j + 1
						break header
					}
					if j > i+1 {
						glued, i = t, j
						break header
					}
				}
				break
			}
		}
		break
	}
	var body []textLine
	if glued != "" {
		body = append(body, textLine{text: glued, afterBlank: true})
	}
	dropped := false // the line before was a closing line taken out
	blanks := false  // the text sets paragraphs apart by blank lines
	for _, l := range lines[i:] {
		blanks = blanks || l.afterBlank
	}
	for ; i < len(lines); i++ {
		// A byline or "Updated" line at the end of the text.
		if i >= len(lines)-2 {
			if names, ok := parseByline(lines[i].text); ok {
				a.Authors = append(a.Authors, names...)
				dropped = true
				continue
			}
			if credits, ok := parseWireCredits(lines[i].text); ok {
				// "(Reporting by Maria Rossi; Editing by Mark
				// Potter)": the wire story's closing credits.
				a.Authors = mergeCredits(a.Authors, credits)
				dropped = true
				continue
			}
			if rest, ok := cutPrefixFold(lines[i].text, updatedPrefixes); ok {
				if d, ok := dates.Parse(rest, c); ok {
					a.DateModified = d
					dropped = true
					continue
				}
			}
		}
		if isReadAlsoLine(lines[i].text) && standsAlone(lines, i, blanks) {
			// "Читайте также: …" between paragraphs (teaser18.go).
			dropped = true
			continue
		}
		if names, ok := isPhotoCreditLine(lines[i].text); ok && standsAlone(lines, i, blanks) {
			// "Фото: Иван Смирнов" where a picture stood.
			a.Authors = append(a.Authors, names...)
			dropped = true
			continue
		}
		l := lines[i]
		if dropped {
			// The line after a closing byline ("By Maria Ivanova" /
			// "Source: Reuters") starts a block of its own: joined
			// to the paragraph before the byline, it would change
			// that paragraph's text.
			l.afterBlank = true
		}
		dropped = false
		body = append(body, l)
	}
	a.Body = textBlocks(body)
	a.Authors = dedupeAuthors(a.Authors)
	for _, b := range a.Body {
		if b.Type == model.Paragraph {
			a.Description = stripDateline(b.Text)
			break
		}
	}
	textProvenance(a, i0 == 0)
	return a
}

// textProvenance records where the fields of a text article came from.
// noHeadline is true when the first sentence stands in for a headline.
func textProvenance(a *model.Draft, noHeadline bool) {
	set := func(field string, present bool, from string, conf float64) {
		if present {
			a.SetSource(field, from, conf)
		}
	}
	headlineConf := model.ConfVisible
	if noHeadline {
		headlineConf = model.ConfGuess / 2
	}
	set("headline", a.Headline != "", model.FromTextLayout, headlineConf)
	set("section", a.Section != "", model.FromTextLayout, model.ConfVisible)
	set("datePublished", !a.DatePublished.IsZero(), model.FromTextDate, model.ConfVisible)
	set("dateModified", !a.DateModified.IsZero(), model.FromTextDate, model.ConfVisible)
	set("authors", len(a.Authors) > 0, model.FromByline, model.ConfVisible)
	set("description", a.Description != "", model.FromTextLayout, model.ConfGuess)
	set("body", len(a.Body) > 0, model.FromContent, model.ConfVisible)
}

// maxHeadlineBytes is the longest first line read as a headline.
const maxHeadlineBytes = 400

// firstSentence returns the first sentence of s, cut at a word boundary to
// at most maxHeadlineBytes/2 bytes.
func firstSentence(s string) string {
	if sn := sentenceEnds(s); len(sn) > 0 {
		s = strings.TrimSpace(s[:sn[0]])
	}
	if len(s) > maxHeadlineBytes/2 {
		cut := strings.LastIndexByte(s[:maxHeadlineBytes/2], ' ')
		if cut <= 0 {
			cut = maxHeadlineBytes / 2
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
		}
		s = strings.TrimSpace(s[:cut]) + "…"
	}
	return s
}

// textBlocks groups body lines into blocks. When the text separates
// paragraphs by blank lines, lines between blanks are joined; otherwise
// each line is a paragraph. Lines starting with a bullet form lists, lines
// starting with "> " block quotations, and a short line without final
// punctuation followed by a paragraph is a heading.
func textBlocks(lines []textLine) []model.Block {
	blankSeparated := false
	for i, l := range lines {
		if i > 0 && !l.afterBlank && !isBullet(l.text) && !isBullet(lines[i-1].text) {
			// Two text lines in a row: are paragraphs blank-separated at all?
			for _, m := range lines[1:] {
				if m.afterBlank {
					blankSeparated = true
				}
			}
			break
		}
	}
	var blocks []model.Block
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if b, n := fencedCode(lines[i:]); n > 0 {
			blocks = append(blocks, b)
			i += n - 1
			continue
		}
		if b, n := pipeTable(lines[i:]); n > 0 {
			blocks = append(blocks, b)
			i += n - 1
			continue
		}
		switch {
		case isBullet(l.text):
			n := 1
			for i+n < len(lines) && isBullet(lines[i+n].text) {
				n++
			}
			blocks = appendBulletLists(blocks, lines[i:i+n])
			i += n - 1
			continue
		case l.quoteMarker:
			text := l.text
			for i+1 < len(lines) && lines[i+1].quoteMarker && !lines[i+1].afterBlank {
				i++
				text += " " + lines[i].text
			}
			blocks = append(blocks, model.Block{Type: model.Blockquote, Text: text})
			continue
		}
		text := l.text
		if blankSeparated {
			for i+1 < len(lines) && !lines[i+1].afterBlank && !isBullet(lines[i+1].text) && !lines[i+1].quoteMarker {
				i++
				text += " " + lines[i].text
			}
		}
		if len(blocks) > 0 && i+1 < len(lines) && isHeadingLine(text) {
			blocks = append(blocks, model.Block{Type: model.Heading, Text: text, Level: 2})
			continue
		}
		blocks = append(blocks, model.Block{Type: model.Paragraph, Text: text})
	}
	return blocks
}

func isBullet(s string) bool {
	for _, p := range []string{"- ", "• ", "* ", "· ", "– "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func trimBullet(s string) string { return strings.TrimSpace(s[strings.IndexByte(s, ' ')+1:]) }

// isHeadingLine reports whether a body line reads as a subheading: short,
// capitalised, with no sentence-final punctuation and no quotation.
func isHeadingLine(s string) bool {
	if len(s) > 90 {
		return false
	}
	if n := textutil.CountWords(s); n == 0 || n > 10 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?:;,»“”\"…)", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first) || unicode.IsDigit(first)
}

// rubricOverHeadline reports whether s, the line after a rubric-like
// first line, reads as the headline that rubric stands over: three words
// or more, not itself in capitals, not a date, byline or lead paragraph.
func rubricOverHeadline(s string, c *model.Config) bool {
	s = strings.TrimSpace(s)
	if isRubric(s) || textutil.CountWords(s) < 3 || len(s) > maxHeadlineBytes || isLeadLine(s) {
		return false
	}
	if _, ok := parseByline(s); ok {
		return false
	}
	if m, ok := dates.Find(s, c); ok && m.Start == 0 {
		return false
	}
	return !startsLower(s)
}

// isRubric reports whether a line is a rubric: one to four words in
// capitals, with no sentence punctuation (a line in capitals that ends
// with "!" or holds a colon is the text's own, not a rubric).
func isRubric(s string) bool {
	if len(s) > 60 || strings.ContainsAny(s, ".!?:;«»\"") {
		return false
	}
	if n := textutil.CountWords(s); n == 0 || n > 4 {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters >= 3
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// cutPrefixFold removes the first of prefixes that s starts with (ignoring
// case, unless the prefix is written in lower case), requiring a word
// boundary after it.
func cutPrefixFold(s string, prefixes []string) (string, bool) {
	return credits.CutPrefixFold(s, prefixes)
}

// The prefixes of every language table, joined once.
var (
	updatedPrefixes   = collect(func(t *lang.Table) []string { return t.Updated })
	publishedPrefixes = collect(func(t *lang.Table) []string { return t.Published })
	// enDateLabels are the English table's date labels (enLabel).
	enDateLabels = collect(func(t *lang.Table) []string {
		if t.Tag != "en" {
			return nil
		}
		return append(append([]string(nil), t.Updated...), t.Published...)
	})
)

func collect(f func(*lang.Table) []string) []string {
	var out []string
	for _, t := range lang.Languages {
		out = append(out, f(t)...)
	}
	return out
}

// maxBylineBytes is the longest list of names a byline is read for; a
// byline of several role parts may be twice as long.
const maxBylineBytes = 120

// parseByline reads a byline line ("Автор: Иван Петров", "By Jane Doe and
// John Roe") into authors.
func parseByline(s string) ([]model.Author, bool) {
	if len(s) <= 2*maxBylineBytes {
		if out, ok := parseCreditParts(s); ok {
			return out, true // (credits17.go)
		}
	}
	role, rest, ok := credits.Role(s) // a byline or role prefix of the tables
	if !ok {
		return outletWithAgency(s) // "Le Monde avec AFP" (credits17.go)
	}
	if rest == "" || len(rest) > maxBylineBytes {
		return nil, false
	}
	// A byline holds names only: reject prose.
	if last, _ := utf8.DecodeLastRuneInString(rest); last == '.' && textutil.CountWords(rest) > 6 {
		return nil, false
	}
	names := splitNames(rest)
	if len(names) == 0 {
		return nil, false
	}
	out := make([]model.Author, 0, len(names))
	for _, n := range names {
		typ := model.Person
		if lang.IsKnownOutlet(n) || lang.IsOutletLike(n, "", false) {
			typ = model.Organization
		} else {
			n = dropHonorific(recaseName(n)) // "By JANE SMITH", "By Dr. Jane Smith"
		}
		out = append(out, model.Author{Name: n, Type: typ, Role: role})
	}
	if people := slices.DeleteFunc(slices.Clone(out), func(a model.Author) bool { return a.Type == model.Organization }); role == "author" && len(people) > 0 {
		// "By Maria Rossi, Reuters": the agency after the people is
		// their employer; an organisation is the author only when it
		// alone is credited.
		out = people
	}
	return out, true
}

// splitNames splits a list of names joined by commas, semicolons, "&",
// the slash of a credit ("Fot. Jan Kowalski/PAP") or the word for "and"
// of the languages with byline tables.
func splitNames(s string) []string {
	s = nameJoiners.Replace(s)
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = strings.Trim(strings.TrimSpace(part), ".")
		if part == "" {
			continue
		}
		if !isNameLike(part) {
			// "Jane Doe, Reuters" style suffixes and job titles are dropped.
			continue
		}
		out = append(out, part)
	}
	return out
}

// nameJoiners turns the joins of a list of names into commas: "and" in
// English, Russian/Ukrainian, German, French, Spanish, Italian and Polish.
var nameJoiners = strings.NewReplacer(" and ", ",", " и ", ",", " і ", ",", " та ", ",", " und ", ",", " et ", ",",
	" y ", ",", " e ", ",", " i ", ",", " oraz ", ",", " & ", ",", ";", ",", "/", ",", " avec ", ",")

// isNameLike reports whether s is one to four capitalised words, which
// may hold the lower-case particles of Romance, German and Dutch
// surnames between them ("María García de la Vega", "Ursula von der
// Leyen").
func isNameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	caps := 0
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case deskWords[strings.ToLower(strings.Trim(w, ".,;:"))]:
			// "By Anna Smith, Chief Political Correspondent": the
			// job after the name is no second author.
			return false
		case unicode.IsUpper(r):
			caps++
		case i > 0 && i < len(words)-1 && nameParticles[w]:
		default:
			return false
		}
	}
	return caps <= 4
}

// deskWords are the words of a journalist's job title in the languages
// with byline tables, which a byline prints after the name ("Staff
// Writer", "Political Editor", "Korrespondentin", "Корреспондент"); a
// part of a byline holding one is no name.
var deskWords = map[string]bool{
	"correspondent": true, "writer": true, "editor": true, "reporter": true, "columnist": true, "contributor": true,
	"journalist": true, "critic": true, "producer": true, "staff": true, "analyst": true, "photographer": true,
	"bureau": true, "desk": true, "chief": true,
	"korrespondent": true, "korrespondentin": true, "redakteur": true, "redakteurin": true, "autorin": true,
	"correspondant": true, "correspondante": true, "rédacteur": true, "rédactrice": true, "journaliste": true,
	"corresponsal": true, "redactor": true, "redactora": true, "periodista": true,
	"corrispondente": true, "redattore": true, "redattrice": true, "giornalista": true,
	"korespondent": true, "korespondentka": true, "redaktor": true, "dziennikarz": true, "dziennikarka": true,
	"корреспондент": true, "корреспондентка": true, "редактор": true, "обозреватель": true, "журналист": true,
	"кореспондент": true, "оглядач": true, "журналістка": true,
}

// nameParticles are the lower-case particles inside surnames.
var nameParticles = map[string]bool{
	"de": true, "del": true, "della": true, "di": true, "da": true, "do": true, "dos": true, "das": true, "du": true,
	"des": true, "la": true, "le": true, "van": true, "von": true, "der": true, "den": true, "ter": true, "zu": true,
}

func dedupeAuthors(in []model.Author) []model.Author {
	var out []model.Author
	seen := map[string]bool{}
	for _, a := range in {
		k := strings.ToLower(a.Name)
		if !seen[k] {
			seen[k] = true
			out = append(out, a)
		}
	}
	return out
}

// isPlacePrefix reports whether s, the text before a date on a line, is a
// place name of up to three capitalised words followed by a comma or a
// dash ("Hamm, ", "NEW YORK – ").
func isPlacePrefix(s string) bool {
	s = strings.TrimSpace(s)
	cut := strings.TrimRight(s, ",—–-")
	if cut == s || cut == "" {
		return false
	}
	words := strings.Fields(cut)
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// appendBulletLists appends the run of bullet lines as list blocks. Items
// indented deeper than the item before them (by two spaces or a tab at
// least, as Markdown and plain-text e-mail nest lists) are a list nested
// in it, one level deeper; an item indented back to an earlier item's
// depth goes on with that item's list. Each change of level starts a new
// block with its Level, as the HTML path gives nested lists. A run whose
// items all stand at one depth, however indented, is one list.
func appendBulletLists(blocks []model.Block, run []textLine) []model.Block {
	var items []string
	stack := []int{lineIndent(run[0].raw)} // the indentation of each open level
	level := 0
	for _, l := range run {
		d := lineIndent(l.raw)
		next := level
		for len(stack) > 1 && d < stack[len(stack)-1] {
			stack = stack[:len(stack)-1] // back out to an outer item's depth
		}
		switch {
		case len(stack) == 1 && d < stack[0]:
			stack[0] = d // the first item was indented deeper than the rest
		case d >= stack[len(stack)-1]+2 && len(stack) <= model.MaxListLevel:
			stack = append(stack, d)
		}
		next = len(stack) - 1
		if next != level && len(items) > 0 {
			blocks = append(blocks, model.Block{Type: model.List, Text: strings.Join(items, "\n"), Level: level})
			items = items[:0]
		}
		level = next
		items = append(items, trimBullet(l.text))
	}
	return append(blocks, model.Block{Type: model.List, Text: strings.Join(items, "\n"), Level: level})
}

// lineIndent is the width of a line's leading white space, a tab counting
// as four spaces.
func lineIndent(raw string) int {
	n := 0
	for _, c := range raw {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}
