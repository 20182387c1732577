package htmlx

import (
	"regexp"
	"strings"
	"time"

	"github.com/articlekit/article/internal/dates"

	"github.com/articlekit/article/internal/model"
)

func plausibleYear(d model.Date) bool {
	y := d.Time.Year()
	return y >= 1990 && y <= 2100
}

// statedYear is plausibleYear for a date a source states as the
// article's (structured data, meta tags, <time> elements): an archive's
// page of 1985 keeps its date, as the README promises, but not the
// defaults of an unset field that content systems print (the Unix epoch,
// 1970-01-01 in any zone, the first day of 1900 or 1901, 1899-12-30 and
// 31), nor a year
// before 1800.
func statedYear(d model.Date) bool {
	if plausibleYear(d) {
		return true
	}
	t := d.Time
	switch {
	case t.Year() < 1800 || t.Year() > 2100:
		return false
	case t.Year() == 1970 && t.YearDay() == 1, t.Year() == 1969 && t.Month() == time.December && t.Day() == 31:
		return false
	case (t.Year() == 1900 || t.Year() == 1901) && t.YearDay() == 1:
		return false
	case t.Year() == 1899 && t.Month() == time.December && t.Day() >= 30:
		// The zero date of OLE Automation, .NET and Delphi.
		return false
	}
	return true
}

