package htmlx

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
	"github.com/google/go-cmp/cmp"
)

// TestPictureBlocksAndCredits: French credits with a space before the
// colon, picture blocks of plain elements, a credit paragraph under a
// figure, gallery captions, and what is not a picture block.
func TestPictureBlocksAndCredits(t *testing.T) {
	for _, c := range []struct {
		name, inner string
		want        []model.Image // the figures, in order
		gone        []string      // texts that must not be body paragraphs
	}{
		{"French credit, space before the colon", `<figure><img src="/img/quai.jpg"><figcaption>Le quai de la gare, mardi. Photo : Luc Bernard / AFP</figcaption></figure>`,
			[]model.Image{{URL: "https://example.com/img/quai.jpg", Caption: "Le quai de la gare, mardi.", Credit: "Photo : Luc Bernard / AFP"}}, nil},
		{"French credit, no-break space before the colon", "<figure><img src=\"/img/quai.jpg\"><figcaption>Le quai. Crédit photo\u00a0: Luc Bernard</figcaption></figure>",
			[]model.Image{{URL: "https://example.com/img/quai.jpg", Caption: "Le quai.", Credit: "Crédit photo : Luc Bernard"}}, nil},
		{"picture block of divs with classes", `<div class="article-img"><img src="/img/dam.jpg" alt="Плотина"><div class="img-desc">Плотина на реке после ремонта</div><div class="img-author">Фото: Ольга Петрова</div></div>`,
			[]model.Image{{URL: "https://example.com/img/dam.jpg", Alt: "Плотина", Caption: "Плотина на реке после ремонта", Credit: "Фото: Ольга Петрова"}},
			[]string{"Фото: Ольга Петрова"}},
		{"picture block of plain divs", `<div><a href="/img/dam-big.jpg"><img src="/img/dam.jpg"></a><div>The dam after the repairs</div><div>Photo: Anna Berg</div></div>`,
			[]model.Image{{URL: "https://example.com/img/dam.jpg", Caption: "The dam after the repairs", Credit: "Photo: Anna Berg"}},
			[]string{"Photo: Anna Berg"}},
		{"credit paragraph right after a figure", `<figure><img src="/img/square.jpg"><figcaption>Площа біля ратуші</figcaption></figure><p>Фото: Андрій Коваль</p>`,
			[]model.Image{{URL: "https://example.com/img/square.jpg", Caption: "Площа біля ратуші", Credit: "Фото: Андрій Коваль"}},
			[]string{"Фото: Андрій Коваль"}},
		{"WordPress gallery caption", `<figure class="wp-block-gallery has-nested-images"><figure class="wp-block-image"><img src="/img/g1.jpg"></figure><figure class="wp-block-image"><img src="/img/g2.jpg"><figcaption>Sandbags at the gate.</figcaption></figure><figcaption class="blocks-gallery-caption">The flood defences. Photos: Tom Reed</figcaption></figure>`,
			[]model.Image{{URL: "https://example.com/img/g1.jpg", Caption: "The flood defences.", Credit: "Photos: Tom Reed"}, {URL: "https://example.com/img/g2.jpg", Caption: "Sandbags at the gate.", Credit: "Photos: Tom Reed"}}, nil},
		{"a box with a long paragraph is no picture block", `<div><img src="/img/road.jpg"><p>` + strings.Repeat("The road was closed for the whole week while the crews worked on the bridge. ", 5) + `</p><p>Photo: Anna Berg</p></div>`,
			[]model.Image{{URL: "https://example.com/img/road.jpg"}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			body := checkFigures(t, c.inner, c.want)
			for _, b := range body {
				for _, g := range c.gone {
					if b.Type != model.Figure && b.Text == g {
						t.Errorf("%q stayed a body block", g)
					}
				}
			}
		})
	}
}

