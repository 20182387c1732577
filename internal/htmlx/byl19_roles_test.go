package htmlx

import (
	"strings"
	"testing"

	"github.com/articlekit/article/internal/model"
)

// byl19Page is a small article page: the headline, a byline element
// under it holding byline, and two paragraphs of the language's prose.
func byl19Page(lang, byline string) string {
	paras := "<p>The harbour board voted on Monday to rebuild the old ferry pier before the summer season, at a cost of four million.</p>\n" +
		"<p>Work starts in April, and the pier should reopen to foot traffic by the end of August, the board's chair told reporters.</p>"
	head := "Harbour board backs ferry pier rebuild"
	if lang == "ru" {
		head = "Совет порта одобрил ремонт причала"
		paras = "<p>Совет порта в понедельник проголосовал за полную реконструкцию старого паромного причала до начала летнего сезона.</p>\n" +
			"<p>Работы начнутся в апреле, а причал снова откроется для пешеходов к концу августа, сообщил председатель совета.</p>"
	}
	return `<!DOCTYPE html><html lang="` + lang + `"><head><title>` + head + `</title></head><body><main><article>
<h1>` + head + `</h1>
<div class="post-byline">` + byline + `</div>
` + paras + `
</article></main></body></html>`
}

// authorRoles is the authors of a as "name/role" joined by "|".
func authorRoles(a *model.Draft) string {
	var got []string
	for _, au := range a.Authors {
		got = append(got, au.Name+"/"+au.Role)
	}
	return strings.Join(got, "|")
}

