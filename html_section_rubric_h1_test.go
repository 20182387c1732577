package article

import (
	"strings"
	"testing"
)

// TestSectionRubricHeading reads the rubric of pages printed from the
// rubric's template (older Russian regional CMSs): a trail with slashes
// and no class over an <h1> that names the rubric, the article's title in
// a heading under it. The trail is taken only right over the headline,
// and a crumb equal to a headline stays the article itself unless it
// links to another page and is a short name.
func TestSectionRubricHeading(t *testing.T) {
	const body = `<p>По состоянию на начало сентября в хозяйствах всех категорий области скошено и обмолочено 761,9 тыс. га зерновых и зернобобовых культур.</p>
<p>Картофель убран с 11,4 тыс. га, или 51,5% к площади посадки. С этой площади накопано 156 тыс. тонн картофеля.</p>`
	cases := []struct {
		name, url, html, want string
	}{
		{"rubric h1 under a slash trail", "https://gazeta.example/news-16-11772.html",
			`<html><head><title>Газета | Уборка урожая</title></head><body>
<div class="nav"><a href="/">Главная</a> / <a href="/news.html">Лента новостей</a> / <a href="/news-16.html">Сельское хозяйство</a></div>
<h1>Сельское хозяйство</h1><div class="date">23.09.2022</div><h2>Уборка урожая</h2>` + body + `</body></html>`, "Сельское хозяйство"},
		{"slash trail over an article h1", "https://gazeta.example/news-5-100.html",
			`<html><head><title>Газета | Уборка урожая в районе закончена</title></head><body>
<div><a href="/">Главная</a> / <a href="/news-5.html">Экономика</a></div>
<h1>Уборка урожая в районе закончена</h1>` + body + `</body></html>`, "Экономика"},
		{"slash menu far from the headline", "https://gazeta.example/news-5-100.html",
			`<html><head><title>Газета | Уборка урожая в районе закончена</title></head><body>
<div><a href="/">Главная</a> / <a href="/about.html">Редакция</a> / <a href="/contacts.html">Реклама</a></div>
<p>` + strings.Repeat("Газета выходит по средам и субботам. ", 20) + `</p>
<h1>Уборка урожая в районе закончена</h1>` + body + `</body></html>`, ""},
		{"a crumb that links to the article itself", "https://gazeta.example/news/uborka/",
			`<html><head><title>Газета</title></head><body>
<div><a href="/">Главная</a> / <a href="/news/">Новости</a> / <a href="/news/uborka/">Уборка урожая</a></div>
<h1>Уборка урожая</h1><div class="date">23.09.2022</div>` + body + `</body></html>`, "Новости"},
	}
	for _, c := range cases {
		a, _ := ParseHTML(strings.NewReader(c.html), WithURL(c.url))
		if a == nil {
			t.Fatalf("%s: no article", c.name)
		}
		if a.Section != c.want {
			t.Errorf("%s: section %q, want %q", c.name, a.Section, c.want)
		}
	}
}

// TestSectionRussianLabels reads the category labels Russian and
// Ukrainian CMSs print by the article: DataLife Engine's and uCoz's
// "Категория: <a>…</a>" in the story's tool line, Joomla's "Категория:"
// and "Опубликовано в" over the headline, a WordPress theme's "в рубрике",
// a rubric link whose class says "razdel".
func TestSectionRussianLabels(t *testing.T) {
	const head = `<html><head><title>Уборка урожая в районе закончена | Газета</title></head><body>`
	const h1 = `<h1>Уборка урожая в районе закончена</h1>`
	const body = `<p>По состоянию на начало сентября в хозяйствах всех категорий области скошено и обмолочено 761,9 тыс. га зерновых и зернобобовых культур.</p>
<p>Картофель убран с 11,4 тыс. га, или 51,5% к площади посадки. С этой площади накопано 156 тыс. тонн картофеля.</p>`
	cases := []struct{ name, html string }{
		{"dle tool line", head + h1 + body + `<div class="story_tools">Категория: <a href="/economy/">Экономика</a></div></body></html>`},
		{"ucoz details", head + h1 + body + `<table><tr><td class="eDetails">Категория: <a href="/news/1-0-3">Экономика</a> | Просмотров: 431 | Добавил: admin</td></tr></table></body></html>`},
		{"joomla category over the headline", head + `<dl><dd class="category-name">Категория: <a href="/economy/">Экономика</a></dd></dl>` + h1 + body + `</body></html>`},
		{"joomla published in", head + `<dl><dd class="category-name">Опубликовано в <a href="/economy/">Экономика</a></dd></dl>` + h1 + body + `</body></html>`},
		{"wordpress theme", head + h1 + body + `<div class="meta">Опубликовано в рубрике <a href="/economy/">Экономика</a></div></body></html>`},
		{"razdel class", head + `<div class="razdel"><a href="/economy/">Экономика</a></div>` + h1 + body + `</body></html>`},
	}
	for _, c := range cases {
		a, _ := ParseHTML(strings.NewReader(c.html), WithURL("https://gazeta.example/news/1.html"))
		if a == nil {
			t.Fatalf("%s: no article", c.name)
		}
		if a.Section != "Экономика" {
			t.Errorf("%s: section %q, want Экономика", c.name, a.Section)
		}
	}
}