// checkFigures extracts structPage(inner) and compares its figures with
// want; it returns the body.
func checkFigures(t *testing.T, inner string, want []model.Image) []model.Block {
	t.Helper()
	d, err := Extract(structPage(inner), &model.Config{URL: "https://example.com/news/budget.html"})
	if err != nil {
		t.Fatal(err)
	}
	var got []model.Image
	for _, b := range blocksOf(d.Body, model.Figure) {
		got = append(got, *b.Image)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
	return d.Body
}

// TestCreditLineNotAfterFigure: a credit line that follows text, not a
// figure, is left where it is (figureLines takes only the lines under a
// figure).
func TestCreditLineNotAfterFigure(t *testing.T) {
	body := []model.Block{{Type: model.Paragraph, Text: "The council met."}, {Type: model.Paragraph, Text: "Photo: Anna Berg"}}
	if got := figureLines(append([]model.Block(nil), body...)); len(got) != 2 {
		t.Errorf("figureLines = %v, want both paragraphs", got)
	}
	fig := []model.Block{{Type: model.Figure, Image: &model.Image{URL: "https://example.com/a.jpg", Credit: "Reuters"}}, {Type: model.Paragraph, Text: "Photo: Anna Berg"}}
	got := figureLines(fig)
	if len(got) != 1 || got[0].Image.Credit != "Reuters" {
		t.Errorf("figureLines = %+v, want the figure with its own credit kept", got)
	}
	if fig[0].Image.Credit != "Reuters" {
		t.Error("figureLines changed its input's image")
	}
}

// TestAuthorHeadshotNotAPicture: an author's head-shot in a byline or an
// author box (by the class of the picture or its wrapper, an alt text
// that says so, or an alt that is the author's name) is neither a figure
// nor among the article's images; a story picture with a caption is.
func TestAuthorHeadshotNotAPicture(t *testing.T) {
	for _, c := range []struct {
		name, header string
	}{
		{"ghost profile image", `<div class="article-meta"><a href="/author/ann/"><img class="author-profile-image" src="/content/ann.jpg" alt="Ann Lee"></a><span>Ann Lee</span></div>`},
		{"wordpress avatar", `<div class="entry-meta"><img alt="" src="https://secure.gravatar.example/avatar/ab12?s=96" class="avatar avatar-96 photo" height="96" width="96"> By Ann Lee</div>`},
		{"byline wrapper", `<div class="byline"><div class="pic"><img src="/people/ann-lee.jpg"></div><span>By Ann Lee</span></div>`},
		{"alt text says so", `<div class="meta"><img src="/people/ann-lee.jpg" alt="Profile photo of Ann Lee"><span>Ann Lee</span></div>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := `<!doctype html><html><head><title>Budget talks</title><meta name="author" content="Ann Lee"></head><body><article><h1>Budget talks</h1>` + c.header +
				strings.Repeat("<p>The council met on Monday to discuss the budget for the coming year, and the members argued for hours about the roads, the schools and the new library.</p>\n", 3) +
				`<figure><img src="/img/hall.jpg" alt="The hall"><figcaption>The council hall.</figcaption></figure>` +
				strings.Repeat("<p>The vote was set for the next week, after a last round of talks with the unions and the mayor's office about the costs.</p>\n", 2) +
				`</article></body></html>`
			d, err := Extract([]byte(page), &model.Config{URL: "https://example.com/news/budget.html"})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Images) == 0 || d.Images[0].URL != "https://example.com/img/hall.jpg" {
				t.Errorf("images = %+v, want the hall first", d.Images)
			}
			for _, im := range d.Images {
				if strings.Contains(im.URL, "ann") || strings.Contains(im.URL, "avatar") {
					t.Errorf("head-shot %s among the images", im.URL)
				}
			}
		})
	}
}

// TestToplineNotInHeadlineOrBody: a Dachzeile inside the <h1> or over it
// is cut off the headline, is not glued to it in a body heading, and is
// not a body paragraph.
func TestToplineNotInHeadlineOrBody(t *testing.T) {
	prose := strings.Repeat("<p>Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr beschlossen, mit den Stimmen der Mehrheit.</p>\n", 3)
	for _, c := range []struct{ name, head string }{
		{"span in the h1", `<h1 class="headline"><span class="headline__topline">Haushalt</span><span class="headline__text">Stadtrat beschließt Etat für 2026</span></h1>`},
		{"line over the h1", `<div class="article-head"><span class="dachzeile">Haushalt</span><h1>Stadtrat beschließt Etat für 2026</h1></div>`},
		{"kicker paragraph over the h1", `<p class="kicker">Haushalt</p><h1>Stadtrat beschließt Etat für 2026</h1>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := `<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body><article>` + c.head + prose + `</article></body></html>`
			d, err := Extract([]byte(page), &model.Config{URL: "https://example.de/politik/etat.html"})
			if err != nil {
				t.Fatal(err)
			}
			if d.Headline != "Stadtrat beschließt Etat für 2026" {
				t.Errorf("headline %q", d.Headline)
			}
			for _, b := range d.Body {
				if strings.Contains(b.Text, "HaushaltStadtrat") || b.Text == "Haushalt" || strings.Contains(b.Text, "Etat für 2026") {
					t.Errorf("body block %q", b.Text)
				}
			}
		})
	}
}

// TestLDImageCaption: an ImageObject's caption in the article's JSON-LD
// goes with the picture it describes.
func TestLDImageCaption(t *testing.T) {
	page := `<!doctype html><html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Budget talks","image":{"@id":"https://example.com/#primaryimage"}},{"@type":"ImageObject","@id":"https://example.com/#primaryimage","url":"https://example.com/img/hall.jpg","caption":"The council hall &amp; its square"},{"@type":"ImageObject","url":"https://example.com/img/other.jpg"}]}</script></head><body><article><h1>Budget talks</h1>` +
		strings.Repeat("<p>The council met on Monday to discuss the budget for the coming year, and the members argued for hours about the roads, the schools and the new library.</p>\n", 3) + `</article></body></html>`
	d, err := Extract([]byte(page), &model.Config{URL: "https://example.com/news/budget.html"})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Images) == 0 || d.Images[0].URL != "https://example.com/img/hall.jpg" || d.Images[0].Caption != "The council hall & its square" {
		t.Errorf("images = %+v", d.Images)
	}
}