// checkAuthorRoles extracts page and checks its authors and roles
// (authorRoles) against want; label names the case.
func checkAuthorRoles(t *testing.T, page, label, want string) {
	t.Helper()
	a, err := Extract([]byte(page), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if got := authorRoles(a); got != want {
		t.Errorf("%q: authors %q, want %q", label, got, want)
	}
}

// TestHTMLRoleBylines: a byline element that credits roles gives each
// person the role the text path gives (the language tables'
// RoleBylines): an editor, a translator or a photographer is never an
// author, nor is its label part of a name.
func TestHTMLRoleBylines(t *testing.T) {
	for _, c := range []struct{ lang, byline, want string }{
		{"en", "Editor: Maria Lopez", "Maria Lopez/editor"},
		{"en", "By Tom Brennan. Edited by Maria Lopez", "Tom Brennan/|Maria Lopez/editor"},
		{"en", "Translated by Kenji Watanabe", "Kenji Watanabe/translator"},
		{"en", "Story by Tom Brennan; photos by Maria Lopez", "Tom Brennan/|Maria Lopez/photographer"},
		{"en", "Words by Tom Brennan, pictures by Maria Lopez", "Tom Brennan/|Maria Lopez/photographer"},
		{"en", "By Tom Brennan | Photos by Maria Lopez", "Tom Brennan/|Maria Lopez/photographer"},
		{"en", "By Tom Brennan | Photo by AP", "Tom Brennan/|AP/photographer"},
		{"ru", "Редактор: Ирина Волкова", "Ирина Волкова/editor"},
		{"ru", "Текст: Сергей Орлов, фото: Ирина Волкова", "Сергей Орлов/|Ирина Волкова/photographer"},
		{"ru", "Текст: Сергей Орлов; фото: Ирина Волкова", "Сергей Орлов/|Ирина Волкова/photographer"},
		// A byline that credits the writing alone is read as before.
		{"en", "By Tom Brennan and Maria Lopez", "Tom Brennan/|Maria Lopez/"},
	} {
		checkAuthorRoles(t, byl19Page(c.lang, c.byline), c.byline, c.want)
	}
}

// TestHTMLRoleBylineAlone: a byline element that credits the photographs
// alone is a picture's credit: it adds no one, and its label is no name.
func TestHTMLRoleBylineAlone(t *testing.T) {
	a, err := Extract([]byte(byl19Page("en", "Photos by Maria Lopez")), &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, au := range a.Authors {
		if au.Role == "" || au.Role == "author" || strings.Contains(au.Name, "Photo") {
			t.Errorf("authors %q: a photo credit read as an author", authorRoles(a))
		}
	}
}

// TestHTMLRoleBylineWithStructured: structured data names the writer, the
// byline under the headline names them and an editor: the editor is
// added with the role; a byline naming another writer adds no one.
func TestHTMLRoleBylineWithStructured(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour board backs ferry pier rebuild","author":{"@type":"Person","name":"Tom Brennan"}}</script>`
	for _, c := range []struct{ byline, want string }{
		{"By Tom Brennan. Edited by Maria Lopez", "Tom Brennan/|Maria Lopez/editor"},
		{"By Ann Kerr. Edited by Maria Lopez", "Tom Brennan/"},
	} {
		checkAuthorRoles(t, strings.Replace(byl19Page("en", c.byline), "</head>", ld+"</head>", 1), c.byline, c.want)
	}
}

// TestLinkedCoAuthors: two or three authors linked to their profiles on
// one byline line, with a place after a bar, are all kept, in English and
// in the other languages' words for "and".
func TestLinkedCoAuthors(t *testing.T) {
	for _, c := range []struct{ lang, byline, want string }{
		{"en", `By <a href="/p/tb">Tom Brennan</a> and <a href="/p/ml">Maria Lopez</a> | Dublin`, "Tom Brennan/|Maria Lopez/"},
		{"en", `By <a href="/p/tb">Tom Brennan</a>, <a href="/p/ak">Ann Kerr</a> and <a href="/p/ml">Maria Lopez</a> | Dublin`, "Tom Brennan/|Ann Kerr/|Maria Lopez/"},
		{"es", `Por <a href="/p/tb">Tomás Bermejo</a> y <a href="/p/ml">María López</a> | Sevilla`, "Tomás Bermejo/|María López/"},
		{"en", `By <a href="/p/tb">Tom Brennan</a> <span>and</span> <a href="/p/ml">Maria Lopez</a> | Dublin`, "Tom Brennan/|Maria Lopez/"},
		// One linked author and the place: the place is no author.
		{"en", `By <a href="/p/tb">Tom Brennan</a> | Dublin`, "Tom Brennan/"},
	} {
		checkAuthorRoles(t, byl19Page(c.lang, c.byline), c.byline, c.want)
	}
}

// TestJoinLinkedNames: the text nodes of a linked byline are joined only
// across a joiner that stands alone; a block's end stops the join.
func TestJoinLinkedNames(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\n and \nJohn Doe\n | London\n\n\nBody", " and John Doe\n | London\n\n\nBody"},
		{"\n, \nAnn Lee\n & \nJohn Doe\n\nBody", " , Ann Lee & John Doe\n\nBody"},
		{"\n\n\nAnd then the story", "\n\n\nAnd then the story"},
		{"\n and \n\nBody", "\n and \n\nBody"},
		{" and John Doe", " and John Doe"},
	} {
		if got := joinLinkedNames(c.in); got != c.want {
			t.Errorf("joinLinkedNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestAccountGivesWay: Drupal's "Submitted by <account>" over a byline
// field that prints the writer's full name: the login gives way to the
// name it is made from; a login made from another name stays.
func TestAccountGivesWay(t *testing.T) {
	page := func(account, field string) string {
		return `<!DOCTYPE html><html lang="en"><head><title>Harbour board backs ferry pier rebuild</title></head><body><main>
<article class="node node--type-article"><h1 class="page-title"><span>Harbour board backs ferry pier rebuild</span></h1>
<footer class="node__meta"><div class="node__submitted">Submitted by <span property="schema:name">` + account + `</span> on <time datetime="2025-02-11T09:00:00Z">Tue, 02/11/2025 - 09:00</time></div></footer>
<div class="node__content"><div class="field field--name-field-byline"><div class="field__label">Byline</div><div class="field__item">` + field + `</div></div>
<div class="field field--name-body"><p>The harbour board voted on Monday to rebuild the old ferry pier before the summer season, at a cost of four million.</p>
<p>Work starts in April, and the pier should reopen to foot traffic by the end of August, the board's chair told reporters.</p></div></div>
</article></main></body></html>`
	}
	for _, c := range []struct{ account, field, want string }{
		{"tbrennan", "Tom Brennan, Staff Writer", "Tom Brennan/"},
		{"brennan", "Tom Brennan", "Tom Brennan/"},
		// A login made from another name stays: it may be the writer.
		{"jsmith", "Tom Brennan", "jsmith/"},
		{"brennant", "Tom Brennan", "Tom Brennan/"},
	} {
		checkAuthorRoles(t, page(c.account, c.field), c.account+" / "+c.field, c.want)
	}
	// Too short a part of the name ("kerr", four letters) says nothing.
	for _, c := range []struct{ login, full string }{{"jsmith", "Ann Kerr"}, {"kerr", "Ann Kerr"}} {
		if loginOf(c.login, c.full) {
			t.Errorf("loginOf(%q, %q) = true, want false", c.login, c.full)
		}
	}
	if !loginOf("akerr", "Ann Kerr") || !loginOf("annkerr", "Ann Kerr") {
		t.Error("loginOf: initial and surname, or both names, not read as the same person")
	}
}