// chooseDate picks the publication date: structured data first, then meta
// tags, <time> elements, the address, and dates printed in date lines.
func chooseDate(m *PageMeta, ld ldArticle, headline string, c *model.Config) (model.Date, model.Source) {
	og := m.metaValue("article:published_time", "og:published_time", "og:article:published_time", "article:published", "published_time")
	generic := []string{m.metaValue("datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
		"date_published", "pub_date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
		"sailthru.date", "parsely-pub-date", "article.published", "article_date_original", "citation_publication_date",
		"citation_date", "originalpublicationdate", "cxenseparse:recs:publishtime", "release_date", "created")}
	values := func(ss []string) model.Date {
		for _, s := range ss {
			if d, ok := readDate(s, c); ok && plausibleYear(d) {
				return d
			}
		}
		return model.Date{}
	}
	// stated is values for the sources that state a date as the
	// article's (statedYear).
	stated := func(ss []string) model.Date {
		for _, s := range ss {
			if d, ok := readDate(s, c); ok && statedYear(d) {
				return d
			}
		}
		return model.Date{}
	}
	// listed is set when date lines give three or more different days:
	// the dates of a list of teasers or posts, of which the first is the
	// article's only on a good day.
	listed := false
	// order is how the page writes day and month in numeric dates.
	order := m.dateOrder(c)
	// updated is set when the first date of the last date lines read
	// follows an update label ("Updated Nov 13, 2019").
	updated := false
	spans := &dateSpans{c: c} // date lines are read more than once
	// ups are the dates the header prints after an update label
	// ("Updated March 5, 2025", "mis à jour le 6 mars"): an update's
	// date is the modification date, never the publication's.
	// A day later than every update the header prints cannot be the
	// publication's either (a masthead's "today" over "last updated:
	// January 13").
	var ups, allUps []model.Date
	upsRead := false
	updates := func() []model.Date {
		if !upsRead {
			ups, allUps, upsRead = m.updatedDates(c, order, false), m.updatedDates(c, order, true), true
		}
		return ups
	}
	ruledOut := func(d model.Date) bool {
		return isUpdatedDate(d, updates()) || afterUpdates(d, allUps)
	}
	notUpdate := func(d model.Date) model.Date {
		if !d.IsZero() && ruledOut(d) {
			return model.Date{}
		}
		return d
	}
	texts := func(ss []string) model.Date {
		var first model.Date
		updated = false
		days := map[dayKey]bool{}
		for i, s := range ss {
			d, at, _, ok := spans.span(s, c, true, order)
			if !ok || !plausibleYear(d) || ruledOut(d) {
				continue
			}
			// An element inside this one that holds a date of its own
			// is the date element; the outer text may open with another
			// date (an event's, in the headline).
			if i+1 < len(ss) && ss[i+1] != s && strings.Contains(s, ss[i+1]) {
				if _, _, ok := spans.date(ss[i+1], c, true); ok {
					continue
				}
			}
			if first.IsZero() {
				first = d
				updated = isUpdateLabel(s[:at])
			}
			days[dayOf(d)] = true
			if len(days) >= 3 {
				// first is set and listed will be: the lines left can
				// change neither.
				break
			}
		}
		listed = listed || len(days) >= 3
		return first
	}
	// Structured data first, then <time> elements, then the date lines a
	// reader sees (which beat loosely named meta tags), then the address,
	// page scripts and dates printed next to the headline.
	steps := []dateStep{
		{model.Source{From: model.FromJSONLD, Confidence: model.ConfStructured}, func() model.Date { return localized(stated([]string{ld.datePublished}), m.times) }},
		{model.Source{From: model.FromOpenGraph, Confidence: model.ConfMeta}, func() model.Date { return localized(stated([]string{og}), m.times) }},
		{model.Source{From: model.FromMicrodata, Confidence: model.ConfStructured}, func() model.Date { return localized(stated([]string{m.micro.datePublished}), m.times) }},
		{model.Source{From: model.FromTimeElement, Confidence: model.ConfVisible}, func() model.Date { return notUpdate(values(m.times)) }},
		{model.Source{From: model.FromDateLine, Confidence: model.ConfVisible}, func() model.Date {
			d := texts(m.headDateLines())
			return notUpdate(earlierUnder(d, m.dateUnderHeadline(c, order, d, spans)))
		}},
		// Bylines often carry the date ("Von Anna Muster am 21. April 2020").
		{model.Source{From: model.FromByline, Confidence: model.ConfVisible}, func() model.Date { return texts(m.bylines) }},
		{model.Source{From: model.FromMeta, Confidence: model.ConfGuess + 0.1}, func() model.Date { return values(generic) }},
		{model.Source{From: model.FromURL, Confidence: model.ConfGuess}, func() model.Date { return UrlDate(m, c) }},
		{model.Source{From: model.FromScript, Confidence: model.ConfGuess - 0.1}, func() model.Date { return values(m.scriptDateValues()) }},
		{model.Source{From: model.FromByline, Confidence: model.ConfGuess - 0.1}, func() model.Date { return notUpdate(bylineNextDate(m, c)) }},
		{model.Source{From: model.FromDateLine, Confidence: model.ConfGuess - 0.1}, func() model.Date { return notUpdate(textDate(m, c)) }},
		{model.Source{From: model.FromDateLine, Confidence: model.ConfGuess - 0.1}, func() model.Date { return notUpdate(labelledDate(m.text, c, m.dateOrder(c))) }},
		// Last, the date lines left out above for standing far from the
		// headline: with nothing else, one of them is likelier right
		// than no date (the headline located may be a site's name).
		{model.Source{From: model.FromDateLine, Confidence: model.ConfGuess - 0.2}, func() model.Date { return texts(m.dateTexts) }},
		// Then the date line over the page's first paragraph of prose
		// (date_lead.go), for pages whose headline was not located.
		{model.Source{From: model.FromDateLine, Confidence: model.ConfGuess - 0.2}, func() model.Date { return notUpdate(leadDateLine(m, c, order)) }},
		// Last of all, the date of an update line when the page prints
		// no other ("Last updated: 01/14/2008"): the article is no
		// younger than its last update, and old CMSs print that date
		// alone. It is the modification date all the same.
		{model.Source{From: model.FromDateLine, Confidence: model.ConfGuess - 0.2}, func() model.Date {
			if ds := m.updatedDates(c, order, true); len(ds) > 0 {
				return ds[0]
			}
			return model.Date{}
		}},
	}
	// Each source is read at most once.
	var got [16]model.Date
	var done [16]bool
	read := func(k int) model.Date {
		if !done[k] {
			got[k], done[k] = steps[k].f(), true
		}
		return got[k]
	}
	d, src := firstDate(steps, read, func() bool { return listed }, func() bool { return updated }, timesListed(m.times))
	return withPrintedClock(d, src, read), src
}

