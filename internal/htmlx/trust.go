package htmlx

import (
	"strings"

	"github.com/articlekit/article/internal/model"
	"github.com/articlekit/article/internal/textutil"
)

// sourced is a candidate value of a field with where it was read.
type sourced struct {
	v    string
	from model.Source
}

// firstFrom returns the first candidate with a value, white space
// normalised, and its source. Every later candidate with a different
// value lowers the confidence; one with the same value raises it.
func firstFrom(cs ...sourced) (string, model.Source) {
	for i, c := range cs {
		v := textutil.NormalizeSpace(c.v)
		if v == "" {
			continue
		}
		src := c.from
		for _, o := range cs[i+1:] {
			ov := textutil.NormalizeSpace(o.v)
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
	return "", model.Source{}
}

// titleSource tells where the headline chosen by chooseTitle came from: the
// first source, in order of trust, that offers it as it is (or, for the
// <title>, with the site name around it). Sources that offer the same
// headline raise the confidence; a structured title that differs lowers
// it.
func titleSource(h string, m *PageMeta, ld ldArticle) model.Source {
	cands := []sourced{
		{ld.headline, model.Source{From: model.FromJSONLD, Confidence: model.ConfStructured}},
		{m.micro.headline, model.Source{From: model.FromMicrodata, Confidence: model.ConfStructured}},
		{m.metaValue("og:title"), model.Source{From: model.FromOpenGraph, Confidence: model.ConfMeta}},
		{m.metaValue("twitter:title", "dc.title", "title", "headline"), model.Source{From: model.FromMeta, Confidence: model.ConfMeta}},
	}
	for _, h1 := range m.h1s {
		cands = append(cands, sourced{h1, model.Source{From: model.FromH1, Confidence: model.ConfVisible}})
	}
	cands = append(cands, sourced{m.title, model.Source{From: model.FromTitleTag, Confidence: model.ConfGuess}})
	var src model.Source
	agree := 0
	for _, c := range cands {
		v := unescapeTitle(textutil.NormalizeSpace(c.v))
		switch {
		case v == "":
			continue
		case strings.EqualFold(v, h):
			agree++
			if src.From == "" {
				src = c.from
			}
		case c.from.From == model.FromTitleTag && strings.Contains(strings.ToLower(v), strings.ToLower(h)):
			// The <title> holds the headline with the site's name.
			agree++
			if src.From == "" {
				src = c.from
			}
		case c.from.Confidence >= model.ConfMeta && !strings.Contains(strings.ToLower(v), strings.ToLower(h)) && !strings.Contains(strings.ToLower(h), strings.ToLower(v)):
			src.Confidence -= 0.1 // a trusted source says something else
		}
	}
	if src.From == "" {
		// Cut from a heading or the body (a kicker dropped, the first
		// sentence standing in).
		return model.Source{From: model.FromContent, Confidence: max(0.3, model.ConfGuess+src.Confidence)}
	}
	src.Confidence = max(0.1, min(0.99, src.Confidence+0.03*float64(agree-1)))
	return src
}

// keywordSource tells which source the keywords were read from.
func keywordSource(m *PageMeta, ld ldArticle) string {
	switch {
	case len(ld.keywords) > 0:
		return model.FromJSONLD
	case len(m.metas["article:tag"]) > 0:
		return model.FromOpenGraph
	case len(m.micro.keywords) > 0:
		return model.FromMicrodata
	case len(m.metas["keywords"]) == 0 && len(m.metas["news_keywords"]) == 0 && len(m.relTags) > 0:
		return model.FromCategory // the post's rel="tag" links
	}
	return model.FromMeta
}
