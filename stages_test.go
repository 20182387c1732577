package article

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/articlekit/article/internal/model"
)

// TestModelMirrorsAPI checks that the values the stages write (package
// model) are the ones the Article documents: the public constants keep
// their literal values here, where a reader of the API sees them, and
// model mirrors them for the stages.
func TestModelMirrorsAPI(t *testing.T) {
	pairs := []struct{ api, stage string }{
		{FromJSONLD, model.FromJSONLD}, {FromMicrodata, model.FromMicrodata}, {FromOpenGraph, model.FromOpenGraph},
		{FromMeta, model.FromMeta}, {FromTimeElement, model.FromTimeElement}, {FromDateLine, model.FromDateLine},
		{FromScript, model.FromScript}, {FromByline, model.FromByline}, {FromTitleTag, model.FromTitleTag},
		{FromBreadcrumb, model.FromBreadcrumb}, {FromCategory, model.FromCategory}, {FromH1, model.FromH1},
		{FromHTMLLang, model.FromHTMLLang}, {FromTextDate, model.FromTextDate}, {FromTextLayout, model.FromTextLayout},
		{FromContent, model.FromContent}, {FromURL, model.FromURL}, {FromDetected, model.FromDetected}, {FromOverruled, model.FromOverruled},
		{FromCaller, model.FromCaller},
		{Person, model.Person}, {Organization, model.Organization},
		{string(Paragraph), string(model.Paragraph)}, {string(Heading), string(model.Heading)},
		{string(List), string(model.List)}, {string(Blockquote), string(model.Blockquote)},
		{string(Table), string(model.Table)}, {string(Code), string(model.Code)}, {string(Figure), string(model.Figure)},
		{string(SpanLink), string(model.SpanLink)}, {string(SpanEmphasis), string(model.SpanEmphasis)},
		{string(SpanStrong), string(model.SpanStrong)}, {string(SpanCode), string(model.SpanCode)},
		{string(KindArticle), string(model.KindArticle)}, {string(KindList), string(model.KindList)},
		{string(KindEmpty), string(model.KindEmpty)}, {string(KindPaywalled), string(model.KindPaywalled)},
		{string(KindNotArticle), string(model.KindNotArticle)},
	}
	for _, p := range pairs {
		if p.api != p.stage {
			t.Errorf("the API says %q where the stages write %q", p.api, p.stage)
		}
	}
	if ErrEncoding != model.ErrEncoding || ErrNotArticle != model.ErrNotArticle {
		t.Error("the root's sentinel errors are not the stages' own")
	}
}

// TestFromDraftCopiesEveryField fills every field of a Draft and checks
// that fromDraft carries each into the Article.
func TestFromDraftCopiesEveryField(t *testing.T) {
	d := &model.Draft{
		URL: "https://example.com/a", Headline: "h", Section: "s", Description: "d",
		DatePublished: model.Date{HasClock: true}, DateModified: model.Date{HasZone: true},
		Authors:   []model.Author{{Name: "A", URL: "u", Type: model.Person, Role: "r"}},
		Publisher: &model.Publisher{Name: "P", URL: "pu", Logo: "pl"},
		Body: []model.Block{{Type: model.Heading, Text: "t", Level: 2,
			Spans: []model.Span{{Type: model.SpanLink, Start: 0, End: 1, URL: "lu", Anchor: "t"}}},
			{Type: model.Table, Text: "a\tb", Rows: [][]string{{"a", "b"}}, Header: true, Caption: "tc"},
			{Type: model.Code, Text: "x := 1", Language: "go"},
			{Type: model.Figure, Image: &model.Image{URL: "fu", Caption: "fc", Alt: "fa", Credit: "fr"}}},
		Quotes:  []model.Quote{{Text: "q", Speaker: "s", Block: 1, Partial: true}},
		Sources: []string{"src"}, Keywords: []string{"k"},
		Images:   []model.Image{{URL: "iu", Caption: "c", Alt: "a", Credit: "cr"}},
		Language: "en", WordCount: 7, Kind: model.KindList, ContentHash: "x",
		Provenance: map[string]model.Source{"headline": {From: model.FromH1, Confidence: 0.8}},
	}
	a := fromDraft(d)
	want := &Article{
		URL: "https://example.com/a", Headline: "h", Section: "s", Description: "d",
		DatePublished: Date{HasClock: true}, DateModified: Date{HasZone: true},
		Authors:   []Author{{Name: "A", URL: "u", Type: Person, Role: "r"}},
		Publisher: &Publisher{Name: "P", URL: "pu", Logo: "pl"},
		Body: []Block{{Type: Heading, Text: "t", Level: 2,
			Spans: []Span{{Type: SpanLink, Start: 0, End: 1, URL: "lu"}}},
			{Type: Table, Text: "a\tb", Rows: [][]string{{"a", "b"}}, Header: true, Caption: "tc"},
			{Type: Code, Text: "x := 1", Language: "go"},
			{Type: Figure, Image: &Image{URL: "fu", Caption: "fc", Alt: "fa", Credit: "fr"}}},
		Quotes:  []Quote{{Text: "q", Speaker: "s", Block: 1, Partial: true}},
		Sources: []string{"src"}, Keywords: []string{"k"},
		Images:   []Image{{URL: "iu", Caption: "c", Alt: "a", Credit: "cr"}},
		Language: "en", WordCount: 7, Kind: KindList, ContentHash: "x",
		Provenance: map[string]Source{"headline": {From: FromH1, Confidence: 0.8}},
	}
	if diff := cmp.Diff(want, a); diff != "" {
		t.Errorf("fromDraft (-want +got):\n%s", diff)
	}
	if b := fromDraft(&model.Draft{}); b.Authors != nil || b.Body != nil || b.Publisher != nil || b.Provenance != nil {
		t.Errorf("fromDraft of an empty Draft made empty slices or maps: %+v", b)
	}
}