// headDateLines returns the date lines that may be the article's: with
// the headline located in the page text, a date line that stands well
// above it (more than dateBeforeH1 visible characters: a masthead's
// "today", a ticker over the navigation) is left out, and the first date
// line after the headline, when near it, is put first.
func (m *PageMeta) headDateLines() []string {
	if len(m.dateAt) != len(m.dateTexts) || m.headEnd <= m.headAt || m.headAt < 0 {
		return m.dateTexts
	}
	start, end := m.headAt, m.headEnd
	far := BackVisible(m.text, start, dateBeforeH1)
	near := ForwardVisible(m.text, end, dateAfterH1)
	var before, after []string
	for i, t := range m.dateTexts {
		switch at := m.dateAt[i]; {
		case at < far:
		case at >= end && at <= near:
			after = append(after, t)
		default:
			before = append(before, t)
		}
	}
	if len(after)+len(before) == 0 {
		return nil
	}
	return append(after, before...)
}

// dateStep is one source of chooseDate: how far it is trusted and how it is
// read.
type dateStep struct {
	from model.Source
	f    func() model.Date
}

// firstDate returns the date of the first of steps that gives one, as
// chooseDate ranks them; read(k) reads step k once. listed and updated
// report what the last date lines read said (a list of days; an update's
// date), timesListed whether the <time> elements are a list.
func firstDate(steps []dateStep, read func(int) model.Date, listed, updated func() bool, timesListed bool) (model.Date, model.Source) {
	// listFirst is the first date of date lines or bylines that list
	// many days, taken only when no later source gives a date.
	var listFirst model.Date
	for k, st := range steps {
		d := read(k)
		if d.IsZero() {
			continue
		}
		// Date lines or bylines that give many days are those of a list
		// of teasers: a later source (a meta tag, the address, a date
		// printed beside the headline) is more likely the article's.
		if listed() && (k == stepDateLine || k == stepDateLine+1) {
			if listFirst.IsZero() {
				listFirst = d
			}
			continue
		}
		// A structured date that the page's date line contradicts gives
		// way when another publication source (OpenGraph, microdata,
		// <time>, a meta tag) agrees with the date line: two sources a
		// reader can check against one.
		if k < 3 {
			if o, src, ok := corroborated(d, k, read, updated, listed, timesListed); ok {
				return o, src
			}
		}
		// Other sources that give a day confirm or contradict it.
		src := st.from
		for j := k + 1; j < confirmSteps; j++ {
			if o := read(j); !o.IsZero() {
				if sameDay(o, d) {
					src.Confidence = min(0.99, src.Confidence+0.03)
				} else {
					src.Confidence -= 0.2
				}
			}
		}
		return d, src
	}
	if !listFirst.IsZero() {
		return listFirst, model.Source{From: model.FromDateLine, Confidence: model.ConfGuess}
	}
	return model.Date{}, model.Source{}
}

// Indexes of chooseDate's steps that corroborated consults.
const (
	stepTime     = 3 // <time> elements
	stepDateLine = 4 // dates printed in date lines
	stepByline   = 5 // dates printed in bylines
	stepMeta     = 6 // loosely named meta tags
)

// corroborated returns the day the date line gives when it differs from d
// (read at step k) and another of the first sources or the meta tags
// agree with it.
// With no date line, a byline's date stands for it. A date line that
// gives an update's date ("Updated Nov 13") does not count, nor do date
// lines or bylines that list many days, nor <time> elements that span
// many days (a list of teasers, a clock in the header).
func corroborated(d model.Date, k int, read func(int) model.Date, lineUpdated, lineListed func() bool, timesListed bool) (model.Date, model.Source, bool) {
	line := read(stepDateLine)
	if line.IsZero() {
		// A byline that carries the date ("04.02.2022 | 15:33 Uhr | Von
		// Anna Muster") is the page's date line.
		line = read(stepByline)
	}
	if line.IsZero() || sameDay(line, d) || lineUpdated() || lineListed() {
		return model.Date{}, model.Source{}, false
	}
	for j := 0; j <= stepMeta; j++ {
		if j == k || j == stepDateLine || j == stepByline || j == stepTime && timesListed {
			continue
		}
		if o := read(j); !o.IsZero() && sameDay(o, line) {
			return o, model.Source{From: model.FromDateLine, Confidence: model.ConfVisible}, true
		}
	}
	return model.Date{}, model.Source{}, false
}

