package htmlx

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/articlekit/article/internal/model"
)

// TestPreformattedCode: every <pre> keeps its lines and indentation, with
// the language the markup names by the conventions of the highlighters;
// the line numbers of a highlighter's table are left out.
func TestPreformattedCode(t *testing.T) {
	body := extractBody(t, structPage(`<pre>def f():
    return 1</pre>
<pre class="python">x = 1
if x:
    y = 2</pre>
<div class="highlight"><pre><span></span><span class="k">def</span> <span class="nf">g</span><span class="p">():</span>
    <span class="k">return</span> <span class="mi">2</span>
</pre></div>
<div class="highlight-python notranslate"><table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>1
2
3</pre></div></td><td class="code"><div class="highlight"><pre><span class="n">a</span> = 1
b = 2
c = 3
</pre></div></td></tr></table></div>
<table class="rouge-table"><tbody><tr><td><pre>1
2</pre></td><td><pre>  indented
done</pre></td></tr></tbody></table>
<pre data-lang="rust">fn main() {
    println!("hi");
}</pre>
<pre class="brush: js; gutter: false">var a = 1;
  var b = 2;</pre>
<div class="sourceCode"><pre class="sourceCode numberSource haskell"><code class="sourceCode haskell">main = do
  putStrLn "hi"</code></pre></div>
<div class="highlight highlight-source-python"><pre>import os
print(os.name)</pre></div>
<div class="language-go highlighter-rouge"><div class="highlight"><pre class="highlight"><code>package main</code></pre></div></div>`))
	want := []model.Block{
		{Type: model.Code, Text: "def f():\n    return 1"},
		{Type: model.Code, Text: "x = 1\nif x:\n    y = 2", Language: "python"},
		{Type: model.Code, Text: "def g():\n    return 2"},
		{Type: model.Code, Text: "a = 1\nb = 2\nc = 3", Language: "python"},
		{Type: model.Code, Text: "  indented\ndone"},
		{Type: model.Code, Text: "fn main() {\n    println!(\"hi\");\n}", Language: "rust"},
		{Type: model.Code, Text: "var a = 1;\n  var b = 2;", Language: "js"},
		{Type: model.Code, Text: "main = do\n  putStrLn \"hi\"", Language: "haskell"},
		{Type: model.Code, Text: "import os\nprint(os.name)", Language: "python"},
		{Type: model.Code, Text: "package main", Language: "go"},
	}
	if diff := cmp.Diff(want, blocksOf(body, model.Code)); diff != "" {
		t.Errorf("code (-want +got):\n%s", diff)
	}
	for _, b := range body {
		if b.Type == model.Paragraph && (b.Text == "1 2 3" || b.Text == "1 2") {
			t.Errorf("line numbers kept as a paragraph: %q", b.Text)
		}
	}
}

// TestPreLanguageWrappers: a wrapper's "lang-en" is the page's human
// language, not the code's; a bare class that names no language is none.
func TestPreLanguageWrappers(t *testing.T) {
	body := extractBody(t, structPage(`<div class="lang-en"><pre class="box">plain
text</pre></div>`))
	want := []model.Block{{Type: model.Code, Text: "plain\ntext"}}
	if diff := cmp.Diff(want, blocksOf(body, model.Code)); diff != "" {
		t.Errorf("code (-want +got):\n%s", diff)
	}
}

// TestFigureCredits: a credit the markup marks (<cite>, <small> after the
// caption's words, a class naming a credit, a photographer, a source) or
// that ends the caption by the press's conventions is the picture's
// credit, not part of its caption.
func TestFigureCredits(t *testing.T) {
	for _, c := range []struct{ fig, caption, credit string }{
		{`<figcaption>Caption one <cite>Photo: Ann Lee</cite></figcaption>`, "Caption one", "Photo: Ann Lee"},
		{`<figcaption>The square <small>Foto: Eva Hahn</small></figcaption>`, "The square", "Foto: Eva Hahn"},
		{`<figcaption>The square at night <span class="photographer">Max Muster</span></figcaption>`, "The square at night", "Max Muster"},
		{`<figcaption>The square <span class="image-source">Archive</span></figcaption>`, "The square", "Archive"},
		{`<figcaption>Members at the meeting. Photo: Bob Roe</figcaption>`, "Members at the meeting.", "Photo: Bob Roe"},
		{`<figcaption>Члены совета на заседании. Фото: Иван Петров</figcaption>`, "Члены совета на заседании.", "Фото: Иван Петров"},
		{`<figcaption>Protesters in the square on Monday (Photo: Carl Doe)</figcaption>`, "Protesters in the square on Monday", "Photo: Carl Doe"},
		{`<figcaption>The mayor speaks. John Smith/Getty Images</figcaption>`, "The mayor speaks.", "John Smith/Getty Images"},
		{`<figcaption>The mayor speaks. REUTERS/Gleb Garanich</figcaption>`, "The mayor speaks.", "REUTERS/Gleb Garanich"},
		{`<figcaption>The chamber © Dana Fox</figcaption>`, "The chamber", "© Dana Fox"},
		{`<figcaption>The mayor. <span class="credit">(Ann Lee/Reuters)</span></figcaption>`, "The mayor.", "Ann Lee/Reuters"},
		{`<figcaption>Jay Cutler after the hit. (UPI/Brian Kersey /LANDOV)</figcaption>`, "Jay Cutler after the hit.", "UPI/Brian Kersey /LANDOV"},
		{`<figcaption>Photo: Ann Lee</figcaption>`, "", "Photo: Ann Lee"},
		{`<figcaption>Trybunał Konstytucyjny / Shutterstock</figcaption>`, "Trybunał Konstytucyjny", "Shutterstock"},
		{`<figcaption>Praca w magazynie <span class="source">/ Źródło: Pixabay</span></figcaption>`, "Praca w magazynie", "Źródło: Pixabay"},
		{`<figcaption>Le hall de l’université / (C) Kab Niang</figcaption>`, "Le hall de l’université", "(C) Kab Niang"},
		// Not credits: a <cite> among the caption's words is a work's
		// title; a label followed by sentences is the caption's; a
		// slash between words that name no agency is text.
		{`<figcaption>A scene from <cite>Hamlet</cite> at the Globe.</figcaption>`, "A scene from Hamlet at the Globe.", ""},
		{`<figcaption><small>The whole caption in small print.</small></figcaption>`, "The whole caption in small print.", ""},
		{`<figcaption>Photo: the council met on Monday. The members argued for hours about the roads and the schools.</figcaption>`, "Photo: the council met on Monday. The members argued for hours about the roads and the schools.", ""},
		{`<figcaption>Inflation and/or growth, 2020-2024</figcaption>`, "Inflation and/or growth, 2020-2024", ""},
	} {
		d, err := Extract(structPage(`<figure><img src="/img/council.jpg">`+c.fig+`</figure>`), &model.Config{URL: "https://example.com/news/budget.html"})
		if err != nil {
			t.Fatal(err)
		}
		figs := blocksOf(d.Body, model.Figure)
		if len(figs) != 1 {
			t.Errorf("%s: figures %+v", c.fig, figs)
			continue
		}
		if got := figs[0].Image; got.Caption != c.caption || got.Credit != c.credit {
			t.Errorf("%s: caption %q credit %q, want %q, %q", c.fig, got.Caption, got.Credit, c.caption, c.credit)
		}
	}
}
