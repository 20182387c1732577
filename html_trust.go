package article

import "strings"

// sourced is a candidate value of a field with where it was read.
type sourced struct {
	v    string
	from Source
}

// firstFrom returns the first candidate with a value, white space
// normalised, and its source. Every later candidate with a different
// value lowers the confidence; one with the same value raises it.
func firstFrom(cs ...sourced) (string, Source) {
	for i, c := range cs {
		v := normalizeSpace(c.v)
		if v == "" {
			continue
		}
		src := c.from
		for _, o := range cs[i+1:] {
			ov := normalizeSpace(o.v)
			switch {
			case ov == "":
			case strings.EqualFold(ov, v):
				src.Confidence = min(0.99, src.Confidence+0.03)
			default:
				src.Confidence -= 0.1
			}
		}
		return v, src
	}
	return "", Source{}
}

// titleSource tells where the headline chosen by chooseTitle came from: the
// first source, in order of trust, that offers it as it is (or, for the
// <title>, with the site name around it). Sources that offer the same
// headline raise the confidence; a structured title that differs lowers
// it.
func titleSource(h string, m *pageMeta, ld ldArticle) Source {
	cands := []sourced{
		{ld.headline, Source{FromJSONLD, confStructured}},
		{m.micro.headline, Source{FromMicrodata, confStructured}},
		{m.metaValue("og:title"), Source{FromOpenGraph, confMeta}},
		{m.metaValue("twitter:title", "dc.title", "title", "headline"), Source{FromMeta, confMeta}},
	}
	for _, h1 := range m.h1s {
		cands = append(cands, sourced{h1, Source{FromH1, confVisible}})
	}
	cands = append(cands, sourced{m.title, Source{FromTitleTag, confGuess}})
	var src Source
	agree := 0
	for _, c := range cands {
		v := unescapeTitle(normalizeSpace(c.v))
		switch {
		case v == "":
			continue
		case strings.EqualFold(v, h):
			agree++
			if src.From == "" {
				src = c.from
			}
		case c.from.From == FromTitleTag && strings.Contains(strings.ToLower(v), strings.ToLower(h)):
			// The <title> holds the headline with the site's name.
			agree++
			if src.From == "" {
				src = c.from
			}
		case c.from.Confidence >= confMeta && !strings.Contains(strings.ToLower(v), strings.ToLower(h)) && !strings.Contains(strings.ToLower(h), strings.ToLower(v)):
			src.Confidence -= 0.1 // a trusted source says something else
		}
	}
	if src.From == "" {
		// Cut from a heading or the body (a kicker dropped, the first
		// sentence standing in).
		return Source{FromContent, max(0.3, confGuess+src.Confidence)}
	}
	src.Confidence = max(0.1, min(0.99, src.Confidence+0.03*float64(agree-1)))
	return src
}

// keywordSource tells which source the keywords were read from.
func keywordSource(m *pageMeta, ld ldArticle) string {
	switch {
	case len(ld.keywords) > 0:
		return FromJSONLD
	case len(m.metas["article:tag"]) > 0:
		return FromOpenGraph
	case len(m.micro.keywords) > 0:
		return FromMicrodata
	}
	return FromMeta
}