// isUpdateLabel reports whether the text before a date ends in, or holds,
// an update label.
func isUpdateLabel(before string) bool {
	low := strings.ToLower(before)
	for _, w := range []string{"updated", "update:", "aktualisiert", "mis à jour", "actualizado", "aggiornato", "editiert", "geändert", "modified", "last edited"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// timesListed reports whether the <time> elements of a page are those of
// a list (teasers, a ticker): three or more days, or five or more elements
// on more than one day.
func timesListed(times []string) bool {
	return spansDays(times, 3) || len(times) >= 5 && spansDays(times, 2)
}

// spansDays reports whether the date values ss give n or more different
// days.
func spansDays(ss []string, n int) bool {
	days := map[dayKey]bool{}
	for _, s := range ss {
		if d, ok := readDate(s, nil); ok {
			days[dayOf(d)] = true
		}
	}
	return len(days) >= n
}

func sameDay(a, b model.Date) bool {
	return dayOf(a) == dayOf(b)
}

// confirmSteps is how many of chooseDate's first sources (structured data,
// <time>, date lines) are asked whether they agree with the date chosen.
const confirmSteps = 5

// localized returns d in the page's own time zone when d is given in UTC
// and a <time> element gives the same instant with the zone's offset
// ("2022-05-04T03:37Z" is "2022-05-03T23:37-04:00" where it was written).
func localized(d model.Date, times []string) model.Date {
	if d.IsZero() || !d.HasClock || !d.HasZone {
		return d
	}
	if _, off := d.Time.Zone(); off != 0 {
		return d
	}
	for _, s := range times {
		if t, ok := dates.ParseISO(s); ok && t.HasZone && t.Time.Equal(d.Time) {
			if _, off := t.Time.Zone(); off != 0 {
				return t
			}
		}
	}
	// A <time> that gives the same instant as a wall-clock reading with
	// no zone ("2023-11-08 23:30:59" for "2023-11-09T05:30:59Z"): the same
	// minute and second, a whole number of quarter hours away, at most
	// 14 hours.
	for _, s := range times {
		t, ok := dates.ParseISO(s)
		if !ok || t.HasZone || !t.HasClock {
			continue
		}
		diff := d.Time.Sub(t.Time)
		if diff != 0 && diff.Abs() <= 14*time.Hour && diff%(15*time.Minute) == 0 && t.Time.Second() == d.Time.Second() && t.Time.Minute()%15 == d.Time.Minute()%15 {
			return t
		}
	}
	return d
}

// UrlDate reads a date from the page address (/2021/03/14/), else one
// with the year last (/29-10-2021, _vom_22.04.2020_), read day first or
// month first as the numbers or the page's language tell.
func UrlDate(m *PageMeta, c *model.Config) model.Date {
	urls := []string{m.Canonical, m.metaValue("og:url"), c.URL}
	for _, u := range urls {
		for _, re := range []*regexp.Regexp{reURLDate, reURLDateSolid} {
			if g := re.FindStringSubmatch(u); g != nil {
				s := g[1] + "-" + dates.TwoDigits(g[2]) + "-" + dates.TwoDigits(g[3])
				if d, ok := dates.ParseISO(s); ok && plausibleYear(d) {
					return d
				}
			}
		}
	}
	order := m.dateOrder(c)
	for _, u := range urls {
		g := reURLDateDayFirst.FindStringSubmatch(u)
		if g == nil {
			continue
		}
		a, b := dates.Atoi(g[1]), dates.Atoi(g[2])
		day, mon := a, b
		switch {
		case a > 12:
		case b > 12:
			day, mon = b, a
		case order == dayFirst:
		case order == monthFirst:
			day, mon = b, a
		default:
			continue
		}
		if d, ok := makeDay(dates.Atoi(g[3]), mon, day); ok && plausibleYear(d) {
			return d
		}
	}
	return model.Date{}
}

// reURLDateDayFirst matches a date with the year last in an address
// (/29-10-2021, _22.04.2020_), day and month written with two digits
// ("covid-19-3-2021-update" holds no date).
var reURLDateDayFirst = regexp.MustCompile(`[/_-]([0-3]\d)[-_.]([0-3]\d)[-_.]((?:19|20)\d{2})(?:[/._-]|$)`)

// Bounds of the page-text date search around the first <h1>: a date line
// sits just above or below the headline.
const (
	dateAfterH1  = 1500
	dateBeforeH1 = 400
)

// textDate is the last resort: a date printed next to the headline (the
// first after it, else the last just before it).
func textDate(m *PageMeta, c *model.Config) model.Date {
	// Where the chosen headline stands, else the first <h1>.
	at, _, ok := m.headSpan()
	if !ok {
		return model.Date{}
	}
	t := m.text
	end := min(len(t), at+dateAfterH1)
	order := m.dateOrder(c)
	after, afterAt, _, afterOK := AnyDateSpan(t[at:end], c, true, order)
	afterOK = afterOK && plausibleYear(after)
	// The bound counts visible characters: a page laid out with deep
	// indentation puts thousands of spaces between a date and the
	// headline.
	start := BackVisible(t, at, dateBeforeH1)
	// Each date is read whole before the search goes on past it: from
	// its second character, "24. April 2020" would read as 4 April 2020.
	var last model.Date
	lastLabelled := false
	for s := t[start:at]; ; {
		d, dAt, end, ok := AnyDateSpan(s, c, true, order)
		if !ok {
			break
		}
		if plausibleYear(d) {
			last, lastLabelled = d, isPublishLabel(s[max(0, dAt-publishLabelReach):dAt])
		}
		s = s[end:]
	}
	// The first date after the headline, unless it has no label and the
	// last before it is labelled as the publication's ("Posted on Fri,
	// Jan. 18, 2008" over the headline, a caption's "June 3, 2007, file
	// photo" under it).
	if afterOK && (!lastLabelled || isPublishLabel(t[at : at+afterAt][max(0, afterAt-publishLabelReach):])) {
		return after
	}
	return last
}

// publishLabelReach is how many bytes before a date are searched for a
// publication label.
const publishLabelReach = 24

// isPublishLabel reports whether the text before a date ends in a label
// that names the publication ("Posted on", "Published:", "Print Date :").
func isPublishLabel(before string) bool {
	low := strings.ToLower(before)
	for _, w := range []string{"posted", "published", "publish date", "print date", "date:", "date :", "veröffentlicht", "publié", "publicado", "pubblicato"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// bylineNextDate returns a date printed right after a byline that holds
// only the author's name, in the line around it ("Posted by <span
// class=author>Ann</span> on 24 July 2017", "Gespeichert von <span
// class=username>ann</span> am 24. Juli 2017 - 18:55").
func bylineNextDate(m *PageMeta, c *model.Config) model.Date {
	order := m.dateOrder(c)
	for i, b := range m.bylines {
		if i >= len(m.bylineAt) {
			break
		}
		start := m.bylineAt[i]
		if start >= len(m.text) {
			continue
		}
		if _, _, ok := AnyDate(b, c, true); ok {
			continue // a byline with a date of its own: the byline step's
		}
		// The byline's own text, with the page text's line breaks, then
		// a word or two ("am", "on", "|") before the date.
		reach := len(b) + 2*strings.Count(b, " ") + bylineDateGap
		end := min(len(m.text), start+reach+40)
		if d, at, _, ok := AnyDateSpan(m.text[start:end], c, true, order); ok && at <= reach && plausibleYear(d) {
			return d
		}
	}
	return model.Date{}
}

// bylineDateGap bounds the text between a byline and the date after it.
const bylineDateGap = 12
