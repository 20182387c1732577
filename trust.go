package article

import "time"

// Confidences given to each kind of source when it stands alone. Sources
// that agree with each other raise a field's confidence; a disagreement
// lowers it (see settle).
const (
	confStructured = 0.95 // JSON-LD, microdata
	confMeta       = 0.85 // OpenGraph, article:*, Dublin Core, named meta tags
	confVisible    = 0.8  // <time>, bylines, <h1>, text datelines and layout
	confGuess      = 0.6  // <title> with the site name stripped, a date in the URL or the text
)

// setSource records where field's value came from, with the confidence
// kept within (0, 1].
func (a *Article) setSource(field, from string, confidence float64) {
	if a.Provenance == nil {
		a.Provenance = map[string]Source{}
	}
	a.Provenance[field] = Source{From: from, Confidence: round2(min(1, max(0.01, confidence)))}
}

// round2 keeps two decimals, so that JSON output stays short and stable.
func round2(x float64) float64 {
	return float64(int(x*100+0.5)) / 100
}

// earliestDate is the year before which a date is believed only when a
// structured source gives it.
const earliestDate = 1990

// explicitDateSource reports whether a date's source states it as the
// article's date, rather than the parser finding it in text.
func explicitDateSource(from string) bool {
	switch from {
	case FromJSONLD, FromMicrodata, FromOpenGraph, FromMeta, FromTimeElement, FromTextDate:
		// (A text article's dateline states its date as plainly as a
		// tag does: a 1987 wire story printed «26.02.1987 | 15:49» keeps
		// it.)
		return true
	}
	return false
}

// checkDates drops dates that cannot be the article's: after the reference
// time (with a day of slack for zones), before 1990 unless a structured
// source says so, and a modification before the publication.
func checkDates(a *Article, c *config) {
	limit := c.RefTime.Add(24 * time.Hour)
	for _, f := range []struct {
		name string
		d    *Date
	}{{"datePublished", &a.DatePublished}, {"dateModified", &a.DateModified}} {
		if f.d.IsZero() {
			continue
		}
		src := a.Provenance[f.name]
		if f.d.Time.After(limit) || (f.d.Time.Year() < earliestDate && !explicitDateSource(src.From)) {
			*f.d = Date{}
			delete(a.Provenance, f.name)
		}
	}
	if !a.DateModified.IsZero() && !a.DatePublished.IsZero() && a.DateModified.Time.Before(a.DatePublished.Time.Add(-24*time.Hour)) {
		a.DateModified = Date{}
		delete(a.Provenance, "dateModified")
	}
}

// dropUnsure clears every field but the headline and the body whose
// confidence is below min.
func dropUnsure(a *Article, min float64) {
	for field, src := range a.Provenance {
		if src.Confidence >= min {
			continue
		}
		switch field {
		case "datePublished":
			a.DatePublished = Date{}
		case "dateModified":
			a.DateModified = Date{}
		case "authors":
			a.Authors = nil
		case "section":
			a.Section = ""
		case "description":
			a.Description = ""
		case "language":
			a.Language = ""
		case "images":
			a.Images = nil
		case "publisher":
			a.Publisher = nil
		case "keywords":
			a.Keywords = nil
		case "url":
			a.URL = ""
		default:
			continue // headline and body stay
		}
		delete(a.Provenance, field)
	}
}
